# ruff: noqa: E501  (plan text as the offices write it)
"""澄岚市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_dd). A city's 实施方案 as a Word file whose
annotations name one body in several ways: a full name defined once "X（以下简称Y）" then Y, dual / 挂牌 names
("市政务服务和大数据管理局（市数据局）", "市委网信办（市互联网信息办公室）"), a body renamed "（原X）", a body with its division in
brackets ("市科技局（高新技术处）"), central units in the city, 群团 and party bodies."""

from dd_parts import T, agencies, item, parts_to_model
from synthetic_model import Goal

SLUG = "chenglan-ai-plus-implementation-2026-synthetic"
KIND = "docx"
TITLE = "澄岚市推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "澄政办发〔2026〕11号"

# code → (canonical name, category, printed names (aliases), other printed keys used in role lists)
TABLE = {
    "sjj": (
        "澄岚市政务服务和大数据管理局",
        "big_data",
        ["市政务服务和大数据管理局", "市数据局"],
        ["市政务服务和大数据管理局（市数据局）"],
    ),
    "jxj": ("澄岚市经济和信息化局", "industry_it", ["澄岚市经济和信息化局", "市经信局"]),
    "fgw": ("澄岚市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "kjj": (
        "澄岚市科学技术局",
        "science_technology",
        ["市科技局"],
        ["市科技局（高新技术处）", "市科技局（成果转化处）"],
    ),
    "czj": ("澄岚市财政局", "finance", ["市财政局"]),
    "wxb": (
        "中共澄岚市委网络安全和信息化委员会办公室",
        "publicity",
        ["市委网信办", "市互联网信息办公室"],
        ["市委网信办（市互联网信息办公室）"],
    ),
    "zzb": ("中共澄岚市委组织部", "party_organisation", ["市委组织部"]),
    "rsj": ("澄岚市人力资源和社会保障局", "human_resources", ["市人力社保局"]),
    "jyj": ("澄岚市教育局", "education", ["市教育局"]),
    "wjw": ("澄岚市卫生健康委员会", "health", ["市卫生健康委"]),
    "ysj": (
        "澄岚市营商环境建设局",
        "government_services",
        ["市营商环境建设局", "原市行政审批服务局"],
        ["市营商环境建设局（原市行政审批服务局）"],
    ),
    "jrj": (
        "国家金融监督管理总局澄岚监管分局",
        "financial_regulation",
        ["国家金融监督管理总局澄岚监管分局", "澄岚金融监管分局"],
    ),
    "rmyh": ("中国人民银行澄岚市分行", "financial_regulation", ["人民银行澄岚市分行"]),
    "dx": ("中国电信澄岚分公司", "state_enterprise", ["中国电信澄岚分公司"]),
    "gw": ("国网澄岚供电公司", "state_enterprise", ["国网澄岚供电公司"]),
    "tsw": ("共青团澄岚市委员会", "other", ["团市委"]),
    "kx": ("澄岚市科学技术协会", "science_technology", ["市科协"]),
    "fl": ("澄岚市妇女联合会", "other", ["市妇联"]),
    "zgh": ("澄岚市总工会", "other", ["市总工会"]),
    "bb": ("中共澄岚市委机构编制委员会办公室", "party_organisation", ["市委编办"]),
    "xcb": ("中共澄岚市委宣传部", "publicity", ["市委宣传部"]),
}
AGENCIES, CODE = agencies(TABLE)

GOAL_TEXT = "到2027年，全市人工智能核心产业规模突破300亿元，人工智能企业达到260家，其中规模以上企业80家；智能算力规模达到5000P；建设行业高质量数据集30个，培育行业大模型10个以上；打造“人工智能+”典型应用场景120个，建成智能工厂40家；人工智能相关从业人员超过2万人。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        300,
        "全市人工智能核心产业规模突破300亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 260, "人工智能企业达到260家", kind="ai_enterprises"),
    T(
        "规模以上人工智能企业",
        "家",
        "eq",
        80,
        "其中规模以上企业80家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T("智能算力规模", "P", "eq", 5000, "智能算力规模达到5000P", kind="computing_power"),
    T("行业高质量数据集", "个", "eq", 30, "建设行业高质量数据集30个"),
    T("行业大模型", "个", "gte", 10, "培育行业大模型10个以上"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        120,
        "打造“人工智能+”典型应用场景120个",
        kind="application_scenarios",
    ),
    T("智能工厂", "家", "eq", 40, "建成智能工厂40家"),
    T("人工智能相关从业人员", "人", "gt", 20000, "人工智能相关从业人员超过2万人", kind="talent"),
]

PARTS = [
    (
        "二",
        "二、",
        "重点任务",
        "key_task",
        [
            item(
                "（一）",
                "建设城市算力枢纽",
                "推进澄岚智算中心二期建设，新增智能算力2000P以上，2026年底前建成市级算力调度平台，推动电力、网络配套同步到位。",
                "（牵头单位：澄岚市经济和信息化局（以下简称市经信局）；配合单位：市发展改革委、国网澄岚供电公司、中国电信澄岚分公司）",
                ["澄岚市经济和信息化局"],
                ["市发展改革委", "国网澄岚供电公司", "中国电信澄岚分公司"],
                targets=[
                    T(
                        "新增智能算力",
                        "P",
                        "gte",
                        2000,
                        "新增智能算力2000P以上",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                    T(
                        "市级算力调度平台",
                        "个",
                        "eq",
                        1,
                        "2026年底前建成市级算力调度平台",
                        deadline=2026,
                    ),
                ],
            ),
            item(
                "（二）",
                "推进公共数据开放",
                "建立公共数据授权运营机制，2026年开放高价值公共数据集100个，公共数据按需共享率达到95%。",
                "（牵头单位：市政务服务和大数据管理局（市数据局）；配合单位：市委网信办（市互联网信息办公室））",
                ["市政务服务和大数据管理局（市数据局）"],
                ["市委网信办（市互联网信息办公室）"],
                targets=[
                    T(
                        "开放高价值公共数据集",
                        "个",
                        "eq",
                        100,
                        "2026年开放高价值公共数据集100个",
                        deadline=2026,
                        aggregation="flow",
                    ),
                    T("公共数据按需共享率", "%", "eq", 95, "公共数据按需共享率达到95%"),
                ],
            ),
            item(
                "（三）",
                "建设行业数据集",
                "围绕纺织、机械、港航等重点行业建设高质量数据集，培育数据标注企业15家。",
                "（牵头单位：市数据局；配合单位：市经信局、市科技局）",
                ["市数据局"],
                ["市经信局", "市科技局"],
                targets=[T("数据标注企业", "家", "eq", 15, "培育数据标注企业15家")],
            ),
            item(
                "（四）",
                "加强模型研发攻关",
                "支持企业与高校共建新型研发机构5家，开展关键核心技术攻关项目20项。",
                "（牵头单位：市科技局（高新技术处）；配合单位：市教育局、市科协）",
                ["市科技局（高新技术处）"],
                ["市教育局", "市科协"],
                targets=[
                    T("新型研发机构", "家", "eq", 5, "支持企业与高校共建新型研发机构5家"),
                    T(
                        "关键核心技术攻关项目",
                        "项",
                        "eq",
                        20,
                        "开展关键核心技术攻关项目20项",
                        aggregation="flow",
                    ),
                ],
            ),
            item(
                "（五）",
                "推动科技成果转化",
                "建设人工智能概念验证中心2个，每年举办成果对接活动10场以上。",
                "（牵头单位：市科技局（成果转化处）；配合单位：市科协）",
                ["市科技局（成果转化处）"],
                ["市科协"],
                targets=[
                    T("人工智能概念验证中心", "个", "eq", 2, "建设人工智能概念验证中心2个"),
                    T(
                        "成果对接活动",
                        "场",
                        "gte",
                        10,
                        "每年举办成果对接活动10场以上",
                        per_year=True,
                    ),
                ],
            ),
            item(
                "（六）",
                "实施制造业智改数转",
                "每年实施智能化改造项目200个以上，规模以上工业企业数字化转型覆盖率达到85%。",
                "（牵头单位：市经信局；配合单位：市财政局）",
                ["市经信局"],
                ["市财政局"],
                targets=[
                    T(
                        "智能化改造项目",
                        "个",
                        "gte",
                        200,
                        "每年实施智能化改造项目200个以上",
                        per_year=True,
                    ),
                    T(
                        "规模以上工业企业数字化转型覆盖率",
                        "%",
                        "eq",
                        85,
                        "规模以上工业企业数字化转型覆盖率达到85%",
                    ),
                ],
            ),
            item(
                "（七）",
                "深化智能政务服务",
                "推出“人工智能+政务服务”应用20项，高频事项智能审批比例达到60%。",
                "（牵头单位：市营商环境建设局（原市行政审批服务局）；配合单位：市数据局）",
                ["市营商环境建设局（原市行政审批服务局）"],
                ["市数据局"],
                targets=[
                    T("“人工智能+政务服务”应用", "项", "eq", 20, "推出“人工智能+政务服务”应用20项"),
                    T("高频事项智能审批比例", "%", "eq", 60, "高频事项智能审批比例达到60%"),
                ],
            ),
            item(
                "（八）",
                "拓展智慧医疗应用",
                "推广智能辅助诊断，二级以上公立医院智能辅助诊疗覆盖率达到90%。",
                "（牵头单位：市卫生健康委；配合单位：市数据局）",
                ["市卫生健康委"],
                ["市数据局"],
                targets=[
                    T(
                        "二级以上公立医院智能辅助诊疗覆盖率",
                        "%",
                        "eq",
                        90,
                        "二级以上公立医院智能辅助诊疗覆盖率达到90%",
                    )
                ],
            ),
            item(
                "（九）",
                "发展智能金融服务",
                "推动银行保险机构应用大模型，科技型企业贷款余额年均增长15%以上，设立人工智能特色支行5家。",
                "（牵头单位：人民银行澄岚市分行、国家金融监督管理总局澄岚监管分局（以下简称澄岚金融监管分局）；配合单位：市财政局）",
                ["人民银行澄岚市分行", "国家金融监督管理总局澄岚监管分局"],
                ["市财政局"],
                targets=[
                    T(
                        "科技型企业贷款余额年均增速",
                        "%",
                        "gte",
                        15,
                        "科技型企业贷款余额年均增长15%以上",
                    ),
                    T("人工智能特色支行", "家", "eq", 5, "设立人工智能特色支行5家"),
                ],
            ),
            item(
                "（十）",
                "防范金融科技风险",
                "建立人工智能金融应用风险监测机制，开展风险排查。",
                "（责任单位：澄岚金融监管分局、市委网信办）",
                resp=["澄岚金融监管分局", "市委网信办"],
            ),
            item(
                "（十一）",
                "推进人工智能教育",
                "在中小学开设人工智能课程，建设人工智能教育特色学校30所。",
                "（牵头单位：市教育局；配合单位：市科协、团市委）",
                ["市教育局"],
                ["市科协", "团市委"],
                targets=[T("人工智能教育特色学校", "所", "eq", 30, "建设人工智能教育特色学校30所")],
            ),
            item(
                "（十二）",
                "提升全民数字素养",
                "面向青年、女性和职工开展人工智能技能培训，每年培训5万人次。",
                "（责任单位：团市委、市妇联、市总工会、市人力社保局）",
                resp=["团市委", "市妇联", "市总工会", "市人力社保局"],
                targets=[
                    T("人工智能技能培训", "人次", "eq", 50000, "每年培训5万人次", per_year=True)
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
                "加强组织领导",
                "建立市推进“人工智能+”行动工作专班，统筹推进重点任务。",
                "（责任单位：市发展改革委、市经信局、市委编办）",
                resp=["市发展改革委", "市经信局", "市委编办"],
            ),
            item(
                "（二）",
                "强化人才支撑",
                "将人工智能领军人才纳入市高层次人才目录，引进高层次人才100名。",
                "（牵头单位：市委组织部；配合单位：市人力社保局、市科技局）",
                ["市委组织部"],
                ["市人力社保局", "市科技局"],
                targets=[
                    T(
                        "引进人工智能高层次人才",
                        "名",
                        "eq",
                        100,
                        "引进高层次人才100名",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "（三）",
                "加大资金投入",
                "统筹市级产业专项资金支持人工智能发展。",
                "（责任单位：市财政局、市经信局）",
                resp=["市财政局", "市经信局"],
            ),
            item(
                "（四）",
                "营造良好氛围",
                "加强政策宣传解读，及时总结推广典型案例。",
                "（牵头单位：市委宣传部；配合单位：市委网信办、市数据局）",
                ["市委宣传部"],
                ["市委网信办", "市数据局"],
            ),
        ],
    ),
]
PART_BLOCKS, TASK_GOALS, SECTIONS = parts_to_model(PARTS, CODE)

GOALS = [Goal("到2027年", GOAL_TEXT, GOAL_TARGETS), *TASK_GOALS]

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Chenglan City implementation plan for the “AI+” action (2026–2027) — synthetic",
    "issuer": "澄岚市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

BLOCKS = [
    ("head", "澄岚市人民政府办公室文件"),
    ("docno", DOC_NUMBER),
    (
        "title",
        "澄岚市人民政府办公室关于印发《澄岚市推进“人工智能+”行动实施方案（2026—2027年）》的通知",
    ),
    ("addressee", "各区、县（市）人民政府，市政府直属各单位："),
    ("p", f"《{TITLE}》已经市政府同意，现印发给你们，请结合实际认真组织实施。"),
    ("sign", "澄岚市人民政府办公室"),
    ("date", "2026年3月20日"),
    ("pagebreak", None),
    ("title", TITLE),
    (
        "p",
        "为贯彻落实国家和省关于深入实施“人工智能+”行动的部署，加快人工智能与经济社会各领域深度融合，结合我市实际，制定本方案。",
    ),
    (
        "p",
        "近年来，我市人工智能产业加快发展，2025年全市人工智能核心产业规模达到186亿元，人工智能企业160家，智能算力规模达到1800P，建成智能工厂18家，纺织、机械、港航等领域涌现出一批典型应用。同时，我市人工智能发展仍存在算力供给不足、高质量数据集偏少、领军企业不多、复合型人才短缺等短板，亟需加快补齐。",
    ),
    ("h1", "一、总体要求"),
    ("h2", "（一）指导思想"),
    (
        "p",
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，坚持应用牵引、场景驱动、创新引领、安全可控，以算力、数据、模型为支撑，以产业智能化和治理智能化为主线，推动人工智能与实体经济深度融合，加快培育和发展新质生产力，为全市高质量发展提供有力支撑。",
    ),
    ("h2", "（二）主要目标"),
    ("p", GOAL_TEXT),
    *PART_BLOCKS,
    ("rule", ""),
    ("p", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。"),
    ("p", "澄岚市人民政府办公室　　　　　　　　2026年3月20日印发"),
]

EXTRACTION = {
    "zone": {
        "slug": "chenglan-city",
        "name": "澄岚市",
        "name_en": "Chenglan City",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 澄岚市推进“人工智能+”行动实施方案（2026—2027年） (澄岚市人民政府办公室, 澄政办发〔2026〕11号, 2026-03-20)
# — SYNTHETIC (synthetic_dd): WRITTEN by helper blindDD (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_chenglan.py as a Word file (.docx).
# Zone chenglan-city (an invented city) → city level; period 2026—2027.
# Outline: red head, 发文字号, notice, page break, title, preamble, 发展基础 paragraph (2025 baselines: no targets);
#   一、总体要求 （一）指导思想 （二）主要目标 = one paragraph → goal "到2027年" (9 targets);
#   二、重点任务 （一）–（十二） and 三、保障措施 （一）–（四）, each "（N）标题。正文（annotation）" → one task (text = title + body +
#   annotation); a task with figures is also a goal titled like it; 抄送 / 印发.
# AGENCY NAMES (SYNTHETIC_DD.md "Conventions this set adds"): one agency per body, named canonically by its full formal name with
#   the place (澄岚市…; a party body 中共澄岚市委…; a 群团 by its full name; a central unit in the city by its own full name as
#   printed, 人民银行X分行 → 中国人民银行X分行); aliases = every form the text prints for it.
#   "澄岚市经济和信息化局（以下简称市经信局）" → one agency, both forms aliases; "国家金融监督管理总局澄岚监管分局（以下简称澄岚金融
#   监管分局）" likewise. "市政务服务和大数据管理局（市数据局）" (挂牌 name in brackets) and "市委网信办（市互联网信息办公室）" → one
#   agency each, both names aliases. "市营商环境建设局（原市行政审批服务局）" → the renamed body, one agency; its former name is printed
#   for it, so it is an alias. "市科技局（高新技术处）" / "市科技局（成果转化处）" → 澄岚市科学技术局 (the division is inside the body:
#   no agency of its own, not an alias). Two leads in （九） → both lead.
# Targets: the goals' 9 (due 2027); task figures due 2027 unless dated (2026年底前 / 2026年 → 2026). 5万人次 → 50000, 2万人 → 20000.
#   新增智能算力2000P is its own (flow), not the goals' 5000P.
"""
