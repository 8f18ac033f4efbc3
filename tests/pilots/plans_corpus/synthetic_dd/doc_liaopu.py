# ruff: noqa: E501  (plan text as the offices write it)
"""澄岚市蓼浦区“人工智能+”赋能千行百业工作方案（2026年） — INVENTED (synthetic_dd). A district's 工作方案 as its portal page
(.html) whose annotations name district bodies by merged / 挂牌 names, a full name defined once and its short form after, a
renamed body "（原X）", a body with its division in brackets, central units' branches in the district, 群团 and party bodies."""

from dd_parts import T, agencies, item, parts_to_model
from synthetic_model import Goal

SLUG = "liaopu-ai-plus-work-plan-2026-synthetic"
KIND = "html"
TITLE = "澄岚市蓼浦区“人工智能+”赋能千行百业工作方案（2026年）"
DOC_NUMBER = "蓼政办〔2026〕3号"

TABLE = {
    "kgx": (
        "澄岚市蓼浦区科技和工业信息化局",
        "industry_it",
        ["蓼浦区科技和工业信息化局", "区科工信局"],
    ),
    "sjj": (
        "澄岚市蓼浦区政务服务数据管理局",
        "big_data",
        ["区政务服务数据管理局", "区数据局"],
        ["区政务服务数据管理局（区数据局）"],
    ),
    "fgj": ("澄岚市蓼浦区发展和改革局", "development_reform", ["区发展改革局"]),
    "czj": ("澄岚市蓼浦区财政局", "finance", ["区财政局"]),
    "jtj": (
        "澄岚市蓼浦区教育体育局",
        "education",
        ["区教育体育局", "原区教育局"],
        ["区教育体育局（原区教育局）"],
    ),
    "wjj": ("澄岚市蓼浦区卫生健康局", "health", ["区卫生健康局"]),
    "rsj": ("澄岚市蓼浦区人力资源和社会保障局", "human_resources", ["区人力社保局"]),
    "scj": ("澄岚市蓼浦区市场监督管理局", "market_regulation", ["区市场监管局"]),
    "zzb": (
        "中共澄岚市蓼浦区委组织部",
        "party_organisation",
        ["区委组织部", "区委人才办"],
        ["区委组织部（区委人才办）"],
    ),
    "bb": ("中共澄岚市蓼浦区委机构编制委员会办公室", "party_organisation", ["区委编办"]),
    "xcb": ("中共澄岚市蓼浦区委宣传部", "publicity", ["区委宣传部"]),
    "tqw": ("共青团澄岚市蓼浦区委员会", "other", ["团区委"]),
    "fl": ("澄岚市蓼浦区妇女联合会", "other", ["区妇联"]),
    "kx": ("澄岚市蓼浦区科学技术协会", "science_technology", ["区科协"]),
    "dx": ("中国电信蓼浦分公司", "state_enterprise", ["中国电信蓼浦分公司"]),
    "gd": ("国网澄岚供电公司蓼浦供电中心", "state_enterprise", ["国网澄岚供电公司蓼浦供电中心"]),
    "wxb": (
        "中共澄岚市蓼浦区委网络安全和信息化委员会办公室",
        "publicity",
        ["区委网信办", "区互联网信息办公室"],
        ["区委网信办（区互联网信息办公室）"],
    ),
    "jd": ("蓼浦区各街道办事处", "local_government", ["各街道办事处"]),
}
AGENCIES, CODE = agencies(TABLE)

GOAL_TEXT = "到2026年底，全区人工智能相关企业达到120家，规模以上人工智能企业营业收入突破50亿元；建成智能算力中心1个，算力规模达到500P；打造“人工智能+”应用场景50个；培育智能工厂（数字化车间）15家；开展人工智能普及培训2万人次。"
GOAL_TARGETS = [
    T("人工智能相关企业", "家", "eq", 120, "全区人工智能相关企业达到120家", kind="ai_enterprises"),
    T("规模以上人工智能企业营业收入", "亿元", "gt", 50, "规模以上人工智能企业营业收入突破50亿元"),
    T("智能算力中心", "个", "eq", 1, "建成智能算力中心1个"),
    T("算力规模", "P", "eq", 500, "算力规模达到500P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        50,
        "打造“人工智能+”应用场景50个",
        kind="application_scenarios",
    ),
    T("智能工厂（数字化车间）", "家", "eq", 15, "培育智能工厂（数字化车间）15家"),
    T("人工智能普及培训", "人次", "eq", 20000, "开展人工智能普及培训2万人次", aggregation="flow"),
]

PARTS = [
    (
        "二",
        "二、",
        "重点任务",
        "key_task",
        [
            item(
                "1．",
                "建设区级智算中心",
                "依托蓼浦数字产业园建设智算中心，6月底前完成电力扩容，新建5G基站300个。",
                "（责任单位：蓼浦区科技和工业信息化局（以下简称区科工信局）、国网澄岚供电公司蓼浦供电中心、中国电信蓼浦分公司）",
                resp=[
                    "蓼浦区科技和工业信息化局",
                    "国网澄岚供电公司蓼浦供电中心",
                    "中国电信蓼浦分公司",
                ],
                targets=[T("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow")],
            ),
            item(
                "2．",
                "推进数据资源汇聚",
                "归集区级公共数据1000万条，上线数据开放专区1个。",
                "（牵头单位：区政务服务数据管理局（区数据局）；配合单位：区发展改革局）",
                ["区政务服务数据管理局（区数据局）"],
                ["区发展改革局"],
                targets=[
                    T(
                        "归集区级公共数据",
                        "条",
                        "eq",
                        10000000,
                        "归集区级公共数据1000万条",
                        aggregation="flow",
                    ),
                    T("数据开放专区", "个", "eq", 1, "上线数据开放专区1个"),
                ],
            ),
            item(
                "3．",
                "培育人工智能企业",
                "新引进人工智能企业30家，认定高新技术企业20家。",
                "（牵头单位：区科工信局（产业发展科）；配合单位：区财政局、区市场监管局）",
                ["区科工信局（产业发展科）"],
                ["区财政局", "区市场监管局"],
                targets=[
                    T(
                        "新引进人工智能企业",
                        "家",
                        "eq",
                        30,
                        "新引进人工智能企业30家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                    T(
                        "认定高新技术企业",
                        "家",
                        "eq",
                        20,
                        "认定高新技术企业20家",
                        aggregation="flow",
                    ),
                ],
            ),
            item(
                "4．",
                "推动企业智能化改造",
                "实施智能化改造项目40个，工业企业上云率达到80%。",
                "（牵头单位：区科工信局；配合单位：区财政局）",
                ["区科工信局"],
                ["区财政局"],
                targets=[
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        40,
                        "实施智能化改造项目40个",
                        aggregation="flow",
                    ),
                    T("工业企业上云率", "%", "eq", 80, "工业企业上云率达到80%"),
                ],
            ),
            item(
                "5．",
                "打造智慧政务",
                "推广“AI帮办”服务，政务服务事项智能导办率达到70%。",
                "（牵头单位：区数据局；配合单位：区委编办）",
                ["区数据局"],
                ["区委编办"],
                targets=[
                    T("政务服务事项智能导办率", "%", "eq", 70, "政务服务事项智能导办率达到70%")
                ],
            ),
            item(
                "6．",
                "发展智慧教育",
                "建设人工智能实验室20间，开展青少年人工智能竞赛2场。",
                "（牵头单位：区教育体育局（原区教育局）；配合单位：团区委、区科协）",
                ["区教育体育局（原区教育局）"],
                ["团区委", "区科协"],
                targets=[
                    T("人工智能实验室", "间", "eq", 20, "建设人工智能实验室20间"),
                    T(
                        "青少年人工智能竞赛",
                        "场",
                        "eq",
                        2,
                        "开展青少年人工智能竞赛2场",
                        aggregation="flow",
                    ),
                ],
            ),
            item(
                "7．",
                "推广智慧医疗",
                "社区卫生服务中心智能辅助诊断覆盖率达到100%。",
                "（责任单位：区卫生健康局、区数据局）",
                resp=["区卫生健康局", "区数据局"],
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
                "8．",
                "建设智慧社区",
                "每个街道建成智慧社区2个以上。",
                "（责任单位：各街道办事处、区数据局）",
                resp=["各街道办事处", "区数据局"],
                targets=[T("每个街道智慧社区", "个", "gte", 2, "每个街道建成智慧社区2个以上")],
            ),
            item(
                "9．",
                "开展全民数字技能培训",
                "面向妇女、青年开展人工智能应用培训，培训女性5000人次。",
                "（责任单位：区妇联、团区委、区人力社保局）",
                resp=["区妇联", "团区委", "区人力社保局"],
                targets=[T("培训女性", "人次", "eq", 5000, "培训女性5000人次", aggregation="flow")],
            ),
            item(
                "10．",
                "发展智能物流配送",
                "在数字产业园开通无人配送线路5条。",
                "（牵头单位：区发展改革局；配合单位：区市场监管局、中国电信蓼浦分公司）",
                ["区发展改革局"],
                ["区市场监管局", "中国电信蓼浦分公司"],
                targets=[T("无人配送线路", "条", "eq", 5, "开通无人配送线路5条")],
            ),
            item(
                "11．",
                "筑牢数据安全底线",
                "开展重点单位数据安全检查，培训数据安全管理人员200人次。",
                "（责任单位：区委网信办（区互联网信息办公室）、区数据局）",
                resp=["区委网信办（区互联网信息办公室）", "区数据局"],
                targets=[
                    T(
                        "培训数据安全管理人员",
                        "人次",
                        "eq",
                        200,
                        "培训数据安全管理人员200人次",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "三",
        "三、",
        "保障措施",
        "safeguard",
        [
            item(
                "（一）",
                "加强组织保障",
                "成立区“人工智能+”工作专班，专班办公室设在区科工信局。",
                "（责任单位：区科工信局、区委编办）",
                resp=["区科工信局", "区委编办"],
            ),
            item(
                "（二）",
                "强化人才支撑",
                "落实区人才新政，引进人工智能领域人才50名。",
                "（牵头单位：区委组织部（区委人才办）；配合单位：区人力社保局）",
                ["区委组织部（区委人才办）"],
                ["区人力社保局"],
                targets=[
                    T(
                        "引进人工智能领域人才",
                        "名",
                        "eq",
                        50,
                        "引进人工智能领域人才50名",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "（三）",
                "加强宣传引导",
                "做好政策解读和典型宣传。",
                "（责任单位：区委宣传部）",
                resp=["区委宣传部"],
            ),
        ],
    ),
]
PART_BLOCKS, TASK_GOALS, SECTIONS = parts_to_model(
    PARTS, CODE | {"区科工信局（产业发展科）": "kgx"}
)
GOALS = [Goal("到2026年底", GOAL_TEXT, GOAL_TARGETS), *TASK_GOALS]

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Liaopu District (Chenglan) work plan for “AI+” empowering all industries (2026) — synthetic",
    "issuer": "澄岚市蓼浦区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-27",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}


def _html():
    out = [
        f'<p style="text-align:center;">{DOC_NUMBER}</p>',
        "<p>各街道办事处，区政府各部门：</p>",
        f'<p style="text-indent:2em;">《{TITLE}》已经区政府同意，现印发给你们，请认真贯彻执行。各地各有关部门要把推进“人工智能+”行动作为培育和发展新质生产力的重要抓手，加强统筹协调，细化工作举措，强化要素保障，及时研究解决工作推进中遇到的困难和问题，确保各项任务落到实处、取得实效。</p>',
        '<p style="text-align:right;">澄岚市蓼浦区人民政府办公室</p>',
        '<p style="text-align:right;">2026年3月27日</p>',
        f'<p style="text-align:center;"><strong>{TITLE}</strong></p>',
        '<p style="text-indent:2em;">为加快推进人工智能赋能千行百业，结合我区实际，制定本方案。</p>',
        '<p style="text-indent:2em;">2025年，全区人工智能相关企业达到86家，规模以上人工智能企业营业收入38亿元，建成5G基站1260个，数字产业园入驻企业112家，人工智能在政务服务、社区治理、智能制造等领域的应用初见成效。但全区仍存在算力基础薄弱、企业规模偏小、应用场景开放不足、专业人才缺乏等问题。</p>',
        '<p style="text-indent:2em;"><strong>一、总体要求</strong></p>',
        '<p style="text-indent:2em;"><strong>（一）指导思想</strong></p>',
        '<p style="text-indent:2em;">以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，坚持应用牵引、场景驱动、创新引领、安全可控，以算力、数据、模型为支撑，以产业智能化和治理智能化为主线，推动人工智能与实体经济深度融合，加快培育和发展新质生产力，为全区高质量发展提供有力支撑。</p>',
        '<p style="text-indent:2em;"><strong>（二）基本原则</strong></p>',
        '<p style="text-indent:2em;">坚持需求牵引、场景驱动，以真实应用需求带动技术迭代和产业发展；坚持统筹布局、集约建设，避免算力设施低水平重复建设；坚持企业主体、政府引导，充分发挥市场在资源配置中的决定性作用；坚持安全可控、包容审慎，统筹发展和安全，守住数据安全和伦理底线；坚持开放合作、协同推进，强化部门协同和上下联动，形成工作合力。</p>',
        '<p style="text-indent:2em;"><strong>（三）工作目标</strong></p>',
        f'<p style="text-indent:2em;">{GOAL_TEXT}</p>',
    ]
    for kind, text in PART_BLOCKS:
        if kind == "h1":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;"><strong>{text[0]}</strong>{text[1]}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_区政府办文件_澄岚市蓼浦区人民政府</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-03-30 10:20">
<link rel="stylesheet" href="/static/css/xxgk.css">
</head>
<body>
<div class="top"><a href="/">澄岚市蓼浦区人民政府</a> <span>无障碍</span> <span>长者模式</span></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 区政府办文件</div>
<table class="xxgk-meta">
<tr><td>索引号：</td><td>11330XXXLP0001/2026-00031</td><td>发布机构：</td><td>澄岚市蓼浦区人民政府办公室</td></tr>
<tr><td>发文字号：</td><td>{DOC_NUMBER}</td><td>发布时间：</td><td>2026-03-30</td></tr>
</table>
<h1 class="art-title">{TITLE}</h1>
<div class="art-info">发布时间：2026-03-30 10:20　来源：区政府办　浏览次数：<span id="hits">0</span></div>
<div class="art-content" id="zoom">
{article}
</div>
<div class="art-tools"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
<div class="footer"><p>主办单位：澄岚市蓼浦区人民政府办公室　技术支持：中国电信蓼浦分公司</p><p>网站标识码：3307990001</p></div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "liaopu-district",
        "name": "蓼浦区",
        "name_en": "Liaopu District",
        "level": "district",
        "parent": "chenglan-city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 澄岚市蓼浦区“人工智能+”赋能千行百业工作方案（2026年） (澄岚市蓼浦区人民政府办公室, 蓼政办〔2026〕3号, 2026-03-27)
# — SYNTHETIC (synthetic_dd): WRITTEN by helper blindDD (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_liaopu.py as the portal page saved (.html, UTF-8).
# Zone liaopu-district (an invented district of the invented 澄岚市) → district level, parent chenglan-city; period 2026.
# Outline: portal chrome (nav, 索引号 table, 发布时间, footer), 发文字号, notice, signature, title, preamble, 发展基础 paragraph (2025
#   baselines: no targets); 一、总体要求 （一）指导思想 （二）基本原则 (坚持…: no tasks) （三）工作目标 = one
#   paragraph → goal "到2026年底" (7 targets); 二、重点任务 1．–11. and 三、保障措施 （一）–（三）, each closed by
#   "（牵头单位：X；配合单位：Y）" or "（责任单位：X、Y）" → one task; a task with figures is also a goal.
# AGENCY NAMES (SYNTHETIC_DD.md "Conventions this set adds"): canonical = full formal name with the city and district
#   (澄岚市蓼浦区…; party bodies 中共澄岚市蓼浦区委…; 团区委 → 共青团澄岚市蓼浦区委员会); central units' branches by their own
#   printed full names. "蓼浦区科技和工业信息化局（以下简称区科工信局）" → one agency, both forms aliases; "区科工信局（产业发展科）" →
#   the same agency (a division, not an alias). "区政务服务数据管理局（区数据局）" and "区委组织部（区委人才办）", "区委网信办（区互联网信息办公室）" (挂牌) → one agency
#   each, both names aliases. "区教育体育局（原区教育局）" → the renamed body; the former name an alias. 各街道办事处 → one collective
#   (local_government). The footer's 技术支持 (中国电信蓼浦分公司) and 主办单位 are chrome: no role.
# Targets: 7 in the goals and 15 in tasks, all due 2026. 2万人次 → 20000; 1000万条 → 10000000. "每个街道建成智慧社区2个以上" → a
#   quota target (metric 每个街道智慧社区). 6月底前完成电力扩容 → no figure.
"""
