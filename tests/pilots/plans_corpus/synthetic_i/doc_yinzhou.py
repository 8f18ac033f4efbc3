# ruff: noqa: E501  (the documents' sentences and the YAML header are kept whole, one per line)
"""鄞州区“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_i, SYNTHETIC_I.md): printed to PDF by LibreOffice;
body tasks annotated inline, and an annex 2026 task list whose rows are tasks of their own."""

AGENCIES = [
    ("jxj", "宁波市鄞州区经济和信息化局", ["区经信局"], "industry_it"),
    ("kjj", "宁波市鄞州区科学技术局", ["区科技局"], "science_technology"),
    ("swj", "宁波市鄞州区商务局", ["区商务局"], "commerce"),
    ("tcz", "宁波市鄞州区投资促进中心", ["区投资促进中心"], "commerce"),
    ("kfq", "鄞州经济开发区管理委员会", ["鄞州经济开发区管委会"], "park_administration"),
    ("nbsw", "宁波南部商务区管理委员会", ["南部商务区管委会"], "park_administration"),
    ("zjj", "宁波市鄞州区住房和城乡建设局", ["区住建局"], "housing_construction"),
    ("zrzy", "宁波市自然资源和规划局鄞州分局", ["区资源规划分局"], "natural_resources"),
    (
        "towns",
        "宁波市鄞州区各镇人民政府、街道办事处",
        ["各镇人民政府、街道办事处"],
        "local_government",
    ),
    ("data", "宁波市鄞州区数据局", ["区数据局"], "big_data"),
    ("jyj", "宁波市鄞州区教育局", ["区教育局"], "education"),
    ("wjj", "宁波市鄞州区卫生健康局", ["区卫生健康局"], "health"),
    ("mzj", "宁波市鄞州区民政局", ["区民政局"], "civil_affairs"),
    ("zfw", "中共宁波市鄞州区委政法委员会", ["区委政法委"], "party_organisation"),
    ("gaj", "宁波市公安局鄞州分局", ["区公安分局"], "public_security"),
    ("zfj", "宁波市鄞州区综合行政执法局", ["区综合行政执法局"], "other"),
    ("fgj", "宁波市鄞州区发展和改革局", ["区发改局"], "development_reform"),
    ("sthj", "宁波市生态环境局鄞州分局", ["宁波市生态环境局鄞州分局"], "ecology_environment"),
    ("rcb", "中共宁波市鄞州区委人才工作领导小组办公室", ["区委人才办"], "party_organisation"),
    ("rsj", "宁波市鄞州区人力资源和社会保障局", ["区人力社保局"], "human_resources"),
    ("czj", "宁波市鄞州区财政局", ["区财政局"], "finance"),
    ("jrzx", "宁波市鄞州区金融发展服务中心", ["区金融发展服务中心"], "financial_regulation"),
    ("scj", "宁波市鄞州区市场监督管理局", ["区市场监管局"], "market_regulation"),
    ("wgl", "宁波市鄞州区文化和广电旅游体育局", ["区文广旅体局"], "culture_tourism"),
    ("jtj", "宁波市鄞州区交通运输局", ["区交通运输局"], "transport"),
    ("nyj", "宁波市鄞州区农业农村局", ["区农业农村局"], "agriculture"),
    ("cac", "中共宁波市鄞州区委网络安全和信息化委员会办公室", ["区委网信办"], "party_organisation"),
]
CODE = {alias: code for code, _, aliases, _ in AGENCIES for alias in aliases}


TOWNS_AND_STREETS = "各镇人民政府、街道办事处"


def names(text: str) -> list[str]:
    """Agency codes of a list "X、Y、Z" (各镇人民政府、街道办事处 written together: ONE collective,
    SOURCES.md's convention settled 2026-12-05)."""
    head, towns, tail = text.partition(TOWNS_AND_STREETS)
    if towns:
        return [*names(head), CODE[towns], *names(tail)]
    return [CODE[n] for n in text.split("、") if n]


def annotated(title, body, lead, responsible, targets=()):
    annotation = f"（牵头单位：{lead}；责任单位：{responsible}）"
    task = {
        "title": title,
        "body": body,
        "annotation": annotation,
        "lead": names(lead),
        "responsible": names(responsible),
    }
    if targets:
        task["targets"] = list(targets)
    return task


CHAPTERS = [
    (
        "（一）",
        "壮大人工智能产业",
        [
            annotated(
                "培育人工智能骨干企业",
                "围绕智能网联汽车零部件、智能家电、智能软件等领域，建立人工智能重点企业培育库，实施“一企一策”精准服务，"
                "支持骨干企业牵头组建创新联合体，引进一批大模型应用和智能硬件企业总部、研发中心落户鄞州。",
                "区经信局",
                "区科技局、区商务局、区投资促进中心、鄞州经济开发区管委会",
            ),
            annotated(
                "建设人工智能产业园区",
                "依托南部商务区、鄞州经济开发区建设人工智能产业园，完善孵化器、加速器、产业园全链条载体，"
                "推动存量楼宇和低效工业用地改造提升，为人工智能企业提供低成本、便利化的发展空间。",
                "南部商务区管委会",
                "区住建局、区资源规划分局、区经信局",
            ),
            annotated(
                "加快人工智能技术攻关",
                "聚焦机器视觉、智能语音、具身智能等方向，支持企业联合宁波大学、中科院宁波材料所等高校院所开展关键技术攻关，"
                "建设一批人工智能重点实验室和企业研发中心，推动科技成果在区内转化落地。",
                "区科技局",
                "区经信局、区教育局",
            ),
        ],
    ),
    (
        "（二）",
        "推进制造业智能化",
        [
            annotated(
                "推进汽车零部件行业智能化改造",
                "聚焦汽车零部件、模具、纺织服装等优势行业，推广机器视觉质检、智能排产、设备预测性维护等应用，"
                "每年实施智能化改造项目30个以上，培育一批未来工厂和智能工厂。",
                "区经信局",
                "各镇人民政府、街道办事处",
                [
                    {
                        "metric": "智能化改造项目",
                        "unit": "个",
                        "comparator": "gte",
                        "value": 30,
                        "per_year": True,
                        "aggregation": "flow",
                        "source_phrase": "每年实施智能化改造项目30个以上",
                    }
                ],
            ),
            annotated(
                "建设工业互联网平台",
                "支持龙头企业建设行业级工业互联网平台，推动中小企业上云用平台，探索工业大模型与工业互联网平台融合应用，"
                "推动产业链上下游企业数据互通和协同制造。",
                "区经信局",
                "区科技局、区数据局",
            ),
        ],
    ),
    (
        "（三）",
        "深化场景应用",
        [
            annotated(
                "推进“人工智能+民生服务”",
                "在教育、医疗、养老等领域推广智能学伴、智能辅助诊疗、智慧养老服务等应用，建设一批人工智能应用示范学校、"
                "示范医院和智慧养老院，让群众共享人工智能发展成果。",
                "区教育局、区卫生健康局、区民政局",
                "区数据局",
            ),
            annotated(
                "推进“人工智能+基层治理”",
                "深化基层智治综合应用，推动人工智能在矛盾纠纷化解、社会治安防控、城市综合执法等领域应用，"
                "提升基层治理精细化、智能化水平。",
                "区委政法委",
                "区公安分局、区综合行政执法局、各镇人民政府、街道办事处",
            ),
            annotated(
                "推进“人工智能+生态环境”",
                "建设生态环境智能监测网络，推广水环境、大气环境智能监测和污染源智能识别应用，"
                "推动环境执法非现场监管，提升生态环境问题发现和处置效率，助力美丽鄞州建设。",
                "宁波市生态环境局鄞州分局",
                "区综合行政执法局、区数据局",
            ),
        ],
    ),
    (
        "（四）",
        "夯实发展基础",
        [
            annotated(
                "提升算力供给能力",
                "统筹全区算力资源，推动智算中心建设和存量数据中心改造升级，探索算力与绿色电力协同发展，"
                "建立算力服务目录，为企业提供普惠、便捷的算力服务。",
                "区数据局",
                "区发改局、区经信局、宁波市生态环境局鄞州分局",
            ),
            annotated(
                "加强人才和资本支撑",
                "实施人工智能人才专项引育计划，支持企业与高校共建实训基地，设立人工智能产业投资基金，"
                "引导社会资本投向人工智能初创企业，完善科技金融服务体系。",
                "区委人才办",
                "区人力社保局、区财政局、区金融发展服务中心",
            ),
            annotated(
                "加强数据资源开发利用",
                "推进公共数据分级分类开放，探索公共数据授权运营，支持企业建设行业高质量数据集和语料库，"
                "培育数据标注、数据清洗等数据服务企业，推动数据要素赋能人工智能模型训练和应用。",
                "区数据局",
                "区经信局、区市场监管局",
            ),
        ],
    ),
    (
        "（五）",
        "推动服务业智能升级",
        [
            annotated(
                "推进“人工智能+商贸服务”",
                "支持商贸企业应用智能导购、数字人直播、智能客服等工具，推动商圈、步行街数字化改造，"
                "建设智慧商圈，培育一批人工智能赋能的新零售企业，推动外贸企业运用人工智能开拓国际市场。",
                "区商务局",
                "区市场监管局、南部商务区管委会",
            ),
            annotated(
                "推进“人工智能+交通文旅”",
                "推动城市交通信号智能优化和智慧停车建设，在东钱湖等重点景区推广智能导览、客流监测预警等应用，"
                "打造一批智慧文旅消费新场景。",
                "区交通运输局、区文广旅体局",
                "区公安分局、区数据局",
            ),
        ],
    ),
]

# 序号, 任务名称, 工作内容, 牵头单位, 配合单位, 完成时限
ANNEX_ROWS = [
    [
        "1",
        "编制人工智能产业地图",
        "梳理全区人工智能企业、平台和应用场景，编制产业地图和招商目录",
        "区经信局",
        "区投资促进中心、区商务局",
        "2026年6月底前",
    ],
    [
        "2",
        "举办人工智能产业对接活动",
        "举办人工智能产业发展大会和场景对接活动，全年组织供需对接活动6场以上",
        "区经信局",
        "区科技局、南部商务区管委会",
        "2026年12月底前",
    ],
    [
        "3",
        "开放首批应用场景",
        "面向企业发布首批“人工智能+”场景机会清单，推动20个以上场景落地",
        "区数据局",
        "区经信局、各镇人民政府、街道办事处",
        "2026年9月底前",
    ],
    [
        "4",
        "建设智算中心一期",
        "完成鄞州智算中心一期建设并投入运营，智能算力规模达到500P",
        "区数据局",
        "区发改局、鄞州经济开发区管委会",
        "2026年12月底前",
    ],
    [
        "5",
        "推动企业智能化诊断",
        "为规上工业企业提供免费智能化改造诊断服务，全年完成诊断100家以上",
        "区经信局",
        "各镇人民政府、街道办事处",
        "2026年12月底前",
    ],
    [
        "6",
        "建设人工智能孵化载体",
        "新建人工智能专业孵化器2家，入驻企业不少于40家",
        "区科技局",
        "南部商务区管委会、区住建局",
        "2026年12月底前",
    ],
    [
        "7",
        "推广智能辅助诊疗",
        "在区属公立医院推广影像辅助诊断和智能预问诊系统，实现区属公立医院全覆盖",
        "区卫生健康局",
        "区数据局",
        "2026年12月底前",
    ],
    [
        "8",
        "建设人工智能教育示范校",
        "遴选一批中小学开展人工智能教育试点，建设人工智能教育示范校10所",
        "区教育局",
        "区财政局",
        "2026年8月底前",
    ],
    [
        "9",
        "开展智慧文旅应用",
        "在东钱湖周边重点景区推广智能导览和客流监测应用",
        "区文广旅体局",
        "区交通运输局、区数据局",
        "2026年10月底前",
    ],
    [
        "10",
        "推进智慧农业试点",
        "建设数字农业工厂和智慧农场，推广农业生产智能监测和精准作业应用",
        "区农业农村局",
        "各镇人民政府、街道办事处",
        "2026年12月底前",
    ],
    [
        "11",
        "加强人工智能监管服务",
        "开展人工智能产品质量和算法应用合规指导，建立企业合规服务清单",
        "区市场监管局",
        "区委网信办、区公安分局",
        "2026年12月底前",
    ],
    [
        "12",
        "开展人工智能技能培训",
        "面向企业职工和高校毕业生开展人工智能技能培训，全年培训3000人次以上",
        "区人力社保局",
        "区经信局、区教育局",
        "2026年12月底前",
    ],
    [
        "13",
        "建设政务服务智能助手",
        "在区政务服务中心上线智能导办和智能客服，提供7×24小时政策咨询服务",
        "区数据局",
        "区发改局",
        "2026年6月底前",
    ],
    [
        "14",
        "举办人工智能创新创业大赛",
        "举办区级人工智能创新创业大赛，对优胜项目给予落地支持",
        "区科技局",
        "区人力社保局、区财政局",
        "2026年10月底前",
    ],
    [
        "15",
        "设立人工智能产业基金",
        "设立规模5亿元的人工智能产业投资基金，投资本地人工智能项目",
        "区财政局",
        "区金融发展服务中心、区经信局",
        "2026年12月底前",
    ],
    [
        "16",
        "推进智慧养老服务",
        "在全区镇（街道）居家养老服务中心推广智能看护设备和紧急呼叫服务",
        "区民政局",
        "各镇人民政府、街道办事处",
        "2026年12月底前",
    ],
    [
        "17",
        "建设基层智治平台",
        "迭代基层智治综合应用，上线矛盾纠纷智能分析模块",
        "区委政法委",
        "区公安分局、区数据局",
        "2026年9月底前",
    ],
    [
        "18",
        "开展人工智能企业培育",
        "新增入库培育人工智能企业30家，认定区级人工智能骨干企业5家",
        "区经信局",
        "区科技局、区市场监管局",
        "2026年12月底前",
    ],
]

ROW_TARGETS = {
    "2": [
        {
            "metric": "供需对接活动",
            "unit": "场",
            "comparator": "gte",
            "value": 6,
            "aggregation": "flow",
            "source_phrase": "全年组织供需对接活动6场以上",
        }
    ],
    "3": [
        {
            "metric": "“人工智能+”场景落地",
            "unit": "个",
            "comparator": "gte",
            "value": 20,
            "aggregation": "flow",
            "kind": "application_scenarios",
            "source_phrase": "推动20个以上场景落地",
        }
    ],
    "4": [
        {
            "metric": "智能算力规模",
            "unit": "P",
            "comparator": "eq",
            "value": 500,
            "aggregation": "stock",
            "kind": "computing_power",
            "source_phrase": "智能算力规模达到500P",
        }
    ],
    "5": [
        {
            "metric": "完成智能化改造诊断",
            "unit": "家",
            "comparator": "gte",
            "value": 100,
            "aggregation": "flow",
            "source_phrase": "全年完成诊断100家以上",
        }
    ],
    "6": [
        {
            "metric": "新建人工智能专业孵化器",
            "unit": "家",
            "comparator": "eq",
            "value": 2,
            "aggregation": "flow",
            "source_phrase": "新建人工智能专业孵化器2家",
        },
        {
            "metric": "孵化器入驻企业",
            "unit": "家",
            "comparator": "gte",
            "value": 40,
            "aggregation": "stock",
            "source_phrase": "入驻企业不少于40家",
        },
    ],
    "8": [
        {
            "metric": "人工智能教育示范校",
            "unit": "所",
            "comparator": "eq",
            "value": 10,
            "aggregation": "stock",
            "source_phrase": "建设人工智能教育示范校10所",
        }
    ],
    "18": [
        {
            "metric": "新增入库培育人工智能企业",
            "unit": "家",
            "comparator": "eq",
            "value": 30,
            "aggregation": "flow",
            "kind": "ai_enterprises",
            "source_phrase": "新增入库培育人工智能企业30家",
        },
        {
            "metric": "认定区级人工智能骨干企业",
            "unit": "家",
            "comparator": "eq",
            "value": 5,
            "aggregation": "flow",
            "kind": "ai_enterprises",
            "source_phrase": "认定区级人工智能骨干企业5家",
        },
    ],
    "12": [
        {
            "metric": "人工智能技能培训",
            "unit": "人次",
            "comparator": "gte",
            "value": 3000,
            "aggregation": "flow",
            "kind": "talent",
            "source_phrase": "全年培训3000人次以上",
        }
    ],
}

MONTH_END = {"6": "06-30", "8": "08-31", "9": "09-30", "10": "10-31", "12": "12-31"}


def _annex_tasks():
    tasks = []
    for number, title, content, lead, supporting, due in ANNEX_ROWS:
        month = due[5:].split("月")[0]
        task = {
            "numbering": number,
            "title": title,
            "text": content,
            "due": f"2026-{MONTH_END[month]}",
            "lead": names(lead),
            "supporting": names(supporting),
        }
        if number in ROW_TARGETS:
            task["targets"] = ROW_TARGETS[number]
            task["target_deadline"] = 2026
        tasks.append(task)
    return tasks


GOAL_2026 = (
    "到2026年底，全区人工智能相关产业规模达到450亿元，培育人工智能骨干企业20家，建成智算中心一期。"
)
GOAL_2027 = (
    "到2027年底，全区人工智能相关产业规模突破600亿元，人工智能骨干企业达到30家以上，建成省级以上人工智能创新平台10个，"
    "打造“人工智能+”标杆场景50个以上，形成具有鄞州特色的人工智能产业生态。"
)


EXTRA = {
    "培育人工智能骨干企业": "对首次认定的骨干企业按规定给予奖励，支持骨干企业参与国家和省人工智能重大项目。",
    "建设人工智能产业园区": "推动园区建设公共算力、数据、测试验证等共性服务平台，提升园区综合服务能力。",
    "推进汽车零部件行业智能化改造": "组织智能化改造服务商与企业精准对接，推动改造经验在同行业复制推广。",
    "建设工业互联网平台": "支持平台企业开发面向中小企业的轻量化智能应用，降低企业数字化转型门槛。",
    "推进“人工智能+民生服务”": "推动人工智能辅助教学、慢病智能管理、老年人智能看护等应用普及。",
    "推进“人工智能+基层治理”": "推动基层报表智能填报和数据共享，切实减轻基层负担。",
    "提升算力供给能力": "落实算力券政策，对中小企业和创新团队使用算力给予支持。",
    "加强人才和资本支撑": "建立人工智能企业融资需求清单，定期组织银企对接和投融资路演活动。",
    "推进“人工智能+商贸服务”": "支持专业市场建设智能选品和供应链协同平台。",
    "推进“人工智能+交通文旅”": "推动公交、出租车等运营数据智能分析，优化公共交通线网。",
    "加快人工智能技术攻关": "对企业承担的国家级、省级人工智能科技项目按规定给予配套支持。",
    "加强数据资源开发利用": "推动数据资产登记和入表，探索数据要素收益分配机制。",
    "推进“人工智能+生态环境”": "推动环境数据与城市运行数据融合分析。",
}


def _tasks(tasks):
    for i, task in enumerate(tasks, start=1):
        task["body"] += EXTRA.get(task["title"], "")
        task["numbering"] = f"{i}."
        if task.get("targets"):
            task["target_deadline"] = 2027
    return tasks


YINZHOU = {
    "slug": "yinzhou-ai-plus-2026-synthetic",
    "suffix": ".pdf",
    "running_header": "鄞州区“人工智能+”行动实施方案（2026—2027年）",
    "notice": [
        "各镇人民政府、街道办事处，区政府各部门、各直属单位：",
        "经区政府同意，现将《鄞州区“人工智能+”行动实施方案（2026—2027年）》印发给你们，请认真组织实施。",
    ],
    "signature": ["宁波市鄞州区人民政府办公室", "2026年4月2日"],
    "title": "鄞州区“人工智能+”行动实施方案（2026—2027年）",
    "preamble": (
        "为抢抓人工智能发展机遇，深入实施“人工智能+”行动，推动人工智能与实体经济深度融合，加快建设现代化滨海大都市"
        "核心区，根据省、市关于推进“人工智能+”行动的部署要求，结合我区产业基础和发展实际，制定本方案。"
        "本方案实施期限为2026年至2027年。"
    ),
    "parts": [
        {
            "code": "一",
            "numbering": "一、",
            "title": "发展目标",
            "kind": "general",
            "paragraphs": [
                "坚持创新驱动、应用牵引、企业主体、开放合作，以产业智能化和智能产业化为主线，统筹推进技术创新、产业培育、"
                "场景开放和生态营造，加快打造全市人工智能创新发展先行区和应用示范区。",
                GOAL_2026,
                GOAL_2027,
            ],
        },
        {
            "code": "二",
            "numbering": "二、",
            "title": "重点任务",
            "kind": "key_task",
            "chapters": [
                {"numbering": numbering, "title": title, "tasks": _tasks(tasks)}
                for numbering, title, tasks in CHAPTERS
            ],
        },
        {
            "code": "三",
            "numbering": "三、",
            "title": "保障措施",
            "kind": "safeguard",
            "items": [
                {
                    "numbering": "（一）",
                    "title": "强化统筹协调",
                    "body": "成立区“人工智能+”行动工作专班，由区政府分管领导任组长，专班办公室设在区经信局，"
                    "建立月度调度、季度通报工作机制，协调解决重大问题。",
                },
                {
                    "numbering": "（二）",
                    "title": "加强政策保障",
                    "body": "用好区级产业发展专项资金，对人工智能企业研发投入、场景应用、算力使用等给予支持，"
                    "对重大项目实行“一事一议”，积极争取上级政策和资金支持。",
                },
                {
                    "numbering": "（三）",
                    "title": "营造良好氛围",
                    "body": "加强政策宣传解读，及时总结推广典型案例和经验做法，营造全社会关注、支持和参与人工智能发展的良好氛围。",
                },
                {
                    "numbering": "（四）",
                    "title": "加强督查考核",
                    "body": "将重点任务完成情况纳入部门和镇（街道）年度综合考核，建立任务清单、责任清单和进度清单，"
                    "对工作推进不力的单位进行督办。",
                },
            ],
        },
    ],
    "annex_title": "鄞州区“人工智能+”行动2026年重点任务清单",
    "annex_header": ["序号", "任务名称", "工作内容", "牵头单位", "配合单位", "完成时限"],
    "annex_rows": ANNEX_ROWS,
    "annex_widths": [1.1, 2.6, 5.2, 2.2, 2.7, 1.8],
    "annex_tasks": _annex_tasks(),
    "goals": [
        {
            "title": "到2026年底",
            "text": GOAL_2026,
            "deadline": 2026,
            "targets": [
                {
                    "metric": "人工智能相关产业规模",
                    "unit": "亿元",
                    "comparator": "eq",
                    "value": 450,
                    "aggregation": "stock",
                    "kind": "related_industry_scale",
                    "source_phrase": "人工智能相关产业规模达到450亿元",
                },
                {
                    "metric": "人工智能骨干企业",
                    "unit": "家",
                    "comparator": "eq",
                    "value": 20,
                    "aggregation": "stock",
                    "kind": "ai_enterprises",
                    "source_phrase": "培育人工智能骨干企业20家",
                },
            ],
        },
        {
            "title": "到2027年底",
            "text": GOAL_2027,
            "deadline": 2027,
            "targets": [
                {
                    "metric": "人工智能相关产业规模",
                    "unit": "亿元",
                    "comparator": "gt",
                    "value": 600,
                    "aggregation": "stock",
                    "kind": "related_industry_scale",
                    "source_phrase": "人工智能相关产业规模突破600亿元",
                },
                {
                    "metric": "人工智能骨干企业",
                    "unit": "家",
                    "comparator": "gte",
                    "value": 30,
                    "aggregation": "stock",
                    "kind": "ai_enterprises",
                    "source_phrase": "人工智能骨干企业达到30家以上",
                },
                {
                    "metric": "省级以上人工智能创新平台",
                    "unit": "个",
                    "comparator": "eq",
                    "value": 10,
                    "aggregation": "stock",
                    "kind": "innovation_platforms",
                    "source_phrase": "建成省级以上人工智能创新平台10个",
                },
                {
                    "metric": "“人工智能+”标杆场景",
                    "unit": "个",
                    "comparator": "gte",
                    "value": 50,
                    "aggregation": "stock",
                    "kind": "application_scenarios",
                    "source_phrase": "打造“人工智能+”标杆场景50个以上",
                },
            ],
        },
    ],
    "period_end": 2027,
    "zone": {
        "slug": "yinzhou",
        "name": "宁波市鄞州区",
        "name_en": "Yinzhou District, Ningbo",
        "level": "district",
    },
    "plan": {
        "code": "yinzhou-ai-plus-2026-synthetic",
        "title": "鄞州区“人工智能+”行动实施方案（2026—2027年）",
        "title_en": 'Yinzhou District "AI+" action implementation plan (2026–2027) — synthetic',
        "issuer": "宁波市鄞州区人民政府办公室",
        "issued_on": "2026-04-02",
        "period_start": 2026,
        "period_end": 2027,
        "milestone_years": [2026, 2027],
    },
    "agencies": [
        {"code": code, "name": name, "aliases": aliases, "category": category}
        for code, name, aliases, category in AGENCIES
    ],
    "header": """
鄞州区“人工智能+”行动实施方案（2026—2027年） (宁波市鄞州区人民政府办公室, 2026-04-02) — SYNTHETIC (synthetic_i): the document was
WRITTEN by the collector (helper hsynthI, 2026-12-03) imitating a district office's plan as published in PDF, not copied from any page;
no such document is claimed to exist (date, figures and some bodies' exact names are made up). Built by make_files.py (beside this file):
a Word file made with python-docx, PRINTED TO PDF BY LIBREOFFICE (A4, 仿宋_GB2312 body at 16pt — substituted by the printer's CJK font,
running header = the title, footer "— N —" from a PAGE field); extraction written from the same items; roles, targets and every judgement
by hand, BEFORE the collector read any importer code, rule table or draft. See SYNTHETIC_I.md.
File: notice (addressees, one sentence, issuer, date; no document number), page break, title, preamble; 一、发展目标 two goal paragraphs
  "到2026年底，…" and "到2027年底，…"; 二、重点任务 five （一） chapters (13 items) of "1.标题。正文（牵头单位：X；责任单位：Y、Z）" items typed (not
  Word numbering); the lines WRAP inside agency names and inside annotations as the printer breaks them, and a paragraph may run across a
  page break (header and page number between its halves); 三、保障措施 （一）…（四） unannotated; page break; 附件 "鄞州区“人工智能+”行动
  2026年重点任务清单", a six-column table `序号 | 任务名称 | 工作内容 | 牵头单位 | 配合单位 | 完成时限` of 18 rows that BREAKS ACROSS PAGES with
  its header row REPEATED on the next page (rows are not split; cell text wraps inside the narrow cells, also inside agency names).
Outline: the body items are tasks (二.(一).1 …); the annex rows are tasks of their OWN (the 2026 list is not a restatement of the body):
  a section 附件 of 18 tasks, numbering = 序号, title = 任务名称, text = 工作内容, due = 完成时限 (N月底前 → the month's last day).
Roles: body "（牵头单位：X；责任单位：Y）" → X lead (several leads when the cell lists several), Y responsible; table 牵头单位 → lead,
  配合单位 → supporting. "各镇人民政府、街道办事处" is ONE collective agency, the district's towns and sub-districts (SOURCES.md's
  convention settled 2026-12-05, helper conv). History: the blind extraction had one; corrected after measurement 1 to two (各镇人民政府,
  各街道办事处) by the zhangzhou reading of "各县(区)人民政府、开发区(投资区)管委会"; back to one with the settled convention.
  宁波市生态环境局鄞州分局 is printed with the city prefix (a city bureau's district branch), its alias as printed.
Targets: G1 "到2026年底" (达到450亿元 eq; 20家 eq; 建成智算中心一期 no figure); G2 "到2027年底" (突破600亿元 gt; 30家以上 gte; 10个 eq;
  50个以上 gte). Body item with a figure is a goal titled like the item: 每年…30个以上 per_year flow gte (due 2027, the period end).
  Annex rows with figures are goals titled like the row (text = 工作内容, due 2026): 6场以上 gte flow; 20个以上 gte flow; 500P eq; 100家以上
  gte flow; 2家 eq flow and 不少于40家 gte (two targets of one row); 10所 eq; 3000人次以上 gte flow; row 18 新增入库…30家 eq flow and
  认定…5家 eq flow. NOT targets: 全覆盖 (row 7), 7×24小时 (row 13, a service time), 设立规模5亿元的…基金 (row 15, a fund's size: money
  committed, like the corpus's budgets), 一期 (G1).
Period 2026–2027.
""",
}
