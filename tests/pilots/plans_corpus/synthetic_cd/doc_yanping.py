# ruff: noqa: E501  (plan text as the office writes it)
"""雁坪区2026年“人工智能+”行动重点任务清单 — INVENTED (synthetic_cd). Plain text as a district 政府网 attachment saves it: a
heading, a short note that says how the 责任主体 column is read ("标注“（牵头）”的为牵头单位，其余为责任单位"), 2026 主要目标 in
one paragraph, then four groups 一、–四、 "（N项）" of entries 1．–14． numbered on, each a block of labelled lines
"任务名称：… / 工作内容：… / 责任主体：… / 完成时限：…" whose 责任主体 hold, beside 区 departments, 各街道办事处 (a collective), the
district's state firm 雁坪区城市建设投资集团有限公司, its platform company 雁坪区数字产业发展有限公司, a park's 管委会, the 区科协
and the 区人工智能产业协会 (a 社会组织), and once the generic "有关社会组织"."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "yanping-ai-plus-task-list-2026-synthetic"
KIND = "txt"

A = {
    "区发展改革局": ("fgj", "雁坪区发展和改革局", "development_reform"),
    "区工业和信息化局": ("gxj", "雁坪区工业和信息化局", "industry_it"),
    "区科技局": ("kjj", "雁坪区科学技术局", "science_technology"),
    "区数据局": ("sjj", "雁坪区数据局", "big_data"),
    "区政务服务局": ("zwj", "雁坪区政务服务局", "government_services"),
    "区住房城乡建设局": ("zjj", "雁坪区住房和城乡建设局", "housing_construction"),
    "区城市管理局": ("cgj", "雁坪区城市管理局", "housing_construction"),
    "区民政局": ("mzj", "雁坪区民政局", "civil_affairs"),
    "区卫生健康局": ("wjj", "雁坪区卫生健康局", "health"),
    "区教育体育局": ("jtj", "雁坪区教育体育局", "education"),
    "区人力资源社会保障局": ("rsj", "雁坪区人力资源和社会保障局", "human_resources"),
    "区投资促进局": ("tcj", "雁坪区投资促进局", "commerce"),
    "各街道办事处": ("jd", "雁坪区各街道办事处", "local_government"),
    "雁坪区城市建设投资集团有限公司": ("ct", "雁坪区城市建设投资集团有限公司", "state_enterprise"),
    "雁坪区数字产业发展有限公司": ("szcy", "雁坪区数字产业发展有限公司", "state_enterprise"),
    "雁坪数字经济产业园管委会": ("cyy", "雁坪数字经济产业园管理委员会", "park_administration"),
    "区科协": ("kx", "雁坪区科学技术协会", "other"),
    "区人工智能产业协会": ("xh", "雁坪区人工智能产业协会", "other"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "雁坪区2026年“人工智能+”行动重点任务清单"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yanping District list of key “AI+” tasks for 2026 — synthetic",
    "issuer": "雁坪区人民政府办公室",
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.txt",
}

NOTICE_TITLE = f"雁坪区人民政府办公室关于印发《{TITLE}》的通知"
ADDRESSEE = "各街道办事处，雁坪数字经济产业园管委会，区级各部门，区属各国有企业："
NOTICE = "为贯彻落实《棠溪市推进“人工智能+”行动工作方案（2026—2027年）》，加快推动人工智能赋能产业发展和基层治理，经区人民政府同意，现将《雁坪区2026年“人工智能+”行动重点任务清单》印发给你们。各责任主体要强化责任意识，细化工作措施，确保各项任务按期完成。区人民政府将把任务完成情况纳入年度绩效考核，对工作滞后的单位进行通报。执行中遇到的重大问题，请及时向区数据局（区“人工智能+”行动工作专班办公室）反映。"
NOTE = "说明：本清单共4个方面14项任务。“责任主体”栏中标注“（牵头）”的为牵头单位，其余为责任单位；各责任主体要按照完成时限抓好落实，每月5日前向区数据局报送上月工作进展。"
GOAL_TEXT = "主要目标：2026年，全区人工智能相关企业达到60家，数字经济核心产业营业收入达到45亿元，建成“人工智能+”应用场景30个以上，智慧社区覆盖率达到60%。"
GOAL_TARGETS = [
    T("人工智能相关企业", "家", "eq", 60, "全区人工智能相关企业达到60家", kind="ai_enterprises"),
    T(
        "数字经济核心产业营业收入",
        "亿元",
        "eq",
        45,
        "数字经济核心产业营业收入达到45亿元",
        kind="related_industry_scale",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "建成“人工智能+”应用场景30个以上",
        kind="application_scenarios",
    ),
    T("智慧社区覆盖率", "%", "eq", 60, "智慧社区覆盖率达到60%"),
]

# group: (numbering, title, items); item: (title, content, [(printed, lead?)], month, targets)
GROUPS = [
    (
        "一、",
        "夯实数字底座",
        [
            (
                "建设区级智能计算节点",
                "依托雁坪数字经济产业园建设区级智能计算节点，形成智能算力300P，接入全市算力调度平台，为辖区企业提供普惠算力服务，同步建设算力运营服务平台，实行市场化运营。",
                [
                    ("区发展改革局", True),
                    ("雁坪区数字产业发展有限公司", False),
                    ("雁坪数字经济产业园管委会", False),
                ],
                10,
                [T("智能算力", "P", "eq", 300, "形成智能算力300P", kind="computing_power")],
            ),
            (
                "建设城市运行“一网统管”平台",
                "整合视频监控、物联感知等资源，接入感知设备8000路，实现城市管理事件智能发现、自动派单、限时办结，事件按期处置率达到95%。各街道同步建设街道级指挥分中心，做好网格事件的受理和处置。",
                [
                    ("区城市管理局", True),
                    ("区数据局", False),
                    ("雁坪区城市建设投资集团有限公司", False),
                    ("各街道办事处", False),
                ],
                11,
                [
                    T("接入感知设备", "路", "eq", 8000, "接入感知设备8000路"),
                    T("事件按期处置率", "%", "eq", 95, "事件按期处置率达到95%"),
                ],
            ),
            (
                "推进公共数据归集治理",
                "完成区级部门公共数据全量归集，新增数据共享接口100个，建立数据质量问题清单并按月销号，推动数据在惠企政策兑现、基层报表减负等场景中复用，全面清理“僵尸”数据和重复采集事项，减轻基层填报负担。",
                [("区数据局", False)],
                9,
                [
                    T(
                        "新增数据共享接口",
                        "个",
                        "eq",
                        100,
                        "新增数据共享接口100个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "二、",
        "培育产业生态",
        [
            (
                "招引人工智能企业",
                "面向成渝、粤港澳等地区开展人工智能专题招商，全年签约人工智能项目12个，新增人工智能相关企业15家，建立重点招商项目“一项目一专班”跟踪服务机制，推动签约项目尽快开工投产。",
                [
                    ("区投资促进局", True),
                    ("区工业和信息化局", False),
                    ("雁坪数字经济产业园管委会", False),
                ],
                12,
                [
                    T(
                        "签约人工智能项目",
                        "个",
                        "eq",
                        12,
                        "全年签约人工智能项目12个",
                        aggregation="flow",
                    ),
                    T(
                        "新增人工智能相关企业",
                        "家",
                        "eq",
                        15,
                        "新增人工智能相关企业15家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "提升产业园承载能力",
                "完成雁坪数字经济产业园二期标准厂房建设，新增载体面积5万平方米，引入专业运营机构提供孵化服务，完善人才公寓、共享会议室等配套设施，提高园区入驻率和企业服务满意度。",
                [("雁坪数字经济产业园管委会", True), ("雁坪区城市建设投资集团有限公司", False)],
                12,
                [
                    T(
                        "新增载体面积",
                        "平方米",
                        "eq",
                        50000,
                        "新增载体面积5万平方米",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推动企业智能化改造",
                "组织人工智能服务商与辖区制造企业开展供需对接，推动企业实施智能化改造项目20个，总结推广一批可复制的改造案例，引导中小企业“看样学样”推进数字化转型。",
                [("区工业和信息化局", True), ("区人工智能产业协会", False)],
                12,
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        20,
                        "推动企业实施智能化改造项目20个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "搭建产业交流平台",
                "举办人工智能创新应用沙龙、产需对接会等活动8场，发布区级人工智能应用场景清单，组织企业参加市级以上人工智能展会和赛事，营造良好产业发展氛围。",
                [("区人工智能产业协会", False), ("区科技局", False)],
                11,
                [
                    T(
                        "人工智能创新应用沙龙、产需对接会等活动",
                        "场",
                        "eq",
                        8,
                        "举办人工智能创新应用沙龙、产需对接会等活动8场",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "三、",
        "拓展应用场景",
        [
            (
                "建设智慧社区",
                "推广智能门禁、高空抛物监测、独居老人智能看护等应用，新建智慧社区18个，推动社区服务事项“掌上办”“就近办”，提升居民获得感和满意度。",
                [
                    ("区民政局", True),
                    ("各街道办事处", False),
                    ("雁坪区数字产业发展有限公司", False),
                ],
                12,
                [T("新建智慧社区", "个", "eq", 18, "新建智慧社区18个", aggregation="flow")],
            ),
            (
                "推进“人工智能+”政务服务",
                "在区政务服务中心和各街道便民服务中心部署智能导办终端，高频事项“智能预审”覆盖率达到80%，推动政务服务从“能办”向“好办”转变。",
                [("区政务服务局", True), ("区数据局", False), ("各街道办事处", False)],
                9,
                [T("高频事项“智能预审”覆盖率", "%", "eq", 80, "高频事项“智能预审”覆盖率达到80%")],
            ),
            (
                "推进智慧工地建设",
                "在区属国有企业投资的在建项目推广智能安全帽、塔吊智能监测等应用，建设智慧工地示范项目10个，实现在建项目扬尘、噪声在线监测，提升建筑工地安全生产管理水平。",
                [("区住房城乡建设局", True), ("雁坪区城市建设投资集团有限公司", False)],
                12,
                [T("智慧工地示范项目", "个", "eq", 10, "建设智慧工地示范项目10个")],
            ),
            (
                "推进“人工智能+”健康养老",
                "在社区卫生服务中心推广智能辅助诊断，建设智慧养老服务站12个，引导有关社会组织参与智能养老服务，为辖区80岁以上独居老人配备智能呼叫设备，推动家庭医生签约服务智能随访。",
                [("区卫生健康局", True), ("区民政局", False), ("各街道办事处", False)],
                12,
                [T("智慧养老服务站", "个", "eq", 12, "建设智慧养老服务站12个")],
            ),
        ],
    ),
    (
        "四、",
        "强化人才支撑",
        [
            (
                "开展全民数字素养提升行动",
                "开展人工智能科普进社区、进学校活动50场，培训社区工作者和居民3000人次，重点帮助老年人跨越“数字鸿沟”，推动人工智能科普资源向社区和学校延伸。",
                [("区科协", True), ("区教育体育局", False), ("各街道办事处", False)],
                12,
                [
                    T(
                        "人工智能科普进社区、进学校活动",
                        "场",
                        "eq",
                        50,
                        "开展人工智能科普进社区、进学校活动50场",
                        aggregation="flow",
                    ),
                    T(
                        "培训社区工作者和居民",
                        "人次",
                        "eq",
                        3000,
                        "培训社区工作者和居民3000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "引育数字技能人才",
                "实施“雁坪数匠”培育计划，开展人工智能训练师等职业技能培训800人次，建设数字技能实训基地2个，推动园区企业与职业院校开展订单式培养。",
                [
                    ("区人力资源社会保障局", True),
                    ("雁坪数字经济产业园管委会", False),
                    ("区人工智能产业协会", False),
                ],
                12,
                [
                    T(
                        "人工智能训练师等职业技能培训",
                        "人次",
                        "eq",
                        800,
                        "开展人工智能训练师等职业技能培训800人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T("数字技能实训基地", "个", "eq", 2, "建设数字技能实训基地2个"),
                ],
            ),
            (
                "推进“人工智能+”校园",
                "支持辖区中小学建设人工智能教育实验室，建成人工智能特色学校6所，组织学生参加青少年人工智能创新大赛，开展教师人工智能教学应用能力培训。",
                [("区教育体育局", True), ("区科协", False)],
                8,
                [T("人工智能特色学校", "所", "eq", 6, "建成人工智能特色学校6所")],
            ),
        ],
    ),
]
DAYS = {8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _build():
    lines = [
        NOTICE_TITLE,
        "",
        ADDRESSEE,
        NOTICE,
        "",
        "雁坪区人民政府办公室",
        "2026年4月8日",
        "",
        "附件",
        "",
        TITLE,
        "",
        NOTE,
        "",
        GOAL_TEXT,
        "",
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    code = {p: A[p][0] for p in A}
    sections = []
    n = 0
    for gno, gtitle, items in GROUPS:
        lines += [f"{gno}{gtitle}（{len(items)}项）", ""]
        tasks = []
        for title, content, actors, month, targets in items:
            n += 1
            who = "、".join(p + ("（牵头）" if lead else "") for p, lead in actors)
            entry = [
                f"任务名称：{title}",
                f"工作内容：{content}",
                f"责任主体：{who}",
                f"完成时限：2026年{month}月底",
            ]
            lines.append(f"{n}．{entry[0]}")
            lines += ["    " + e for e in entry[1:]]
            lines.append("")
            lead = [code[p] for p, is_lead in actors if is_lead]
            resp = [code[p] for p, is_lead in actors if not is_lead]
            tasks.append(
                Task(
                    f"{n}．",
                    title,
                    "".join(entry),
                    lead=lead,
                    responsible=resp,
                    due=f"2026-{month:02d}-{DAYS[month]}",
                )
            )
            for t in targets:
                assert t.phrase in content, t.phrase
            if targets:
                goals.append(Goal(title, f"工作内容：{content}", targets, numbering=f"{n}．"))
        sections.append(Section(gno.strip("、"), gno, gtitle, "key_task", tasks))
    lines.append("")
    return "\n".join(lines), goals, sections


TEXT, GOALS, SECTIONS = _build()
BLOCKS = None

EXTRACTION = {
    "zone": {
        "slug": "yanping-district",
        "name": "雁坪区",
        "name_en": "Yanping District",
        "level": "district",
        "parent": "tangxi-city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 雁坪区2026年“人工智能+”行动重点任务清单 (雁坪区人民政府办公室, 2026-04-08)
# — SYNTHETIC (synthetic_cd): WRITTEN by the collector (helper blindCD, 2026-12-07) before reading or running the importer; no
#   such district or document exists. Built by make_files.py from doc_yanping.py as plain UTF-8 text.
# Zone yanping-district (an invented urban district of 棠溪市) → level district; period 2026.
# Outline: the notice that sends the list (title, addressee line "各街道办事处，…区属各国有企业：": no roles; a paragraph; signature,
#   date), "附件", the list's title; a 说明 paragraph ("本清单共4个方面14项任务": a count of the document's own parts, no target; "（牵头）" marks the
#   lead, the rest are 责任单位; 每月5日前 reporting: no target); "主要目标：2026年，…" (goal titled 2026年, 4 targets); four groups
#   一、–四、 "标题（N项）" (key_task sections; "（N项）" no target) of entries 1．–14． numbered on, each four labelled lines:
#   任务名称 / 工作内容 / 责任主体 / 完成时限.
# Tasks: title = the 任务名称; text = the entry's four lines (labels kept), without the number. due = 完成时限's month end.
# Roles: by the 说明's rule (like "列第一位的为牵头单位" / "标☆的为牵头单位"): the name marked "（牵头）" → lead, every other name
#   → responsible; an entry with no mark (3., 7.) has all its names responsible. Agencies: every named 责任主体 — 区 departments,
#   各街道办事处 (ONE collective agency: the district's sub-districts), 雁坪区城市建设投资集团有限公司 and 雁坪区数字产业发展有限公司 (the
#   district's state firm and its platform company: state_enterprise), 雁坪数字经济产业园管委会 (park_administration), 区科协 and 区
#   人工智能产业协会 (a people's organisation and a 社会组织: other; the 科协 leads entry 12 and is responsible in 14., the 协会 is
#   responsible in 6., 7., 13.).
#   "有关社会组织" in entry 11's 工作内容 is generic and named in no 责任主体: no agency. 区属国有企业 (entry 10's text) likewise.
# Targets: every entry holding figures is also a goal titled like its 任务名称 (text = its 工作内容 line), due 2026. 5万平方米 →
#   50000 平方米 (floor space the park adds, a result of the year: a target). Counts of things done within the one-year list (新增,
#   新建, 签约, 实施, 举办, 开展, 培训) → flow; things built or reached (形成, 建设, 接入) and rates → stock.
"""
