# ruff: noqa: E501  (plan text as the office writes it)
"""香洲區推動「人工智能+」高質量發展實施方案（2026—2027年） — INVENTED (synthetic_bx). A district plan copied out of a
traditional-character PDF into a .txt (UTF-8): hard line breaks every 34 characters or so, page numbers "－ N －" between
paragraphs, full-width digits in places (２０２７年、３０個), 「」 quotes. Items 1.–22. numbered on across parts 二、–四、, each
closing on "（責任單位：區X、區Y）" or "（牽頭單位：區X；責任單位：區Y、各鎮街）"; 五、保障措施 23.–26. unannotated. Written in
simplified characters here and printed through OpenCC s2hk (the extraction too: names and texts AS PRINTED, traditional; the
extraction's texts are the printed lines joined, as the corpus check compares without whitespace)."""

import opencc
from bx_plan import T, agencies, item, plan

SLUG = "xiangzhou-ai-plus-implementation-2026-synthetic"
KIND = "txt"
conv = opencc.OpenCC("s2hk").convert

A = {
    "fgj": ("香洲区发展和改革局", "development_reform", ["区发展和改革局"]),
    "gxj": ("香洲区工业和信息化局", "industry_it", ["区工业和信息化局"]),
    "kcj": ("香洲区科技创新局", "science_technology", ["区科技创新局"]),
    "zsj": ("香洲区政务服务和数据管理局", "big_data", ["区政务服务数据局"]),
    "jyj": ("香洲区教育局", "education", ["区教育局"]),
    "wjj": ("香洲区卫生健康局", "health", ["区卫生健康局"]),
    "mzj": ("香洲区民政局", "civil_affairs", ["区民政局"]),
    "wlt": ("香洲区文化广电旅游体育局", "culture_tourism", ["区文广旅体局"]),
    "swj": ("香洲区商务局", "commerce", ["区商务局"]),
    "czj": ("香洲区财政局", "finance", ["区财政局"]),
    "rsj": ("香洲区人力资源和社会保障局", "human_resources", ["区人力资源社会保障局"]),
    "cgj": ("香洲区城市管理和综合执法局", "housing_construction", ["区城管执法局"]),
    "scj": ("香洲区市场监督管理局", "market_regulation", ["区市场监管局"]),
    "zj": ("香洲区各镇街", "local_government", ["各镇街"]),
}

TITLE = "香洲区推动「人工智能+」高质量发展实施方案（2026—2027年）"
PREAMBLE = "为抢抓人工智能发展机遇，深化与澳门在数字经济领域的协同合作，推动人工智能赋能我区现代服务业、先进制造业和城市治理，结合我区实际，制定本实施方案。"
BASE = "我区是全市经济和人口的核心承载区。２０２５年，全区人工智能相关企业６５家，软件和信息技术服务业营业收入２８０亿元，已建成智能网联测试道路１２公里，但人工智能核心企业规模偏小、应用场景开放不足、高端人才供给不足，与建设现代化中心城区的要求相比还有差距。"
G1 = "到２０２７年，全区人工智能相关企业达到１２０家以上，人工智能核心产业营业收入突破６０亿元，培育人工智能专精特新企业１５家，开放「人工智能+」应用场景５０个，建成人工智能公共服务平台３个，智能网联测试道路累计达到５０公里，重点政务服务事项智能办理率达到８５%，引育人工智能领域人才３０００名。"
G2 = "到2030年，人工智能全面融入全区经济社会发展各领域，建成具有湾区影响力的人工智能应用示范区。"
GOALS = [
    (
        "到２０２７年",
        G1,
        [
            T(
                "人工智能相关企业",
                "家",
                "gte",
                120,
                "人工智能相关企业达到１２０家以上",
                kind="ai_enterprises",
            ),
            T(
                "人工智能核心产业营业收入",
                "亿元",
                "gt",
                60,
                "人工智能核心产业营业收入突破６０亿元",
                kind="ai_industry_scale",
            ),
            T(
                "人工智能专精特新企业",
                "家",
                "eq",
                15,
                "培育人工智能专精特新企业１５家",
                kind="ai_enterprises",
            ),
            T(
                "「人工智能+」应用场景",
                "个",
                "eq",
                50,
                "开放「人工智能+」应用场景５０个",
                kind="application_scenarios",
            ),
            T(
                "人工智能公共服务平台",
                "个",
                "eq",
                3,
                "建成人工智能公共服务平台３个",
                kind="innovation_platforms",
            ),
            T("智能网联测试道路", "公里", "eq", 50, "智能网联测试道路累计达到５０公里"),
            T("重点政务服务事项智能办理率", "%", "eq", 85, "重点政务服务事项智能办理率达到８５%"),
            T(
                "引育人工智能领域人才",
                "名",
                "eq",
                3000,
                "引育人工智能领域人才３０００名",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
]

R = "（责任单位：{}）"

PARTS = [
    (
        "二、",
        "强化创新支撑",
        [
            item(
                "建设人工智能公共服务平台",
                "支持龙头企业和科研机构建设算力调度、数据标注和模型评测三类公共服务平台，为中小企业提供普惠服务。",
                "（牵头单位：区科技创新局；责任单位：区工业和信息化局、区政务服务数据局）",
                lead=["kcj"],
                resp=["gxj", "zsj"],
                # a count of things just named after a verb of making: a target (SOURCES.md, "A count
                # of the things just named"; added by helper rBX — the blind extraction had none)
                targets=[
                    T(
                        "公共服务平台",
                        "类",
                        "eq",
                        3,
                        "建设算力调度、数据标注和模型评测三类公共服务平台",
                    )
                ],
            ),
            item(
                "推进算力资源统筹",
                "整合区内数据中心和企业闲置算力资源，接入全市算力调度平台，新增可调度智能算力１００P。对企业购买算力服务的，按实际费用的２０%给予补贴，每家企业每年不超过２０万元。",
                R.format("区工业和信息化局、区财政局"),
                resp=["gxj", "czj"],
                targets=[
                    T(
                        "新增可调度智能算力",
                        "P",
                        "eq",
                        100,
                        "新增可调度智能算力１００P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "建设高质量数据集",
                "围绕跨境服务、文旅会展、城市治理等领域，建设行业高质量数据集１０个，推动数据资源共享和合规流通。",
                R.format("区政务服务数据局"),
                resp=["zsj"],
                targets=[T("行业高质量数据集", "个", "eq", 10, "建设行业高质量数据集１０个")],
            ),
            item(
                "推动与澳门数据协同",
                "探索与澳门在科研数据、跨境服务数据方面的合规流动机制，支持企业参与跨境数据流动试点。",
                R.format("区政务服务数据局、区商务局"),
                resp=["zsj", "swj"],
            ),
            item(
                "加强关键技术攻关",
                "支持企业联合高校开展多模态大模型、具身智能、智能传感等技术攻关，实施区级人工智能科技项目20项。",
                R.format("区科技创新局"),
                resp=["kcj"],
                targets=[
                    T(
                        "区级人工智能科技项目",
                        "项",
                        "eq",
                        20,
                        "实施区级人工智能科技项目20项",
                        kind="research_results",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "打造人工智能产业集聚区",
                "依托南屏科技园和软件园片区，打造人工智能产业集聚区，新增产业载体面积１０万平方米，引进人工智能企业３０个。",
                "（牵头单位：区发展和改革局；责任单位：区科技创新局、区商务局、各镇街）",
                lead=["fgj"],
                resp=["kcj", "swj", "zj"],
                targets=[
                    T(
                        "引进人工智能企业",
                        "个",
                        "eq",
                        30,
                        "引进人工智能企业３０个",
                        kind="ai_enterprises",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "三、",
        "深化场景应用",
        [
            item(
                "推进「人工智能+」现代服务业",
                "推动金融、商贸、会展等服务业企业应用智能客服、智能营销和智能风控，打造服务业智能化标杆企业１０家。",
                R.format("区商务局、区发展和改革局"),
                resp=["swj", "fgj"],
                targets=[
                    T("服务业智能化标杆企业", "家", "eq", 10, "打造服务业智能化标杆企业１０家")
                ],
            ),
            item(
                "推进「人工智能+」先进制造",
                "支持电子信息、智能家电企业建设智能工厂和数字化车间，推广工业视觉检测和智能排产，完成规上工业企业智能化改造８０家。",
                R.format("区工业和信息化局"),
                resp=["gxj"],
                targets=[
                    T(
                        "规上工业企业智能化改造",
                        "家",
                        "eq",
                        80,
                        "完成规上工业企业智能化改造８０家",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "推进智能网联汽车应用",
                "扩大智能网联汽车测试道路范围，新增开放测试道路３８公里，开展无人配送、自动驾驶接驳等示范运营。",
                "（牵头单位：区工业和信息化局；责任单位：区城管执法局、各镇街）",
                lead=["gxj"],
                resp=["cgj", "zj"],
                targets=[
                    T(
                        "新增开放智能网联汽车测试道路",
                        "公里",
                        "eq",
                        38,
                        "新增开放测试道路３８公里",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "推进智慧文旅会展",
                "推动情侣路沿线景区、会展场馆应用智能导览、客流分析和虚拟展示，打造「智游香洲」服务品牌。",
                R.format("区文广旅体局、区商务局"),
                resp=["wlt", "swj"],
            ),
            item(
                "推进智慧教育",
                "建设人工智能教育实验校２０所，推动人工智能课程进课堂，开展教师人工智能应用能力培训。",
                R.format("区教育局"),
                resp=["jyj"],
                targets=[T("人工智能教育实验校", "所", "eq", 20, "建设人工智能教育实验校２０所")],
            ),
            item(
                "推进智慧医疗",
                "推动区属医疗机构应用智能辅助诊断、智能分诊和智慧药房，社区卫生服务中心智能辅助诊断覆盖率达到100%。",
                R.format("区卫生健康局"),
                resp=["wjj"],
                targets=[
                    T(
                        "社区卫生服务中心智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        100,
                        "社区卫生服务中心智能辅助诊断覆盖率达到100%",
                    )
                ],
            ),
            item(
                "推进智慧养老",
                "在长者饭堂、社区养老服务中心推广智能监护和紧急呼叫设备，为独居老人安装智能终端２０００台。",
                "（牵头单位：区民政局；责任单位：各镇街）",
                lead=["mzj"],
                resp=["zj"],
                targets=[
                    T(
                        "为独居老人安装智能终端",
                        "台",
                        "eq",
                        2000,
                        "为独居老人安装智能终端２０００台",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "推进市场智能监管",
                "运用人工智能开展食品安全、特种设备风险智能预警，提升市场监管精准度和效率。",
                R.format("区市场监管局"),
                resp=["scj"],
            ),
        ],
    ),
    (
        "四、",
        "提升治理效能",
        [
            item(
                "推进政务服务智能化",
                "上线「香洲智办」政务服务大模型应用，实现政策智能问答、材料智能预审和业务智能导办。",
                R.format("区政务服务数据局"),
                resp=["zsj"],
            ),
            item(
                "推进城市治理智能化",
                "建设城市运行管理智能中枢，推动城管、应急、环保事件智能发现和自动分拨，事件处置平均时长缩短３０%。",
                "（牵头单位：区城管执法局；责任单位：区政务服务数据局、各镇街）",
                lead=["cgj"],
                resp=["zsj", "zj"],
                targets=[T("事件处置平均时长缩短", "%", "eq", 30, "事件处置平均时长缩短３０%")],
            ),
            item(
                "推进基层治理智能化",
                "推动社区应用智能网格管理系统，减轻基层填报负担，建设智慧社区示范点１５个。",
                R.format("区民政局、各镇街"),
                resp=["mzj", "zj"],
                targets=[T("智慧社区示范点", "个", "eq", 15, "建设智慧社区示范点１５个")],
            ),
            item(
                "推进智慧交通",
                "推动公交、停车和信号灯系统智能化改造，建设智慧停车平台，新增智慧停车泊位5000个，缓解中心城区停车难。",
                "（牵头单位：区城管执法局；责任单位：各镇街）",
                lead=["cgj"],
                resp=["zj"],
                targets=[
                    T(
                        "新增智慧停车泊位",
                        "个",
                        "eq",
                        5000,
                        "新增智慧停车泊位5000个",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "推进生态环境智能监测",
                "在重点河涌、近岸海域布设智能监测设备，运用人工智能开展污染溯源和预警分析，提升生态环境监管效能。",
                R.format("区城管执法局、各镇街"),
                resp=["cgj", "zj"],
            ),
            item(
                "加强人工智能人才引育",
                "落实人才引进政策，对引进的人工智能领军人才给予最高１００万元安家补贴，与高校共建人工智能产业学院２个。",
                R.format("区人力资源社会保障局、区科技创新局"),
                resp=["rsj", "kcj"],
                targets=[
                    T(
                        "人工智能产业学院",
                        "个",
                        "eq",
                        2,
                        "与高校共建人工智能产业学院２个",
                        kind="talent",
                    )
                ],
            ),
        ],
    ),
]

EXTRA = [
    "建立平台服务绩效评价机制，根据服务企业数量和质量给予运营补助，推动平台可持续运营。",
    "建立算力供需对接机制，定期发布算力资源目录，引导算力服务商降低服务价格。",
    "制定数据集建设标准和质量评估办法，支持数据标注企业发展，培育数据服务产业链。",
    "加强与澳门高校、科研机构合作，联合开展人工智能领域科研攻关和成果转化。",
    "建立科技项目「揭榜挂帅」机制，面向企业发布技术需求榜单，提升科研资源配置效率。",
    "完善产业集聚区配套设施，提供人才公寓、共享实验室和公共会议服务，降低企业运营成本。",
    "组织服务业企业开展人工智能应用案例评选，推广一批可复制的典型经验。",
    "组织开展智能化改造诊断服务，推动企业设备上云、业务上云，提升全要素生产率。",
    "完善测试道路安全管理制度，建立测试车辆运行监测平台，保障公众出行安全。",
    "支持文旅企业开发数字文创产品，推动线上线下融合消费，提升游客体验。",
    "开展学生人工智能科普活动，组织参加各级人工智能竞赛，提升青少年科学素养。",
    "推动区属医疗机构检查检验结果互认共享，提升基层医疗服务能力。",
    "推动智能设备与社区养老服务平台互联互通，实现老人异常情况及时预警和快速响应。",
    "建立风险预警模型，提升对重点领域、重点产品的智能监管能力。",
    "推动政务服务「一网通办」向「智能好办」升级，提升企业和群众办事体验。",
    "完善城市事件分类标准和处置流程，推动城市管理从被动处置向主动发现转变。",
    "推进基层报表精简整合，推动数据一次采集、多方复用，切实为基层减负。",
    "推动停车数据与导航平台对接，引导车辆有序停放，提升道路通行效率。",
    "建立生态环境数据共享机制，推动监测数据与执法系统联动。",
    "开展人工智能职业技能培训，建立人才需求目录，推动人才链与产业链精准对接。",
]
for _it, _add in zip([i for _, _, items in PARTS for i in items], EXTRA, strict=True):
    _it["body"] += _add
PREAMBLE += "人工智能是引领新一轮科技革命和产业变革的战略性技术。我区应用场景丰富、数据资源集中、科创资源较为集聚，具备加快发展人工智能的良好基础。各镇街、各部门要提高认识，把推进「人工智能+」作为培育新质生产力的重要抓手，加强统筹谋划，抓好组织实施。"

SAFEGUARDS = (
    "五、",
    "保障措施",
    [
        (
            "加强统筹协调",
            "建立区「人工智能+」工作联席会议制度，由区政府分管领导召集，联席会议办公室设在区发展和改革局，负责统筹推进方案实施、协调解决重大问题。各责任单位要明确分管领导和联络人，制定年度工作计划，细化工作措施，确保各项任务按期完成。",
        ),
        (
            "加大资金支持",
            "区财政每年统筹安排人工智能发展专项资金不少于５０００万元，支持平台建设、场景开放和人才引育。积极争取上级专项资金和政策性金融支持，引导银行、保险、创投等金融机构加大对人工智能企业的支持力度，推广知识产权质押融资和科技保险。",
        ),
        (
            "强化安全保障",
            "落实数据安全和网络安全主体责任，加强生成式人工智能服务备案和安全评估。建立人工智能伦理审查和风险监测机制，防范算法歧视、深度伪造等风险，加强关键信息基础设施安全防护，开展网络安全应急演练。",
        ),
        (
            "加强督促评估",
            "建立重点任务清单，每半年开展一次实施评估，评估结果作为部门绩效考核的重要依据。加强政策宣传解读和典型案例推广，组织开展人工智能应用成果展示和供需对接活动，营造全社会关注支持人工智能发展的良好氛围。",
        ),
    ],
)

PARAS, GOALS_, SECTIONS = plan(GOALS, PARTS, SAFEGUARDS, conv, lambda n: f"{n}.", 2027)

WIDTH = 34


def _wrap(text, first_indent=True):
    text = ("\u3000\u3000" if first_indent else "") + text
    return [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]


def _text():
    paras = [
        ("title", conv("香洲区人民政府办公室")),
        ("title", conv("关于印发香洲区推动「人工智能+」高质量发展实施方案（2026—2027年）的通知")),
        ("plain", conv("香府办〔2026〕5号")),
        ("plain", conv("各镇街，区政府各部门、各直属机构：")),
        (
            "p",
            conv(
                "《香洲区推动「人工智能+」高质量发展实施方案（2026—2027年）》已经区政府同意，现印发给你们，请认真组织实施。实施中遇到的问题，请径向区发展和改革局反映。"
            ),
        ),
        ("right", conv("香洲区人民政府办公室")),
        ("right", "2026年3月2日"),
        ("title", conv(TITLE)),
        ("p", conv(PREAMBLE)),
        ("h", conv("一、总体目标")),
        ("p", conv(BASE)),
        ("p", conv(G1)),
        ("p", conv(G2)),
    ]
    for kind, text in PARAS:
        paras.append(("h", text) if kind == "h1" else ("p", text[0] + text[1] + text[2]))
    lines, page, count = [], 1, 0
    for kind, text in paras:
        block = [text] if kind in ("title", "plain", "right", "h") else _wrap(text)
        if kind == "right":
            block = [" " * 20 + text]
        if count + len(block) > 28:
            page += 1
            lines += ["", f"－ {page} －", ""]
            count = 0
        lines += block
        count += len(block)
    return "\n".join(lines) + "\n"


TEXT = _text()
PLAN = {
    "code": SLUG,
    "title": conv(TITLE),
    "title_en": "Xiangzhou District “AI+” high-quality development implementation plan 2026–2027, traditional-character PDF copied to text — synthetic",
    "issuer": conv("香洲区人民政府办公室"),
    "doc_number": conv("香府办〔2026〕5号"),
    "issued_on": "2026-03-02",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027, 2030],
    "source_file": f"{SLUG}.txt",
}
EXTRACTION = {
    "zone": {
        "slug": "xiangzhou-district",
        "name": conv("香洲区"),
        "name_en": "Xiangzhou District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": agencies(A, conv),
    "goals": GOALS_,
    "sections": SECTIONS,
    "deadline": 2027,
}
SOURCE_CLEANING = {"opencc": "t2s"}  # the extraction holds the cleaned text (SOURCES.md)
HEADER = """\
# 香洲區推動「人工智能+」高質量發展實施方案（2026—2027年） (香洲區人民政府辦公室, 香府辦〔2026〕5號, 2026-03-02), a traditional-character
#   PDF copied into a .txt (UTF-8, hard line breaks, full-width digits in places)
# — SYNTHETIC (synthetic_bx): WRITTEN by the collector (helper blindBX, 2026-12-07) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_xiangzhou.py. Printed in traditional characters; the
#   extraction declares source_cleaning opencc t2s and holds the cleaned (simplified) names and texts, as the corpus convention
#   has it (corrected by helper rBX after measurement 1); texts are the printed lines joined, full-width digits kept. See SYNTHETIC_BX.md.
"""
