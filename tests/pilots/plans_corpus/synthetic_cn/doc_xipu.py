# ruff: noqa: E501  (plan text as the office writes it)
"""汐浦市支持人工智能产业发展的若干政策措施 — INVENTED (synthetic_cn). A Word file (.docx): the 市政府办公室's notice, then the
政策措施 whose preamble carries the true goals INSIDE its purpose sentence ("…，在2025年全市人工智能核心产业规模386亿元的基础上，
力争到2027年，…，结合我市实际，制定如下政策措施。": a baseline in the same sentence), five groups 一、–五、 of articles 第一条–第十五条
numbered on across the groups, each a support measure dense with money, rates, ceilings and eligibility thresholds ("最高3000万元",
"按实际支付费用的30%给予补贴，单个企业每年不超过200万元", "贴息50%", "租金前三年全额补贴", "年营业收入首次突破1亿元、10亿元、50亿元
的…分别给予", "设立规模10亿元的…母基金", "每年择优支持…不超过30个") and, among them, a few true commitments (到2027年… / 每年…以上);
each article ends "（责任单位：市X、市Y）". 六、附则 (第十六条) states AFTER the articles that the first listed body leads and the others
support ("排在第一位的为牵头单位，其余为配合单位"), who interprets, 施行日期 and 有效期3年."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "xipu-ai-industry-support-measures-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "市发改委": ("fgw", "汐浦市发展和改革委员会", "development_reform"),
    "市工信局": ("gxj", "汐浦市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "汐浦市科学技术局", "science_technology"),
    "市数据管理局": ("sjj", "汐浦市数据管理局", "big_data"),
    "市财政局": ("czj", "汐浦市财政局", "finance"),
    "市商务局": ("swj", "汐浦市商务局", "commerce"),
    "市委网信办": ("wxb", "中共汐浦市委网络安全和信息化委员会办公室", "publicity"),
    "市国资委": ("gzw", "汐浦市人民政府国有资产监督管理委员会", "other"),
    "市统计局": ("tjj", "汐浦市统计局", "statistics"),
    "市委金融办": ("jrb", "中共汐浦市委金融委员会办公室", "financial_regulation"),
    "人民银行汐浦市分行": ("rhw", "中国人民银行汐浦市分行", "financial_regulation"),
    "汐浦市产业投资集团有限公司": ("ctj", "汐浦市产业投资集团有限公司", "state_enterprise"),
    "市自然资源和规划局": ("zrj", "汐浦市自然资源和规划局", "natural_resources"),
    "市委人才办": ("rcb", "中共汐浦市委人才工作领导小组办公室", "party_organisation"),
    "市人社局": ("rsj", "汐浦市人力资源和社会保障局", "human_resources"),
    "市教育局": ("jyj", "汐浦市教育局", "education"),
    "各县（市、区）人民政府": ("xs", "汐浦市各县（市、区）人民政府", "local_government"),
}
# other printed forms of the same bodies (the 附则 names the interpreter in full)
MORE_ALIASES = {"gxj": ["市工业和信息化局"], "czj": []}
AGENCIES = [
    Agency(code, name, [printed, *MORE_ALIASES.get(code, [])], cat)
    for printed, (code, name, cat) in A.items()
]
CODE = {printed: code for printed, (code, _, _) in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "汐浦市支持人工智能产业发展的若干政策措施"
DOC_NUMBER = "汐政办〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Xipu City (Fujian) policy measures supporting the AI industry — synthetic",
    "issuer": "汐浦市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市政府第47次常务会议研究通过，现印发给你们，请认真组织实施。各责任单位要抓紧制定实施细则和申报指南，明确申报条件、审核程序和兑现时限，确保政策直达快享。各县（市、区）可结合实际制定配套政策，配套资金原则上不低于市级资金的50%。"

PREAMBLE = "为深入贯彻国家和省关于深入实施“人工智能+”行动的决策部署，抢抓人工智能产业发展重大机遇，加快打造东南沿海人工智能创新应用高地，在2025年全市人工智能核心产业规模386亿元的基础上，力争到2027年，全市人工智能核心产业规模突破600亿元，培育人工智能骨干企业50家、人工智能领域国家级专精特新“小巨人”企业15家，智能算力规模达到8000P，打造“人工智能+”标杆应用场景200个，人工智能产业基金群总规模突破50亿元，结合我市实际，制定如下政策措施。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        600,
        "全市人工智能核心产业规模突破600亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能骨干企业", "家", "eq", 50, "培育人工智能骨干企业50家", kind="ai_enterprises"),
    T(
        "人工智能领域国家级专精特新“小巨人”企业",
        "家",
        "eq",
        15,
        "人工智能领域国家级专精特新“小巨人”企业15家",
        kind="ai_enterprises",
    ),
    T("智能算力规模", "P", "eq", 8000, "智能算力规模达到8000P", kind="computing_power"),
    T(
        "“人工智能+”标杆应用场景",
        "个",
        "eq",
        200,
        "打造“人工智能+”标杆应用场景200个",
        kind="application_scenarios",
    ),
    T("人工智能产业基金群总规模", "亿元", "gt", 50, "人工智能产业基金群总规模突破50亿元"),
]

# group: (numbering, title, articles); article: (title, body, responsible units in printed order, targets)
GROUPS = [
    (
        "一、",
        "强化算力和数据要素支撑",
        [
            (
                "支持智能算力设施建设",
                "鼓励基础电信企业、云服务企业和社会资本在我市建设智算中心，对新建智能算力规模达到500P以上、且年度算力利用率不低于60%的智算中心项目，按照设备投资额的10%给予补助，单个项目最高3000万元。支持智算中心接入全省算力调度平台，对纳入省级算力调度且年度对外服务算力规模超过100P的运营主体，再给予最高200万元运营奖励。新建智算中心电能利用效率（PUE）原则上不高于1.25。对智算中心采购国产人工智能芯片的，按照芯片采购额的5%再给予补助，单个项目最高500万元。支持智算中心与高校、科研机构共建公共算力服务平台，对年度向中小企业提供普惠算力服务时长超过10万卡时的，给予运营主体最高100万元奖励。",
                ["市发改委", "市数据管理局", "市财政局"],
                [],
            ),
            (
                "降低企业用算成本",
                "每年发放总额不超过5000万元的“算力券”，对在我市注册的中小企业、科研机构租用本市智算中心算力开展模型训练和推理的，按照实际支付费用的30%给予补贴，单个企业每年不超过200万元；使用国产化算力的，补贴比例提高至40%，单个企业每年不超过300万元。“算力券”实行线上申领、即申即兑，当年未使用部分不结转。“算力券”可用于支付模型训练、推理、数据标注和云服务费用，同一费用不得与第一条补助重复享受。鼓励各县（市、区）对辖区企业用算再给予叠加支持。",
                ["市数据管理局", "市工信局", "市财政局"],
                [],
            ),
            (
                "推动数据要素开发利用",
                "支持企业、科研机构建设行业高质量数据集，每年遴选发布制造、港航、海洋渔业、文旅等领域高质量数据集20个以上。对在汐浦数据交易场所挂牌交易的数据产品，按照年度交易额的10%给予数据提供方奖励，单个企业每年最高100万元；对年度数据采购额超过50万元的人工智能企业，按照采购额的20%给予补贴，单个企业每年最高50万元。对新认定的国家级数据标注基地，给予一次性奖励500万元。支持公共数据授权运营，对授权运营单位开发的公共数据产品，按照其年度服务收入的5%给予奖励，单个单位每年最高200万元。",
                ["市数据管理局", "市工信局", "市财政局"],
                [
                    T(
                        "遴选发布高质量数据集",
                        "个",
                        "gte",
                        20,
                        "每年遴选发布制造、港航、海洋渔业、文旅等领域高质量数据集20个以上",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "二、",
        "支持技术创新和平台建设",
        [
            (
                "支持大模型研发和应用",
                "对通过国家生成式人工智能服务备案的大模型产品，给予研发企业一次性奖励100万元；对通过备案的行业大模型在我市实现规模化应用、年度服务收入首次突破5000万元的，再给予最高300万元奖励。对大模型企业年度研发投入超过2000万元的部分，按照10%给予补助，单个企业每年最高500万元。支持企业基于开源大模型开展行业适配和二次开发，对实现商业化应用的行业模型，按照模型训练投入的20%给予补助，最高200万元。对在我市举办的国家级人工智能赛事中获得一等奖的团队，给予20万元奖励。",
                ["市工信局", "市委网信办", "市财政局"],
                [],
            ),
            (
                "支持创新平台建设",
                "对新获批建设的国家级人工智能重点实验室、技术创新中心、制造业创新中心等平台，给予最高1000万元支持；对新获批的省级平台，给予最高300万元支持。对高校、科研院所与企业共建的新型研发机构，经认定后按照其上年度非财政经费研发投入的20%给予补助，最高500万元。对新建的省级人工智能概念验证中心、中试平台，给予最高200万元建设补助，并按照年度服务绩效给予最高50万元运营奖励。到2027年，全市新增省级以上人工智能创新平台20个。",
                ["市科技局", "市发改委", "市工信局"],
                [
                    T(
                        "新增省级以上人工智能创新平台",
                        "个",
                        "eq",
                        20,
                        "全市新增省级以上人工智能创新平台20个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "支持关键核心技术攻关",
                "聚焦多模态大模型、具身智能、智能传感、海洋智能装备等方向，每年实施人工智能“揭榜挂帅”重大科技项目10项以上，单个项目按照项目研发投入的30%给予补助，最高500万元；对获得国家重点研发计划立项的人工智能项目，按照国家资助额的50%给予配套，最高300万元。对企业牵头、联合高校院所组成创新联合体承担“揭榜挂帅”项目的，补助比例提高至40%。项目实行里程碑式管理，按照验收结果分期拨付资金。",
                ["市科技局", "市财政局"],
                [
                    T(
                        "人工智能“揭榜挂帅”重大科技项目",
                        "项",
                        "gte",
                        10,
                        "每年实施人工智能“揭榜挂帅”重大科技项目10项以上",
                        kind="research_results",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "三、",
        "推动“人工智能+”场景应用",
        [
            (
                "开放标杆应用场景",
                "建立“人工智能+”场景机会清单定期发布机制，每年遴选“人工智能+”标杆应用场景50个，对入选场景按照项目软硬件投资额的20%给予建设单位补助，每个最高100万元。政府投资的信息化项目应优先开放应用场景，新建政务信息化项目中人工智能相关投资占比原则上不低于15%。对在我市首次示范应用的人工智能新技术、新产品，按照合同金额的30%给予应用单位补助，单个项目最高200万元；对入选国家级人工智能典型应用案例的项目，给予建设单位一次性奖励100万元。",
                ["市工信局", "市数据管理局", "各县（市、区）人民政府"],
                [
                    T(
                        "遴选“人工智能+”标杆应用场景",
                        "个",
                        "eq",
                        50,
                        "每年遴选“人工智能+”标杆应用场景50个",
                        kind="application_scenarios",
                        per_year=True,
                    )
                ],
            ),
            (
                "支持首台（套）产品推广应用",
                "对经认定的人工智能首台（套）重大技术装备、首批次软件产品，按照单台（套）销售价格的20%给予研制企业奖励，单个企业每年最高500万元。国有企业采购首台（套）人工智能产品的，采购金额不纳入当年投资额考核；对首台（套）产品投保首台（套）保险的，按照保费的80%给予补贴，单个企业每年最高100万元。对首次获得国家级人工智能产品认证或检测报告的企业，按照认证检测费用的50%给予补助，单个企业每年最高30万元。",
                ["市工信局", "市财政局", "市国资委"],
                [],
            ),
            (
                "推动制造业智能化改造",
                "对年度智能化改造设备和软件投资额超过1000万元的规上工业企业，按照投资额的15%给予补助，单个企业每年最高1000万元；对新认定的国家级智能工厂、省级智能工厂，分别给予一次性奖励500万元、100万元。每年择优支持智能化改造示范项目不超过30个，对示范项目在上述补助基础上再提高5个百分点。对工业企业应用工业大模型、工业智能体开展研发设计、生产调度、质量检测等环节改造的，软件投资部分补助比例提高至20%。",
                ["市工信局", "市财政局"],
                [],
            ),
        ],
    ),
    (
        "四、",
        "培育壮大人工智能企业",
        [
            (
                "支持企业做大做强",
                "对年营业收入首次突破1亿元、10亿元、50亿元的人工智能企业，分别给予50万元、300万元、1000万元奖励；对年营业收入连续两年增长30%以上的“瞪羚”人工智能企业，给予50万元奖励。对新认定为国家级专精特新“小巨人”的人工智能企业，给予一次性奖励100万元。同一企业按照晋档差额给予奖励，不重复享受。对新入选中国人工智能企业百强榜单的企业，给予200万元奖励；对年度纳税首次超过1000万元的人工智能企业，给予企业经营团队最高100万元奖励。",
                ["市工信局", "市统计局", "市财政局"],
                [],
            ),
            (
                "加大人工智能招商引资力度",
                "对新引进的人工智能企业，实缴注册资本5000万元以上、且在本市形成实际投资的，按照实际到位投资额的5%给予落户奖励，最高2000万元；对世界500强、中国互联网百强企业在我市设立人工智能区域总部或研发中心的，按照“一事一议”给予支持。对引进项目的中介机构和个人，按照项目实际到位投资额的1‰给予奖励，最高100万元。到2027年，引进人工智能领域重点项目100个以上。",
                ["市商务局", "市工信局", "各县（市、区）人民政府"],
                [
                    T(
                        "引进人工智能领域重点项目",
                        "个",
                        "gte",
                        100,
                        "引进人工智能领域重点项目100个以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "强化企业融资支持",
                "对人工智能企业获得银行贷款用于研发和技术改造的，按照贷款市场报价利率（LPR）的50%给予贴息，单个企业每年贴息最高200万元，贴息期限不超过2年。对首次在境内外主板上市的人工智能企业，给予最高500万元奖励；在新三板挂牌的，给予50万元奖励。鼓励政府性融资担保机构为人工智能企业提供担保，担保费率不高于1%。设立总规模2亿元的人工智能企业信贷风险补偿资金池，对合作银行向人工智能企业发放的信用贷款发生的损失，按照本金损失的40%给予补偿。",
                ["市委金融办", "市财政局", "人民银行汐浦市分行"],
                [],
            ),
        ],
    ),
    (
        "五、",
        "优化产业发展环境",
        [
            (
                "设立人工智能产业基金",
                "设立规模10亿元的市人工智能产业母基金，由汐浦市产业投资集团有限公司受托管理，按照母基金出资不超过子基金规模30%的比例，联合社会资本设立若干子基金，重点投向大模型、智能终端、具身智能和海洋智能装备等领域。对投资我市种子期、初创期人工智能企业的创业投资机构，按照实际投资额的10%给予奖励，单个机构每年最高500万元。对子基金投资我市人工智能企业的金额达到子基金规模1.5倍以上的，按照超出部分的1%给予基金管理机构奖励，最高300万元。",
                ["市财政局", "市国资委", "汐浦市产业投资集团有限公司"],
                [],
            ),
            (
                "强化空间载体保障",
                "对入驻市级人工智能产业园的人工智能企业，租用办公和研发用房的，租金前三年全额补贴、后两年减半补贴，单个企业补贴面积不超过1000平方米。对新认定的市级人工智能产业园，给予运营主体最高300万元补助。对人工智能企业新建自用研发楼宇的，优先保障用地，土地出让起始价可按照不低于所在地土地等别相对应全国工业用地出让最低价标准的70%确定。到2027年，全市建成市级人工智能产业园5个。",
                ["市工信局", "市自然资源和规划局", "各县（市、区）人民政府"],
                [T("市级人工智能产业园", "个", "eq", 5, "全市建成市级人工智能产业园5个")],
            ),
            (
                "加强人工智能人才引育",
                "对引进的人工智能领域顶尖人才团队，经评审给予最高1亿元综合资助；对新引进的人工智能领域高层次人才，按照层次给予最高200万元购房补贴。支持高校、职业院校开设人工智能相关专业，每年培养人工智能工程师等专业人才3000名以上。对企业新招用的人工智能相关专业全日制硕士、博士，分别给予每人每月1500元、3000元生活补贴，最长3年。对新入选国家级人才计划的人工智能领域人才，给予最高100万元奖励。",
                ["市委人才办", "市人社局", "市教育局"],
                [
                    T(
                        "培养人工智能工程师等专业人才",
                        "名",
                        "gte",
                        3000,
                        "每年培养人工智能工程师等专业人才3000名以上",
                        kind="talent",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
]

ANNEX = "本政策措施与我市其他同类政策有重叠的，按照“就高不重复”原则执行。本政策措施所需资金由市、县（区）两级财政按照5∶5比例分担。各条款所列责任单位中，排在第一位的为牵头单位，其余为配合单位。本政策措施由市工业和信息化局会同市财政局负责解释，自2026年4月1日起施行，有效期3年。"

NUMERALS = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return NUMERALS[n - 1]
    return "十" + NUMERALS[n - 11]


def _build():
    blocks = [
        ("head", "汐浦市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"汐浦市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，市直各委、办、局（公司）："),
        ("body", NOTICE),
        ("sign", "汐浦市人民政府办公室"),
        ("date", "2026年3月16日"),
        ("body", "（此件主动公开）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
    ]
    for t in GOAL_TARGETS:
        t.deadline = 2027
        assert t.phrase in PREAMBLE, t.phrase
    goals = [Goal("力争到2027年", PREAMBLE, GOAL_TARGETS)]
    sections = []
    n = 0
    for gno, gtitle, articles in GROUPS:
        blocks.append(("h1", f"{gno}{gtitle}"))
        tasks = []
        for title, body, units, targets in articles:
            n += 1
            no = f"第{cn(n)}条"
            note = "（责任单位：" + "、".join(units) + "）"
            blocks.append(("item", (f"{no}　{title}。", body + note)))
            codes = [CODE[u] for u in units]
            tasks.append(
                Task(no, title, f"{title}。{body}{note}", lead=codes[:1], supporting=codes[1:])
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        sections.append(Section(gno.strip("、"), gno, gtitle, "key_task", tasks))
    blocks += [
        ("h1", "六、附则"),
        ("item", ("第十六条　", ANNEX)),
        ("rule", ""),
        ("addressee", "抄送：市委各部门，汐浦警备区，市人大常委会办公室，市政协办公室。"),
        ("addressee", "汐浦市人民政府办公室　　　　　　　　　2026年3月16日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "xipu-fujian-city",
        "name": "汐浦市",
        "name_en": "Xipu City (Fujian)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 汐浦市支持人工智能产业发展的若干政策措施 (汐浦市人民政府办公室, 汐政办〔2026〕11号, 2026-03-16)
# — SYNTHETIC (synthetic_cn): WRITTEN by the collector (helper blindCN, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_xipu.py as a Word file (.docx).
# Zone xipu-fujian-city (福建 汐浦市, invented prefecture-level city) → city level. Period 2026–2027: the goals are due 2027; the
#   附则's "自2026年4月1日起施行，有效期3年" is a term of the instrument (how long its support is paid), like a fund's size, not the
#   plan's period (SYNTHETIC_CN.md, conventions). milestone 2027.
# Outline: red head, 发文字号, the notice (no task, no target), "（此件主动公开）", page break, title; the preamble = ONE purpose
#   sentence holding the goals ("…在2025年全市人工智能核心产业规模386亿元的基础上，力争到2027年，…，结合我市实际，制定如下政策
#   措施。") → a goal titled by its date phrase "力争到2027年" (6 targets, due 2027; 386亿元 a baseline, no target). Five groups
#   一、–五、 (key_task sections) of articles 第一条–第十五条 NUMBERED ON across the groups, each ONE paragraph "第N条　标题。正文（责任
#   单位：X、Y、Z）" → a task (numbering 第N条, title the bold phrase, text = title + body + annotation). 六、附则 = 第十六条 (no task:
#   the document's own terms — 就高不重复, the 5∶5 cost split, the role rule, who interprets, 施行日期, 有效期).
# Roles: 第十六条 says, AFTER every article, "各条款所列责任单位中，排在第一位的为牵头单位，其余为配合单位" → in every article the first
#   listed body leads, the others support (a rule the document states about its annotations applies to all of them wherever it
#   stands). "市工业和信息化局会同市财政局负责解释" → who interprets: no role (an alias of 市工信局 only). 各县（市、区）人民政府 → ONE
#   collective (supporting where listed after the first); 汐浦市产业投资集团有限公司 a state enterprise; 人民银行汐浦市分行 financial
#   regulation; 市国资委 category other. The notice's "各责任单位" and addressee line name nobody.
# Targets (the set's point: most figures are INSTRUMENTS, not goals). Targets: the preamble's six; and inside articles, the few
#   commitments the plan makes to produce something — "到2027年，全市新增省级以上人工智能创新平台20个" (第五条, flow, 2027),
#   "到2027年，引进人工智能领域重点项目100个以上" (第十一条, flow), "到2027年，全市建成市级人工智能产业园5个" (第十四条, stock) and
#   the per-year commitments "每年遴选发布…高质量数据集20个以上" (第三条), "每年实施…“揭榜挂帅”重大科技项目10项以上" (第六条), "每年
#   遴选“人工智能+”标杆应用场景50个" (第七条), "每年培养人工智能工程师等专业人才3000名以上" (第十五条) → per_year, flow, due at the
#   plan's end (2027). Each article holding a target is also a goal titled like it (text = title + body, without the annotation).
#   第七条's 每年遴选…50个 is not the goals' 打造…200个 (a per-year selection vs a total built): its own target.
#   NOT targets (every other figure of the articles): subsidy rates and ceilings (按设备投资额的10%…单个项目最高3000万元; 芯片采购额
#   的5%…最高500万元; 30%/40%, 单个企业每年不超过200万元/300万元; 交易额的10%…最高100万元; 采购额的20%…最高50万元; 服务收入的5%…最高
#   200万元; 研发投入超过2000万元的部分按照10%…最高500万元; 训练投入的20%…最高200万元; 20%…最高500万元; 30%…最高500万元, 提高至40%;
#   国家资助额的50%…最高300万元; 软硬件投资额的20%…每个最高100万元; 合同金额的30%…最高200万元; 销售价格的20%; 保费的80%; 认证检测费用
#   的50%…最高30万元; 15%…最高1000万元, 提高至20%; 到位投资额的5%…最高2000万元, 1‰…最高100万元; 贴息50%…最高200万元, 期限不超过2年;
#   本金损失的40%; 实际投资额的10%…最高500万元; 超出部分的1%…最高300万元; 租金前三年全额补贴、后两年减半; 每人每月1500元、3000元，最长3年;
#   最高1亿元综合资助; 最高200万元购房补贴), one-off rewards (100万元, 500万元, 20万元, 50万元, 200万元, 最高1000万元 …), eligibility
#   thresholds (智能算力规模达到500P以上、利用率不低于60%; 对外服务算力规模超过100P; 普惠算力服务时长超过10万卡时; 年度服务收入首次突破
#   5000万元; 年营业收入首次突破1亿元、10亿元、50亿元; 连续两年增长30%以上; 年度纳税首次超过1000万元; 实缴注册资本5000万元以上; 数据采购额
#   超过50万元; 投资额超过1000万元; 投资金额达到子基金规模1.5倍以上; 百强, 500强), standards a project must meet (PUE不高于1.25; 担保费率
#   不高于1%; 人工智能相关投资占比原则上不低于15%; 出让起始价…70%), the voucher budget (每年发放总额不超过5000万元的“算力券”), a count of
#   supported projects under a CEILING (每年择优支持…示范项目不超过30个, with 再提高5个百分点), a cap on subsidised floor area (不超过1000平方
#   米), funds being set up (设立规模10亿元的…母基金, 母基金出资不超过子基金规模30%; 设立总规模2亿元的…风险补偿资金池), the counties'
#   配套资金不低于市级资金的50% (the notice), the cost split 5∶5 and the validity 有效期3年. The goals' 基金群总规模突破50亿元 IS a target
#   (a fund level the plan sets out to reach by 2027).
"""
