# ruff: noqa: E501  (plan text as the office writes it)
"""蓼州市推进“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_dg). The city government's portal page as an old
TRS WCM template publishes it, SAVED IN GB2312 (meta charset=gb2312, the bytes so encoded): nested layout tables, 当前位置,
a 信息公开 table, the article in <div id="zoom"> as ONE <p> per part with its lines separated by <br>, full-width
indents, headings split over <b> fragments; tasks （一）–（十四） each closed by "（牵头单位：X；配合单位：Y）"."""

from dg_page import FW, IND, info_table, lines_p, page, split_b
from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "liaozhou-ai-plus-action-plan-2026-synthetic"
KIND = "html"
ENCODING = "gbk"  # the bytes; the meta declares gb2312, as such sites do (every character is in GB2312 but “—”, which GBK writes A1AA)

A = {
    "fgw": ("蓼州市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "gxj": ("蓼州市工业和信息化局", "industry_it", ["市工信局"]),
    "kjj": ("蓼州市科学技术局", "science_technology", ["市科技局"]),
    "sjj": ("蓼州市数据局", "big_data", ["市数据局"]),
    "czj": ("蓼州市财政局", "finance", ["市财政局"]),
    "jyj": ("蓼州市教育局", "education", ["市教育局"]),
    "rsj": ("蓼州市人力资源和社会保障局", "human_resources", ["市人社局"]),
    "wjw": ("蓼州市卫生健康委员会", "health", ["市卫健委"]),
    "nyj": ("蓼州市农业农村局", "agriculture", ["市农业农村局"]),
    "jtj": ("蓼州市交通运输局", "transport", ["市交通运输局"]),
    "swj": ("蓼州市商务局", "commerce", ["市商务局"]),
    "wlj": ("蓼州市文化广电新闻出版旅游局", "culture_tourism", ["市文广新旅局"]),
    "scj": ("蓼州市市场监督管理局", "market_regulation", ["市市场监管局"]),
    "xzj": ("蓼州市行政审批局", "government_services", ["市行政审批局"]),
    "jrb": ("中共蓼州市委金融委员会办公室", "financial_regulation", ["市委金融办"]),
    "wxb": ("中共蓼州市委网络安全和信息化委员会办公室", "publicity", ["市委网信办"]),
    "xq": ("蓼州市各县（市、区）人民政府", "local_government", ["各县（市、区）人民政府"]),
}
NAME = {code: printed[0] for code, (_, _, printed) in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "蓼州市人民政府办公室关于印发蓼州市推进“人工智能+”行动方案（2026—2028年）的通知"
PLAN_TITLE = "蓼州市推进“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "蓼府办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": PLAN_TITLE,
    "title_en": "Liaozhou City (Jiangxi) action plan for advancing “AI+” (2026–2028) — synthetic",
    "issuer": "蓼州市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

G1_TEXT = "到2026年底，全市智能算力规模达到800P，建成“人工智能+”典型应用场景60个，培育人工智能企业40家以上。"
G1 = [
    T("智能算力规模", "P", "eq", 800, "全市智能算力规模达到800P", kind="computing_power"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        60,
        "建成“人工智能+”典型应用场景60个",
        kind="application_scenarios",
    ),
    T("人工智能企业", "家", "gte", 40, "培育人工智能企业40家以上", kind="ai_enterprises"),
]
G2_TEXT = "到2028年，全市智能算力规模突破2000P，人工智能核心产业规模达到150亿元，年均增长25%以上，人工智能企业超过100家，其中规模以上企业30家，打造“人工智能+”典型应用场景200个，建设行业大模型5个以上、高质量数据集30个，全市规模以上工业企业数字化转型覆盖率达到85%，人工智能成为全市高质量发展的重要引擎。"
G2 = [
    T("智能算力规模", "P", "gt", 2000, "全市智能算力规模突破2000P", kind="computing_power"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        150,
        "人工智能核心产业规模达到150亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模年均增速", "%", "gte", 25, "年均增长25%以上"),
    T("人工智能企业", "家", "gt", 100, "人工智能企业超过100家", kind="ai_enterprises"),
    T(
        "规模以上人工智能企业",
        "家",
        "eq",
        30,
        "其中规模以上企业30家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        200,
        "打造“人工智能+”典型应用场景200个",
        kind="application_scenarios",
    ),
    T("行业大模型", "个", "gte", 5, "建设行业大模型5个以上"),
    T("高质量数据集", "个", "eq", 30, "高质量数据集30个"),
    T(
        "规模以上工业企业数字化转型覆盖率",
        "%",
        "eq",
        85,
        "全市规模以上工业企业数字化转型覆盖率达到85%",
    ),
]


def ann(lead, sup=()):
    text = "（牵头单位：" + "、".join(NAME[c] for c in lead)
    if sup:
        text += "；配合单位：" + "、".join(NAME[c] for c in sup)
    return text + "）"


# (title, rest, lead, supporting, targets)
TASKS = [
    (
        "建设绿色智能算力底座",
        "推进蓼州智算中心二期建设，推动算力资源纳入全省算力调度平台，2026年新增智能算力300P。落实算力券政策，降低中小企业用算成本，推动存量数据中心绿色化改造。",
        ["fgw"],
        ["sjj", "gxj"],
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                300,
                "2026年新增智能算力300P",
                kind="computing_power",
                aggregation="flow",
                deadline=2026,
            )
        ],
    ),
    (
        "推进数据资源开发利用",
        "完善公共数据资源目录，推进工业、交通、医疗、文旅等领域数据汇聚治理，开展公共数据授权运营试点，培育数据标注、数据治理企业10家。",
        ["sjj"],
        ["fgw", "xzj"],
        [T("数据标注、数据治理企业", "家", "eq", 10, "培育数据标注、数据治理企业10家")],
    ),
    (
        "强化关键技术攻关",
        "围绕有色金属加工、绿色食品、电子信息等优势产业开展人工智能应用技术攻关，每年实施人工智能科技计划项目15项以上，支持企业牵头组建创新联合体。",
        ["kjj"],
        ["gxj"],
        [
            T(
                "人工智能科技计划项目",
                "项",
                "gte",
                15,
                "每年实施人工智能科技计划项目15项以上",
                per_year=True,
                kind="research_results",
            )
        ],
    ),
    (
        "打造创新平台载体",
        "支持高校、科研院所与龙头企业共建人工智能联合实验室，建设省级以上人工智能创新平台8个，建成蓼州人工智能产业园并引进企业50家。",
        ["kjj"],
        ["gxj", "fgw"],
        [
            T(
                "省级以上人工智能创新平台",
                "个",
                "eq",
                8,
                "建设省级以上人工智能创新平台8个",
                kind="innovation_platforms",
            ),
            T(
                "蓼州人工智能产业园引进企业",
                "家",
                "eq",
                50,
                "建成蓼州人工智能产业园并引进企业50家",
                aggregation="flow",
            ),
        ],
    ),
    (
        "推进“人工智能+”制造",
        "实施制造业智能化改造提升工程，推广工业视觉质检、预测性维护、智能排产等应用，建成智能工厂20家、数字化车间100个。",
        ["gxj"],
        ["kjj", "xq"],
        [
            T("智能工厂", "家", "eq", 20, "建成智能工厂20家"),
            T("数字化车间", "个", "eq", 100, "数字化车间100个"),
        ],
    ),
    (
        "推进“人工智能+”农业",
        "推广农业无人机、智能灌溉、病虫害智能识别等技术，建设智慧农业示范基地15个，推动油茶、脐橙等特色产业全链条智能化。",
        ["nyj"],
        ["kjj", "xq"],
        [T("智慧农业示范基地", "个", "eq", 15, "建设智慧农业示范基地15个")],
    ),
    (
        "推进“人工智能+”商贸物流",
        "支持商贸企业应用智能选品、智能客服、数字人直播等工具，推动物流园区智能分拣和无人配送应用，培育智慧商圈3个。",
        ["swj"],
        ["jtj", "scj"],
        [T("智慧商圈", "个", "eq", 3, "培育智慧商圈3个")],
    ),
    (
        "推进“人工智能+”文旅",
        "建设全域智慧文旅服务平台，推动A级景区智能导览、客流监测全覆盖，开发数字人讲解和沉浸式体验产品。",
        ["wlj"],
        ["sjj"],
        [],
    ),
    (
        "推进“人工智能+”交通",
        "建设城市交通智能管控平台，新建智能信号控制路口120个，推广智能公交调度和网约车智能监管。",
        ["jtj"],
        ["sjj"],
        [T("智能信号控制路口", "个", "eq", 120, "新建智能信号控制路口120个", aggregation="flow")],
    ),
    (
        "推进“人工智能+”医疗健康",
        "推动二级以上公立医院应用人工智能辅助诊断、智能导诊和病历质控，建设基层智能辅助诊疗服务点100个。",
        ["wjw"],
        ["sjj", "xq"],
        [T("基层智能辅助诊疗服务点", "个", "eq", 100, "建设基层智能辅助诊疗服务点100个")],
    ),
    (
        "推进“人工智能+”教育",
        "开展人工智能教育进校园活动，建设人工智能教育特色学校30所，中小学人工智能课程开设率达到90%。",
        ["jyj"],
        ["kjj"],
        [
            T("人工智能教育特色学校", "所", "eq", 30, "建设人工智能教育特色学校30所"),
            T("中小学人工智能课程开设率", "%", "eq", 90, "中小学人工智能课程开设率达到90%"),
        ],
    ),
    (
        "推进“人工智能+”政务服务",
        "建设城市级政务大模型，推动智能问答、智能审批、智能填表等应用，高频政务服务事项智能办理比例达到60%。",
        ["xzj", "sjj"],
        ["fgw"],
        [T("高频政务服务事项智能办理比例", "%", "eq", 60, "高频政务服务事项智能办理比例达到60%")],
    ),
    (
        "强化人才引育",
        "实施“蓼才聚蓼”人工智能人才专项，三年引进人工智能领域紧缺人才500名，每年开展数字技能培训2万人次。",
        ["rsj"],
        ["jyj", "kjj"],
        [
            T(
                "引进人工智能领域紧缺人才",
                "名",
                "eq",
                500,
                "三年引进人工智能领域紧缺人才500名",
                kind="talent",
                aggregation="flow",
            ),
            T(
                "数字技能培训",
                "人次",
                "eq",
                20000,
                "每年开展数字技能培训2万人次",
                per_year=True,
                kind="talent",
            ),
        ],
    ),
    (
        "加大金融支持",
        "引导金融机构开发“人工智能贷”等专属产品，推动符合条件的人工智能企业挂牌上市，发挥政府性融资担保作用。",
        ["jrb"],
        ["czj"],
        [],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立市推进“人工智能+”行动工作专班，统筹推进各项工作，专班办公室设在市发展改革委。各县（市、区）要建立相应工作机制。",
        None,
        [],
    ),
    (
        "强化资金保障",
        "统筹市级产业发展专项资金，每年安排不少于5000万元支持人工智能重大项目和场景应用。",
        ["czj"],
        ["fgw"],
    ),
    (
        "守牢安全底线",
        "落实生成式人工智能服务备案和算法备案制度，加强数据安全和个人信息保护。",
        ["wxb"],
        ["sjj"],
    ),
    ("抓好督促落实", "建立任务台账，实行季度调度、年度评估，评估结果纳入年度绩效考核。", None, []),
]

NOTICE = [
    "各县（市、区）人民政府，市政府各部门：",
    f"{FW}《{PLAN_TITLE}》已经市政府同意，现印发给你们，请认真组织实施。",
]
CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def _build():
    lines_goal = [
        f"{IND}{split_b('一、总体', 4)}<b>目标</b>",
        f"{FW}{G1_TEXT}",
        f"{FW}{G2_TEXT}",
    ]
    for text, ts in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in ts:
            assert t.phrase in text, t.phrase
    goals = [
        Goal("到2026年底", G1_TEXT, [_due(t, 2026) for t in G1]),
        Goal("到2028年", G2_TEXT, G2),
    ]
    task_lines = [f"{IND}{split_b('二、重点行动', 3)}"]
    tasks = []
    for n, (title, rest, lead, sup, targets) in enumerate(TASKS, 1):
        no = f"（{cn(n)}）"
        a = ann(lead, sup)
        task_lines.append(f"{FW}{split_b(no + title, len(no) + 2)}。{rest}{a}")
        tasks.append(Task(no, title, f"{title}。{rest}{a}", lead=list(lead), supporting=list(sup)))
        for t in targets:
            assert t.phrase in rest, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
    sg_lines = [f"{IND}{split_b('三、保障措施', 2)}"]
    sg = []
    for n, (title, text, lead, sup) in enumerate(SAFEGUARDS, 1):
        no = f"（{cn(n)}）"
        a = ann(lead, sup) if lead else ""
        sg_lines.append(f"{FW}<b>{no}{title}。</b>{text}{a}")
        sg.append(
            Task(no, title, f"{title}。{text}{a}", lead=list(lead or []), supporting=list(sup))
        )
    sections = [
        Section("二", "二、", "重点行动", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", sg),
    ]
    article = "\n".join(
        [
            f'<p align="center"><font face="方正小标宋简体" size="5">{PLAN_TITLE}</font></p>',
            lines_p(
                [
                    *NOTICE,
                    f"{FW}{FW}{FW}{FW}蓼州市人民政府办公室",
                    f"{FW}{FW}{FW}{FW}2026年3月16日",
                    "（此件公开发布）",
                ]
            ),
            f'<p align="center"><b><font face="方正小标宋简体" size="5">{PLAN_TITLE}</font></b></p>',
            lines_p(
                [
                    f"{FW}为贯彻落实国家和江西省关于深入实施“人工智能+”行动的部署，加快人工智能与实体经济深度融合，结合我市实际，制定本方案。"
                ]
            ),
            lines_p(lines_goal),
            lines_p(task_lines),
            lines_p(sg_lines),
        ]
    )
    return article, goals, sections


def _due(t, year):
    t.deadline = t.deadline or year
    return t


ARTICLE, GOALS, SECTIONS = _build()

INFO = info_table(
    [
        (
            "索&nbsp;引&nbsp;号：",
            "001426573/2026-01873",
            "分&nbsp;&nbsp;&nbsp;&nbsp;类：",
            "科技、教育；通知",
        ),
        ("发布机构：", "蓼州市人民政府办公室", "发文日期：", "2026-03-16"),
        ("文&nbsp;&nbsp;&nbsp;&nbsp;号：", DOC_NUMBER, "主&nbsp;题&nbsp;词：", ""),
    ],
    TITLE,
)

TEXT = page(
    charset="gb2312",
    site="蓼州市人民政府",
    title=TITLE,
    nav=["首页", "走进蓼州", "政务公开", "政务服务", "互动交流", "专题专栏"],
    crumbs=["首页", "政务公开", "政府文件", "市政府办公室文件"],
    info=INFO,
    article=ARTICLE,
    footer=[
        "主办单位：蓼州市人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：蓼州市数据局",
        "赣ICP备05001234号&nbsp;&nbsp;&nbsp;赣公网安备36080002000123号&nbsp;&nbsp;&nbsp;网站标识码：3608000001",
        "建议使用1024×768分辨率&nbsp;IE8.0以上浏览器",
    ],
)

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "liaozhou-jiangxi-city",
        "name": "蓼州市",
        "name_en": "Liaozhou City (Jiangxi)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 蓼州市推进“人工智能+”行动方案（2026—2028年） (蓼州市人民政府办公室, 蓼府办发〔2026〕9号, 2026-03-16)
# — SYNTHETIC (synthetic_dg): WRITTEN by the collector (helper blindDG, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_liaozhou.py as the portal page of an old TRS WCM template,
#   SAVED IN GB2312 (<meta http-equiv="Content-Type" content="text/html; charset=gb2312">; the corpus test decodes it as GB18030).
# Zone liaozhou-jiangxi-city (江西 蓼州市, invented prefecture-level city) → city; period 2026–2028 (the title's years).
# Page: nested layout tables (banner, nav, 当前位置, 信息公开 table 索引号 / 发布机构 / 文号 / 发文日期 / 名称), the title, then
#   <div id="zoom"> holding the covering notice (addressee, one sentence, signature: no task) and the plan, each part ONE <p> whose
#   lines are separated by <br>, indented with &nbsp; and full-width spaces; every heading split over <b> fragments ("<b>二、重</b>
#   <b><font>点行动</font></b>", "<b>（一）建设</b><b>…</b>") — the fragments are one heading, the task title its words after the
#   number up to the first 。.
# Outline: preamble (no task); 一、总体目标 = two dated lines → goals "到2026年底" (3 targets, due 2026) and "到2028年" (9: the
#   growth rate beside its level a target of its own; "其中规模以上企业30家" a part of the 100家, parent the one before);
#   二、重点行动 tasks （一）–（十四）, each one <br> line "（N）标题。正文（牵头单位：X；配合单位：Y、Z）" → lead X, supporting Y Z
#   (（十二） two leads); 三、保障措施 （一）–（四） → safeguard tasks, two annotated the same way.
# Targets: a task holding figures is also a goal titled like the task (text = title + body without the annotation), due 2028
#   unless dated: "2026年新增智能算力300P" → 2026 (new power, not the goals' total: its own target, flow); "三年引进…500名" → flow
#   due 2028; 每年… → per-year; 2万人次 → 20000. "建成智能工厂20家、数字化车间100个" two targets. Not targets: 每年安排不少于5000万元
#   (a budget, in a safeguard); 季度调度 / 年度评估 (rhythm); A级景区…全覆盖 (no figure).
# Agencies: every body as the annotations print it (市X), full names with 蓼州市 / 中共蓼州市委; 各县（市、区）人民政府 one
#   collective; the footer's 承办单位 蓼州市数据局 is chrome (no role); "专班办公室设在市发展改革委" assigns no role.
"""
