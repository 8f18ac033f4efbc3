# ruff: noqa: E501  (plan text as the offices write it)
"""泷沅市交通运输局2026年“人工智能+交通运输”工作要点 — INVENTED (synthetic_da). A city transport bureau's 工作要点 as its
portal page (.html), items 1.–16. numbered on across three groups, each closing on "（牵头科室：X；配合单位：Y；实施主体：Z）"
where X is the bureau's OWN SECTION, Y its subordinate bodies (市交通运输综合行政执法支队, 市公路事业发展中心 …) and Z the
state-owned 市公交集团 / 市轨道交通集团 or 各区县交通运输局."""

from da_parts import T, agencies, sections
from synthetic_model import Goal

SLUG = "longyuan-transport-ai-plus-work-points-2026-synthetic"
KIND = "html"
DEPT = "泷沅市交通运输局"
A = {
    "科技信息科": ("kxk", "科技信息科", "transport"),
    "综合规划科": ("ghk", "综合规划科", "transport"),
    "运输管理科": ("ysk", "运输管理科", "transport"),
    "公路管理科": ("glk", "公路管理科", "transport"),
    "安全监督科": ("aqk", "安全监督科", "transport"),
    "财务审计科": ("cwk", "财务审计科", "transport"),
    "港航管理科": ("gkk", "港航管理科", "transport"),
    "市交通运输综合行政执法支队": ("zfzd", "泷沅市交通运输综合行政执法支队", "transport"),
    "市公路事业发展中心": ("glzx", "泷沅市公路事业发展中心", "transport"),
    "市港航事业发展中心": ("ghzx", "泷沅市港航事业发展中心", "transport"),
    "市交通运输指挥中心": ("zhzx", "泷沅市交通运输指挥中心", "transport"),
    "市公交集团": ("gjjt", "泷沅市公共交通集团有限公司", "state_enterprise"),
    "市轨道交通集团": ("gdjt", "泷沅市轨道交通集团有限公司", "state_enterprise"),
    "各区县交通运输局": ("qxjt", "各区县交通运输局", "transport"),
}
CODE = {p: v[0] for p, v in A.items()}
LABELS = ("牵头科室", "配合单位", "实施主体")

TITLE = "泷沅市交通运输局2026年“人工智能+交通运输”工作要点"
DOC_NUMBER = "泷交发〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Longyuan City Transport Bureau 2026 “AI+ Transport” work points — synthetic",
    "issuer": DEPT,
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}

GOAL = "到2026年底，全市交通运输领域打造人工智能应用场景30个，公交线路智能调度覆盖率达到85%，城市轨道交通智慧车站达到12座，重点营运车辆智能视频监控安装率达到100%，交通运输政务服务事项“智能审批”比例达到50%，交通运输行业数据集达到8个。"
GOALS = [
    Goal(
        "到2026年底",
        GOAL,
        [
            T(
                "交通运输领域人工智能应用场景",
                "个",
                "eq",
                30,
                "全市交通运输领域打造人工智能应用场景30个",
                kind="application_scenarios",
            ),
            T("公交线路智能调度覆盖率", "%", "eq", 85, "公交线路智能调度覆盖率达到85%"),
            T("城市轨道交通智慧车站", "座", "eq", 12, "城市轨道交通智慧车站达到12座"),
            T(
                "重点营运车辆智能视频监控安装率",
                "%",
                "eq",
                100,
                "重点营运车辆智能视频监控安装率达到100%",
            ),
            T(
                "交通运输政务服务事项“智能审批”比例",
                "%",
                "eq",
                50,
                "交通运输政务服务事项“智能审批”比例达到50%",
            ),
            T("交通运输行业数据集", "个", "eq", 8, "交通运输行业数据集达到8个"),
        ],
    ),
]

SPEC = [
    (
        "一",
        "一、",
        "推进智慧出行服务",
        "key_task",
        [
            (
                "1.",
                "推广公交智能调度",
                "在中心城区公交线路推广客流感知和智能排班系统，新增智能调度线路60条，高峰时段平均候车时间缩短10%。",
                ["运输管理科"],
                ["科技信息科"],
                ["市公交集团"],
                [
                    T(
                        "新增公交智能调度线路",
                        "条",
                        "eq",
                        60,
                        "新增智能调度线路60条",
                        aggregation="flow",
                    ),
                    T(
                        "高峰时段公交平均候车时间缩短比例",
                        "%",
                        "eq",
                        10,
                        "高峰时段平均候车时间缩短10%",
                    ),
                ],
            ),
            (
                "2.",
                "建设轨道交通智慧车站",
                "推进刷脸过闸、智能客服、客流智能疏导应用，新建智慧车站8座。",
                ["运输管理科"],
                ["科技信息科"],
                ["市轨道交通集团"],
                [T("新建轨道交通智慧车站", "座", "eq", 8, "新建智慧车站8座", aggregation="flow")],
            ),
            (
                "3.",
                "发展定制化出行服务",
                "推出需求响应式定制公交，开通定制公交线路20条。",
                ["运输管理科"],
                [],
                ["市公交集团"],
                [T("定制公交线路", "条", "eq", 20, "开通定制公交线路20条", aggregation="flow")],
            ),
            (
                "4.",
                "推进出行信息一站式服务",
                "整合公交、轨道、出租汽车出行数据，上线“泷沅出行”智能助手，提供行程规划和换乘推荐服务。",
                ["科技信息科"],
                ["市交通运输指挥中心"],
                ["市公交集团", "市轨道交通集团"],
                [],
            ),
            (
                "5.",
                "提升农村客运智能化水平",
                "在农村客运线路推广预约响应服务，建设农村客运智能调度平台1个。",
                ["运输管理科"],
                ["市公路事业发展中心"],
                ["各区县交通运输局"],
                [T("农村客运智能调度平台", "个", "eq", 1, "建设农村客运智能调度平台1个")],
            ),
        ],
    ),
    (
        "二",
        "二、",
        "提升智慧治理能力",
        "key_task",
        [
            (
                "6.",
                "推进非现场执法",
                "建设治超非现场执法检测点15个，推广执法记录智能分析，非现场执法案件占比达到40%。",
                ["公路管理科"],
                ["市交通运输综合行政执法支队", "市公路事业发展中心"],
                [],
                [
                    T("治超非现场执法检测点", "个", "eq", 15, "建设治超非现场执法检测点15个"),
                    T("非现场执法案件占比", "%", "eq", 40, "非现场执法案件占比达到40%"),
                ],
            ),
            (
                "7.",
                "强化运输安全智能监管",
                "对“两客一危”车辆开展驾驶行为智能识别，推动重点营运车辆智能视频监控全面安装，违规行为处置率达到98%以上。",
                ["安全监督科"],
                ["市交通运输综合行政执法支队"],
                ["各区县交通运输局"],
                [T("“两客一危”车辆违规行为处置率", "%", "gte", 98, "违规行为处置率达到98%以上")],
            ),
            (
                "8.",
                "建设公路智能巡检体系",
                "在国省干线公路推广无人机和车载智能巡检，智能巡检里程达到1200公里。",
                ["公路管理科"],
                ["市公路事业发展中心"],
                ["各区县交通运输局"],
                [T("国省干线公路智能巡检里程", "公里", "eq", 1200, "智能巡检里程达到1200公里")],
            ),
            (
                "9.",
                "推进智慧港航建设",
                "建设内河航道智能感知系统，完成重点港区作业智能化改造2处。",
                ["港航管理科"],
                ["市港航事业发展中心"],
                [],
                [T("重点港区作业智能化改造", "处", "eq", 2, "完成重点港区作业智能化改造2处")],
            ),
            (
                "10.",
                "升级交通运行监测指挥平台",
                "构建全市交通运行“一张图”，接入视频监控点位5000路，提升拥堵研判和应急指挥能力。",
                ["科技信息科"],
                ["市交通运输指挥中心"],
                [],
                [
                    T(
                        "交通运行监测指挥平台接入视频监控点位",
                        "路",
                        "eq",
                        5000,
                        "接入视频监控点位5000路",
                    )
                ],
            ),
            (
                "11.",
                "推进政务服务智能审批",
                "梳理道路运输高频事项，推行“秒批”“智能审批”，办理时限压缩50%。",
                ["运输管理科"],
                ["科技信息科"],
                [],
                [T("道路运输高频事项办理时限压缩比例", "%", "eq", 50, "办理时限压缩50%")],
            ),
        ],
    ),
    (
        "三",
        "三、",
        "夯实数据和技术支撑",
        "key_task",
        [
            (
                "12.",
                "建设交通运输行业数据集",
                "汇聚路网、客流、货运和执法数据，开展数据清洗标注，推动高质量数据集开放应用。",
                ["科技信息科"],
                ["综合规划科", "市交通运输指挥中心"],
                [],
                [],
            ),
            (
                "13.",
                "开展交通大模型应用试点",
                "联合企业开展交通运输行业大模型应用试点，形成典型案例5个。",
                ["科技信息科"],
                ["综合规划科"],
                ["市轨道交通集团"],
                [T("交通运输行业大模型应用典型案例", "个", "eq", 5, "形成典型案例5个")],
            ),
            (
                "14.",
                "加强项目谋划和资金保障",
                "谋划“人工智能+交通运输”项目10个，积极争取上级资金支持。",
                ["综合规划科"],
                ["财务审计科"],
                [],
                [
                    T(
                        "谋划“人工智能+交通运输”项目",
                        "个",
                        "eq",
                        10,
                        "谋划“人工智能+交通运输”项目10个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "15.",
                "加强网络和数据安全",
                "落实网络安全责任制，开展关键信息基础设施安全检查。",
                ["科技信息科"],
                [],
                ["市公交集团", "市轨道交通集团"],
                [],
            ),
            (
                "16.",
                "开展人才培训",
                "举办交通运输人工智能应用专题培训，培训行业从业人员800人次。",
                ["综合规划科"],
                ["市交通运输综合行政执法支队"],
                ["各区县交通运输局"],
                [
                    T(
                        "交通运输人工智能应用培训从业人员",
                        "人次",
                        "eq",
                        800,
                        "培训行业从业人员800人次",
                        aggregation="flow",
                        kind="talent",
                    )
                ],
            ),
        ],
    ),
]

PARAS = [
    (
        "body",
        "2026年是实施“人工智能+”行动的关键之年。为推动人工智能与交通运输深度融合，现提出以下工作要点。",
    ),
    (
        "body",
        "全年工作坚持需求导向、场景牵引、安全可控，聚焦出行服务、行业治理和数据支撑三个方面，推动人工智能技术在交通运输领域规模化应用，加快建设人民满意交通，为全市经济社会高质量发展提供有力支撑。",
    ),
    ("body", GOAL),
]
TASK_GOALS, SECTIONS = sections(SPEC, CODE, LABELS, PARAS)
PARAS += [
    (
        "body",
        "各科室、各单位要把“人工智能+交通运输”工作摆在突出位置，主要负责同志亲自抓，明确专人负责，加强与发展改革、数据管理等部门的沟通衔接，积极争取政策和资金支持，及时总结推广典型经验做法。",
    ),
    (
        "body",
        "各牵头科室要会同配合单位、实施主体细化工作举措，于每季度末向科技信息科报送工作进展。",
    ),
    ("right", DEPT),
    ("right", "2026年2月26日"),
]


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "h1":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        elif kind == "item":
            out.append(f'<p style="text-indent:2em;"><strong>{text[0]}</strong>{text[1]}</p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE}_通知公告_泷沅市交通运输局</title>
<meta name="SiteName" content="泷沅市交通运输局">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-02-28 10:30">
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="top"><span>泷沅市交通运输局</span> <a href="/">首页</a> | <a href="/jgzn/">机构职能</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ghjh/">规划计划</a></div>
<table class="xxgk">
<tr><td>索引号：</td><td>11431200MB0X72561Q/2026-00019</td><td>发布机构：</td><td>{DEPT}</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>发布时间：</td><td>2026-02-28</td></tr>
</table>
<h1 class="title">{TITLE}</h1>
<div class="info">发布时间：2026-02-28 10:30　来源：科技信息科　浏览次数：<span id="hits">1268</span></div>
<div class="content" id="zoom">
{article}
</div>
<div class="tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="footer">
<p>主办：泷沅市交通运输局　地址：泷沅市迎宾大道88号　电话：0745-2201234</p>
<p>湘ICP备05012345号　网站标识码：4312000012</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "longyuan-hunan-city",
        "name": "泷沅市",
        "name_en": "Longyuan City (Hunan)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": agencies(A),
    "goals": GOALS + TASK_GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 泷沅市交通运输局2026年“人工智能+交通运输”工作要点 (泷沅市交通运输局, 泷交发〔2026〕7号, 2026-02-26)
# — SYNTHETIC (synthetic_da): WRITTEN by the collector (helper blindDA, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_longyuan.py as the portal page saved (.html, UTF-8).
# Zone longyuan-hunan-city (湖南 泷沅市, invented) → city level; period 2026 (a one-year 工作要点; every figure due 2026).
# Outline: portal nav, breadcrumb, 信息公开 table (索引号, 文号, 发布时间), title, 发布时间 / 来源：科技信息科 line (no role), a
#   preamble, a goals paragraph 到2026年底 (6 targets), three groups 一、–三、 (key_task sections) of items 1.–16. NUMBERED ON
#   across the groups, each "N.标题。正文（牵头科室：X；配合单位：Y；实施主体：Z）"; a closing paragraph "各牵头科室要会同…向科技信息
#   科报送工作进展" (no task, no role), signature, date, footer "主办：泷沅市交通运输局" (no role). No 保障措施 part.
# Roles: 牵头科室 → lead; 配合单位 → supporting; 实施主体 → responsible (an enterprise too, as SOURCES' role words say). The
#   bureau's sections are named AS PRINTED (科技信息科), category transport; its 局属单位 (执法支队, 公路/港航事业发展中心, 指挥
#   中心) are agencies named with the city; 市公交集团 / 市轨道交通集团 are state enterprises named by their full company names
#   (the printed short form the alias); 各区县交通运输局 a collective agency.
# Targets: goals paragraph as printed; item 7's "全面安装" restates the goal's 100% without a figure (no second target); item 12's
#   数据集 has no figure (the goal's 8个 is not repeated there). 新增 / 新建 / 开通 / 谋划 / 培训 counts within the year → flow.
#   "聚焦出行服务、行业治理和数据支撑三个方面" counts aspects: no target. "缩短10%" / "压缩50%" → eq %, the metric naming the reduction. Every item with figures is also a goal titled like it.
"""
