# ruff: noqa: E501  (plan text as the office writes it)
"""開平市「人工智能+」行動方案（2026—2027年） — INVENTED (synthetic_bx). A mainland county-level city's plan as a Hong Kong
news site reposts it, in TRADITIONAL characters (.html, UTF-8): the site's header, channel bar, news lead and 「」 quotes around
the repost; the plan itself: title, preamble, 一、總體要求 (guiding paragraph ending on 2025 baselines, two dated goal paragraphs
"到2027年，…" / "到2030年，…"), parts 二、–五、 of tasks （一）–（二十二） numbered on, each one paragraph closing on
"（牽頭單位：市X；配合單位：市Y、市Z）" / "（牽頭單位：市X）" / "（責任單位：市X、市Y）", 六、保障措施 （二十三）–（二十六） unannotated;
the site's footer. Written in simplified characters here and printed through OpenCC s2hk (the extraction goes through the same
conversion, so names and texts are recorded AS PRINTED, traditional)."""

import opencc
from bx_plan import T, agencies, cn, item, plan

SLUG = "kaiping-ai-plus-action-2026-synthetic"
KIND = "html"
S2T = opencc.OpenCC("s2hk")
conv = S2T.convert

A = {
    "fgj": ("开平市发展和改革局", "development_reform", ["市发展改革局"]),
    "gxj": ("开平市工业和信息化局", "industry_it", ["市工业和信息化局"]),
    "kjj": ("开平市科学技术局", "science_technology", ["市科技局"]),
    "sjj": ("开平市政务服务和数据管理局", "big_data", ["市政务服务数据管理局"]),
    "jyj": ("开平市教育局", "education", ["市教育局"]),
    "wjj": ("开平市卫生健康局", "health", ["市卫生健康局"]),
    "wlj": ("开平市文化广电旅游体育局", "culture_tourism", ["市文广旅体局"]),
    "nyj": ("开平市农业农村局", "agriculture", ["市农业农村局"]),
    "swj": ("开平市商务局", "commerce", ["市商务局"]),
    "czj": ("开平市财政局", "finance", ["市财政局"]),
    "rsj": ("开平市人力资源和社会保障局", "human_resources", ["市人力资源社会保障局"]),
    "zjj": ("开平市住房和城乡建设局", "housing_construction", ["市住房城乡建设局"]),
    "gaj": ("开平市公安局", "public_security", ["市公安局"]),
    "mzj": ("开平市民政局", "civil_affairs", ["市民政局"]),
    "scj": ("开平市市场监督管理局", "market_regulation", ["市市场监管局"]),
    "zzb": ("中共开平市委组织部", "party_organisation", ["市委组织部"]),
    "csh": ("开平市翠山湖新区管理委员会", "park_administration", ["翠山湖新区管委会"]),
    "zj": ("开平市各镇人民政府、街道办事处", "local_government", ["各镇人民政府、街道办事处"]),
}

TITLE = "开平市「人工智能+」行动方案（2026—2027年）"

PREAMBLE = "为深入贯彻落实国家、省关于深入实施「人工智能+」行动的部署要求，加快推动人工智能与我市实体经济、社会事业和城市治理深度融合，以智能化赋能侨乡高质量发展，结合我市实际，制定本方案。"
GUIDE = "坚持以新时代中国特色社会主义思想为指导，立足我市水暖卫浴、食品饮料、纺织服装等传统产业基础和碉楼文化旅游资源，坚持场景牵引、企业主体、数据赋能、安全可控，实施算力筑基、产业焕新、侨乡智治、民生服务四大行动，推动人工智能成为全市新质生产力的重要引擎。2025年，全市人工智能相关企业38家，规模以上工业企业数字化转型比例为41%，发展基础仍然薄弱。本方案共部署四个方面二十二项重点任务。"
G1 = "到2027年，全市人工智能相关企业达到80家以上，人工智能核心产业规模突破15亿元，培育人工智能应用标杆企业20家，打造「人工智能+」典型应用场景60个，规模以上工业企业数字化转型比例达到70%，建成智能算力规模200P，开放公共数据集30个，培训人工智能应用人才5000人次。"
G2 = "到2030年，人工智能核心产业规模达到40亿元左右，人工智能在重点产业、公共服务和城市治理领域全面普及应用，建成粤港澳大湾区有影响力的侨乡智能制造示范城市。"

GOALS = [
    (
        "到2027年",
        G1,
        [
            T(
                "人工智能相关企业",
                "家",
                "gte",
                80,
                "人工智能相关企业达到80家以上",
                kind="ai_enterprises",
            ),
            T(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                15,
                "人工智能核心产业规模突破15亿元",
                kind="ai_industry_scale",
            ),
            T(
                "人工智能应用标杆企业",
                "家",
                "eq",
                20,
                "培育人工智能应用标杆企业20家",
                kind="ai_enterprises",
            ),
            T(
                "「人工智能+」典型应用场景",
                "个",
                "eq",
                60,
                "打造「人工智能+」典型应用场景60个",
                kind="application_scenarios",
            ),
            T(
                "规模以上工业企业数字化转型比例",
                "%",
                "eq",
                70,
                "规模以上工业企业数字化转型比例达到70%",
            ),
            T("智能算力规模", "P", "eq", 200, "建成智能算力规模200P", kind="computing_power"),
            T("开放公共数据集", "个", "eq", 30, "开放公共数据集30个"),
            T(
                "培训人工智能应用人才",
                "人次",
                "eq",
                5000,
                "培训人工智能应用人才5000人次",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
    (
        "到2030年",
        G2,
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "approx",
                40,
                "人工智能核心产业规模达到40亿元左右",
                kind="ai_industry_scale",
                deadline=2030,
            ),
        ],
    ),
]

PARTS = [
    (
        "二、",
        "实施算力筑基行动",
        [
            item(
                "建设侨乡智算中心",
                "依托翠山湖新区布局建设开平侨乡智算中心，按照「统一规划、分期建设」原则推进机房、供电和网络配套建设，2026年底前一期投入运营。推动算力资源接入省算力调度平台，为本地企业提供普惠算力服务。",
                "（牵头单位：市发展改革局；配合单位：市工业和信息化局、翠山湖新区管委会）",
                lead=["fgj"],
                sup=["gxj", "csh"],
            ),
            item(
                "实施算力券政策",
                "面向中小企业发放算力券，对企业租用智能算力开展模型训练和推理的费用，按不超过30%的比例给予补贴，单个企业每年最高50万元。",
                "（牵头单位：市工业和信息化局；配合单位：市财政局）",
                lead=["gxj"],
                sup=["czj"],
            ),
            item(
                "完善网络通信设施",
                "推进5G网络向重点园区、镇村延伸，新建5G基站300个，推动工业园区千兆光网提质升级。加快物联网感知终端在城市管理、防汛和消防领域部署。",
                "（牵头单位：市工业和信息化局；配合单位：市住房城乡建设局、各镇人民政府、街道办事处）",
                lead=["gxj"],
                sup=["zjj", "zj"],
                targets=[T("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow")],
            ),
            item(
                "推进公共数据开放",
                "建设全市公共数据资源目录，完善数据分级分类管理制度，围绕企业登记、交通出行、文化旅游等领域有序开放公共数据，年内完成公共数据资源普查。",
                "（牵头单位：市政务服务数据管理局）",
                lead=["sjj"],
            ),
            item(
                "培育数据要素市场",
                "探索公共数据授权运营，引导企业开展数据资产登记，培育数据标注、数据清洗等数据服务企业10家。",
                "（责任单位：市政务服务数据管理局、市发展改革局）",
                resp=["sjj", "fgj"],
                targets=[
                    T("数据服务企业", "家", "eq", 10, "培育数据标注、数据清洗等数据服务企业10家")
                ],
            ),
        ],
    ),
    (
        "三、",
        "实施产业焕新行动",
        [
            item(
                "推动水暖卫浴产业智能化",
                "支持水暖卫浴龙头企业建设智能工厂，推广视觉质检、智能排产、预测性维护等应用，建成省级智能工厂5家、数字化车间15个。",
                "（牵头单位：市工业和信息化局；配合单位：翠山湖新区管委会、市科技局）",
                lead=["gxj"],
                sup=["csh", "kjj"],
                targets=[
                    T("省级智能工厂", "家", "eq", 5, "建成省级智能工厂5家"),
                    T("数字化车间", "个", "eq", 15, "数字化车间15个"),
                ],
            ),
            item(
                "推动食品饮料产业智能化",
                "推动食品饮料企业应用人工智能开展配方研发、质量追溯和柔性生产，建设食品安全智能追溯平台。",
                "（牵头单位：市工业和信息化局；配合单位：市市场监管局、市农业农村局）",
                lead=["gxj"],
                sup=["scj", "nyj"],
            ),
            item(
                "推动纺织服装产业智能化",
                "支持纺织服装企业应用智能设计、智能裁剪和个性化定制系统，发展「小单快反」柔性供应链，提升品牌设计和市场响应能力。",
                "（牵头单位：市工业和信息化局；配合单位：市商务局）",
                lead=["gxj"],
                sup=["swj"],
            ),
            item(
                "培育人工智能企业",
                "引进培育一批人工智能软硬件企业和解决方案服务商，新增人工智能相关企业20家。对新落户的人工智能企业，按其实际投资额给予最高200万元奖励。",
                "（牵头单位：市科技局；配合单位：市商务局、翠山湖新区管委会）",
                lead=["kjj"],
                sup=["swj", "csh"],
                targets=[
                    T(
                        "新增人工智能相关企业",
                        "家",
                        "eq",
                        20,
                        "新增人工智能相关企业20家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "设立产业发展基金",
                "设立规模5亿元的人工智能产业发展基金，采取「母基金+子基金」方式，引导社会资本投向人工智能领域初创企业和重点项目。",
                "（牵头单位：市财政局；配合单位：市发展改革局）",
                lead=["czj"],
                sup=["fgj"],
            ),
            item(
                "发展智慧农业",
                "推进人工智能在马冈鹅、水产养殖等特色农业中的应用，建设智慧农业示范基地8个，推广无人机植保、智能灌溉和病虫害智能识别。",
                "（牵头单位：市农业农村局；配合单位：各镇人民政府、街道办事处）",
                lead=["nyj"],
                sup=["zj"],
                targets=[T("智慧农业示范基地", "个", "eq", 8, "建设智慧农业示范基地8个")],
            ),
            item(
                "发展跨境电商智能化",
                "支持外贸企业应用人工智能开展多语种营销、智能客服和选品分析，打造跨境电商智能服务平台，服务外贸企业200家以上。",
                "（牵头单位：市商务局）",
                lead=["swj"],
                targets=[
                    T("跨境电商智能服务平台服务外贸企业", "家", "gte", 200, "服务外贸企业200家以上")
                ],
            ),
        ],
    ),
    (
        "四、",
        "实施侨乡智治行动",
        [
            item(
                "建设城市运行智能中枢",
                "依托市政务服务数据管理局现有平台，建设城市运行管理智能中枢，汇聚城管、应急、交通等领域数据，实现事件智能发现、智能分拨和闭环处置。",
                "（牵头单位：市政务服务数据管理局；配合单位：市住房城乡建设局、市公安局）",
                lead=["sjj"],
                sup=["zjj", "gaj"],
            ),
            item(
                "推进政务服务智能化",
                "上线「开平智办」政务服务智能助手，推动高频政务服务事项智能导办，高频事项智能导办覆盖率达到90%。",
                "（牵头单位：市政务服务数据管理局）",
                lead=["sjj"],
                targets=[
                    T("高频事项智能导办覆盖率", "%", "eq", 90, "高频事项智能导办覆盖率达到90%")
                ],
            ),
            item(
                "建设智慧侨务服务",
                "建设侨胞服务智能平台，为海外侨胞、港澳同胞提供涉侨政策咨询、侨房侨产查询、寻根问祖等智能服务。",
                "（责任单位：市政务服务数据管理局、市民政局）",
                resp=["sjj", "mzj"],
            ),
            item(
                "推进智慧安防建设",
                "推进公共安全视频智能分析应用，提升重点区域、重点场所风险预警和快速处置能力，建设智能安防小区50个。",
                "（牵头单位：市公安局；配合单位：各镇人民政府、街道办事处）",
                lead=["gaj"],
                sup=["zj"],
                targets=[T("智能安防小区", "个", "eq", 50, "建设智能安防小区50个")],
            ),
            item(
                "推进碉楼文化遗产智能保护",
                "运用三维扫描、数字孪生等技术，对世界文化遗产碉楼开展数字化建档和智能监测，完成碉楼数字化建档120座。",
                "（牵头单位：市文广旅体局；配合单位：市住房城乡建设局）",
                lead=["wlj"],
                sup=["zjj"],
                targets=[
                    T(
                        "碉楼数字化建档",
                        "座",
                        "eq",
                        120,
                        "完成碉楼数字化建档120座",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "五、",
        "实施民生服务行动",
        [
            item(
                "推进智慧教育",
                "推动人工智能进课堂，建设人工智能教育实验室，开展教师人工智能素养培训，推广智能学情分析和个性化学习。",
                "（牵头单位：市教育局）",
                lead=["jyj"],
            ),
            item(
                "推进智慧医疗",
                "推动医疗机构应用智能辅助诊断、智能影像和智慧药房，推进镇卫生院远程诊疗全覆盖，提升基层医疗服务能力。",
                "（牵头单位：市卫生健康局；配合单位：各镇人民政府、街道办事处）",
                lead=["wjj"],
                sup=["zj"],
            ),
            item(
                "推进智慧文旅",
                "建设碉楼与村落智慧旅游平台，推出人工智能导览、虚拟讲解和智能客流监测服务，打造智慧景区6个。",
                "（牵头单位：市文广旅体局；配合单位：市商务局）",
                lead=["wlj"],
                sup=["swj"],
                targets=[T("智慧景区", "个", "eq", 6, "打造智慧景区6个")],
            ),
            item(
                "推进智慧养老",
                "推广智能穿戴、紧急呼叫和智能陪护设备，在社区居家养老服务中心部署智能服务终端。",
                "（牵头单位：市民政局；配合单位：市卫生健康局）",
                lead=["mzj"],
                sup=["wjj"],
            ),
            item(
                "加强人工智能人才引育",
                "实施「侨乡智才」计划，引进人工智能领域高层次人才，支持企业与高校共建实训基地，建设人工智能实训基地3个。",
                "（牵头单位：市委组织部；配合单位：市人力资源社会保障局、市科技局）",
                lead=["zzb"],
                sup=["rsj", "kjj"],
                targets=[
                    T("人工智能实训基地", "个", "eq", 3, "建设人工智能实训基地3个", kind="talent")
                ],
            ),
        ],
    ),
]

EXTRA = [
    "探索算力设施与分布式光伏、储能项目协同布局，降低算力中心用能成本，提升绿色低碳运行水平。",
    "建立算力券申领、核销和绩效评价机制，定期公布算力服务目录和服务商名单，防止重复申领和套取补贴。",
    "推动基础电信企业与重点企业共建5G专网，支持企业开展「5G+工业互联网」应用，提升网络支撑能力。",
    "建立公共数据供需对接机制，按季度发布数据需求清单，推动数据资源向企业和科研机构有序流动。",
    "鼓励企业参与数据交易所挂牌交易，支持第三方机构开展数据质量评估、合规审查等专业服务。",
    "组织开展「智改数转」诊断服务，为企业量身定制改造方案，推动龙头企业带动上下游配套企业协同转型。",
    "支持企业建设产品质量大数据平台，提升原料检测、生产控制和成品检验的智能化水平。",
    "推动服装企业与电商平台共建数据中心，运用人工智能分析消费需求，提升产品开发精准度。",
    "建立人工智能企业培育库，实行一企一策精准服务，支持企业申报国家级、省级专精特新企业。",
    "基金按照市场化原则运作，委托专业机构管理，建立容错机制和绩效评价制度。",
    "支持农业企业与科研院所共建特色农业数据库，推动农产品电商直播和智能分拣应用。",
    "组织开展跨境电商人工智能应用培训和供需对接活动，支持企业拓展东南亚、北美等海外市场。",
    "完善城市运行指标体系，推动跨部门数据共享和业务协同，提升城市运行监测预警和应急处置能力。",
    "推动政务服务事项办事指南智能化改造，实现「一次告知、一表申请、一网通办」。",
    "加强与海外侨团、港澳社团的联系，定期收集侨胞服务需求，不断丰富平台服务内容。",
    "加强视频数据安全管理，严格落实个人信息保护规定，防止数据泄露和滥用。",
    "建设碉楼数字博物馆，推动文物数字资源向公众开放，讲好侨乡故事。",
    "推动中小学人工智能教育与科技创新活动相结合，组织学生参加各类人工智能竞赛。",
    "推动检查检验结果互认共享，探索人工智能在慢病管理、健康监测中的应用。",
    "推动智慧旅游与侨乡民宿、特色餐饮联动发展，开发个性化旅游线路推荐服务。",
    "鼓励社会力量参与智慧养老服务供给，推动养老服务机构与医疗机构信息互联互通。",
    "完善人才住房、子女入学、医疗保障等配套服务，营造拴心留人的良好环境。",
]
for _it, _add in zip([i for _, _, items in PARTS for i in items], EXTRA, strict=True):
    _it["body"] += _add
GUIDE += "推进工作中，坚持应用牵引，以场景开放带动技术落地；坚持特色发展，立足侨乡资源禀赋，不搞低水平重复建设；坚持安全可控，统筹发展和安全，守牢数据安全和网络安全底线；坚持开放合作，深化与港澳地区及海外侨胞的交流合作，汇聚各方资源推动人工智能发展。"

SAFEGUARDS = (
    "六、",
    "保障措施",
    [
        (
            "加强组织领导",
            "成立市「人工智能+」行动工作专班，由市政府分管负责同志任召集人，专班办公室设在市发展改革局，统筹协调推进各项任务。",
        ),
        (
            "强化资金保障",
            "统筹各级专项资金支持人工智能项目建设，市财政每年安排不少于2000万元资金，用于算力券、场景应用和人才培育。",
        ),
        (
            "加强安全保障",
            "落实网络安全和数据安全责任制，加强人工智能应用安全评估和伦理审查，防范化解数据泄露、算法歧视等风险。",
        ),
        (
            "强化督促落实",
            "建立任务清单和工作台账，每季度调度工作进展，将落实情况纳入年度绩效考核，确保各项任务落地见效。",
        ),
    ],
)

PARAS, GOALS_, SECTIONS = plan(GOALS, PARTS, SAFEGUARDS, conv, lambda n: f"（{cn(n)}）", 2027)


def _html():
    out = [
        f'<p style="text-align:center"><strong>{conv(TITLE)}</strong></p>',
        f"<p>{conv(PREAMBLE)}</p>",
        f"<p><strong>{conv('一、总体要求')}</strong></p>",
        f"<p>{conv(GUIDE)}</p>",
        f"<p>{conv(G1)}</p>",
        f"<p>{conv(G2)}</p>",
    ]
    for kind, text in PARAS:
        if kind == "h1":
            out.append(f"<p><strong>{text}</strong></p>")
        else:
            out.append(f"<p>{text[0]}{text[1]}{text[2]}</p>")
    out += [
        f'<p style="text-align:right">{conv("开平市人民政府")}</p>',
        '<p style="text-align:right">' + conv("2026年3月20日") + "</p>",
    ]
    article = "\n".join(out)
    head = conv("港粤财经网")
    lead = conv(
        "【港粤财经网讯】广东侨乡开平市日前印发《开平市「人工智能+」行动方案（2026—2027年）》，提出到2027年人工智能核心产业规模突破15亿元。该市不少企业由港澳乡亲投资兴办，方案提出「侨乡智治」，引起本港侨团关注。以下为方案全文："
    )
    return f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<title>{conv(TITLE)}｜{conv("大湾区")}｜{head}</title>
<meta property="og:site_name" content="{head}">
<meta property="article:published_time" content="2026-03-24T10:30:00+08:00">
<script>window.dataLayer=window.dataLayer||[];</script>
<style>.nav a{{margin:0 6px}}</style>
</head>
<body>
<header><div class="logo">{head}</div><nav class="nav"><a href="/">{conv("首页")}</a><a href="/news">{conv("即时新闻")}</a><a href="/gba">{conv("大湾区")}</a><a href="/finance">{conv("财经")}</a><a href="/property">{conv("地产")}</a><a href="/opinion">{conv("评论")}</a></nav></header>
<div class="crumb">{conv("首页")} &gt; {conv("大湾区")} &gt; {conv("政策")}</div>
<article>
<h1>{conv("开平推「人工智能+」行动方案　2027年核心产业规模破15亿")}</h1>
<div class="meta">{conv("发布时间")}：2026/03/24 10:30　{conv("记者")}：{conv("黄嘉敏")}　{conv("分享")}：Facebook｜WhatsApp</div>
<p>{lead}</p>
{article}
<p class="editor">{conv("责任编辑")}：{conv("陈子晴")}</p>
</article>
<aside><h3>{conv("相关新闻")}</h3><ul><li>{conv("大湾区城市加码人工智能　多地出台行动方案")}</li><li>{conv("侨团组织考察团赴五邑侨乡交流")}</li></ul></aside>
<footer><p>© 2026 {head}　{conv("版权所有，不得转载")}</p><p>{conv("关于我们")}｜{conv("联络我们")}｜{conv("私隐政策")}</p></footer>
</body>
</html>
"""


TEXT = _html()
PLAN = {
    "code": SLUG,
    "title": conv(TITLE),
    "title_en": "Kaiping City (Guangdong) “AI+” action plan 2026–2027, reposted in traditional characters — synthetic",
    "issuer": conv("开平市人民政府"),
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027, 2030],
    "source_file": f"{SLUG}.html",
}
EXTRACTION = {
    "zone": {
        "slug": "kaiping-city",
        "name": conv("开平市"),
        "name_en": "Kaiping City (Guangdong)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": agencies(A, conv),
    "goals": GOALS_,
    "sections": SECTIONS,
    "deadline": 2027,
}
SOURCE_CLEANING = {"opencc": "t2s"}  # the extraction holds the cleaned text (SOURCES.md)
HEADER = """\
# 開平市「人工智能+」行動方案（2026—2027年） (開平市人民政府, 2026-03-20), as a Hong Kong news site reposts it in traditional characters
# — SYNTHETIC (synthetic_bx): WRITTEN by the collector (helper blindBX, 2026-12-07) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_kaiping.py (.html, UTF-8). Printed in traditional characters; the
#   extraction declares source_cleaning opencc t2s and holds the cleaned (simplified) names and texts, as the corpus convention
#   has it (corrected by helper rBX after measurement 1; the blind extraction held the traditional text). See SYNTHETIC_BX.md for the outline, roles, targets and judgement calls.
"""
