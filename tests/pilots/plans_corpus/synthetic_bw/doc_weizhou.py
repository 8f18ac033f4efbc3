# ruff: noqa: E501  (plan text as the office writes it)
"""威州镇“人工智能+基层治理”工作方案 — INVENTED (synthetic_bw). Built as .docx and printed to PDF by LibreOffice: red head,
发文字号, notice; 一、工作基础 (2025 baselines); 二、工作目标 ("到2026年底，…"); 三、重点任务 tasks 1.–21. numbered on across three
groups （一）–（三）, bold-led paragraphs, each followed by its own line "时间节点：2026年6月底前完成…；2026年12月底前…。" (milestones) and a
line of roles without brackets "牵头单位：X　责任单位：Y、各村（社区）　配合单位：威州派出所" (or 牵头单位 alone); some targets
per 村（社区）; 四、保障措施 （一）–（四）; 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "weizhou-town-ai-plus-grassroots-governance-2026-synthetic"
KIND = "pdf"

A = {
    "党政办公室": ("dzb", "汶川县威州镇党政办公室", "government"),
    "党建工作办公室": ("djb", "汶川县威州镇党建工作办公室", "party_organisation"),
    "经济发展办公室": ("jfb", "汶川县威州镇经济发展办公室", "development_reform"),
    "社会事务办公室": ("swb", "汶川县威州镇社会事务办公室", "civil_affairs"),
    "应急管理办公室": ("yjb", "汶川县威州镇应急管理办公室", "emergency"),
    "综合行政执法队": ("zfd", "汶川县威州镇综合行政执法队", "other"),
    "便民服务中心": ("bmzx", "汶川县威州镇便民服务中心", "government_services"),
    "社会治安综合治理中心": ("zzzx", "汶川县威州镇社会治安综合治理中心", "public_security"),
    "农业综合服务中心": ("nyzx", "汶川县威州镇农业综合服务中心", "agriculture"),
    "威州派出所": ("pcs", "汶川县公安局威州派出所", "public_security"),
    "各村（社区）": ("gc", "威州镇各村民委员会、社区居民委员会", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
CODE = {p: v[0] for p, v in A.items()}
DAYS = {3: 31, 4: 30, 5: 31, 6: 30, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "威州镇“人工智能+基层治理”工作方案"
DOC_NUMBER = "威府发〔2026〕5号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Weizhou Town “AI + grassroots governance” work plan — synthetic",
    "issuer": "汶川县威州镇人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-05",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经镇党委、镇政府研究同意，现将《{TITLE}》印发给你们，请结合实际认真抓好落实。各牵头单位于每月25日前将工作进展报镇党政办公室。"
BASE = "我镇共有12个村（社区），划分网格86个，配备专兼职网格员112名。2025年，全镇群众诉求办结率为87%，已建成视频监控点位320个，“雪山智治”基层治理平台完成一期建设。但基层治理仍存在数据分散、人工巡查负担重、风险发现不及时等问题，需要借助人工智能技术推动基层治理方式变革。作为县城所在地，我镇人口集中、流动人口多，又地处山区，地质灾害和森林火灾风险点多面广，对基层治理的精细化、智能化提出了更高要求。"
GOAL_TEXT = "到2026年底，建成镇级基层治理智能中枢1个，全镇12个村（社区）智能网格覆盖率达到100%，群众诉求智能分派准确率达到90%以上、办结率达到95%以上，打造“人工智能+基层治理”示范村（社区）3个，每个村（社区）至少培养“数字网格员”2名，基本形成“一屏观全镇、一网管全域”的基层智治格局。"
GOAL_TARGETS = [
    T("镇级基层治理智能中枢", "个", "eq", 1, "建成镇级基层治理智能中枢1个"),
    T("村（社区）智能网格覆盖率", "%", "eq", 100, "全镇12个村（社区）智能网格覆盖率达到100%"),
    T("群众诉求智能分派准确率", "%", "gte", 90, "群众诉求智能分派准确率达到90%以上"),
    T("群众诉求办结率", "%", "gte", 95, "办结率达到95%以上"),
    T(
        "“人工智能+基层治理”示范村（社区）",
        "个",
        "eq",
        3,
        "打造“人工智能+基层治理”示范村（社区）3个",
        kind="application_scenarios",
    ),
    T(
        "每个村（社区）“数字网格员”",
        "名",
        "gte",
        2,
        "每个村（社区）至少培养“数字网格员”2名",
        kind="talent",
    ),
]
PARTS = "围绕上述目标，重点抓好以下三个方面21项任务。"

# group: (numbering, title, items); item: (title, rest, time line, lead, responsible, supporting, final month, targets (phrase in rest or time line))
GROUPS = [
    (
        "（一）",
        "夯实智能治理基础",
        [
            (
                "建设镇级智能中枢",
                "依托“雪山智治”平台升级建设镇级基层治理智能中枢，整合综治、应急、城管、民政等业务数据，实现事件统一受理、智能分拨、闭环处置。",
                "时间节点：2026年6月底前完成平台升级方案编制；2026年10月底前完成智能中枢部署并上线运行。",
                "党政办公室",
                ["社会治安综合治理中心"],
                [],
                10,
                [],
            ),
            (
                "优化智能网格划分",
                "按照“地理相邻、人口相当、便于管理”原则，优化调整全镇网格，将网格数据、人口数据、房屋数据与地图“一张图”关联。",
                "时间节点：2026年4月底前完成网格优化调整；2026年8月底前完成全镇网格数据与地图关联。",
                "社会治安综合治理中心",
                ["各村（社区）"],
                [],
                8,
                [],
            ),
            (
                "新增智能感知设备",
                "在重点路口、学校周边、河道沿线和地质灾害隐患点新增智能感知设备，推动视频监控智能分析全覆盖。",
                "时间节点：2026年6月底前完成点位勘选；2026年11月底前新增智能感知设备80个，每个村（社区）不少于5个。",
                "应急管理办公室",
                ["综合行政执法队", "各村（社区）"],
                ["威州派出所"],
                11,
                [
                    T(
                        "新增智能感知设备",
                        "个",
                        "eq",
                        80,
                        "新增智能感知设备80个",
                        aggregation="flow",
                    ),
                    T(
                        "每个村（社区）新增智能感知设备",
                        "个",
                        "gte",
                        5,
                        "每个村（社区）不少于5个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进基层数据归集",
                "梳理基层报表和台账，推动人口、房屋、企业、事件等基层数据“一次采集、多方复用”，减少重复填报。",
                "时间节点：2026年5月底前完成基层报表清理；2026年12月底前基层报表精简30%以上。",
                "党政办公室",
                ["便民服务中心", "各村（社区）"],
                [],
                12,
                [T("基层报表精简比例", "%", "gte", 30, "基层报表精简30%以上")],
            ),
            (
                "建立数据安全制度",
                "落实数据分类分级管理，明确平台账号权限，规范个人信息采集、使用和销毁流程，防止数据泄露。",
                "时间节点：2026年6月底前出台数据安全管理办法；2026年12月底前开展一次全面检查。",
                "党政办公室",
                ["社会治安综合治理中心"],
                ["威州派出所"],
                12,
                [],
            ),
            (
                "保障网络和终端",
                "推动光纤网络和5G信号向偏远村组延伸，为网格员配备智能移动终端，解决山区信号盲区问题。",
                "时间节点：2026年9月底前为全镇网格员配备智能移动终端112台。",
                "经济发展办公室",
                ["各村（社区）"],
                [],
                9,
                [T("网格员智能移动终端", "台", "eq", 112, "为全镇网格员配备智能移动终端112台")],
            ),
            (
                "培训数字网格员",
                "围绕平台操作、智能终端使用和数据安全，分批开展网格员能力培训，培养一批会用、善用人工智能工具的“数字网格员”。",
                "时间节点：2026年6月底前完成首轮全员培训；2026年12月底前累计开展培训6期。",
                "党建工作办公室",
                ["社会治安综合治理中心", "各村（社区）"],
                [],
                12,
                [
                    T(
                        "网格员培训",
                        "期",
                        "eq",
                        6,
                        "累计开展培训6期",
                        aggregation="flow",
                        kind="talent",
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "拓展智能治理场景",
        [
            (
                "群众诉求智能分派",
                "运用大模型对群众来电、来信、线上留言进行智能识别、分类和分派，推动诉求“接诉即办、未诉先办”。",
                "时间节点：2026年6月底前上线诉求智能分派功能；2026年12月底前实现全镇诉求统一受理。",
                "便民服务中心",
                ["党政办公室", "各村（社区）"],
                [],
                12,
                [],
            ),
            (
                "矛盾纠纷智能预警",
                "建立矛盾纠纷智能研判模型，对邻里、婚恋、土地、劳资等纠纷风险早发现、早预警、早化解。",
                "时间节点：2026年9月底前完成研判模型部署；2026年12月底前矛盾纠纷化解率达到98%。",
                "社会治安综合治理中心",
                ["各村（社区）"],
                ["威州派出所"],
                12,
                [T("矛盾纠纷化解率", "%", "eq", 98, "矛盾纠纷化解率达到98%")],
            ),
            (
                "地质灾害智能监测",
                "在全镇地质灾害隐患点布设位移、雨量等监测设备，接入智能预警模型，实现险情自动预警、信息自动推送。",
                "时间节点：2026年5月底前完成监测设备布设；2026年12月底前隐患点智能监测覆盖率达到100%。",
                "应急管理办公室",
                ["各村（社区）"],
                [],
                12,
                [T("地质灾害隐患点智能监测覆盖率", "%", "eq", 100, "隐患点智能监测覆盖率达到100%")],
            ),
            (
                "森林防火智能巡护",
                "在重点林区和进山路口布设智能烟火识别摄像头，配合无人机巡护，提升火情发现和处置效率。",
                "时间节点：2026年3月底前完成重点林区点位部署；2026年12月底前开展无人机巡护200架次以上。",
                "应急管理办公室",
                ["农业综合服务中心", "各村（社区）"],
                [],
                12,
                [
                    T(
                        "无人机巡护",
                        "架次",
                        "gte",
                        200,
                        "开展无人机巡护200架次以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "市容秩序智能巡查",
                "对占道经营、乱堆乱放、违规广告等问题开展视频智能识别，推动问题自动发现、自动派单。",
                "时间节点：2026年6月底前在场镇主要街道上线智能巡查；2026年12月底前问题自动发现率达到70%。",
                "综合行政执法队",
                ["便民服务中心"],
                [],
                12,
                [T("市容问题自动发现率", "%", "eq", 70, "问题自动发现率达到70%")],
            ),
            (
                "社会治安智能防控",
                "推进公共安全视频智能分析应用，加强对重点区域、重点时段的人流车流分析，提升治安防控水平。",
                "时间节点：2026年12月底前完成场镇重点区域智能防控圈建设。",
                "社会治安综合治理中心",
                ["综合行政执法队"],
                ["威州派出所"],
                12,
                [],
            ),
            (
                "特殊群体智能关爱",
                "为辖区独居老人、留守儿童、残疾人等特殊群体建立数字档案，推广智能手环、一键呼叫等设备，及时发现异常情况。",
                "时间节点：2026年6月底前完成特殊群体数字建档；2026年12月底前为独居老人配发智能设备150台。",
                "社会事务办公室",
                ["各村（社区）"],
                [],
                12,
                [
                    T(
                        "为独居老人配发智能设备",
                        "台",
                        "eq",
                        150,
                        "为独居老人配发智能设备150台",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "提升智能服务水平",
        [
            (
                "上线智能政务助手",
                "在便民服务中心上线“威州智办”智能问答助手，提供政策咨询、办事指引和材料预审服务。",
                "时间节点：2026年6月底前上线智能问答助手；2026年12月底前高频事项智能预审率达到60%。",
                "便民服务中心",
                [],
                [],
                12,
                [T("高频事项智能预审率", "%", "eq", 60, "高频事项智能预审率达到60%")],
            ),
            (
                "推进村级代办服务",
                "在各村（社区）便民服务站部署自助终端，推动社保、医保、民政等事项“就近办、掌上办”。",
                "时间节点：2026年9月底前每个村（社区）部署自助终端1台。",
                "便民服务中心",
                ["社会事务办公室", "各村（社区）"],
                [],
                9,
                [T("每个村（社区）自助终端", "台", "eq", 1, "每个村（社区）部署自助终端1台")],
            ),
            (
                "打造智治示范村",
                "选取基础条件较好的村（社区）开展“人工智能+基层治理”示范创建，形成可复制推广的经验做法。",
                "时间节点：2026年6月底前确定示范村（社区）名单；2026年12月底前完成示范创建并组织验收。",
                "党政办公室",
                ["社会治安综合治理中心", "各村（社区）"],
                [],
                12,
                [],
            ),
            (
                "智慧农业服务",
                "推动农技服务智能问答、病虫害图像识别在甜樱桃、青脆李等特色产业中的应用，服务农户种植管理。",
                "时间节点：2026年8月底前上线病虫害识别服务；2026年12月底前服务农户1000户以上。",
                "农业综合服务中心",
                ["各村（社区）"],
                [],
                12,
                [T("智慧农业服务农户", "户", "gte", 1000, "服务农户1000户以上")],
            ),
            (
                "智能文旅服务",
                "依托羌绣、羌笛等文化资源开发智能导览服务，推动旅游咨询、客流监测智能化。",
                "时间节点：2026年10月底前在主要景点上线智能导览服务。",
                "经济发展办公室",
                ["社会事务办公室"],
                [],
                10,
                [],
            ),
            (
                "党建引领智能治理",
                "推动党员积分管理、“三务”公开等工作线上运行，组织党员志愿者参与数字化服务，提升群众参与度。",
                "时间节点：2026年12月底前实现12个村（社区）“三务”线上公开全覆盖。",
                "党建工作办公室",
                ["各村（社区）"],
                [],
                12,
                [],
            ),
            (
                "开展评估总结",
                "对方案实施情况开展评估，总结推广典型经验，谋划2027年工作。",
                "时间节点：2026年12月底前形成年度评估报告。",
                "党政办公室",
                [],
                [],
                12,
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立由镇党委书记、镇长任组长的“人工智能+基层治理”工作领导小组，领导小组办公室设在党政办公室，负责统筹推进日常工作。",
    ),
    (
        "（二）",
        "强化经费保障",
        "积极争取上级专项资金支持，镇财政每年安排基层智治工作经费不低于30万元，对示范村（社区）给予每个5万元工作补助。",
    ),
    (
        "（三）",
        "严格督促考核",
        "将工作推进情况纳入村（社区）年度目标考核，实行月通报、季讲评，对工作滞后的村（社区）进行约谈。",
    ),
    (
        "（四）",
        "注重宣传引导",
        "通过微信公众号、村村响广播等渠道宣传基层智治成效，引导群众参与和使用智能服务。",
    ),
]


def roles_line(lead, resp, sup):
    parts = []
    if lead:
        parts.append(f"牵头单位：{lead}")
    if resp:
        parts.append(f"责任单位：{'、'.join(resp)}")
    if sup:
        parts.append(f"配合单位：{'、'.join(sup)}")
    return "　".join(parts)


def _build():
    blocks = [
        ("head", "威州镇人民政府文件"),
        ("docno", DOC_NUMBER),
        ("title", f"威州镇人民政府关于印发《{TITLE}》的通知"),
        ("addressee", "各村（社区），镇属各办（中心、所、队），驻镇各单位："),
        ("body", NOTICE),
        ("sign", "汶川县威州镇人民政府"),
        ("date", "2026年3月5日"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为深入推进“人工智能+”行动，运用人工智能技术提升基层治理体系和治理能力现代化水平，结合我镇实际，制定本方案。",
        ),
        ("h1", "一、工作基础"),
        ("body", BASE),
        ("h1", "二、工作目标"),
        ("body", GOAL_TEXT),
        ("h1", "三、重点任务"),
        ("body", PARTS),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2026年底", GOAL_TEXT, GOAL_TARGETS)]
    subs = []
    n = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, rest, when, lead, resp, sup, month, targets in items:
            n += 1
            numbering = f"{n}."
            line = roles_line(lead, resp, sup)
            blocks.append(("item", (f"{numbering}{title}。", rest)))
            blocks.append(("plain", when))
            blocks.append(("plain", line))
            tasks.append(
                Task(
                    numbering,
                    title,
                    f"{title}。{rest}{when}{line}",
                    lead=[CODE[lead]] if lead else [],
                    responsible=[CODE[x] for x in resp],
                    supporting=[CODE[x] for x in sup],
                    due=f"2026-{month:02d}-{DAYS[month]}",
                )
            )
            for t in targets:
                assert t.phrase in rest + when, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}{when}", targets, numbering=numbering))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for numbering, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{numbering}{title}。", text)))
        sg.append(Task(numbering, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    blocks += [
        ("rule", ""),
        ("addressee", "抄送：汶川县人民政府办公室，县委政法委，县数据局。"),
        ("addressee", "威州镇党政办公室　　　　　　　　2026年3月5日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "weizhou-town-wenchuan",
        "name": "威州镇",
        "name_en": "Weizhou Town (Wenchuan County)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 威州镇“人工智能+基层治理”工作方案 (汶川县威州镇人民政府, 威府发〔2026〕5号, 2026-03-05)
# — SYNTHETIC (synthetic_bw): WRITTEN by the collector (helper blindBW, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_weizhou.py as .docx, printed to PDF by LibreOffice.
# Zone weizhou-town-wenchuan (四川 阿坝州 汶川县 威州镇, a town; the schema has no town level) → district level; period 2026.
# Outline: red head, 发文字号, notice (每月25日前: no target), page break, title, a one-sentence preamble; 一、工作基础 (12个村（社区）,
#   86 网格, 112名, 87%, 320个: baselines); 二、工作目标 "到2026年底，…" (goal 到2026年底, 6 targets; "全镇12个村（社区）" names the
#   count that exists: no target); "三个方面21项任务" counts the plan's parts: no target. 三、重点任务 = three groups （一）–（三）
#   (key_task sections nested in 三、) of items 1.–21. numbered on, each "N.标题。正文" (bold heading), then its own line
#   "时间节点：2026年N月底前…；2026年M月底前…。" (milestones) and a line of roles without brackets. Task text = heading + body + the
#   时间节点 line + the roles line; due = the LAST milestone's month end. 四、保障措施 （一）–（四） safeguard tasks, no roles.
# Roles: 牵头单位 → lead, 责任单位 → responsible, 配合单位 (威州派出所, a county police station in the town) → supporting; a task
#   各村（社区） one collective (the town's villages and communities). Items 15 and 21 name their lead only.
# Targets: an item with figures (in its body or its 时间节点 line) is a goal titled like it (text heading + body + 时间节点 line), its
#   figures due 2026. Per-村 figures (每个村（社区）不少于5个, 每个村（社区）部署自助终端1台, and the goals' 每个村（社区）至少培养…2名) are
#   targets of their own, metric 每个村（社区）…, not multiplied out. Milestone clauses with no figure (完成方案编制, 上线运行) are no
#   target. Item 20's "实现12个村（社区）…全覆盖" names every village: no count target. Not targets: baselines, the safeguard's
#   每年…不低于30万元 and 每个5万元工作补助, 112名 in the base (but item 6's 配备智能移动终端112台 is a target).
"""
