# ruff: noqa: E501  (the documents' sentences and the YAML header are kept whole, one per line)
"""浏阳市 (county-level city) 工作方案: a 主要指标表 of tab rows with a 2025 基期 column, tasks whose roles
stand in ONE line after a group ("以上任务由X牵头，Y配合。") — INVENTED."""

from common import HERE, agency, extraction_write, target, task

SLUG = "liuyang-ai-plus-work-plan-2026-synthetic"

AGENCIES = [
    agency("drc", "浏阳市发展和改革局", "development_reform", "市发改局"),
    agency("data", "浏阳市数据资源局", "big_data", "市数据资源局"),
    agency("miit", "浏阳市工业和信息化局", "industry_it", "市工信局"),
    agency(
        "power", "国网湖南省电力有限公司浏阳市供电分公司", "state_enterprise", "国网浏阳市供电公司"
    ),
    agency("sci", "浏阳市科学技术局", "science_technology", "市科技局"),
    agency("ezone", "浏阳经济技术开发区管理委员会", "park_administration", "浏阳经开区管委会"),
    agency("hzone", "浏阳高新技术产业开发区管理委员会", "park_administration", "浏阳高新区管委会"),
    agency("agri", "浏阳市农业农村局", "agriculture", "市农业农村局"),
    agency("commerce", "浏阳市商务局", "commerce", "市商务局"),
    agency("tour", "浏阳市文化旅游广电体育局", "culture_tourism", "市文旅广体局"),
    agency("edu", "浏阳市教育局", "education", "市教育局"),
    agency("health", "浏阳市卫生健康局", "health", "市卫健局"),
    agency("hrss", "浏阳市人力资源和社会保障局", "human_resources", "市人社局"),
    agency("towns", "各乡镇（街道）", "local_government"),
    agency("market", "浏阳市市场监督管理局", "market_regulation", "市市场监管局"),
    agency("fireworks", "浏阳市花炮产业服务中心", "other", "市花炮产业服务中心"),
]

NOTICE = """浏阳市人民政府办公室
关于印发《浏阳市“人工智能+”行动工作方案（2026—2027年）》的通知
浏政办发〔2026〕11号

各乡镇人民政府、街道办事处，市直各单位：
《浏阳市“人工智能+”行动工作方案（2026—2027年）》已经市人民政府同意，现印发给你们，请结合实际认真组织实施。

浏阳市人民政府办公室
2026年4月8日

浏阳市“人工智能+”行动工作方案（2026—2027年）

为全面落实省、长沙市关于推进“人工智能+”行动的部署要求，推动人工智能与我市花炮、生物医药、电子信息、现代农业等产业深度融合，加快培育新质生产力，结合我市实际，制定本方案。近年来，我市数字经济加快发展，浏阳经开区、浏阳高新区集聚了一批电子信息、智能装备企业，花炮、生物医药等产业智能化改造取得初步成效，但也存在算力供给不足、数据资源分散、应用场景开放不够、人工智能人才短缺等问题，亟需系统谋划、集中发力，加快推动人工智能从技术突破走向规模应用。

一、工作目标
坚持应用牵引、产业为本、统筹推进，以场景开放带动产业集聚，以智能化改造推动传统产业转型升级，力争通过两年努力，全市人工智能产业规模和应用水平走在全省县域前列。到2027年，人工智能与实体经济深度融合，花炮产业关键工序基本实现智能化，“人工智能+”在农业、文旅、教育、医疗等领域广泛应用，县域人工智能产业生态基本形成。主要指标如下：
浏阳市“人工智能+”行动主要指标
序号\t指标名称\t单位\t2025年（基期）\t2026年\t2027年\t指标属性"""

# (name, unit, base, 2026, 2027, attribute, kind, aggregation)
INDICATORS = [
    ("人工智能核心产业规模", "亿元", "38", 52, 70, "预期性", "ai_industry_scale", "stock"),
    ("人工智能企业数量", "家", "95", 130, 170, "预期性", "ai_enterprises", "stock"),
    ("“人工智能+”典型应用场景", "个", "40", 70, 100, "预期性", "application_scenarios", "stock"),
    ("智能算力规模", "P", "300", 800, 1500, "预期性", "computing_power", "stock"),
    ("年度人工智能技能培训", "万人次", "1.2", 2, 3, "约束性", "talent", "flow"),
    ("规模以上工业企业数字化改造覆盖率较基期提高", "个百分点", "—", 5, 10, "预期性", None, "stock"),
]

# (chapter numbering, chapter title, [(numbering, title, body, own annotation or "", lead, supporting)], group line, group lead, group supporting)
CHAPTERS = [
    (
        "（一）",
        "夯实智能基础",
        [
            (
                "1.",
                "建设县域智算中心",
                "依托浏阳经开区数据中心，建设县域智算中心，引进国产智能算力设备，为本地企业提供模型训练和推理服务，推动算力与电力协同布局，保障智算中心用电需求。推动智算中心接入长沙市算力调度平台，对本地中小企业使用智能算力给予算力券支持，降低企业应用人工智能的成本。探索建立算力服务目录和价格公示制度，引导算力服务商提供普惠、透明的算力服务。",
            ),
            (
                "2.",
                "推进公共数据开放",
                "完善市级公共数据资源目录，推动政务、交通、农业、文旅等领域公共数据有序开放，探索公共数据授权运营，培育数据标注、数据治理等服务企业。围绕花炮安全监管、农业生产、文旅服务等领域建设一批行业数据集，支持企业依法合规利用公共数据开发人工智能产品。建立公共数据需求清单和供给清单对接机制，定期发布数据开放目录，提升公共数据供给质量和效率。",
            ),
            (
                "3.",
                "完善新型网络设施",
                "推进5G网络和千兆光网向园区、乡镇和重点景区延伸覆盖，加快工业互联网标识解析节点建设，提升网络承载人工智能应用的能力。推动重点工业企业内网改造升级，支持园区建设5G专网，加快物联网感知设施在城市管理、生态环境等领域部署应用。推动通信基础设施与市政设施共建共享，降低网络建设成本。",
            ),
        ],
        "以上任务由市发改局牵头，市数据资源局、市工信局、国网浏阳市供电公司配合。",
        ["drc"],
        ["data", "miit", "power"],
    ),
    (
        "（二）",
        "推动产业智能化转型",
        [
            (
                "4.",
                "推进花炮产业智能化",
                "支持花炮企业应用机器视觉、智能传感等技术改造生产线，推进危险工序机器换人，重点在药物混合、装药、封口等高危工序推广自动化、智能化装备，建设花炮产业安全生产智能监测平台，提升本质安全水平。推动花炮企业生产、仓储、运输全过程数据接入监管平台，实现风险隐患智能识别、自动预警，支持花炮龙头企业建设智能化示范工厂。推动花炮产品设计、燃放效果模拟等环节应用人工智能技术，提升产品创新能力和附加值。",
            ),
            (
                "5.",
                "建设智能工厂",
                "支持生物医药、电子信息等领域企业建设智能工厂和数字化车间，推广工业大模型在研发设计、质量检测、设备运维等环节的应用，支持企业建设工业互联网平台和企业级数据中台，推动规模以上工业企业数字化改造全覆盖。组织开展智能制造诊断服务，为中小企业提供免费诊断和改造方案，推动一批“小快轻准”的数字化产品在中小企业推广应用。鼓励龙头企业开放供应链数据，带动上下游中小企业协同开展智能化改造。",
            ),
            (
                "6.",
                "培育人工智能企业",
                "围绕智能终端、智能装备、行业软件等方向，引进培育一批人工智能企业，支持企业申报高新技术企业和专精特新企业，推动企业在园区集聚发展。建立人工智能企业培育库，对入库企业在项目申报、融资对接、人才引进等方面给予精准服务。（市科技局牵头，浏阳高新区管委会配合）",
            ),
        ],
        "以上任务由市工信局牵头，浏阳经开区管委会、浏阳高新区管委会、市花炮产业服务中心配合。",
        ["miit"],
        ["ezone", "hzone", "fireworks"],
    ),
    (
        "（三）",
        "拓展“人工智能+”应用场景",
        [
            (
                "7.",
                "发展智慧农业",
                "推广农业无人机、智能灌溉、病虫害智能识别等技术，在油茶、蔬菜、水稻等主导产业建设智慧农业示范基地，推动农产品电商直播和智能分拣应用。支持农业经营主体应用智能农机装备，推动农业生产全过程智能化管理。依托益农信息社和农村电商服务站，开展农民手机应用技能培训，提升农民数字素养。",
            ),
            (
                "8.",
                "推进乡村数字治理",
                "推广基层治理智能平台，推动网格管理、矛盾纠纷化解、防汛救灾等工作智能化，建设乡镇（街道）综合治理智能指挥平台，提升基层治理精细化水平，支持乡镇（街道）应用政务大模型提升便民服务水平。推动村级便民服务点接入智能客服，实现高频事项智能问答、就近办理。",
            ),
            (
                "9.",
                "发展智慧文旅",
                "在大围山、周洛等景区推广智慧导览、智能票务、客流监测等应用，开发花炮文化数字展示和烟花秀智能编排产品，提升游客体验。推动文旅企业应用数字人、虚拟现实等技术开发沉浸式体验项目，建设全域旅游智慧服务平台。推动景区、酒店、民宿等文旅经营主体接入平台，实现游客服务一码通行、文旅数据实时监测。",
            ),
        ],
        "以上第7、8项由市农业农村局牵头，各乡镇（街道）配合；第9项由市文旅广体局牵头，市商务局配合。",
        None,
        None,
    ),
    (
        "（四）",
        "提升民生服务智能化水平",
        [
            (
                "10.",
                "推进智慧教育",
                "推动人工智能通识教育进中小学课堂，建设智慧校园示范学校，支持教师应用人工智能工具开展备课、教学和评价。加强教师人工智能素养培训，推动优质教育资源通过智能平台向农村学校延伸。支持学校开展青少年人工智能竞赛和科普活动，培养学生创新思维。",
            ),
            (
                "11.",
                "推进智慧医疗",
                "推广人工智能辅助诊断、智能影像、慢病管理等应用，推动乡镇卫生院接入远程诊疗平台，提升基层医疗服务能力。推动市人民医院、市中医医院建设智慧医院，推广智能导诊、智能随访等服务，改善群众就医体验。推动居民电子健康档案与医疗机构诊疗数据互通共享，为家庭医生签约服务提供智能辅助支持。",
            ),
            (
                "12.",
                "开展人工智能技能培训",
                "面向产业工人、农民、基层干部开展人工智能技能培训，支持职业院校开设人工智能相关专业，建设人工智能实训基地。推动人工智能技能培训与就业服务相结合，对参加培训并取得职业技能等级证书的人员按规定给予培训补贴。推动人工智能技能培训向乡镇（街道）延伸，实现培训服务城乡全覆盖。",
            ),
        ],
        "以上任务由市教育局、市卫健局、市人社局按职责分工负责。",
        None,
        None,
    ),
    (
        "（五）",
        "优化创新发展生态",
        [
            (
                "13.",
                "引育人工智能人才",
                "实施人工智能人才引育计划，面向国内外引进一批人工智能领军人才和创新团队，支持企业与高校院所共建人才实训基地，落实人才住房、子女入学等服务保障。支持本地职业院校与人工智能企业共建产业学院，定向培养数据标注、智能运维等技能人才。对企业新引进的人工智能高层次人才，按规定给予安家补贴和生活补贴。",
            ),
            (
                "14.",
                "建设创新平台",
                "支持企业联合高校院所建设人工智能重点实验室、工程技术研究中心和企业技术中心，到2027年，新增省级以上人工智能创新平台8个。支持创新平台开放共享仪器设备和研发资源，服务中小企业技术创新。鼓励企业加大研发投入，落实研发费用加计扣除等税收优惠政策。",
            ),
            (
                "15.",
                "加强安全监管",
                "落实人工智能安全管理制度，加强人工智能产品质量监管和数据安全保护，引导企业建立人工智能伦理审查和安全评估机制，防范人工智能应用风险。加强人工智能生成内容标识管理，依法查处利用人工智能实施的虚假宣传、侵犯知识产权等违法行为。",
            ),
        ],
        "以上任务由市科技局牵头，市人社局、市市场监管局、市数据资源局配合。",
        ["sci"],
        ["hrss", "market", "data"],
    ),
]

STEPS = [
    "三、实施步骤",
    "（一）动员部署阶段（2026年4月—5月）。各责任单位对照本方案明确的目标任务，细化工作举措，制定本单位具体实施方案，于2026年5月底前报市工信局。",
    "（二）全面推进阶段（2026年6月—2027年9月）。各责任单位按照职责分工，全面推进各项重点任务落实，集中力量推动一批重点项目建设、一批应用场景落地，每季度末向市工信局报送工作进展情况。市工信局会同市发改局定期开展调度，及时协调解决行动推进中遇到的困难和问题。",
    "（三）总结提升阶段（2027年10月—12月）。全面总结行动实施成效，系统梳理典型经验和做法，研究提出下一阶段推进人工智能发展的思路举措，形成行动实施情况总结报告报市人民政府。",
]

ROLES_BY_ITEM = {
    "7.": (["agri"], ["towns"], []),
    "8.": (["agri"], ["towns"], []),
    "9.": (["tour"], ["commerce"], []),
    "10.": ([], [], ["edu", "health", "hrss"]),
    "11.": ([], [], ["edu", "health", "hrss"]),
    "12.": ([], [], ["edu", "health", "hrss"]),
    "6.": (["sci"], ["hzone"], []),
}

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立浏阳市推进“人工智能+”行动工作领导小组，由市政府主要负责同志任组长，分管负责同志任副组长，相关部门和乡镇（街道）主要负责同志为成员，领导小组办公室设在市工信局，负责统筹协调、调度推进和督查考核。",
    ),
    (
        "（二）",
        "强化要素保障",
        "市财政每年统筹安排专项资金支持人工智能产业发展和场景应用，优先保障人工智能重点项目用地、用能需求，鼓励金融机构创新金融产品，加大对人工智能企业的信贷支持。",
    ),
    (
        "（三）",
        "加强宣传推广",
        "及时总结推广“人工智能+”行动中的好经验、好做法，通过报刊、广播电视、新媒体等渠道宣传典型案例，举办人工智能应用成果展示、供需对接等活动，引导企业和群众了解人工智能、应用人工智能，营造良好发展氛围。",
    ),
    (
        "（四）",
        "守牢安全底线",
        "统筹发展和安全，落实网络安全、数据安全和个人信息保护责任，加强人工智能应用的安全评估和风险监测，在花炮安全生产、医疗卫生等重点领域建立人工智能应用安全审查机制，确保人工智能应用安全可控。",
    ),
    (
        "（五）",
        "加强督促考核",
        "将“人工智能+”行动主要指标和重点任务纳入年度绩效考核，建立季度调度、年度评估工作机制，对工作推进有力、成效明显的单位予以通报表扬，对工作推进滞后的予以督促。各责任单位确定一名分管负责同志和一名联络员，于每季度末向领导小组办公室报送工作进展和下阶段工作安排。",
    ),
]


def write():
    lines = [NOTICE]
    targets = []
    t = 1
    for i, (name, unit, base, v26, v27, attr, kind, agg) in enumerate(INDICATORS, 1):
        row = f"{i}\t{name}\t{unit}\t{base}\t{v26:g}\t{v27:g}\t{attr}"
        lines.append(row)
        phrase = f"{name}\t{unit}\t{base}\t{v26:g}\t{v27:g}"
        for year, value in ((2026, v26), (2027, v27)):
            more = {"kind": kind} if kind else {}
            if agg == "flow":
                more["per_year"] = False
            found = target(f"T{t}", name, unit, "eq", value, year, phrase, agg, **more)
            found.pop("per_year", None)
            targets.append(found)
            t += 1
    lines.append("二、重点任务")
    global ITEM_GOAL
    sections = []
    for numbering, title, items, group_line, glead, gsupp in CHAPTERS:
        lines.append(f"{numbering}{title}")
        tasks = []
        for num, item_title, body in items:
            text = f"{item_title}。{body}"
            lines.append(f"{num}{text}")
            lead, supp, resp = ROLES_BY_ITEM.get(num, (glead, gsupp, []))
            if num == "14.":
                ITEM_GOAL = {
                    "code": "G2",
                    "numbering": num,
                    "title": item_title,
                    "text": text,
                    "targets": [
                        target(
                            f"T{t}",
                            "新增省级以上人工智能创新平台",
                            "个",
                            "eq",
                            8,
                            2027,
                            "新增省级以上人工智能创新平台8个",
                            "flow",
                            kind="innovation_platforms",
                        )
                    ],
                }
            tasks.append(
                task(
                    f"二.{numbering}.{num.rstrip('.')}",
                    num,
                    item_title,
                    text,
                    lead=lead,
                    supporting=supp,
                    responsible=resp,
                )
            )
        lines.append(group_line)
        sections.append(
            {
                "code": f"二.{numbering}",
                "numbering": numbering,
                "title": title,
                "kind": "key_task",
                "tasks": tasks,
            }
        )
    lines.extend(STEPS)
    lines.append("四、保障措施")
    safe = []
    for num, title, body in SAFEGUARDS:
        text = f"{title}。{body}"
        lines.append(f"{num}{text}")
        safe.append(task(f"四.{num}", num, title, text))
    (HERE / f"{SLUG}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = {
        "format": 1,
        "zone": {"slug": "liuyang", "name": "浏阳市", "name_en": "Liuyang", "level": "city"},
        "plan": {
            "code": SLUG,
            "title": "浏阳市“人工智能+”行动工作方案（2026—2027年）",
            "title_en": 'Liuyang work plan for the "AI+" action (2026–2027) — synthetic',
            "issuer": "浏阳市人民政府办公室",
            "doc_number": "浏政办发〔2026〕11号",
            "issued_on": "2026-04-08",
            "period_start": 2026,
            "period_end": 2027,
            "milestone_years": [2026, 2027],
            "source_file": f"{SLUG}.txt",
        },
        "agencies": AGENCIES,
        "goals": [
            {"code": "G1", "title": "浏阳市“人工智能+”行动主要指标", "targets": targets},
            ITEM_GOAL,
        ],
        "sections": [
            {
                "code": "二",
                "numbering": "二、",
                "title": "重点任务",
                "kind": "key_task",
                "sections": sections,
            },
            {
                "code": "四",
                "numbering": "四、",
                "title": "保障措施",
                "kind": "safeguard",
                "tasks": safe,
            },
        ],
    }
    extraction_write(SLUG, HEADER, data)


HEADER = """
浏阳市“人工智能+”行动工作方案（2026—2027年） (浏政办发〔2026〕11号) — SYNTHETIC (synthetic_j): the text was WRITTEN by the
collector (helper hsynthJ, 2026-12-03) imitating a county-level city government office's work plan, not copied from any page; no such
document is claimed to exist (number, date, figures and some bodies' exact names are made up). Written, and extracted by hand
(doc_liuyang.py prints the text and writes this file from the same items; roles, targets and every judgement by hand), BEFORE the
collector read any importer code, rule table or draft. See SYNTHETIC_J.md.
Text: notice; title; preamble; 一、工作目标 — a paragraph with NO figure (its "到2027年，…基本形成。" sentence is qualitative: no goal) ending
  "主要指标如下：", a caption line "浏阳市“人工智能+”行动主要
  指标", then a TAB-separated indicator table `序号\\t指标名称\\t单位\\t2025年（基期）\\t2026年\\t2027年\\t指标属性` of six rows; 二、重点任务 four
  chapters "（一）标题" of items "N.标题。正文" numbered 1.–12. continuously; after each chapter's items ONE LINE gives the roles of the
  whole group: "以上任务由X牵头，Y、Z配合。", "以上第7、8项由X牵头，Y配合；第9项由Z牵头，W配合。", "以上任务由X、Y、Z按职责分工负责。";
  item 6 carries its own "（市科技局牵头，浏阳高新区管委会配合）"; a fifth chapter 13.–15.; 三、实施步骤 three run-on phase
  paragraphs "（一）动员部署阶段（2026年4月—5月）。…"; 四、保障措施 five run-on "（N）标题。正文" items.
Outline: 二、 a section of four chapters; each "N." item a task (title = the words before the first 。, text = the item's line; the
  group line belongs to NO task's text — it is a note on the group, printed after its last item). 三、实施步骤's phases are NO tasks
  (a schedule of the whole plan: when units write their own plans, report, sum up — not work items; "报市工信局" assigns nothing). 四、's items are safeguard tasks with
  no roles ("领导小组办公室设在市工信局" assigns nothing).
Roles: the group line covers every item of its chapter that carries no annotation of its own — X牵头 → lead, Y配合 → supporting;
  item 6 keeps ONLY its own annotation (SOURCES: an item annotated itself keeps its own; the group line says 牵头 and 配合, both of
  which item 6 names itself, so nothing is added). "以上第7、8项由…；第9项由…" split by item numbers: items 7 and 8 市农业农村局 lead,
  各乡镇（街道） supporting (one collective agency); item 9 市文旅广体局 lead, 市商务局 supporting. "X、Y、Z按职责分工负责" with no
  lead → all three responsible for each of items 10–12 (SOURCES convention; the line does not say which body does which item).
Targets: ONE goal titled by the table's caption line; each indicator row gives TWO targets, its 2026 value (deadline 2026) and its 2027
  value (deadline 2027), comparator eq (bare numbers); the 2025年（基期） column is a BASELINE, not a target (not recorded as baseline
  either, to keep the targets to what the row promises); source_phrase = the row from its name to the 2027 value (tabs as printed;
  both targets of a row quote the same cells). 年度人工智能技能培训 (万人次, 约束性) is an annual figure: flow, not per_year (each column
  is that year's own figure). The percentage-point row "较基期提高" 5 / 10 个百分点 are targets in unit 个百分点 (increase over the base;
  its base cell is "—"). The 指标属性 column (预期性 / 约束性) is not recorded.
Item 14 holds a figure ("到2027年，新增省级以上人工智能创新平台8个") and is also a goal titled like the task (SOURCES): eq 8, flow
  (新增), deadline 2027. "规模以上工业企业数字化改造全覆盖" (item 5) is qualitative — no target.
Period: 2026–2027.
"""

if __name__ == "__main__":
    write()
