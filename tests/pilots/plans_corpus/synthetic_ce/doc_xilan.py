# ruff: noqa: E501  (plan text as the office writes it)
"""溪岚市“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_ce). Reposted by the city's WeChat official account
"溪岚发布" and saved from mp.weixin.qq.com (.html): the page's head and scripts (msg_title / msg_desc with figures), the
account bar, "点击上方蓝字关注我们", the account's own lead summarising the plan WITH ITS FIGURES, then the plan inside
<div id="js_content" style="visibility: hidden;"> in nested <section>s, every paragraph split over many styled <span>s (some a
few characters long, headings in <strong>, a decorative emoji before the part headings); after it "来源：" / "编辑：" / "审核："
lines with people's names, "往期推荐" with titles carrying figures, "点个在看", "阅读原文", and a hidden share dialog.

The plan: preamble; 一、总体要求 = a guiding paragraph and a dated goal paragraph "到2028年，…" (8 targets); 二、重点任务 =
tasks （一）–（十）, one paragraph each closing on "（牵头单位：市X；配合单位：市Y、市Z）" (some with a lead alone, one with two
leads); 三、保障措施 （一）–（四）, unannotated."""

import re

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "xilan-ai-plus-action-plan-wechat-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "市发展改革委": ("fgw", "溪岚市发展和改革委员会", "development_reform"),
    "市经信局": ("jxj", "溪岚市经济和信息化局", "industry_it"),
    "市数据局": ("sjj", "溪岚市数据局", "big_data"),
    "市财政局": ("czj", "溪岚市财政局", "finance"),
    "市科技局": ("kjj", "溪岚市科学技术局", "science_technology"),
    "市商务局": ("swj", "溪岚市商务局", "commerce"),
    "市投资促进中心": ("tcz", "溪岚市投资促进中心", "commerce"),
    "各县（市、区）人民政府": ("xs", "溪岚市各县（市、区）人民政府", "local_government"),
    "市委网信办": ("wxb", "中共溪岚市委网络安全和信息化委员会办公室", "publicity"),
    "市政府办公室": ("zfb", "溪岚市人民政府办公室", "government"),
    "市卫生健康委": ("wjw", "溪岚市卫生健康委员会", "health"),
    "市教育局": ("jyj", "溪岚市教育局", "education"),
    "市交通运输局": ("jtj", "溪岚市交通运输局", "transport"),
    "市港航管理中心": ("ghz", "溪岚市港航管理中心", "transport"),
    "市文化广电旅游局": ("wgl", "溪岚市文化广电旅游局", "culture_tourism"),
    "市委人才办": ("rcb", "中共溪岚市委人才工作领导小组办公室", "party_organisation"),
    "市人力社保局": ("rsj", "溪岚市人力资源和社会保障局", "human_resources"),
    "市公安局": ("gaj", "溪岚市公安局", "public_security"),
}
GENERIC = {"市级有关部门"}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "溪岚市“人工智能+”行动方案（2026—2028年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Xilan City (Zhejiang) “AI+” action plan 2026–2028 as reposted by a WeChat official account — synthetic",
    "issuer": "溪岚市人民政府办公室",
    "doc_number": "溪政办发〔2026〕9号",
    "issued_on": "2026-03-06",
    "period_start": 2026,
    "period_end": 2028,
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，抢抓人工智能发展重大机遇，加快推动人工智能与实体经济和社会民生深度融合，打造长三角南翼人工智能创新应用高地，结合我市实际，制定本方案。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持应用牵引、数据赋能、企业主体、安全可控，以智能算力为底座、以行业大模型为牵引、以场景开放为抓手，推动人工智能赋能千行百业、走进千家万户，为奋力谱写中国式现代化溪岚篇章提供有力支撑。"
GOAL_TEXT = "到2028年，全市人工智能发展水平显著提升，智能算力规模突破800P，人工智能核心产业规模达到300亿元以上，培育人工智能核心企业50家、“人工智能+”应用企业500家以上，建成行业大模型10个以上，打造“人工智能+”典型应用场景100个，规上工业企业数字化改造覆盖率达到95%，数字经济核心产业增加值占地区生产总值比重提高到15%，建成全省领先的人工智能创新应用先行区。"
GOAL = [
    T("智能算力规模", "P", "gt", 800, "智能算力规模突破800P", kind="computing_power"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "gte",
        300,
        "人工智能核心产业规模达到300亿元以上",
        kind="ai_industry_scale",
    ),
    T("人工智能核心企业", "家", "eq", 50, "培育人工智能核心企业50家", kind="ai_enterprises"),
    T(
        "“人工智能+”应用企业",
        "家",
        "gte",
        500,
        "“人工智能+”应用企业500家以上",
        kind="ai_enterprises",
    ),
    T("行业大模型", "个", "gte", 10, "建成行业大模型10个以上"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        100,
        "打造“人工智能+”典型应用场景100个",
        kind="application_scenarios",
    ),
    T("规上工业企业数字化改造覆盖率", "%", "eq", 95, "规上工业企业数字化改造覆盖率达到95%"),
    T(
        "数字经济核心产业增加值占地区生产总值比重",
        "%",
        "eq",
        15,
        "数字经济核心产业增加值占地区生产总值比重提高到15%",
    ),
]

# (title, body, annotation, targets)
TASKS = [
    (
        "夯实智能算力底座",
        "加快建设溪岚智算中心二期，推动全市政务、行业和企业算力资源统一接入、统一调度，新增智能算力500P，积极融入长三角算力一体化调度体系。推动存量数据中心绿色化改造，新建数据中心电能利用效率不高于1.25。实施“算力券”政策，对企业购买智能算力服务给予最高30%的补贴，单家企业年度补贴不超过100万元。",
        "（牵头单位：市发展改革委；配合单位：市经信局、市数据局、市财政局）",
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                500,
                "新增智能算力500P",
                kind="computing_power",
                aggregation="flow",
            )
        ],
    ),
    (
        "推进高质量数据集建设",
        "完善公共数据资源目录，推动公共数据按需归集、有序开放，公共数据开放数据集达到1200个。聚焦先进制造、医疗健康、港航物流、城市治理等领域，建设行业高质量数据集30个。探索公共数据授权运营，培育数据标注、数据治理等数据服务企业，推动数据要素价值释放。",
        "（牵头单位：市数据局；配合单位：市委网信办、市经信局）",
        [
            T("公共数据开放数据集", "个", "eq", 1200, "公共数据开放数据集达到1200个"),
            T("行业高质量数据集", "个", "eq", 30, "建设行业高质量数据集30个"),
        ],
    ),
    (
        "培育行业大模型",
        "支持龙头企业联合高校院所，围绕纺织服装、汽车零部件、港航物流、文化旅游等优势领域开展行业大模型研发和迭代，到2028年建成行业大模型10个以上。每年遴选发布大模型典型应用案例20个，推动大模型在研发设计、生产管控、经营管理等环节深度应用。",
        "（牵头单位：市经信局；配合单位：市科技局、市数据局）",
        [
            T(
                "大模型典型应用案例",
                "个",
                "eq",
                20,
                "每年遴选发布大模型典型应用案例20个",
                per_year=True,
            )
        ],
    ),
    (
        "壮大人工智能企业主体",
        "实施人工智能企业梯度培育计划，新认定人工智能领域高新技术企业80家。围绕智能终端、智能装备、算力服务等方向开展精准招商，招引人工智能项目60个以上，其中总投资超10亿元的项目5个。对首次入选国家级专精特新“小巨人”的人工智能企业给予一次性奖励50万元。",
        "（牵头单位：市经信局；配合单位：市商务局、市科技局、市投资促进中心）",
        [
            T(
                "新认定人工智能领域高新技术企业",
                "家",
                "eq",
                80,
                "新认定人工智能领域高新技术企业80家",
                kind="ai_enterprises",
                aggregation="flow",
            ),
            T("招引人工智能项目", "个", "gte", 60, "招引人工智能项目60个以上", aggregation="flow"),
            T(
                "总投资超10亿元的人工智能项目",
                "个",
                "eq",
                5,
                "其中总投资超10亿元的项目5个",
                aggregation="flow",
                parent="PREV",
            ),
        ],
    ),
    (
        "推进“人工智能+”制造",
        "推动人工智能技术在研发设计、生产制造、质量检测、仓储物流等环节深度应用，实施智能化技术改造项目300项，建设省级以上智能工厂和数字化车间40家。鼓励工业互联网平台集成人工智能能力，面向中小企业提供低成本、轻量化的智能化改造解决方案。",
        "（牵头单位：市经信局；配合单位：各县（市、区）人民政府）",
        [
            T(
                "智能化技术改造项目",
                "项",
                "eq",
                300,
                "实施智能化技术改造项目300项",
                aggregation="flow",
            ),
            T(
                "省级以上智能工厂和数字化车间",
                "家",
                "eq",
                40,
                "建设省级以上智能工厂和数字化车间40家",
            ),
        ],
    ),
    (
        "推进“人工智能+”政务服务",
        "上线“岚智通”政务服务智能助手，推动政务服务智能导办、智能预审、智能审批，高频政务服务事项智能办理比例达到80%。推进12345政务服务便民热线智能化升级，热线智能应答率达到60%以上。推广政务办公智能助手，提升机关运行效能。",
        "（牵头单位：市数据局；配合单位：市政府办公室、市级有关部门）",
        [
            T(
                "高频政务服务事项智能办理比例",
                "%",
                "eq",
                80,
                "高频政务服务事项智能办理比例达到80%",
            ),
            T("热线智能应答率", "%", "gte", 60, "热线智能应答率达到60%以上"),
        ],
    ),
    (
        "推进“人工智能+”医疗健康和教育",
        "推广智能辅助诊断、智能影像、智能随访等应用，二级以上公立医院智能辅助诊断应用覆盖率达到100%。推动人工智能进课堂，建设人工智能教育特色学校50所，实现中小学人工智能通识教育全覆盖。",
        "（牵头单位：市卫生健康委、市教育局；配合单位：市数据局）",
        [
            T(
                "二级以上公立医院智能辅助诊断应用覆盖率",
                "%",
                "eq",
                100,
                "二级以上公立医院智能辅助诊断应用覆盖率达到100%",
            ),
            T("人工智能教育特色学校", "所", "eq", 50, "建设人工智能教育特色学校50所"),
        ],
    ),
    (
        "推进“人工智能+”港航物流和文旅",
        "推动港口智能调度、无人集卡、智能理货等应用，建设智慧码头3个。建设全域智慧旅游服务平台，推广数字人导览、智能票务、客流预警等应用，打造智慧景区15个。",
        "（牵头单位：市交通运输局、市文化广电旅游局；配合单位：市港航管理中心）",
        [
            T("智慧码头", "个", "eq", 3, "建设智慧码头3个"),
            T("智慧景区", "个", "eq", 15, "打造智慧景区15个"),
        ],
    ),
    (
        "加快创新平台和人才集聚",
        "支持高校院所与龙头企业共建人工智能创新平台20个。深入实施“溪岚英才”计划，引育人工智能领域高层次人才300名，每年开展数字技能培训1万人次以上，支持职业院校开设人工智能相关专业。",
        "（牵头单位：市科技局、市委人才办；配合单位：市人力社保局、市教育局）",
        [
            T(
                "人工智能创新平台",
                "个",
                "eq",
                20,
                "共建人工智能创新平台20个",
                kind="innovation_platforms",
            ),
            T(
                "引育人工智能领域高层次人才",
                "名",
                "eq",
                300,
                "引育人工智能领域高层次人才300名",
                kind="talent",
                aggregation="flow",
            ),
            T(
                "数字技能培训",
                "人次",
                "gte",
                10000,
                "每年开展数字技能培训1万人次以上",
                kind="talent",
                per_year=True,
            ),
        ],
    ),
    (
        "强化安全治理",
        "落实生成式人工智能服务备案和算法备案制度，加强数据安全和个人信息保护，建立人工智能安全风险监测预警和应急处置机制，防范深度伪造、电信网络诈骗等新型风险，守牢人工智能安全底线。",
        "（牵头单位：市委网信办；配合单位：市公安局、市数据局）",
        [],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立市“人工智能+”行动工作专班，由市政府分管副市长任组长，专班办公室设在市发展改革委，负责统筹协调和日常工作。各县（市、区）要建立相应工作机制，确保各项任务落地见效。",
    ),
    (
        "强化政策支持",
        "市财政每年统筹安排人工智能发展专项资金不少于2亿元，重点支持算力券、场景应用、人才引育等。对重大人工智能项目在用地、用能等方面给予优先保障。",
    ),
    (
        "加大金融支持",
        "设立规模50亿元的人工智能产业基金，引导社会资本投早、投小、投科技。鼓励金融机构开发数据资产质押、知识产权质押等融资产品。",
    ),
    (
        "强化督查考核",
        "建立任务清单和工作台账，定期通报工作进展，将本方案落实情况纳入市对县（市、区）和市级部门的年度综合考核。",
    ),
]

CN = "一二三四五六七八九十"


def roles(annotation):
    """ "（牵头单位：X、Y；配合单位：Z）" → (lead, supporting), each name a code (generic words left out)."""
    lead, sup = [], []
    for part in annotation.strip("（）").split("；"):
        label, names = part.split("：")
        split = re.split(r"、(?![^（]*）)", names)  # not at the 、 inside 各县（市、区）
        codes = [A[n][0] for n in split if n not in GENERIC]
        {"牵头单位": lead, "配合单位": sup}[label].extend(codes)
    return lead, sup


def _build():
    """The plan as (kind, text) paragraphs, its goals and sections."""
    paras = [
        ("title", TITLE),
        ("p", PREAMBLE),
        ("h", "一、总体要求"),
        ("p", GUIDE),
        ("p", GOAL_TEXT),
    ]
    for t in GOAL:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2028年", GOAL_TEXT, GOAL)]
    paras.append(("h", "二、重点任务"))
    tasks = []
    for n, (title, body, ann, targets) in enumerate(TASKS, 1):
        no = f"（{CN[n - 1]}）"
        paras.append(("task", (no, title, body, ann)))
        lead, sup = roles(ann)
        tasks.append(Task(no, title, f"{title}。{body}{ann}", lead=lead, supporting=sup))
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
    paras.append(("h", "三、保障措施"))
    sg = []
    for n, (title, body) in enumerate(SAFEGUARDS, 1):
        no = f"（{CN[n - 1]}）"
        paras.append(("task", (no, title, body, "")))
        sg.append(Task(no, title, f"{title}。{body}"))
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", sg),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()

# ------------------------------------------------------------------ the saved WeChat page

SPAN = '<span style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);">'
BLUE = '<span style="font-size: 15px;letter-spacing: 1px;color: rgb(0, 112, 192);">'
CUTS = (9, 3, 17, 5, 26, 2, 12, 31, 7, 4, 21, 14)


def spans(text, style=SPAN, start=0):
    """The text as the WeChat editor saves it: runs of 2–31 characters, each in its own styled <span>."""
    out, at, i = [], 0, start
    while at < len(text):
        n = CUTS[i % len(CUTS)]
        out.append(f"{style}{text[at : at + n]}</span>")
        at, i = at + n, i + 1
    return "".join(out)


def section(inner, margin="0px 16px"):
    return f'<section style="margin: {margin};"><section style="line-height: 1.75em;">{inner}</section></section>'


def _article():
    out = []
    for i, (kind, text) in enumerate(PARAS):
        if kind == "title":
            out.append(
                section(
                    f'<p style="text-align: center;"><strong>{spans(text, start=i)}</strong></p>'
                )
            )
        elif kind == "h":
            out.append(
                section(
                    f'<p><span style="font-size: 16px;">🔷</span><strong>{BLUE}{text}</span></strong></p>',
                    "16px 16px 8px",
                )
            )
        elif kind == "p":
            out.append(section(f'<p style="text-indent: 2em;">{spans(text, start=i)}</p>'))
        else:
            no, title, body, ann = text
            head = f"<strong>{SPAN}{no}</span>{spans(title + '。', start=i)}</strong>"
            tail = f"{BLUE}{ann}</span>" if ann else ""
            out.append(
                section(f'<p style="text-indent: 2em;">{head}{spans(body, start=i + 3)}{tail}</p>')
            )
    return "\n".join(out)


LEAD = "3月10日，《溪岚市“人工智能+”行动方案（2026—2028年）》正式印发。方案提出，到2028年，全市智能算力规模突破800P，人工智能核心产业规模达到300亿元以上，打造“人工智能+”典型应用场景100个。今年，市数据局将率先上线“岚智通”政务服务智能助手，全市新增智能算力200P。一起来看👇"

RECOMMEND = [
    "2026年溪岚市政府工作报告全文发布！今年GDP预期增长6%左右",
    "总投资486亿元！溪岚一季度32个重大项目集中开工",
    "溪岚新增5G基站1200个，这些地方信号更好了📶",
    "市数据局：1-2月全市公共数据调用量超2.3亿次",
]


def _html():
    desc = "到2028年，全市智能算力规模突破800P，人工智能核心产业规模达到300亿元以上"
    recommend = "".join(
        f'<section style="margin: 6px 16px;"><a href="https://mp.weixin.qq.com/s/{i:02d}RcmXlanFb">{spans(t, start=i)}</a></section>'
        for i, t in enumerate(RECOMMEND)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="重磅！溪岚“人工智能+”行动方案来了">
<meta property="og:description" content="{desc}">
<title>重磅！溪岚“人工智能+”行动方案来了</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizwap/zh_CN/htmledition/style/page/appmsg_new/pc.css">
<script nonce="617238841" type="text/javascript">
var biz = "MzA4NjE5MjQ0Mw==";
var sn = "8c2f0b7e1d9a4c35b6e0f17a2d93c481";
var mid = "2650398127";
var idx = "1";
var msg_title = "重磅！溪岚“人工智能+”行动方案来了".html(false);
var msg_desc = "{desc}，打造典型应用场景100个".html(false);
var msg_link = "https://mp.weixin.qq.com/s?__biz=MzA4NjE5MjQ0Mw==&amp;mid=2650398127&amp;idx=1&amp;sn=8c2f0b7e1d9a4c35b6e0f17a2d93c481";
var nickname = "溪岚发布";
var ct = "1773138600";
var publish_time = "2026-03-10" || "";
window.__second_open__ = false;
</script>
<script nonce="617238841" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"></script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">重磅！溪岚“人工智能+”行动方案来了</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">溪岚发布</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">溪岚发布</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-03-10 18:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">浙江</span></em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="margin: 0px;"><section style="text-align: center;"><p><span style="font-size: 14px;color: rgb(0, 112, 192);">点击上方蓝字关注我们</span></p></section></section>
<section style="margin: 0px 16px;"><p><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/Xl0an8RcmF2026/640?wx_fmt=png" data-ratio="0.5625" data-w="1080"></p></section>
{section(f'<p style="text-indent: 2em;">{spans(LEAD, style=BLUE)}</p>')}
<section style="margin: 8px 16px;"><p style="text-align: center;"><span style="font-size: 14px;">📌全文如下</span></p></section>
<section style="margin: 0px;"><section style="border: 1px solid rgb(0, 112, 192);padding: 12px 0px;">
{_article()}
</section></section>
<section style="margin: 16px 16px 0px;"><p><span style="font-size: 13px;color: rgb(136, 136, 136);">来源：溪岚市人民政府办公室</span></p><p><span style="font-size: 13px;color: rgb(136, 136, 136);">编辑：周语桐　实习生：林一帆</span></p><p><span style="font-size: 13px;color: rgb(136, 136, 136);">审核：陈建锋　终审：何晓岚</span></p></section>
<section style="margin: 24px 16px 8px;"><p><strong><span style="font-size: 16px;color: rgb(0, 112, 192);">往期推荐</span></strong></p></section>
{recommend}
<section style="margin: 24px 16px;text-align: center;"><p><span style="font-size: 14px;">👇点个在看，让更多人看到👇</span></p><p><span style="font-size: 14px;">分享💬 收藏⭐ 点赞👍 在看❤️</span></p></section>
</div>
<div id="js_tags_preview_toast" style="display: none;"></div>
<div class="rich_media_tool" id="js_toobar3">
<a id="js_view_source" class="media_tool_meta meta_primary" href="https://www.xilan.gov.cn/art/2026/3/10/art_1229_38816.html">阅读原文</a>
<span class="media_tool_meta meta_extra">阅读 <span id="readNum3">1.2万</span></span>
<span class="media_tool_meta meta_extra">赞 <span id="likeNum3">216</span></span>
<span class="media_tool_meta meta_extra">在看 <span id="seeNum3">87</span></span>
</div>
</div>
</div>
</div>
</div>
<div id="js_share_dialog" class="weui-dialog__wrp" style="display: none;">
<div class="weui-mask"></div>
<div class="weui-dialog"><div class="weui-dialog__hd"><strong class="weui-dialog__title">分享给朋友</strong></div>
<div class="weui-dialog__bd">发送给朋友　分享到朋友圈　收藏　在微信中搜索　复制链接</div>
<div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_default">取消</a><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary">确定</a></div></div>
</div>
<script nonce="617238841" type="text/javascript">
document.getElementById("js_content").style.visibility = "visible";
var __appmsgCgiData = {{"title": "重磅！溪岚“人工智能+”行动方案来了", "read_num": 12436, "like_num": 216}};
</script>
</body>
</html>
"""


TEXT = _html()
assert not re.search(r"\{|\}", _article())

AGENCIES = []
for printed, (code, name, cat) in A.items():
    if code not in {a.code for a in AGENCIES}:
        AGENCIES.append(Agency(code, name, [printed], cat))

EXTRACTION = {
    "zone": {
        "slug": "xilan-zhejiang-city",
        "name": "溪岚市",
        "name_en": "Xilan City (Zhejiang, invented)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 溪岚市“人工智能+”行动方案（2026—2028年） (溪岚市人民政府办公室, 溪政办发〔2026〕9号, 2026-03-06) as reposted by the city's
#   WeChat official account 溪岚发布 on 2026-03-10 (a page saved from mp.weixin.qq.com)
# — SYNTHETIC (synthetic_ce): WRITTEN by the collector (helper blindCE, 2026-12-07) before reading or running the importer; the
#   place, the account, the document and its figures are invented. Built by make_files.py from doc_xilan.py (.html, UTF-8).
# Zone xilan-zhejiang-city (an invented prefecture-level city of 浙江) → city level; period 2026–2028.
# WHAT IS THE PLAN: the text between "📌全文如下" and "来源：溪岚市人民政府办公室" — the plan's title, preamble and parts 一、–三、.
#   Left out: the page's <head> and scripts (msg_title / msg_desc repeat the goals' figures), the account bar, "点击上方蓝字关注
#   我们", the account's lead paragraph (its 800P / 300亿元 / 100个 restate the plan's goals; its "全市新增智能算力200P" this year
#   and the 岚智通 launch are the account's words, not the plan's), the 来源 / 编辑 / 审核 lines (people, no agency), 往期推荐
#   (other articles' figures), 点个在看, 阅读原文 and the read / like counts, the hidden share dialog. The 🔷 before each part
#   heading is the editor's decoration, not part of the heading.
# Outline: preamble; 一、总体要求 = a guiding paragraph (no task) and "到2028年，…" → goal titled by its date phrase (8 targets);
#   二、重点任务 (key_task) tasks （一）–（十）; 三、保障措施 (safeguard) tasks （一）–（四）, unannotated.
# Tasks: title = the bold heading before the first 。; text = title + body + annotation, without the number. Every task
#   holding figures is also a goal titled like it (text = title + body), numbered like it.
# Roles: 牵头单位 → lead, 配合单位 → supporting; two 牵头单位 on （七）, （八）, （九） → two leads each. 各县（市、区）人民政府 →
#   ONE collective (supporting on （五）); 市级有关部门 generic → no agency; 市政府办公室 = 溪岚市人民政府办公室 (government).
#   "专班办公室设在市发展改革委，负责统筹协调和日常工作" (a safeguard) assigns no role.
# Targets: figures with no year of their own are due 2028 (plan end). "到2028年建成行业大模型10个以上" in （三） restates the goals'
#   建成行业大模型10个以上 (same value, unit, deadline) → ONE target, kept in the goals. 其中总投资超10亿元的项目5个 → part of
#   招引人工智能项目60个以上 (parent). 新增 / 新认定 / 招引 / 实施 / 引育 counts → flow; 每年… → per-year flow; the rest stock.
#   Not targets: 电能利用效率不高于1.25 (a condition), 最高30%的补贴 / 不超过100万元 (subsidy rate and cap), 奖励50万元, 不少于
#   2亿元 (an annual budget, safeguard), 规模50亿元的人工智能产业基金 (a fund being set up).
"""
