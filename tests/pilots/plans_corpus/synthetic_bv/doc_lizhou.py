# ruff: noqa: E501  (plan text as the portal prints it)
"""广元市利州区推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_bv). The district portal's article saved by
a browser as a single-file web archive (.mht): the page quoted-printable in GBK, a CSS part and an image part; the
text in <p> with &nbsp; indents and <span style> runs, each task's annotation in a <font> tag; items 1．–22． numbered
on across four groups; unnumbered bold-led safeguard paragraphs."""

from html import escape

from common import T, agencies, model
from synthetic_model import Section

SLUG = "lizhou-ai-plus-implementation-2026-synthetic"
KIND = "mht"
URL = "http://www.lizhou.gov.cn/zwgk/zcwj/qzfbwj/202605/t20260514_2231875.html"
CSS_URL = "http://www.lizhou.gov.cn/images/xxgk_article.css"
IMG_URL = "http://www.lizhou.gov.cn/images/logo_lizhou.png"

A = {
    "区发展和改革局": ("fgj", "广元市利州区发展和改革局", "development_reform"),
    "区经济和信息化局": ("jxj", "广元市利州区经济和信息化局", "industry_it"),
    "区科学技术局": ("kjj", "广元市利州区科学技术局", "science_technology"),
    "区数据局": ("sjj", "广元市利州区数据局", "big_data"),
    "区财政局": ("czj", "广元市利州区财政局", "finance"),
    "区商务局": ("swj", "广元市利州区商务局", "commerce"),
    "区教育局": ("jyj", "广元市利州区教育局", "education"),
    "区卫生健康局": ("wjj", "广元市利州区卫生健康局", "health"),
    "区文化广播电视和旅游局": ("wlj", "广元市利州区文化广播电视和旅游局", "culture_tourism"),
    "区农业农村局": ("nyj", "广元市利州区农业农村局", "agriculture"),
    "区人力资源和社会保障局": ("rsj", "广元市利州区人力资源和社会保障局", "human_resources"),
    "区住房和城乡建设局": ("zjj", "广元市利州区住房和城乡建设局", "housing_construction"),
    "区民政局": ("mzj", "广元市利州区民政局", "civil_affairs"),
    "区应急管理局": ("yjj", "广元市利州区应急管理局", "emergency"),
    "区市场监督管理局": ("scj", "广元市利州区市场监督管理局", "market_regulation"),
    "区行政审批局": ("spj", "广元市利州区行政审批局", "government_services"),
    "利州经济开发区管委会": ("kfq", "利州经济开发区管理委员会", "park_administration"),
    "各乡镇人民政府、街道办事处": (
        "xz",
        "广元市利州区各乡镇人民政府、街道办事处",
        "local_government",
    ),
}
AGENCIES = agencies(A)

TITLE = "广元市利州区推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "广利府办发〔2026〕17号"
PAGE_TITLE = "广元市利州区人民政府办公室关于印发《广元市利州区推进“人工智能+”行动实施方案（2026—2027年）》的通知_利州区人民政府"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Lizhou District (Guangyuan, Sichuan) “AI+” implementation plan (2026–2027) — synthetic",
    "issuer": "广元市利州区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-05-12",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.mht",
}

NOTICE = f"《{TITLE}》已经区政府第41次常务会议审议通过，现印发给你们，请结合实际认真贯彻执行。"
PREAMBLE = "为深入贯彻落实国家、省、市关于实施“人工智能+”行动的部署要求，加快人工智能与实体经济深度融合，推动全区产业转型升级和城市治理能力提升，结合利州实际，制定本方案。"
BASE = "2025年，全区数字经济核心产业增加值达到28.6亿元，拥有人工智能相关企业34家，建成5G基站1260个，区级政务数据共享平台累计归集数据1.8亿条，为发展人工智能奠定了良好基础。"
BASE2 = "同时也要看到，我区人工智能产业规模总体偏小，龙头企业和高端人才缺乏，算力、数据等要素供给不足，部分企业对人工智能应用认识不深、投入意愿不强，应用场景开放程度不高，与先进地区相比仍有较大差距。必须进一步增强紧迫感和使命感，抢抓国家推进“人工智能+”行动的重大机遇，加快补齐短板、锻造长板，推动人工智能更好赋能高质量发展。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委“四化同步、城乡融合、五区共兴”发展战略和市委建设“一枢纽三中心三基地”部署要求，坚持场景牵引、企业主体、数据赋能、安全可控，以推动人工智能与实体经济深度融合为主线，以打造川陕甘结合部人工智能应用高地为目标，加快培育发展新质生产力，为建设幸福美丽生态利州提供有力支撑。"
PRINCIPLES = "——坚持场景牵引。以应用场景开放带动技术迭代和产业集聚，推动人工智能在生产生活各领域落地见效。——坚持企业主体。充分发挥市场在资源配置中的决定性作用，激发各类经营主体创新活力，更好发挥政府规划引导和政策支持作用。——坚持集约共享。统筹利用全市算力、数据和平台资源，推动基础设施共建共享，避免重复建设和资源浪费。——坚持安全可控。统筹发展和安全，健全人工智能安全治理体系，守住数据安全和网络安全底线。"
GOAL_TEXT = "到2027年，全区人工智能相关企业达到60家，人工智能核心产业规模突破20亿元，智能算力规模达到150P，打造市级以上人工智能应用示范场景30个，规模以上工业企业关键工序数控化率达到68%，人工智能赋能经济社会发展取得明显成效。"
G1 = [
    T("人工智能相关企业", "家", "eq", 60, "人工智能相关企业达到60家"),
    T("人工智能核心产业规模", "亿元", "gt", 20, "人工智能核心产业规模突破20亿元"),
    T("智能算力规模", "P", "eq", 150, "智能算力规模达到150P"),
    T("市级以上人工智能应用示范场景", "个", "eq", 30, "打造市级以上人工智能应用示范场景30个"),
    T("规模以上工业企业关键工序数控化率", "%", "eq", 68, "规模以上工业企业关键工序数控化率达到68%"),
]
G2_TEXT = "力争到2026年底，培育人工智能赋能制造业标杆企业3家，发布人工智能应用场景清单2批次，政务服务“智能导办”覆盖事项达到500项以上。"
LINES = [
    (
        "力争到2026年底",
        G2_TEXT,
        [
            T(
                "人工智能赋能制造业标杆企业",
                "家",
                "eq",
                3,
                "培育人工智能赋能制造业标杆企业3家",
                deadline=2026,
            ),
            T(
                "发布人工智能应用场景清单",
                "批次",
                "eq",
                2,
                "发布人工智能应用场景清单2批次",
                deadline=2026,
                aggregation="flow",
            ),
            T(
                "政务服务“智能导办”覆盖事项",
                "项",
                "gte",
                500,
                "政务服务“智能导办”覆盖事项达到500项以上",
                deadline=2026,
            ),
        ],
    )
]

GROUPS = [
    (
        "（一）",
        "筑牢智能基础底座",
        [
            (
                "1．",
                "扩容智能算力",
                "推动川北智算中心利州节点扩容升级，引导企业租用公共算力资源，对租用智能算力的中小企业按年度费用的20%给予补助，单户每年最高不超过15万元。",
                ["区发展和改革局"],
                [],
                ["区经济和信息化局", "区财政局", "利州经济开发区管委会"],
                [],
            ),
            (
                "2．",
                "推动数据资源汇聚",
                "完善区级数据共享交换平台，推进政务数据、公共数据和社会数据融合利用，到2027年建设行业高质量数据集10个。",
                ["区数据局"],
                [],
                ["区发展和改革局", "区经济和信息化局"],
                [T("建设行业高质量数据集", "个", "eq", 10, "建设行业高质量数据集10个")],
            ),
            (
                "3．",
                "完善新型网络设施",
                "加快千兆光网和5G网络向产业园区、重点场所延伸，新建5G基站300个，推进物联网感知设施规模化部署。",
                ["区经济和信息化局"],
                [],
                ["区住房和城乡建设局", "各乡镇人民政府、街道办事处"],
                [T("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow")],
            ),
            (
                "4．",
                "建设城市智能中枢",
                "依托城市运行管理服务平台，集成城市管理、生态环境、交通运行等数据，构建城市运行智能体征指标体系，推动城市运行态势一屏感知、风险隐患智能预警、事件处置协同联动。",
                [],
                ["区数据局", "区住房和城乡建设局"],
                [],
                [],
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能升级",
        [
            (
                "5．",
                "推进制造业智能化改造",
                "聚焦食品饮料、新材料、电子信息等优势产业，推动企业实施智能化改造项目，建设智能工厂和数字化车间，到2027年累计实施智能化改造项目80个。",
                ["区经济和信息化局"],
                [],
                ["利州经济开发区管委会", "区科学技术局"],
                [
                    T(
                        "累计实施智能化改造项目",
                        "个",
                        "eq",
                        80,
                        "累计实施智能化改造项目80个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "6．",
                "培育人工智能企业",
                "大力招引人工智能软硬件和解决方案企业，支持本地企业开展人工智能技术研发和产品创新，壮大人工智能产业规模。",
                ["区商务局"],
                [],
                ["区经济和信息化局", "区科学技术局"],
                [],
            ),
            (
                "7．",
                "建设人工智能产业园",
                "在利州经济开发区规划建设人工智能产业园，园区规划面积500亩，完善孵化加速和公共服务平台，推动产业集聚。",
                ["利州经济开发区管委会"],
                [],
                ["区发展和改革局", "区住房和城乡建设局"],
                [],
            ),
            (
                "8．",
                "发展智慧文旅",
                "推动剑门蜀道、千佛崖等文旅资源数字化，打造沉浸式体验和智能导览项目，开发人工智能文旅数字人。",
                ["区文化广播电视和旅游局"],
                [],
                ["区数据局"],
                [],
            ),
            (
                "9．",
                "发展智慧农业",
                "推广智能灌溉、病虫害智能识别和农产品质量追溯，建设数字农业示范基地5个。",
                ["区农业农村局"],
                [],
                ["各乡镇人民政府、街道办事处"],
                [T("建设数字农业示范基地", "个", "eq", 5, "建设数字农业示范基地5个")],
            ),
            (
                "10．",
                "发展智慧商贸",
                "推动商贸流通企业应用智能营销、智能仓储和无人配送，培育直播电商和跨境电商新业态，支持商贸企业运用大模型开展智能选品、智能客服和精准营销。",
                ["区商务局"],
                [],
                ["区市场监督管理局"],
                [],
            ),
        ],
    ),
    (
        "（三）",
        "深化社会民生智能应用",
        [
            (
                "11．",
                "推进智慧教育",
                "建设区域教育大数据平台，推广人工智能助教、智能作业批改和个性化学习应用，开展人工智能教育特色学校创建。",
                ["区教育局"],
                [],
                ["区数据局"],
                [],
            ),
            (
                "12．",
                "推进智慧医疗",
                "推动区属医疗机构应用人工智能辅助诊断、智能导诊和慢病管理，推进检查检验结果互认共享。",
                ["区卫生健康局"],
                [],
                ["区数据局"],
                [],
            ),
            (
                "13．",
                "推进智慧养老",
                "推广智能监护、紧急呼叫等适老化产品，建设智慧养老服务平台，为特殊困难老年人提供智能化服务。",
                ["区民政局"],
                [],
                ["区卫生健康局", "各乡镇人民政府、街道办事处"],
                [],
            ),
            (
                "14．",
                "推进智慧就业服务",
                "建设人岗智能匹配服务平台，开展线上职业技能培训，提升就业服务精准度。",
                ["区人力资源和社会保障局"],
                [],
                [],
                [],
            ),
            (
                "15．",
                "建设智慧社区",
                "推动社区服务、物业管理、安防监控等智能化，建设智慧社区示范点15个。",
                [],
                ["区民政局", "区住房和城乡建设局", "各乡镇人民政府、街道办事处"],
                [],
                [T("建设智慧社区示范点", "个", "eq", 15, "建设智慧社区示范点15个")],
            ),
        ],
    ),
    (
        "（四）",
        "提升政务治理智能水平",
        [
            (
                "16．",
                "推行政务服务智能导办",
                "在政务服务中心部署智能导办终端和政务大模型助手，推动高频事项智能预审、自动填表。",
                ["区行政审批局"],
                [],
                ["区数据局"],
                [],
            ),
            (
                "17．",
                "推进机关智能办公",
                "推广公文辅助起草、会议纪要智能生成等应用，提升机关办公效率，推动部门业务系统接入政务大模型，探索建立人工智能辅助决策机制。",
                ["区数据局"],
                [],
                [],
                [],
            ),
            (
                "18．",
                "提升应急管理智能化水平",
                "建设地质灾害、森林火灾、城市内涝智能监测预警系统，完善应急指挥调度体系。",
                ["区应急管理局"],
                [],
                ["区住房和城乡建设局", "各乡镇人民政府、街道办事处"],
                [],
            ),
            (
                "19．",
                "推进智慧市场监管",
                "运用人工智能开展食品安全、特种设备风险智能识别和预警，推进信用监管智能化。",
                ["区市场监督管理局"],
                [],
                [],
                [],
            ),
            (
                "20．",
                "开放应用场景",
                "定期征集发布人工智能应用场景清单，组织场景供需对接活动，推动场景开放与企业创新良性互动，对入选省、市典型案例的场景项目优先推荐争取上级支持。",
                ["区发展和改革局"],
                [],
                ["区经济和信息化局", "区科学技术局"],
                [],
            ),
            (
                "21．",
                "加强人才引育",
                "实施数字人才引育行动，每年引进人工智能领域专业人才50名以上，开展企业经营管理人员人工智能专题培训。",
                ["区人力资源和社会保障局"],
                [],
                ["区经济和信息化局"],
                [
                    T(
                        "每年引进人工智能领域专业人才",
                        "名",
                        "gte",
                        50,
                        "每年引进人工智能领域专业人才50名以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "22．",
                "强化安全保障",
                "落实数据安全和网络安全责任制，加强人工智能算法和生成内容安全管理。",
                [],
                ["区数据局", "区市场监督管理局"],
                [],
                [],
            ),
        ],
    ),
]
SAFEGUARDS = [
    (
        None,
        "加强组织领导",
        "成立区推进“人工智能+”行动领导小组，统筹协调重大事项，领导小组办公室设在区经济和信息化局，负责日常工作。",
    ),
    (
        None,
        "加大政策支持",
        "统筹用好各级专项资金，区财政每年安排不少于1000万元支持人工智能发展，落实算力、场景、人才等支持政策。",
    ),
    (
        None,
        "强化考核督导",
        "将重点任务纳入年度目标绩效考核，建立“月调度、季通报、年考核”工作机制，定期通报进展情况，对工作推进不力的单位进行约谈，确保各项任务落地见效。",
    ),
    (
        None,
        "营造良好氛围",
        "充分利用各类媒体平台，广泛宣传人工智能发展政策、典型案例和应用成效，举办人工智能应用创新大赛、技术沙龙和成果展示等活动，提高全社会对人工智能的认知度和参与度，营造支持创新、宽容失败的良好氛围。",
    ),
]


def annotate(lead, resp, supp):
    parts = []
    if lead:
        parts.append("牵头单位：" + "、".join(lead))
    if resp:
        parts.append("责任单位：" + "、".join(resp))
    if supp:
        parts.append("配合单位：" + "、".join(supp))
    return "（" + "；".join(parts) + "）"


GOALS, SUBS, SG, PRINTED = model(A, "到2027年", GOAL_TEXT, G1, LINES, GROUPS, SAFEGUARDS, annotate)
SECTIONS = [
    Section("二", "二、", "重点任务", "key_task", sections=SUBS),
    Section("三", "三、", "保障措施", "safeguard", SG),
]

NB = "&nbsp;&nbsp;&nbsp;&nbsp;"


def p(text, style="font-family:仿宋_GB2312;font-size:16pt"):
    return f'<p style="line-height:28pt">{NB}<span style="{style}">{escape(text, quote=False)}</span></p>'


def heading(text):
    return p(text, "font-family:黑体;font-size:16pt")


body = [
    p(DOC_NUMBER, "font-family:仿宋_GB2312;font-size:16pt"),
    '<p style="text-align:left">各乡镇人民政府、街道办事处，区级各部门：</p>',
    p(NOTICE),
    '<p style="text-align:right"><span style="font-family:仿宋_GB2312">广元市利州区人民政府办公室</span></p>',
    '<p style="text-align:right"><span style="font-family:仿宋_GB2312">2026年5月12日</span></p>',
    '<p style="text-align:center"><strong><span style="font-size:22pt">'
    + escape(TITLE, quote=False)
    + "</span></strong></p>",
    p(PREAMBLE),
    heading("一、总体要求"),
    p("（一）发展基础", "font-family:楷体_GB2312;font-size:16pt"),
    p(BASE),
    p(BASE2),
    p("（二）指导思想", "font-family:楷体_GB2312;font-size:16pt"),
    p(GUIDE),
    p("（三）基本原则", "font-family:楷体_GB2312;font-size:16pt"),
    *[p("——" + x) for x in PRINCIPLES.split("——")[1:]],
    p("（四）主要目标", "font-family:楷体_GB2312;font-size:16pt"),
    p(GOAL_TEXT),
    p(G2_TEXT),
    heading("二、重点任务"),
]
for gno, gtitle, rows in PRINTED:
    body.append(p(f"{gno}{gtitle}", "font-family:楷体_GB2312;font-size:16pt"))
    for no, title, text, a, *_ in rows:
        body.append(
            f'<p style="line-height:28pt">{NB}<span style="font-family:仿宋_GB2312"><b>{no}{escape(title)}。</b>{escape(text, quote=False)}</span>'
            f'<font face="楷体_GB2312" color="#333333">{escape(a, quote=False)}</font></p>'
        )
body.append(heading("三、保障措施"))
for _, title, text in SAFEGUARDS:
    body.append(
        f'<p style="line-height:28pt">{NB}<span style="font-family:仿宋_GB2312"><b>{title}。</b>{escape(text, quote=False)}</span></p>'
    )
body.append(
    p(
        "本方案自印发之日起施行，由区经济和信息化局负责解释。实施期间如遇上级政策调整，按上级规定执行。"
    )
)

CSS = "body{margin:0;font-family:SimSun;}\n.article{width:1000px;margin:0 auto;}\n.article h1{font-size:22px;text-align:center;}\n.info{color:#666;font-size:12px;text-align:center;}\n"
HTML = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />\n'
    f"<title>{escape(PAGE_TITLE, quote=False)}</title>\n"
    f'<link rel="stylesheet" type="text/css" href="{CSS_URL}" />\n'
    "</head><body>\n"
    f'<div class="top"><img src="{IMG_URL}" alt="" /><a href="http://www.lizhou.gov.cn/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a></div>\n'
    '<div class="article">\n'
    f"<h1>{escape(PAGE_TITLE.split('_')[0], quote=False)}</h1>\n"
    '<div class="info">来源：区政府办公室　发布时间：2026-05-14 09:10　浏览次数：<span>1086</span></div>\n'
    '<div class="TRS_Editor">\n' + "\n".join(body) + "\n</div>\n</div>\n"
    '<div class="foot">主办：广元市利州区人民政府办公室　网站标识码：5108020001</div>\n'
    "</body></html>\n"
)

EXTRACTION = {
    "zone": {
        "slug": "lizhou-guangyuan-district",
        "name": "利州区",
        "name_en": "Lizhou District (Guangyuan, Sichuan)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 广元市利州区推进“人工智能+”行动实施方案（2026—2027年） (广元市利州区人民政府办公室, 广利府办发〔2026〕17号, 2026-05-12)
# — SYNTHETIC (synthetic_bv): WRITTEN by the collector (helper blindBV, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_lizhou.py as a browser's single-file web archive (.mht).
# Zone lizhou-guangyuan-district (四川 广元市 利州区); period 2026–2027.
# Outline: portal page (breadcrumb, 来源 / 发布时间 / 浏览次数 1086, site footer: no targets), 发文字号, addressee, notice (第41次
#   常务会议), title, preamble; 一、总体要求 = （一）发展基础 (2025 baselines 28.6亿元, 34家, 1260个, 1.8亿条: no targets), （二）指导
#   思想 ("一枢纽三中心三基地", "四化同步…五区共兴": names, no figures), （三）基本原则 (four "——坚持X。"
#   paragraphs: no tasks, no goals) and （四）主要目标 = the dated
#   paragraph "到2027年，…" (goal 到2027年, 5 targets) and "力争到2026年底，…" (goal 力争到2026年底, 3 targets due 2026);
#   二、重点任务 = four groups （一）–（四） of items 1．–22． numbered on across the groups, each "<b>N．标题。</b>正文" then the
#   annotation in a <font> tag "（牵头单位：X；配合单位：Y、Z）", "（牵头单位：X）" or "（责任单位：X、Y）"; 三、保障措施 = four
#   unnumbered bold-led paragraphs "加强组织领导。…" → safeguard tasks without numbering or roles ("办公室设在…，负责日常工作");
#   a closing "本方案自印发之日起施行，由区经济和信息化局负责解释" (who interprets: no role).
# Roles: 牵头单位 → lead, 配合单位 → supporting, 责任单位 → responsible; 各乡镇人民政府、街道办事处 → ONE collective; 利州经济开发区
#   管委会 one agency (full name …管理委员会).
# Targets: tasks holding figures are also goals titled like the task (建设行业高质量数据集10个; 新建5G基站300个 flow; 累计实施智能化
#   改造项目80个 flow; 建设数字农业示范基地5个; 建设智慧社区示范点15个; 每年引进…50名以上 per-year flow). Not targets: the 2025
#   baselines; 按年度费用的20%给予补助，单户每年最高不超过15万元 (a subsidy and cap); 园区规划面积500亩 (a project's size); 区财政每年
#   安排不少于1000万元 (a budget).
"""
