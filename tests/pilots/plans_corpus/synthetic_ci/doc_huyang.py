# ruff: noqa: E501  (plan text as the offices write it)
"""滹阳市“人工智能+”行动计划（2026—2027年） — INVENTED (synthetic_ci). The city government's 公文 (滹政字〔2026〕12号) scanned,
its text recognised by an OCR editor and saved as .docx (paragraphs rebuilt: a paragraph cut where the paper's page ended, the
paper's page number left as a paragraph between), then printed to PDF by LibreOffice, as county and city sites publish "PDF
rebuilt from OCR". The notice (signature, the seal's words as a stray spaced line, date), the plan: preamble, 一、总体要求 (a
guiding paragraph, one dated goal paragraph "到2027年，…" with a 其中 figure), 二、重点任务 = four groups （一）–（四） of items
1．–15． numbered on, each one paragraph closing on "（市X牵头，市Y、Z配合）" / "（X负责）" / "（市X、市Y按职责分工负责）", 三、保障措施
（一）–（四） unannotated. The OCR's mix here: the document's NUMBERING misread (一、→—、, 二、→二., 三、→三，, （二）→（ 二 ）,
（三）→(三）, （四）→〈四〉, 1．→1. / 1，, 10．→l0.), 十 for + in one group heading and in prose, digits read as letters in some
figures (6O亿元, 5OOP, l5家, l00个, 3OOP, l2OO个, 3OOO人次), 2O27 once, a misread character or two in prose (己, 曰, 末) — none
in an agency's name or a unit."""

from ocr_layout import Builder, Layout
from synthetic_model import Agency

SLUG = "huyang-ai-plus-action-2026-synthetic"
KIND = "pdf"

A = {
    "fgw": ("滹阳市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "sjj": ("滹阳市数据和政务服务局", "government_services", ["市数据和政务服务局"]),
    "czj": ("滹阳市财政局", "finance", ["市财政局"]),
    "kfq": ("滹阳经济开发区管理委员会", "park_administration", ["滹阳经济开发区管委会"]),
    "gxj": ("滹阳市工业和信息化局", "industry_it", ["市工信局"]),
    "xs": ("滹阳市各县（市、区）人民政府", "local_government", ["各县（市、区）人民政府"]),
    "kjj": ("滹阳市科学技术局", "science_technology", ["市科技局"]),
    "nyj": ("滹阳市农业农村局", "agriculture", ["市农业农村局"]),
    "jtj": ("滹阳市交通运输局", "transport", ["市交通运输局"]),
    "gaj": ("滹阳市公安局", "public_security", ["市公安局"]),
    "swj": ("滹阳市商务局", "commerce", ["市商务局"]),
    "wjw": ("滹阳市卫生健康委员会", "health", ["市卫生健康委"]),
    "jyj": ("滹阳市教育局", "education", ["市教育局"]),
    "cgj": ("滹阳市城市管理综合行政执法局", "housing_construction", ["市城管执法局"]),
    "sthj": ("滹阳市生态环境局", "ecology_environment", ["市生态环境局"]),
    "zzb": ("中共滹阳市委组织部", "party_organisation", ["市委组织部"]),
    "rsj": ("滹阳市人力资源和社会保障局", "human_resources", ["市人社局"]),
    "jrb": ("中共滹阳市委金融委员会办公室", "financial_regulation", ["市委金融办"]),
    "rhw": ("中国人民银行滹阳市分行", "financial_regulation", ["人民银行滹阳市分行"]),
}

TITLE = "滹阳市“人工智能+”行动计划（2026—2027年）"
DOC_NUMBER = "滹政字〔2026〕12号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Huyang City (Hebei) “AI+” action plan 2026–2027 — synthetic, a PDF rebuilt from the OCR of a scan",
    "issuer": "滹阳市人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-02",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027],
    "source_file": f"{SLUG}.pdf",
}


def T(phrase, metric, unit, comp, value, **kw):
    return (phrase, (metric, unit, comp, value), kw)


D = Builder()
D.add("head", "滹阳市人民政府文件")
D.add("plain", "滹政字〔2026〕12号")
D.add("title", "滹阳市人民政府\n关于印发滹阳市“人工智能+”行动计划\n（2026—2027年）的通知")
D.add("plain", "各县（市、区）人民政府，滹阳经济开发区管委会，市政府各部门：")
D.add(
    "p",
    "现将《滹阳市“人工智能+”行动计划（2026—2027年）》印发给你们，请结合实际，认真贯彻执行。执行中遇到的问题，请及时报市发展改革委。",
)
D.add("right", "滹阳市人民政府")
D.add("stray", "滹 阳 市 人 民 政 府")
D.add("right", "2026年4月2{日|曰}")
D.add("plain", "（此件公开发布）")
D.add("title", "滹阳市“人工智能+”行动计划\n（2026—2027年）")
D.add(
    "p",
    "为抢抓人工智能发展重大机遇，加快推动人工智能赋能千行百业，培育发展新质生产力，根据国家和省关于深入实施“人工智能+”行动的部署要求，结合我市实际，制定本行动计划。",
)
D.add("h1", "{一、|—、}总体要求")
D.add(
    "p",
    "以习近平新时代中国特色社会主义思想为指导，坚持需求牵引、场景驱动、数据赋能、生态培育，以装备制造、新型建材、食品加工等主导产业智能化升级为主攻方向，统筹推进算力、数据、模型、场景协同发展，着力构建具有滹阳特色的人工智能产业体系和应用体系，打造京津冀地区有影响力的人工智能应用示范城市。",
)
D.add(
    "p",
    "近年来，全市数字经济加快发展，{2025|2O25}年人工智能核心产业规模达到32亿元，建成智能算力180P，培育人工智能企业46家，装备制造、食品加工等行业涌现出一批智能工厂和数字化车间，但也存在产业规模偏小、创新能力不强、应用场景开放不足等短板。",
)
D.goal_paragraph(
    "到{2027|2O27}年，全市人工智能核心产业规模突破{60|6O}亿元，智能算力规模达到{500|5OO}P，培育人工智能骨干企业{15|l5}家、“专精特新”人工智能企业30家，打造“人工智能{+|十}”典型应用场景{100|l00}个，规模以上工业企业关键工序数控化率达到68%，建成省级以上智能工厂和数字化车间40个，其中省级智能工厂8个，人工智能赋能经济社会发展取得明显成效。",
    "到{2027|2O27}年",
    [
        T(
            "人工智能核心产业规模突破{60|6O}亿元",
            "人工智能核心产业规模",
            "亿元",
            "gt",
            60,
            kind="ai_industry_scale",
        ),
        T("智能算力规模达到{500|5OO}P", "智能算力规模", "P", "eq", 500, kind="computing_power"),
        T(
            "培育人工智能骨干企业{15|l5}家",
            "人工智能骨干企业",
            "家",
            "eq",
            15,
            kind="ai_enterprises",
        ),
        T(
            "“专精特新”人工智能企业30家",
            "“专精特新”人工智能企业",
            "家",
            "eq",
            30,
            kind="ai_enterprises",
        ),
        T(
            "打造“人工智能{+|十}”典型应用场景{100|l00}个",
            "“人工智能+”典型应用场景",
            "个",
            "eq",
            100,
            kind="application_scenarios",
        ),
        T(
            "规模以上工业企业关键工序数控化率达到68%",
            "规模以上工业企业关键工序数控化率",
            "%",
            "eq",
            68,
        ),
        T("建成省级以上智能工厂和数字化车间40个", "省级以上智能工厂和数字化车间", "个", "eq", 40),
        T("其中省级智能工厂8个", "省级智能工厂", "个", "eq", 8, parent="PREV"),
    ],
)
S2 = D.section("二", "二、", "{二、|二.}", "重点任务")
G1 = D.section("一", "（一）", "（一）", "夯实智能基础底座", block="h2", parent=S2)
D.task(
    G1,
    "1．",
    "1.",
    "建设绿色智能算力中心",
    "依托滹阳经济开发区数据中心集聚区，建设城市智能算力中心，新增智能算力{300|3OO}P，推动算力资源统一调度、普惠共享。落实算力券政策，对企业购买智能算力服务给予不超过30%的补贴，降低中小企业用算成本。",
    "（市发展改革委牵头，市数据和政务服务局、市财政局、滹阳经济开发区管委会配合）",
    lead=["fgw"],
    supporting=["sjj", "czj", "kfq"],
    targets=[
        T(
            "新增智能算力{300|3OO}P",
            "新增智能算力",
            "P",
            "eq",
            300,
            aggregation="flow",
            kind="computing_power",
        )
    ],
)
D.task(
    G1,
    "2．",
    "2，",
    "推进数据资源开发利用",
    "建设市级公共数据授权运营平台，推动交通、医疗、社保等领域公共数据授权运营，建设装备制造、现代农业、城市治理等行业高质量数据集20个，培育数据商和第三方专业服务机构10家以上。",
    "（市数据和政务服务局牵头，市发展改革委、市工信局配合）",
    lead=["sjj"],
    supporting=["fgw", "gxj"],
    targets=[
        T("行业高质量数据集20个", "行业高质量数据集", "个", "eq", 20),
        T("培育数据商和第三方专业服务机构10家以上", "数据商和第三方专业服务机构", "家", "gte", 10),
    ],
)
D.task(
    G1,
    "3．",
    "3.",
    "提升网络基础设施水平",
    "加快5G网络向重点产业园区、交通枢纽和农村地区延伸覆盖，新建5G基站{1200|l2OO}个，实现重点工业园区千兆光网全覆盖，推进IPv6规模部署和工业互联网标识解析节点建设。",
    "（市工信局牵头，各县（市、区）人民政府配合）",
    lead=["gxj"],
    supporting=["xs"],
    targets=[T("新建5G基站{1200|l2OO}个", "新建5G基站", "个", "eq", 1200, aggregation="flow")],
)
G2 = D.section("二", "（二）", "（~二~）", "推动人工智能赋能制造业", block="h2", parent=S2)
D.task(
    G2,
    "4．",
    "4.",
    "实施智能制造升级工程",
    "聚焦装备制造、新型建材、食品加工、纺织服装等主导产业，每年实施智能化改造项目100项以上，推广机器视觉质检、智能排产、设备预测性维护等应用，推动企业从单点应用向全流程智能化转变。",
    "（市工信局牵头，市发展改革委、市财政局配合）",
    lead=["gxj"],
    supporting=["fgw", "czj"],
    targets=[
        T("每年实施智能化改造项目100项以上", "智能化改造项目", "项", "gte", 100, per_year=True)
    ],
)
D.task(
    G2,
    "5．",
    "5，",
    "培育工业大模型应用",
    "支持龙头企业联合高校和科研机构开发装备制造、新型建材行业垂直大模型，在研发设计、生产调度、质量检测、供应链管理等环节深度应用，打造工业大模型应用标杆项目10个。",
    "（市工信局、市科技局牵头，各县（市、区）人民政府配合）",
    lead=["gxj", "kjj"],
    supporting=["xs"],
    targets=[T("打造工业大模型应用标杆项目10个", "工业大模型应用标杆项目", "个", "eq", 10)],
)
D.task(
    G2,
    "6．",
    "6.",
    "壮大人工智能产业集群",
    "依托滹阳经济开发区建设人工智能产业园，引进培育智能装备、智能传感器、服务机器人等企业，{未|末}来两年集中招引一批带动性强的重点项目，到2027年园区入驻企业达到80家。",
    "（滹阳经济开发区管委会负责）",
    responsible=["kfq"],
    targets=[T("到2027年园区入驻企业达到80家", "人工智能产业园入驻企业", "家", "eq", 80)],
)
G3 = D.section("三", "（三）", "(三）", "拓展“人工智能{+|十}”应用场景", block="h2", parent=S2)
D.task(
    G3,
    "7．",
    "7.",
    "推进智慧农业发展",
    "建设全市农业农村大数据平台，推广智能灌溉、农机北斗导航和病虫害智能识别等技术，建设数字农业示范园区15个，提升粮食和特色农产品生产智能化水平。",
    "（市农业农村局牵头，各县（市、区）人民政府配合）",
    lead=["nyj"],
    supporting=["xs"],
    targets=[T("建设数字农业示范园区15个", "数字农业示范园区", "个", "eq", 15)],
)
D.task(
    G3,
    "8．",
    "8，",
    "发展智慧交通物流",
    "建设城市交通大脑，优化信号灯智能配时，主城区重点路口智能信号控制覆盖率达到90%，推动物流园区智能分拣、无人配送等应用，降低社会物流成本。",
    "（市交通运输局牵头，市公安局、市商务局配合）",
    lead=["jtj"],
    supporting=["gaj", "swj"],
    targets=[
        T(
            "主城区重点路口智能信号控制覆盖率达到90%",
            "主城区重点路口智能信号控制覆盖率",
            "%",
            "eq",
            90,
        )
    ],
)
D.task(
    G3,
    "9．",
    "9.",
    "推进智慧医疗和智慧教育",
    "推广AI辅助诊断、智能导诊和健康管理服务，二级以上公立医院人工智能辅助诊断应用覆盖率达到100%；建设人工智能教育基地校50所，在中小学开展人工智能通识教育。",
    "（市卫生健康委、市教育局按职责分工负责）",
    responsible=["wjw", "jyj"],
    targets=[
        T(
            "二级以上公立医院人工智能辅助诊断应用覆盖率达到100%",
            "二级以上公立医院人工智能辅助诊断应用覆盖率",
            "%",
            "eq",
            100,
        ),
        T("建设人工智能教育基地校50所", "人工智能教育基地校", "所", "eq", 50),
    ],
)
D.task(
    G3,
    "10．",
    "l0.",
    "提升城市智能治理水平",
    "建设城市运行管理服务平台，推广AI视频识别在占道经营、渣土运输、河湖巡查等场景的应用，打造城市治理智能应用场景20个，实现问题智能发现、自动派单、闭环处置。",
    "（市城管执法局牵头，市生态环境局、市公安局配合）",
    lead=["cgj"],
    supporting=["sthj", "gaj"],
    targets=[
        T(
            "打造城市治理智能应用场景20个",
            "城市治理智能应用场景",
            "个",
            "eq",
            20,
            kind="application_scenarios",
        )
    ],
)
D.task(
    G3,
    "11．",
    "11，",
    "推动政务服务智能化",
    "上线“滹阳政务智能助手”，实现政务服务事项智能咨询、智能填表、智能审批，企业和群众办事材料平均精简40%以上，{已|己}有线下窗口全面提供智能引导服务。",
    "（市数据和政务服务局负责）",
    responsible=["sjj"],
    targets=[T("办事材料平均精简40%以上", "企业和群众办事材料平均精简", "%", "gte", 40)],
)
G4 = D.section("四", "（四）", "〈四〉", "优化产业发展生态", block="h2", parent=S2)
D.task(
    G4,
    "12．",
    "12.",
    "加强创新平台建设",
    "支持企业、高校共建人工智能重点实验室、技术创新中心和中试基地，新增省级以上人工智能创新平台5个，推动创新成果在本地转化应用。",
    "（市科技局牵头，市工信局配合）",
    lead=["kjj"],
    supporting=["gxj"],
    targets=[
        T(
            "新增省级以上人工智能创新平台5个",
            "新增省级以上人工智能创新平台",
            "个",
            "eq",
            5,
            aggregation="flow",
            kind="innovation_platforms",
        )
    ],
)
D.task(
    G4,
    "13．",
    "13.",
    "加强人才引育",
    "实施“滹阳英才”人工智能人才专项，引进人工智能领域高层次人才50名，每年培训数字技能人才{3000|3OOO}人次，支持职业院校开设人工智能相关专业。",
    "（市委组织部、市人社局牵头，市教育局、市科技局配合）",
    lead=["zzb", "rsj"],
    supporting=["jyj", "kjj"],
    targets=[
        T(
            "引进人工智能领域高层次人才50名",
            "引进人工智能领域高层次人才",
            "名",
            "eq",
            50,
            aggregation="flow",
            kind="talent",
        ),
        T(
            "每年培训数字技能人才{3000|3OOO}人次",
            "培训数字技能人才",
            "人次",
            "eq",
            3000,
            per_year=True,
            kind="talent",
        ),
    ],
)
D.task(
    G4,
    "14．",
    "14，",
    "强化金融支持",
    "设立规模10亿元的人工智能产业基金，引导金融机构开发“AI贷”等专属信贷产品，支持符合条件的人工智能企业上市挂牌融资。",
    "（市财政局、市委金融办牵头，人民银行滹阳市分行配合）",
    lead=["czj", "jrb"],
    supporting=["rhw"],
)
D.task(
    G4,
    "15．",
    "15.",
    "深化京津冀协同合作",
    "主动对接京津人工智能创新资源，与京津高校、科研院所和龙头企业共建人工智能协同创新平台3个，每年举办人工智能产业对接活动不少于4场，承接一批京津人工智能成果在我市转化落地。",
    "（市发展改革委牵头，市商务局、市科技局配合）",
    lead=["fgw"],
    supporting=["swj", "kjj"],
    targets=[
        T(
            "共建人工智能协同创新平台3个",
            "人工智能协同创新平台",
            "个",
            "eq",
            3,
            kind="innovation_platforms",
        ),
        T(
            "每年举办人工智能产业对接活动不少于4场",
            "人工智能产业对接活动",
            "场",
            "gte",
            4,
            per_year=True,
        ),
    ],
)
S3 = D.section("三", "三、", "{三、|三，}", "保障措施", kind="safeguard")
for num, num_ocr, title, rest in (
    (
        "（一）",
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动工作专班，由市政府主要领导任组长，统筹推进全市人工智能发展工作，研究解决重大问题。专班办公室设在市发展改革委，负责日常工作。",
    ),
    (
        "（二）",
        "（二）",
        "强化政策支持",
        "统筹用好各级专项资金，市财政每年安排人工智能发展专项资金1亿元，重点支持算力设施、场景开放和创新平台建设。落实好国家和省各项税收优惠政策。",
    ),
    (
        "（三）",
        "(三)",
        "强化安全保障",
        "落实网络安全和数据安全主体责任，加强人工智能伦理审查和算法备案管理，防范化解技术应用风险。",
    ),
    (
        "（四）",
        "（四）",
        "强化督导落实",
        "建立任务清单和工作台账，定期调度通报工作进展，将本行动计划实施情况纳入对各县（市、区）和市直部门的年度考核。",
    ),
):
    D.task(S3, num, num_ocr, title, rest)
D.add("p", "本行动计划自印发之日起施行，由市发展改革委负责解释。")
D.add(
    "plain",
    "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民\n　　　法院，市人民检察院，滹阳军分区。",
)
D.add("plain", "滹阳市人民政府办公室　　　　　　2026年4月2{日|曰}印发")

PAGE_FORMS = ("- {} -", "— {} —")


def furniture(page):
    return [PAGE_FORMS[page % 2].format(page)]


def line_quirk(i, line):
    """Some printed lines read with a half-width comma and colon."""
    if i % 9 == 4:
        line = line.translate(str.maketrans({"，": ",", "：": ":"}))
    return line


LAYOUT = Layout(D.blocks, furniture=furniture, line_quirk=line_quirk)
PARAGRAPHS = LAYOUT.paragraphs()
# The corpus test drops "— N —" / "- N -" lines from a PDF's text: quotes without the furniture.
GOALS, SECTIONS = D.resolve(LAYOUT, furniture=False)

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "huyang-hebei-city",
        "name": "滹阳市",
        "name_en": "Huyang City (Hebei)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 滹阳市“人工智能+”行动计划（2026—2027年） (滹阳市人民政府, 滹政字〔2026〕12号, 2026-04-02)
# — SYNTHETIC (synthetic_ci): WRITTEN by the collector (helper blindCI, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_huyang.py: the OCR's text of the paper as an OCR editor
#   rebuilds it (.docx: paragraphs, one cut at each page end of the paper, the paper's page number a paragraph between) printed
#   to PDF by LibreOffice.
# Zone huyang-hebei-city (河北, an invented prefecture-level city) → city level; period 2026–2027.
# THE PAPER vs THE OCR: values, units, deadlines, NUMBERING and agency names are the PAPER's; every quote is the OCR's words as
#   the PDF reads, whitespace left out: "到2O27年", "6O亿元", "5OOP", "l5家", "l00个", "人工智能十", "3OOP", "l2OO个", "3OOO人次";
#   the numbering the OCR misread is recorded as the paper prints it: "—、" → 一、 (no section: 总体要求 holds no task), "二." →
#   二、, "三，" → 三、, "（ 二 ）" → （二）, "(三）" → （三）, "〈四〉" → （四）, "1." / "2，" → 1． / 2．, "l0." → 10．. The group
#   heading "拓展“人工智能十”应用场景" is quoted as read (its 十 is the paper's +). The paper's page numbers ("- 2 -", "— 3 —") stand
#   in the PDF as lines of their own; the corpus test drops such lines from a PDF, so no quote holds them.
# Outline: notice (addressee, one paragraph, signature, the seal's words as a stray spaced line "滹 阳 市 人 民 政 府", date, 公开
#   note); the plan's title, preamble; 一、总体要求 = a guiding paragraph and a dated goal paragraph → goal "到2O27年" (8 targets, the
#   last a 其中 part of the one before); 二、重点任务 = groups （一）–（四） (sections nested in 二、) of items 1．–15． numbered on, each
#   one paragraph "N．标题。正文（annotation）" → a task (title = words before the first 。, text = title + body + annotation);
#   三、保障措施 （一）–（四） → safeguard tasks, no roles.
# Roles: "（X牵头，Y、Z配合）" → X lead (two leads in 5., 13., 14.), Y Z supporting; "（X负责）" and "（X、Y按职责分工负责）" →
#   responsible; 各县（市、区）人民政府 one collective; 滹阳经济开发区管委会 the zone's 管理委员会 (park_administration); 市委金融办 and
#   人民银行滹阳市分行 as printed. The notice's "请及时报市发展改革委" and the safeguard's "专班办公室设在市发展改革委，负责日常工作" → no role.
# Targets: 每年… → per-year flow; 新增 / 新建 / 引进 counts → flow; 到2027年园区入驻企业达到80家 (6.) due 2027 like every task figure
#   (the plan's end). Not targets: 不超过30%的补贴 (a subsidy rate), 设立规模10亿元的…基金 (a fund being set up), 每年安排…1亿元 (a
#   budget, in a safeguard), 全覆盖 (no figure). 新增智能算力300P is not the goals' 智能算力规模500P; 场景20个 (10.) is not the goals'
#   100个.
# Every task holding figures is also a goal titled like the task (text = title + body, without number and annotation).
"""
