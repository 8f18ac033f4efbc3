# ruff: noqa: E501  (the documents' sentences and the YAML header are kept whole, one per line)
"""山西省推进“人工智能+”行动实施方案 — INVENTED (synthetic_i, SYNTHETIC_I.md): the page as the provincial government
site saves it; tasks numbered 1.–18. across the chapters, annotated "（X牵头，Y、Z配合）" or "（责任单位：…）"; an annex
table of main indicators."""

AGENCIES = [
    ("gxt", "山西省工业和信息化厅", ["省工信厅"], "industry_it"),
    ("fgw", "山西省发展和改革委员会", ["省发展改革委"], "development_reform"),
    ("kjt", "山西省科学技术厅", ["省科技厅"], "science_technology"),
    ("data", "山西省数据局", ["省数据局"], "big_data"),
    ("txj", "山西省通信管理局", ["省通信管理局"], "industry_it"),
    ("nyj", "山西省能源局", ["省能源局"], "other"),
    ("jyt", "山西省教育厅", ["省教育厅"], "education"),
    ("wjw", "山西省卫生健康委员会", ["省卫生健康委"], "health"),
    ("rst", "山西省人力资源和社会保障厅", ["省人力资源社会保障厅"], "human_resources"),
    ("jtt", "山西省交通运输厅", ["省交通运输厅"], "transport"),
    ("nynct", "山西省农业农村厅", ["省农业农村厅"], "agriculture"),
    ("swt", "山西省商务厅", ["省商务厅"], "commerce"),
    ("czt", "山西省财政厅", ["省财政厅"], "finance"),
    ("wlt", "山西省文化和旅游厅", ["省文化和旅游厅"], "culture_tourism"),
    ("cities", "各市人民政府", ["各市人民政府"], "local_government"),
    ("cac", "中共山西省委网络安全和信息化委员会办公室", ["省委网信办"], "party_organisation"),
    ("gzw", "山西省人民政府国有资产监督管理委员会", ["省国资委"], "state_enterprise"),
    ("zgq", "山西转型综合改革示范区管理委员会", ["山西综改示范区管委会"], "park_administration"),
    ("jrj", "山西省地方金融管理局", ["省地方金融管理局"], "financial_regulation"),
    ("ggaq", "山西省公安厅", ["省公安厅"], "public_security"),
    ("scj", "山西省市场监督管理局", ["省市场监管局"], "market_regulation"),
    ("yjt", "山西省应急管理厅", ["省应急厅"], "emergency"),
    ("sthjt", "山西省生态环境厅", ["省生态环境厅"], "ecology_environment"),
    ("slt", "山西省水利厅", ["省水利厅"], "other"),
]
CODE = {alias: code for code, _, aliases, _ in AGENCIES for alias in aliases}


def codes(text):
    return [CODE[n] for n in text.split("、")]


def led(title, body, lead, supporting, targets=()):
    task = {
        "title": title,
        "body": body,
        "annotation": f"（{lead}牵头，{supporting}配合）",
        "lead": codes(lead),
        "supporting": codes(supporting),
    }
    if targets:
        task["targets"] = list(targets)
    return task


def charged(title, body, responsible, targets=()):
    task = {
        "title": title,
        "body": body,
        "annotation": f"（责任单位：{responsible}）",
        "responsible": codes(responsible),
    }
    if targets:
        task["targets"] = list(targets)
    return task


CHAPTERS = [
    (
        "（一）",
        "筑牢算力数据底座",
        [
            led(
                "建设算力基础设施",
                "依托国家算力枢纽节点建设，统筹布局智能计算中心，推动存量数据中心向智算中心升级，"
                "建设全省一体化算力调度平台，到2027年全省智能算力规模突破10000P，推动“东数西算”与山西绿色能源优势协同。",
                "省发展改革委",
                "省数据局、省能源局、省通信管理局",
                [
                    {
                        "metric": "智能算力规模",
                        "unit": "P",
                        "comparator": "gt",
                        "value": 10000,
                        "aggregation": "stock",
                        "kind": "computing_power",
                        "source_phrase": "全省智能算力规模突破10000P",
                    }
                ],
            ),
            charged(
                "推进数据资源开发利用",
                "建设煤炭、钢铁、焦化等行业高质量数据集，推进公共数据授权运营，培育数据标注、数据治理等服务企业，"
                "探索建设行业数据空间，推动数据要素在人工智能训练中合规流通。",
                "省数据局、省工信厅",
            ),
            led(
                "加强网络和安全保障",
                "推进5G网络和千兆光网向工矿企业、产业园区深度覆盖，建设工业互联网标识解析节点，"
                "健全人工智能安全风险监测预警机制，加强数据安全和个人信息保护。",
                "省通信管理局",
                "省委网信办、省公安厅",
            ),
        ],
    ),
    (
        "（二）",
        "赋能产业转型升级",
        [
            led(
                "推进“人工智能+能源”",
                "推广煤矿智能化开采、智能巡检和安全监测预警应用，支持能源企业建设行业大模型，"
                "推动风电、光伏功率智能预测和电网智能调度，到2027年建成智能化煤矿200座以上。",
                "省能源局",
                "省工信厅、省国资委",
                [
                    {
                        "metric": "智能化煤矿",
                        "unit": "座",
                        "comparator": "gte",
                        "value": 200,
                        "aggregation": "stock",
                        "source_phrase": "建成智能化煤矿200座以上",
                    }
                ],
            ),
            led(
                "推进“人工智能+制造”",
                "聚焦钢铁、装备制造、新材料、特色轻工等行业，推广智能排产、质量检测、设备运维等应用，"
                "建设一批智能工厂和数字化车间，推动制造业企业数字化转型全覆盖。",
                "省工信厅",
                "省发展改革委、省科技厅、各市人民政府",
            ),
            led(
                "推进“人工智能+农业”",
                "建设智慧农业示范基地，推广农业病虫害智能识别、精准灌溉和农机智能作业应用，"
                "推动杂粮、畜牧等特色产业全链条数字化。",
                "省农业农村厅",
                "省科技厅、省数据局",
            ),
        ],
    ),
    (
        "（三）",
        "拓展民生和治理应用",
        [
            charged(
                "推进“人工智能+教育”",
                "建设人工智能教育公共服务平台，推动人工智能通识教育覆盖全省中小学，支持高校建设人工智能学院和交叉学科，"
                "开展教师人工智能素养提升培训。",
                "省教育厅",
            ),
            led(
                "推进“人工智能+医疗”",
                "推广智能辅助诊断、智能随访、医学影像云等应用，推动人工智能辅助诊疗服务向县级医院和基层医疗机构延伸，"
                "建设全省医疗健康大数据平台。",
                "省卫生健康委",
                "省数据局",
            ),
            charged(
                "推进“人工智能+交通文旅”",
                "推动高速公路智慧化改造和城市交通信号智能优化，在云冈石窟、五台山、平遥古城等景区推广智能导览和客流预测应用，"
                "提升游客服务体验。",
                "省交通运输厅、省文化和旅游厅",
            ),
        ],
    ),
    (
        "（四）",
        "优化产业发展生态",
        [
            led(
                "培育人工智能企业",
                "实施人工智能企业梯度培育行动，支持山西综改示范区建设人工智能产业集聚区，"
                "引进培育一批大模型、智能软件和智能终端企业，到2027年全省人工智能核心企业达到300家以上。",
                "省工信厅",
                "省商务厅、山西综改示范区管委会",
                [
                    {
                        "metric": "人工智能核心企业",
                        "unit": "家",
                        "comparator": "gte",
                        "value": 300,
                        "aggregation": "stock",
                        "kind": "ai_enterprises",
                        "source_phrase": "全省人工智能核心企业达到300家以上",
                    }
                ],
            ),
            led(
                "加强人才引育",
                "实施人工智能领域高层次人才引进计划，支持高校、职业院校与企业共建产业学院和实训基地，"
                "每年培养人工智能相关专业人才1万人以上。",
                "省人力资源社会保障厅",
                "省教育厅、省科技厅",
                [
                    {
                        "metric": "培养人工智能相关专业人才",
                        "unit": "人",
                        "comparator": "gte",
                        "value": 10000,
                        "per_year": True,
                        "aggregation": "flow",
                        "kind": "talent",
                        "source_phrase": "每年培养人工智能相关专业人才1万人以上",
                    }
                ],
            ),
            charged(
                "强化金融支持",
                "发挥省级政府投资基金引导作用，设立人工智能产业子基金，鼓励金融机构开发算力贷、数据资产质押等产品，"
                "支持符合条件的人工智能企业上市融资。",
                "省财政厅、省地方金融管理局",
            ),
        ],
    ),
    (
        "（五）",
        "强化科技创新支撑",
        [
            led(
                "建设人工智能创新平台",
                "支持高校、科研院所和龙头企业建设人工智能重点实验室、技术创新中心和中试验证平台，"
                "争创国家级人工智能创新平台，推动创新平台向中小企业开放共享科研设施和数据资源。",
                "省科技厅",
                "省发展改革委、省工信厅、省教育厅",
            ),
            charged(
                "开展行业大模型攻关",
                "聚焦煤炭、电力、钢铁、文旅等领域，支持企业联合高校院所研发行业大模型和专用智能体，"
                "实施一批人工智能揭榜挂帅项目，推动模型在重点企业和场景中迭代优化。",
                "省科技厅、省国资委",
            ),
            led(
                "推进人工智能标准和测评体系建设",
                "支持企业、高校和科研机构参与人工智能国家标准、行业标准制定，建设人工智能产品测试评估和认证服务平台，"
                "开展行业大模型应用效果评估。",
                "省市场监管局",
                "省工信厅、省科技厅",
            ),
        ],
    ),
    (
        "（六）",
        "提升社会治理智能化水平",
        [
            charged(
                "推进“人工智能+政务服务”",
                "建设全省政务大模型和政务知识库，在政务服务、公文办理、政策咨询等场景推广智能应用，"
                "推动高频政务服务事项“智能办”“秒批秒办”，提升机关运行效能。",
                "省数据局",
            ),
            led(
                "推进“人工智能+安全生产”",
                "在煤矿、非煤矿山、危险化学品等重点行业推广人工智能视频识别、风险智能预警和隐患智能排查应用，"
                "构建安全生产风险智能监测预警体系。",
                "省应急厅",
                "省能源局、省工信厅、各市人民政府",
            ),
            led(
                "推进“人工智能+生态环境”",
                "建设黄河流域生态环境智能监测体系，推广大气污染智能溯源、水环境智能监测和固体废物智能监管应用，"
                "提升生态环境治理精准化水平。",
                "省生态环境厅",
                "省水利厅、省数据局",
            ),
        ],
    ),
]


EXTRA = {
    "建设算力基础设施": "落实算力券政策，支持中小企业、科研机构使用智能算力开展模型训练和推理应用。",
    "推进数据资源开发利用": "推动公共数据资源登记和数据资产入表，支持数据交易机构开展数据产品交易。",
    "加强网络和安全保障": "开展生成式人工智能服务备案指导和安全评估，防范算法歧视和数据泄露风险。",
    "推进“人工智能+能源”": "推动煤矿井下少人化、无人化作业，提升能源安全保障水平。",
    "推进“人工智能+制造”": "支持系统解决方案服务商为中小企业提供低成本、轻量化智能化改造服务。",
    "推进“人工智能+农业”": "推进农产品质量安全智能追溯，发展农业社会化智能服务。",
    "推进“人工智能+教育”": "探索人工智能助教、智能学伴等应用，促进因材施教。",
    "推进“人工智能+医疗”": "推动检查检验结果智能互认，提升基层医疗服务能力。",
    "推进“人工智能+交通文旅”": "推动文物数字化保护和智能化展示，打造沉浸式文旅体验场景。",
    "培育人工智能企业": "建立重点企业服务专员制度，协调解决企业发展中的困难和问题。",
    "加强人才引育": "完善人工智能人才职称评价和激励机制，支持企业柔性引进高层次人才团队。",
    "强化金融支持": "引导创业投资机构投早、投小、投硬科技。",
    "建设人工智能创新平台": "对新获批的国家级人工智能创新平台按规定给予支持。",
    "开展行业大模型攻关": "建设行业大模型训练数据和测试评估公共服务平台。",
    "推进人工智能标准和测评体系建设": "鼓励企业将自主技术转化为团体标准。",
    "推进“人工智能+政务服务”": "推动政务数据按需共享，为政务大模型训练提供高质量数据。",
    "推进“人工智能+安全生产”": "推动安全生产监管由事后处置向事前预防转变。",
    "推进“人工智能+生态环境”": "推动生态环境数据跨部门共享和智能分析。",
}


EXTRA_MORE = {
    "建设算力基础设施": "推动智算中心与可再生能源发电项目协同布局，降低算力用能成本。",
    "推进数据资源开发利用": "建立健全数据资源开发利用安全管理制度。",
    "推进“人工智能+能源”": "推广电厂智能燃烧优化、设备故障智能诊断等应用，推动能源生产消费智能协同。",
    "推进“人工智能+制造”": "培育一批人工智能赋能新型工业化示范企业，发挥示范带动作用。",
    "推进“人工智能+农业”": "支持农业企业和新型农业经营主体应用智能农机装备。",
    "推进“人工智能+教育”": "推动人工智能赋能教育评价改革，提升教育治理水平。",
    "推进“人工智能+医疗”": "支持医疗机构与企业合作开发专科医疗大模型。",
    "培育人工智能企业": "支持企业参与国家人工智能重大项目，鼓励企业开拓省外市场。",
    "加强人才引育": "支持举办人工智能职业技能竞赛，选树一批人工智能领域技术能手。",
    "开展行业大模型攻关": "对取得显著应用成效的行业大模型项目，按规定给予支持。",
    "推进“人工智能+政务服务”": "推动人工智能在12345政务服务便民热线中的应用。",
    "加强网络和安全保障": "建立人工智能安全事件应急响应机制。",
    "推进“人工智能+交通文旅”": "推动交通运输和文旅数据融合分析，为游客出行提供智能化服务。",
    "强化金融支持": "支持保险机构开发人工智能领域科技保险产品。",
}


def _numbered(chapters):
    n = 0
    for _, _, tasks in chapters:
        for task in tasks:
            task["body"] += EXTRA.get(task["title"], "") + EXTRA_MORE.get(task["title"], "")
            n += 1
            task["numbering"] = f"{n}."
            if task.get("targets"):
                task["target_deadline"] = 2027
    return chapters


_numbered(CHAPTERS)

# 序号, 指标名称, 单位, 2025年, 2027年, 指标属性
ANNEX_ROWS = [
    ["1", "人工智能核心产业规模", "亿元", "620", "突破1000", "预期性"],
    ["2", "规模以上工业企业关键工序数控化率", "%", "58", "65以上", "预期性"],
    ["3", "行业高质量数据集", "个", "40", "达到120", "预期性"],
    ["4", "“人工智能+”典型应用场景", "个", "80", "200以上", "预期性"],
    ["5", "省级以上人工智能创新平台", "个", "25", "达到50", "预期性"],
    ["6", "人工智能领域专精特新中小企业", "家", "60", "150以上", "预期性"],
    ["7", "重点行业大模型", "个", "5", "20以上", "预期性"],
    ["8", "人工智能赋能新型工业化示范企业", "家", "30", "达到100", "预期性"],
]

TABLE_TARGETS = [
    ("人工智能核心产业规模", "亿元", "gt", 1000, 620, "突破1000", "ai_industry_scale"),
    ("规模以上工业企业关键工序数控化率", "%", "gte", 65, 58, "65以上", None),
    ("行业高质量数据集", "个", "eq", 120, 40, "达到120", None),
    ("“人工智能+”典型应用场景", "个", "gte", 200, 80, "200以上", "application_scenarios"),
    ("省级以上人工智能创新平台", "个", "eq", 50, 25, "达到50", "innovation_platforms"),
    ("人工智能领域专精特新中小企业", "家", "gte", 150, 60, "150以上", "ai_enterprises"),
    ("重点行业大模型", "个", "gte", 20, 5, "20以上", None),
    ("人工智能赋能新型工业化示范企业", "家", "eq", 100, 30, "达到100", None),
]

GOAL = (
    "到2027年，人工智能与实体经济融合水平显著提升，算力、数据、模型等基础支撑能力明显增强，"
    "人工智能在能源、制造、农业、民生等领域广泛应用，形成一批具有全国影响力的行业大模型和典型场景，"
    "人工智能产业规模和创新能力进入中部地区前列，主要指标见附件。"
)

ANNEX_TITLE = "山西省“人工智能+”行动主要指标"

SHANXI = {
    "slug": "shanxi-ai-plus-2026-synthetic",
    "suffix": ".html",
    "notice_title": "山西省人民政府办公厅关于印发山西省推进“人工智能+”行动实施方案的通知",
    "issuer": "山西省人民政府办公厅",
    "doc_number": "晋政办发〔2026〕9号",
    "pubdate": "2026-02-27 16:05",
    "written": "2026年02月24日",
    "published": "2026年02月27日",
    "notice": [
        "各市人民政府，省人民政府各委、办、厅、局：",
        "《山西省推进“人工智能+”行动实施方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
        "各地、各部门要结合实际细化工作举措，实施中遇到的重大问题请及时报告省人民政府。",
    ],
    "signature": ["山西省人民政府办公厅", "2026年2月24日"],
    "public_note": "（此件公开发布）",
    "title": "山西省推进“人工智能+”行动实施方案",
    "preamble": (
        "为贯彻落实国务院关于深入实施“人工智能+”行动的意见，推动人工智能赋能我省资源型经济转型发展，"
        "加快培育新质生产力，结合我省实际，制定本实施方案。"
    ),
    "parts": [
        {
            "code": "一",
            "numbering": "一、",
            "title": "总体目标",
            "kind": "general",
            "paragraphs": [
                "以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，立足我省能源资源禀赋和产业基础，"
                "坚持需求牵引、场景驱动、创新支撑、安全可控，以人工智能赋能传统产业改造提升和新兴产业培育壮大，"
                "推动全省资源型经济加快转型，为奋力谱写中国式现代化山西篇章提供有力支撑。",
                "坚持应用为先，以场景开放带动技术迭代和产业发展；坚持创新驱动，加快突破行业大模型等关键技术；"
                "坚持统筹协调，发挥政府引导作用和企业主体作用，推动省市联动、部门协同；坚持安全可控，"
                "统筹发展和安全，确保人工智能应用安全、可靠、可控。",
                GOAL,
            ],
        },
        {
            "code": "二",
            "numbering": "二、",
            "title": "重点任务",
            "kind": "key_task",
            "chapters": [{"numbering": n, "title": t, "tasks": tasks} for n, t, tasks in CHAPTERS],
        },
        {
            "code": "三",
            "numbering": "三、",
            "title": "保障措施",
            "kind": "safeguard",
            "items": [
                {
                    "numbering": "（一）",
                    "title": "加强组织领导",
                    "body": "在省数字经济发展领导小组框架下统筹推进“人工智能+”行动，省工信厅会同有关部门建立工作推进机制，"
                    "各市结合实际制定具体落实举措。",
                },
                {
                    "numbering": "（二）",
                    "title": "加大政策支持",
                    "body": "统筹用好省级科技、工业、数字经济等专项资金，对重大算力设施、行业大模型和应用场景项目给予支持，"
                    "落实算力券、模型券等政策。",
                },
                {
                    "numbering": "（三）",
                    "title": "强化评估督导",
                    "body": "建立重点任务清单和工作台账，定期开展监测评估，及时协调解决实施中的困难和问题，"
                    "确保各项任务落地见效。",
                },
                {
                    "numbering": "（四）",
                    "title": "深化开放合作",
                    "body": "加强与京津冀、长三角、粤港澳大湾区等地区的人工智能产业合作，积极承接算力、数据标注等产业转移，"
                    "支持企业参与国际人工智能交流合作。",
                },
                {
                    "numbering": "（五）",
                    "title": "筑牢安全底线",
                    "body": "健全人工智能伦理审查和安全管理制度，加强对人工智能应用的风险监测和应急处置，"
                    "引导人工智能健康有序发展。",
                },
                {
                    "numbering": "（六）",
                    "title": "加强宣传引导",
                    "body": "充分利用报刊、广播电视、网络等各类媒体，宣传解读“人工智能+”行动的政策措施和进展成效，"
                    "及时总结推广各地各部门的典型经验和创新做法，举办人工智能应用成果展示和科普活动，"
                    "提升全社会人工智能素养，营造推动人工智能发展的良好社会氛围。",
                },
            ],
        },
    ],
    "annex_title": ANNEX_TITLE,
    "annex_header": ["序号", "指标名称", "单位", "2025年", "2027年", "指标属性"],
    "annex_rows": ANNEX_ROWS,
    "annex_note": "注：2025年为预计数。",
    "goals": [
        {"title": "到2027年", "text": GOAL, "deadline": 2027, "targets": []},
        {
            "title": ANNEX_TITLE,
            "deadline": 2027,
            "targets": [
                {
                    "metric": metric,
                    "unit": unit,
                    "comparator": comparator,
                    "value": value,
                    "aggregation": "stock",
                    **({"kind": kind} if kind else {}),
                    "baseline": baseline,
                    "baseline_year": 2025,
                    "source_phrase": phrase,
                }
                for metric, unit, comparator, value, baseline, phrase, kind in TABLE_TARGETS
            ],
        },
    ],
    "period_end": 2027,
    "zone": {
        "slug": "shanxi",
        "name": "山西省",
        "name_en": "Shanxi Province",
        "level": "municipality",
    },
    "plan": {
        "code": "shanxi-ai-plus-2026-synthetic",
        "title": "山西省推进“人工智能+”行动实施方案",
        "title_en": 'Shanxi Province "AI+" action implementation plan — synthetic',
        "issuer": "山西省人民政府办公厅",
        "doc_number": "晋政办发〔2026〕9号",
        "issued_on": "2026-02-24",
        "period_start": 2026,
        "period_end": 2027,
        "milestone_years": [2027],
    },
    "agencies": [
        {"code": code, "name": name, "aliases": aliases, "category": category}
        for code, name, aliases, category in AGENCIES
    ],
    "header": """
山西省推进“人工智能+”行动实施方案 (晋政办发〔2026〕9号) — SYNTHETIC (synthetic_i): the document was WRITTEN by the collector (helper
hsynthI, 2026-12-03) imitating a provincial government portal's page, not copied from any page; no such document is claimed to exist
(number, dates, figures, the site's codes and some bodies' exact names are made up). Built as .html by make_files.py (beside this file)
from the same items this extraction is written from; roles, targets and every judgement by hand, BEFORE the collector read any importer
code, rule table or draft. See SYNTHETIC_I.md.
File: the page as saved — <head> meta and scripts; top bar, header with search form, nav bar (首页 政务公开 …), breadcrumbs "当前位置：首页 >
  …"; a 政府信息公开 metadata <table> (索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期); the notice title as <h1>; a "发布时间：… 来源：…
  浏览次数 字号：[ 大 中 小 ] 打印本页 关闭窗口" line; then the document in <p> tags with &nbsp; indents: notice, signature, （此件公开发布）,
  title (<strong>), preamble, 一、总体目标 (one goal paragraph "到2027年，…，主要指标见附件。" with NO figure), 二、重点任务 six （一） chapters
  (<span> in 楷体) of items numbered 1.–18. CONTINUOUSLY across the chapters, "标题。正文（X牵头，Y、Z配合）" or "…（责任单位：X、Y）",
  三、保障措施 （一）…（六） unannotated, "附件：山西省“人工智能+”行动主要指标", the annex <table> `序号 | 指标名称 | 单位 | 2025年 | 2027年 |
  指标属性` of eight indicators, a note "注：2025年为预计数。"; after the document: share buttons (微信 微博 QQ空间), 相关阅读 links, and the footer
  (网站地图…, 主办/承办, 网站标识码, ICP 备案号, 公安备案号).
Outline: items 1.–18. are tasks of the six chapter sections (二.(一).1 …; the code takes the printed number); 三、's items are tasks of
  a safeguard section. Title = the words before the first 。; text = the item (title and annotation included).
Roles: "X牵头，Y、Z配合" → X lead, Y Z supporting; "（责任单位：X、Y）" → responsible. 各市人民政府 one collective agency.
Targets: G1 "到2027年" holds no figure (a goal with no target, kept as the paragraph that names the date). The annex table is a goal titled
  by its caption (no text): each row one target, metric = 指标名称, unit = 单位, value and comparator from the 2027年 cell (突破1000 gt;
  65以上 / 200以上 / 150以上 gte; 达到120 / 达到50 eq), baseline = the 2025年 cell (baseline_year 2025, an estimate per the note),
  deadline 2027, stock; source_phrase = the 2027年 cell (the only cell holding the figure). Items holding figures are also goals titled
  like the item: 突破10000P gt; 200座以上 gte; 300家以上 gte (due 2027); 每年…1万人以上 per_year flow gte 10000 人 (1万 → 10000).
  "全覆盖" is not a target.
Period 2026–2027 (no period printed: the goals' year 2027 ends it, the issue year starts it).
""",
}
