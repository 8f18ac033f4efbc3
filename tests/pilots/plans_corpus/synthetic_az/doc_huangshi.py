# ruff: noqa: E501  (plan text as the office writes it)
"""黄石市“人工智能+”行动计划（2026—2028年） — INVENTED (synthetic_az). A Word file: red head, notice, then the
plan in 第一章–第七章 chapters; 第一章 总体要求 with numbered principles 1.–4. (not tasks), 第二章 发展基础
(2025 baselines), 第三章 发展目标 (two dated paragraphs and a qualitative 展望2030年), task chapters 第四章–第六章
whose tasks （一）–（十七） run on across chapters, each closing on "（牵头单位：X；配合单位：Y、Z）" with the 市 prefix
shared by the names after it, and each chapter ending in a 专栏 box (a one-cell table) of named projects with their
investment and scale (no task, no target — but 专栏1, a box of 工程: its projects are tasks, CORRECTED after SEEN);
第七章 保障措施 （一）–（五）; 抄送 / 印发 lines."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from synthetic_model import Agency, Goal, Section, Target, Task, safeguard_items

SLUG = "huangshi-ai-plus-2026-synthetic"
KIND = "docx"

P = "黄石市"
A = [
    # code, full name, printed forms, category
    ("sjj", "黄石市数据局", ["市数据局", "数据局"], "big_data"),
    ("fgw", "黄石市发展和改革委员会", ["市发改委", "发改委"], "development_reform"),
    ("jxj", "黄石市经济和信息化局", ["市经信局", "经信局"], "industry_it"),
    ("kjj", "黄石市科学技术局", ["市科技局", "科技局"], "science_technology"),
    ("czj", "黄石市财政局", ["财政局"], "finance"),
    ("jyj", "黄石市教育局", ["市教育局"], "education"),
    ("rsj", "黄石市人力资源和社会保障局", ["市人社局", "人社局"], "human_resources"),
    ("wjw", "黄石市卫生健康委员会", ["市卫健委"], "health"),
    ("nyj", "黄石市农业农村局", ["市农业农村局"], "agriculture"),
    ("jtj", "黄石市交通运输局", ["市交通运输局", "交通运输局"], "transport"),
    ("gkj", "黄石市港口和航运管理局", ["市港航局"], "transport"),
    ("swj", "黄石市商务局", ["市商务局", "商务局"], "commerce"),
    ("zsj", "黄石市招商服务中心", ["市招商服务中心"], "commerce"),
    ("zwb", "黄石市政务服务和大数据管理局", ["市政务服务局"], "government_services"),
    ("yjj", "黄石市应急管理局", ["市应急管理局"], "emergency"),
    (
        "zrj",
        "黄石市自然资源和规划局",
        ["市自然资源和规划局", "自然资源和规划局"],
        "natural_resources",
    ),
    ("wlj", "黄石市文化和旅游局", ["市文旅局"], "culture_tourism"),
    ("gaj", "黄石市公安局", ["市公安局", "公安局"], "public_security"),
    ("wxb", "中共黄石市委网络安全和信息化委员会办公室", ["市委网信办"], "publicity"),
    ("zzb", "中共黄石市委组织部", ["市委组织部"], "party_organisation"),
    ("hbnu", "湖北师范大学", [], "other"),
    (
        "kfq",
        "黄石经济技术开发区·铁山区管理委员会",
        ["黄石经开区·铁山区管委会"],
        "park_administration",
    ),
    ("xsq", "黄石市各县（市、区）人民政府", ["各县（市、区）人民政府"], "local_government"),
    ("cfj", "黄石市城市发展投资集团有限公司", ["市城发集团"], "state_enterprise"),
]
AGENCIES = [Agency(c, n, [a for a in forms if a != n], cat) for c, n, forms, cat in A]
CODE = {form: c for c, n, forms, _ in A for form in [n, *forms]}

TITLE = "黄石市“人工智能+”行动计划（2026—2028年）"
DOC_NUMBER = "黄石政发〔2026〕3号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Huangshi action plan of the “AI+” action (2026–2028) — synthetic",
    "issuer": "黄石市人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.docx",
}


def T(metric, unit, cmp, value, phrase, **kw):
    return Target(metric, unit, cmp, value, phrase, **kw)


PREAMBLE = "为深入贯彻国家和省关于深入实施“人工智能+”行动的决策部署，抢抓人工智能技术加速演进和产业深度变革的战略机遇，推动人工智能与我市原材料、先进制造、港口物流等优势产业深度融合，加快建设武汉都市圈重要增长极，结合我市实际，制定本行动计划。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，坚持以场景应用为牵引、以算力数据为基础、以产业赋能为主线、以安全可控为底线，统筹推进技术创新、产业培育、场景开放和生态营造，推动人工智能全方位、深层次赋能经济社会发展，为加快建设现代化港口工业城市提供有力支撑。"
GUIDE2 = "要牢牢把握人工智能发展的新趋势、新特征，把发展人工智能作为推动老工业基地转型升级、培育新质生产力的重要抓手，坚持市场主导与政府引导相结合、应用牵引与技术创新相结合、产业培育与生态营造相结合，加快形成人工智能赋能千行百业的生动局面。"
PRINCIPLES = [
    "1.需求牵引，场景驱动。立足老工业基地转型升级需要，以真实场景开放带动技术迭代和产品落地，让人工智能在生产一线和服务一线见实效。",
    "2.企业主体，政府引导。充分发挥市场在资源配置中的决定性作用，强化企业创新主体地位，更好发挥政府在规划引导、政策支持、环境营造等方面的作用。",
    "3.开放合作，协同联动。主动融入武汉都市圈和长江中游城市群，深化与高校院所、头部企业合作，推动市县协同、部门联动、政企互动。",
    "4.统筹发展，守牢底线。坚持发展和安全并重，健全人工智能安全治理体系，守住数据安全、网络安全和伦理安全底线。",
]
BASE = [
    "“十四五”以来，我市数字经济发展势头良好，人工智能应用加快落地。2025年，全市数字经济核心产业增加值达到186亿元，建成5G基站8600个，在用数据中心标准机架1.1万架，已建成智能算力规模320P。大冶特钢、大冶有色、华新水泥等龙头企业建成一批智能工厂，全市累计认定省级智能制造试点示范项目42个，培育人工智能相关企业96家。",
    "同时也要看到，我市人工智能产业规模总体偏小，高端人才供给不足，数据资源开发利用水平不高，中小企业应用人工智能“不敢用、不会用、用不起”的问题仍较突出，亟需系统谋划、集中发力。当前，人工智能正加速从技术突破走向规模应用，我市产业门类齐全、应用场景丰富，具备推动人工智能与实体经济深度融合的良好条件，必须抢抓机遇、乘势而上。",
]
GOAL_2026 = "到2026年底，全市人工智能核心产业规模达到60亿元，智能算力规模突破800P，打造“人工智能+”典型应用场景50个以上，人工智能与实体经济融合发展的基础进一步夯实。"
T_2026 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        60,
        "人工智能核心产业规模达到60亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "智能算力规模",
        "P",
        "gt",
        800,
        "智能算力规模突破800P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        50,
        "打造“人工智能+”典型应用场景50个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
]
GOAL_2028 = "到2028年，全市人工智能核心产业规模力争突破150亿元，带动相关产业规模超过800亿元；智能算力规模达到2000P以上，建成高质量行业数据集不少于40个；培育人工智能相关企业200家以上，其中高新技术企业不少于80家，引育行业领军企业1—2家；建成省级以上人工智能创新平台十个以上；累计打造“人工智能+”典型应用场景150个以上，规模以上工业企业数字化转型覆盖率达到95%；培育人工智能专业人才1.2万人，把黄石建设成为长江中游地区具有重要影响力的人工智能融合应用示范城市。"
T_2028 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        150,
        "人工智能核心产业规模力争突破150亿元",
        kind="ai_industry_scale",
    ),
    T(
        "带动相关产业规模",
        "亿元",
        "gt",
        800,
        "带动相关产业规模超过800亿元",
        kind="related_industry_scale",
    ),
    T("智能算力规模", "P", "gte", 2000, "智能算力规模达到2000P以上", kind="computing_power"),
    T("高质量行业数据集", "个", "gte", 40, "建成高质量行业数据集不少于40个"),
    T("人工智能相关企业", "家", "gte", 200, "培育人工智能相关企业200家以上", kind="ai_enterprises"),
    T("人工智能高新技术企业", "家", "gte", 80, "其中高新技术企业不少于80家", parent="PREV"),
    T("人工智能行业领军企业", "家", "range", 1, "引育行业领军企业1—2家", value_max=2),
    T(
        "省级以上人工智能创新平台",
        "个",
        "gte",
        10,
        "建成省级以上人工智能创新平台十个以上",
        kind="innovation_platforms",
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        150,
        "累计打造“人工智能+”典型应用场景150个以上",
        kind="application_scenarios",
    ),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 95, "规模以上工业企业数字化转型覆盖率达到95%"),
    T(
        "人工智能专业人才",
        "人",
        "eq",
        12000,
        "培育人工智能专业人才1.2万人",
        kind="talent",
        aggregation="flow",
    ),
]
OUTLOOK = "展望2030年，人工智能全面融入全市经济社会发展各领域，智能经济成为高质量发展的重要引擎，形成具有黄石特色的人工智能产业生态。"

# chapters: (numbering, title, [tasks (numbering, title, body, lead, supporting, targets)], (box title, box lines))
CHAPTERS = [
    (
        "第四章",
        "夯实人工智能发展底座",
        [
            (
                "（一）",
                "建设区域智能算力枢纽",
                "推动黄石智算中心扩容升级，引导存量数据中心向智算中心转型，构建“通算+智算+超算”多元协同的算力供给体系。到2026年底，新增智能算力300P，算力资源平均利用率达到70%以上。积极对接国家“东数西算”工程和全省算力调度平台，探索发放“算力券”，降低中小企业用算成本。",
                "牵头单位：市数据局；配合单位：市发改委、经信局、财政局",
                ["市数据局"],
                ["市发改委", "经信局", "财政局"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        300,
                        "新增智能算力300P",
                        kind="computing_power",
                        deadline=2026,
                        aggregation="flow",
                    ),
                    T(
                        "算力资源平均利用率",
                        "%",
                        "gte",
                        70,
                        "算力资源平均利用率达到70%以上",
                        deadline=2026,
                    ),
                ],
            ),
            (
                "（二）",
                "推进高质量数据集建设",
                "完善公共数据资源目录，推进公共数据分类分级授权运营，每年开放公共数据集不少于30个。围绕钢铁、有色、建材、电子信息等重点行业，支持龙头企业联合高校院所建设行业语料库和高质量数据集，培育数据标注、数据清洗等数据服务企业10家以上。",
                "牵头单位：市数据局；配合单位：市经信局、市委网信办，各县（市、区）人民政府",
                ["市数据局"],
                ["市经信局", "市委网信办", "各县（市、区）人民政府"],
                [
                    T(
                        "开放公共数据集",
                        "个",
                        "gte",
                        30,
                        "每年开放公共数据集不少于30个",
                        per_year=True,
                    ),
                    T(
                        "数据服务企业",
                        "家",
                        "gte",
                        10,
                        "培育数据标注、数据清洗等数据服务企业10家以上",
                    ),
                ],
            ),
            (
                "（三）",
                "打造人工智能公共服务平台",
                "依托黄石经开区·铁山区建设市级人工智能公共服务平台，汇聚开源模型、行业知识库和开发工具，为企业提供模型训练、推理部署、测试评估等一站式服务，累计服务中小企业500家次以上。支持湖北师范大学建设人工智能开放实验室，面向企业开放共享科研设施。",
                "牵头单位：市经信局、市科技局；配合单位：黄石经开区·铁山区管委会、湖北师范大学",
                ["市经信局", "市科技局"],
                ["黄石经开区·铁山区管委会", "湖北师范大学"],
                [
                    T(
                        "人工智能公共服务平台服务中小企业",
                        "家次",
                        "gte",
                        500,
                        "累计服务中小企业500家次以上",
                        aggregation="flow",
                    )
                ],
            ),
        ],
        (
            "专栏1　智能底座重点工程",
            [
                "1.黄石智算中心二期项目。总投资8.6亿元，新增国产化智能算力500P，2027年建成投用。",
                "2.长江中游（黄石）行业数据集建设项目。总投资1.2亿元，建设钢铁、有色、建材三个行业数据集。",
                "3.黄石市人工智能公共服务平台项目。总投资6000万元，建设模型仓库、算力调度和测试验证三大模块。",
                "4.城市数据资源平台升级项目。总投资4500万元，建设公共数据授权运营专区和数据开发利用环境。",
            ],
        ),
    ),
    (
        "第五章",
        "推进“人工智能+”产业赋能",
        [
            (
                "（四）",
                "推动原材料产业智能化升级",
                "聚焦钢铁、有色金属、建材等原材料产业，推广智能配料、炉况预测、质量在线检测、设备预测性维护等应用，新建省级以上智能工厂15家、数字化车间60个。支持大冶特钢、大冶有色、华新水泥等龙头企业建设行业级工业互联网平台，带动上下游中小企业“链式”转型。",
                "牵头单位：市经信局；配合单位：市发改委、科技局，各县（市、区）人民政府",
                ["市经信局"],
                ["市发改委", "科技局", "各县（市、区）人民政府"],
                [
                    T("省级以上智能工厂", "家", "eq", 15, "新建省级以上智能工厂15家"),
                    T("数字化车间", "个", "eq", 60, "数字化车间60个"),
                ],
            ),
            (
                "（五）",
                "推动先进制造业智能化改造",
                "围绕电子信息（PCB）、高端装备、模具、生物医药等产业，实施“智改数转”三年全覆盖行动，推广工业视觉检测、智能排产、数字孪生等成熟方案，培育省级以上智能制造示范企业20家。对规模以上工业企业开展智能化诊断服务，每年诊断企业不少于200家。",
                "牵头单位：市经信局；配合单位：黄石经开区·铁山区管委会，各县（市、区）人民政府",
                ["市经信局"],
                ["黄石经开区·铁山区管委会", "各县（市、区）人民政府"],
                [
                    T(
                        "省级以上智能制造示范企业",
                        "家",
                        "eq",
                        20,
                        "培育省级以上智能制造示范企业20家",
                    ),
                    T("智能化诊断企业", "家", "gte", 200, "每年诊断企业不少于200家", per_year=True),
                ],
            ),
            (
                "（六）",
                "培育壮大人工智能核心产业",
                "围绕智能传感器、智能终端、工业软件、智能装备等方向，绘制产业链招商图谱，开展精准招商、以商招商，每年新引进人工智能企业不少于30家，其中投资额亿元以上项目不少于5个。实施企业梯度培育计划，推动人工智能企业“小升规、规升高、高上市”。",
                "牵头单位：市招商服务中心、市经信局；配合单位：市商务局、市科技局",
                ["市招商服务中心", "市经信局"],
                ["市商务局", "市科技局"],
                [
                    T(
                        "新引进人工智能企业",
                        "家",
                        "gte",
                        30,
                        "每年新引进人工智能企业不少于30家",
                        per_year=True,
                        kind="ai_enterprises",
                    ),
                    T(
                        "投资额亿元以上人工智能项目",
                        "个",
                        "gte",
                        5,
                        "其中投资额亿元以上项目不少于5个",
                        per_year=True,
                        parent="PREV",
                    ),
                ],
            ),
            (
                "（七）",
                "推进“人工智能+”港口物流",
                "以黄石新港为重点，推进港口作业智能调度、集装箱智能理货、无人集卡等应用，建设智慧港口示范工程，港口集装箱作业效率提升20%。推动多式联运数据互联互通，培育智慧物流园区3个。",
                "牵头单位：市港航局；配合单位：市交通运输局、商务局",
                ["市港航局"],
                ["市交通运输局", "商务局"],
                [
                    T("港口集装箱作业效率提升", "%", "eq", 20, "港口集装箱作业效率提升20%"),
                    T("智慧物流园区", "个", "eq", 3, "培育智慧物流园区3个"),
                ],
            ),
            (
                "（八）",
                "推进“人工智能+”现代农业",
                "在大冶、阳新等地推广智能农机、精准灌溉、病虫害智能识别等技术，建设智慧农业示范基地12个，推动农产品质量追溯体系与电商平台对接，提升农业生产经营智能化水平。",
                "牵头单位：市农业农村局；配合单位：市数据局，各县（市、区）人民政府",
                ["市农业农村局"],
                ["市数据局", "各县（市、区）人民政府"],
                [T("智慧农业示范基地", "个", "eq", 12, "建设智慧农业示范基地12个")],
            ),
            (
                "（九）",
                "推动行业大模型和智能体开发应用",
                "支持企业基于开源基础模型开发冶金、建材、港航等行业大模型，打造行业大模型3—5个，推广智能体应用100个以上。鼓励国有企业率先开放业务场景，带头应用国产大模型。",
                "牵头单位：市科技局；配合单位：市经信局、数据局，市城发集团",
                ["市科技局"],
                ["市经信局", "数据局", "市城发集团"],
                [
                    T("行业大模型", "个", "range", 3, "打造行业大模型3—5个", value_max=5),
                    T(
                        "智能体应用",
                        "个",
                        "gte",
                        100,
                        "推广智能体应用100个以上",
                        kind="application_scenarios",
                    ),
                ],
            ),
        ],
        (
            "专栏2　产业赋能重点项目",
            [
                "1.大冶特钢“5G+AI”智能工厂项目。总投资3.5亿元，建设智能炼钢、智能轧制等12个场景。",
                "2.华新水泥建材行业大模型项目。总投资1.8亿元，打造水泥窑炉智能控制系统。",
                "3.黄石新港智慧港口项目。总投资4.2亿元，建设自动化堆场和智能闸口。",
                "4.黄石PCB产业园智能检测公共服务中心项目。总投资9000万元，服务园区企业100家。",
            ],
        ),
    ),
    (
        "第六章",
        "推进“人工智能+”民生服务和城市治理",
        [
            (
                "（十）",
                "提升政务服务智能化水平",
                "推广智能导办、智能预审、智能审批等应用，“高效办成一件事”事项智能化办理率达到80%。建设全市统一的政务大模型应用平台，推动12345热线智能派单和诉求分析。",
                "牵头单位：市政务服务局；配合单位：市数据局",
                ["市政务服务局"],
                ["市数据局"],
                [
                    T(
                        "“高效办成一件事”事项智能化办理率",
                        "%",
                        "eq",
                        80,
                        "“高效办成一件事”事项智能化办理率达到80%",
                    )
                ],
            ),
            (
                "（十一）",
                "推进“人工智能+”医疗健康",
                "推动人工智能辅助诊断、智能影像、智慧病案等应用，建设智慧医院8家，实现县域医共体人工智能辅助诊断全覆盖。推进居民电子健康档案与智能健康管理服务融合应用。",
                "牵头单位：市卫健委；配合单位：市数据局，各县（市、区）人民政府",
                ["市卫健委"],
                ["市数据局", "各县（市、区）人民政府"],
                [T("智慧医院", "家", "eq", 8, "建设智慧医院8家")],
            ),
            (
                "（十二）",
                "推进“人工智能+”教育",
                "推进人工智能通识教育进中小学课堂，建设人工智能教育示范校30所。支持湖北师范大学、湖北理工学院开设人工智能相关专业，推动职业院校开展订单式培养。",
                "牵头单位：市教育局；配合单位：湖北师范大学",
                ["市教育局"],
                ["湖北师范大学"],
                [T("人工智能教育示范校", "所", "eq", 30, "建设人工智能教育示范校30所")],
            ),
            (
                "（十三）",
                "推进城市治理和安全生产智能化",
                "建设城市运行管理智能中枢，推进城市视频资源智能解析应用。推动非煤矿山、危险化学品企业应用智能监测预警系统，非煤矿山智能化改造覆盖率达到60%。",
                "牵头单位：市应急管理局、市公安局；配合单位：市自然资源和规划局、数据局",
                ["市应急管理局", "市公安局"],
                ["市自然资源和规划局", "数据局"],
                [T("非煤矿山智能化改造覆盖率", "%", "eq", 60, "非煤矿山智能化改造覆盖率达到60%")],
            ),
            (
                "（十四）",
                "推进“人工智能+”文化旅游",
                "依托黄石国家矿山公园、东方山等景区，推广智能导览、沉浸式体验、客流监测等应用，打造工业遗产数字化展示品牌，提升游客服务体验。",
                "牵头单位：市文旅局；配合单位：市数据局、交通运输局",
                ["市文旅局"],
                ["市数据局", "交通运输局"],
                [],
            ),
            (
                "（十五）",
                "加强人工智能人才引育",
                "将人工智能领域人才纳入“黄石英才计划”重点支持范围，面向企业经营管理人员和技术人员开展人工智能专题培训，每年举办培训不少于20场，建设人工智能实训基地5个。",
                "牵头单位：市委组织部、市人社局；配合单位：市教育局、经信局",
                ["市委组织部", "市人社局"],
                ["市教育局", "经信局"],
                [
                    T("人工智能专题培训", "场", "gte", 20, "每年举办培训不少于20场", per_year=True),
                    T("人工智能实训基地", "个", "eq", 5, "建设人工智能实训基地5个", kind="talent"),
                ],
            ),
            (
                "（十六）",
                "深化区域开放合作",
                "主动对接武汉“光谷”和鄂州、黄冈等周边城市，推动算力、数据、场景和人才资源共建共享，积极承接人工智能产业转移和溢出项目，支持企业参与武汉都市圈人工智能产业联盟，联合开展技术攻关和市场拓展。",
                "牵头单位：市发改委；配合单位：市经信局、科技局、商务局",
                ["市发改委"],
                ["市经信局", "科技局", "商务局"],
                [],
            ),
            (
                "（十七）",
                "筑牢人工智能安全防线",
                "落实生成式人工智能服务管理有关规定，指导企业开展算法备案和安全评估，加强数据安全和个人信息保护，建立人工智能安全风险监测预警和应急处置机制。",
                "牵头单位：市委网信办；配合单位：市公安局、数据局",
                ["市委网信办"],
                ["市公安局", "数据局"],
                [],
            ),
        ],
        (
            "专栏3　民生服务重点场景",
            [
                "1.“黄石政务智能助手”项目。总投资2000万元，覆盖政务服务事项1500项。",
                "2.矿山安全智能监测预警平台项目。总投资5500万元，接入非煤矿山企业80家。",
                "3.“AI+工业遗产”数字文旅项目。总投资3000万元，建设数字展厅和沉浸式体验馆。",
                "4.智慧教育云平台项目。总投资2500万元，建设人工智能教育资源库和智能教学应用系统。",
            ],
        ),
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "市数字经济发展领导小组统筹推进全市“人工智能+”行动，研究解决重大问题，领导小组办公室设在市数据局，负责日常调度。各县（市、区）、各部门要明确分管领导和责任处室，建立工作台账，确保各项任务落地见效。建立“月调度、季通报、年考核”工作机制，对重点项目实行清单化管理、节点化推进。",
    ),
    (
        "（二）",
        "强化政策支持",
        "统筹市级产业发展专项资金，对人工智能重大项目、公共服务平台和典型应用场景给予支持。用好上级各类政策资金，争取更多项目纳入国家和省级支持范围。落实高新技术企业税收优惠、研发费用加计扣除等政策，推动政策直达快享。",
    ),
    (
        "（三）",
        "加大金融支持",
        "发挥政府投资基金引导作用，吸引社会资本投向人工智能领域。鼓励金融机构开发“算力贷”“数据贷”等特色产品，为人工智能企业提供多元化融资服务。",
    ),
    (
        "（四）",
        "强化要素保障",
        "优先保障人工智能重大项目用地、用能需求，推动绿色电力优先供应算力设施。完善“揭榜挂帅”机制，定期发布应用场景清单。",
    ),
    (
        "（五）",
        "加强监测评估",
        "建立“人工智能+”行动统计监测和评估制度，每年开展一次评估，评估结果纳入相关部门年度考核。加强政策宣传和典型案例推广，营造良好发展氛围。各县（市、区）每年12月底前将年度工作进展报送领导小组办公室。",
    ),
]


MORE = {
    "建设区域智能算力枢纽": "统筹全市算力设施布局，推动政务、医疗、交通等领域算力需求统一接入市级算力调度平台，提高算力资源使用效率。支持智算中心采用液冷、余热回收等绿色低碳技术，推动算力设施与可再生能源协同发展。",
    "推进高质量数据集建设": "建立公共数据质量评价和问题反馈机制，推动数据供给从“可用”向“好用”转变。探索开展数据资产登记和数据产品交易试点，鼓励企业将数据资源纳入资产管理，释放数据要素价值。",
    "打造人工智能公共服务平台": "定期发布平台服务目录和模型能力清单，组织开展模型应用培训、技术沙龙和供需对接活动，帮助中小企业跨越技术门槛。",
    "推动原材料产业智能化升级": "推动高炉、电解槽、水泥窑等关键装备接入工业互联网平台，开展能耗智能管控和碳排放精准核算，助力原材料产业绿色低碳转型。",
    "推动先进制造业智能化改造": "组建“智改数转”服务商资源池，推行“诊断—改造—评估”全流程服务，推动中小企业用得上、用得起、用得好人工智能技术。",
    "培育壮大人工智能核心产业": "对落户我市的人工智能重大项目实行专班推进、全程代办，推动签约项目早开工、早投产、早见效。支持本地企业参与国家和省级人工智能重大项目。",
    "推进“人工智能+”港口物流": "推动港口、铁路、公路物流信息平台互联互通，开展船舶进出港智能预约和货物智能追踪，打造长江中游智慧物流枢纽。",
    "推进“人工智能+”现代农业": "推广农业生产托管服务中的智能化装备应用，支持农业社会化服务组织开展植保无人机统防统治，提升农业生产效率。",
    "推动行业大模型和智能体开发应用": "建立行业大模型应用场景库和供需对接机制，推动模型企业与制造企业“结对子”，形成一批可复制推广的解决方案。",
    "提升政务服务智能化水平": "推动政务服务从“能办”向“好办、易办”转变，探索“免申即享”“无感审批”等服务模式，提升企业群众办事满意度。",
    "推进“人工智能+”医疗健康": "推动上级医院与基层医疗卫生机构远程影像、远程会诊智能化协同，让群众在家门口享受优质医疗服务。",
    "推进“人工智能+”教育": "鼓励中小学开展人工智能科普活动和编程竞赛，建设一批人工智能教育实践基地，提升师生人工智能素养。",
    "推进城市治理和安全生产智能化": "推动城市生命线工程智能感知网络建设，加强燃气、供水、桥梁等设施运行风险智能监测，提升城市安全韧性。",
    "推进“人工智能+”文化旅游": "推动文旅数据与交通、气象等数据融合应用，开发智能行程规划和个性化推荐服务，提升“工业文化游”品牌影响力。",
    "加强人工智能人才引育": "支持企业与高校联合设立人工智能产业学院，推行“企业出题、院校答题”的人才培养模式，对引进的高层次人才在住房、子女入学等方面给予保障。",
    "筑牢人工智能安全防线": "加强对深度合成、智能推荐等新技术新应用的安全评估，开展人工智能伦理宣传教育，推动形成安全可信的人工智能发展环境。",
}


def box(doc, lines):
    """A 专栏 box: one bordered cell, its title in 黑体 centred, the projects in 仿宋 below."""
    from synthetic_office import run_font

    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    title, *rest = lines
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(title), "黑体", 14, True)
    for line in rest:
        run_font(cell.add_paragraph().add_run(line), "仿宋_GB2312", 14)


# What a box of 工程's projects build (CORRECTED after SEEN): the project's figure, due the year it is finished.
BOX_TARGETS = {
    "黄石智算中心二期项目": [
        T(
            "国产化智能算力",
            "P",
            "eq",
            500,
            "新增国产化智能算力500P",
            kind="computing_power",
            deadline=2027,
            aggregation="flow",
        )
    ],
    # SOURCES.md "A count of the things just named" (helper rRunOn): the project makes the three it names
    "长江中游（黄石）行业数据集建设项目": [
        T(
            "行业数据集",
            "个",
            "eq",
            3,
            "建设钢铁、有色、建材三个行业数据集",
            deadline=2028,
            aggregation="stock",
        )
    ],
}


def _engineering_box(btitle, blines, goals):
    """A 专栏 box of 工程 (SOURCES.md, 专栏 boxes): a section of kind engineering after the chapter it
    ends, each numbered project a task titled by its name; a project holding figures is also a goal."""
    number, title = btitle.split("　", 1)
    tasks = []
    for line in blines:
        no, rest = line.split(".", 1)
        name = rest.split("。", 1)[0]
        tasks.append(Task(f"{no}.", name, rest))
        if name in BOX_TARGETS:
            goals.append(Goal(name, rest, BOX_TARGETS[name], numbering=f"{number} {no}."))
    return Section(number, number, title, "engineering", tasks)


def _build():
    b = [
        ("head", "黄石市人民政府文件"),
        ("docno", DOC_NUMBER),
        ("title", "黄石市人民政府关于印发黄石市“人工智能+”行动计划（2026—2028年）的通知"),
        ("addressee", "各县（市、区）人民政府，黄石经济技术开发区·铁山区管委会，市政府各部门："),
        (
            "body",
            "现将《黄石市“人工智能+”行动计划（2026—2028年）》印发给你们，请结合实际，认真抓好贯彻落实。",
        ),
        ("sign", "黄石市人民政府"),
        ("date", "2026年2月16日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", None),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "第一章　总体要求"),
        ("h2", "第一节　指导思想"),
        ("body", GUIDE),
        ("body", GUIDE2),
        ("h2", "第二节　基本原则"),
        *[("body", x) for x in PRINCIPLES],
        ("h1", "第二章　发展基础"),
        *[("body", x) for x in BASE],
        ("h1", "第三章　发展目标"),
        ("body", GOAL_2026),
        ("body", GOAL_2028),
        ("body", OUTLOOK),
    ]
    goals = [Goal("到2026年底", GOAL_2026, T_2026), Goal("到2028年", GOAL_2028, T_2028)]
    sections = []
    for cno, ctitle, tasks, (btitle, blines) in CHAPTERS:
        b.append(("h1", f"{cno}　{ctitle}"))
        made = []
        for no, title, body, note, lead, sup, targets in tasks:
            body += MORE.get(title, "")
            text = f"{title}。{body}"
            b.append(("item", (f"{no}{title}。", f"{body}（{note}）")))
            made.append(
                Task(
                    no,
                    title,
                    f"{text}（{note}）",
                    lead=[CODE[x] for x in lead],
                    supporting=[CODE[x] for x in sup],
                )
            )
            if targets:
                goals.append(Goal(title, text, targets, numbering=no))
        b.append(("box", [btitle, *blines]))
        sections.append(Section(cno.strip("第章"), cno, ctitle, "key_task", made))
        if "工程" in btitle:  # CORRECTED after SEEN (SOURCES.md, 专栏 boxes): a box of 工程
            sections.append(_engineering_box(btitle, blines, goals))
    guard = safeguard_items(b, "第七章　保障措施", SAFEGUARDS)
    sections.append(Section("七", "第七章", "保障措施", "safeguard", guard))
    b += [
        ("body", "附件：黄石市“人工智能+”行动重点项目表（另发）"),
        ("rule", None),
        (
            "cc",
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，黄石军分区。",
        ),
        ("cc", "黄石市人民政府办公室　　　　　　　　　2026年2月17日印发"),
    ]
    return b, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "huangshi-city", "name": "黄石市", "name_en": "Huangshi", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 黄石市“人工智能+”行动计划（2026—2028年） (黄石市人民政府, 黄石政发〔2026〕3号, 2026-02-16) — SYNTHETIC (synthetic_az):
#   WRITTEN by the collector (helper blindAZ, 2026-12-06) before reading or running the importer; no such document is claimed
#   to exist. Built by make_files.py from doc_huangshi.py as a Word file (.docx).
# Zone huangshi-city (湖北; prefecture city → city level); period 2026–2028, milestones 2026 and 2028.
# Outline: red head, 发文字号, notice title, addressee, notice, signature, date, "（此件公开发布）", page break, the plan's title,
#   preamble, 第一章 总体要求 (第一节 指导思想; 第二节 基本原则 = four numbered principles "1.需求牵引，场景驱动。…": NOT tasks, no
#   figure), 第二章 发展基础 (2025 baselines 186亿元, 8600个, 1.1万架, 320P, 42个, 96家: NOT targets), 第三章 发展目标 = two untitled
#   paragraphs "到2026年底，…" / "到2028年，…" (goals titled by their date phrase) and "展望2030年，…" (qualitative: no goal).
#   第一节 has two paragraphs (no task). Task chapters 第四章–第六章 (top-level key_task sections numbered "第四章" …) hold bold-headed tasks （一）–（十七） numbered ON
#   across chapters; each chapter ends in a 专栏 box (a one-cell table: "专栏N　…" and numbered named projects with their
#   总投资 and scale). 第七章 保障措施 （一）–（五） unannotated → safeguard tasks without roles. After it "附件：…重点项目表（另发）"
#   (not on the page), a rule line, 抄送 and 印发 lines.
# JUDGEMENT — 专栏 projects: a box lists named projects as illustrations of the chapter's tasks; each project is NOT a task and
#   its figures (总投资8.6亿元, 新增国产化智能算力500P, 2027年建成投用, 12个场景, 1500项, 80家, 100家 …) are terms of a project,
#   like a fund's size, NOT targets. An importer that drafts them as tasks or targets loses precision here.
#   CORRECTED after SEEN (helper rAZ, 2026-12-06; SYNTHETIC_AZ.md "Measurement 2", SOURCES.md convention "专栏 boxes"): 专栏1
#   is titled 智能底座重点工程 — a box of 工程, which the corpus reads as the plan's programmes: a section of kind engineering
#   (code 专栏1, after 第四章) whose four projects are tasks titled by their names; what a project builds is a target (黄石智算中心
#   二期项目's 新增国产化智能算力500P, flow, due 2027, the year "2027年建成投用" finishes it: a goal numbered "专栏1 1."), its
#   总投资 none; "三大模块" names the platform's parts (no figure). 专栏2 (…重点项目) and 专栏3 (…重点场景, every
#   line a "X项目。总投资…") list projects: as written above, no task, no target.
#   CORRECTED again (helper rRunOn, 2026-12-06; SOURCES.md "A count of the things just named"): "建设钢铁、有色、建材三个行业
#   数据集" — a count of the things just named after a verb of making — is what the project builds: a target (3 个, stock, due
#   2028, the plan's end; goal "专栏1 2."), as synthetic_ba's 青铜峡 extraction read the same form blind.
# Tasks: title = the bold heading phrase before 。; text = heading + body + annotation, without the "（N）" number.
# Roles as worded: （牵头单位：X；配合单位：Y、Z） → lead X, supporting Y Z. The 市 prefix printed once is shared by the names after
#   it in the same list ("市发改委、经信局、财政局" → three 黄石市 bodies; aliases are the printed forms). A comma between a list
#   of bodies and "各县（市、区）人民政府" or an enterprise is a separator. Tasks （三）（六）（十三）（十五） name two leads. Names in task bodies
#   without an annotation (（十六）'s 鄂州、黄冈, 武汉“光谷”; 大冶特钢 …) are no agencies.
#   各县（市、区）人民政府 is one collective agency; 黄石经开区·铁山区管委会 (one body, two names joined by ·) a park administration;
#   市城发集团 a state enterprise; 湖北师范大学 a university (other). 湖北理工学院 (named in a task body, no annotation) no agency.
#   "领导小组办公室设在市数据局，负责日常调度" in 保障措施 assigns no role.
# Targets: the 2026 paragraph's three (due 2026) and the 2028 paragraph's eleven (十个以上 → 10 gte; 1—2家 → range; 其中高新技术
#   企业 → parent; 1.2万人 → 12000, talent trained: flow; 累计打造…场景 → stock). Every task holding figures is also a goal titled
#   like the task (text = heading + body, without number and annotation); a task figure with its own year (（一）'s 到2026年底)
#   is due then, the others at the plan's end, 2028. 每年… → per_year flow; 新增智能算力300P → flow; 3—5个 → range;
#   提升20% → eq 20 %. （一）'s 新增 300P is not the goal's 800P (another thing) → its own target. "全覆盖" without a figure → none.
"""
