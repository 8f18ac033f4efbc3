# ruff: noqa: E501  (plan text as the office writes it)
"""棠溪市推进“人工智能+”行动工作方案（2026—2027年） — INVENTED (synthetic_cd). Built as .docx and printed to PDF by LibreOffice:
the notice, a preamble, 一、工作目标 (two dated paragraphs), 二、重点任务 of four groups （一）–（四） holding items 1.–12. numbered on,
each "N.标题。正文" closing on an annotation that names PEOPLE and TIMES beside agencies — "（责任领导：市政府分管副市长；牵头单位：
市X；配合单位：市Y、市Z；完成时限：2026年12月底）", some with "督办单位：市政府督查室" — and after some items a line of its own
"联系人：姓名（单位），联系电话：…"; 三、保障措施 （一）–（三） unannotated."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "tangxi-ai-plus-work-plan-2026-synthetic"
KIND = "pdf"

A = {
    "市发展改革委": ("fgw", "棠溪市发展和改革委员会", "development_reform"),
    "市工业和信息化局": ("gxj", "棠溪市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "棠溪市科学技术局", "science_technology"),
    "市数据局": ("sjj", "棠溪市数据局", "big_data"),
    "市政务服务管理局": ("zwj", "棠溪市政务服务管理局", "government_services"),
    "市财政局": ("czj", "棠溪市财政局", "finance"),
    "市教育体育局": ("jtj", "棠溪市教育体育局", "education"),
    "市卫生健康委": ("wjw", "棠溪市卫生健康委员会", "health"),
    "市公安局": ("gaj", "棠溪市公安局", "public_security"),
    "市交通运输局": ("jyj", "棠溪市交通运输局", "transport"),
    "市城市管理局": ("cgj", "棠溪市城市管理局", "housing_construction"),
    "市农业农村局": ("nyj", "棠溪市农业农村局", "agriculture"),
    "市投资促进局": ("tcj", "棠溪市投资促进局", "commerce"),
    "市人力资源社会保障局": ("rsj", "棠溪市人力资源和社会保障局", "human_resources"),
    "市委人才办": ("rcb", "中共棠溪市委人才工作领导小组办公室", "party_organisation"),
    "棠溪高新区管委会": ("gxq", "棠溪高新技术产业开发区管理委员会", "park_administration"),
    "中国电信棠溪分公司": ("dx", "中国电信股份有限公司棠溪分公司", "state_enterprise"),
    "各县（市、区）人民政府": ("xq", "棠溪市各县（市、区）人民政府", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "棠溪市推进“人工智能+”行动工作方案（2026—2027年）"
DOC_NUMBER = "棠政办发〔2026〕12号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tangxi City work plan to advance “AI+” (2026–2027) — synthetic",
    "issuer": "棠溪市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经市人民政府同意，现将《{TITLE}》印发给你们，请认真抓好落实。各牵头单位于每月25日前将工作进展报送市数据局，市政府督查室将适时开展专项督查。"
PREAMBLE = "为抢抓人工智能发展机遇，加快推动人工智能与实体经济深度融合，根据《滇岭省推动“人工智能+”行动计划（2026—2027年）》要求，结合我市实际，制定本方案。"
GOAL_2026 = "到2026年底，全市人工智能核心产业规模达到85亿元，人工智能企业达到120家，智能算力规模达到1200P，打造“人工智能+”应用场景60个以上。"
GOAL_2027 = "到2027年，全市人工智能核心产业规模突破120亿元，人工智能企业达到160家，智能算力规模达到2000P，“人工智能+”应用场景累计达到100个以上，建成西南地区有影响力的人工智能应用示范城市。"
GOALS_TOP = [
    (
        "到2026年底",
        GOAL_2026,
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "eq",
                85,
                "全市人工智能核心产业规模达到85亿元",
                kind="ai_industry_scale",
                deadline=2026,
            ),
            T(
                "人工智能企业",
                "家",
                "eq",
                120,
                "人工智能企业达到120家",
                kind="ai_enterprises",
                deadline=2026,
            ),
            T(
                "智能算力规模",
                "P",
                "eq",
                1200,
                "智能算力规模达到1200P",
                kind="computing_power",
                deadline=2026,
            ),
            T(
                "“人工智能+”应用场景",
                "个",
                "gte",
                60,
                "打造“人工智能+”应用场景60个以上",
                kind="application_scenarios",
                deadline=2026,
            ),
        ],
    ),
    (
        "到2027年",
        GOAL_2027,
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                120,
                "全市人工智能核心产业规模突破120亿元",
                kind="ai_industry_scale",
            ),
            T("人工智能企业", "家", "eq", 160, "人工智能企业达到160家", kind="ai_enterprises"),
            T("智能算力规模", "P", "eq", 2000, "智能算力规模达到2000P", kind="computing_power"),
            T(
                "“人工智能+”应用场景",
                "个",
                "gte",
                100,
                "“人工智能+”应用场景累计达到100个以上",
                kind="application_scenarios",
            ),
        ],
    ),
]

VICE = "市政府分管副市长"
EXEC = "市政府常务副市长"
DUBAN = "市政府督查室"

# group: (numbering, title, items); item: (title, body, leader, lead, supporting, 督办 or None, 完成时限 (year, month) or None,
# contact line or None, targets)
GROUPS = [
    (
        "（一）",
        "夯实算力和数据基础",
        [
            (
                "建设棠溪智算中心二期",
                "依托棠溪高新区数据中心集聚区，建成棠溪智算中心二期，新增智能算力800P，接入全省算力调度平台，面向中小企业发放算力券，单个企业年度补贴最高30万元。",
                EXEC,
                ["市发展改革委"],
                ["市数据局", "棠溪高新区管委会", "中国电信棠溪分公司"],
                DUBAN,
                (2027, 6),
                "联系人：周明远（市发展改革委），联系电话：0874-3125601",
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        800,
                        "新增智能算力800P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进公共数据开放共享",
                "完善市级公共数据资源目录，新增开放公共数据集40个，在交通出行、医疗健康、普惠金融等领域开展公共数据授权运营试点。",
                VICE,
                ["市数据局"],
                ["市发展改革委", "市财政局"],
                None,
                (2026, 12),
                "联系人：杨帆（市数据局），联系电话：0874-3126688",
                [
                    T(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        40,
                        "新增开放公共数据集40个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "建设城市数字底座",
                "建设全市统一的城市信息模型平台和视频资源共享平台，汇聚视频监控资源2.5万路，为城市治理和应急处置提供支撑。",
                VICE,
                ["市数据局"],
                ["市公安局", "市城市管理局"],
                None,
                (2026, 12),
                None,
                [T("汇聚视频监控资源", "路", "eq", 25000, "汇聚视频监控资源2.5万路")],
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能化升级",
        [
            (
                "实施制造业智能化改造",
                "聚焦绿色硅材料、新能源电池、食品加工等重点产业，实施智能化改造项目100个，新培育市级以上智能工厂10家，推动规上工业企业数字化转型诊断全覆盖。",
                EXEC,
                ["市工业和信息化局"],
                ["市财政局", "各县（市、区）人民政府"],
                DUBAN,
                (2026, 12),
                "联系人：李晓东（市工业和信息化局），联系电话：0874-3127012",
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        100,
                        "实施智能化改造项目100个",
                        aggregation="flow",
                    ),
                    T(
                        "新培育市级以上智能工厂",
                        "家",
                        "eq",
                        10,
                        "新培育市级以上智能工厂10家",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "招引培育人工智能企业",
                "围绕智能终端、数据服务、行业模型等方向开展精准招商，全年招引人工智能项目25个，其中总投资亿元以上项目8个，推动已落地项目加快投产达效。",
                VICE,
                ["市投资促进局"],
                ["市工业和信息化局", "棠溪高新区管委会"],
                None,
                (2026, 12),
                None,
                [
                    T(
                        "招引人工智能项目",
                        "个",
                        "eq",
                        25,
                        "全年招引人工智能项目25个",
                        aggregation="flow",
                    ),
                    T(
                        "招引总投资亿元以上人工智能项目",
                        "个",
                        "eq",
                        8,
                        "其中总投资亿元以上项目8个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                ],
            ),
            (
                "发展智慧农业",
                "在高原特色蔬菜、花卉和茶叶产区推广智能灌溉、病虫害智能识别和农产品质量追溯，建设数字农业示范基地15个。",
                VICE,
                ["市农业农村局"],
                ["市数据局", "各县（市、区）人民政府"],
                None,
                (2026, 10),
                None,
                [T("数字农业示范基地", "个", "eq", 15, "建设数字农业示范基地15个")],
            ),
        ],
    ),
    (
        "（三）",
        "拓展民生和治理场景",
        [
            (
                "推进“人工智能+”政务服务",
                "上线“棠溪政务智能助手”，提供智能问答、智能导办和智能预审服务，高频政务服务事项智能导办覆盖率达到85%，打造“一件事”智能办理场景20个。",
                VICE,
                ["市政务服务管理局"],
                ["市数据局"],
                DUBAN,
                (2026, 9),
                "联系人：王静（市政务服务管理局），联系电话：0874-3128030",
                [
                    T(
                        "高频政务服务事项智能导办覆盖率",
                        "%",
                        "eq",
                        85,
                        "高频政务服务事项智能导办覆盖率达到85%",
                    ),
                    T("“一件事”智能办理场景", "个", "eq", 20, "打造“一件事”智能办理场景20个"),
                ],
            ),
            (
                "推进“人工智能+”教育",
                "建设人工智能教育示范学校30所，在全市中小学开设人工智能课程，开展教师人工智能应用能力培训2000人次。",
                VICE,
                ["市教育体育局"],
                ["市科技局"],
                None,
                (2026, 8),
                None,
                [
                    T("人工智能教育示范学校", "所", "eq", 30, "建设人工智能教育示范学校30所"),
                    T(
                        "教师人工智能应用能力培训",
                        "人次",
                        "eq",
                        2000,
                        "开展教师人工智能应用能力培训2000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进“人工智能+”医疗健康",
                "在二级以上公立医院推广智能辅助诊断和智能导诊，基层医疗卫生机构智能辅助诊断覆盖率达到70%，建设互联网医院5家。",
                VICE,
                ["市卫生健康委"],
                ["市数据局"],
                None,
                (2026, 12),
                None,
                [
                    T(
                        "基层医疗卫生机构智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        70,
                        "基层医疗卫生机构智能辅助诊断覆盖率达到70%",
                    ),
                    T("互联网医院", "家", "eq", 5, "建设互联网医院5家"),
                ],
            ),
            (
                "推进“人工智能+”交通",
                "建设城市智能交通管控平台，完成主城区120个路口信号灯智能化改造，推动重点路段通行效率提升10%以上。",
                VICE,
                ["市公安局"],
                ["市交通运输局", "市城市管理局"],
                None,
                (2026, 11),
                "联系人：赵磊（市公安局交通警察支队），联系电话：0874-3129110",
                [
                    T(
                        "路口信号灯智能化改造",
                        "个",
                        "eq",
                        120,
                        "完成主城区120个路口信号灯智能化改造",
                        aggregation="flow",
                    ),
                    T("重点路段通行效率提升", "%", "gte", 10, "推动重点路段通行效率提升10%以上"),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "强化人才和创新支撑",
        [
            (
                "引育人工智能人才",
                "实施“棠溪英才”人工智能专项计划，引进人工智能领域高层次人才团队6个，开展数字技能培训1万人次，支持本地职业院校开设人工智能相关专业。",
                "市委常委、组织部部长",
                ["市委人才办"],
                ["市人力资源社会保障局", "市教育体育局"],
                None,
                None,
                None,
                [
                    T(
                        "引进人工智能领域高层次人才团队",
                        "个",
                        "eq",
                        6,
                        "引进人工智能领域高层次人才团队6个",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "数字技能培训",
                        "人次",
                        "eq",
                        10000,
                        "开展数字技能培训1万人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "建设人工智能创新平台",
                "支持企业联合高校院所建设联合实验室和新型研发机构，新建市级以上人工智能创新平台8个，组织实施人工智能科技项目20项。",
                VICE,
                ["市科技局"],
                ["棠溪高新区管委会"],
                None,
                (2026, 12),
                None,
                [
                    T(
                        "新建市级以上人工智能创新平台",
                        "个",
                        "eq",
                        8,
                        "新建市级以上人工智能创新平台8个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    ),
                    T(
                        "人工智能科技项目",
                        "项",
                        "eq",
                        20,
                        "组织实施人工智能科技项目20项",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强统筹协调",
        "成立由市政府主要领导任组长的“人工智能+”行动领导小组，办公室设在市数据局，负责统筹协调和日常调度。各责任领导要定期听取分管领域工作进展，协调解决重大问题。",
    ),
    (
        "（二）",
        "强化督查考核",
        "市政府督查室对标注督办单位的任务实行清单化督办，每季度通报一次进展情况，工作落实情况纳入年度目标考核。",
    ),
    (
        "（三）",
        "加大要素保障",
        "统筹市级产业发展资金支持人工智能项目建设，优先保障重点项目用地、用能需求，积极争取省级专项资金支持。",
    ),
]

CC = "抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委，市中级法院，市检察院。"
PRINTED = "棠溪市人民政府办公室　　　　　　　　2026年3月20日印发"
DAYS = {6: 30, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _annotation(leader, lead, sup, duban, when):
    parts = [f"责任领导：{leader}", f"牵头单位：{'、'.join(lead)}", f"配合单位：{'、'.join(sup)}"]
    if duban:
        parts.append(f"督办单位：{duban}")
    parts.append(f"完成时限：{f'{when[0]}年{when[1]}月底' if when else '长期坚持'}")
    return "（" + "；".join(parts) + "）"


def _build():
    blocks = [
        ("head", "棠溪市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"棠溪市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，棠溪高新区管委会，市直各委、办、局："),
        ("body", NOTICE),
        ("sign", "棠溪市人民政府办公室"),
        ("date", "2026年3月20日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、工作目标"),
        ("body", GOAL_2026),
        ("body", GOAL_2027),
        ("h1", "二、重点任务"),
    ]
    goals = []
    for title, text, targets in GOALS_TOP:
        for t in targets:
            assert t.phrase in text, t.phrase
        goals.append(Goal(title, text, targets))
    code = {p: A[p][0] for p in A}
    groups = []
    n = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, body, leader, lead, sup, duban, when, contact, targets in items:
            n += 1
            rest = body + _annotation(leader, lead, sup, duban, when)
            blocks.append(("item", (f"{n}.{title}。", rest)))
            text = f"{title}。{rest}"
            if contact:
                blocks.append(("plain", contact))
                text += contact
            tasks.append(
                Task(
                    f"{n}.",
                    title,
                    text,
                    lead=[code[x] for x in lead],
                    supporting=[code[x] for x in sup],
                    due=f"{when[0]}-{when[1]:02d}-{DAYS[when[1]]}" if when else None,
                )
            )
            year = when[0] if when else 2027
            for t in targets:
                assert t.phrase in body, t.phrase
                t.deadline = year
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
        groups.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("二", "二、", "重点任务", "key_task", sections=groups)]
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    blocks += [("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "tangxi-city",
        "name": "棠溪市",
        "name_en": "Tangxi City",
        "level": "city",
        "parent": "dianling-province",
    },
    "plan": {**PLAN, "implements": "dianling-ai-plus-action-plan-2026-synthetic"},
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 棠溪市推进“人工智能+”行动工作方案（2026—2027年） (棠溪市人民政府办公室, 棠政办发〔2026〕12号, 2026-03-20)
# — SYNTHETIC (synthetic_cd): WRITTEN by the collector (helper blindCD, 2026-12-07) before reading or running the importer; no
#   such city or document exists. Built by make_files.py from doc_tangxi.py as .docx, printed to PDF by LibreOffice.
# Zone tangxi-city (a prefecture-level city of the invented 滇岭省) → level city; period 2026–2027; it implements the province's plan
#   (named in its preamble).
# Outline: red head, 发文字号, notice (每月25日前 reporting: no target), page break, title, preamble; 一、工作目标 = two dated
#   paragraphs "到2026年底，…" and "到2027年，…" (two goals, titled by their date phrases, 4 targets each: the same metrics at two
#   deadlines are different targets); 二、重点任务 = four groups （一）–（四） (sections under 二、) of items 1.–12. NUMBERED ON, each
#   "N.标题。正文（责任领导：…；牵头单位：…；配合单位：…[；督办单位：市政府督查室]；完成时限：…）", five of them followed by a line
#   of their own "联系人：姓名（单位），联系电话：…"; 三、保障措施 （一）–（三） unannotated (safeguard tasks, no roles).
# Tasks: title = the bold heading; text = heading + body + annotation (+ the 联系人 line: an annotation on its own line after the
#   task belongs to it), without the number.
# People and times: 责任领导 names a post (市政府分管副市长, 市政府常务副市长, 市委常委、组织部部长), i.e. a person: no agency, no role.
#   完成时限 "2026年12月底" → due 2026-12-31 (the month's end); "长期坚持" → no due. 督办单位 (市政府督查室) SUPERVISES the task, it
#   does not carry it out: the schema's roles are lead / supporting / responsible, none of them a supervisor, so it is NO role and,
#   named nowhere as a lead or supporting body, NO agency (it stays in the task text). The 联系人 line names a person and a phone
#   number: no agency (the unit in brackets is the lead already, or the lead's own 支队 in item 10: 市公安局交通警察支队 is not a
#   second agency), no target (the phone number).
# Roles: 牵头单位 → lead, 配合单位 → supporting. 各县（市、区）人民政府 → one collective agency; 棠溪高新区管委会 a park
#   administration; 中国电信棠溪分公司 (a state firm's branch) an agency like any body the annotation names; 市委人才办 a party body.
# Targets: every item holding figures is also a goal titled like the item (text = heading + body + annotation, without the 联系人
#   line). An item's figure with no year is due in its 完成时限's year: item 1's 新增智能算力800P → 2027 (完成时限 2027年6月底), the
#   others 2026; item 11's (长期坚持) at the plan's end, 2027. 2.5万路 → 25000; 1万人次 → 10000; 其中…8个 → parent. Not targets: the
#   算力券 cap (最高30万元); the phone numbers; 每季度通报一次 (a working rule).
"""
