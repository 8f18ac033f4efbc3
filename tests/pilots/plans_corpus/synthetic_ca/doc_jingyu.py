# ruff: noqa: E501  (plan text as the office writes it)
"""靖宇县推进“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_ca). The county's 政务公开 page saved as .html: the
信息公开 table, the notice and the 行动方案 (tasks 1.–24. numbered on across parts 二、–五、, each closing on "（X牵头，Y配合）"),
then on the same page its 政策解读 "一图读懂" (headings and short bullet captions restating the figures in other words), a 附件
list of links and a 相关文件 box."""

from common import T, agencies, item
from synthetic_model import Goal, Section

SLUG = "jingyu-ai-plus-action-plan-2026-synthetic"
TITLE = "靖宇县推进“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "靖政发〔2026〕3号"

A = {
    "fgj": ("靖宇县发展和改革局", "development_reform", ["县发展改革局"]),
    "gxj": ("靖宇县工业和信息化局", "industry_it", ["县工信局"]),
    "zsj": ("靖宇县政务服务和数字化建设管理局", "big_data", ["县政数局"]),
    "kjj": ("靖宇县科学技术局", "science_technology", ["县科技局"]),
    "czj": ("靖宇县财政局", "finance", ["县财政局"]),
    "jyj": ("靖宇县教育局", "education", ["县教育局"]),
    "wjj": ("靖宇县卫生健康局", "health", ["县卫健局"]),
    "nyj": ("靖宇县农业农村局", "agriculture", ["县农业农村局"]),
    "lyj": ("靖宇县林业局", "natural_resources", ["县林业局"]),
    "wlj": ("靖宇县文化广播电视和旅游局", "culture_tourism", ["县文旅局"]),
    "swj": ("靖宇县商务局", "commerce", ["县商务局"]),
    "rsj": ("靖宇县人力资源和社会保障局", "human_resources", ["县人社局"]),
    "yjj": ("靖宇县应急管理局", "emergency", ["县应急局"]),
    "mzj": ("靖宇县民政局", "civil_affairs", ["县民政局"]),
    "scj": ("靖宇县市场监督管理局", "market_regulation", ["县市场监管局"]),
    "gaj": ("靖宇县公安局", "public_security", ["县公安局"]),
    "zrj": ("靖宇县自然资源局", "natural_resources", ["县自然资源局"]),
    "kqs": ("靖宇县矿泉水产业发展服务中心", "other", ["县矿泉水产业中心"]),
    "xz": ("靖宇县各乡镇人民政府", "local_government", ["各乡镇人民政府"]),
}

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Jingyu County action plan for the “AI+” action 2026–2028 — synthetic",
    "issuer": "靖宇县人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

PARAS = []
GOALS = []


def p(text, style="p"):
    PARAS.append((style, text))


p(DOC_NUMBER, "center")
p("各乡镇人民政府，县政府各委、办、局，各直属机构：", "plain")
p("现将《靖宇县推进“人工智能+”行动方案（2026—2028年）》印发给你们，请结合工作实际，认真贯彻执行。")
p("靖宇县人民政府", "right")
p("2026年4月15日", "right")
p("（此件公开发布）", "center")
p(TITLE, "center")
p(
    "为抢抓人工智能发展机遇，推动人工智能与矿泉水、人参、林下经济、生态旅游等特色产业和社会治理深度融合，依据国家、省、市关于实施“人工智能+”行动的有关部署，结合我县实际，制定本方案。"
)
p("一、总体要求", "h")
p(
    "坚持需求导向。从产业发展和群众需求出发谋划应用场景。坚持特色发展。围绕矿泉水、人参等县域特色产业推进智能化改造。坚持统筹集约。依托上级平台和现有设施，避免重复建设。坚持安全发展。强化数据安全保护和网络安全防护。"
)
p(
    "坚持需求导向、场景驱动、数据赋能、安全发展，以特色产业智能化为主线，以公共服务智能化为重点，全面提升县域数字化、智能化水平。截至2025年底，全县规模以上工业企业上云率为46%，已建成智能化生产线9条，全县共有数字经济核心企业11家。但与先进地区相比，我县数字基础设施仍有短板，数据资源开发利用不足，企业智能化改造意愿和能力不强，专业人才较为缺乏，亟需加快推进人工智能与县域经济社会发展深度融合。"
)
G1 = "到2026年，全县矿泉水企业智能化生产线达到15条，建成“人工智能+”应用场景20个，县域政务服务智能应用覆盖率达到50%。"
G2 = "到2028年，全县规模以上工业企业上云率达到80%，矿泉水企业智能化生产线达到30条以上，人参、林下产品电商交易额突破10亿元，建成“人工智能+”应用场景50个以上，数字经济核心企业达到25家，培养本土数字人才1000名，实现乡镇智慧便民服务站全覆盖。"
p(G1)
p(G2)
GOALS.append(
    Goal(
        "到2026年",
        G1,
        [
            T(
                "矿泉水企业智能化生产线",
                "条",
                "eq",
                15,
                "全县矿泉水企业智能化生产线达到15条",
                deadline=2026,
            ),
            T("“人工智能+”应用场景", "个", "eq", 20, "建成“人工智能+”应用场景20个", deadline=2026),
            T(
                "县域政务服务智能应用覆盖率",
                "%",
                "eq",
                50,
                "县域政务服务智能应用覆盖率达到50%",
                deadline=2026,
            ),
        ],
    )
)
GOALS.append(
    Goal(
        "到2028年",
        G2,
        [
            T("规模以上工业企业上云率", "%", "eq", 80, "全县规模以上工业企业上云率达到80%"),
            T("矿泉水企业智能化生产线", "条", "gte", 30, "矿泉水企业智能化生产线达到30条以上"),
            T("人参、林下产品电商交易额", "亿元", "gt", 10, "人参、林下产品电商交易额突破10亿元"),
            T("“人工智能+”应用场景", "个", "gte", 50, "建成“人工智能+”应用场景50个以上"),
            T("数字经济核心企业", "家", "eq", 25, "数字经济核心企业达到25家"),
            T("本土数字人才", "名", "eq", 1000, "培养本土数字人才1000名", aggregation="flow"),
        ],
    )
)

_count = [0]


def ann(lead, sup=()):
    text = "、".join(A[c][2][0] for c in lead) + "牵头"
    if sup:
        text += "，" + "、".join(A[c][2][0] for c in sup) + "配合"
    return f"（{text}）"


EXTRA = {
    "建设水源地智能监测系统": "建立水源地保护数据台账，对异常数据实行自动报警和闭环处置，守牢矿泉水资源保护底线。",
    "推动企业上云用数赋智": "支持企业使用云上研发设计、生产管理、营销服务等数字化工具，降低中小企业数字化转型成本。",
    "引育数字经济企业": "建立重点招商项目库，落实项目专班服务机制，推动签约项目早落地、早投产。",
    "建设乡镇智慧便民服务站": "推动服务站与村级综合服务设施共建共用，方便群众就近办事。",
    "推进就业服务智能化": "推动就业信息与社保、教育等数据共享，为高校毕业生、农民工等重点群体提供精准就业服务。",
    "推进市场监管智能化": "推动检验检测数据共享，提升产品质量安全风险智能预警能力。",
    "加强数据和网络安全": "建立重要数据目录和安全风险评估机制，加强对个人信息的保护。",
    "培养本土数字人才": "完善人才服务保障政策，落实住房、子女入学等方面支持措施，吸引外出人才返乡创业就业。",
    "建设县域算力节点": "推动算力节点与上级政务云平台互联互通，为企业和机关单位提供算力、模型和数据服务。",
    "完善网络设施": "推动农村光纤网络提速，提升偏远山区网络覆盖质量，保障森林防火等业务通信需求。",
    "推进矿泉水产业智能化": "推动矿泉水企业建立生产、仓储、物流全流程数据体系，提升“长白山矿泉水”品牌的市场竞争力。",
    "发展农村电商": "推动农产品电商公共服务中心建设，完善县乡村三级物流配送体系。",
    "推进政务服务智能化": "推动政务服务事项办理流程再造，减环节、减材料、减时限，提升企业和群众办事满意度。",
    "推进智慧教育": "推动城乡学校结对开展同步课堂，促进城乡教育资源共享。",
    "推进智慧养老": "推动居家养老、社区养老和机构养老服务信息互联互通。",
    "推进平安靖宇智能化建设": "推动重点部位、重点场所视频智能分析应用，提升社会治安防控能力。",
    "推进数据资源整合": "建立数据质量核查和问题数据整改机制，推动公共数据在惠企、便民领域深度应用。",
    "推进人参产业智能化": "推动人参种植、加工、销售环节数据互联互通，提升“靖宇人参”品牌影响力。",
    "发展智慧林业": "推动林下经济资源智能调查和监测，提升森林资源管护的精准化水平。",
    "推进智慧文旅": "推动景区客流智能监测和预警，开发冰雪旅游、红色旅游等智能化体验产品。",
    "推进智慧医疗": "推广智能辅助诊断、慢病智能随访等应用，提升基层医疗卫生服务能力。",
    "提升应急管理智能化水平": "推动应急预案数字化，开展智能化应急演练，提高突发事件处置效率。",
}


def part(code, numbering, title, kind, rows):
    p(f"{numbering}{title}", "h")
    tasks = []
    rows = [(r[0], r[1] + EXTRA.get(r[0], ""), *r[2:]) for r in rows]
    for row in rows:
        _count[0] += 1
        n = f"{_count[0]}."
        title_, body, lead, sup, *rest = row
        task, text = item(
            n, title_, body, ann(lead, sup), lead, (), sup, rest[0] if rest else (), goals=GOALS
        )
        tasks.append(task)
        p(f"{n}{text}")
    return Section(code, numbering, title, kind, tasks)


S2 = part(
    "S2",
    "二、",
    "筑牢智能化发展基础",
    "key_task",
    [
        (
            "建设县域算力节点",
            "利用县政务云机房建设县域算力节点，到2028年县域算力规模达到20P，满足政务、产业模型推理需求。",
            ("zsj",),
            ("gxj", "fgj"),
            [T("县域算力规模", "P", "eq", 20, "到2028年县域算力规模达到20P")],
        ),
        (
            "推进数据资源整合",
            "完善县级政务数据共享交换平台，推动部门数据“应归尽归”，编制政务数据资源目录，2026年底前归集数据1亿条。",
            ("zsj",),
            (),
            [T("归集数据", "条", "eq", 100000000, "2026年底前归集数据1亿条", deadline=2026)],
        ),
        (
            "完善网络设施",
            "推进5G基站向景区、林区、矿泉水产业园延伸，新建5G基站120个。",
            ("gxj",),
            ("lyj", "kqs"),
            [T("新建5G基站", "个", "eq", 120, "新建5G基站120个", aggregation="flow")],
        ),
    ],
)

S3 = part(
    "S3",
    "三、",
    "推动特色产业智能化",
    "key_task",
    [
        (
            "推进矿泉水产业智能化",
            "支持矿泉水企业建设智能灌装、智能仓储和质量追溯系统，到2028年矿泉水企业智能化生产线达到30条以上，对新建智能化生产线按设备投资额的10%给予奖补，最高不超过80万元。",
            ("gxj",),
            ("kqs", "czj"),
        ),
        (
            "建设水源地智能监测系统",
            "对全县矿泉水水源地实施水位、水质在线智能监测，建设监测站点36个。",
            ("kqs",),
            ("zrj",),
            [T("水源地智能监测站点", "个", "eq", 36, "建设监测站点36个")],
        ),
        (
            "推进人参产业智能化",
            "推广人参智能种植管理系统，建设人参数字化种植基地3个，面积达到5000亩，建立人参全产业链质量追溯体系。",
            ("nyj",),
            ("lyj", "scj"),
            [
                T("人参数字化种植基地", "个", "eq", 3, "建设人参数字化种植基地3个"),
                T("人参数字化种植基地面积", "亩", "eq", 5000, "面积达到5000亩"),
            ],
        ),
        (
            "发展智慧林业",
            "运用无人机巡护、红外相机和智能识别技术，实现重点林区森林防火智能监测覆盖率达到90%。",
            ("lyj",),
            ("yjj",),
            [
                T(
                    "重点林区森林防火智能监测覆盖率",
                    "%",
                    "eq",
                    90,
                    "重点林区森林防火智能监测覆盖率达到90%",
                )
            ],
        ),
        (
            "发展农村电商",
            "推广人工智能选品、智能客服、数字人直播等工具，培育电商主播100名，建设县级电商直播基地1个。",
            ("swj",),
            ("nyj", "rsj"),
            [
                T("电商主播", "名", "eq", 100, "培育电商主播100名"),
                T("县级电商直播基地", "个", "eq", 1, "建设县级电商直播基地1个"),
            ],
        ),
        (
            "推动企业上云用数赋智",
            "开展中小企业数字化转型诊断，每年组织企业数字化转型培训不少于4场。",
            ("gxj",),
            ("czj",),
            [
                T(
                    "企业数字化转型培训",
                    "场",
                    "gte",
                    4,
                    "每年组织企业数字化转型培训不少于4场",
                    per_year=True,
                )
            ],
        ),
        (
            "推进智慧文旅",
            "建设全域智慧旅游服务平台，推广智能导览、智能票务，打造智慧景区3个、数字文旅体验项目5个。",
            ("wlj",),
            ("zsj",),
            [
                T("智慧景区", "个", "eq", 3, "打造智慧景区3个"),
                T("数字文旅体验项目", "个", "eq", 5, "数字文旅体验项目5个"),
            ],
        ),
        (
            "引育数字经济企业",
            "围绕软件服务、数据标注、智能装备运维等领域招引企业，力争每年新增数字经济核心企业4家。",
            ("gxj",),
            ("swj", "fgj"),
            [
                T(
                    "新增数字经济核心企业",
                    "家",
                    "eq",
                    4,
                    "力争每年新增数字经济核心企业4家",
                    per_year=True,
                )
            ],
        ),
    ],
)

S4 = part(
    "S4",
    "四、",
    "提升公共服务智能化水平",
    "key_task",
    [
        (
            "推进政务服务智能化",
            "推广“AI+政务”智能问答和智能审批，实现50项高频事项“智能秒办”。",
            ("zsj",),
            ("scj",),
            [T("高频事项“智能秒办”", "项", "eq", 50, "实现50项高频事项“智能秒办”")],
        ),
        (
            "推进智慧教育",
            "建设县域教育资源云平台，全县中小学智慧课堂覆盖率达到70%，开展教师数字素养培训800人次。",
            ("jyj",),
            ("zsj",),
            [
                T("中小学智慧课堂覆盖率", "%", "eq", 70, "全县中小学智慧课堂覆盖率达到70%"),
                T(
                    "教师数字素养培训",
                    "人次",
                    "eq",
                    800,
                    "开展教师数字素养培训800人次",
                    aggregation="flow",
                ),
            ],
        ),
        (
            "推进智慧医疗",
            "推动县域医共体智能化建设，乡镇卫生院远程影像诊断覆盖率达到100%。",
            ("wjj",),
            ("zsj",),
            [
                T(
                    "乡镇卫生院远程影像诊断覆盖率",
                    "%",
                    "eq",
                    100,
                    "乡镇卫生院远程影像诊断覆盖率达到100%",
                )
            ],
        ),
        (
            "推进智慧养老",
            "建设县级智慧养老服务平台，为农村留守老人配备智能呼叫设备1500台。",
            ("mzj",),
            ("xz",),
            [
                T(
                    "农村留守老人智能呼叫设备",
                    "台",
                    "eq",
                    1500,
                    "为农村留守老人配备智能呼叫设备1500台",
                )
            ],
        ),
        (
            "建设乡镇智慧便民服务站",
            "在每个乡镇建设1个智慧便民服务站，提供政务代办、远程问诊、电商服务等功能。",
            ("zsj",),
            ("xz",),
            [T("每个乡镇智慧便民服务站", "个", "eq", 1, "在每个乡镇建设1个智慧便民服务站")],
        ),
        (
            "推进就业服务智能化",
            "建设智慧就业服务平台，实现岗位智能推送，每年开展数字技能培训600人次。",
            ("rsj",),
            ("jyj",),
            [T("数字技能培训", "人次", "eq", 600, "每年开展数字技能培训600人次", per_year=True)],
        ),
    ],
)

S5 = part(
    "S5",
    "五、",
    "提升社会治理智能化水平",
    "key_task",
    [
        (
            "推进平安靖宇智能化建设",
            "推进公共安全视频监控建设联网应用，新增智能感知前端设备800个。",
            ("gaj",),
            ("zsj", "xz"),
            [
                T(
                    "新增智能感知前端设备",
                    "个",
                    "eq",
                    800,
                    "新增智能感知前端设备800个",
                    aggregation="flow",
                )
            ],
        ),
        (
            "提升应急管理智能化水平",
            "建设县级应急指挥智能调度系统，整合气象、水利、林业等监测数据，提升灾害预警能力。",
            ("yjj",),
            ("lyj", "zrj"),
        ),
        (
            "推进市场监管智能化",
            "推广食品安全智慧监管系统，实现矿泉水生产企业“互联网+明厨亮灶”“互联网+智慧监管”全覆盖。",
            ("scj",),
            ("kqs",),
        ),
        (
            "培养本土数字人才",
            "实施“长白数智人才”培育工程，到2028年培养本土数字人才1000名，组织县内企业与高校共建实训基地。",
            ("rsj",),
            ("jyj", "gxj", "kjj"),
        ),
        (
            "加强数据和网络安全",
            "落实数据分类分级保护制度，定期开展网络安全检查和应急演练。",
            ("zsj",),
            ("gaj",),
        ),
    ],
)

S6 = Section("S6", "六、", "保障措施", "safeguard", [])
p("六、保障措施", "h")
for n, (title, body) in enumerate(
    [
        (
            "加强组织领导",
            "成立由县政府主要领导任组长的工作领导小组，领导小组办公室设在县政数局，统筹推进方案实施。各牵头单位要制定具体工作措施，配合单位要主动对接、密切配合，形成上下联动、部门协同的工作格局。",
        ),
        (
            "强化资金保障",
            "县财政每年统筹安排数字化发展专项资金不少于300万元，积极争取上级资金支持，引导金融机构加大对数字化项目的信贷支持力度。",
        ),
        ("强化督导评估", "建立任务台账，每半年通报一次工作进展，将任务落实情况纳入年度绩效考核。"),
    ],
    1,
):
    numbering = "（" + "一二三"[n - 1] + "）"
    task, text = item(numbering, title, body, goals=GOALS)
    S6.tasks.append(task)
    p(f"{numbering}{text}")

SECTIONS = [S2, S3, S4, S5, S6]

INTERPRETATION = [
    ("h", "一图读懂｜《靖宇县推进“人工智能+”行动方案（2026—2028年）》"),
    ("h", "三年目标"),
    ("li", "矿泉水智能化生产线：三年翻一番，迈上30条"),
    ("li", "“人工智能+”应用场景：两年20个，三年50个以上"),
    ("li", "电商交易额：人参、林下产品突破十亿元大关"),
    ("li", "上云率：规上工业企业八成上云"),
    ("li", "数字人才：本土培养千名"),
    ("h", "四大任务"),
    ("li", "筑牢基础：县域算力20P、数据归集过亿条"),
    ("li", "特色产业：矿泉水、人参、林业、电商、文旅"),
    ("li", "公共服务：50项高频事项智能秒办，乡镇便民站全覆盖"),
    ("li", "社会治理：平安靖宇、应急指挥、智慧监管"),
    ("h", "三项保障"),
    ("li", "组织领导　资金保障（每年300万元以上）　督导评估"),
]


def _html():
    body = []
    for style, text in PARAS:
        if style == "center":
            body.append(f'<p style="text-align:center;">{text}</p>')
        elif style == "right":
            body.append(f'<p style="text-align:right;">{text}</p>')
        elif style == "h":
            body.append(f'<p style="text-indent:2em;"><b>{text}</b></p>')
        elif style == "plain":
            body.append(f"<p>{text}</p>")
        else:
            body.append(f'<p style="text-indent:2em;">{text}</p>')
    interp = []
    for style, text in INTERPRETATION:
        interp.append(f"<h3>{text}</h3>" if style == "h" else f"<ul><li>{text}</li></ul>")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE}_县政府文件_靖宇县人民政府</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="ColumnName" content="县政府文件">
<link rel="stylesheet" href="/css/zwgk.css">
</head>
<body>
<div class="head"><span>靖宇县人民政府</span><span>政务公开</span></div>
<div class="crumbs">首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 县政府文件</div>
<table class="xxgk">
<tr><td>索引号：</td><td>11220622013000000X/2026-00031</td><td>分类：</td><td>科技、信息产业</td></tr>
<tr><td>发布机构：</td><td>靖宇县人民政府</td><td>成文日期：</td><td>2026年04月15日</td></tr>
<tr><td>名称：</td><td colspan="3">靖宇县人民政府关于印发《{TITLE}》的通知</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026年04月17日</td></tr>
</table>
<div class="content">
<h1>靖宇县人民政府关于印发《{TITLE}》的通知</h1>
{chr(10).join(body)}
</div>
<div class="attach">
<p>附件：</p>
<ul>
<li><a href="/files/2026/04/P020260417-1.pdf">1.靖宇县推进“人工智能+”行动方案（2026—2028年）.pdf</a></li>
<li><a href="/files/2026/04/P020260417-2.xlsx">2.靖宇县“人工智能+”行动重点任务分工表.xlsx</a></li>
</ul>
</div>
<div class="jiedu">
<p class="jd-title">政策解读</p>
{chr(10).join(interp)}
<p>（来源：靖宇县政务服务和数字化建设管理局）</p>
</div>
<div class="related">
<p class="related-title">相关文件</p>
<ul>
<li><a href="/zwgk/wj/2025/">靖宇县数字经济发展规划（2025—2030年）</a></li>
<li><a href="/zwgk/wj/2026/">靖宇县2026年政务公开工作要点</a></li>
<li><a href="/zwgk/jd/2026/">【文字解读】《靖宇县推进“人工智能+”行动方案（2026—2028年）》</a></li>
</ul>
</div>
<div class="foot">主办单位：靖宇县人民政府办公室　技术支持：靖宇县政务服务和数字化建设管理局　吉ICP备00000002号</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "jingyu-county",
        "name": "靖宇县",
        "name_en": "Jingyu County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": agencies(A),
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 靖宇县推进“人工智能+”行动方案（2026—2028年） (靖宇县人民政府, 靖政发〔2026〕3号, 2026-04-15)
# — SYNTHETIC (synthetic_ca): WRITTEN by the collector (helper blindCA, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_jingyu.py as the 政务公开 page saved (.html, UTF-8).
# Zone jingyu-county (吉林 靖宇县; its city is never named) → county level; period 2026–2028.
# Outline: 信息公开 table, notice, title, preamble; 一、总体要求 = a principles paragraph ending on 2025 baselines (46%, 9条, 11家:
#   no targets) and two dated goal paragraphs → goals 到2026年 (3) and 到2028年 (6). Parts 二、–五、 (key_task) of tasks 1.–24.
#   NUMBERED ON across the parts, one paragraph each closing on （X牵头，Y、Z配合） → lead, supporting; 六、保障措施 （一）–（三）
#   (safeguards, unannotated; 领导小组办公室设在县政数局 assigns no role). After the plan, on the same page: a 附件 list (links), the
#   政策解读 "一图读懂" (headings 三年目标 / 四大任务 / 三项保障 and bullet captions restating the plan's figures in other words —
#   翻一番, 八成, 千名, 十亿元, 过亿条: no task, no goal, no target) and a 相关文件 box: none of it extracted.
# Targets: a task holding figures is also a goal titled like the task (text without annotation), numbered like it. Restated →
#   no second target, and the task no goal: 7. 矿泉水…30条以上 (the 2028 goal's), 23. 培养本土数字人才1000名 (the 2028 goal's).
#   Not targets: 2025 baselines, a 10% 奖补 and its 80万元 cap, 300万元 annual budget (safeguard), 每半年通报一次 (a routine).
#   1亿条 → 100000000 条 (万/亿 multiplied out for non-money units). 在每个乡镇建设1个 → a per-town quota target. Figures with no
#   year → due 2028; "2026年底前" → 2026.
"""
