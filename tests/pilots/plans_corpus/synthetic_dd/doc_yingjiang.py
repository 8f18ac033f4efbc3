# ruff: noqa: E501  (plan text as the offices write it)
"""潆江省“人工智能+”行动计划（2026—2028年） — INVENTED (synthetic_dd). A province's 行动计划 printed by LibreOffice whose
annotations name province bodies with and without 省 (a list after one 省 sharing it), 厅 / 委 / 局 / 办 alike, a full name
defined once and its short form after, a 挂牌 name, a renamed body "（原X）", central units in the province, 群团 and party bodies."""

from dd_parts import T, agencies, item, parts_to_model
from synthetic_model import Goal

SLUG = "yingjiang-ai-plus-action-plan-2026-synthetic"
KIND = "pdf"
TITLE = "潆江省“人工智能+”行动计划（2026—2028年）"
DOC_NUMBER = "潆政办发〔2026〕6号"

TABLE = {
    "fgw": ("潆江省发展和改革委员会", "development_reform", ["省发展改革委", "发展改革委"]),
    "gxt": ("潆江省工业和信息化厅", "industry_it", ["省工业和信息化厅", "工业和信息化厅"]),
    "kjt": ("潆江省科学技术厅", "science_technology", ["省科技厅", "科技厅"]),
    "sjj": (
        "潆江省数据局",
        "big_data",
        ["省数据局", "省政务服务中心"],
        ["省数据局（省政务服务中心）"],
    ),
    "czt": ("潆江省财政厅", "finance", ["省财政厅", "财政厅"]),
    "jyt": ("潆江省教育厅", "education", ["省教育厅", "教育厅"]),
    "rst": (
        "潆江省人力资源和社会保障厅",
        "human_resources",
        ["潆江省人力资源和社会保障厅", "省人社厅"],
    ),
    "wjw": ("潆江省卫生健康委员会", "health", ["省卫生健康委"]),
    "scj": (
        "潆江省市场监督管理局",
        "market_regulation",
        ["省市场监管局", "原省质量技术监督局"],
        ["省市场监管局（原省质量技术监督局）"],
    ),
    "wxb": ("中共潆江省委网络安全和信息化委员会办公室", "publicity", ["省委网信办"]),
    "bb": ("中共潆江省委机构编制委员会办公室", "party_organisation", ["省委编办"]),
    "zzb": ("中共潆江省委组织部", "party_organisation", ["省委组织部"]),
    "jrb": ("中共潆江省委金融委员会办公室", "financial_regulation", ["省委金融办"]),
    "txj": ("潆江省通信管理局", "industry_it", ["省通信管理局"]),
    "hg": ("潆江海关", "other", ["潆江海关"]),
    "jrj": (
        "国家金融监督管理总局潆江监管局",
        "financial_regulation",
        ["国家金融监督管理总局潆江监管局", "潆江金融监管局"],
    ),
    "rmyh": ("中国人民银行潆江省分行", "financial_regulation", ["人民银行潆江省分行"]),
    "dw": ("国网潆江省电力有限公司", "state_enterprise", ["国网潆江省电力有限公司"]),
    "jtt": ("潆江省交通运输厅", "transport", ["省交通运输厅"]),
    "dx": ("中国电信潆江分公司", "state_enterprise", ["中国电信潆江分公司"]),
    "tsw": ("共青团潆江省委员会", "other", ["团省委"]),
    "zgh": ("潆江省总工会", "other", ["省总工会"]),
    "kx": ("潆江省科学技术协会", "science_technology", ["省科协"]),
    "swt": ("潆江省商务厅", "commerce", ["省商务厅", "商务厅"]),
}
AGENCIES, CODE = agencies(TABLE)

GOAL_TEXT = "到2028年，全省人工智能核心产业规模达到1500亿元，年均增长20%以上；智能算力规模突破20000P；培育行业大模型50个，建设省级高质量数据集200个；人工智能企业超过1200家，其中上市企业15家；打造典型应用场景600个；人工智能领域人才规模达到15万人。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        1500,
        "全省人工智能核心产业规模达到1500亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模年均增速", "%", "gte", 20, "年均增长20%以上"),
    T("智能算力规模", "P", "gt", 20000, "智能算力规模突破20000P", kind="computing_power"),
    T("行业大模型", "个", "eq", 50, "培育行业大模型50个"),
    T("省级高质量数据集", "个", "eq", 200, "建设省级高质量数据集200个"),
    T("人工智能企业", "家", "gt", 1200, "人工智能企业超过1200家", kind="ai_enterprises"),
    T("人工智能上市企业", "家", "eq", 15, "其中上市企业15家", kind="ai_enterprises", parent="PREV"),
    T("典型应用场景", "个", "eq", 600, "打造典型应用场景600个", kind="application_scenarios"),
    T("人工智能领域人才规模", "人", "eq", 150000, "人工智能领域人才规模达到15万人", kind="talent"),
]

PARTS = [
    (
        "二",
        "二、",
        "重点行动",
        "key_task",
        [
            item(
                "1．",
                "算力基础设施提升行动",
                "建设全省一体化算力网络，新增智能算力8000P，2026年底前算力中心绿电使用比例达到50%。",
                "（省发展改革委、工业和信息化厅、数据局牵头，省通信管理局、国网潆江省电力有限公司配合）",
                ["省发展改革委", "工业和信息化厅", "数据局"],
                ["省通信管理局", "国网潆江省电力有限公司"],
                targets=[
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        8000,
                        "新增智能算力8000P",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                    T(
                        "算力中心绿电使用比例",
                        "%",
                        "eq",
                        50,
                        "2026年底前算力中心绿电使用比例达到50%",
                        deadline=2026,
                    ),
                ],
            ),
            item(
                "2．",
                "数据要素供给行动",
                "开放公共数据资源500项，建设数据标注基地3个。",
                "（省数据局（省政务服务中心）牵头，省委网信办、省财政厅配合）",
                ["省数据局（省政务服务中心）"],
                ["省委网信办", "省财政厅"],
                targets=[
                    T("开放公共数据资源", "项", "eq", 500, "开放公共数据资源500项"),
                    T("数据标注基地", "个", "eq", 3, "建设数据标注基地3个"),
                ],
            ),
            item(
                "3．",
                "模型创新攻坚行动",
                "组织实施重大科技专项30项，建设省级人工智能创新平台10个。",
                "（省科技厅牵头，发展改革委、教育厅、省科协配合）",
                ["省科技厅"],
                ["发展改革委", "教育厅", "省科协"],
                targets=[
                    T(
                        "人工智能重大科技专项",
                        "项",
                        "eq",
                        30,
                        "组织实施重大科技专项30项",
                        aggregation="flow",
                    ),
                    T("省级人工智能创新平台", "个", "eq", 10, "建设省级人工智能创新平台10个"),
                ],
            ),
            item(
                "4．",
                "制造业智能化行动",
                "建成省级智能工厂150家，每年推动5000家中小企业数字化转型。",
                "（省工业和信息化厅牵头，财政厅、商务厅配合）",
                ["省工业和信息化厅"],
                ["财政厅", "商务厅"],
                targets=[
                    T("省级智能工厂", "家", "eq", 150, "建成省级智能工厂150家"),
                    T(
                        "中小企业数字化转型",
                        "家",
                        "eq",
                        5000,
                        "每年推动5000家中小企业数字化转型",
                        per_year=True,
                    ),
                ],
            ),
            item(
                "5．",
                "智能产品质量提升行动",
                "制定人工智能地方标准20项，建设国家级质检中心1个。",
                "（省市场监管局（原省质量技术监督局）牵头，省工业和信息化厅配合）",
                ["省市场监管局（原省质量技术监督局）"],
                ["省工业和信息化厅"],
                targets=[
                    T("人工智能地方标准", "项", "eq", 20, "制定人工智能地方标准20项"),
                    T("国家级质检中心", "个", "eq", 1, "建设国家级质检中心1个"),
                ],
            ),
            item(
                "6．",
                "智能贸易便利行动",
                "推广智能通关，进出口整体通关时间压缩至20小时以内。",
                "（潆江海关、省商务厅按职责分工负责）",
                resp=["潆江海关", "省商务厅"],
                targets=[
                    T("进出口整体通关时间", "小时", "lte", 20, "进出口整体通关时间压缩至20小时以内")
                ],
            ),
            item(
                "7．",
                "金融赋能行动",
                "人工智能企业贷款余额年均增长20%，设立省人工智能产业基金。",
                "（人民银行潆江省分行、国家金融监督管理总局潆江监管局（以下简称潆江金融监管局）、省委金融办按职责分工负责）",
                resp=["人民银行潆江省分行", "国家金融监督管理总局潆江监管局", "省委金融办"],
                targets=[
                    T(
                        "人工智能企业贷款余额年均增速",
                        "%",
                        "eq",
                        20,
                        "人工智能企业贷款余额年均增长20%",
                    )
                ],
            ),
            item(
                "8．",
                "智慧医疗行动",
                "三级医院智能辅助诊断应用率达到100%，建设医学人工智能训练数据库1个。",
                "（省卫生健康委牵头，省数据局、潆江金融监管局配合）",
                ["省卫生健康委"],
                ["省数据局", "潆江金融监管局"],
                targets=[
                    T(
                        "三级医院智能辅助诊断应用率",
                        "%",
                        "eq",
                        100,
                        "三级医院智能辅助诊断应用率达到100%",
                    ),
                    T("医学人工智能训练数据库", "个", "eq", 1, "建设医学人工智能训练数据库1个"),
                ],
            ),
            item(
                "9．",
                "智慧教育行动",
                "建设人工智能教育基地校500所，培训教师3万人次。",
                "（省教育厅牵头，团省委配合）",
                ["省教育厅"],
                ["团省委"],
                targets=[
                    T("人工智能教育基地校", "所", "eq", 500, "建设人工智能教育基地校500所"),
                    T("培训教师", "人次", "eq", 30000, "培训教师3万人次", aggregation="flow"),
                ],
            ),
            item(
                "10．",
                "技能人才培育行动",
                "每年开展人工智能职业技能培训10万人次，举办职工技能竞赛。",
                "（潆江省人力资源和社会保障厅（以下简称省人社厅）牵头，省总工会、团省委配合）",
                ["潆江省人力资源和社会保障厅"],
                ["省总工会", "团省委"],
                targets=[
                    T(
                        "人工智能职业技能培训",
                        "人次",
                        "eq",
                        100000,
                        "每年开展人工智能职业技能培训10万人次",
                        per_year=True,
                    )
                ],
            ),
            item(
                "11．",
                "智慧交通行动",
                "建设智慧高速公路500公里，推广自动驾驶公交线路10条。",
                "（省交通运输厅牵头，国网潆江省电力有限公司、中国电信潆江分公司配合）",
                ["省交通运输厅"],
                ["国网潆江省电力有限公司", "中国电信潆江分公司"],
                targets=[
                    T("智慧高速公路", "公里", "eq", 500, "建设智慧高速公路500公里"),
                    T("自动驾驶公交线路", "条", "eq", 10, "推广自动驾驶公交线路10条"),
                ],
            ),
        ],
    ),
    (
        "三",
        "三、",
        "保障措施",
        "safeguard",
        [
            item(
                "（一）",
                "健全工作机制",
                "建立省“人工智能+”行动联席会议制度，优化相关机构职能配置。",
                "（省发展改革委、省委编办负责）",
                resp=["省发展改革委", "省委编办"],
            ),
            item(
                "（二）",
                "强化人才引育",
                "实施人工智能领军人才计划，引进高端人才200名。",
                "（省委组织部牵头，省人社厅、科技厅配合）",
                ["省委组织部"],
                ["省人社厅", "科技厅"],
                targets=[
                    T(
                        "引进人工智能高端人才",
                        "名",
                        "eq",
                        200,
                        "引进高端人才200名",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "（三）",
                "加大财政支持",
                "省级财政每年安排专项资金支持重点项目。",
                "（财政厅负责）",
                resp=["财政厅"],
            ),
            item(
                "（四）",
                "筑牢安全防线",
                "加强生成式人工智能服务备案和安全评估，开展网络数据安全检查。",
                "（省委网信办牵头，省通信管理局、数据局配合）",
                ["省委网信办"],
                ["省通信管理局", "数据局"],
            ),
        ],
    ),
]
# 数据局 printed bare after a 省 list (sharing its 省): an alias of 潆江省数据局
TABLE["sjj"][2].append("数据局")
AGENCIES, CODE = agencies(TABLE)
PART_BLOCKS, TASK_GOALS, SECTIONS = parts_to_model(PARTS, CODE)
GOALS = [Goal("到2028年", GOAL_TEXT, GOAL_TARGETS), *TASK_GOALS]

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yingjiang Province “AI+” action plan (2026–2028) — synthetic",
    "issuer": "潆江省人民政府办公厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.pdf",
}

BLOCKS = [
    ("head", "潆江省人民政府办公厅文件"),
    ("docno", DOC_NUMBER),
    ("title", "潆江省人民政府办公厅关于印发潆江省“人工智能+”行动计划（2026—2028年）的通知"),
    ("addressee", "各设区市人民政府，省政府各部门、各直属机构："),
    (
        "p",
        "《潆江省“人工智能+”行动计划（2026—2028年）》已经省政府同意，现印发给你们，请认真组织实施。各地各有关部门要把推进“人工智能+”行动作为培育和发展新质生产力的重要抓手，加强统筹协调，细化工作举措，强化要素保障，及时研究解决工作推进中遇到的困难和问题，确保各项任务落到实处、取得实效。",
    ),
    ("sign", "潆江省人民政府办公厅"),
    ("date", "2026年2月26日"),
    ("pagebreak", None),
    ("title", TITLE),
    ("p", "为抢抓人工智能发展机遇，推动人工智能与实体经济深度融合，制定本行动计划。"),
    (
        "p",
        "近年来，全省人工智能产业规模持续扩大，2025年全省人工智能核心产业规模达到860亿元，人工智能企业达到820家，智能算力规模达到9000P，培育行业大模型18个，建成国家级人工智能创新应用先导区1个。但全省人工智能发展仍面临原始创新能力不强、数据开放共享不够、应用场景开放不足、高端人才相对匮乏等问题，与先进省份相比仍有差距。",
    ),
    ("h1", "一、总体要求"),
    ("h2", "（一）指导思想"),
    (
        "p",
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，坚持应用牵引、场景驱动、创新引领、安全可控，以算力、数据、模型为支撑，以产业智能化和治理智能化为主线，推动人工智能与实体经济深度融合，加快培育和发展新质生产力，为全省高质量发展提供有力支撑。",
    ),
    ("h2", "（二）基本原则"),
    (
        "p",
        "坚持需求牵引、场景驱动，以真实应用需求带动技术迭代和产业发展；坚持统筹布局、集约建设，避免算力设施低水平重复建设；坚持企业主体、政府引导，充分发挥市场在资源配置中的决定性作用；坚持安全可控、包容审慎，统筹发展和安全，守住数据安全和伦理底线；坚持开放合作、协同推进，强化部门协同和上下联动，形成工作合力。",
    ),
    ("h2", "（三）行动目标"),
    ("p", GOAL_TEXT),
    *PART_BLOCKS,
    ("rule", ""),
    ("p", "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，驻潆江中央单位。"),
    ("p", "潆江省人民政府办公厅　　　　　　　　2026年2月26日印发"),
]

EXTRACTION = {
    "zone": {
        "slug": "yingjiang-province",
        "name": "潆江省",
        "name_en": "Yingjiang Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 潆江省“人工智能+”行动计划（2026—2028年） (潆江省人民政府办公厅, 潆政办发〔2026〕6号, 2026-02-26)
# — SYNTHETIC (synthetic_dd): WRITTEN by helper blindDD (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_yingjiang.py as a .docx printed to PDF by LibreOffice.
# Zone yingjiang-province (an invented province) → municipality level (the provincial level); period 2026—2028.
# Outline: red head, 发文字号, notice, page break, title, preamble, 发展基础 paragraph (2025 baselines: no targets); 一、总体要求
#   （一）指导思想 （二）基本原则 (run-in 坚持…: no tasks) （三）行动目标 = one paragraph → goal "到2028年" (9 targets);
#   二、重点行动 1．–11. and 三、保障措施 （一）–（四）, each one paragraph closed by a run-in annotation "（X牵头，Y配合）" /
#   "（X、Y按职责分工负责）" / "（X负责）" → one task (text = title + body + annotation); a task with figures is also a goal.
# AGENCY NAMES (SYNTHETIC_DD.md "Conventions this set adds"): one agency per body, canonical = its full formal name with the
#   province (潆江省…, party bodies 中共潆江省委…, 团省委 → 共青团潆江省委员会, central units by their own full names, 人民银行X省分行 →
#   中国人民银行X省分行); aliases = the forms printed. A 省 before a list is shared ("省发展改革委、工业和信息化厅、数据局牵头" → three
#   潆江省 bodies; bare 科技厅 / 教育厅 / 财政厅 / 商务厅 / 发展改革委 / 数据局 elsewhere → the same 潆江省 bodies as their 省 forms).
#   "潆江省人力资源和社会保障厅（以下简称省人社厅）" and "国家金融监督管理总局潆江监管局（以下简称潆江金融监管局）" → one agency each,
#   both forms aliases. "省数据局（省政务服务中心）" (挂牌) → 潆江省数据局, both aliases. "省市场监管局（原省质量技术监督局）" → the
#   renamed body; the former name an alias.
# Targets: 9 in the goals (due 2028); task figures due 2028 unless dated (2026年底前 → 2026). 3万人次 → 30000, 10万人次 → 100000,
#   15万人 → 150000. 压缩至20小时以内 → lte 20 小时. 设立省人工智能产业基金 (no size) → no target.
"""
