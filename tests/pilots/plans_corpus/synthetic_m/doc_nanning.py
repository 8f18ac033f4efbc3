# ruff: noqa: E501  (the plan's text is kept as the writer set it)
"""南宁市2026年“人工智能+”行动工作要点 — INVENTED (synthetic_m). A city's annual work points
as a Word file: a few paragraphs with the year's numeric goals, then the work as ONE TABLE
序号 | 工作任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限, 序号 counting the 具体举措 rows, each
工作任务 cell merged down over its 2–4 rows (and, where one body leads every row, the 牵头单位
cell merged too). A task is the merged 工作任务 cell; its rows are its clauses."""

from common import agency, target

SLUG = "nanning-ai-plus-work-points-2026-synthetic"

AGENCIES = [
    agency("fgw", "南宁市发展和改革委员会", ["市发展改革委"], "development_reform"),
    agency("gxj", "南宁市工业和信息化局", ["市工业和信息化局"], "industry_it"),
    agency("kjj", "南宁市科学技术局", ["市科技局"], "science_technology"),
    agency("dsj", "南宁市大数据发展局", ["市大数据发展局"], "big_data"),
    agency("jyj", "南宁市教育局", ["市教育局"], "education"),
    agency("rsj", "南宁市人力资源和社会保障局", ["市人力资源社会保障局"], "human_resources"),
    agency("czj", "南宁市财政局", ["市财政局"], "finance"),
    agency("swj", "南宁市商务局", ["市商务局"], "commerce"),
    agency("tcj", "南宁市投资促进局", ["市投资促进局"], "commerce"),
    agency("wjw", "南宁市卫生健康委员会", ["市卫生健康委"], "health"),
    agency("nyj", "南宁市农业农村局", ["市农业农村局"], "agriculture"),
    agency("wlj", "南宁市文化广电和旅游局", ["市文化广电旅游局"], "culture_tourism"),
    agency("scj", "南宁市市场监督管理局", ["市市场监管局"], "market_regulation"),
    agency("gaj", "南宁市公安局", ["市公安局"], "public_security"),
    agency("jtj", "南宁市交通运输局", ["市交通运输局"], "transport"),
    agency("spj", "南宁市行政审批局", ["市行政审批局"], "government_services"),
    agency("jrb", "中共南宁市委金融委员会办公室", ["市委金融办"], "financial_regulation"),
    agency("cac", "中共南宁市委网络安全和信息化委员会办公室", ["市委网信办"], "party_organisation"),
    agency("gxq", "南宁高新技术产业开发区管理委员会", ["南宁高新区管委会"], "park_administration"),
    agency("xq", "各县（区）人民政府", ["各县（区）人民政府"], "local_government"),
    agency("kfq", "开发区管委会", ["开发区管委会"], "park_administration"),
]
NAMES = {a["aliases"][0]: a["code"] for a in AGENCIES}

TITLE = "南宁市2026年“人工智能+”行动工作要点"
INTRO = [
    "2026年是“十五五”开局之年，也是深入实施“人工智能+”行动的关键之年。为深入贯彻落实国家和自治区关于实施“人工智能+”行动的决策部署，加快建设面向东盟的人工智能开放合作高地，推动人工智能与实体经济深度融合，结合我市实际，制定本工作要点。",
    "2025年，全市人工智能核心产业营收约250亿元，人工智能企业约320家，中国—东盟人工智能计算中心建成投用，智能算力规模达到2EFLOPS，人工智能在制造、政务、医疗等领域的应用不断拓展。",
    "一、工作目标",
]
GOAL = "2026年，全市人工智能核心产业营收突破300亿元，同比增长20%以上；人工智能企业达到400家；智能算力规模达到3EFLOPS；打造人工智能典型应用场景100个以上，中国—东盟人工智能合作成果进一步显现。"
BEFORE_TABLE = [
    "二、重点任务",
    "围绕算力、数据、开放合作、产业赋能、民生服务、企业培育和要素保障，安排重点任务11项、具体举措30条，各牵头单位要按照完成时限抓好落实，详见下表。",
]
HEADER = ["序号", "工作任务", "具体举措", "牵头单位", "配合单位", "完成时限"]

# (工作任务, lead merged over the rows or None, [(具体举措, 牵头 or None, 配合, 完成时限)])
TASKS = [
    (
        "建设智能算力基础设施",
        None,
        [
            (
                "推进中国—东盟人工智能计算中心二期建设，新增智能算力1EFLOPS，提升面向东盟的算力服务能力，推动国产算力设备规模化应用。",
                "市发展改革委",
                "市工业和信息化局、市大数据发展局",
                "2026年12月底",
            ),
            (
                "建设全市算力统筹调度平台，汇聚政务云、智算中心等算力资源，实现算力资源“一网调度”，为企业提供算力申请、交易和结算一站式服务。",
                "市大数据发展局",
                "市发展改革委",
                "2026年9月底",
            ),
            (
                "实施“算力券”政策，年内发放算力券不少于2000万元，降低中小企业用算成本，优先支持本地企业开展模型训练和应用开发。",
                "市工业和信息化局",
                "市财政局、市大数据发展局",
                "2026年12月底",
            ),
        ],
    ),
    (
        "推进数据要素开发利用",
        "市大数据发展局",
        [
            (
                "开展公共数据授权运营试点，新增上线公共数据开放数据集200个以上，推动公共数据在金融、医疗、交通等领域开发利用。",
                None,
                "市行政审批局",
                "2026年10月底",
            ),
            (
                "建设面向东盟的多语种语料库，建成东盟小语种高质量数据集10个，支撑多语种大模型训练。",
                None,
                "市商务局、市教育局",
                "2026年12月底",
            ),
        ],
    ),
    (
        "打造面向东盟的人工智能开放合作高地",
        None,
        [
            (
                "办好2026中国—东盟人工智能合作论坛，举办企业对接活动不少于5场，推动签约一批合作项目。",
                "市商务局",
                "市工业和信息化局、市投资促进局",
                "2026年9月底",
            ),
            (
                "推动东盟国家人工智能企业和项目在邕落地，引进人工智能合作项目10个以上。",
                "市投资促进局",
                "市商务局，各县（区）人民政府、开发区管委会",
                "全年",
            ),
            (
                "支持本地企业参与东盟国家智慧城市、跨境电商等项目建设，推动人工智能产品和服务“走出去”。",
                "市商务局",
                "市工业和信息化局",
                "持续推进",
            ),
        ],
    ),
    (
        "推动人工智能技术创新",
        "市科技局",
        [
            (
                "实施人工智能重大科技专项，支持企业联合高校院所开展大模型、智能传感、多语种机器翻译等关键技术攻关，组织实施市级人工智能科技项目15项以上。",
                None,
                "市工业和信息化局",
                "2026年12月底",
            ),
            (
                "推动广西大学等高校与龙头企业共建人工智能联合实验室，新建市级以上人工智能创新平台5个。",
                None,
                "市教育局",
                "2026年12月底",
            ),
            (
                "开展人工智能科技成果转化对接活动，完善技术转移服务体系，促进科技成果在邕转化落地。",
                None,
                "市工业和信息化局",
                "全年",
            ),
        ],
    ),
    (
        "推进“人工智能+制造”",
        "市工业和信息化局",
        [
            (
                "实施制造业智能化改造数字化转型行动，新增智能工厂和数字化车间20个。",
                None,
                "南宁高新区管委会，各县（区）人民政府、开发区管委会",
                "2026年12月底",
            ),
            (
                "推动铝精深加工、电子信息、新能源汽车等产业链龙头企业开放应用场景，发布制造业场景需求清单，组织解决方案供应商开展“揭榜挂帅”。",
                None,
                "市科技局",
                "2026年6月底",
            ),
        ],
    ),
    (
        "推进“人工智能+现代农业”",
        "市农业农村局",
        [
            (
                "推广智能农机、病虫害智能识别、水肥一体化智能控制等应用，建设智慧农业示范基地5个。",
                None,
                "市科技局",
                "2026年11月底",
            ),
            (
                "推动甘蔗、水果、茉莉花等特色产业建设产业大脑，提升农产品生产管理和产销对接智能化水平。",
                None,
                "市大数据发展局、市商务局",
                "2026年12月底",
            ),
        ],
    ),
    (
        "拓展民生领域智能应用",
        None,
        [
            (
                "推进人工智能辅助诊疗在市属公立医院全覆盖，建设智慧医院5家，推广智能导诊、智能病历质控等应用。",
                "市卫生健康委",
                "市大数据发展局",
                "2026年12月底",
            ),
            (
                "开展人工智能教育试点，建设人工智能教育特色学校30所，开展中小学人工智能通识教育和教师培训。",
                "市教育局",
                "市科技局",
                "2026年12月底",
            ),
            (
                "推广交通信号智能配时，在主城区50个路口应用智能信号优化系统。",
                "市公安局",
                "市交通运输局",
                "2026年11月底",
            ),
            (
                "推进“人工智能+文旅”，在青秀山等景区和博物馆推广智能导览、数字人讲解服务。",
                "市文化广电旅游局",
                "市大数据发展局",
                "2026年12月底",
            ),
        ],
    ),
    (
        "提升政务服务智能化水平",
        None,
        [
            (
                "上线城市智能客服，实现12345热线智能应答、工单智能分拨，提升诉求办理效率。",
                "市行政审批局",
                "市大数据发展局",
                "2026年8月底",
            ),
            (
                "推动政务大模型在公文辅助、智能审批等场景应用，打造政务智能应用场景20个以上。",
                "市大数据发展局",
                "市行政审批局",
                "2026年12月底",
            ),
        ],
    ),
    (
        "壮大人工智能企业集群",
        "市工业和信息化局",
        [
            (
                "实施人工智能企业梯度培育行动，新增人工智能规模以上企业15家。",
                None,
                "市科技局",
                "2026年12月底",
            ),
            (
                "支持南宁高新区建设人工智能产业园，园区入驻企业达到100家，完善孵化、中试和检测等公共服务。",
                None,
                "南宁高新区管委会",
                "2026年12月底",
            ),
            (
                "组织开展“人工智能+”供需对接活动，促进本地企业产品应用推广。",
                None,
                "市投资促进局",
                "全年",
            ),
        ],
    ),
    (
        "优化人工智能发展环境",
        None,
        [
            (
                "修订完善人工智能产业支持政策，在算力、数据、场景、人才等方面加大支持力度。",
                "市工业和信息化局",
                "市财政局、市发展改革委",
                "2026年6月底",
            ),
            (
                "建立人工智能重点企业和重点项目服务专员制度，协调解决企业发展中的困难和问题。",
                "市工业和信息化局",
                "市投资促进局，各县（区）人民政府、开发区管委会",
                "持续推进",
            ),
            (
                "加强人工智能知识产权保护，开展知识产权质押融资和专利导航服务。",
                "市市场监管局",
                "市委金融办",
                "2026年12月底",
            ),
        ],
    ),
    (
        "强化人才和要素保障",
        None,
        [
            (
                "实施人工智能人才引育计划，开展数字技能培训5000人次，支持企业与职业院校共建实训基地。",
                "市人力资源社会保障局",
                "市教育局",
                "2026年12月底",
            ),
            (
                "设立人工智能产业投资基金，基金规模达到20亿元，重点投向本地人工智能初创企业和重大项目。",
                "市委金融办",
                "市财政局",
                "2026年10月底",
            ),
            (
                "加强人工智能安全监测和算法备案指导，开展重点行业应用安全风险排查。",
                "市委网信办",
                "市公安局",
                "持续推进",
            ),
        ],
    ),
]

AFTER_TABLE = [
    "三、工作要求",
    "（一）压实工作责任。各牵头单位要细化工作方案，明确时间表、路线图和责任人，配合单位要主动对接、密切配合，形成工作合力，确保各项任务按期完成。各县（区）、开发区要结合实际抓好贯彻落实。",
    "（二）加强跟踪调度。市“人工智能+”行动工作专班每季度调度一次工作进展，各牵头单位于每季度末5日前报送任务推进情况。对进度滞后的任务及时督促整改，重大问题及时提请市人民政府研究解决。",
    "（三）强化要素支撑。统筹用好各级专项资金，加大对人工智能重大项目、公共服务平台和应用场景建设的支持力度，保障重点项目用地、用能需求。",
    "（四）营造良好氛围。加强典型案例宣传推广，及时总结推广“人工智能+”行动中的好经验好做法，营造全社会关注支持人工智能发展的良好氛围。",
]

DUES = {
    "2026年12月底": "2026-12-31",
    "2026年11月底": "2026-11-30",
    "2026年10月底": "2026-10-31",
    "2026年9月底": "2026-09-30",
    "2026年8月底": "2026-08-31",
    "2026年6月底": "2026-06-30",
    "全年": "2026-12-31",
    "持续推进": None,
}

# 具体举措 → targets (the row's figures; voucher budget 2000万元 is no target)
ROW_TARGETS = {
    "新增智能算力1EFLOPS": ("智能算力新增规模", "EFLOPS", "eq", 1, "flow", "computing_power"),
    "新增上线公共数据开放数据集200个以上": ("公共数据开放数据集", "个", "gte", 200, "flow", None),
    "建成东盟小语种高质量数据集10个": ("东盟小语种高质量数据集", "个", "eq", 10, "flow", None),
    "举办企业对接活动不少于5场": ("企业对接活动", "场", "gte", 5, "flow", None),
    "引进人工智能合作项目10个以上": ("人工智能合作项目", "个", "gte", 10, "flow", None),
    "新增智能工厂和数字化车间20个": ("智能工厂和数字化车间", "个", "eq", 20, "flow", None),
    "建设智慧医院5家": ("智慧医院", "家", "eq", 5, "flow", None),
    "建设人工智能教育特色学校30所": ("人工智能教育特色学校", "所", "eq", 30, "flow", None),
    "在主城区50个路口应用智能信号优化系统": (
        "应用智能信号优化系统的路口",
        "个",
        "eq",
        50,
        "flow",
        None,
    ),
    "打造政务智能应用场景20个以上": (
        "政务智能应用场景",
        "个",
        "gte",
        20,
        "flow",
        "application_scenarios",
    ),
    "新增人工智能规模以上企业15家": (
        "人工智能规模以上企业",
        "家",
        "eq",
        15,
        "flow",
        "ai_enterprises",
    ),
    "组织实施市级人工智能科技项目15项以上": (
        "市级人工智能科技项目",
        "项",
        "gte",
        15,
        "flow",
        "research_results",
    ),
    "新建市级以上人工智能创新平台5个": (
        "市级以上人工智能创新平台",
        "个",
        "eq",
        5,
        "flow",
        "innovation_platforms",
    ),
    "建设智慧农业示范基地5个": ("智慧农业示范基地", "个", "eq", 5, "flow", None),
    "园区入驻企业达到100家": ("人工智能产业园入驻企业", "家", "eq", 100, "stock", None),
    "开展数字技能培训5000人次": ("数字技能培训", "人次", "eq", 5000, "flow", "talent"),
}


def ids(names: str) -> list[str]:
    found = []
    for part in names.replace("，", "、").split("、"):
        found.append(NAMES[part])
    return found


def words() -> str:
    """The document's words in reading order (a merged cell once per row), for the checks."""
    lines = [TITLE, *INTRO, GOAL, *BEFORE_TABLE, "\t".join(HEADER)]
    n = 0
    for task, lead, rows in TASKS:
        for step, own_lead, support, due in rows:
            n += 1
            lines.append("\t".join([str(n), task, step, own_lead or lead, support, due]))
    return "\n".join([*lines, *AFTER_TABLE])


def data() -> dict:
    goals = [
        {
            "code": "G1",
            "numbering": "一、",
            "title": "工作目标",
            "text": GOAL,
            "targets": [
                target(
                    "T1",
                    "人工智能核心产业营收",
                    "亿元",
                    "gt",
                    300,
                    2026,
                    "stock",
                    "全市人工智能核心产业营收突破300亿元",
                    kind="ai_industry_scale",
                ),
                target(
                    "T2",
                    "人工智能核心产业营收增速",
                    "%",
                    "gte",
                    20,
                    2026,
                    "stock",
                    "同比增长20%以上",
                ),
                target(
                    "T3",
                    "人工智能企业",
                    "家",
                    "eq",
                    400,
                    2026,
                    "stock",
                    "人工智能企业达到400家",
                    kind="ai_enterprises",
                ),
                target(
                    "T4",
                    "智能算力规模",
                    "EFLOPS",
                    "eq",
                    3,
                    2026,
                    "stock",
                    "智能算力规模达到3EFLOPS",
                    kind="computing_power",
                ),
                target(
                    "T5",
                    "人工智能典型应用场景",
                    "个",
                    "gte",
                    100,
                    2026,
                    "stock",
                    "打造人工智能典型应用场景100个以上",
                    kind="application_scenarios",
                ),
            ],
        }
    ]
    tasks = []
    n = 0
    count = len(goals[0]["targets"])
    for i, (task, lead, rows) in enumerate(TASKS, 1):
        clauses, dues, found = [], [], []
        for step, own_lead, support, due in rows:
            n += 1
            clause = {"text": step, "lead": ids(own_lead or lead), "supporting": ids(support)}
            clauses.append(clause)
            if DUES[due]:
                dues.append(DUES[due])
            for phrase, (metric, unit, comp, value, agg, kind) in ROW_TARGETS.items():
                if phrase in step:
                    extra = {"kind": kind} if kind else {}
                    count += 1
                    found.append(
                        target(f"T{count}", metric, unit, comp, value, 2026, agg, phrase, **extra)
                    )
        entry = {"code": f"二.{i}", "title": task, "text": task}
        if dues:
            entry["due"] = max(dues)
        entry["clauses"] = clauses
        tasks.append(entry)
        if found:
            goals.append({"code": f"G{len(goals) + 1}", "title": task, "targets": found})
    safeguards = [
        {
            "code": f"三.{k}",
            "numbering": line[:3],
            "title": line[3:].split("。", 1)[0],
            "text": line[3:],
        }
        for k, line in enumerate(AFTER_TABLE[1:], 1)
    ]
    return {
        "format": 1,
        "zone": {"slug": "nanning-city", "name": "南宁市", "name_en": "Nanning", "level": "city"},
        "plan": {
            "code": SLUG,
            "title": TITLE,
            "title_en": "Nanning 2026 AI+ action work points — synthetic",
            "period_start": 2026,
            "period_end": 2026,
            "milestone_years": [2026],
            "source_file": SLUG + ".docx",
        },
        "agencies": AGENCIES,
        "goals": goals,
        "sections": [
            {
                "code": "二",
                "numbering": "二、",
                "title": "重点任务",
                "kind": "key_task",
                "tasks": tasks,
            },
            {
                "code": "三",
                "numbering": "三、",
                "title": "工作要求",
                "kind": "safeguard",
                "tasks": safeguards,
            },
        ],
    }


def build(path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    style.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(22)
    for line in [*INTRO, GOAL, *BEFORE_TABLE]:
        para = doc.add_paragraph(line)
        if line.startswith(("一、", "二、")):
            para.runs[0].bold = True
    rows = sum(len(r) for _, _, r in TASKS)
    table = doc.add_table(rows=rows + 1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, name in enumerate(HEADER):
        table.cell(0, c).text = name
        table.cell(0, c).paragraphs[0].runs[0].bold = True
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    r = 1
    for task, lead, steps in TASKS:
        first = r
        for step, own_lead, support, due in steps:
            table.cell(r, 0).text = str(r)
            table.cell(r, 2).text = step
            if lead is None:
                table.cell(r, 3).text = own_lead
            table.cell(r, 4).text = support
            table.cell(r, 5).text = due
            r += 1
        merged = table.cell(first, 1).merge(table.cell(r - 1, 1))
        merged.text = task
        if lead is not None:
            merged = table.cell(first, 3).merge(table.cell(r - 1, 3))
            merged.text = lead
    for line in AFTER_TABLE:
        para = doc.add_paragraph(line)
        if line.startswith("三、"):
            para.runs[0].bold = True
    doc.core_properties.author = "南宁市人民政府办公室"
    doc.core_properties.title = TITLE
    doc.save(str(path))
