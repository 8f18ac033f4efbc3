# ruff: noqa: E501  (plan text as the office writes it)
"""霁川市“人工智能+”行动实施方案 — INVENTED (synthetic_cb). A city government office's 实施方案 as the PDF its
portal offers for download, drawn by reportlab: on EVERY page a light-grey watermark "霁川市人民政府网站 2026-05-12 下载"
on a 45° diagonal held in the text layer (one character between two lines of text), a running header
"霁政办发〔2026〕9号　　公开方式：主动公开" and a footer "第 N 页 共 M 页". Notice, title, 一、总体要求 (2025 baselines),
二、发展目标 (two dated paragraphs), tasks （一）–（二十四） numbered on across 三、–六、 closing on "（牵头单位：市X；配合单位：
市Y、Z）" or "（责任单位：…）", 七、保障措施 = four unnumbered paragraphs led by their names."""

from common import T, agencies, annotation, item_goal, task_of
from synthetic_model import Goal, Section, Task

SLUG = "jichuan-ai-plus-implementation-2026-synthetic"
KIND = "pdf"

A = {
    "市发展改革委": ("fgw", "霁川市发展和改革委员会", "development_reform"),
    "市工业和信息化局": ("gxj", "霁川市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "霁川市科学技术局", "science_technology"),
    "市数据局": ("sjj", "霁川市数据局", "big_data"),
    "市财政局": ("czj", "霁川市财政局", "finance"),
    "市教育局": ("jyj", "霁川市教育局", "education"),
    "市人力资源社会保障局": ("rsj", "霁川市人力资源和社会保障局", "human_resources"),
    "市卫生健康委": ("wjw", "霁川市卫生健康委员会", "health"),
    "市农业农村局": ("nyj", "霁川市农业农村局", "agriculture"),
    "市文化广电旅游局": ("wlj", "霁川市文化广电和旅游局", "culture_tourism"),
    "市交通运输局": ("jtj", "霁川市交通运输局", "transport"),
    "市公安局": ("gaj", "霁川市公安局", "public_security"),
    "市市场监管局": ("scj", "霁川市市场监督管理局", "market_regulation"),
    "市政务服务管理局": ("zwj", "霁川市政务服务管理局", "government_services"),
    "市住房城乡建设局": ("zjj", "霁川市住房和城乡建设局", "housing_construction"),
    "市应急管理局": ("yjj", "霁川市应急管理局", "emergency"),
    "市商务局": ("swj", "霁川市商务局", "commerce"),
    "市民政局": ("mzj", "霁川市民政局", "civil_affairs"),
    "市生态环境局": ("sthj", "霁川市生态环境局", "ecology_environment"),
    "市委人才办": ("rcb", "中共霁川市委人才工作领导小组办公室", "party_organisation"),
    "市委金融办": ("jrb", "中共霁川市委金融委员会办公室", "financial_regulation"),
    "霁川高新区管委会": ("gxq", "霁川高新技术产业开发区管理委员会", "park_administration"),
    "各县（市、区）人民政府": ("xsq", "霁川市各县（市、区）人民政府", "local_government"),
}
AGENCIES = agencies(A)

TITLE = "霁川市“人工智能+”行动实施方案"
DOC_NUMBER = "霁政办发〔2026〕9号"
WATERMARK = "霁川市人民政府网站 2026-05-12 下载"
HEADER_LINE = f"{DOC_NUMBER}　　公开方式：主动公开"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Jichuan City “AI+” action implementation plan — synthetic",
    "issuer": "霁川市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-28",
    "period_start": 2026,
    "period_end": 2030,
    "milestone_years": [2027, 2030],
    "source_file": f"{SLUG}.pdf",
}

NOTICE_HEAD = "霁川市人民政府办公室关于印发霁川市“人工智能+”行动实施方案的通知"
ADDRESSEE = "各县（市、区）人民政府，霁川高新区管委会，市政府各部门："
NOTICE = f"《{TITLE}》已经市政府第41次常务会议研究同意，现印发给你们，请认真组织实施。各牵头单位要于每年12月10日前将年度工作进展情况报送市发展改革委。"
SIGN = "霁川市人民政府办公室　　2026年4月28日"
GENERAL = "为深入贯彻国家和省关于深入实施“人工智能+”行动的决策部署，加快推动人工智能与全市经济社会各领域深度融合，结合我市实际，制定本实施方案。2025年，全市人工智能核心产业规模达到42亿元，人工智能相关企业达到96家，智能算力规模达到180P，建成省级人工智能创新平台3个，但仍存在产业规模偏小、算力供给不足、应用场景开放不够、高端人才短缺等问题。坚持以习近平新时代中国特色社会主义思想为指导，坚持应用牵引、数据驱动、开放合作、安全可控，以场景开放带动技术迭代，以技术创新带动产业升级，加快打造区域人工智能创新应用高地。"
PRINCIPLES = "坚持需求导向、场景牵引，以重大应用场景开放带动技术攻关和产品迭代；坚持企业主体、政府引导，充分发挥市场在资源配置中的决定性作用，更好发挥政府规划引导和政策支持作用；坚持统筹布局、集约建设，避免算力设施和数据平台重复建设；坚持安全可控、包容审慎，统筹发展和安全，守住数据安全和伦理底线。"
GOAL1 = "到2027年，全市人工智能核心产业规模突破80亿元，人工智能相关企业达到150家以上，智能算力规模达到500P，打造“人工智能+”典型应用场景60个，培育省级以上人工智能创新平台8个，规上工业企业数字化转型覆盖率达到85%。"
GOAL1_T = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        80,
        "全市人工智能核心产业规模突破80亿元",
        kind="ai_industry_scale",
        deadline=2027,
    ),
    T(
        "人工智能相关企业",
        "家",
        "gte",
        150,
        "人工智能相关企业达到150家以上",
        kind="ai_enterprises",
        deadline=2027,
    ),
    T(
        "智能算力规模",
        "P",
        "eq",
        500,
        "智能算力规模达到500P",
        kind="computing_power",
        deadline=2027,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        60,
        "打造“人工智能+”典型应用场景60个",
        kind="application_scenarios",
        deadline=2027,
    ),
    T(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        8,
        "培育省级以上人工智能创新平台8个",
        kind="innovation_platforms",
        deadline=2027,
    ),
    T(
        "规上工业企业数字化转型覆盖率",
        "%",
        "eq",
        85,
        "规上工业企业数字化转型覆盖率达到85%",
        deadline=2027,
    ),
]
GOAL2 = "到2030年，全市人工智能核心产业规模达到150亿元，带动相关产业规模超过600亿元，人工智能全面融入经济社会发展各领域，建成具有区域影响力的人工智能创新应用高地。"
GOAL2_T = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        150,
        "全市人工智能核心产业规模达到150亿元",
        kind="ai_industry_scale",
        deadline=2030,
    ),
    T(
        "带动相关产业规模",
        "亿元",
        "gt",
        600,
        "带动相关产业规模超过600亿元",
        kind="related_industry_scale",
        deadline=2030,
    ),
]

L, S, R = "lead", "supporting", "responsible"
# part: (numbering, title, items); item: (title, rest, roles, targets)
PARTS = [
    (
        "三、",
        "夯实智能底座",
        [
            (
                "建设城市智能算力中心",
                "依托霁川高新区数据中心集聚区，分期建设城市智能算力中心，2026年底前建成一期工程，新增智能算力200P，推动算力资源接入全省算力调度平台。落实算力券政策，对中小企业租用智能算力给予不超过实际支出40%、单家企业每年最高30万元的补贴",
                {L: ["市发展改革委"], S: ["市数据局", "市财政局", "霁川高新区管委会"]},
                [
                    T(
                        "城市智能算力中心一期工程新增智能算力",
                        "P",
                        "eq",
                        200,
                        "新增智能算力200P",
                        kind="computing_power",
                        deadline=2026,
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进公共数据开放利用",
                "完善公共数据资源目录，推动公共数据按需共享、有序开放，到2027年开放高质量公共数据集120个，在交通出行、医疗健康、普惠金融等领域上线数据产品20个以上",
                {L: ["市数据局"], S: ["市财政局", "市交通运输局", "市卫生健康委"]},
                [
                    T("开放高质量公共数据集", "个", "eq", 120, "开放高质量公共数据集120个"),
                    T("上线数据产品", "个", "gte", 20, "上线数据产品20个以上"),
                ],
            ),
            (
                "建设行业高质量数据集",
                "聚焦装备制造、现代农业、文化旅游、医疗健康等领域，组织龙头企业和科研机构建设行业高质量数据集，建设装备制造、茶产业、文旅三个行业数据集，推动数据集在模型训练和场景应用中共享复用",
                {L: ["市数据局"], S: ["市工业和信息化局", "市农业农村局", "市文化广电旅游局"]},
                [
                    T(
                        "行业高质量数据集",
                        "个",
                        "eq",
                        3,
                        "建设装备制造、茶产业、文旅三个行业数据集",
                    ),
                ],
            ),
            (
                "升级信息网络设施",
                "推进5G网络深度覆盖和千兆光网升级，到2027年累计建成5G基站6500个，重点园区、交通枢纽5G网络覆盖率达到100%，推动物联网感知设施在城市部件中规模部署",
                {L: ["市工业和信息化局"], S: ["市住房城乡建设局", "市交通运输局"]},
                [
                    T("累计建成5G基站", "个", "eq", 6500, "累计建成5G基站6500个"),
                    T(
                        "重点园区、交通枢纽5G网络覆盖率",
                        "%",
                        "eq",
                        100,
                        "重点园区、交通枢纽5G网络覆盖率达到100%",
                    ),
                ],
            ),
            (
                "强化人工智能安全保障",
                "健全人工智能安全风险监测预警机制，开展算法安全评估和数据安全检查，加强生成式人工智能服务备案管理，筑牢网络和数据安全防线",
                {R: ["市公安局", "市数据局"]},
                [],
            ),
        ],
    ),
    (
        "四、",
        "赋能产业转型",
        [
            (
                "推进制造业智能化改造",
                "实施制造业智能化改造数字化转型三年行动，每年推动200家规上工业企业开展智能化改造，到2027年建成省级以上智能工厂10家、智能制造示范车间40个",
                {L: ["市工业和信息化局"], S: ["市财政局", "各县（市、区）人民政府"]},
                [
                    T(
                        "推动规上工业企业开展智能化改造",
                        "家",
                        "eq",
                        200,
                        "每年推动200家规上工业企业开展智能化改造",
                        per_year=True,
                    ),
                    T("省级以上智能工厂", "家", "eq", 10, "建成省级以上智能工厂10家"),
                    T("智能制造示范车间", "个", "eq", 40, "智能制造示范车间40个"),
                ],
            ),
            (
                "培育人工智能企业梯队",
                "建立人工智能企业培育库，实施“霁星”企业培育计划，到2027年培育人工智能专精特新企业25家、营业收入超10亿元的人工智能龙头企业3家",
                {L: ["市工业和信息化局"], S: ["市科技局", "市市场监管局"]},
                [
                    T(
                        "人工智能专精特新企业",
                        "家",
                        "eq",
                        25,
                        "培育人工智能专精特新企业25家",
                        kind="ai_enterprises",
                    ),
                    T(
                        "营业收入超10亿元的人工智能龙头企业",
                        "家",
                        "eq",
                        3,
                        "营业收入超10亿元的人工智能龙头企业3家",
                        kind="ai_enterprises",
                    ),
                ],
            ),
            (
                "建设人工智能产业园",
                "在霁川高新区规划建设人工智能产业园，完善孵化、中试、展示等功能，到2027年入驻人工智能企业80家以上。园区总投资35亿元，规划建筑面积18万平方米",
                {L: ["霁川高新区管委会"], S: ["市发展改革委", "市工业和信息化局"]},
                [
                    T(
                        "人工智能产业园入驻人工智能企业",
                        "家",
                        "gte",
                        80,
                        "入驻人工智能企业80家以上",
                        kind="ai_enterprises",
                    ),
                ],
            ),
            (
                "推广“人工智能+”现代农业",
                "推动智能农机装备、农业遥感监测、病虫害智能识别在茶叶、水稻、中药材生产中的应用，到2027年建设智慧农业示范基地30个，主要农作物耕种收综合机械化率达到88%",
                {L: ["市农业农村局"], S: ["市科技局", "各县（市、区）人民政府"]},
                [
                    T("智慧农业示范基地", "个", "eq", 30, "建设智慧农业示范基地30个"),
                    T(
                        "主要农作物耕种收综合机械化率",
                        "%",
                        "eq",
                        88,
                        "主要农作物耕种收综合机械化率达到88%",
                    ),
                ],
            ),
            (
                "发展“人工智能+”文化旅游",
                "建设全域智慧旅游服务平台，推广智能导览、客流预测和数字文创，打造沉浸式数字文旅体验项目12个，重点景区智慧化改造覆盖率达到100%",
                {L: ["市文化广电旅游局"], S: ["市数据局", "市商务局"]},
                [
                    T("沉浸式数字文旅体验项目", "个", "eq", 12, "打造沉浸式数字文旅体验项目12个"),
                    T(
                        "重点景区智慧化改造覆盖率",
                        "%",
                        "eq",
                        100,
                        "重点景区智慧化改造覆盖率达到100%",
                    ),
                ],
            ),
            (
                "提升“人工智能+”商贸物流",
                "推动商贸企业应用智能选品、智能客服和无人配送，建设智慧物流园区5个，培育直播电商和跨境电商智能化服务企业20家",
                {L: ["市商务局"], S: ["市交通运输局"]},
                [
                    T("智慧物流园区", "个", "eq", 5, "建设智慧物流园区5个"),
                    T(
                        "直播电商和跨境电商智能化服务企业",
                        "家",
                        "eq",
                        20,
                        "培育直播电商和跨境电商智能化服务企业20家",
                    ),
                ],
            ),
            (
                "推动“人工智能+”绿色低碳",
                "建设重点用能单位能耗在线监测平台，推广智能电网、智慧水务和碳排放智能核算，到2027年接入重点用能单位300家",
                {L: ["市发展改革委"], S: ["市生态环境局", "市工业和信息化局"]},
                [
                    T("能耗在线监测平台接入重点用能单位", "家", "eq", 300, "接入重点用能单位300家"),
                ],
            ),
        ],
    ),
    (
        "五、",
        "提升治理服务",
        [
            (
                "打造“霁事通”政务智能助手",
                "依托市一体化政务服务平台，上线“霁事通”政务智能助手，实现智能问答、智能预审、智能导办，到2027年高频政务服务事项智能办理比例达到70%",
                {L: ["市政务服务管理局"], S: ["市数据局"]},
                [
                    T(
                        "高频政务服务事项智能办理比例",
                        "%",
                        "eq",
                        70,
                        "高频政务服务事项智能办理比例达到70%",
                    ),
                ],
            ),
            (
                "推进“人工智能+”城市治理",
                "升级城市运行管理服务平台，推动视频智能分析在市容管理、违停治理、防汛排涝中的应用，新增智能感知终端2万个",
                {L: ["市住房城乡建设局"], S: ["市公安局", "市应急管理局", "市数据局"]},
                [
                    T(
                        "新增智能感知终端",
                        "个",
                        "eq",
                        20000,
                        "新增智能感知终端2万个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "发展“人工智能+”医疗健康",
                "推进医学影像辅助诊断、智能导诊和慢病智能管理，到2027年二级以上公立医院人工智能辅助诊断应用覆盖率达到90%，建成互联网医院15家",
                {L: ["市卫生健康委"], S: ["市数据局"]},
                [
                    T(
                        "二级以上公立医院人工智能辅助诊断应用覆盖率",
                        "%",
                        "eq",
                        90,
                        "二级以上公立医院人工智能辅助诊断应用覆盖率达到90%",
                    ),
                    T("互联网医院", "家", "eq", 15, "建成互联网医院15家"),
                ],
            ),
            (
                "推进“人工智能+”教育",
                "建设智慧教育平台，推广人工智能助教、学情分析和个性化学习，到2027年建设人工智能教育示范学校50所，中小学人工智能课程开设率达到100%",
                {L: ["市教育局"], S: ["市科技局"]},
                [
                    T("人工智能教育示范学校", "所", "eq", 50, "建设人工智能教育示范学校50所"),
                    T(
                        "中小学人工智能课程开设率",
                        "%",
                        "eq",
                        100,
                        "中小学人工智能课程开设率达到100%",
                    ),
                ],
            ),
            (
                "推广“人工智能+”养老服务",
                "建设智慧养老服务平台，推广智能穿戴、紧急呼叫和居家照护设备，建设智慧养老院10家",
                {L: ["市民政局"], S: ["市卫生健康委"]},
                [
                    T("智慧养老院", "家", "eq", 10, "建设智慧养老院10家"),
                ],
            ),
            (
                "提升“人工智能+”安全生产",
                "推动危险化学品、矿山、建筑施工等重点行业企业部署智能监测预警系统，推进应急指挥调度智能化",
                {R: ["市应急管理局", "各县（市、区）人民政府"]},
                [],
            ),
            (
                "推进“人工智能+”交通出行",
                "建设智慧交通大脑，在主城区80个路口实施信号灯智能配时，推动智能公交站台和智慧停车建设",
                {L: ["市公安局"], S: ["市交通运输局", "市住房城乡建设局"]},
                [
                    T("信号灯智能配时路口", "个", "eq", 80, "在主城区80个路口实施信号灯智能配时"),
                ],
            ),
        ],
    ),
    (
        "六、",
        "优化发展生态",
        [
            (
                "集聚人工智能人才",
                "将人工智能人才纳入“霁川英才”计划，到2027年引进人工智能领域高层次人才100名，每年培训数字技能人才5000人次",
                {L: ["市委人才办"], S: ["市人力资源社会保障局", "市教育局"]},
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        100,
                        "引进人工智能领域高层次人才100名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "培训数字技能人才",
                        "人次",
                        "eq",
                        5000,
                        "每年培训数字技能人才5000人次",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
            (
                "建设创新平台",
                "支持高校、科研院所与龙头企业共建人工智能联合实验室和新型研发机构，对新认定的省级创新平台给予最高200万元奖励",
                {L: ["市科技局"], S: ["市财政局"]},
                [],
            ),
            (
                "强化金融支持",
                "设立规模10亿元的人工智能产业投资基金，引导银行机构开发“科创贷”“算力贷”等产品，到2027年人工智能企业贷款余额达到30亿元",
                {L: ["市委金融办"], S: ["市财政局", "市工业和信息化局"]},
                [
                    T("人工智能企业贷款余额", "亿元", "eq", 30, "人工智能企业贷款余额达到30亿元"),
                ],
            ),
            (
                "开放应用场景",
                "建立“人工智能+”场景清单发布机制，每年发布场景机会清单2批次，组织供需对接活动10场以上",
                {L: ["市发展改革委"], S: ["市工业和信息化局", "市数据局"]},
                [
                    T(
                        "发布场景机会清单",
                        "批次",
                        "eq",
                        2,
                        "每年发布场景机会清单2批次",
                        per_year=True,
                    ),
                    T(
                        "组织供需对接活动",
                        "场",
                        "gte",
                        10,
                        "组织供需对接活动10场以上",
                        per_year=True,
                    ),
                ],
            ),
            (
                "营造良好发展氛围",
                "举办霁川人工智能应用大会，组织人工智能进企业、进社区、进校园活动，加强典型案例宣传推广",
                {R: ["市科技局", "市工业和信息化局", "各县（市、区）人民政府"]},
                [],
            ),
        ],
    ),
]

CN = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


SAFEGUARDS = [
    (
        "加强组织领导",
        "成立市“人工智能+”行动工作专班，由市政府分管负责同志任组长，专班办公室设在市发展改革委，负责统筹协调、调度推进和督促检查，重大事项及时提请市政府研究。",
    ),
    (
        "加大资金保障",
        "统筹用好各级财政专项资金，市财政每年安排人工智能发展专项资金1亿元，支持算力设施、场景示范和人才引育，引导社会资本加大投入。",
    ),
    (
        "强化要素支撑",
        "优先保障人工智能重点项目用地、用能和网络需求，对纳入市级重点的项目实行“一项目一专班”服务。",
    ),
    (
        "强化安全监管",
        "落实人工智能伦理审查和算法备案制度，压实平台企业数据安全主体责任，建立人工智能安全事件应急处置机制，提升风险防范和应对能力。",
    ),
    (
        "营造良好氛围",
        "充分利用报刊、广播电视和新媒体平台，宣传解读政策措施，总结推广典型案例和经验做法，营造全社会关心支持人工智能发展的良好氛围。",
    ),
    (
        "加强督促评估",
        "建立任务台账和月调度、季通报制度，开展年度评估，评估结果纳入各县（市、区）和市直部门年度考核。",
    ),
]


def _build():
    blocks = [
        ("red", "霁川市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("blank", ""),
        ("title", NOTICE_HEAD),
        ("plain", ADDRESSEE),
        ("body", NOTICE),
        ("sign", SIGN),
        ("plain", "（此件公开发布）"),
        ("page", ""),
        ("title", TITLE),
        ("blank", ""),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        ("body", PRINCIPLES),
        ("h1", "二、发展目标"),
        ("body", GOAL1),
        ("body", GOAL2),
    ]
    for t in GOAL1_T:
        assert t.phrase in GOAL1, t.phrase
    for t in GOAL2_T:
        assert t.phrase in GOAL2, t.phrase
    goals = [Goal("到2027年", GOAL1, GOAL1_T), Goal("到2030年", GOAL2, GOAL2_T)]
    sections, n = [], 0
    for pno, ptitle, items in PARTS:
        blocks.append(("h1", f"{pno}{ptitle}"))
        tasks = []
        for title, rest, roles, targets in items:
            n += 1
            num = f"（{cn(n)}）"
            blocks.append(("body", f"{num}{title}。{rest}。{annotation(roles)}"))
            tasks.append(task_of(A, num, title, rest + "。", roles))
            for t in targets:  # a figure after "到2027年" in its sentence is due 2027; an undated one at the plan's end
                sentence_start = rest.rfind("。", 0, rest.find(t.phrase)) + 1
                if t.deadline is None and "到2027年" in rest[sentence_start : rest.find(t.phrase)]:
                    t.deadline = 2027
            if targets:
                goals.append(item_goal(num, title, rest, targets))
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    blocks.append(("h1", "七、保障措施"))
    sg = []
    for title, text in SAFEGUARDS:
        blocks.append(("body", f"{title}。{text}"))
        sg.append(Task(None, title, f"{title}。{text}"))
    sections.append(Section("七", "七、", "保障措施", "safeguard", sg))
    blocks.append(("body", "本方案自印发之日起施行，由市发展改革委负责解释。"))
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "jichuan-city", "name": "霁川市", "name_en": "Jichuan City", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2030,
}
HEADER = """\
# 霁川市“人工智能+”行动实施方案 (霁川市人民政府办公室, 霁政办发〔2026〕9号, 2026-04-28)
# — SYNTHETIC (synthetic_cb): WRITTEN by the collector (helper blindCB, 2026-12-07) before reading or running the importer; no
#   such document or place is claimed to exist (霁川 is invented). Built by make_files.py from doc_jichuan.py, drawn by reportlab.
# Zone jichuan-city (an invented prefecture-level city; its province is not named) → city level; period 2026–2030.
# Marks on every page, not the plan: a grey watermark "霁川市人民政府网站 2026-05-12 下载" on a 45° diagonal in the text layer
#   (one character between two lines), the header "霁政办发〔2026〕9号　　公开方式：主动公开" and the footer "第 N 页 共 M 页".
# Outline: red head, 发文字号, the notice (addressee, 常务会议 number, reporting date 每年12月10日前: no target), signature,
#   "（此件公开发布）", page break, title; 一、总体要求 = a guiding paragraph closing on 2025 baselines (42亿元, 96家, 180P, 3个: no
#   targets) and a principles paragraph ("坚持…；坚持…": no task); 二、发展目标 = "到2027年，…" (6 targets) and "到2030年，…" (2) → goals
#   titled by their date phrases; tasks （一）–（二十四） NUMBERED ON across 三、–六、 (top-level key_task sections), each one paragraph
#   "（N）标题。正文。（牵头单位：市X；配合单位：市Y、市Z）" or "（责任单位：X、Y）"; 七、保障措施 = six unnumbered paragraphs led by
#   their names → safeguard tasks titled by the name; a closing line (who interprets it: no task).
# Tasks: title = the words before the first "。"; text = title + body without the annotation. Roles: 牵头单位 → lead, 配合单位 →
#   supporting, 责任单位 → responsible; 各县（市、区）人民政府 one collective (local_government); 市政府各部门 (addressee) generic.
# Targets: the two goal paragraphs; every task holding figures is also a goal titled like the task (text = title + body), its figures
#   due 2027 when "到2027年" stands before them in their sentence, else at the plan's end, 2030 (no year of their own; the
#   convention), per-year ones too. Item 1's
#   新增智能算力200P is due 2026 ("2026年底前建成一期工程"), a flow, and is not the goals' 智能算力规模500P. 2万个 → 20000. Per-year
#   figures (每年推动200家, 每年培训5000人次, 每年发布…2批次) are per_year flows. Not targets: the 2025 baselines; the 算力券 rate and cap
#   (40%, 30万元); 园区总投资35亿元 and 规划建筑面积18万平方米; 最高200万元奖励; 设立规模10亿元的…基金; 每年安排…专项资金1亿元 (a budget).
#   "三个行业数据集" after 建设 → a target of 3 (things made).
"""
