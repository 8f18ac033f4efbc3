# ruff: noqa: E501  (plan text as the office writes it)
"""塔城市推进“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_ca). The city portal's page saved as .html: the
notice of 塔城市人民政府办公室 (塔市政办发〔2026〕9号), then the 实施方案 whose outline is HTML list numbering: parts in
<ol style="list-style-type: cjk-ideographic"> (a browser shows 一、二、…), items in nested <ol style="list-style-type: decimal">
(1. 2. … restarting per part) — the saved HTML holds only the <li> text, no number; annotations
"（牵头单位：X；配合单位：Y）" close each item."""

from common import T, agencies, item
from synthetic_model import Goal, Section

SLUG = "tacheng-ai-plus-implementation-2026-synthetic"
TITLE = "塔城市推进“人工智能+”行动实施方案（2026—2028年）"
DOC_NUMBER = "塔市政办发〔2026〕9号"

A = {
    "fgw": ("塔城市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "gxj": ("塔城市工业和信息化局", "industry_it", ["市工信局"]),
    "sjj": ("塔城市数据局", "big_data", ["市数据局"]),
    "kjj": ("塔城市科学技术局", "science_technology", ["市科技局"]),
    "czj": ("塔城市财政局", "finance", ["市财政局"]),
    "jyj": ("塔城市教育局", "education", ["市教育局"]),
    "wjw": ("塔城市卫生健康委员会", "health", ["市卫健委"]),
    "nyj": ("塔城市农业农村局", "agriculture", ["市农业农村局"]),
    "wlj": ("塔城市文化体育广播电视和旅游局", "culture_tourism", ["市文体广旅局"]),
    "swj": ("塔城市商务局", "commerce", ["市商务局"]),
    "rsj": ("塔城市人力资源和社会保障局", "human_resources", ["市人社局"]),
    "zwfw": ("塔城市政务服务和公共资源交易中心", "government_services", ["市政务服务中心"]),
    "gaj": ("塔城市公安局", "public_security", ["市公安局"]),
    "yjj": ("塔城市应急管理局", "emergency", ["市应急局"]),
    "mzj": ("塔城市民政局", "civil_affairs", ["市民政局"]),
    "zjj": ("塔城市住房和城乡建设局", "housing_construction", ["市住建局"]),
    "scj": ("塔城市市场监督管理局", "market_regulation", ["市市场监管局"]),
    "zrj": ("塔城市自然资源局", "natural_resources", ["市自然资源局"]),
    "jtj": ("塔城市交通运输局", "transport", ["市交通运输局"]),
    "wxb": ("中共塔城市委网络安全和信息化委员会办公室", "publicity", ["市委网信办"]),
    "yq": ("塔城市边境经济合作园区管理委员会", "park_administration", ["市边合园区管委会"]),
    "xz": (
        "塔城市各乡（镇）人民政府、街道办事处",
        "local_government",
        ["各乡（镇）人民政府、街道办事处"],
    ),
}

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tacheng City (Xinjiang) implementation plan for the “AI+” action 2026–2028 — synthetic",
    "issuer": "塔城市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

NOTICE = [
    "各乡（镇）人民政府、街道办事处，市直各部门，各企事业单位：",
    "《塔城市推进“人工智能+”行动实施方案（2026—2028年）》已经市人民政府第十二次常务会议研究同意，现印发给你们，请结合实际认真抓好落实。各牵头单位请于每年6月30日、12月20日前将工作进展报市数据局。",
]
PREAMBLE = "为贯彻落实国家、自治区关于深入实施“人工智能+”行动的部署要求和地区工作安排，加快人工智能与我市经济社会各领域深度融合，依托沿边开放区位和农牧业资源优势，培育发展新质生产力，结合我市实际，制定本实施方案。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持应用牵引、数据赋能、开放合作、安全可控，以算力和数据为基础，以场景开放为抓手，推动人工智能在农牧业、边境贸易、文化旅游和公共服务等领域规模化应用。2025年，全市已建成智能算力约20P，汇聚公共数据资源3.2亿条，落地人工智能应用场景18个，为推进“人工智能+”行动打下了较好基础。"
PRINCIPLES = "坚持应用牵引。以农牧业、边贸、文旅和民生服务的实际需求为导向，开放应用场景，以用促建。坚持数据赋能。推动公共数据有序开放和高效利用，释放数据要素价值。坚持开放合作。发挥沿边开放优势，加强与区内外企业、高校院所合作。坚持安全可控。统筹发展和安全，守牢数据安全和网络安全底线。"
GOAL1 = "到2026年底，全市智能算力规模达到60P，公共数据资源开放数据集达到120个，打造“人工智能+”典型应用场景30个以上，培育人工智能相关企业15家。"
GOAL2 = "到2028年，全市智能算力规模突破150P，人工智能核心产业规模达到8亿元，带动相关产业规模超过40亿元，打造典型应用场景80个以上，规模以上工业企业数字化研发设计工具普及率达到85%，政务服务事项“智能办”比例达到70%，人工智能相关企业达到40家，形成具有边境特色的“人工智能+”发展格局。"

GOALS = [
    Goal(
        "到2026年底",
        GOAL1,
        [
            T("智能算力规模", "P", "eq", 60, "全市智能算力规模达到60P", deadline=2026),
            T(
                "公共数据资源开放数据集",
                "个",
                "eq",
                120,
                "公共数据资源开放数据集达到120个",
                deadline=2026,
            ),
            T(
                "“人工智能+”典型应用场景",
                "个",
                "gte",
                30,
                "打造“人工智能+”典型应用场景30个以上",
                deadline=2026,
            ),
            T("人工智能相关企业", "家", "eq", 15, "培育人工智能相关企业15家", deadline=2026),
        ],
    ),
    Goal(
        "到2028年",
        GOAL2,
        [
            T("智能算力规模", "P", "gt", 150, "全市智能算力规模突破150P"),
            T("人工智能核心产业规模", "亿元", "eq", 8, "人工智能核心产业规模达到8亿元"),
            T("带动相关产业规模", "亿元", "gt", 40, "带动相关产业规模超过40亿元"),
            T("典型应用场景", "个", "gte", 80, "打造典型应用场景80个以上"),
            T(
                "规模以上工业企业数字化研发设计工具普及率",
                "%",
                "eq",
                85,
                "规模以上工业企业数字化研发设计工具普及率达到85%",
            ),
            T("政务服务事项“智能办”比例", "%", "eq", 70, "政务服务事项“智能办”比例达到70%"),
            T("人工智能相关企业", "家", "eq", 40, "人工智能相关企业达到40家"),
        ],
    ),
]

ANN_FGW = ("fgw",)
PARTS = []  # (section code, title, kind, [(li text)], tasks)


EXTRA = {
    "推动制造业智能化改造": "引导企业上云用数赋智，推动设备联网和生产数据采集，提升企业精益管理水平。",
    "推进人工智能+养老服务": "推动养老机构、社区养老服务站点与医疗机构信息共享，提升养老服务精准化水平。",
    "推进公共数据开放共享": "建立数据质量评价和反馈机制，推动公共数据与社会数据融合应用，探索数据资源入表和数据产品登记。",
    "发展智慧农牧业": "推动农牧业生产经营主体应用智能决策系统，开展牲畜疫病智能预警和草畜平衡智能监测，提升农牧业防灾减灾能力。",
    "发展智慧边贸物流": "推进跨境电商综合服务智能化，建设多语种智能翻译和外贸单证智能识别服务，便利中小外贸企业开展业务。",
    "推进人工智能+教育": "推动人工智能通识课程进课堂，支持职业院校开设人工智能相关专业方向，建设区域教育资源智能推送平台。",
    "提升应急管理智能化水平": "推动应急广播、短信、融媒体平台联动发布，提升偏远牧区预警信息到达能力，健全灾情智能研判和辅助决策机制。",
    "建设创新平台": "支持企业与高校院所联合开展技术攻关和成果转化，推动创新平台向中小企业开放共享仪器设备和模型工具。",
}


def part(code, title, kind, rows):
    tasks, lis = [], []
    rows = [(r[0], r[1] + EXTRA.get(r[0], ""), *r[2:]) for r in rows]
    for n, row in enumerate(rows, 1):
        task, text = item(f"{n}.", *row, goals=GOALS)
        tasks.append(task)
        lis.append(text)
    PARTS.append((title, lis))
    return Section(code, f"{len(PARTS) + 1}", title, kind, tasks)


CN = "一二三四五六七八九十"

S2 = part(
    "S2",
    "夯实算力和数据底座",
    "key_task",
    [
        (
            "建设边境智算中心",
            "依托市边合园区现有数据中心，分期建设塔城边境智算中心，2028年前累计新增智能算力130P，新建机架PUE值控制在1.25以下。对租用智能算力的企业按实际费用的30%给予补贴，单个企业每年最高50万元。",
            "（牵头单位：市数据局；配合单位：市发展改革委、市工信局、市边合园区管委会）",
            ["sjj"],
            [],
            ["fgw", "gxj", "yq"],
            [T("新增智能算力", "P", "eq", 130, "2028年前累计新增智能算力130P", aggregation="flow")],
        ),
        (
            "推进公共数据开放共享",
            "完善市级一体化公共数据平台，编制公共数据开放目录，优先开放农牧、交通、气象、文旅等领域数据，每年新增开放高质量数据集20个以上。",
            "（牵头单位：市数据局；配合单位：市农业农村局、市交通运输局、市文体广旅局）",
            ["sjj"],
            [],
            ["nyj", "jtj", "wlj"],
            [
                T(
                    "新增开放高质量数据集",
                    "个",
                    "gte",
                    20,
                    "每年新增开放高质量数据集20个以上",
                    per_year=True,
                )
            ],
        ),
        (
            "建设行业高质量数据集",
            "围绕牧草种植、肉牛养殖、口岸物流三个领域，建设3个行业高质量数据集，探索数据标注、清洗等服务外包，培育数据标注企业2家。",
            "（牵头单位：市数据局；配合单位：市农业农村局、市商务局）",
            ["sjj"],
            [],
            ["nyj", "swj"],
            [
                T("行业高质量数据集", "个", "eq", 3, "建设3个行业高质量数据集"),
                T("数据标注企业", "家", "eq", 2, "培育数据标注企业2家"),
            ],
        ),
        (
            "提升网络通信能力",
            "加快5G网络向乡村、牧区和重点边境区域延伸，实现行政村5G网络通达率100%，推进千兆光网进小区、进园区。",
            "（牵头单位：市工信局；配合单位：各乡（镇）人民政府、街道办事处）",
            ["gxj"],
            [],
            ["xz"],
            [T("行政村5G网络通达率", "%", "eq", 100, "实现行政村5G网络通达率100%")],
        ),
    ],
)

S3 = part(
    "S3",
    "推进“人工智能+”产业升级",
    "key_task",
    [
        (
            "发展智慧农牧业",
            "推广智能灌溉、精准饲喂、牲畜智能识别等技术，建设智慧牧场10个、数字农田示范区5万亩，推动农机装备北斗终端全覆盖。",
            "（牵头单位：市农业农村局；配合单位：市科技局、市数据局）",
            ["nyj"],
            [],
            ["kjj", "sjj"],
            [
                T("智慧牧场", "个", "eq", 10, "建设智慧牧场10个"),
                T("数字农田示范区", "亩", "eq", 50000, "数字农田示范区5万亩"),
            ],
        ),
        (
            "推动制造业智能化改造",
            "聚焦农副产品加工、建材等重点行业，实施智能化改造项目20个，建设智能工厂2家、数字化车间8个。",
            "（牵头单位：市工信局；配合单位：市发展改革委、市市场监管局）",
            ["gxj"],
            [],
            ["fgw", "scj"],
            [
                T("智能化改造项目", "个", "eq", 20, "实施智能化改造项目20个", aggregation="flow"),
                T("智能工厂", "家", "eq", 2, "建设智能工厂2家"),
                T("数字化车间", "个", "eq", 8, "数字化车间8个"),
            ],
        ),
        (
            "发展智慧边贸物流",
            "推动口岸通关、跨境物流、边民互市等业务智能化，上线跨境贸易智能服务平台，实现边民互市申报智能审核率达到90%。",
            "（牵头单位：市商务局；配合单位：市交通运输局、市数据局）",
            ["swj"],
            [],
            ["jtj", "sjj"],
            [T("边民互市申报智能审核率", "%", "eq", 90, "边民互市申报智能审核率达到90%")],
        ),
        (
            "推进智慧文旅",
            "建设“游塔城”智慧文旅平台，推广智能导览、多语种讲解服务，打造智慧景区4个。",
            "（牵头单位：市文体广旅局；配合单位：市数据局、市商务局）",
            ["wlj"],
            [],
            ["sjj", "swj"],
            [T("智慧景区", "个", "eq", 4, "打造智慧景区4个")],
        ),
        (
            "培育人工智能企业",
            "招引人工智能及关联企业落户市边合园区，支持本地软件企业开发行业小模型，对新认定的国家级专精特新“小巨人”企业给予30万元一次性奖励。",
            "（牵头单位：市工信局；配合单位：市边合园区管委会、市财政局）",
            ["gxj"],
            [],
            ["yq", "czj"],
        ),
        (
            "推进商贸流通智能化",
            "引导商超、农贸市场应用智能收银、智能仓储，培育直播电商基地1个，带动农特产品网络零售额年均增长15%。",
            "（牵头单位：市商务局；配合单位：市市场监管局）",
            ["swj"],
            [],
            ["scj"],
            [
                T("直播电商基地", "个", "eq", 1, "培育直播电商基地1个"),
                T("农特产品网络零售额年均增长", "%", "eq", 15, "带动农特产品网络零售额年均增长15%"),
            ],
        ),
    ],
)

S4 = part(
    "S4",
    "推进“人工智能+”民生服务",
    "key_task",
    [
        (
            "推进人工智能+教育",
            "建设智慧课堂，推广智能教学助手和双语学习工具，全市中小学智慧教室覆盖率达到60%，每年开展教师人工智能应用培训不少于500人次。",
            "（牵头单位：市教育局；配合单位：市数据局）",
            ["jyj"],
            [],
            ["sjj"],
            [
                T("中小学智慧教室覆盖率", "%", "eq", 60, "全市中小学智慧教室覆盖率达到60%"),
                T(
                    "教师人工智能应用培训",
                    "人次",
                    "gte",
                    500,
                    "每年开展教师人工智能应用培训不少于500人次",
                    per_year=True,
                ),
            ],
        ),
        (
            "推进人工智能+医疗健康",
            "推广智能辅助诊断、智能影像、电子病历智能质控等应用，实现乡镇卫生院人工智能辅助诊疗系统全覆盖，建设互联网医院1家。",
            "（牵头单位：市卫健委；配合单位：市数据局、各乡（镇）人民政府、街道办事处）",
            ["wjw"],
            [],
            ["sjj", "xz"],
            [T("互联网医院", "家", "eq", 1, "建设互联网医院1家")],
        ),
        (
            "推进人工智能+养老服务",
            "建设智慧养老服务平台，推广智能手环、紧急呼叫等适老化产品，为1000户以上独居老人安装智能监测设备。",
            "（牵头单位：市民政局；配合单位：市卫健委）",
            ["mzj"],
            [],
            ["wjw"],
            [
                T(
                    "独居老人安装智能监测设备",
                    "户",
                    "gte",
                    1000,
                    "为1000户以上独居老人安装智能监测设备",
                )
            ],
        ),
        (
            "推进人工智能+就业服务",
            "建设智能就业服务平台，推动岗位智能匹配，每年开展人工智能相关职业技能培训1500人次。",
            "（牵头单位：市人社局；配合单位：市教育局）",
            ["rsj"],
            [],
            ["jyj"],
            [
                T(
                    "人工智能相关职业技能培训",
                    "人次",
                    "eq",
                    1500,
                    "每年开展人工智能相关职业技能培训1500人次",
                    per_year=True,
                )
            ],
        ),
        (
            "推进智慧社区建设",
            "推动社区治理、物业服务、便民服务智能化，建成智慧社区12个。",
            "（牵头单位：市住建局；配合单位：市民政局、各乡（镇）人民政府、街道办事处）",
            ["zjj"],
            [],
            ["mzj", "xz"],
            [T("智慧社区", "个", "eq", 12, "建成智慧社区12个")],
        ),
    ],
)

S5 = part(
    "S5",
    "推进“人工智能+”城市治理",
    "key_task",
    [
        (
            "推进政务服务智能化",
            "部署政务大模型应用，推广智能导办、智能预审、智能客服，高频政务服务事项“免申即享”达到30项。",
            "（牵头单位：市政务服务中心；配合单位：市数据局、市直有关部门）",
            ["zwfw"],
            [],
            ["sjj"],
            [T("高频政务服务事项“免申即享”", "项", "eq", 30, "高频政务服务事项“免申即享”达到30项")],
        ),
        (
            "提升社会治理智能化水平",
            "整合视频监控资源，建设城市运行管理服务平台，重点区域视频智能分析覆盖率达到80%。",
            "（牵头单位：市公安局；配合单位：市住建局、市数据局）",
            ["gaj"],
            [],
            ["zjj", "sjj"],
            [T("重点区域视频智能分析覆盖率", "%", "eq", 80, "重点区域视频智能分析覆盖率达到80%")],
        ),
        (
            "提升应急管理智能化水平",
            "建设森林草原火灾、冬季雪灾等智能监测预警系统，推动预警信息精准发布。",
            "（牵头单位：市应急局；配合单位：市自然资源局、市农业农村局）",
            ["yjj"],
            [],
            ["zrj", "nyj"],
        ),
        (
            "推进生态资源智能监管",
            "运用卫星遥感和人工智能识别技术，开展草原、耕地动态监测，实现全市草原动态监测全覆盖。",
            "（牵头单位：市自然资源局；配合单位：市农业农村局）",
            ["zrj"],
            [],
            ["nyj"],
        ),
    ],
)

S6 = part(
    "S6",
    "营造创新发展生态",
    "key_task",
    [
        (
            "建设创新平台",
            "联合区内外高校院所共建人工智能应用创新中心，到2027年建成市级以上人工智能创新平台3个。",
            "（牵头单位：市科技局；配合单位：市工信局、市教育局）",
            ["kjj"],
            [],
            ["gxj", "jyj"],
            [
                T(
                    "市级以上人工智能创新平台",
                    "个",
                    "eq",
                    3,
                    "到2027年建成市级以上人工智能创新平台3个",
                    deadline=2027,
                )
            ],
        ),
        (
            "加强人才引育",
            "实施“边城数智英才”计划，引进人工智能领域急需紧缺人才50名，对引进的博士研究生给予每人每月3000元生活补贴。",
            "（牵头单位：市人社局；配合单位：市科技局、市财政局）",
            ["rsj"],
            [],
            ["kjj", "czj"],
            [
                T(
                    "引进人工智能领域急需紧缺人才",
                    "名",
                    "eq",
                    50,
                    "引进人工智能领域急需紧缺人才50名",
                    aggregation="flow",
                )
            ],
        ),
        (
            "强化安全保障",
            "落实网络安全等级保护制度，建立人工智能应用安全评估机制，开展生成式人工智能服务备案指导。",
            "（牵头单位：市委网信办；配合单位：市公安局、市数据局）",
            ["wxb"],
            [],
            ["gaj", "sjj"],
        ),
    ],
)

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由市政府主要领导任组长的“人工智能+”行动工作专班，专班办公室设在市数据局，统筹推进各项任务落实。各牵头单位要细化工作措施，明确时间节点，确保各项任务落地见效。",
    ),
    (
        "加大资金支持",
        "统筹用好各级财政资金，市财政每年安排“人工智能+”专项资金不少于800万元，引导社会资本参与项目建设。",
    ),
    (
        "强化要素保障",
        "对纳入计划的重点项目在用地、用电、用能等方面给予优先保障，推动算力电价优惠政策落地。建立重点项目调度机制，协调解决项目建设中的困难和问题。",
    ),
    (
        "做好宣传推广",
        "及时总结推广典型案例和经验做法，每年发布“人工智能+”优秀应用案例10个，营造全社会关注支持的良好氛围。",
    ),
]
_safe_tasks = []
_safe_lis = []
for n, (title, body) in enumerate(SAFEGUARDS, 1):
    targets = (
        [
            T(
                "“人工智能+”优秀应用案例",
                "个",
                "eq",
                10,
                "每年发布“人工智能+”优秀应用案例10个",
                per_year=True,
            )
        ]
        if n == 4
        else []
    )
    task, text = item(f"{n}.", title, body, targets=targets, goals=GOALS)
    _safe_tasks.append(task)
    _safe_lis.append(text)
PARTS.append(("保障措施", _safe_lis))
S7 = Section("S7", "七、", "保障措施", "safeguard", _safe_tasks)

SECTIONS = [S2, S3, S4, S5, S6, S7]
for i, s in enumerate(SECTIONS, 2):
    s.numbering = f"{CN[i - 1]}、"


def _html():
    parts = [
        '<li><p class="part-title"><strong>总体要求</strong></p>\n'
        f'<p style="text-indent:2em;">{GUIDE}</p>\n<p style="text-indent:2em;">{PRINCIPLES}</p>\n<p style="text-indent:2em;">{GOAL1}</p>\n'
        f'<p style="text-indent:2em;">{GOAL2}</p></li>'
    ]
    for title, lis in PARTS:
        items = "\n".join(f"<li>{t}</li>" for t in lis)
        parts.append(
            f'<li><p class="part-title"><strong>{title}</strong></p>\n'
            f'<ol style="list-style-type: decimal; padding-left:2em;">\n{items}\n</ol></li>'
        )
    outline = "\n".join(parts)
    notice = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in NOTICE)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_通知公告_塔城市人民政府网</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-03-23 10:30">
<style>.article ol li{{margin:0.4em 0;line-height:2;}} .part-title{{margin:0.6em 0;}}</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><a href="/">塔城市人民政府网</a> <span>无障碍</span> <span>长者模式</span></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<h1 class="title">塔城市人民政府办公室关于印发《{TITLE}》的通知</h1>
<div class="info">来源：塔城市人民政府办公室　发布时间：2026-03-23　浏览次数：<span id="views">0</span></div>
<div class="article">
<p style="text-align:center;">{DOC_NUMBER}</p>
{notice}
<p style="text-align:right;">塔城市人民政府办公室</p>
<p style="text-align:right;">2026年3月20日</p>
<p style="text-align:center;"><strong>{TITLE}</strong></p>
<p style="text-indent:2em;">{PREAMBLE}</p>
<ol style="list-style-type: cjk-ideographic; padding-left:3em;">
{outline}
</ol>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="foot"><p>主办单位：塔城市人民政府办公室　运维：塔城市数据局</p><p>新ICP备00000000号-1　网站标识码：6542010000</p></div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "tacheng-city",
        "name": "塔城市",
        "name_en": "Tacheng City (Xinjiang)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": agencies(A),
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 塔城市推进“人工智能+”行动实施方案（2026—2028年） (塔城市人民政府办公室, 塔市政办发〔2026〕9号, 2026-03-20)
# — SYNTHETIC (synthetic_ca): WRITTEN by the collector (helper blindCA, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_tacheng.py as the portal page saved (.html, UTF-8).
# Zone tacheng-city (新疆 塔城地区 塔城市, a county-level city) → city level; period 2026–2028.
# Outline: HTML list numbering. Parts are <li> of <ol style="list-style-type: cjk-ideographic"> (a browser prints 一、…七、; the
#   text holds no number): 一、总体要求 (guiding paragraph ending on 2025 baselines 20P / 3.2亿条 / 18个: no targets; two dated goal
#   paragraphs → goals 到2026年底 (4) and 到2028年 (7)); 二、–六、 key_task parts whose items are <li> of a nested decimal <ol>
#   (1. … restarting per part, numbering given as the browser shows it); 七、保障措施 items 1.–4. (safeguards, unannotated).
# Tasks: title = the phrase before the first 。; text = title + body + annotation. Roles: （牵头单位：X；配合单位：Y、Z） → lead,
#   supporting. 各乡（镇）人民政府、街道办事处 → ONE collective; 市直有关部门 generic → no agency.
# Targets: a task holding figures is also a goal titled like the task (text without the annotation), numbered like it. Not
#   targets: 2025 baselines, PUE 1.25以下 (a condition), 30% subsidy and its
#   50万元 cap, a 30万元 reward, a 3000元 living allowance, 800万元 annual budget (safeguard), "三个领域" (areas counted), the
#   notice's reporting dates. 累计新增智能算力130P (new) is not the goals' 智能算力规模 (total): its own target.
#   5万亩 → 50000 亩. 七、4 "每年发布…优秀应用案例10个" → a per-year flow target (a safeguard holding a figure is also a goal). Task figures with no year → due 2028; 到2027年 → 2027.
"""
