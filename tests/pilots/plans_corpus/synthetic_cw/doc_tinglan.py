# ruff: noqa: E501  (plan text as the offices write it)
"""汀澜省推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cw). A province's 实施方案 as a Word file whose
measures carry SEVERAL annotations each, every one closing the clause before it (as 安徽's 2023 plans print them): an
annotation in the middle of a sentence ("建设省级算力调度平台（牵头单位：省数据局）和算力券服务平台（牵头单位：省财政厅…）"),
a clause whose sub-item changes hands ("其中，X由省Y负责"), a clause whose annotation is pushed to the next page by a page
break, measures with one annotation beside measures with three, and annotated safeguards."""

from cw_parts import Seg, task_of
from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "tinglan-ai-plus-implementation-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "省发展改革委": ("fgw", "汀澜省发展和改革委员会", "development_reform"),
    "省科技厅": ("kjt", "汀澜省科学技术厅", "science_technology"),
    "省工业和信息化厅": ("gxt", "汀澜省工业和信息化厅", "industry_it"),
    "省数据局": ("sjj", "汀澜省数据局", "big_data"),
    "省财政厅": ("czt", "汀澜省财政厅", "finance"),
    "省通信管理局": ("txj", "汀澜省通信管理局", "industry_it"),
    "省教育厅": ("jyt", "汀澜省教育厅", "education"),
    "省人力资源社会保障厅": ("rst", "汀澜省人力资源和社会保障厅", "human_resources"),
    "省卫生健康委": ("wjw", "汀澜省卫生健康委员会", "health"),
    "省农业农村厅": ("nyt", "汀澜省农业农村厅", "agriculture"),
    "省交通运输厅": ("jtt", "汀澜省交通运输厅", "transport"),
    "省市场监管局": ("scj", "汀澜省市场监督管理局", "market_regulation"),
    "省委网信办": ("wxb", "中共汀澜省委网络安全和信息化委员会办公室", "publicity"),
    "省委组织部": ("zzb", "中共汀澜省委组织部", "party_organisation"),
    "省商务厅": ("swt", "汀澜省商务厅", "commerce"),
    "省委金融办": ("jrb", "中共汀澜省委金融委员会办公室", "financial_regulation"),
    "省政务服务中心": ("zwz", "汀澜省政务服务中心", "government_services"),
    "省文化和旅游厅": ("wlt", "汀澜省文化和旅游厅", "culture_tourism"),
    "省中小企业发展中心": ("zxq", "汀澜省中小企业发展中心", "industry_it"),
    "省知识产权局": ("zscq", "汀澜省知识产权局", "market_regulation"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def ann(lead=(), sup=(), resp=()):
    """The annotation as this province prints it: （牵头单位：X；配合单位：Y、Z）."""
    parts = []
    if lead:
        parts.append("牵头单位：" + "、".join(lead))
    if resp:
        parts.append("责任单位：" + "、".join(resp))
    if sup:
        parts.append("配合单位：" + "、".join(sup))
    return "（" + "；".join(parts) + "）"


def S(text, lead=(), sup=(), resp=(), printed=None, extra_resp=()):
    """A clause closed by its annotation; extra_resp: a body its own words name for a sub-item (其中…由X负责)."""
    return Seg(
        text,
        printed if printed is not None else ann(lead, sup, resp),
        list(lead),
        list(sup),
        list(resp) + list(extra_resp),
    )


TITLE = "汀澜省推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "汀政办〔2026〕8号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tinglan Province implementation plan for the “AI+” action (2026–2027) — synthetic",
    "issuer": "汀澜省人民政府办公厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-06",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经省政府同意，现印发给你们，请认真贯彻落实。各牵头单位要会同配合单位制定具体工作举措，每半年将工作进展情况报送省发展改革委。"
BASIS = "近年来，全省人工智能产业加快发展，2025年全省人工智能核心产业规模达到860亿元，人工智能企业数量达到1020家，智能算力规模达到12000P，建成省级智能工厂96家，人工智能赋能经济社会发展的基础不断夯实。同时，全省人工智能发展仍面临原始创新能力不强、高质量数据供给不足、应用场景开放不够、高端人才短缺等问题。为深入实施“人工智能+”行动，推动人工智能与经济社会各领域深度融合，制定本方案。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，坚持场景牵引、应用驱动、安全可控，以算力、数据、模型为支撑，以产业智能化和治理智能化为主线，推动人工智能全方位赋能千行百业，加快培育新质生产力，为奋力谱写中国式现代化汀澜篇章提供有力支撑。"
PRINCIPLES = "坚持需求牵引、场景驱动，以真实需求带动技术迭代和产业发展；坚持统筹布局、集约建设，避免算力设施低水平重复建设；坚持企业主体、政府引导，充分发挥市场在资源配置中的决定性作用；坚持安全可控、包容审慎，统筹发展和安全，守住数据安全和伦理底线。"
GOAL_2026 = "到2026年底，全省人工智能核心产业规模达到1000亿元，智能算力规模达到15000P，打造“人工智能+”典型应用场景200个。"
GOAL_2027 = "到2027年，全省人工智能核心产业规模突破1200亿元，年均增长20%以上；人工智能企业数量达到1500家，其中营收超10亿元企业30家；全省智能算力规模达到30000P，国产算力占比达到60%以上；建设省级行业高质量数据集100个，培育行业大模型50个以上；打造“人工智能+”典型应用场景500个，建成省级智能工厂200家；规模以上工业企业关键工序数控化率达到70%；人工智能领域人才规模突破10万人。"
GOAL_TARGETS_2026 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        1000,
        "全省人工智能核心产业规模达到1000亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "智能算力规模",
        "P",
        "eq",
        15000,
        "智能算力规模达到15000P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        200,
        "打造“人工智能+”典型应用场景200个",
        kind="application_scenarios",
        deadline=2026,
    ),
]
GOAL_TARGETS_2027 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        1200,
        "全省人工智能核心产业规模突破1200亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模年均增速", "%", "gte", 20, "年均增长20%以上"),
    T("人工智能企业数量", "家", "eq", 1500, "人工智能企业数量达到1500家", kind="ai_enterprises"),
    T(
        "营收超10亿元人工智能企业",
        "家",
        "eq",
        30,
        "其中营收超10亿元企业30家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T("智能算力规模", "P", "eq", 30000, "全省智能算力规模达到30000P", kind="computing_power"),
    T("国产算力占比", "%", "gte", 60, "国产算力占比达到60%以上"),
    T("省级行业高质量数据集", "个", "eq", 100, "建设省级行业高质量数据集100个"),
    T("行业大模型", "个", "gte", 50, "培育行业大模型50个以上"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        500,
        "打造“人工智能+”典型应用场景500个",
        kind="application_scenarios",
    ),
    T("省级智能工厂", "家", "eq", 200, "建成省级智能工厂200家"),
    T("规模以上工业企业关键工序数控化率", "%", "eq", 70, "规模以上工业企业关键工序数控化率达到70%"),
    T("人工智能领域人才规模", "人", "gt", 100000, "人工智能领域人才规模突破10万人", kind="talent"),
]

# group: (numbering, title, items); item: (numbering, title, segs, targets, break_before_last_annotation)
GROUPS = [
    (
        "（一）",
        "夯实算力数据底座",
        [
            (
                "1．",
                "建设普惠算力网络",
                [
                    S(
                        "统筹全省算力基础设施布局，推动省会城市和重点城市智算中心扩容升级，新增智能算力10000P以上，新建智算中心PUE值不高于1.25。",
                        ["省发展改革委"],
                        ["省数据局", "省通信管理局"],
                    ),
                    S("建设省级算力调度平台", ["省数据局"]),
                    S("和算力券服务平台", ["省财政厅"], ["省数据局"]),
                    S(
                        "。到2026年底，全省公共算力资源接入调度平台比例达到80%以上。常态化发放算力券，每年支持中小企业500家以上。",
                        ["省数据局"],
                        ["省工业和信息化厅"],
                    ),
                ],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "gte",
                        10000,
                        "新增智能算力10000P以上",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                    T(
                        "公共算力资源接入调度平台比例",
                        "%",
                        "gte",
                        80,
                        "全省公共算力资源接入调度平台比例达到80%以上",
                        deadline=2026,
                    ),
                    T(
                        "算力券支持中小企业",
                        "家",
                        "gte",
                        500,
                        "每年支持中小企业500家以上",
                        per_year=True,
                    ),
                ],
                False,
            ),
            (
                "2．",
                "扩大高质量数据供给",
                [
                    S(
                        "围绕制造、医疗、农业、交通、文旅等重点领域，建设省级行业高质量数据集，支持企业开展数据标注、合成数据等服务，培育一批数据标注基地。",
                        ["省数据局"],
                        ["省工业和信息化厅", "省卫生健康委", "省农业农村厅"],
                    ),
                    S(
                        "推进公共数据授权运营，2026年底前开放高价值公共数据集200个。",
                        ["省数据局"],
                        ["省政务服务中心"],
                    ),
                    S(
                        "建立人工智能训练数据合规审查机制，加强数据安全和个人信息保护。",
                        ["省委网信办"],
                        ["省数据局", "省市场监管局"],
                    ),
                ],
                [
                    T(
                        "开放高价值公共数据集",
                        "个",
                        "eq",
                        200,
                        "2026年底前开放高价值公共数据集200个",
                        deadline=2026,
                    ),
                ],
                False,
            ),
            (
                "3．",
                "构建开放模型体系",
                [
                    S(
                        "支持省内龙头企业和高校院所联合研发行业大模型，推动基础大模型在省内部署应用，建设省级大模型开源社区1个，遴选发布一批大模型优秀产品。",
                        ["省科技厅"],
                        ["省工业和信息化厅", "省数据局"],
                    ),
                ],
                [
                    T("省级大模型开源社区", "个", "eq", 1, "建设省级大模型开源社区1个"),
                ],
                False,
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能化升级",
        [
            (
                "4．",
                "实施制造业智能化改造",
                [
                    S(
                        "以装备制造、新材料、食品加工等产业为重点，实施“智改数转”提升工程，每年完成智能化改造项目1000个以上，其中，中小企业数字化转型城市试点由省中小企业发展中心负责组织实施。",
                        ["省工业和信息化厅"],
                        ["省财政厅"],
                        extra_resp=["省中小企业发展中心"],
                    ),
                    S(
                        "对符合条件的智能化改造项目，按设备投资额的10%给予补助，单个项目最高500万元。",
                        ["省财政厅"],
                        ["省工业和信息化厅"],
                    ),
                    S(
                        "推广“智改数转”专项贷款，2027年底前新增贷款投放100亿元。",
                        ["省委金融办"],
                        ["省工业和信息化厅"],
                    ),
                ],
                [
                    T(
                        "完成智能化改造项目",
                        "个",
                        "gte",
                        1000,
                        "每年完成智能化改造项目1000个以上",
                        per_year=True,
                    ),
                    T(
                        "“智改数转”专项贷款新增投放",
                        "亿元",
                        "eq",
                        100,
                        "2027年底前新增贷款投放100亿元",
                        aggregation="flow",
                    ),
                ],
                False,
            ),
            (
                "5．",
                "培育人工智能企业梯队",
                [
                    S(
                        "实施人工智能企业培育计划，引育一批具有行业影响力的链主企业，培育专精特新人工智能企业150家。",
                        ["省工业和信息化厅"],
                        ["省科技厅", "省发展改革委"],
                    ),
                    S(
                        "支持人工智能企业上市融资和并购重组，常态化组织产融对接活动。",
                        ["省委金融办"],
                        ["省工业和信息化厅"],
                    ),
                ],
                [
                    T(
                        "专精特新人工智能企业",
                        "家",
                        "eq",
                        150,
                        "培育专精特新人工智能企业150家",
                        kind="ai_enterprises",
                    ),
                ],
                False,
            ),
            (
                "6．",
                "发展智能终端和智能装备",
                [
                    S(
                        "支持发展人工智能手机、电脑、可穿戴设备和智能网联汽车，推动人形机器人、工业机器人整机和关键零部件研发攻关，打造智能终端和智能装备产业集群。",
                        ["省工业和信息化厅"],
                        ["省科技厅"],
                    ),
                    S(
                        "办好智能终端消费季活动，落实以旧换新政策。",
                        ["省商务厅"],
                        ["省工业和信息化厅"],
                    ),
                ],
                [],
                False,
            ),
        ],
    ),
    (
        "（三）",
        "拓展民生服务应用",
        [
            (
                "7．",
                "推进“人工智能+”医疗健康",
                [
                    S(
                        "推广智能辅助诊断、智能影像、智慧病案等应用，二级以上公立医院智能辅助诊疗应用覆盖率达到90%。",
                        ["省卫生健康委"],
                    ),
                    S("建设省级医学人工智能训练数据库", ["省卫生健康委"], ["省数据局"]),
                    S(
                        "，支持医疗人工智能产品注册申报和临床应用。",
                        ["省市场监管局"],
                        ["省卫生健康委"],
                    ),
                ],
                [
                    T(
                        "二级以上公立医院智能辅助诊疗应用覆盖率",
                        "%",
                        "eq",
                        90,
                        "二级以上公立医院智能辅助诊疗应用覆盖率达到90%",
                    ),
                ],
                False,
            ),
            (
                "8．",
                "推进“人工智能+”教育",
                [
                    S(
                        "在中小学全面开设人工智能通识课程，建设人工智能教育实验校300所",
                        ["省教育厅"],
                    ),
                    S(
                        "；支持高校增设人工智能相关专业，其中，职业院校人工智能实训基地建设由省人力资源社会保障厅负责，2027年底前建成实训基地20个。",
                        ["省教育厅"],
                        ["省发展改革委"],
                        extra_resp=["省人力资源社会保障厅"],
                    ),
                ],
                [
                    T("人工智能教育实验校", "所", "eq", 300, "建设人工智能教育实验校300所"),
                    T("职业院校人工智能实训基地", "个", "eq", 20, "2027年底前建成实训基地20个"),
                ],
                False,
            ),
            (
                "9．",
                "推进“人工智能+”交通和文旅",
                [
                    S(
                        "开展智能网联汽车道路测试和示范应用，开放测试道路500公里以上。",
                        ["省交通运输厅"],
                        ["省工业和信息化厅"],
                    ),
                    S(
                        "推动景区、文博场馆应用智能导览、数字人讲解等服务，打造智慧文旅示范场景50个。",
                        ["省文化和旅游厅"],
                        ["省数据局"],
                    ),
                ],
                [
                    T("开放智能网联汽车测试道路", "公里", "gte", 500, "开放测试道路500公里以上"),
                    T(
                        "智慧文旅示范场景",
                        "个",
                        "eq",
                        50,
                        "打造智慧文旅示范场景50个",
                        kind="application_scenarios",
                    ),
                ],
                True,
            ),
            (
                "10．",
                "推进“人工智能+”现代农业",
                [
                    S(
                        "推广农业智能感知、智能农机和智慧养殖应用，建设智慧农业示范基地100个，推进农机北斗终端规模化应用。",
                        ["省农业农村厅"],
                        ["省工业和信息化厅", "省科技厅"],
                    ),
                ],
                [
                    T("智慧农业示范基地", "个", "eq", 100, "建设智慧农业示范基地100个"),
                ],
                False,
            ),
        ],
    ),
    (
        "（四）",
        "提升政务治理效能",
        [
            (
                "11．",
                "推行“人工智能+”政务服务",
                [
                    S(
                        "上线省级政务服务智能助手，推动高频政务服务事项智能导办、智能预审，2026年底前智能导办事项达到500项",
                        ["省政务服务中心"],
                        ["省数据局"],
                    ),
                    S(
                        "；建设政务大模型，在公文辅助、政策解读、12345热线等场景推广应用。",
                        ["省数据局"],
                        ["省政务服务中心"],
                    ),
                ],
                [
                    T(
                        "政务服务智能导办事项",
                        "项",
                        "eq",
                        500,
                        "2026年底前智能导办事项达到500项",
                        deadline=2026,
                    ),
                ],
                False,
            ),
            (
                "12．",
                "提升智能监管和安全治理水平",
                [
                    S(
                        "推动市场监管、生态环境、应急管理等领域应用人工智能开展非现场监管",
                        ["省市场监管局"],
                    ),
                    S(
                        "，建立人工智能安全风险监测预警机制，开展生成式人工智能服务备案辅导。",
                        ["省委网信办"],
                        ["省通信管理局"],
                    ),
                ],
                [],
                False,
            ),
        ],
    ),
    (
        "（五）",
        "强化创新和人才支撑",
        [
            (
                "13．",
                "建设高能级创新平台",
                [
                    S(
                        "争创国家人工智能领域重点实验室，布局建设省级人工智能创新平台20个，组织实施一批人工智能重大科技专项。",
                        ["省科技厅"],
                        ["省发展改革委", "省财政厅"],
                    ),
                    S(
                        "加强人工智能领域知识产权保护，新增人工智能发明专利授权2000件。",
                        ["省知识产权局"],
                    ),
                ],
                [
                    T(
                        "省级人工智能创新平台",
                        "个",
                        "eq",
                        20,
                        "布局建设省级人工智能创新平台20个",
                        kind="innovation_platforms",
                    ),
                    T(
                        "新增人工智能发明专利授权",
                        "件",
                        "eq",
                        2000,
                        "新增人工智能发明专利授权2000件",
                        kind="patents_standards",
                        aggregation="flow",
                    ),
                ],
                False,
            ),
            (
                "14．",
                "引育人工智能人才",
                [
                    S(
                        "将人工智能领军人才纳入省级重点人才计划，引进高层次人工智能人才团队50个",
                        ["省委组织部"],
                        ["省科技厅", "省人力资源社会保障厅"],
                    ),
                    S(
                        "，每年开展人工智能职业技能培训5万人次。",
                        ["省人力资源社会保障厅"],
                        ["省教育厅"],
                    ),
                ],
                [
                    T(
                        "引进高层次人工智能人才团队",
                        "个",
                        "eq",
                        50,
                        "引进高层次人工智能人才团队50个",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "人工智能职业技能培训",
                        "人次",
                        "eq",
                        50000,
                        "每年开展人工智能职业技能培训5万人次",
                        kind="talent",
                        per_year=True,
                    ),
                ],
                False,
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        [
            S(
                "建立全省“人工智能+”行动工作推进机制，统筹解决重大问题，各地各部门要细化工作措施，形成工作合力。",
                ["省发展改革委"],
                ["省科技厅", "省工业和信息化厅", "省数据局"],
            )
        ],
    ),
    (
        "（二）",
        "加大政策支持",
        [
            S("统筹用好省级相关专项资金，加大对人工智能重大项目支持力度", ["省财政厅"]),
            S(
                "；发挥省级产业投资基金引导作用，设立规模50亿元的人工智能产业基金。",
                ["省委金融办"],
                ["省财政厅", "省发展改革委"],
            ),
        ],
    ),
    (
        "（三）",
        "强化安全保障",
        [
            S(
                "健全人工智能伦理审查和安全评估制度，落实网络安全等级保护和数据安全管理要求，守住安全底线。",
                ["省委网信办"],
                ["省数据局", "省通信管理局"],
            )
        ],
    ),
    ("（四）", "营造良好氛围", None),
]
ATMOSPHERE = "及时总结推广各地各部门的好经验好做法，办好人工智能产业发展大会等活动，加强宣传解读，营造全社会关注、支持、参与“人工智能+”行动的良好氛围。"


def _build():
    blocks = [
        ("head", "汀澜省人民政府办公厅文件"),
        ("docno", DOC_NUMBER),
        ("title", f"汀澜省人民政府办公厅关于印发{TITLE}的通知"),
        ("addressee", "各市人民政府，省政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "汀澜省人民政府办公厅"),
        ("date", "2026年3月6日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", BASIS),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）基本原则"),
        ("body", PRINCIPLES),
        ("h2", "（三）主要目标"),
        ("body", GOAL_2026 + GOAL_2027),
        ("h1", "二、重点任务"),
    ]
    for t in GOAL_TARGETS_2026:
        assert t.phrase in GOAL_2026, t.phrase
    for t in GOAL_TARGETS_2027:
        assert t.phrase in GOAL_2027, t.phrase
    goals = [
        Goal("到2026年底", GOAL_2026, GOAL_TARGETS_2026),
        Goal("到2027年", GOAL_2027, GOAL_TARGETS_2027),
    ]
    sections = []
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for num, title, segs, targets, broken in items:
            body = "".join(s.text + s.annot for s in segs)
            if broken:  # the last annotation printed at the top of the next page
                last = segs[-1].annot
                blocks.append(("item", (f"{num}{title}。", body[: -len(last)])))
                blocks.append(("pagebreak", ""))
                blocks.append(("plain", last))
            else:
                blocks.append(("item", (f"{num}{title}。", body)))
            text = f"{title}。{body}"
            tasks.append(task_of(num, title, text, segs, CODE))
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, text, targets, numbering=num))
        sections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for num, title, segs in SAFEGUARDS:
        if segs is None:
            blocks.append(("item", (f"{num}{title}。", ATMOSPHERE)))
            sg.append(Task(num, title, f"{title}。{ATMOSPHERE}"))
            continue
        body = "".join(s.text + s.annot for s in segs)
        blocks.append(("item", (f"{num}{title}。", body)))
        sg.append(task_of(num, title, f"{title}。{body}", segs, CODE))
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
        ),
        ("addressee", "汀澜省人民政府办公厅　　　　　　　2026年3月6日印发"),
    ]
    return (
        blocks,
        goals,
        [
            Section("二", "二、", "重点任务", "key_task", sections=sections),
            Section("三", "三、", "保障措施", "safeguard", sg),
        ],
    )


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "tinglan-province",
        "name": "汀澜省",
        "name_en": "Tinglan Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 汀澜省推进“人工智能+”行动实施方案（2026—2027年） (汀澜省人民政府办公厅, 汀政办〔2026〕8号, 2026-03-06)
# — SYNTHETIC (synthetic_cw): WRITTEN by helper blindCW (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_tinglan.py as a Word file (.docx).
# Zone tinglan-province (an invented province) → municipality level (the provincial level); period 2026—2027.
# Outline: red head, 发文字号, notice, page break, title; a 发展基础 paragraph (2025 baselines: no targets); 一、总体要求 （一）指导思想
#   （二）基本原则 (four run-in 坚持…, no tasks) （三）主要目标 = one paragraph of two dated sentences → goals "到2026年底" (3, due 2026) and "到2027年" (12); 二、重点任务 groups
#   （一）–（五） (sections under 二、) of measures 1．–14. numbered on, each "N．标题。" then clauses each closed by its OWN annotation
#   "（牵头单位：X；配合单位：Y）"; 三、保障措施 （一）–（四）, three annotated (（二） with two); 抄送 / 印发.
# Clauses (SOURCES: "Several annotations inside one task, each covering the text before it → clauses"): a measure with two or
#   more annotations is ONE task whose clauses are the stretches between annotations (text without the annotation and without
#   punctuation left at its start; the heading not repeated), each with its annotation's roles; no task-level roles. A measure
#   with one annotation has it as the task's roles. Measure 1's annotation in mid-sentence ("建设省级算力调度平台（牵头单位：省数据局）
#   和算力券服务平台（牵头单位：省财政厅；配合单位：省数据局）。") closes its own stretch: clause "建设省级算力调度平台" and clause
#   "和算力券服务平台"; the sentence after it is a clause of its own. Measure 9's last annotation stands at the top of the next page
#   (a page break between the clause and it): it still closes that clause. A body named for a sub-item in the clause's own words
#   ("其中，中小企业数字化转型城市试点由省中小企业发展中心负责组织实施", "其中，职业院校人工智能实训基地建设由省人力资源社会保障厅负责")
#   is responsible on that clause beside the annotation's lead / supporting.
# Targets: the goals' 15; a measure holding figures is also a goal titled like it (text = the task's text), figures due 2027 unless
#   dated (2026年底前 / 到2026年底 → 2026). 新增智能算力10000P is not the goals' 30000P (its own, flow); 每年支持中小企业500家以上 per-year, due
#   2027 (the 到2026年底 before it dates only its own sentence). 5万人次 → 50000,
#   10万人 → 100000. Not targets: 2025 baselines; PUE不高于1.25 (a condition); 按设备投资额的10%…最高500万元 (a subsidy); 设立规模50亿元
#   的人工智能产业基金 (a fund being set up).
"""
