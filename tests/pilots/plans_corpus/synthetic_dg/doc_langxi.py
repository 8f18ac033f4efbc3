# ruff: noqa: E501  (plan text as the office writes it)
"""琅溪县2026年“人工智能+”工作要点 — INVENTED (synthetic_dg). A county of the invented 蓼州市, its portal page as an old 拓尔思
(TRS) template publishes it (UTF-8): <script> and <style> blocks, nested layout tables, 当前位置, 信息公开 table, a 【字体：大
中 小】 bar, the article in <td class="bt_content"> with lines separated by <br> inside one <p> per part, 打印 / 关闭 links and a
相关附件 list; items 1．–15． numbered on across the parts, closed by "（责任单位：X、Y）" or "（X牵头，Y配合）"."""

from dg_page import FW, IND, info_table, lines_p, page, split_b
from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "langxi-ai-plus-work-points-2026-synthetic"
KIND = "html"
ENCODING = "utf-8"

A = {
    "fgw": ("琅溪县发展和改革委员会", "development_reform", ["县发改委"]),
    "gxj": ("琅溪县工业和信息化局", "industry_it", ["县工信局"]),
    "kjj": ("琅溪县科学技术局", "science_technology", ["县科技局"]),
    "sjj": ("琅溪县数据局", "big_data", ["县数据局"]),
    "nyj": ("琅溪县农业农村局", "agriculture", ["县农业农村局"]),
    "swj": ("琅溪县商务局", "commerce", ["县商务局"]),
    "wgj": ("琅溪县文化广电新闻出版旅游局", "culture_tourism", ["县文广新旅局"]),
    "jyj": ("琅溪县教育体育局", "education", ["县教体局"]),
    "wjw": ("琅溪县卫生健康委员会", "health", ["县卫健委"]),
    "rsj": ("琅溪县人力资源和社会保障局", "human_resources", ["县人社局"]),
    "xzj": ("琅溪县行政审批局", "government_services", ["县行政审批局"]),
    "czj": ("琅溪县财政局", "finance", ["县财政局"]),
    "gyq": ("琅溪工业园区管理委员会", "park_administration", ["琅溪工业园区管委会"]),
    "xz": ("琅溪县各乡镇人民政府", "local_government", ["各乡镇人民政府"]),
}
N = {code: printed[0] for code, (_, _, printed) in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "琅溪县2026年“人工智能+”工作要点"
DOC_NUMBER = "琅府办字〔2026〕6号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Langxi County (Liaozhou, Jiangxi) “AI+” work points for 2026 — synthetic",
    "issuer": "琅溪县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-27",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}

G_TEXT = "2026年，全县“人工智能+”工作的主要目标是：数字经济核心产业增加值增长12%，新增人工智能及关联企业15家，新打造“人工智能+”应用场景25个，规模以上工业企业数字化改造完成80家，建成5G基站300个，政务服务事项“一网通办”率达到95%以上。"
G = [
    T("数字经济核心产业增加值增速", "%", "eq", 12, "数字经济核心产业增加值增长12%"),
    T(
        "新增人工智能及关联企业",
        "家",
        "eq",
        15,
        "新增人工智能及关联企业15家",
        kind="ai_enterprises",
        aggregation="flow",
    ),
    T(
        "新打造“人工智能+”应用场景",
        "个",
        "eq",
        25,
        "新打造“人工智能+”应用场景25个",
        kind="application_scenarios",
        aggregation="flow",
    ),
    T(
        "规模以上工业企业数字化改造",
        "家",
        "eq",
        80,
        "规模以上工业企业数字化改造完成80家",
        aggregation="flow",
    ),
    T("建成5G基站", "个", "eq", 300, "建成5G基站300个", aggregation="flow"),
    T("政务服务事项“一网通办”率", "%", "gte", 95, "政务服务事项“一网通办”率达到95%以上"),
]


def resp(*codes):
    return "（责任单位：" + "、".join(N[c] for c in codes) + "）"


def lead_sup(lead, sup):
    return f"（{'、'.join(N[c] for c in lead)}牵头，{'、'.join(N[c] for c in sup)}配合）"


# part: (numbering, title, items); item: (title, rest, annotation, lead, supporting, responsible, targets)
PARTS = [
    (
        "一、",
        "夯实数字基础",
        [
            (
                "加快网络设施建设",
                "推动5G网络向行政村和工业园区延伸，实现重点区域千兆光网全覆盖。",
                resp("gxj", "xz"),
                [],
                [],
                ["gxj", "xz"],
                [],
            ),
            (
                "建设县域算力节点",
                "依托琅溪工业园区建设边缘算力节点，年内形成智能算力50P，服务园区企业。",
                lead_sup(["gyq"], ["gxj", "sjj"]),
                ["gyq"],
                ["gxj", "sjj"],
                [],
                [T("智能算力", "P", "eq", 50, "年内形成智能算力50P", kind="computing_power")],
            ),
            (
                "推进公共数据归集",
                "完成县直部门政务数据归集共享，新增共享数据接口40个，开放公共数据集10个。",
                resp("sjj"),
                [],
                [],
                ["sjj"],
                [
                    T(
                        "新增共享数据接口",
                        "个",
                        "eq",
                        40,
                        "新增共享数据接口40个",
                        aggregation="flow",
                    ),
                    T("开放公共数据集", "个", "eq", 10, "开放公共数据集10个", aggregation="flow"),
                ],
            ),
        ],
    ),
    (
        "二、",
        "赋能产业发展",
        [
            (
                "推动工业企业智能化改造",
                "围绕竹木加工、食品饮料等主导产业，实施智能化改造项目20个，培育市级以上数字化车间6个。",
                lead_sup(["gxj"], ["gyq", "czj"]),
                ["gxj"],
                ["gyq", "czj"],
                [],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        20,
                        "实施智能化改造项目20个",
                        aggregation="flow",
                    ),
                    T("市级以上数字化车间", "个", "eq", 6, "培育市级以上数字化车间6个"),
                ],
            ),
            (
                "培育人工智能应用企业",
                "引导本地企业应用人工智能技术开发新产品，认定县级人工智能应用示范企业5家。",
                resp("gxj", "kjj"),
                [],
                [],
                ["gxj", "kjj"],
                [
                    T(
                        "县级人工智能应用示范企业",
                        "家",
                        "eq",
                        5,
                        "认定县级人工智能应用示范企业5家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "发展智慧农业",
                "推广植保无人机、智能水肥一体化设备，建设智慧农业示范基地4个，全县植保无人机作业面积达到30万亩。",
                lead_sup(["nyj"], ["xz"]),
                ["nyj"],
                ["xz"],
                [],
                [
                    T("智慧农业示范基地", "个", "eq", 4, "建设智慧农业示范基地4个"),
                    T("植保无人机作业面积", "亩", "eq", 300000, "全县植保无人机作业面积达到30万亩"),
                ],
            ),
            (
                "拓展智能电商",
                "支持农特产品企业应用数字人直播、智能客服，培训电商从业人员500人次，网络零售额增长15%。",
                resp("swj"),
                [],
                [],
                ["swj"],
                [
                    T(
                        "培训电商从业人员",
                        "人次",
                        "eq",
                        500,
                        "培训电商从业人员500人次",
                        aggregation="flow",
                        kind="talent",
                    ),
                    T("网络零售额增速", "%", "eq", 15, "网络零售额增长15%"),
                ],
            ),
            (
                "发展智慧文旅",
                "推进琅溪古镇景区智能导览和客流监测系统建设，推出“AI游琅溪”线上服务。",
                resp("wgj"),
                [],
                [],
                ["wgj"],
                [],
            ),
        ],
    ),
    (
        "三、",
        "提升民生服务",
        [
            (
                "推进智慧教育",
                "建设人工智能教育实验校5所，开展教师人工智能应用能力培训1000人次。",
                resp("jyj"),
                [],
                [],
                ["jyj"],
                [
                    T("人工智能教育实验校", "所", "eq", 5, "建设人工智能教育实验校5所"),
                    T(
                        "教师人工智能应用能力培训",
                        "人次",
                        "eq",
                        1000,
                        "开展教师人工智能应用能力培训1000人次",
                        aggregation="flow",
                        kind="talent",
                    ),
                ],
            ),
            (
                "推进智慧医疗",
                "推动县人民医院应用人工智能辅助影像诊断，在20个乡镇卫生院部署智能辅助诊疗系统。",
                lead_sup(["wjw"], ["sjj"]),
                ["wjw"],
                ["sjj"],
                [],
                [
                    T(
                        "部署智能辅助诊疗系统的乡镇卫生院",
                        "个",
                        "eq",
                        20,
                        "在20个乡镇卫生院部署智能辅助诊疗系统",
                    )
                ],
            ),
            (
                "提升政务服务智能化水平",
                "上线政务服务智能客服，推出“免证办”事项100项，企业开办时间压缩至0.5个工作日。",
                resp("xzj", "sjj"),
                [],
                [],
                ["xzj", "sjj"],
                [
                    T("“免证办”事项", "项", "eq", 100, "推出“免证办”事项100项"),
                    T("企业开办时间", "个工作日", "lte", 0.5, "企业开办时间压缩至0.5个工作日"),
                ],
            ),
            (
                "开展数字技能培训",
                "面向农民、返乡青年开展数字技能培训2000人次。",
                resp("rsj", "xz"),
                [],
                [],
                ["rsj", "xz"],
                [
                    T(
                        "数字技能培训",
                        "人次",
                        "eq",
                        2000,
                        "开展数字技能培训2000人次",
                        aggregation="flow",
                        kind="talent",
                    )
                ],
            ),
        ],
    ),
    (
        "四、",
        "优化发展环境",
        [
            (
                "发布应用场景清单",
                "全年发布“人工智能+”场景需求清单2批次，组织供需对接活动4场。",
                lead_sup(["fgw"], ["gxj", "sjj"]),
                ["fgw"],
                ["gxj", "sjj"],
                [],
                [
                    T(
                        "场景需求清单发布",
                        "批次",
                        "eq",
                        2,
                        "全年发布“人工智能+”场景需求清单2批次",
                        aggregation="flow",
                    ),
                    T("供需对接活动", "场", "eq", 4, "组织供需对接活动4场", aggregation="flow"),
                ],
            ),
            (
                "加强招商引资",
                "开展人工智能产业链精准招商，签约亿元以上项目3个。",
                lead_sup(["swj"], ["gyq"]),
                ["swj"],
                ["gyq"],
                [],
                [
                    T(
                        "签约亿元以上人工智能项目",
                        "个",
                        "eq",
                        3,
                        "签约亿元以上项目3个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "落实扶持政策",
                "兑现省、市人工智能和数字经济扶持政策，统筹县级资金支持场景建设。",
                resp("czj", "fgw"),
                [],
                [],
                ["czj", "fgw"],
                [],
            ),
        ],
    ),
]

CLOSING = [
    (
        "压实工作责任",
        "各责任单位要高度重视“人工智能+”工作，主要负责同志亲自抓、分管负责同志具体抓，细化工作举措，明确时间节点和责任人员，建立工作台账，确保年度任务按期完成。需要跨部门协调的事项，牵头单位要主动对接，配合单位要积极支持。",
    ),
    (
        "强化调度督导",
        "县“人工智能+”工作专班每季度调度一次工作进展，年底开展综合评估，评估结果作为县直部门和乡镇年度综合考核的重要参考。对工作推进缓慢、任务滞后的单位，由专班办公室进行提醒督促。",
    ),
    (
        "营造良好氛围",
        "充分利用县融媒体中心、政府网站和微信公众号等渠道，宣传“人工智能+”政策措施和典型案例，组织人工智能科普进校园、进乡村、进企业活动，营造全社会关注支持人工智能发展的良好氛围。",
    ),
]


def _build():
    for t in G:
        assert t.phrase in G_TEXT, t.phrase
    goals = [Goal("2026年", G_TEXT, [_due(t) for t in G])]
    parts, sections = [], []
    n = 0
    for pno, ptitle, items in PARTS:
        lines = [f"{IND}{split_b(pno + ptitle, 3)}"]
        tasks = []
        for title, rest, ann, lead, sup, res, targets in items:
            n += 1
            no = f"{n}．"
            lines.append(f"{FW}{split_b(no + title, len(no) + 2)}。{rest}{ann}")
            tasks.append(
                Task(no, title, f"{title}。{rest}{ann}", lead=lead, supporting=sup, responsible=res)
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(
                    Goal(title, f"{title}。{rest}", [_due(t) for t in targets], numbering=no)
                )
        parts.append(lines_p(lines))
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    lines = [f"{IND}{split_b('五、工作要求', 3)}"]
    sg = []
    for i, (title, text) in enumerate(CLOSING, 1):
        no = f"（{'一二三'[i - 1]}）"
        lines.append(f"{FW}<b>{no}{title}。</b>{text}")
        sg.append(Task(no, title, f"{title}。{text}"))
    parts.append(lines_p(lines))
    sections.append(Section("五", "五、", "工作要求", "safeguard", sg))
    article = "\n".join(
        [
            lines_p(
                [
                    f"{FW}为深入实施“人工智能+”行动，推动人工智能与县域经济社会发展深度融合，根据《蓼州市推进“人工智能+”行动方案（2026—2028年）》，结合我县实际，制定本工作要点。"
                ]
            ),
            lines_p(
                [
                    f"{FW}2026年是全县实施“人工智能+”行动的开局之年。全县工作坚持以习近平新时代中国特色社会主义思想为指导，立足竹木加工、食品饮料、生态文旅等县域特色产业基础，坚持应用牵引、场景驱动、企业主体、政府引导，以数字基础设施建设为支撑，以产业智能化改造和民生服务智能化为重点，以优化发展环境为保障，推动人工智能技术在县域经济社会各领域加快落地，为建设现代化特色县城注入新动能。"
                ]
            ),
            lines_p([G_TEXT.replace("2026年，", f"{FW}2026年，", 1)]),
            *parts,
            '<p align="right"><font face="仿宋_GB2312" size="4">琅溪县人民政府办公室<br>2026年2月27日</font></p>',
        ]
    )
    return article, goals, sections


def _due(t):
    t.deadline = t.deadline or 2026
    return t


ARTICLE, GOALS, SECTIONS = _build()

HEAD_EXTRA = """<style type="text/css">
<!--
body,td,th { font-size: 14px; font-family: 宋体; }
.bt_content { font-size: 16px; line-height: 30px; }
.xxgk_th { font-weight: bold; }
a:link { color: #333; text-decoration: none; }
-->
</style>
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript">
<!--
function doZoom(size){ var el = document.getElementById('zoomcon'); el.style.fontSize = size + 'px'; }
function doPrint(){ window.print(); }
var _hmt = _hmt || [];
//-->
</script>
"""
TOOLS = """<tr><td align="center" height="30" style="color:#666;border-bottom:1px dashed #ccc;">发布时间：2026-02-28&nbsp;&nbsp;来源：县政府办&nbsp;&nbsp;浏览次数：<script>document.write(1288)</script>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】</td></tr>"""

INFO = info_table(
    [
        ("索&nbsp;引&nbsp;号：", "K23100-0200-2026-000041", "信息分类：", "工作计划"),
        ("发布机构：", "琅溪县人民政府办公室", "发文日期：", "2026-02-27"),
        ("文&nbsp;&nbsp;&nbsp;&nbsp;号：", DOC_NUMBER, "关&nbsp;键&nbsp;词：", "人工智能"),
    ],
    TITLE,
)

AFTER = """
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:20px;">
<tr><td style="border-top:1px solid #ccc;padding:8px 0;"><b>相关附件：</b><br>
<a href="/attach/0/2026022701.doc">1.琅溪县2026年“人工智能+”工作要点.doc</a><br>
<a href="/attach/0/2026022702.pdf">2.琅溪县2026年“人工智能+”工作要点（图解）.pdf</a></td></tr>
<tr><td align="right" height="30"><a href="javascript:doPrint()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>"""

TEXT = page(
    charset="utf-8",
    site="琅溪县人民政府",
    title=TITLE,
    nav=["首页", "琅溪概况", "政务公开", "办事服务", "互动交流", "专题专栏"],
    crumbs=["首页", "政务公开", "计划总结"],
    info=INFO,
    article='<div id="zoomcon">\n' + ARTICLE + "\n</div>" + AFTER,
    footer=[
        "主办：琅溪县人民政府办公室&nbsp;&nbsp;&nbsp;承办：琅溪县数据局",
        "赣ICP备05003579号&nbsp;&nbsp;&nbsp;网站标识码：3608210003",
    ],
    head_extra=HEAD_EXTRA,
    tools=TOOLS,
    content_cell="content",
)

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "langxi-liaozhou-county",
        "name": "琅溪县",
        "name_en": "Langxi County (Liaozhou, Jiangxi)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 琅溪县2026年“人工智能+”工作要点 (琅溪县人民政府办公室, 琅府办字〔2026〕6号, 2026-02-27)
# — SYNTHETIC (synthetic_dg): WRITTEN by the collector (helper blindDG, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_langxi.py as an old 拓尔思 (TRS) portal page (UTF-8).
# Zone langxi-liaozhou-county (琅溪县 of the invented 蓼州市, 江西; a county → district level, the schema having no county);
#   period 2026 (a one-year 工作要点; the 蓼州 action plan it follows is another plan: none of its figures is quoted).
# Page: <style> and <script> blocks (the corpus reader drops them), nested layout tables, 当前位置, 信息公开 table, title, a
#   发布时间 / 浏览次数 / 【字体：大 中 小】 line, the article in <td class="bt_content"> (inside it <div id="zoomcon">), each part
#   ONE <p> of <br> lines with full-width / &nbsp; indents and headings split over <b> fragments; signature; 相关附件 list (two
#   files: the same document, no content of their own); 【打印本页】【关闭窗口】; footer (承办 琅溪县数据局: chrome).
# Goals: the opening goal line "2026年，全县…主要目标是：…" → goal titled "2026年" (6 targets, due 2026; 增长12% a growth rate
#   with no level beside it, eq 12 %; new / done-in-the-year counts flow).
# Tasks: items 1．–15． NUMBERED ON across 一、–四、 (sections, key_task), each one <br> line "N．标题。正文（annotation）": title
#   the words before the first 。. "（责任单位：X、Y）" → responsible; "（X牵头，Y、Z配合）" → X lead, Y Z supporting. 五、工作要求
#   （一）–（三） → safeguard tasks (no annotation; "县…工作专班每季度调度" assigns no role).
# Targets: a task holding figures is also a goal titled like it (text = title + body, no annotation), due 2026. 30万亩 → 300000 亩;
#   "压缩至0.5个工作日" → lte 0.5 个工作日; "在20个乡镇卫生院部署…" a count of sites served (20 个). 年内形成智能算力50P → 50 P
#   (stock). Not targets: 千兆光网全覆盖 (no figure); 每季度调度一次 (rhythm); the attachments' names.
# Agencies: 县X as printed, full names 琅溪县…; 琅溪工业园区管委会 a park administration; 各乡镇人民政府 one collective.
"""
