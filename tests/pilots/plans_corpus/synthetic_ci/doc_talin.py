# ruff: noqa: E501  (plan text as the offices write it)
"""塔林浩特市推进“人工智能+”行动实施方案 — INVENTED (synthetic_ci). The city portal's 政府公报 column publishing the OCR text of
the gazette's scanned pages (《塔林浩特市人民政府公报》2026年第4期, pp. 17–20): one <p> per scanned line, the gazette's running
header ("塔林浩特市人民政府公报" / "2026年第4期") and page numbers ("·17·", "· 18 ·", "•19•") left between the lines, an editor's
note that the text was recognised from the scan. The notice of the 市人民政府办公室 (塔政办发〔2026〕11号), then the 实施方案: preamble,
一、总体目标 = two dated goal paragraphs (到2027年 / 到2〇30年), parts 二、–四、 of tasks （一）–（十一） numbered on, each a paragraph
followed by its own line "责任单位：X、Y、Z" under the rule "各项任务责任单位中排在第一位的为牵头单位，其余为配合单位", 五、保障措施
（十二）–（十五） numbering on, two of them with a 责任单位 line. The OCR's mix here: 〇 for 0 in years (2〇30, 2〇26), O / l for 0 / 1
in figures (2OOOP, 8O%, 5OOOP, l5OOP, 8OOO万条, l5个, 2OO个, l.5万路, l00名), half-width ( , : ; ) on some lines, spaces between characters
on others, 十 for + in prose, and misread characters in running prose (己, 曰, 末) — none in an agency's name or a unit."""

import html

from ocr_layout import Builder, Layout
from synthetic_model import Agency

SLUG = "talinhaote-ai-plus-implementation-2026-synthetic"
KIND = "html"

A = {
    "fgw": ("塔林浩特市发展和改革委员会", "development_reform", ["市发改委"]),
    "nyj": ("塔林浩特市能源局", "industry_it", ["市能源局"]),
    "sjj": ("塔林浩特市政务服务与数据管理局", "government_services", ["市政务服务与数据管理局"]),
    "xs": ("塔林浩特市各旗县（市、区）人民政府", "local_government", ["各旗县（市、区）人民政府"]),
    "gxj": ("塔林浩特市工业和信息化局", "industry_it", ["市工信局"]),
    "yjj": ("塔林浩特市应急管理局", "emergency", ["市应急管理局"]),
    "nmj": ("塔林浩特市农牧局", "agriculture", ["市农牧局"]),
    "kjj": ("塔林浩特市科学技术局", "science_technology", ["市科技局"]),
    "czj": ("塔林浩特市财政局", "finance", ["市财政局"]),
    "wlj": ("塔林浩特市文化旅游体育局", "culture_tourism", ["市文旅体局"]),
    "wjw": ("塔林浩特市卫生健康委员会", "health", ["市卫健委"]),
    "jyj": ("塔林浩特市教育局", "education", ["市教育局"]),
    "lcj": ("塔林浩特市林业和草原局", "natural_resources", ["市林草局"]),
    "sthj": ("塔林浩特市生态环境局", "ecology_environment", ["市生态环境局"]),
    "zrj": ("塔林浩特市自然资源局", "natural_resources", ["市自然资源局"]),
    "zzb": ("中共塔林浩特市委组织部", "party_organisation", ["市委组织部"]),
    "rsj": ("塔林浩特市人力资源和社会保障局", "human_resources", ["市人社局"]),
    "gaj": ("塔林浩特市公安局", "public_security", ["市公安局"]),
    "zjj": ("塔林浩特市住房和城乡建设局", "housing_construction", ["市住建局"]),
    "jtj": ("塔林浩特市交通运输局", "transport", ["市交通运输局"]),
    "swj": ("塔林浩特市商务局", "commerce", ["市商务局"]),
}

TITLE = "塔林浩特市推进“人工智能+”行动实施方案"
NOTICE = "塔林浩特市人民政府办公室关于印发塔林浩特市推进“人工智能+”行动实施方案的通知"
DOC_NUMBER = "塔政办发〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Talinhaote City (Inner Mongolia) implementation plan for the “AI+” action — synthetic, OCR text of a gazette scan",
    "issuer": "塔林浩特市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2030,
    "milestone_years": [2027, 2030],
    "source_file": f"{SLUG}.html",
}


def T(phrase, metric, unit, comp, value, **kw):
    return (phrase, (metric, unit, comp, value), kw)


def roles(*codes):
    """Under the rule "排在第一位的为牵头单位，其余为配合单位": the first leads, the others support."""
    return (
        {"lead": [codes[0]], "supporting": list(codes[1:])}
        if len(codes) > 1
        else {"lead": [codes[0]]}
    )


D = Builder()
D.add("stray", "2026年第4期")
D.add("title", "塔林浩特市人民政府办公室\n关于印发塔林浩特市推进“人工智能+”行动\n实施方案的通知")
D.add("plain", "塔政办发〔{2026|2〇26}〕11号")
D.add("plain", "各旗县（市、区）人民政府，市直各委、办、局，各大企事业单位：")
D.add(
    "p",
    "经市人民政府同意，现将《塔林浩特市推进“人工智能+”行动实施方案》印发给你们，请结合实际，认真组织实施。",
)
D.add("right", "塔林浩特市人民政府办公室\n{2026|2〇26}年3月20{日|曰}")
D.add("plain", "（此件公开发布）")
D.add("title", "塔林浩特市推进“人工智能+”行动实施方案")
D.add(
    "p",
    "为全面贯彻落实国家和自治区关于深入实施“人工智能{+|十}”行动的部署要求，加快推进人工智能与全市经济社会发展深度融合，助力建设国家重要能源和战略资源基地、农畜产品生产基地，结合我市实际，制定本实施方案。",
)
D.add("h1", "一、总体目标")
D.add(
    "p",
    "“十四五”以来，我市数字经济加快发展，{2025|2O25}年全市智能算力规模达到600P，人工智能核心产业规模达到12亿元，{已|己}建成智能化煤矿4座，但人工智能产业基础薄弱、应用深度不够、人才支撑不足等问题仍然突出。",
)
D.goal_paragraph(
    "到2027年，全市智能算力规模达到{2000|2OOO}P，绿色算力占比达到{80|8O}%以上，人工智能核心产业规模达到30亿元，“人工智能+”典型应用场景达到60个，培育人工智能应用企业50家，数据要素市场化配置改革取得积极进展，人工智能赋能传统产业转型升级取得明显成效。",
    "到2027年",
    [
        T("智能算力规模达到{2000|2OOO}P", "智能算力规模", "P", "eq", 2000, kind="computing_power"),
        T("绿色算力占比达到{80|8O}%以上", "绿色算力占比", "%", "gte", 80),
        T(
            "人工智能核心产业规模达到30亿元",
            "人工智能核心产业规模",
            "亿元",
            "eq",
            30,
            kind="ai_industry_scale",
        ),
        T(
            "“人工智能+”典型应用场景达到60个",
            "“人工智能+”典型应用场景",
            "个",
            "eq",
            60,
            kind="application_scenarios",
        ),
        T("培育人工智能应用企业50家", "人工智能应用企业", "家", "eq", 50, kind="ai_enterprises"),
    ],
    deadline=2027,
)
D.goal_paragraph(
    "到{2030|2〇30}年，全市智能算力规模达到{5000|5OOO}P，人工智能核心产业规模突破80亿元，人工智能全面融入能源、农牧业、文旅和社会治理等领域，建成自治区重要的绿色算力保障基地和人工智能应用示范区。",
    "到{2030|2〇30}年",
    [
        T("智能算力规模达到{5000|5OOO}P", "智能算力规模", "P", "eq", 5000, kind="computing_power"),
        T(
            "人工智能核心产业规模突破80亿元",
            "人工智能核心产业规模",
            "亿元",
            "gt",
            80,
            kind="ai_industry_scale",
        ),
    ],
)
P2 = D.section("二", "二、", "二、", "夯实人工智能发展基础")
D.add("p", "（各项任务责任单位中排在第一位的为牵头单位，其余为配合单位。）")
D.task(
    P2,
    "（一）",
    "（一）",
    "建设绿色算力基地",
    "发挥风光资源丰富、气候冷凉的优势，推进“风光储+算力”一体化发展，高标准建设塔林浩特绿色智算中心，新增智能算力{1500|l5OO}P，新建数据中心电能利用效率不高于1.2，积极承接京津冀及东部地区算力需求。",
    "\n责任单位：市发改委、市能源局、市政务服务与数据管理局、各旗县（市、区）人民政府",
    targets=[
        T(
            "新增智能算力{1500|l5OO}P",
            "新增智能算力",
            "P",
            "eq",
            1500,
            aggregation="flow",
            kind="computing_power",
        )
    ],
    **roles("fgw", "nyj", "sjj", "xs"),
)
D.task(
    P2,
    "（二）",
    "（二）",
    "推进数据资源开发利用",
    "建设市级公共数据资源平台，归集公共数据{8000|8OOO}万条以上，打造能源、农牧业、文旅等行业高质量数据集{15|l5}个，探索公共数据授权运营，培育数据要素市场主体。",
    "\n责任单位：市政务服务与数据管理局、市发改委、市工信局",
    targets=[
        T("归集公共数据{8000|8OOO}万条以上", "归集公共数据", "条", "gte", 80000000),
        T("行业高质量数据集{15|l5}个", "行业高质量数据集", "个", "eq", 15),
    ],
    **roles("sjj", "fgw", "gxj"),
)
P3 = D.section("三", "三、", "三、", "推动人工智能赋能产业发展")
D.task(
    P3,
    "（三）",
    "（三）",
    "推动能源产业智能化",
    "推进煤矿、电厂、风电场、光伏电站智能化改造，建成智能化煤矿10座、智慧电厂5座，推广无人机巡检、设备智能运维、功率智能预测等应用，提升能源安全保障能力。",
    "\n责任单位：市能源局、市工信局、市应急管理局",
    targets=[
        T("建成智能化煤矿10座", "智能化煤矿", "座", "eq", 10),
        T("智慧电厂5座", "智慧电厂", "座", "eq", 5),
    ],
    **roles("nyj", "gxj", "yjj"),
)
D.task(
    P3,
    "（四）",
    "(四)",
    "发展智慧农牧业",
    "围绕肉牛、肉羊、乳业、马铃薯等优势产业，建设智慧牧场20个，推广牲畜电子耳标、智能项圈和精准饲喂系统，规模养殖场数字化管理覆盖率达到70%，{已|己}建成的农畜产品追溯平台实现全覆盖。",
    "\n责任单位：市农牧局、各旗县（市、区）人民政府",
    targets=[
        T("建设智慧牧场20个", "智慧牧场", "个", "eq", 20),
        T("规模养殖场数字化管理覆盖率达到70%", "规模养殖场数字化管理覆盖率", "%", "eq", 70),
    ],
    **roles("nmj", "xs"),
)
D.task(
    P3,
    "（五）",
    "（五）",
    "推进制造业智能化改造",
    "聚焦现代煤化工、装备制造、农畜产品加工等产业，实施智能化改造项目80个，培育自治区级数字化转型标杆企业10家，推动工业互联网平台在重点行业应用。",
    "\n责任单位：市工信局、市科技局、市财政局",
    targets=[
        T("实施智能化改造项目80个", "智能化改造项目", "个", "eq", 80, aggregation="flow"),
        T("培育自治区级数字化转型标杆企业10家", "自治区级数字化转型标杆企业", "家", "eq", 10),
    ],
    **roles("gxj", "kjj", "czj"),
)
D.task(
    P3,
    "（六）",
    "（六）",
    "发展智慧文旅",
    "依托草原、湖泊和民族文化资源，建设“游塔林”智慧文旅平台，打造智慧景区8个，推出AI数字导游、沉浸式演艺等新业态，提升游客体验。",
    "\n责任单位：市文旅体局、市政务服务与数据管理局",
    targets=[T("打造智慧景区8个", "智慧景区", "个", "eq", 8)],
    **roles("wlj", "sjj"),
)
P4 = D.section("四", "四、", "四、", "提升社会治理和公共服务智能化水平")
D.task(
    P4,
    "（七）",
    "（七）",
    "推进智慧政务",
    "上线蒙汉双语政务服务智能助手，政务服务事项网上可办率稳定在98%以上，“高效办成一件事”重点事项平均办理时间压减50%，让企业和群众办事更便捷。",
    "\n责任单位：市政务服务与数据管理局、市直各有关部门",
    targets=[
        T("政务服务事项网上可办率稳定在98%以上", "政务服务事项网上可办率", "%", "gte", 98),
        T("平均办理时间压减50%", "“高效办成一件事”重点事项平均办理时间压减", "%", "eq", 50),
    ],
    lead=["sjj"],
)
D.task(
    P4,
    "（八）",
    "（八）",
    "发展智慧医疗和智慧教育",
    "推进旗县级医院AI辅助诊断全覆盖，发展远程医疗和智能健康管理；建设人工智能教育示范校30所，为边远牧区学校提供AI双师课堂服务，促进优质资源共享。",
    "\n责任单位：市卫健委、市教育局",
    targets=[T("建设人工智能教育示范校30所", "人工智能教育示范校", "所", "eq", 30)],
    **roles("wjw", "jyj"),
)
D.task(
    P4,
    "（九）",
    "（九）",
    "加强生态环境智能监测",
    "建设“天空地”一体化生态监测网络，对草原、森林、湿地开展智能监测，建设智能监测站点{200|2OO}个，草原火情智能识别准确率达到95%以上，提升生态保护和灾害预警能力。",
    "\n责任单位：市林草局、市生态环境局、市应急管理局",
    targets=[
        T("建设智能监测站点{200|2OO}个", "智能监测站点", "个", "eq", 200),
        T("草原火情智能识别准确率达到95%以上", "草原火情智能识别准确率", "%", "gte", 95),
    ],
    **roles("lcj", "sthj", "yjj"),
)
D.task(
    P4,
    "（十）",
    "（十）",
    "推进城市治理智能化",
    "建设城市运行“一网统管”平台，整合公安、城管、交通、应急等部门视频资源，接入视频监控点位{1.5|l.5}万路，推广AI识别在交通疏导、违章停车、燃气安全等场景的应用，实现城市运行风险早发现、早处置。",
    "\n责任单位：市公安局、市住建局、市交通运输局",
    targets=[T("接入视频监控点位{1.5|l.5}万路", "接入视频监控点位", "路", "eq", 15000)],
    **roles("gaj", "zjj", "jtj"),
)
D.task(
    P4,
    "（十一）",
    "（十一）",
    "建设智慧口岸和智慧物流",
    "推进口岸通关智能化，建设智能卡口、无人化查验和货物智能识别系统，口岸通关时间压缩30%以上；发展智慧仓储和智能配送，培育智慧物流企业10家，打造向北开放的智慧物流枢纽。",
    "\n责任单位：市商务局、市交通运输局、市发改委",
    targets=[
        T("口岸通关时间压缩30%以上", "口岸通关时间压缩", "%", "gte", 30),
        T("培育智慧物流企业10家", "智慧物流企业", "家", "eq", 10),
    ],
    **roles("swj", "jtj", "fgw"),
)
P5 = D.section("五", "五、", "五、", "保障措施", kind="safeguard")
D.task(
    P5,
    "（十二）",
    "（十二）",
    "强化组织推进",
    "建立市“人工智能+”行动推进机制，由市政府分管副市长牵头，定期研究解决重大问题，各旗县（市、区）、各部门要结合实际，制定具体落实举措。",
)
D.task(
    P5,
    "（十三）",
    "（十三）",
    "加大要素支持",
    "市财政每年安排人工智能发展专项资金5000万元，统筹用好各级各类资金，优先保障算力设施、重点项目的用地、用能需求。",
    "\n责任单位：市财政局、市自然资源局、市能源局",
    **roles("czj", "zrj", "nyj"),
)
D.task(
    P5,
    "（十四）",
    "（十四）",
    "加强人才支撑",
    "实施“塔林英才”计划，引进人工智能领域高层次人才{100|l00}名，每年开展数字技能培训{5000|5OOO}人次，{未|末}来五年建成一支结构合理的人工智能人才队伍。",
    "\n责任单位：市委组织部、市人社局、市教育局",
    targets=[
        T(
            "引进人工智能领域高层次人才{100|l00}名",
            "引进人工智能领域高层次人才",
            "名",
            "eq",
            100,
            aggregation="flow",
            kind="talent",
        ),
        T(
            "每年开展数字技能培训{5000|5OOO}人次",
            "数字技能培训",
            "人次",
            "eq",
            5000,
            per_year=True,
            kind="talent",
        ),
    ],
    **roles("zzb", "rsj", "jyj"),
)
D.task(
    P5,
    "（十五）",
    "（十五）",
    "强化考核评估",
    "将本实施方案落实情况纳入对各旗县（市、区）和市直有关部门的年度考核，建立第三方评估机制，定期评估实施成效，确保各项任务落到实处。",
)

HEADERS = ("塔林浩特市人民政府公报", "2026年第4期")
NUMBERS = ("·{}·", "· {} ·", "•{}•")
FIRST = 17


def furniture(page):
    n = FIRST + page - 1
    return [NUMBERS[page % 3].format(n), HEADERS[(page + 1) % 2]]


def last(page):
    return [NUMBERS[page % 3].format(FIRST + page - 1)]


def line_quirk(i, line):
    if i % 6 == 2:
        line = line.translate(
            str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
        )
    if i % 13 == 7 and len(line) > 12:
        k = len(line) // 2
        if "\u4e00" <= line[k - 1] <= "\u9fff" and "\u4e00" <= line[k] <= "\u9fff":
            line = line[:k] + " " + line[k:]
    return line


LAYOUT = Layout(
    D.blocks, columns=30, rows=27, furniture=furniture, line_quirk=line_quirk, last=last
)
GOALS, SECTIONS = D.resolve(LAYOUT)


def _html():
    body = "\n".join(
        f"<p>{html.escape(line, quote=False)}</p>" for line in LAYOUT.text().splitlines()
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{NOTICE}-政府公报-塔林浩特市人民政府</title>
<meta name="SiteName" content="塔林浩特市人民政府">
<meta name="ColumnName" content="政府公报">
<meta name="ArticleTitle" content="{NOTICE}">
<meta name="PubDate" content="2026-04-28 10:32">
<link rel="stylesheet" href="/css/gb.css">
<script src="/js/jquery.min.js"></script>
<script>$(function(){{$('.font-size a').click(function(){{$('.gb-text p').css('font-size',$(this).data('size'));}});}});</script>
</head>
<body>
<div class="top"><span>欢迎访问塔林浩特市人民政府门户网站</span><a href="/wza/">无障碍</a><a href="/mzb/">蒙古文版</a></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjtl/">走进塔林</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgb/">政府公报</a> &gt; <a href="/zwgk/zfgb/2026n/">2026年</a></div>
<div class="gb-head">
<h1>{NOTICE}</h1>
<div class="gb-info">来源：塔林浩特市人民政府办公室　刊期：2026年第4期　发布时间：2026-04-28　<span class="font-size">字号：<a data-size="18px">大</a> <a data-size="16px">中</a> <a data-size="14px">小</a></span></div>
</div>
<div class="gb-note">说明：本页文字由《塔林浩特市人民政府公报》2026年第4期扫描件识别生成，未经逐字校对，如与公报纸质版不一致，以纸质版为准。</div>
<div class="gb-text">
{body}
</div>
<div class="gb-file">附件：<a href="/zwgk/zfgb/2026n/202604/P020260428103215.pdf">2026年第4期公报扫描件（第17—20页）.pdf</a></div>
<div class="gb-tools"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
<div class="footer">
<p>主办单位：塔林浩特市人民政府办公室　技术支持：塔林浩特市政务服务与数据管理局</p>
<p>网站标识码：1525000001　蒙ICP备06000000号　蒙公网安备15250002000000号</p>
</div>
</body>
</html>
"""


TEXT = _html()

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "talinhaote-neimenggu-city",
        "name": "塔林浩特市",
        "name_en": "Talinhaote City (Inner Mongolia)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2030,
}

HEADER = """\
# 塔林浩特市推进“人工智能+”行动实施方案 (塔林浩特市人民政府办公室, 塔政办发〔2026〕11号, 2026-03-20)
# — SYNTHETIC (synthetic_ci): WRITTEN by the collector (helper blindCI, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_talin.py as the city portal's 政府公报 page (.html, UTF-8)
#   publishing the OCR text of the gazette's scan, one <p> per scanned line.
# Zone talinhaote-neimenggu-city (内蒙古, an invented prefecture-level city) → city level; period 2026–2030 (goals 2027 and 2030).
# THE PAPER vs THE OCR: values, units, deadlines, numbering and agency names are the PAPER's (2030, 2000, 80 %, 1500, 8000万 …);
#   every quote is the OCR's words as the page reads, whitespace left out: "到2〇30年", "2OOOP", "8O%", "5OOOP", "l5OOP", "8OOO万条",
#   "l5个", "2OO个", "l.5万路", "l00名", "5OOO人次". A task's or goal's TEXT that runs over a page end keeps the gazette's furniture lines
#   standing in it (the page number "·18·" and the running header "塔林浩特市人民政府公报" / "2026年第4期") because the test compares
#   quotes with the text as read; no title and no target phrase crosses a page end.
# Outline: site chrome, the editor's note on the OCR (no plan text), the gazette's lines: the notice (title, number, addressee, one
#   paragraph, signature, date, 公开 note), the 方案's title, preamble; 一、总体目标 = two dated paragraphs → goals "到2027年" (5
#   targets, due 2027) and "到2〇30年" (2, due 2030), after a paragraph of 2025 baselines (no targets); parts 二、–四、 (key_task
#   sections) of tasks （一）–（十一） numbered on, each a paragraph "（N）标题。正文" and its own line "责任单位：…" (the task's text
#   includes it); 五、保障措施 （十二）–（十五） → safeguard tasks, (十三) and (十四) with a 责任单位 line.
# Roles: the rule printed once under 二、 "（各项任务责任单位中排在第一位的为牵头单位，其余为配合单位。）" → in every 责任单位 line the
#   first name leads and the others support — also in the safeguards' two lines (the rule speaks of 各项任务). 各旗县（市、区）人民政府
#   one collective; "市直各有关部门" generic → no agency ((七) has its lead alone). "由市政府分管副市长牵头" (a mechanism a post leads,
#   (十二)) → no role; the footer's 技术支持 body → no role.
# Targets: 万 multiplied out (8000万条 → 80000000 条, 1.5万路 → 15000 路); 每年… → per-year flow; 新增 / 实施 / 引进 counts → flow. Task figures have no
#   year of their own → due 2030 (the plan's end). 新增智能算力1500P is not the goals' 智能算力规模; 压减50% → eq 50 %. Not targets: 新建
#   数据中心电能利用效率不高于1.2 (a condition every new data centre meets), 每年安排…5000万元 (a budget, in a safeguard), 全覆盖 (no
#   figure), "未来五年" (no figure of a thing).
# Every task holding figures is also a goal titled like the task (text = title + body, without number and the 责任单位 line).
"""
