# ruff: noqa: E501  (guide text as the office writes it)
"""翠屿区落实支持人工智能产业发展若干政策措施实施细则（2026年度申报指南） — INVENTED (synthetic_cn). Built as .docx and printed
to PDF by LibreOffice: a district's rules for paying out its city's 若干政策措施 (synthetic_cn's 汐浦市) with its own top-up. It
quotes the CITY's goal (another level, no target), states its year's money (区财政安排…3000万元, 市区5∶5) and ONE figure the district
commits to (拟支持…示范应用项目15个左右), then 二、通用申报条件 (thresholds), 三、支持事项及标准 （一）–（七） — each item a heading
"（N）名称（对应《若干措施》第X条）" over labelled lines 1.申报条件 / 2.支持标准 / 3.申报材料 / 4.受理部门：X；审核部门：Y、Z — four
申报程序 steps with their 时限 (5个工作日内, 15个工作日内, 公示5个工作日, 30个工作日内), 有关要求 (追回, 三年内不得申报), and a 联系方式 table
(事项 | 受理部门 | 联系人 | 联系电话)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "cuiyu-ai-policy-implementation-guide-2026-synthetic"
KIND = "pdf"

# printed form → (code, full name, category)
A = {
    "区数据管理局": ("sjj", "汐浦市翠屿区数据管理局", "big_data"),
    "区财政局": ("czj", "汐浦市翠屿区财政局", "finance"),
    "区工信局": ("gxj", "汐浦市翠屿区工业和信息化局", "industry_it"),
    "区委网信办": ("wxb", "中共汐浦市翠屿区委网络安全和信息化委员会办公室", "publicity"),
    "区科技局": ("kjj", "汐浦市翠屿区科学技术局", "science_technology"),
    "项目所在街道（镇）": ("jz", "汐浦市翠屿区各街道办事处、镇人民政府", "local_government"),
    "区统计局": ("tjj", "汐浦市翠屿区统计局", "statistics"),
    "翠屿软件园管委会": ("rjy", "汐浦市翠屿软件园管理委员会", "park_administration"),
    "区委人才办": ("rcb", "中共汐浦市翠屿区委人才工作领导小组办公室", "party_organisation"),
    "区人社局": ("rsj", "汐浦市翠屿区人力资源和社会保障局", "human_resources"),
}
# the issuers sign with their full names
MORE_ALIASES = {"gxj": ["翠屿区工业和信息化局"], "czj": ["翠屿区财政局"]}
AGENCIES = [
    Agency(code, name, [printed, *MORE_ALIASES.get(code, [])], cat)
    for printed, (code, name, cat) in A.items()
]
CODE = {printed: code for printed, (code, _, _) in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "翠屿区落实支持人工智能产业发展若干政策措施实施细则（2026年度申报指南）"
DOC_NUMBER = "翠工信〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Cuiyu District (Xipu, Fujian) implementing rules and 2026 application guide for the AI support measures — synthetic",
    "issuer": "翠屿区工业和信息化局、翠屿区财政局",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-20",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = "各街道办事处、镇人民政府，区直有关单位，各有关企业："
NOTICE_BODY = "为抓好《汐浦市支持人工智能产业发展的若干政策措施》（汐政办〔2026〕11号）在我区的贯彻落实，经区政府同意，现将《翠屿区落实支持人工智能产业发展若干政策措施实施细则（2026年度申报指南）》印发给你们，请符合条件的企业和单位按要求做好申报工作。"

BASIS = "为贯彻落实《汐浦市支持人工智能产业发展的若干政策措施》（以下简称《若干措施》），助力实现全市“力争到2027年人工智能核心产业规模突破600亿元、智能算力规模达到8000P”的目标，进一步规范我区人工智能产业扶持资金的申报、审核和兑现工作，根据《若干措施》和有关财政资金管理规定，结合我区实际，制定本细则。"
SCOPE = "本细则所称人工智能产业扶持资金，是指由市级财政和区级财政按照5∶5比例共同承担，用于兑现《若干措施》在我区落地事项的专项资金。本细则适用于在翠屿区依法注册登记、具有独立法人资格，且财政收入、统计关系均在我区的企业、高校、科研机构和其他单位。"
YEAR_TEXT = "2026年度，区级财政安排人工智能产业扶持资金3000万元，与市级资金统筹使用，拟支持“人工智能+”示范应用项目15个左右，兑现算力补贴、企业成长奖励和人才补贴等事项。资金实行总额控制，申报金额超过年度预算的，按比例核减兑现。"
YEAR_TARGETS = [
    T(
        "支持“人工智能+”示范应用项目",
        "个",
        "approx",
        15,
        "拟支持“人工智能+”示范应用项目15个左右",
        kind="application_scenarios",
        aggregation="flow",
    )
]

PAYMENT = "《若干措施》在我区落地的事项实行“一次申报、市区联审、统一兑现”，企业通过区级受理渠道一次申报，市级资金和区级资金同步审核、分别拨付。同一企业同一事项符合市级、区级多项政策的，按照“就高不重复”原则给予支持；已享受“免申即享”的事项，不再重复申报。区级配套比例、标准与市级政策调整不一致的，以本细则为准。"

CONDITIONS = [
    "1.在翠屿区依法注册登记，具有独立法人资格，财政收入、统计关系均在翠屿区，且承诺自获得支持之日起5年内不迁离翠屿区；",
    "2.上年度营业收入不低于500万元（成立不满2年的初创企业和高校、科研机构不受此限）；",
    "3.财务管理制度健全，近三年内未发生重大安全、环保、质量事故，未被列入严重失信主体名单；",
    "4.同一项目已获得区级其他财政资金支持的，不得重复申报；同一企业同一年度获得区级扶持资金原则上不超过500万元。",
]

# item: (name, article of the 若干措施, 申报条件, 支持标准, 申报材料, 受理部门, 审核部门)
ITEMS = [
    (
        "智能算力使用补贴",
        "第二条",
        "2025年1月1日至2025年12月31日期间租用本市智算中心算力用于模型训练或推理，年度算力服务合同金额不低于20万元，且算力服务商已接入全省算力调度平台。",
        "在市级“算力券”补贴基础上，区级按照实际支付费用的10%给予叠加补贴，市、区合计补贴比例不超过50%，单个企业年度区级补贴最高50万元。",
        "（1）申报书；（2）算力服务合同及付款凭证、发票；（3）算力使用情况说明（含训练或推理任务、使用时长、算力规模）；（4）市级“算力券”兑现凭证。",
        ["区数据管理局"],
        ["区数据管理局", "区财政局"],
    ),
    (
        "数据产品交易奖励",
        "第三条",
        "2025年度在汐浦数据交易场所挂牌交易的数据产品，数据提供方年度交易额累计不低于50万元；或2025年度数据采购额超过50万元、采购数据用于模型训练的人工智能企业。",
        "在市级奖励基础上，区级对数据提供方按照年度交易额的5%给予叠加奖励，单个企业最高50万元；对数据采购方按照采购额的10%给予叠加补贴，单个企业最高30万元。",
        "（1）申报书；（2）数据交易场所出具的交易凭证；（3）数据采购合同、发票及付款凭证；（4）数据产品合规评估报告。",
        ["区数据管理局"],
        ["区数据管理局", "区财政局"],
    ),
    (
        "大模型备案及应用奖励",
        "第四条",
        "2025年度通过国家生成式人工智能服务备案或登记的大模型产品；或在本区实现规模化应用、年度服务收入首次突破2000万元的行业大模型。",
        "备案奖励：在市级奖励基础上，区级给予一次性配套奖励30万元。应用奖励：按照年度服务收入的5%给予奖励，单个企业最高100万元。",
        "（1）申报书；（2）备案或登记证明材料；（3）经审计的年度服务收入专项说明及合同、发票；（4）应用案例说明。",
        ["区工信局"],
        ["区工信局", "区委网信办", "区财政局"],
    ),
    (
        "创新平台配套支持",
        "第五条",
        "2025年1月1日以后新获批建设的国家级、省级人工智能重点实验室、技术创新中心、制造业创新中心、概念验证中心和中试平台，依托单位注册在我区。",
        "在市级支持基础上，区级对国家级平台给予最高300万元配套支持，对省级平台给予最高100万元配套支持，按照建设进度分两期拨付。",
        "（1）申报书；（2）平台获批文件；（3）平台建设方案及投入情况说明；（4）依托单位与合作单位的共建协议。",
        ["区科技局"],
        ["区科技局", "区财政局"],
    ),
    (
        "“人工智能+”示范应用项目补助",
        "第七条",
        "项目于2025年1月1日以后建成并投入运行，软硬件投资额不低于200万元，在制造、港航、商贸、文旅、社会治理等领域具有示范推广价值，且已纳入全市“人工智能+”场景机会清单。",
        "经专家评审认定的示范应用项目，按照项目软硬件投资额的20%给予补助，单个项目最高200万元。年度支持数量原则上不超过20个，按评审得分从高到低确定。",
        "（1）申报书；（2）项目立项、验收材料；（3）软硬件投资合同、发票及付款凭证；（4）项目应用成效报告；（5）项目建设单位与应用单位签订的合作协议。",
        ["区工信局"],
        ["区工信局", "区科技局", "区财政局"],
    ),
    (
        "首台（套）产品奖励",
        "第八条",
        "2025年度经省级以上认定的人工智能首台（套）重大技术装备、首批次软件产品，且在认定后一年内实现销售，单台（套）销售价格不低于100万元。",
        "在市级奖励基础上，区级按照单台（套）销售价格的5%给予叠加奖励，单个企业年度区级奖励最高100万元；投保首台（套）保险的，区级按照保费的20%给予补贴，最高20万元。",
        "（1）申报书；（2）认定文件；（3）销售合同、发票及用户使用证明；（4）保险合同及保费支付凭证。",
        ["区工信局"],
        ["区工信局", "区财政局"],
    ),
    (
        "智能化改造补助",
        "第九条",
        "规上工业企业2025年度实施的智能化改造项目，设备和软件投资额超过500万元，项目已完成备案并竣工投产。",
        "在市级补助基础上，区级按照设备和软件投资额的8%给予叠加补助，单个企业最高300万元；获评市级智能化改造示范项目的，区级补助比例提高至10%。",
        "（1）申报书；（2）项目备案证明；（3）设备和软件购置合同、发票及付款凭证；（4）项目竣工投产证明；（5）第三方审计报告。",
        ["项目所在街道（镇）"],
        ["区工信局", "区财政局"],
    ),
    (
        "企业成长奖励",
        "第十条",
        "人工智能企业2025年度营业收入首次突破1亿元、10亿元；或2025年新认定为国家级专精特新“小巨人”的人工智能企业。",
        "营业收入首次突破1亿元、10亿元的，区级分别给予20万元、100万元配套奖励；新认定为国家级专精特新“小巨人”的，区级给予一次性配套奖励30万元。同一企业按照晋档差额给予奖励。",
        "（1）申报书；（2）2024年度、2025年度财务审计报告及纳税证明；（3）认定文件。",
        ["区工信局"],
        ["区工信局", "区统计局", "区财政局"],
    ),
    (
        "人工智能产业园租金补贴",
        "第十四条",
        "入驻翠屿软件园人工智能产业园区并租用办公或研发用房，租赁合同期限不少于3年，且2025年度营业收入或研发投入较上年有增长的人工智能企业。",
        "在市级补贴基础上，区级对租赁面积不超过1000平方米的部分，前三年按照实际租金的50%给予补贴，每平方米每月补贴最高不超过30元。",
        "（1）申报书；（2）房屋租赁合同及租金支付凭证、发票；（3）企业入驻证明。",
        ["翠屿软件园管委会"],
        ["翠屿软件园管委会", "区财政局"],
    ),
    (
        "人工智能人才补贴",
        "第十五条",
        "企业2025年1月1日以后新引进的人工智能领域高层次人才，或新招用的人工智能相关专业全日制硕士、博士研究生，与企业签订3年以上劳动合同并在我区缴纳社会保险满6个月。",
        "高层次人才按照市级认定层次，区级给予最高50万元安家补贴，分3年发放；硕士、博士研究生在市级生活补贴基础上，区级分别给予每人每月500元、1000元叠加补贴，最长3年。",
        "（1）申报书；（2）人才认定文件或学历学位证书；（3）劳动合同及社会保险缴纳证明。",
        ["区委人才办"],
        ["区委人才办", "区人社局"],
    ),
]

PROCEDURE = [
    ("申报时间。", "2026年5月6日至5月29日，逾期不予受理。申报单位每年度只能集中申报一次。"),
    (
        "网上申报。",
        "申报单位登录“汐浦惠企政策兑现平台”填报申报信息、上传申报材料，同时将纸质材料一式两份（加盖公章）报送受理部门。受理地点：翠屿区行政服务中心二楼企业服务综合窗口。",
    ),
    (
        "受理审查。",
        "受理部门在收到申报材料之日起5个工作日内完成形式审查，材料不齐全的一次性告知需补正的全部内容，补正时间不计入审查时限。",
    ),
    (
        "审核评审。",
        "审核部门会同第三方机构在15个工作日内完成审核评审，必要时开展现场核查，提出拟支持名单和金额。",
    ),
    (
        "公示拨付。",
        "拟支持名单经区政府审定后在区政府门户网站公示5个工作日。公示无异议的，区财政局在30个工作日内将扶持资金拨付至企业账户。",
    ),
]

REQUIREMENTS = [
    "（一）申报单位对申报材料的真实性、合法性负责。对弄虚作假、骗取扶持资金的，追回已拨付资金，依法依规纳入失信记录，三年内不得申报区级各类扶持资金。",
    "（二）获得支持的单位应按规定使用扶持资金，配合做好绩效评价和监督检查，每年1月底前报送项目实施成效。",
    "（三）受理部门、审核部门及其工作人员应严格按照本细则规定的条件、标准和程序办理，不得擅自提高或降低标准，不得向申报单位收取任何费用；对在审核工作中滥用职权、玩忽职守的，依法依规追究责任。",
    "（四）申报单位存在欠缴税款、社保费用或拖欠农民工工资等情形的，暂缓兑现，待问题整改完成后再予兑现；整改期限超过6个月的，视为自动放弃。",
    "（五）《若干措施》与本细则未尽事宜，按照市级有关规定执行。本细则由翠屿区工业和信息化局会同翠屿区财政局负责解释，自印发之日起施行，有效期至2026年12月31日。",
]

CONTACTS = [
    ["支持事项", "受理部门", "联系人", "联系电话"],
    ["（一）（二）", "区数据管理局数字经济科", "陈女士", "2288 5472"],
    ["（三）（五）（六）（八）", "区工信局产业发展科", "林先生", "2288 5316"],
    ["（四）创新平台配套支持", "区科技局科技创新科", "吴先生", "2288 5690"],
    ["（七）智能化改造补助", "项目所在街道（镇）经济服务办", "—", "—"],
    ["（九）租金补贴", "翠屿软件园管委会企业服务部", "郑女士", "2661 0835"],
    ["（十）人才补贴", "区委人才办", "黄先生", "2288 5120"],
]


def _build():
    blocks = [
        ("head", "翠屿区工业和信息化局\n翠屿区财政局"),
        ("docno", DOC_NUMBER),
        (
            "title",
            "翠屿区工业和信息化局　翠屿区财政局关于印发翠屿区落实支持人工智能产业发展若干政策措施实施细则（2026年度申报指南）的通知",
        ),
        ("addressee", NOTICE),
        ("body", NOTICE_BODY),
        ("sign", "翠屿区工业和信息化局　　　翠屿区财政局"),
        ("date", "2026年4月20日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("h1", "一、总则"),
        ("item", ("（一）政策依据。", BASIS)),
        ("item", ("（二）适用范围。", SCOPE)),
        ("item", ("（三）年度安排。", YEAR_TEXT)),
        ("item", ("（四）兑现方式。", PAYMENT)),
        ("h1", "二、通用申报条件"),
        ("body", "申报单位除符合各支持事项的具体条件外，还应同时满足以下条件："),
        *[("body", c) for c in CONDITIONS],
        ("h1", "三、支持事项及标准"),
    ]
    for t in YEAR_TARGETS:
        assert t.phrase in YEAR_TEXT, t.phrase
    goals = [Goal("2026年度", YEAR_TEXT, YEAR_TARGETS)]
    tasks = []
    for i, (name, article, cond, std, docs, accept, review) in enumerate(ITEMS, 1):
        no = f"（{'一二三四五六七八九十'[i - 1]}）"
        ref = f"（对应《若干措施》{article}）"
        roles = f"4.受理部门：{'、'.join(accept)}；审核部门：{'、'.join(review)}。"
        lines = [f"1.申报条件：{cond}", f"2.支持标准：{std}", f"3.申报材料：{docs}", roles]
        blocks.append(("h2", f"{no}{name}{ref}"))
        blocks += [("body", line) for line in lines]
        codes = list(dict.fromkeys(CODE[x] for x in accept + review))
        tasks.append(Task(no, name, name + ref + "".join(lines), responsible=codes))
    blocks.append(("h1", "四、申报程序"))
    for i, (head, text) in enumerate(PROCEDURE, 1):
        blocks.append(("item", (f"（{'一二三四五'[i - 1]}）{head}", text)))
    blocks.append(("h1", "五、有关要求"))
    blocks += [("body", r) for r in REQUIREMENTS]
    blocks += [
        ("h1", "六、联系方式"),
        ("table", CONTACTS),
        ("body", "附件：1.翠屿区人工智能产业扶持资金申报书（模板）"),
        ("plain", "　　　2.申报单位信用承诺书"),
    ]
    sections = [Section("三", "三、", "支持事项及标准", "key_task", tasks)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "cuiyu-district",
        "name": "翠屿区",
        "name_en": "Cuiyu District (Xipu, Fujian)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 翠屿区落实支持人工智能产业发展若干政策措施实施细则（2026年度申报指南） (翠屿区工业和信息化局、翠屿区财政局, 翠工信〔2026〕9号,
#   2026-04-20)
# — SYNTHETIC (synthetic_cn): WRITTEN by the collector (helper blindCN, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_cuiyu.py as .docx, printed to PDF by LibreOffice.
# Zone cuiyu-district (福建 汐浦市翠屿区, invented; the city of synthetic_cn's 若干政策措施) → district level. Period 2026: the guide is
#   the 2026 year's (资金, 申报 window, 有效期至2026年12月31日).
# Outline: a joint red head of two bureaus, 发文字号, notice (addressee, one paragraph), signatures and date, page break, title;
#   一、总则 = four bold-led items （一）政策依据 （二）适用范围 （三）年度安排 （四）兑现方式 (terms of the guide: no tasks); 二、通用申报条件 1.–4.
#   (eligibility: no tasks); 三、支持事项及标准 （一）–（十） → TEN tasks, one per support item: the heading "（N）名称（对应《若干措施》
#   第X条）" over four labelled lines 1.申报条件 / 2.支持标准 / 3.申报材料 / 4.受理部门：X；审核部门：Y、Z (numbering （N）, title the
#   name without the bracketed reference, text = name + reference + the four lines); 四、申报程序 （一）–（五） (how the guide is applied:
#   no tasks — it is no 保障措施 part), 五、有关要求 （一）–（五） (terms: no tasks), 六、联系方式 (a table: no tasks, no agencies),
#   附件 list.
# Roles: the guide words no 牵头 / 配合 / 责任. Its 受理部门 and 审核部门 are the bodies that carry each support item out — they take
#   the applications, review them and (区财政局) pay — so each item's bodies are RESPONSIBLE, 受理部门 first, each body once
#   (SYNTHETIC_CN.md, conventions). "项目所在街道（镇）" (item （七）'s 受理部门) = the district's sub-districts and towns, ONE collective
#   (as 各镇人民政府、街道办事处). 翠屿软件园管委会 a park administration. NOT agencies / roles: the 受理地点 (行政服务中心二楼企业服务
#   综合窗口, a place), the 联系方式 table's offices and persons (contacts, as a 联系人 line: 区数据管理局数字经济科, 陈女士 …), who
#   interprets (翠屿区工业和信息化局会同翠屿区财政局: the issuers, aliases only), the 区政府 that 审定 the list, the 第三方机构, the
#   addressees.
# Targets: ONE. "2026年度，区级财政安排…3000万元，…，拟支持“人工智能+”示范应用项目15个左右" → a goal titled by its date phrase
#   "2026年度", one target approx 15 个, flow, due 2026 — a count of projects the district commits to support in its year (as
#   "每年布局150项以上基础研究项目"), while item （五）'s "年度支持数量原则上不超过20个" is a CEILING of the instrument: no target. NOT targets:
#   the CITY's goal quoted in 政策依据 (600亿元, 8000P: another level's, context); the 3000万元 budget and "总额控制"; 5∶5; every
#   申报条件 threshold (不低于20万元, 不低于50万元, 超过50万元, 首次突破2000万元, 不低于200万元, 不低于100万元, 超过500万元, 首次突破1亿元、
#   10亿元, 合同期限不少于3年, 满6个月, 上年度营业收入不低于500万元, 5年内不迁离, 不超过500万元 per enterprise); every 支持标准 rate and
#   ceiling (10%, 不超过50%, 最高50万元; 5%/10%, 最高50万元/30万元; 30万元, 5%, 最高100万元; 最高300万元/100万元, 分两期; 20%, 最高200万元;
#   5%, 最高100万元, 保费的20%, 最高20万元; 8%/10%, 最高300万元; 20万元/100万元, 30万元; 50%, 不超过1000平方米, 30元; 最高50万元, 分3年,
#   500元/1000元, 最长3年); 整改期限超过6个月;
#   the 申报程序's time limits (5个工作日内, 15个工作日内, 公示5个工作日, 30个工作日内: the procedure's terms, no goal); 三年内不得申报;
#   每年1月底前报送 (a reporting date);
#   telephone numbers.
"""
