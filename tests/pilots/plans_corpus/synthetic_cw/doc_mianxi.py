# ruff: noqa: E501  (plan text as the office writes it)
"""沔溪县推进“人工智能+”行动工作方案（2026年） — INVENTED (synthetic_cw). A county's one-year 工作方案 as a .txt copied from
its portal (nav, 当前位置, 发布时间 / 来源, 索引号, footer): measures （一）–（十） whose points run on in one paragraph, "一是…
（县X负责）；二是…（县Y负责）", each point closed by its own annotation; one annotation covering the two points before it
("（以上两项由县X负责）"), one wrapped onto the next line, two measures under ONE annotation for all their points (one with a
sub-item handed to another body: "其中…由县X负责")."""

from cw_parts import Seg, task_of
from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "mianxi-ai-plus-work-plan-2026-synthetic"
KIND = "txt"

A = {
    "县发展改革局": ("fgj", "沔溪县发展和改革局", "development_reform"),
    "县工信局": ("gxj", "沔溪县工业和信息化局", "industry_it"),
    "县数据局": ("sjj", "沔溪县数据局", "big_data"),
    "县财政局": ("czj", "沔溪县财政局", "finance"),
    "县教育局": ("jyj", "沔溪县教育局", "education"),
    "县卫生健康局": ("wjj", "沔溪县卫生健康局", "health"),
    "县农业农村局": ("nyj", "沔溪县农业农村局", "agriculture"),
    "县商务局": ("swj", "沔溪县商务局", "commerce"),
    "县供销社": ("gxs", "沔溪县供销合作社联合社", "agriculture"),
    "县文化广电旅游局": ("wlj", "沔溪县文化广电旅游局", "culture_tourism"),
    "县人社局": ("rsj", "沔溪县人力资源和社会保障局", "human_resources"),
    "县委组织部": ("zzb", "中共沔溪县委组织部", "party_organisation"),
    "县市场监管局": ("scj", "沔溪县市场监督管理局", "market_regulation"),
    "县住建局": ("zjj", "沔溪县住房和城乡建设局", "housing_construction"),
    "县公安局": ("gaj", "沔溪县公安局", "public_security"),
    "县应急管理局": ("yjj", "沔溪县应急管理局", "emergency"),
    "县政务服务中心": ("zwz", "沔溪县政务服务中心", "government_services"),
    "县电信公司": ("dx", "中国电信沔溪分公司", "state_enterprise"),
    "各乡镇人民政府": ("xz", "沔溪县各乡镇人民政府", "local_government"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def P(text, annot, lead=(), sup=(), resp=()):
    return Seg(text, annot, list(lead), list(sup), list(resp))


TITLE = "沔溪县推进“人工智能+”行动工作方案（2026年）"
DOC_NUMBER = "沔政办〔2026〕5号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Mianxi County “AI+” action work plan (2026) — synthetic",
    "issuer": "沔溪县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.txt",
}

GOAL_TEXT = "到2026年底，全县人工智能及相关产业营业收入达到25亿元，人工智能相关企业达到40家；新建5G基站150个，县级算力服务节点算力规模达到50P；完成规上工业企业智能化改造诊断60家，新增省级智能工厂（车间）3个；打造“人工智能+”应用场景20个以上；开展人工智能技能培训3000人次。"
GOAL_TARGETS = [
    T(
        "人工智能及相关产业营业收入",
        "亿元",
        "eq",
        25,
        "全县人工智能及相关产业营业收入达到25亿元",
        kind="related_industry_scale",
    ),
    T("人工智能相关企业", "家", "eq", 40, "人工智能相关企业达到40家", kind="ai_enterprises"),
    T("新建5G基站", "个", "eq", 150, "新建5G基站150个", aggregation="flow"),
    T(
        "县级算力服务节点算力规模",
        "P",
        "eq",
        50,
        "县级算力服务节点算力规模达到50P",
        kind="computing_power",
    ),
    T(
        "规上工业企业智能化改造诊断",
        "家",
        "eq",
        60,
        "完成规上工业企业智能化改造诊断60家",
        aggregation="flow",
    ),
    T("新增省级智能工厂（车间）", "个", "eq", 3, "新增省级智能工厂（车间）3个", aggregation="flow"),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        20,
        "打造“人工智能+”应用场景20个以上",
        kind="application_scenarios",
    ),
    T(
        "人工智能技能培训",
        "人次",
        "eq",
        3000,
        "开展人工智能技能培训3000人次",
        kind="talent",
        aggregation="flow",
    ),
]

# measure: (numbering, title, segs, targets); a seg's annot "\n（…）" is printed on the next line
MEASURES = [
    (
        "（一）",
        "夯实数字基础设施",
        [
            P(
                "一是加快5G网络建设，推动5G网络向重点乡镇和工业园区延伸",
                "（县工信局负责，县电信公司配合）",
                [],
                ["县电信公司"],
                ["县工信局"],
            ),
            P(
                "；二是依托县政务云建设县级算力服务节点，为企业提供算力租用服务",
                "（县数据局负责）",
                resp=["县数据局"],
            ),
            P(
                "；三是推进县城区和重点乡镇千兆光网覆盖，千兆宽带用户达到1.2万户",
                "（县工信局、各乡镇人民政府负责）",
                resp=["县工信局", "各乡镇人民政府"],
            ),
        ],
        [T("千兆宽带用户", "户", "eq", 12000, "千兆宽带用户达到1.2万户")],
    ),
    (
        "（二）",
        "推进数据资源共享开放",
        [
            P(
                "一是完善县级公共数据资源目录，新增共享数据目录200项",
                "\n（县数据局负责）",
                resp=["县数据局"],
            ),
            P(
                "；二是推动不动产登记、社保、医保等高频数据向乡镇（便民服务中心）回流，回流数据量达到50万条",
                "（县数据局牵头，县政务服务中心配合）",
                ["县数据局"],
                ["县政务服务中心"],
            ),
            P(
                "；三是开展公共数据质量治理，建立问题数据“发现—反馈—整改”闭环机制",
                "（县数据局负责）",
                resp=["县数据局"],
            ),
        ],
        [
            T("新增共享数据目录", "项", "eq", 200, "新增共享数据目录200项", aggregation="flow"),
            T("回流数据量", "条", "eq", 500000, "回流数据量达到50万条"),
        ],
    ),
    (
        "（三）",
        "推动工业智能化改造",
        [
            P("一是组织规上工业企业开展智能化改造诊断，“一企一策”制定改造方案", ""),
            P(
                "；二是推动纺织服装、农产品加工等传统产业应用机器视觉质检、智能排产等技术，实施智能化改造项目30个",
                "（以上两项由县工信局负责）",
                resp=["县工信局"],
            ),
            P(
                "；三是落实技术改造奖补政策，对智能化改造设备投资500万元以上的项目按投资额的8%给予补助",
                "（县财政局负责）",
                resp=["县财政局"],
            ),
        ],
        [T("智能化改造项目", "个", "eq", 30, "实施智能化改造项目30个", aggregation="flow")],
    ),
    (
        "（四）",
        "发展智慧农业",
        [
            P(
                "一是建设茶叶、水产两个智慧农业示范基地；二是推广农业物联网监测和智能农机，新增物联网监测点位100个；三是建设农村电商直播基地2个，培育农村电商带头人100名。",
                "（县农业农村局牵头，县供销社、县市场监管局配合，其中农村电商直播基地建设由县商务局负责）",
                ["县农业农村局"],
                ["县供销社", "县市场监管局"],
                ["县商务局"],
            ),
        ],
        [
            T("智慧农业示范基地", "个", "eq", 2, "建设茶叶、水产两个智慧农业示范基地"),
            T("新增物联网监测点位", "个", "eq", 100, "新增物联网监测点位100个", aggregation="flow"),
            T("农村电商直播基地", "个", "eq", 2, "建设农村电商直播基地2个"),
            T("农村电商带头人", "名", "eq", 100, "培育农村电商带头人100名", kind="talent"),
        ],
    ),
    (
        "（五）",
        "推进智慧教育和智慧医疗",
        [
            P(
                "一是在全县中小学开设人工智能课程，建设人工智能教育实验室10个",
                "（县教育局负责）",
                resp=["县教育局"],
            ),
            P(
                "；二是推进县域医共体智能辅助诊断系统建设，覆盖乡镇卫生院15家",
                "（县卫生健康局负责）",
                resp=["县卫生健康局"],
            ),
        ],
        [
            T("人工智能教育实验室", "个", "eq", 10, "建设人工智能教育实验室10个"),
            T("智能辅助诊断系统覆盖乡镇卫生院", "家", "eq", 15, "覆盖乡镇卫生院15家"),
        ],
    ),
    (
        "（六）",
        "提升政务服务智能化水平",
        [
            P(
                "一是上线县级政务服务智能客服，实现政策咨询“秒问秒答”，高频事项“免证办”达到100项",
                "（县政务服务中心负责）",
                resp=["县政务服务中心"],
            ),
            P(
                "；二是推广政务大模型在公文辅助、12345热线工单分拨等场景应用",
                "（县数据局牵头，县政务服务中心配合）",
                ["县数据局"],
                ["县政务服务中心"],
            ),
        ],
        [T("高频事项“免证办”", "项", "eq", 100, "高频事项“免证办”达到100项")],
    ),
    (
        "（七）",
        "推进智慧城市治理",
        [
            P(
                "一是推进城市生命线安全监测，在燃气、供水管网布设智能感知设备500台",
                "（县住建局负责）",
                resp=["县住建局"],
            ),
            P(
                "；二是升级“雪亮工程”，新增智能视频监控点位300个",
                "（县公安局负责）",
                resp=["县公安局"],
            ),
            P(
                "；三是建设森林防火和防汛智能预警系统",
                "（县应急管理局负责，各乡镇人民政府配合）",
                sup=["各乡镇人民政府"],
                resp=["县应急管理局"],
            ),
        ],
        [
            T("布设智能感知设备", "台", "eq", 500, "在燃气、供水管网布设智能感知设备500台"),
            T(
                "新增智能视频监控点位",
                "个",
                "eq",
                300,
                "新增智能视频监控点位300个",
                aggregation="flow",
            ),
        ],
    ),
    (
        "（八）",
        "推动文旅智慧化发展",
        [
            P(
                "一是在沔溪古镇等景区推广智能导览、数字人讲解服务；二是建设全县智慧旅游服务平台，推出“AI游沔溪”线路5条。",
                "（县文化广电旅游局负责）",
                resp=["县文化广电旅游局"],
            ),
        ],
        [T("“AI游沔溪”线路", "条", "eq", 5, "推出“AI游沔溪”线路5条")],
    ),
    (
        "（九）",
        "加强人工智能人才培养",
        [
            P(
                "一是面向企业职工、返乡创业人员开展人工智能技能培训",
                "（县人社局负责）",
                resp=["县人社局"],
            ),
            P(
                "；二是将人工智能领域人才纳入县“沔溪英才”计划，引进人工智能专业人才20名",
                "（县委组织部负责）",
                resp=["县委组织部"],
            ),
        ],
        [
            T(
                "引进人工智能专业人才",
                "名",
                "eq",
                20,
                "引进人工智能专业人才20名",
                kind="talent",
                aggregation="flow",
            )
        ],
    ),
    (
        "（十）",
        "培育人工智能市场主体",
        [
            P(
                "一是招引培育人工智能企业，新增人工智能相关企业8家",
                "（县工信局牵头，县市场监管局配合）",
                ["县工信局"],
                ["县市场监管局"],
            ),
            P(
                "；二是谋划储备人工智能领域项目，争取上级资金支持",
                "（县发展改革局负责）",
                resp=["县发展改革局"],
            ),
        ],
        [
            T(
                "新增人工智能相关企业",
                "家",
                "eq",
                8,
                "新增人工智能相关企业8家",
                kind="ai_enterprises",
                aggregation="flow",
            )
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县推进“人工智能+”行动工作专班，由县政府分管副县长任组长，专班办公室设在县工信局，统筹协调全县人工智能发展工作。各牵头单位要明确分管领导和具体工作人员，细化工作举措，建立工作台账，确保各项任务按时完成。",
    ),
    (
        "（二）",
        "强化资金保障",
        "县财政每年安排人工智能发展专项资金500万元，统筹用于智能化改造奖补、场景建设和人才引进。",
    ),
    (
        "（三）",
        "加强宣传引导",
        "充分利用县融媒体中心、政府网站和政务新媒体等平台，广泛宣传“人工智能+”行动的政策举措和实施成效，及时总结推广企业和乡镇的典型案例，营造全社会共同参与的良好氛围。",
    ),
    (
        "（四）",
        "严格督查考核",
        "将“人工智能+”行动重点任务纳入县直单位和乡镇年度考核，每季度调度一次工作进展。",
    ),
]

NAV = [
    "沔溪县人民政府",
    "首页　|　政务公开　|　政务服务　|　互动交流　|　走进沔溪",
    "当前位置：首页 > 政务公开 > 政策文件 > 县政府办文件",
    "",
    TITLE,
    "发布时间：2026-03-20 10:15　来源：县政府办公室　浏览次数：　字号：[大 中 小]",
    "索引号：MX-0106-2026-00012　　文号：" + DOC_NUMBER,
    "",
    "各乡镇人民政府，县直各单位：",
    f"　　《{TITLE}》已经县政府同意，现印发给你们，请认真抓好落实。",
    "　　沔溪县人民政府办公室",
    "　　2026年3月20日",
    "",
    TITLE,
    "　　为贯彻落实省、市关于推进“人工智能+”行动的部署要求，加快人工智能与全县经济社会发展深度融合，结合我县实际，制定本方案。",
    "　　总体要求：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，立足县域资源禀赋和产业基础，坚持应用牵引、因地制宜、小步快跑，聚焦纺织服装、农产品加工、茶叶和水产等特色产业，以场景应用为突破口，推动人工智能与县域经济社会发展深度融合，为建设现代化新沔溪提供有力支撑。",
    "　　一、工作目标",
]
FOOTER = [
    "",
    "【打印本页】　【关闭窗口】",
    "相关链接：　汀澜省人民政府　渚阳市人民政府",
    "主办：沔溪县人民政府办公室　承办：沔溪县数据局",
    "网站标识码：3605990012　汀ICP备12003456号-1",
]


def _build():
    lines = list(NAV)
    lines.append("　　" + GOAL_TEXT)
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2026年底", GOAL_TEXT, GOAL_TARGETS)]
    lines.append("　　二、重点任务")
    tasks = []
    for num, title, segs, targets in MEASURES:
        printed = "".join(s.text + s.annot for s in segs) + (
            "" if segs[-1].text.endswith("。") else "。"
        )
        body = printed.replace("\n", "")
        lines.append(f"　　{num}{title}。{printed}")
        text = f"{title}。{body}"
        tasks.append(task_of(num, title, text, segs, CODE))
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(title, text, targets, numbering=num))
    # （三）: the first point carries no annotation; "（以上两项由县工信局负责）" after the second covers both
    three = tasks[2]
    three.clauses[0].responsible = [CODE["县工信局"]]
    lines.append("　　三、保障措施")
    sg = []
    for num, title, text in SAFEGUARDS:
        lines.append(f"　　{num}{title}。{text}")
        sg.append(Task(num, title, f"{title}。{text}"))
    lines += FOOTER
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", sg),
    ]
    return "\n".join(lines) + "\n", goals, sections


TEXT, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "mianxi-county",
        "name": "沔溪县",
        "name_en": "Mianxi County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 沔溪县推进“人工智能+”行动工作方案（2026年） (沔溪县人民政府办公室, 沔政办〔2026〕5号, 2026-03-20)
# — SYNTHETIC (synthetic_cw): WRITTEN by helper blindCW (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_mianxi.py as the text copied from the county portal (.txt, UTF-8).
# Zone mianxi-county (an invented county of the invented 汀澜省) → district level (a county); period 2026.
# Outline: portal chrome (site name, nav, 当前位置, title, 发布时间 / 来源 / 字号, 索引号 / 文号), the notice, the title, a purpose
#   sentence and a 总体要求 paragraph (no target); 一、工作目标 "到2026年底，…" (8 targets); 二、重点任务 （一）–（十） each ONE paragraph "（N）标题。一是…（县X负责）；二是…
#   （县Y负责）；三是…（…）。"; 三、保障措施 （一）–（四） unannotated; footer (打印本页, 相关链接, 主办 / 承办, 网站标识码, ICP).
# Points (SOURCES: "Points run on in one paragraph"): the level （一）–（十） holds tasks — （四） and （八） are tasks under ONE
#   annotation for all their points, siblings of the others — so every （N） is ONE task and its annotated points are its clauses,
#   each from its 一是 / 二是 (no "；" left at its start) up to its annotation (not included), with that annotation's roles; no
#   task-level roles. （四） and （八） keep their one annotation as task roles, their points in the task's text, no clauses.
#   （三）: the first point has no annotation of its own and "（以上两项由县工信局负责）" after the second covers both → both clauses
#   县工信局 responsible. （二）'s first annotation is wrapped onto the next line: it still closes its point. （四）'s annotation
#   hands a sub-item to another body ("其中农村电商直播基地建设由县商务局负责") → 县商务局 responsible on the task beside the lead and
#   supporting. "X负责" → responsible; "X牵头，Y配合" → lead / supporting; "X负责，Y配合" → responsible / supporting; "县工信局、各
#   乡镇人民政府负责" → both responsible (各乡镇人民政府 one collective). 县电信公司 (中国电信's county branch) a state enterprise.
# Targets: the goals' 8 (2026); each measure holding figures is also a goal titled like it (text = the task's text), due 2026.
#   Restated goal figures are not in the tasks (新建5G基站 / 50P / 60家 / 3000人次 appear only in the goals). 新增人工智能相关企业
#   8家 (new ones) is not the goals' 40家 (the total): its own target. 1.2万户 → 12000, 50万条 → 500000; "茶叶、水产两个智慧农业示范
#   基地" (建设: a count of things made) → 2. Not targets: the 8% subsidy and its 500万元 threshold; the annual 专项资金500万元 (a
#   budget); 每季度调度一次 (a working rhythm).
"""
