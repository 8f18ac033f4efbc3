# ruff: noqa: E501  (plan text as the office writes it)
"""阴岭县2026年“人工智能+”行动重点任务督查台账 — INVENTED (synthetic_cj). The county portal's 督查督办 page saved as .html:
site chrome, an 信息公开 table, the article — an opening paragraph, 一、工作目标 (two dated paragraphs), 二、重点任务督查台账 = a
<table> whose group rows span all seven columns (colspan) and whose 序号 / 任务事项 / 责任单位 / 分管领导 cells span the rows of
their 目标要求 (rowspan); columns 序号 | 任务事项 | 目标要求 | 责任单位 | 分管领导 | 时间节点 | 完成情况 (empty or "推进中"); a
说明 under it ("责任单位排在首位的为牵头单位"); 三、督办要求 （一）–（三）."""

import html

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "yinling-ai-plus-supervision-ledger-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "县发改委": ("fgw", "阴岭县发展和改革委员会", "development_reform"),
    "县工信局": ("gxj", "阴岭县工业和信息化局", "industry_it"),
    "县政数局": ("zsj", "阴岭县政务服务与数据管理局", "big_data"),
    "县能源局": ("nyj", "阴岭县能源局", "development_reform"),
    "县农牧和科技局": ("nmj", "阴岭县农牧和科技局", "agriculture"),
    "县商务局": ("swj", "阴岭县商务局", "commerce"),
    "县文旅体局": ("wlj", "阴岭县文化旅游体育局", "culture_tourism"),
    "县融媒体中心": ("rmt", "阴岭县融媒体中心", "publicity"),
    "县卫健委": ("wjw", "阴岭县卫生健康委员会", "health"),
    "县教体局": ("jtj", "阴岭县教育体育局", "education"),
    "县人社局": ("rsj", "阴岭县人力资源和社会保障局", "human_resources"),
    "县委组织部": ("zzb", "中共阴岭县委组织部", "party_organisation"),
    "县财政局": ("czj", "阴岭县财政局", "finance"),
    "县应急管理局": ("yjj", "阴岭县应急管理局", "emergency"),
    "县委网信办": ("wxb", "中共阴岭县委网络安全和信息化委员会办公室", "publicity"),
    "县委政法委": ("zfw", "中共阴岭县委政法委员会", "party_organisation"),
    "县公安局": ("gaj", "阴岭县公安局", "public_security"),
    "阴岭县工业园区管委会": ("gyy", "阴岭县工业园区管理委员会", "park_administration"),
    "国网阴岭县供电公司": ("gdg", "国网内蒙古东部电力有限公司阴岭县供电公司", "state_enterprise"),
    "各苏木乡镇人民政府": ("sm", "阴岭县各苏木乡镇人民政府", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "阴岭县2026年“人工智能+”行动重点任务督查台账"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yinling County supervision ledger of the “AI+” action's key tasks, 2026 — synthetic",
    "issuer": "阴岭县人民政府督查室",
    "issued_on": "2026-04-03",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

OPENING = "2025年，全县人工智能相关产业产值达到5.2亿元，建成智慧牧场3个，“人工智能+”应用场景达到7个，数字化转型基础不断夯实。为推动《阴岭县推进“人工智能+”行动实施方案（2026—2027年）》各项任务落地见效，县政府督查室会同县工业和信息化局对方案确定的重点任务逐项梳理，形成本台账，明确目标要求、责任单位、分管领导和时间节点，实行挂图作战、动态更新、对账销号。现予公开，接受社会监督。"
GOAL_2026 = "到2026年底，全县智能算力规模达到20P，人工智能相关产业产值达到8亿元，打造“人工智能+”应用场景12个。"
GOAL_2027 = "到2027年底，全县人工智能相关产业产值达到12亿元，培育人工智能应用企业15家，建成智慧牧场10个，打造“人工智能+”应用场景25个，人工智能在能源、牧业、文旅和公共服务领域的应用水平明显提升。"
GOALS_TOP = [
    Goal(
        "到2026年底",
        GOAL_2026,
        [
            T(
                "智能算力规模",
                "P",
                "eq",
                20,
                "全县智能算力规模达到20P",
                kind="computing_power",
                deadline=2026,
            ),
            T(
                "人工智能相关产业产值",
                "亿元",
                "eq",
                8,
                "人工智能相关产业产值达到8亿元",
                kind="related_industry_scale",
                deadline=2026,
            ),
            T(
                "“人工智能+”应用场景",
                "个",
                "eq",
                12,
                "打造“人工智能+”应用场景12个",
                kind="application_scenarios",
                deadline=2026,
            ),
        ],
    ),
    Goal(
        "到2027年底",
        GOAL_2027,
        [
            T(
                "人工智能相关产业产值",
                "亿元",
                "eq",
                12,
                "人工智能相关产业产值达到12亿元",
                kind="related_industry_scale",
                deadline=2027,
            ),
            T(
                "人工智能应用企业",
                "家",
                "eq",
                15,
                "培育人工智能应用企业15家",
                kind="ai_enterprises",
                deadline=2027,
            ),
            T("智慧牧场", "个", "eq", 10, "建成智慧牧场10个", deadline=2027),
            T(
                "“人工智能+”应用场景",
                "个",
                "eq",
                25,
                "打造“人工智能+”应用场景25个",
                kind="application_scenarios",
                deadline=2027,
            ),
        ],
    ),
]

VP = "县政府副县长"
EXEC = "县政府常务副县长"
# group: (numbering, title, tasks); task: (任务事项, 责任单位 (printed, first leads), 分管领导, rows)
# row: (目标要求, 时间节点, 完成情况, targets)
GROUPS = [
    (
        "（一）",
        "夯实数字基础",
        [
            (
                "建设县级算力节点，推动算力资源普惠共享",
                ["县发改委", "县政数局", "国网阴岭县供电公司"],
                VP,
                [
                    ("完成项目立项和设备采购", "2026年6月底前", "推进中", []),
                    (
                        "建成县级智能算力节点1个，智能算力规模达到20P",
                        "2026年12月底前",
                        "",
                        [T("县级智能算力节点", "个", "eq", 1, "建成县级智能算力节点1个")],
                        # 智能算力规模达到20P: the 2026 goal printed again
                    ),
                ],
            ),
            (
                "推进数据资源归集共享，提升数据支撑能力",
                ["县政数局"],
                VP,
                [
                    (
                        "归集政务数据目录800项，数据共享申请按时响应率达到100%",
                        "2026年9月底前",
                        "推进中",
                        [
                            T("归集政务数据目录", "项", "eq", 800, "归集政务数据目录800项"),
                            T(
                                "数据共享申请按时响应率",
                                "%",
                                "eq",
                                100,
                                "数据共享申请按时响应率达到100%",
                            ),
                        ],
                    ),
                    (
                        "建设农牧业和新能源行业数据集2个",
                        "2027年6月底前",
                        "",
                        [
                            T(
                                "农牧业和新能源行业数据集",
                                "个",
                                "eq",
                                2,
                                "建设农牧业和新能源行业数据集2个",
                            )
                        ],
                    ),
                ],
            ),
            (
                "扩大5G网络覆盖，推进苏木乡镇网络提质",
                ["县工信局", "各苏木乡镇人民政府"],
                VP,
                [
                    (
                        "新建5G基站80个，实现苏木乡镇镇区5G网络全覆盖",
                        "2026年12月底前",
                        "推进中",
                        [T("新建5G基站", "个", "eq", 80, "新建5G基站80个", aggregation="flow")],
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能化",
        [
            (
                "推进新能源场站智能化运维",
                ["县能源局", "阴岭县工业园区管委会"],
                EXEC,
                [
                    (
                        "推动风电、光伏场站部署智能巡检系统，覆盖场站6座",
                        "2026年12月底前",
                        "推进中",
                        [T("部署智能巡检系统的风电、光伏场站", "座", "eq", 6, "覆盖场站6座")],
                    ),
                    (
                        "建成新能源智能运维中心1个，场站智能化运维覆盖率达到80%",
                        "2027年12月底前",
                        "",
                        [
                            T("新能源智能运维中心", "个", "eq", 1, "建成新能源智能运维中心1个"),
                            T("场站智能化运维覆盖率", "%", "eq", 80, "场站智能化运维覆盖率达到80%"),
                        ],
                    ),
                ],
            ),
            (
                "推进煤矿智能化建设，提升安全生产水平",
                ["县能源局", "县应急管理局"],
                EXEC,
                [
                    (
                        "完成智能化改造煤矿2座，井下危险岗位机器人替代率达到30%",
                        "2026年12月底前",
                        "推进中",
                        [
                            T(
                                "完成智能化改造煤矿",
                                "座",
                                "eq",
                                2,
                                "完成智能化改造煤矿2座",
                                aggregation="flow",
                            ),
                            T(
                                "井下危险岗位机器人替代率",
                                "%",
                                "eq",
                                30,
                                "井下危险岗位机器人替代率达到30%",
                            ),
                        ],
                    ),
                    ("全县生产煤矿智能化建设全覆盖", "2027年12月底前", "", []),
                ],
            ),
            (
                "推动工业企业智能化改造",
                ["县工信局", "阴岭县工业园区管委会", "县财政局"],
                EXEC,
                [
                    (
                        "实施工业企业智能化改造项目10个，规上工业企业数字化转型诊断覆盖率达到100%",
                        "2026年12月底前",
                        "",
                        [
                            T(
                                "工业企业智能化改造项目",
                                "个",
                                "eq",
                                10,
                                "实施工业企业智能化改造项目10个",
                                aggregation="flow",
                            ),
                            T(
                                "规上工业企业数字化转型诊断覆盖率",
                                "%",
                                "eq",
                                100,
                                "规上工业企业数字化转型诊断覆盖率达到100%",
                            ),
                        ],
                    ),
                ],
            ),
            (
                "发展智慧牧业，打造草原畜牧业智能化样板",
                ["县农牧和科技局", "各苏木乡镇人民政府"],
                VP,
                [
                    (
                        "建成智慧牧场5个，推广牲畜智能耳标3万枚",
                        "2026年12月底前",
                        "推进中",
                        [
                            T("智慧牧场", "个", "eq", 5, "建成智慧牧场5个"),
                            T("推广牲畜智能耳标", "枚", "eq", 30000, "推广牲畜智能耳标3万枚"),
                        ],
                    ),
                    (
                        "累计建成智慧牧场10个",
                        "2027年12月底前",
                        "",
                        [],
                    ),  # the 2027 goal printed again
                ],
            ),
            (
                "培育人工智能应用企业",
                ["县工信局", "县商务局"],
                EXEC,
                [
                    (
                        "引进培育人工智能应用企业8家",
                        "2026年12月底前",
                        "",
                        [
                            T(
                                "引进培育人工智能应用企业",
                                "家",
                                "eq",
                                8,
                                "引进培育人工智能应用企业8家",
                                kind="ai_enterprises",
                                aggregation="flow",
                            )
                        ],
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "拓展场景应用",
        [
            (
                "推进“人工智能+”政务服务",
                ["县政数局"],
                VP,
                [
                    (
                        "上线政务服务智能客服，实现高频事项智能问答全覆盖",
                        "2026年6月底前",
                        "推进中",
                        [],
                    ),
                    (
                        "“一件事一次办”事项达到20项，政务服务好评率达到99%以上",
                        "2026年12月底前",
                        "",
                        [
                            T("“一件事一次办”事项", "项", "eq", 20, "“一件事一次办”事项达到20项"),
                            T("政务服务好评率", "%", "gte", 99, "政务服务好评率达到99%以上"),
                        ],
                    ),
                ],
            ),
            (
                "推进“人工智能+”文旅",
                ["县文旅体局", "县融媒体中心"],
                VP,
                [
                    (
                        "建设草原文旅智慧导览平台，接入A级景区4家，游客线上服务量达到50万人次",
                        "2027年6月底前",
                        "",
                        [
                            T("智慧导览平台接入A级景区", "家", "eq", 4, "接入A级景区4家"),
                            T(
                                "游客线上服务量",
                                "人次",
                                "eq",
                                500000,
                                "游客线上服务量达到50万人次",
                                aggregation="flow",
                            ),
                        ],
                    ),
                ],
            ),
            (
                "推进“人工智能+”医疗教育",
                ["县卫健委", "县教体局"],
                VP,
                [
                    (
                        "县级医院、苏木乡镇卫生院远程智能诊疗覆盖率达到100%",
                        "2026年12月底前",
                        "推进中",
                        [
                            T(
                                "县级医院、苏木乡镇卫生院远程智能诊疗覆盖率",
                                "%",
                                "eq",
                                100,
                                "远程智能诊疗覆盖率达到100%",
                            )
                        ],
                    ),
                    (
                        "建设中小学人工智能教育实验室8个",
                        "2027年12月底前",
                        "",
                        [
                            T(
                                "中小学人工智能教育实验室",
                                "个",
                                "eq",
                                8,
                                "建设中小学人工智能教育实验室8个",
                            )
                        ],
                    ),
                ],
            ),
            (
                "推进“人工智能+”社会治理",
                ["县委政法委", "县公安局", "各苏木乡镇人民政府"],
                VP,
                [
                    (
                        "建设县域社会治理智能指挥平台，接入视频监控点位2000路",
                        "2026年12月底前",
                        "推进中",
                        [
                            T(
                                "社会治理智能指挥平台接入视频监控点位",
                                "路",
                                "eq",
                                2000,
                                "接入视频监控点位2000路",
                            )
                        ],
                    ),
                    (
                        "苏木乡镇（社区）网格事件智能处置率达到85%",
                        "2027年6月底前",
                        "",
                        [
                            T(
                                "苏木乡镇（社区）网格事件智能处置率",
                                "%",
                                "eq",
                                85,
                                "网格事件智能处置率达到85%",
                            )
                        ],
                    ),
                ],
            ),
            (
                "打造“人工智能+”应用场景",
                ["县发改委", "县工信局", "县政数局"],
                EXEC,
                [
                    (
                        "每年发布场景清单，打造“人工智能+”应用场景25个",
                        "2027年12月底前",
                        "",
                        [],
                    ),  # the 2027 goal printed again
                ],
            ),
        ],
    ),
    (
        "（四）",
        "强化要素保障",
        [
            (
                "加强数字人才培养",
                ["县人社局", "县委组织部", "县农牧和科技局"],
                VP,
                [
                    (
                        "开展农牧民数字技能培训3000人次，引进数字领域专业人才20名",
                        "长期坚持",
                        "推进中",
                        [
                            T(
                                "农牧民数字技能培训",
                                "人次",
                                "eq",
                                3000,
                                "开展农牧民数字技能培训3000人次",
                                aggregation="flow",
                            ),
                            T(
                                "引进数字领域专业人才",
                                "名",
                                "eq",
                                20,
                                "引进数字领域专业人才20名",
                                kind="talent",
                                aggregation="flow",
                            ),
                        ],
                    ),
                ],
            ),
            (
                "强化资金保障",
                ["县财政局", "县发改委"],
                EXEC,
                [
                    (
                        "县财政每年安排“人工智能+”专项资金500万元，对新建智慧牧场给予最高10万元补助",
                        "长期坚持",
                        "",
                        [],
                    ),
                ],
            ),
            (
                "加强人工智能安全治理，守牢网络和数据安全底线",
                ["县委网信办", "县公安局", "县政数局"],
                VP,
                [
                    (
                        "开展人工智能应用和重要数据安全风险排查，组织网络和数据安全应急演练2次",
                        "2026年12月底前",
                        "",
                        [
                            T(
                                "网络和数据安全应急演练",
                                "次",
                                "eq",
                                2,
                                "组织网络和数据安全应急演练2次",
                                aggregation="flow",
                            )
                        ],
                    ),
                ],
            ),
        ],
    ),
]

DEMANDS = [
    (
        "（一）",
        "压实工作责任",
        "各责任单位主要负责同志为第一责任人，分管领导要定期调度分管领域任务进展。牵头单位要主动协调配合单位，细化工作措施，确保每项任务有人抓、有人管、有落实。",
    ),
    (
        "（二）",
        "严格督查问效",
        "县政府督查室对台账任务实行月调度、季督查，对进展滞后的任务发出督办通知，对工作不力、推诿扯皮的单位进行通报，对连续两个月进展滞后的任务约谈分管领导和责任单位主要负责同志，督查结果纳入年度实绩考核。",
    ),
    (
        "（三）",
        "规范台账管理",
        "各牵头单位要于每月25日前通过县政府督查督办平台报送任务完成情况，如实填写完成情况栏，已完成任务附相关佐证材料，申请对账销号。",
    ),
]

DUE = {
    "2026年6月底前": "2026-06-30",
    "2026年9月底前": "2026-09-30",
    "2026年12月底前": "2026-12-31",
    "2027年6月底前": "2027-06-30",
    "2027年12月底前": "2027-12-31",
    "长期坚持": None,
}
COLUMNS = ["序号", "任务事项", "目标要求", "责任单位", "分管领导", "时间节点", "完成情况"]


def _build():
    for g in GOALS_TOP:
        for t in g.targets:
            assert t.phrase in g.text, t.phrase
    goals = list(GOALS_TOP)
    trs = ["<tr>" + "".join(f"<th>{c}</th>" for c in COLUMNS) + "</tr>"]
    groups = []
    n = 0
    for gno, gtitle, tasks_in in GROUPS:
        trs.append(f'<tr class="group"><td colspan="7"><strong>{gno}{gtitle}</strong></td></tr>')
        tasks = []
        for matter, printed, leader, rows in tasks_in:
            n += 1
            span = f' rowspan="{len(rows)}"' if len(rows) > 1 else ""
            for i, (want, when, state, targets) in enumerate(rows):
                cells = []
                if i == 0:
                    cells += [f"<td{span}>{n}</td>", f"<td{span}>{html.escape(matter)}</td>"]
                cells.append(f"<td>{html.escape(want)}</td>")
                if i == 0:
                    cells += [f"<td{span}>{'、'.join(printed)}</td>", f"<td{span}>{leader}</td>"]
                cells += [f"<td>{when}</td>", f"<td>{state}</td>"]
                trs.append("<tr>" + "".join(cells) + "</tr>")
                for t in targets:
                    assert t.phrase in want, t.phrase
                    if t.deadline is None:
                        t.deadline = int(DUE[when][:4]) if DUE[when] else 2027
                if targets:
                    goals.append(Goal(matter.split("，")[0], want, targets, numbering=str(n)))
            dues = [DUE[when] for _, when, _, _ in rows if DUE[when]]
            tasks.append(
                Task(
                    str(n),
                    matter.split("，")[0],
                    matter,
                    lead=[A[printed[0]][0]],
                    responsible=[A[p][0] for p in printed[1:]],
                    due=max(dues) if dues else None,
                )
            )
        groups.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    demands = [Task(no, title, f"{title}。{text}") for no, title, text in DEMANDS]
    sections = [
        Section("二", "二、", "重点任务督查台账", "key_task", sections=groups),
        Section("三", "三、", "督办要求", "safeguard", demands),
    ]
    return "\n".join(trs), goals, sections


TABLE, GOALS, SECTIONS = _build()


def _html():
    p = '<p style="text-indent:2em;">{}</p>'.format
    demands = "\n".join(p(f"<strong>{no}{title}。</strong>{text}") for no, title, text in DEMANDS)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE}_督查督办_阴岭县人民政府</title>
<meta name="SiteName" content="阴岭县人民政府">
<meta name="ColumnName" content="督查督办">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-04-03 16:20">
<link rel="stylesheet" href="/css/common.css">
<style>
.tz_table{{border-collapse:collapse;width:100%;font-size:14px;}}
.tz_table td,.tz_table th{{border:1px solid #999;padding:4px 6px;}}
.tz_table tr.group td{{background:#f2f2f2;}}
</style>
<script src="/js/jquery.min.js"></script>
<script>$(function(){{$('.share').hide();}});</script>
</head>
<body>
<div class="top"><span>欢迎访问阴岭县人民政府网站</span><a href="/wza/">无障碍</a> <a href="/old/">关怀版</a></div>
<div class="header"><div class="logo"><a href="/">阴岭县人民政府</a></div><form class="search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjyl/">走进阴岭</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/dcdb/">督查督办</a></div>
<div class="xxgk">
<table class="info">
<tr><td>索引号：</td><td>011523280000000000/2026-00117</td><td>发布机构：</td><td>阴岭县人民政府督查室</td></tr>
<tr><td>公开方式：</td><td>主动公开</td><td>发布日期：</td><td>2026-04-03</td></tr>
</table>
</div>
<div class="article">
<h1 class="title">{TITLE}</h1>
<div class="info_bar">来源：阴岭县人民政府督查室　发布时间：2026-04-03 16:20　浏览次数：<span id="hits">386</span></div>
<div class="content" id="zoom">
{p(OPENING)}
<p style="text-indent:2em;"><strong>一、工作目标</strong></p>
{p(GOAL_2026)}
{p(GOAL_2027)}
<p style="text-indent:2em;"><strong>二、重点任务督查台账</strong></p>
<table class="tz_table" border="1" cellspacing="0" cellpadding="0">
<colgroup><col width="5%"><col width="17%"><col width="30%"><col width="18%"><col width="10%"><col width="11%"><col width="9%"></colgroup>
{TABLE}
</table>
<p>说明：1.责任单位排在首位的为牵头单位，其余为责任单位。2.完成情况栏由牵头单位按月填报，县政府督查室审核后更新。</p>
<p style="text-indent:2em;"><strong>三、督办要求</strong></p>
{demands}
<p style="text-align:right;">阴岭县人民政府督查室</p>
<p style="text-align:right;">2026年4月3日</p>
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办单位：阴岭县人民政府办公室　技术支持：阴岭县融媒体中心</p>
<p>网站标识码：1525280001　蒙ICP备00000000号-1　蒙公网安备15252802000000号</p>
<p>联系电话：0479-6213350</p>
</div>
</body>
</html>
"""


TEXT = _html()
BLOCKS = None

EXTRACTION = {
    "zone": {
        "slug": "yinling-county",
        "name": "阴岭县",
        "name_en": "Yinling County (Inner Mongolia)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 阴岭县2026年“人工智能+”行动重点任务督查台账 (阴岭县人民政府督查室, 2026-04-03; no document number)
# — SYNTHETIC (synthetic_cj): WRITTEN by the collector (helper blindCJ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_yinling.py as the portal page saved (.html, UTF-8).
# Zone yinling-county (内蒙古 阴岭县, invented; a county → district level, the county level of the schema); period 2026–2027 (the
#   ledger tracks the county's 实施方案（2026—2027年）; its time nodes run to 2027年12月底前).
# Outline: portal chrome (top bar, search, nav, breadcrumb 首页 > 政务公开 > 督查督办, an 索引号 / 发布机构 table, 浏览次数, share and
#   print links, footer with 网站标识码 / ICP / telephone: not the plan); the article: an opening paragraph; 一、工作目标 = two
#   paragraphs opening "到2026年底，…" / "到2027年底，…" (→ goals titled by their date phrase; 3 + 4 targets); 二、重点任务督查台账 = a
#   <table>: header 序号 | 任务事项 | 目标要求 | 责任单位 | 分管领导 | 时间节点 | 完成情况, group rows <td colspan="7">（一）…</td>
#   (→ sections （一）–（四） nested in 二、), task rows whose 序号, 任务事项, 责任单位 and 分管领导 cells span (rowspan) their 目标
#   要求 rows, each 目标要求 row with its own 时间节点 and 完成情况; a 说明 ("责任单位排在首位的为牵头单位，其余为责任单位"); 三、督办要求
#   （一）–（三） bold-led paragraphs (→ safeguard tasks, no roles); the 督查室's signature and date.
# What a task is: each 任务事项 (序号 1–16) with the rows it spans — the unit carrying one 责任单位 and 分管领导; its 目标要求 rows are
#   its stages and targets. Title = the 任务事项 cell up to its first comma; text = the 任务事项 cell (the 目标要求 rows stand apart
#   in the table, between other cells). Due = the latest 时间节点 among its rows (长期坚持 gives none; tasks 14 and 15: no due).
# Roles: by the 说明, the first name of the 责任单位 cell → lead, the others → responsible; a single name → lead. 分管领导 (县政府
#   副县长 / 县政府常务副县长: posts) → no agency, no role. 完成情况 ("推进中" or empty) → no status, no figure. 各苏木乡镇人民政府
#   one collective; 阴岭县工业园区管委会 a park administration; 国网阴岭县供电公司 a state enterprise; 县委组织部 a party body.
# Targets: the opening's 2025 figures (5.2亿元, 3个, 7个) are baselines, no targets. Each 目标要求 cell holding figures of its own is a goal titled like its task (numbered like it, text = the cell), its
#   figures due in its row's 时间节点 year (长期坚持 → the plan's end, 2027). Restated, so no second target: task 1's 智能算力规模达到
#   20P (the 2026 goal), task 7's 累计建成智慧牧场10个 and task 13's 应用场景25个 (the 2027 goals). Counting another thing: task 8's
#   引进培育人工智能应用企业8家 (2026) beside the 2027 total 15家; task 7's 智慧牧场5个 (2026) beside 10个 (2027). 3万枚 → 30000;
#   50万人次 → 500000. Not targets: "一件事一次办" (a name), 连续两个月 (a condition of the 督办要求), A级景区 (a grade: 4家 is the count), 专项资金500万元 (an annual budget),
#   最高10万元补助 (a cap), 序号, dates, 每月25日前, 浏览次数 386, telephone and site numbers.
"""
