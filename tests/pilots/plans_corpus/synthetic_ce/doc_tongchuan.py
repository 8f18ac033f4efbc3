# ruff: noqa: E501  (plan text as the office writes it)
"""桐川市加快推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_ce). The city news app's copy saved as .txt:
the app header ("桐川新闻 2026-03-12 10:23 发布于安徽"), the article's headline, the reporter's lead paragraphs ("记者从市政府
办公室获悉…", with the plan's figures and a department head's words), "全文如下：", the plan, then 来源 / 责任编辑 lines and
"网友评论" with readers' comments (some with figures and agency names) and their like counts.

The plan: preamble; 一、总体要求 (a guiding paragraph); 二、主要目标 = two dated paragraphs "到2026年底，…" / "到2027年底，…";
三、重点任务 = four groups （一）–（四） of items 1.–12. NUMBERED ON across the groups, each "N.标题。正文（市X牵头，市Y、市Z配合）"
or "（各县区人民政府，市X按职责分工负责）"; 四、保障措施 （一）–（四）, one of them annotated."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "tongchuan-ai-plus-implementation-news-app-2026-synthetic"
KIND = "txt"

# printed form → (code, full name, category)
A = {
    "市发展改革委": ("fgw", "桐川市发展和改革委员会", "development_reform"),
    "市经济和信息化局": ("jxj", "桐川市经济和信息化局", "industry_it"),
    "市数据资源局": ("sjj", "桐川市数据资源管理局", "big_data"),
    "市财政局": ("czj", "桐川市财政局", "finance"),
    "市科技局": ("kjj", "桐川市科学技术局", "science_technology"),
    "市投资促进局": ("tcj", "桐川市投资促进局", "commerce"),
    "市农业农村局": ("nyj", "桐川市农业农村局", "agriculture"),
    "市卫生健康委": ("wjw", "桐川市卫生健康委员会", "health"),
    "市医保局": ("ybj", "桐川市医疗保障局", "health"),
    "市教育局": ("jyj", "桐川市教育局", "education"),
    "市民政局": ("mzj", "桐川市民政局", "civil_affairs"),
    "市城市管理局": ("cgj", "桐川市城市管理局", "housing_construction"),
    "市公安局": ("gaj", "桐川市公安局", "public_security"),
    "市人力资源社会保障局": ("rsj", "桐川市人力资源和社会保障局", "human_resources"),
    "市委组织部": ("zzb", "中共桐川市委组织部", "party_organisation"),
    "市委网信办": ("wxb", "中共桐川市委网络安全和信息化委员会办公室", "publicity"),
    "各县区人民政府": ("xq", "桐川市各县区人民政府", "local_government"),
    "桐川经开区管委会": ("jkq", "桐川经济技术开发区管理委员会", "park_administration"),
    "市统计局": ("tjj", "桐川市统计局", "statistics"),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "桐川市加快推进“人工智能+”行动实施方案（2026—2027年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tongchuan City (Anhui) implementation plan for the “AI+” action 2026–2027, as copied by the city news app — synthetic",
    "issuer": "桐川市人民政府办公室",
    "issued_on": "2026-03-09",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.txt",
}

PREAMBLE = "为贯彻落实国家和省关于深入实施“人工智能+”行动的部署要求，加快推动人工智能赋能产业转型和城市治理，培育发展新质生产力，结合我市实际，制定本方案。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，坚持场景驱动、应用为先、数据筑基、企业主体，以建设皖江北岸人工智能应用示范城市为目标，推动人工智能与先进制造、现代农业、公共服务和城市治理深度融合，为加快建设现代化桐川提供新动能。"
G1_TEXT = "到2026年底，全市人工智能核心产业规模达到80亿元，智能算力规模达到300P，打造“人工智能+”应用场景30个，“桐智办”政务服务智能助手覆盖市县两级政务服务事项。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        80,
        "人工智能核心产业规模达到80亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力规模", "P", "eq", 300, "智能算力规模达到300P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        30,
        "打造“人工智能+”应用场景30个",
        kind="application_scenarios",
    ),
]
G2_TEXT = "到2027年底，全市人工智能核心产业规模达到150亿元，智能算力规模突破600P，累计打造“人工智能+”应用场景80个，人工智能相关企业超过200家，其中规上企业60家，规上工业企业关键工序数控化率达到70%，人工智能赋能经济社会发展的格局基本形成。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        150,
        "人工智能核心产业规模达到150亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力规模", "P", "gt", 600, "智能算力规模突破600P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        80,
        "累计打造“人工智能+”应用场景80个",
        kind="application_scenarios",
    ),
    T("人工智能相关企业", "家", "gt", 200, "人工智能相关企业超过200家", kind="ai_enterprises"),
    T(
        "人工智能相关规上企业",
        "家",
        "eq",
        60,
        "其中规上企业60家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T("规上工业企业关键工序数控化率", "%", "eq", 70, "规上工业企业关键工序数控化率达到70%"),
]

# group: (numbering, title, items); item: (title, body, annotation, targets)
GROUPS = [
    (
        "（一）",
        "夯实人工智能发展底座",
        [
            (
                "建设城市智算中心",
                "加快推进桐川城市智算中心建设，2026年6月底前建成一期并投入运营，推动政务云、行业云算力资源统一纳管、协同调度，面向本地企业提供普惠算力服务。落实算力券政策，对中小企业使用智能算力服务按实际费用的20%给予补贴。",
                "（市发展改革委牵头，市数据资源局、市财政局配合）",
                [],
            ),
            (
                "推动数据资源汇聚开放",
                "完善一体化数据资源体系，推动公共数据应归尽归，新增开放公共数据集300个。围绕智能制造、现代农业、医疗健康等领域，建设行业高质量数据集15个。",
                "（市数据资源局牵头，市经济和信息化局、市农业农村局、市卫生健康委配合）",
                [
                    T(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        300,
                        "新增开放公共数据集300个",
                        aggregation="flow",
                    ),
                    T("行业高质量数据集", "个", "eq", 15, "建设行业高质量数据集15个"),
                ],
            ),
            (
                "培育壮大创新主体",
                "实施人工智能企业“育苗壮干”工程，新培育人工智能领域高新技术企业40家、省级专精特新中小企业20家。聚焦智能装备、智能网联汽车零部件等方向开展产业链招商，引进人工智能项目30个以上。",
                "（市经济和信息化局、市科技局牵头，市投资促进局、桐川经开区管委会配合）",
                [
                    T(
                        "新培育人工智能领域高新技术企业",
                        "家",
                        "eq",
                        40,
                        "新培育人工智能领域高新技术企业40家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                    T(
                        "新培育省级专精特新中小企业",
                        "家",
                        "eq",
                        20,
                        "省级专精特新中小企业20家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                    T(
                        "引进人工智能项目",
                        "个",
                        "gte",
                        30,
                        "引进人工智能项目30个以上",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推进产业智能化升级",
        [
            (
                "实施制造业智能化改造",
                "推动规上工业企业智能化改造和数字化转型全覆盖，每年实施智能化改造项目100个以上，建设省级智能工厂10家、数字化车间50个。推广工业质检、设备预测性维护等人工智能应用。",
                "（市经济和信息化局牵头，各县区人民政府、桐川经开区管委会配合）",
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "gte",
                        100,
                        "每年实施智能化改造项目100个以上",
                        per_year=True,
                    ),
                    T("省级智能工厂", "家", "eq", 10, "建设省级智能工厂10家"),
                    T("数字化车间", "个", "eq", 50, "数字化车间50个"),
                ],
            ),
            (
                "发展智慧农业",
                "推广植保无人机、智能农机、水肥一体化等智能装备，建设数字农业工厂和智慧农场20个，发展稻虾共作、设施蔬菜等特色产业智能化管理。",
                "（各县区人民政府，市农业农村局按职责分工负责）",
                [T("数字农业工厂和智慧农场", "个", "eq", 20, "建设数字农业工厂和智慧农场20个")],
            ),
            (
                "推动服务业智能化发展",
                "推动商贸、物流、金融等服务业应用智能客服、智能调度、智能风控等技术，培育智慧商圈2个、智慧物流园区3个。",
                "（市发展改革委牵头，市投资促进局配合）",
                [
                    T("智慧商圈", "个", "eq", 2, "培育智慧商圈2个"),
                    T("智慧物流园区", "个", "eq", 3, "智慧物流园区3个"),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "提升公共服务智能化水平",
        [
            (
                "打造“桐智办”政务服务",
                "上线“桐智办”政务服务智能助手，推动智能问答、智能填表、智能审批，2026年底前覆盖市县两级政务服务事项，到2027年底高频事项“免申即享”“秒批秒办”达到100项。",
                "（市数据资源局牵头，市级各部门配合）",
                [
                    T(
                        "高频事项“免申即享”“秒批秒办”",
                        "项",
                        "eq",
                        100,
                        "到2027年底高频事项“免申即享”“秒批秒办”达到100项",
                    )
                ],
            ),
            (
                "推进智慧医疗和智慧医保",
                "推广智能导诊、辅助诊断、影像智能识别等应用，二级以上公立医院全部接入市级医学影像智能诊断平台。推进医保智能审核和智能监控，医保基金智能审核覆盖率达到100%。",
                "（市卫生健康委、市医保局按职责分工负责）",
                [T("医保基金智能审核覆盖率", "%", "eq", 100, "医保基金智能审核覆盖率达到100%")],
            ),
            (
                "推进智慧教育和智慧养老",
                "开展人工智能教育普及行动，建设人工智能实验室（创新教室）100间。建设智慧养老服务平台，为1万名以上居家老年人提供智能监测和紧急呼叫服务。",
                "（市教育局、市民政局按职责分工负责）",
                [
                    T(
                        "人工智能实验室（创新教室）",
                        "间",
                        "eq",
                        100,
                        "建设人工智能实验室（创新教室）100间",
                    ),
                    T(
                        "获得智能监测和紧急呼叫服务的居家老年人",
                        "名",
                        "gte",
                        10000,
                        "为1万名以上居家老年人提供智能监测和紧急呼叫服务",
                    ),
                ],
            ),
            (
                "提升城市治理智能化水平",
                "推进城市运行管理服务平台智能化升级，拓展违规占道、垃圾满溢等智能识别场景，城市管理问题智能发现率达到60%。推进智慧安防小区建设，新建智慧安防小区200个。",
                "（市城市管理局、市公安局按职责分工负责）",
                [
                    T("城市管理问题智能发现率", "%", "eq", 60, "城市管理问题智能发现率达到60%"),
                    T(
                        "新建智慧安防小区",
                        "个",
                        "eq",
                        200,
                        "新建智慧安防小区200个",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "优化人工智能发展环境",
        [
            (
                "加强人才引育",
                "将人工智能人才纳入“桐川英才”计划重点支持范围，引进人工智能领域急需紧缺人才500名，每年培训数字技能人才5000人次。",
                "（市委组织部牵头，市人力资源社会保障局、市教育局配合）",
                [
                    T(
                        "引进人工智能领域急需紧缺人才",
                        "名",
                        "eq",
                        500,
                        "引进人工智能领域急需紧缺人才500名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "培训数字技能人才",
                        "人次",
                        "eq",
                        5000,
                        "每年培训数字技能人才5000人次",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
            (
                "强化安全保障",
                "落实网络安全等级保护和数据安全管理制度，加强人工智能生成内容标识管理，开展人工智能安全风险排查，防范化解数据泄露、算法滥用等风险。",
                "（市委网信办牵头，市公安局、市数据资源局配合）",
                [],
            ),
        ],
    ),
]

# (title, body, annotation)
SAFEGUARDS = [
    (
        "加强统筹协调",
        "建立由市政府主要负责同志任组长的“人工智能+”行动推进机制，办公室设在市发展改革委，统筹推进重大事项、重大项目和重大政策。",
        "",
    ),
    (
        "加大资金支持",
        "市级财政每年安排不低于1亿元资金支持人工智能发展，统筹用好中央和省级各类专项资金，引导金融机构加大对人工智能企业的信贷投放。",
        "（市财政局、市发展改革委按职责分工负责）",
    ),
    (
        "强化监测评估",
        "建立人工智能产业统计监测体系，定期开展运行分析和评估，及时协调解决推进中的问题。",
        "（市统计局、市经济和信息化局按职责分工负责）",
    ),
    (
        "营造良好氛围",
        "加强政策解读和典型案例宣传，举办人工智能应用场景发布会、供需对接会等活动，营造全社会支持人工智能发展的良好氛围。",
        "",
    ),
]

GENERIC = {"市级各部门"}


def roles(annotation):
    """ "（X、Y牵头，Z配合）" → lead X Y, supporting Z; "（X、Y按职责分工负责）" / "（X，Y按职责分工负责）" → all responsible."""
    inner = annotation.strip("（）")
    lead, sup, resp = [], [], []

    def codes(names):
        return [A[n][0] for n in names.replace("，", "、").split("、") if n not in GENERIC]

    if inner.endswith("按职责分工负责"):
        resp = codes(inner.removesuffix("按职责分工负责"))
    else:
        head, tail = inner.split("牵头，")
        lead = codes(head)
        sup = codes(tail.removesuffix("配合"))
    return lead, sup, resp


def _build():
    lines = [
        TITLE,
        "",
        PREAMBLE,
        "一、总体要求",
        GUIDE,
        "二、主要目标",
        G1_TEXT,
        G2_TEXT,
        "三、重点任务",
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    for t in G1:
        t.deadline = 2026  # "到2026年底，…"
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年底", G2_TEXT, G2)]
    sections, n = [], 0
    for gno, gtitle, items in GROUPS:
        lines.append(f"{gno}{gtitle}")
        tasks = []
        for title, body, ann, targets in items:
            n += 1
            no = f"{n}."
            lines.append(f"{no}{title}。{body}{ann}")
            lead, sup, resp = roles(ann)
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{ann}",
                    lead=lead,
                    supporting=sup,
                    responsible=resp,
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        sections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    lines.append("四、保障措施")
    sg = []
    for i, (title, body, ann) in enumerate(SAFEGUARDS):
        no = f"（{'一二三四'[i]}）"
        lines.append(f"{no}{title}。{body}{ann}")
        lead, sup, resp = roles(ann) if ann else ([], [], [])
        sg.append(
            Task(no, title, f"{title}。{body}{ann}", lead=lead, supporting=sup, responsible=resp)
        )
    top = [
        Section("三", "三、", "重点任务", "key_task", sections=sections),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return lines, goals, top


PLAN_LINES, GOALS, SECTIONS = _build()

HEAD = """桐川新闻 2026-03-12 10:23 发布于安徽

到2027年，AI核心产业规模达150亿元！桐川“人工智能+”实施方案出炉

桐川日报全媒体记者 汪可欣 通讯员 吴思远

记者从市政府办公室获悉，近日，《桐川市加快推进“人工智能+”行动实施方案（2026—2027年）》（以下简称《方案》）正式印发。《方案》明确，到2027年底，全市人工智能核心产业规模达到150亿元，智能算力规模突破600P，累计打造“人工智能+”应用场景80个。

“今年我们将重点抓好城市智算中心一期投运和‘桐智办’上线两件事。”市数据资源局相关负责人介绍，截至2025年底，全市已归集公共数据21亿条，开放数据集460个，为人工智能应用打下了良好基础。下一步，该局将会同市经济和信息化局每季度发布一批应用场景清单，力争全年新增场景不少于10个。

全文如下：
"""

TAIL = """
来源：桐川日报
责任编辑：方晓琳
审核：程立新

网友评论（36）

桐川老街坊：希望“桐智办”早点上线，我们老年人办社保、医保能少跑几趟！
👍 328

小满不满：智算中心6月底前就能建成？期待！另外市医保局的智能审核别把正常报销卡住了😂
👍 156

江北打工人：每年培训5000人次，报名渠道在哪里？市人社局能不能发个通知
👍 97

桐花落：200家AI企业有点难吧，现在全市才七八十家
👍 64

数据搬运工：建议市数据资源局把开放数据集目录也放到APP上，方便查询
👍 41

查看更多评论 >

打开桐川新闻APP，阅读体验更佳
"""

TEXT = HEAD + "\n" + "\n".join(PLAN_LINES) + "\n\n桐川市人民政府办公室\n2026年3月9日\n" + TAIL

AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "tongchuan-anhui-city",
        "name": "桐川市",
        "name_en": "Tongchuan City (Anhui, invented)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 桐川市加快推进“人工智能+”行动实施方案（2026—2027年） (桐川市人民政府办公室, 2026-03-09) as copied by the city news app
#   桐川新闻 on 2026-03-12 (saved as .txt)
# — SYNTHETIC (synthetic_ce): WRITTEN by the collector (helper blindCE, 2026-12-07) before reading or running the importer; the
#   place, the app, the document and its figures are invented. Built by make_files.py from doc_tongchuan.py (.txt, UTF-8).
# Zone tongchuan-anhui-city (an invented prefecture-level city of 安徽) → city level; period 2026–2027.
# WHAT IS THE PLAN: the lines after "全文如下：" up to the signature (桐川市人民政府办公室 / 2026年3月9日). Left out: the app header
#   and headline, the reporter's lead (its 150亿元 / 600P / 80个 restate the goals; 21亿条 and 460个 are 2025 baselines; "每季度发布
#   一批应用场景清单，力争全年新增场景不少于10个" is a department head's plan as reported, not the plan's text; 市数据资源局 and 市经济
#   和信息化局 named there take no role from it), 来源 / 责任编辑 / 审核, and 网友评论 (readers' figures, agency names and like counts).
# Outline: preamble; 一、总体要求 (a guiding paragraph, no task); 二、主要目标 = "到2026年底，…" (3 targets, due 2026) and "到2027年底，…"
#   (6, due 2027) → goals titled by their date phrases; 三、重点任务 = groups （一）–（四） (key_task sections nested in 三、) of items
#   1.–12. numbered on across the groups (tasks); 四、保障措施 （一）–（四） (safeguard tasks, two annotated).
# Tasks: title = the phrase before the first 。; text = title + body + annotation, without the number. Every item holding figures is
#   also a goal titled like it (text = title + body), numbered like it.
# Roles: "（X、Y牵头，Z、W配合）" → X Y lead, Z W supporting; "（X，Y按职责分工负责）" / "（X、Y按职责分工负责）" → all responsible.
#   各县区人民政府 → ONE collective; 桐川经开区管委会 a park administration; 市级各部门 generic → no agency (item 7 has its lead alone).
# Targets: an item's figure with no year is due 2027 (plan end); "到2027年底…达到100项" (item 7) 2027. 2026年6月底前建成一期 and
#   "2026年底前覆盖市县两级政务服务事项" carry no figure. 其中规上企业60家 → part of 超过200家 (parent). 累计打造…80个 (2027) is its own
#   target beside 打造…30个 (2026): another deadline. 新增 / 新培育 / 引进 / 新建 counts → flow; 每年… → per-year flow; the rest stock.
#   "为1万名以上居家老年人提供…服务" → 10000 名 gte (people served, stock). Not targets: 按实际费用的20%给予补贴 (a subsidy rate), 每年
#   安排不低于1亿元资金 (an annual budget, safeguard).
"""
