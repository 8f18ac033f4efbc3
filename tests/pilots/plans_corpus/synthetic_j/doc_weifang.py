# ruff: noqa: E501  (the documents' sentences and the YAML header are kept whole, one per line)
"""潍坊市 "人工智能+" 行动方案 as a Word file: a short body and an annex 重点任务分解表 in which each task spans
several rows, one per 具体举措 with its own 牵头单位 / 配合单位, the 序号, 重点任务 and 完成时限 cells merged down
— INVENTED."""

from common import HERE, agency, clause, extraction_write, target, task
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SLUG = "weifang-ai-plus-2026-synthetic"

AGENCIES = [
    agency("drc", "潍坊市发展和改革委员会", "development_reform", "市发展改革委"),
    agency("data", "潍坊市大数据局", "big_data", "市大数据局"),
    agency("miit", "潍坊市工业和信息化局", "industry_it", "市工业和信息化局"),
    agency("power", "国网潍坊供电公司", "state_enterprise"),
    agency("group", "潍坊市城市建设发展投资集团有限公司", "state_enterprise", "市城投集团"),
    agency("cac", "中共潍坊市委网络安全和信息化委员会办公室", "party_organisation", "市委网信办"),
    agency("sci", "潍坊市科学技术局", "science_technology", "市科技局"),
    agency("fin", "潍坊市财政局", "finance", "市财政局"),
    agency("counties", "各县市区政府", "local_government"),
    agency("agri", "潍坊市农业农村局", "agriculture", "市农业农村局"),
    agency("transport", "潍坊市交通运输局", "transport", "市交通运输局"),
    agency("edu", "潍坊市教育局", "education", "市教育局"),
    agency("health", "潍坊市卫生健康委员会", "health", "市卫生健康委"),
    agency("hrss", "潍坊市人力资源和社会保障局", "human_resources", "市人力资源社会保障局"),
    agency("civil", "潍坊市民政局", "civil_affairs", "市民政局"),
    agency("talent", "中共潍坊市委组织部", "party_organisation", "市委组织部"),
    agency("market", "潍坊市市场监督管理局", "market_regulation", "市市场监管局"),
    agency("finreg", "中共潍坊市委金融委员会办公室", "financial_regulation", "市委金融办"),
    agency("nr", "潍坊市自然资源和规划局", "natural_resources", "市自然资源和规划局"),
    agency("govsvc", "潍坊市行政审批服务局", "government_services", "市行政审批服务局"),
]

# category rows, then tasks: (title, due cell, [(具体举措, 牵头 cell, 配合 cell, lead codes, supporting codes)])
ANNEX = [
    (
        "一、夯实基础底座",
        [
            (
                "建设智能算力基础设施",
                "2027年底",
                [
                    (
                        "建设潍坊人工智能计算中心二期，推动智算中心接入省级算力调度平台，新增智能算力3000P以上，构建通用算力、智能算力、边缘算力协同发展的算力体系。",
                        "市发展改革委",
                        "市大数据局、国网潍坊供电公司",
                        ["drc"],
                        ["data", "power"],
                    ),
                    (
                        "发放“算力券”，对中小企业、科研机构使用智能算力给予补贴，降低模型训练和推理成本，优先支持使用国产算力的项目。",
                        "市大数据局",
                        "市财政局",
                        ["data"],
                        ["fin"],
                    ),
                    (
                        "推进存量数据中心节能改造和智能化升级，新建数据中心PUE控制在1.25以下，推广液冷、余热利用等绿色节能技术。",
                        "市发展改革委",
                        "市工业和信息化局",
                        ["drc"],
                        ["miit"],
                    ),
                ],
            ),
            (
                "推动高质量数据供给",
                "2026年底",
                [
                    (
                        "编制公共数据开放目录，推动交通、农业、医疗等领域公共数据有序开放，开展公共数据授权运营试点，建立数据需求和供给清单对接机制。",
                        "市大数据局",
                        "市委网信办",
                        ["data"],
                        ["cac"],
                    ),
                    (
                        "围绕装备制造、现代农业、海洋化工等领域建设行业高质量数据集，支持建设数据标注基地，培育数据标注、数据清洗、数据合规等服务企业。",
                        "市大数据局",
                        "市工业和信息化局、市农业农村局",
                        ["data"],
                        ["miit", "agri"],
                    ),
                ],
            ),
            (
                "完善新型网络设施",
                "持续推进",
                [
                    (
                        "推进5G网络、千兆光网在工业园区和重点场所深度覆盖，开展5G-A试点部署，推动园区建设5G行业虚拟专网。",
                        "市工业和信息化局",
                        "各县市区政府",
                        ["miit"],
                        ["counties"],
                    ),
                    (
                        "建设工业互联网标识解析二级节点，推动重点企业接入国家工业互联网大数据中心，提升工业数据汇聚和应用能力。",
                        "市工业和信息化局",
                        "市城投集团",
                        ["miit"],
                        ["group"],
                    ),
                ],
            ),
        ],
    ),
    (
        "二、推动产业赋能",
        [
            (
                "实施“人工智能+制造”行动",
                "2027年底",
                [
                    (
                        "支持动力装备、农机装备等龙头企业建设智能工厂，推广工业大模型在研发设计、生产调度、质量检测等环节应用，打造一批人工智能赋能示范企业和标杆场景。",
                        "市工业和信息化局",
                        "市科技局",
                        ["miit"],
                        ["sci"],
                    ),
                    (
                        "组织开展中小企业智能化改造诊断，每年诊断企业200家以上，推广“小快轻准”数字化产品，带动中小企业“上云用数赋智”。",
                        "市工业和信息化局",
                        "各县市区政府",
                        ["miit"],
                        ["counties"],
                    ),
                    (
                        "培育人工智能系统解决方案服务商，建设制造业人工智能公共服务平台，提供模型适配、测试验证、场景对接等服务。",
                        "市工业和信息化局",
                        "市大数据局",
                        ["miit"],
                        ["data"],
                    ),
                ],
            ),
            (
                "发展“人工智能+物流”",
                "2027年底",
                [
                    (
                        "依托潍坊港和综合保税区建设智慧港口、智慧物流园区，推广无人集卡、智能仓储、智能分拣等应用，提升港口作业效率。",
                        "市交通运输局",
                        "市发展改革委、各县市区政府",
                        ["transport"],
                        ["drc", "counties"],
                    ),
                    (
                        "支持物流企业应用人工智能优化运输线路和车货匹配，建设多式联运智能调度平台，降低社会物流成本，培育智慧物流骨干企业。",
                        "市交通运输局",
                        "市大数据局",
                        ["transport"],
                        ["data"],
                    ),
                ],
            ),
            (
                "推进“人工智能+农业”",
                "2027年底",
                [
                    (
                        "在寿光等地建设智慧农业示范园区，推广设施蔬菜智能管控、病虫害智能识别、水肥一体化智能灌溉等技术，打造智慧农业“潍坊模式”。",
                        "市农业农村局",
                        "各县市区政府",
                        ["agri"],
                        ["counties"],
                    ),
                    (
                        "建设农业大模型和农产品全产业链大数据平台，推动种业研发智能化，支持农业科技企业开发智能农机和农业机器人。",
                        "市农业农村局",
                        "市科技局、市大数据局",
                        ["agri"],
                        ["sci", "data"],
                    ),
                ],
            ),
            (
                "培育人工智能产业集群",
                "持续推进",
                [
                    (
                        "围绕智能终端、声学光电、智能网联汽车等领域招引人工智能重点项目，建立重点项目库，实行专班推进、清单管理。",
                        "市发展改革委",
                        "市工业和信息化局、各县市区政府",
                        ["drc"],
                        ["miit", "counties"],
                    ),
                    (
                        "实施人工智能企业梯度培育，支持企业申报专精特新企业和高新技术企业，对成长性好的企业在融资、用地等方面给予重点支持。",
                        "市工业和信息化局",
                        "市科技局",
                        ["miit"],
                        ["sci"],
                    ),
                ],
            ),
        ],
    ),
    (
        "三、深化民生应用",
        [
            (
                "推进“人工智能+公共服务”",
                "2026年底",
                [
                    (
                        "推动政务服务大模型应用，实现高频事项智能问答、智能预审，提升“一网通办”“一网统管”水平，推动政务热线智能化改造。",
                        "市行政审批服务局",
                        "市大数据局",
                        ["govsvc"],
                        ["data"],
                    ),
                    (
                        "推广人工智能辅助诊疗、智能影像等应用，推动县级医院智慧医院建设，推广智能导诊、智能随访等便民服务。",
                        "市卫生健康委",
                        "市大数据局",
                        ["health"],
                        ["data"],
                    ),
                    (
                        "开展人工智能通识教育，建设智慧教育示范校，推动人工智能进课堂，加强中小学教师人工智能素养培训。",
                        "市教育局",
                        "市科技局",
                        ["edu"],
                        ["sci"],
                    ),
                ],
            ),
            (
                "推进“人工智能+城市治理”",
                "2027年底",
                [
                    (
                        "建设城市运行管理服务平台，推动交通信号智能控制、城市部件智能巡检、违章停车智能识别等应用，提升城市精细化治理水平。",
                        "市交通运输局",
                        "市大数据局、市城投集团",
                        ["transport"],
                        ["data", "group"],
                    ),
                    (
                        "推广智慧养老服务，支持社区养老服务机构应用智能监护、健康监测设备，探索养老服务机器人试点应用。",
                        "市民政局",
                        "市卫生健康委",
                        ["civil"],
                        ["health"],
                    ),
                ],
            ),
        ],
    ),
    (
        "四、优化创新生态",
        [
            (
                "加快关键技术攻关",
                "2027年底",
                [
                    (
                        "聚焦智能控制、机器视觉、智能传感等方向，每年组织实施人工智能重点研发项目，支持企业牵头组建创新联合体。",
                        "市科技局",
                        "市工业和信息化局、市财政局",
                        ["sci"],
                        ["miit", "fin"],
                    ),
                    (
                        "支持企业与高校院所共建人工智能重点实验室、技术创新中心等创新平台，推动平台向中小企业开放共享仪器设备和科研数据。",
                        "市科技局",
                        "市教育局",
                        ["sci"],
                        ["edu"],
                    ),
                    (
                        "推动人工智能科技成果在本地转化应用，建设人工智能概念验证中心和中试基地。",
                        "市科技局",
                        "各县市区政府",
                        ["sci"],
                        ["counties"],
                    ),
                ],
            ),
            (
                "强化人才和创新支撑",
                "持续推进",
                [
                    (
                        "实施人工智能人才专项引育计划，引进一批领军人才和创新团队，落实人才住房、子女入学等服务保障。",
                        "市委组织部",
                        "市人力资源社会保障局、市科技局",
                        ["talent"],
                        ["hrss", "sci"],
                    ),
                    (
                        "支持潍坊学院、潍坊科技学院等高校开设人工智能相关专业，共建产业学院和实训基地，开展订单式、定向式人才培养。",
                        "市教育局",
                        "市人力资源社会保障局",
                        ["edu"],
                        ["hrss"],
                    ),
                ],
            ),
            (
                "加强金融和要素保障",
                "持续推进",
                [
                    (
                        "设立人工智能产业基金，鼓励银行机构开发“算力贷”“数据贷”等金融产品，发挥政府性融资担保机构增信作用。",
                        "市委金融办",
                        "市财政局",
                        ["finreg"],
                        ["fin"],
                    ),
                    (
                        "优先保障人工智能重点项目用地、用能需求，将符合条件的重点项目纳入市级重点项目管理，实行要素跟着项目走。",
                        "市自然资源和规划局",
                        "市发展改革委",
                        ["nr"],
                        ["drc"],
                    ),
                    (
                        "建立人工智能产品质量检测和安全评估机制，支持建设人工智能产品检验检测平台，加强人工智能伦理审查和安全风险评估。",
                        "市市场监管局",
                        "市委网信办",
                        ["market"],
                        ["cac"],
                    ),
                ],
            ),
        ],
    ),
]

DUE = {"2027年底": "2027-12-31", "2026年底": "2026-12-31"}

NOTICE = [
    "潍坊市人民政府办公室",
    "关于印发潍坊市“人工智能+”行动方案（2026—2027年）的通知",
    "潍政办字〔2026〕8号",
    "各县市区人民政府（管委会），市政府各部门、各直属机构，各大企业，各高等院校：",
    "《潍坊市“人工智能+”行动方案（2026—2027年）》已经市政府同意，现印发给你们，请认真组织实施。",
    "潍坊市人民政府办公室",
    "2026年2月16日",
    "（此件公开发布）",
]

TITLE = "潍坊市“人工智能+”行动方案（2026—2027年）"
PREAMBLE = "为深入贯彻落实国家和省关于实施“人工智能+”行动的决策部署，加快推动人工智能与实体经济深度融合，培育壮大新质生产力，助力建设现代化高品质城市，结合我市实际，制定本方案。本方案实施期为2026年至2027年，各县市区、市直各部门要将“人工智能+”行动作为推动高质量发展的重要抓手，主要负责同志亲自研究部署，确保各项任务落地见效。"
BASIS = "近年来，我市深入实施数字经济发展战略，人工智能产业加快起步，动力装备、农机装备、声学光电等优势产业智能化改造成效明显，寿光蔬菜、诸城食品等农业产业化龙头企业积极探索智能化应用，全市已建成智算中心2个、省级以上人工智能创新平台11个，人工智能相关企业超过200家。同时也要看到，我市人工智能产业规模偏小，高端人才和核心技术相对不足，算力、数据等要素支撑能力有待提升，应用场景开放的广度和深度还需拓展。"
RULES = "坚持需求牵引、应用为先，以场景开放带动技术迭代和产业集聚；坚持企业主体、政府引导，充分激发各类市场主体创新活力；坚持统筹推进、重点突破，集中资源推动一批标志性项目和场景落地；坚持发展和安全并重，确保人工智能应用安全可靠可控。"
PRINCIPLE = "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持应用牵引、创新驱动、生态培育、安全可控，充分发挥我市制造业门类齐全、农业产业化领先、应用场景丰富的优势，以“人工智能+”行动为抓手，推动人工智能赋能千行百业，加快建设全省人工智能创新应用先行区。"
GOAL = "到2027年，全市人工智能核心产业规模突破350亿元，人工智能相关企业达到300家以上，智能算力规模达到6000P，打造“人工智能+”典型应用场景120个以上，培育省级以上人工智能创新平台20个，规模以上工业企业关键工序数控化率达到70%。"
TASKS_LINE = "围绕夯实基础底座、推动产业赋能、深化民生应用、优化创新生态4个方面，实施12项重点任务、30项具体举措，各项任务的牵头单位、配合单位和完成时限详见附件《潍坊市“人工智能+”行动重点任务分解表》。各牵头单位要会同配合单位制定年度工作计划，明确时间表、路线图，确保各项任务按期完成。"
SAFEGUARDS = [
    (
        "（一）",
        "加强统筹协调",
        "建立市“人工智能+”行动推进工作机制，由分管副市长牵头，市工业和信息化局、市发展改革委、市大数据局等部门参加，定期研究解决行动推进中的重大问题，协调推进重大项目、重大平台和重大场景建设。各县市区要建立相应工作机制，结合本地产业特色制定具体落实措施，形成市县联动、部门协同的工作格局。",
        "",
    ),
    (
        "（二）",
        "强化政策支持",
        "统筹用好各级各类专项资金，对人工智能重点项目、应用场景、创新平台等给予支持。落实研发费用加计扣除、高新技术企业所得税优惠等政策，引导社会资本加大对人工智能领域的投入。加大对人工智能企业融资、用地、用能的支持力度，推动政策直达快享。",
        "（责任单位：市财政局、市发展改革委、市工业和信息化局）",
    ),
    (
        "（三）",
        "强化人才支撑",
        "将人工智能人才纳入全市重点产业人才支持目录，在落户、住房、子女入学、医疗保障等方面提供优质服务，支持企业柔性引进高端人才，鼓励高校毕业生在潍从事人工智能相关工作。",
        "（责任单位：市委组织部、市人力资源社会保障局）",
    ),
    (
        "（四）",
        "加强监测评估",
        "建立“人工智能+”行动主要指标监测和任务进展调度机制，每半年开展一次评估，评估结果作为部门和县市区综合考核的重要参考。及时总结推广典型案例和经验做法，营造全社会关注、支持、参与人工智能发展的良好氛围。统筹发展和安全，加强人工智能伦理规范和安全监管，守牢数据安全和网络安全底线。",
        "",
    ),
]
INDICATOR_CAPTION = "表1　潍坊市“人工智能+”行动主要指标"
INDICATOR_HEADER = ("序号", "指标名称", "单位", "2025年（基期）", "2026年", "2027年")
# (name, unit, base, 2026, 2027, kind, aggregation)
INDICATORS = [
    ("人工智能赋能示范企业", "家", "35", "60", "100", "ai_enterprises", "stock"),
    ("智能工厂和数字化车间", "个", "120", "180", "250", None, "stock"),
    ("人工智能技能培训", "万人次", "3.5", "5", "6", "talent", "flow"),
    ("政务服务事项智能办理率", "%", "40", "60", "80", None, "stock"),
    ("数字经济核心产业增加值占地区生产总值比重提高", "个百分点", "—", "1", "2", None, "stock"),
]
INDICATOR_NOTE = "注：人工智能技能培训为当年培训人次；数字经济核心产业增加值占地区生产总值比重提高幅度以2025年为基数计算。"
HEADER_ROW = ("序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限")


def repeat_header(row):
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def lead_sentence(document, numbering, title, body):
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{numbering}{title}。").bold = True
    paragraph.add_run(body)
    return paragraph


def build_docx():
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.font.size = Pt(16)
    for line in NOTICE:
        document.add_paragraph(line)
    document.add_paragraph(TITLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(PREAMBLE)
    document.add_paragraph("一、总体要求")
    lead_sentence(document, "（一）", "发展基础", BASIS)
    lead_sentence(document, "（二）", "总体思路", PRINCIPLE)
    lead_sentence(document, "（三）", "基本原则", RULES)
    document.add_paragraph("（四）主要目标")
    document.add_paragraph(GOAL)
    document.add_paragraph(INDICATOR_CAPTION).alignment = WD_ALIGN_PARAGRAPH.CENTER
    indicators = document.add_table(rows=1 + len(INDICATORS), cols=6)
    indicators.style = "Table Grid"
    for cell, text in zip(indicators.rows[0].cells, INDICATOR_HEADER, strict=True):
        cell.text = text
    for row, (number, values) in zip(indicators.rows[1:], enumerate(INDICATORS, 1), strict=True):
        for cell, text in zip(row.cells, (str(number), *values[:5]), strict=True):
            cell.text = text
    document.add_paragraph(INDICATOR_NOTE)
    document.add_paragraph("二、重点任务")
    document.add_paragraph(TASKS_LINE)
    document.add_paragraph("三、保障措施")
    for numbering, title, body, note in SAFEGUARDS:
        lead_sentence(document, numbering, title, body + note)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("附件")
    document.add_paragraph(
        "潍坊市“人工智能+”行动重点任务分解表"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows = 1 + sum(1 + sum(len(t[2]) for t in tasks) for _, tasks in ANNEX)
    table = document.add_table(rows=rows, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADER_ROW, strict=True):
        cell.text = text
    repeat_header(table.rows[0])
    r = 1
    number = 0
    for category, tasks in ANNEX:
        merged = table.cell(r, 0).merge(table.cell(r, 5))
        merged.text = category
        r += 1
        for title, due, measures in tasks:
            number += 1
            first = r
            for measure, lead_cell, supp_cell, _, _ in measures:
                table.cell(r, 2).text = measure
                table.cell(r, 3).text = lead_cell
                table.cell(r, 4).text = supp_cell
                r += 1
            for column, text in ((0, str(number)), (1, title), (5, due)):
                cell = table.cell(first, column).merge(table.cell(r - 1, column))
                cell.text = text
    document.save(HERE / f"{SLUG}.docx")


def extraction():
    sections = []
    number = 0
    for category, tasks in ANNEX:
        found = []
        for title, due, measures in tasks:
            number += 1
            item = task(
                f"二.{category[0]}.{number}",
                str(number),
                title,
                title,
                clauses=[
                    clause(measure, lead=lead, supporting=supp)
                    for measure, _, _, lead, supp in measures
                ],
            )
            if due in DUE:
                item = {
                    **{k: v for k, v in item.items() if k != "clauses"},
                    "due": DUE[due],
                    "clauses": item["clauses"],
                }
            found.append(item)
        sections.append(
            {
                "code": f"二.{category[0]}",
                "numbering": category[:2],
                "title": category[2:],
                "kind": "key_task",
                "tasks": found,
            }
        )
    safeguards = []
    for numbering, title, body, note in SAFEGUARDS:
        roles = {}
        if note:
            roles = {
                "responsible": ["fin", "drc", "miit"] if "市财政局" in note else ["talent", "hrss"]
            }
        safeguards.append(
            task(f"三.{numbering}", numbering, title, f"{title}。{body}{note}", **roles)
        )
    goal = {
        "code": "G1",
        "title": "到2027年",
        "text": GOAL,
        "targets": [
            target(
                "T1",
                "人工智能核心产业规模",
                "亿元",
                "gt",
                350,
                2027,
                "全市人工智能核心产业规模突破350亿元",
                kind="ai_industry_scale",
            ),
            target(
                "T2",
                "人工智能相关企业",
                "家",
                "gte",
                300,
                2027,
                "人工智能相关企业达到300家以上",
                kind="ai_enterprises",
            ),
            target(
                "T3",
                "智能算力规模",
                "P",
                "eq",
                6000,
                2027,
                "智能算力规模达到6000P",
                kind="computing_power",
            ),
            target(
                "T4",
                "“人工智能+”典型应用场景",
                "个",
                "gte",
                120,
                2027,
                "打造“人工智能+”典型应用场景120个以上",
                kind="application_scenarios",
            ),
            target(
                "T5",
                "省级以上人工智能创新平台",
                "个",
                "eq",
                20,
                2027,
                "培育省级以上人工智能创新平台20个",
                kind="innovation_platforms",
            ),
            target(
                "T6",
                "规模以上工业企业关键工序数控化率",
                "%",
                "eq",
                70,
                2027,
                "规模以上工业企业关键工序数控化率达到70%",
            ),
        ],
    }
    table_targets = []
    for name, unit, base, v26, v27, kind, aggregation in INDICATORS:
        phrase = "\t".join((name, unit, base, v26, v27))
        for year, value in ((2026, v26), (2027, v27)):
            more = {"kind": kind} if kind else {}
            table_targets.append(
                target(
                    f"T{len(table_targets) + 9}",
                    name,
                    unit,
                    "eq",
                    float(value) if "." in value else int(value),
                    year,
                    phrase,
                    aggregation,
                    **more,
                )
            )
    annex_goals = [
        {
            "code": "G2",
            "numbering": "1",
            "title": "建设智能算力基础设施",
            "text": ANNEX[0][1][0][2][0][0],
            "targets": [
                target(
                    "T7",
                    "新增智能算力",
                    "P",
                    "gte",
                    3000,
                    2027,
                    "新增智能算力3000P以上",
                    "flow",
                    kind="computing_power",
                )
            ],
        },
        {
            "code": "G3",
            "numbering": "4",
            "title": "实施“人工智能+制造”行动",
            "text": ANNEX[1][1][0][2][1][0],
            "targets": [
                target(
                    "T8",
                    "中小企业智能化改造诊断企业",
                    "家",
                    "gte",
                    200,
                    2027,
                    "每年诊断企业200家以上",
                    "flow",
                    per_year=True,
                )
            ],
        },
    ]
    data = {
        "format": 1,
        "zone": {"slug": "weifang", "name": "潍坊市", "name_en": "Weifang", "level": "city"},
        "plan": {
            "code": SLUG,
            "title": TITLE,
            "title_en": 'Weifang "AI+" action plan (2026–2027) — synthetic',
            "issuer": "潍坊市人民政府办公室",
            "doc_number": "潍政办字〔2026〕8号",
            "issued_on": "2026-02-16",
            "period_start": 2026,
            "period_end": 2027,
            "milestone_years": [2027],
            "source_file": f"{SLUG}.docx",
        },
        "agencies": AGENCIES,
        "goals": [
            goal,
            {"code": "G4", "title": INDICATOR_CAPTION.split("　")[1], "targets": table_targets},
            *annex_goals,
        ],
        "sections": [
            {
                "code": "二",
                "numbering": "二、",
                "title": "重点任务",
                "kind": "key_task",
                "text": TASKS_LINE,
                "sections": sections,
            },
            {
                "code": "三",
                "numbering": "三、",
                "title": "保障措施",
                "kind": "safeguard",
                "tasks": safeguards,
            },
        ],
    }
    extraction_write(SLUG, HEADER, data)


HEADER = """
潍坊市“人工智能+”行动方案（2026—2027年） (潍政办字〔2026〕8号) — SYNTHETIC (synthetic_j): INVENTED by the collector (helper
hsynthJ, 2026-12-03) imitating a city government office's Word file, not copied from any page; no such document is claimed to exist
(number, date, figures and some bodies' exact names are made up). Built with python-docx by doc_weifang.py (make_files.py), which also
writes this file from the same items; roles, targets and every judgement by hand, BEFORE the collector read any importer code, rule
table or draft. See SYNTHETIC_J.md.
File: a .docx of plain paragraphs (typed numbering, no Word list numbering): notice; centred title; preamble; 一、总体要求 with
  "（一）发展基础。" and "（二）总体思路。" as BOLD runs opening their paragraphs (no task; 发展基础's figures — 智算中心2个, 平台11个,
  超过200家 — describe the present: no targets) "（三）基本原则。" likewise, and a heading line "（四）主要目标" over ONE untitled goal paragraph "到2027年，…",
  then a caption "表1　潍坊市“人工智能+”行动主要指标" (a full-width space after 表1), a WORD TABLE `序号 | 指标名称 | 单位 | 2025年（基期）
  | 2026年 | 2027年` of five rows whose metrics are NOT those of the paragraph, and a note "注：…"; 二、重点任务 is ONE paragraph saying the tasks stand in the annex; 三、保障措施 four paragraphs opening with a BOLD lead
  "（一）加强统筹协调。", the second ending in "（责任单位：市财政局、市发展改革委、市工业和信息化局）", the third in
  "（责任单位：市委组织部、市人力资源社会保障局）"; a page break; "附件", the annex
  title, and a Word table `序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限` (header row marked to repeat) whose CATEGORY rows
  ("一、夯实基础底座") span all six columns, and whose TASKS SPAN SEVERAL ROWS: one row per 具体举措 with its own 牵头单位 and 配合单位,
  the 序号, 重点任务 and 完成时限 cells MERGED DOWN over the task's rows (12 tasks, 30 具体举措 rows).
Outline: 二、重点任务 (its text the one paragraph) holds the annex's four category rows as sections (numbering "一、", title after it);
  each merged 重点任务 cell is ONE task (numbering = its 序号 cell, title = text = the cell), and its 具体举措 rows are the task's
  CLAUSES (SOURCES: several annotations inside one task, each covering its own text → clauses, no task-level roles): each clause's
  text is the 具体举措 cell, 牵头单位 cell → lead, 配合单位 cell → supporting. The rows are NOT tasks of their own: the merged cells
  print one task with its measures. due from the merged 完成时限 cell: "2027年底" → 2027-12-31, "2026年底" → 2026-12-31, "持续推进" → none.
  三、's four items are safeguard tasks (title = the bold lead without 。, text = the paragraph after its numbering); the second's and
  third's 责任单位 lists → all their bodies responsible. "由分管副市长牵头" names a post, no agency.
Agencies: 各县市区政府 one collective agency (supporting); 市城投集团 the city's investment company; 国网潍坊供电公司 printed without alias.
Targets: G1 "到2027年" (titled by its date phrase, as an untitled paragraph under a heading line): 突破350亿元 gt; 300家以上 gte;
  6000P eq; 120个以上 gte; 20个 eq; 数控化率达到70% eq (no kind). Two 具体举措 cells hold figures and are goals titled like their TASK
  (numbering its 序号; text = the cell): "新增智能算力3000P以上" gte flow 2027 (the task's 2027年底); "每年诊断企业200家以上" per_year flow
  gte, deadline 2027 (period end). G4, titled by the caption without "表1": each row gives TWO targets, its 2026 value (deadline
  2026) and its 2027 value (deadline 2027), eq (bare numbers); the 2025年（基期） column is a baseline, not a target (not recorded);
  source_phrase = the row's cells from 指标名称 to 2027年 (tab-joined; the check drops whitespace); 人工智能技能培训 (万人次, "当年培训人次"
  by the note) flow, not per_year (each column is that year's figure); the 个百分点 row (base "—") is an increase over 2025, unit
  个百分点. NOT targets: PUE控制在1.25以下 (a condition on new builds); "4个方面…10项重点任务、25项具体举措"
  (the plan's own structure); "每半年开展一次评估".
Period: 2026–2027.
"""

if __name__ == "__main__":
    build_docx()
    extraction()
