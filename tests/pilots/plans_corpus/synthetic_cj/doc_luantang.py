# ruff: noqa: E501  (plan text as the office writes it)
"""滦塘区2026年“人工智能+”行动工作任务清单 — INVENTED (synthetic_cj). Built as .docx and printed to PDF by LibreOffice: the
circulating notice, then on LANDSCAPE pages the list's title, a preamble with "主要目标：2026年，…", a 说明 (the lead marked
"（牵头）", else the first listed; what ✓ means), ONE table running over several pages with its TWO header rows repeated on each
page (序号 | 工作任务 | 目标及具体举措 | 责任单位 | 季度进度 over 一季度 / 二季度 / 三季度 / 四季度 | 联系人及电话), group rows
across the table ("一、…（4项）"), quarter cells holding ✓ or a short step, a contact name and a telephone number per row;
then 工作要求 (three paragraphs led by their names)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "luantang-ai-plus-task-list-2026-synthetic"
KIND = "pdf"

# printed form → (code, full name, category)
A = {
    "区发改局": ("fgj", "滦塘区发展和改革局", "development_reform"),
    "区工信局": ("gxj", "滦塘区工业和信息化局", "industry_it"),
    "区科技局": ("kjj", "滦塘区科学技术局", "science_technology"),
    "区数据和政务服务局": ("sjj", "滦塘区数据和政务服务局", "big_data"),
    "区行政审批局": ("spj", "滦塘区行政审批局", "government_services"),
    "区财政局": ("czj", "滦塘区财政局", "finance"),
    "区商务局": ("swj", "滦塘区商务局", "commerce"),
    "区交通运输局": ("jtj", "滦塘区交通运输局", "transport"),
    "区教育局": ("jyj", "滦塘区教育局", "education"),
    "区卫健局": ("wjj", "滦塘区卫生健康局", "health"),
    "区医保局": ("ybj", "滦塘区医疗保障局", "health"),
    "区民政局": ("mzj", "滦塘区民政局", "civil_affairs"),
    "区城管执法局": ("cgj", "滦塘区城市管理综合行政执法局", "housing_construction"),
    "区公安分局": ("gaj", "滦塘区公安分局", "public_security"),
    "区公安分局交警大队": ("jjd", "滦塘区公安分局交通警察大队", "public_security"),
    "区委组织部": ("zzb", "中共滦塘区委组织部", "party_organisation"),
    "区人社局": ("rsj", "滦塘区人力资源和社会保障局", "human_resources"),
    "区委网信办": ("wxb", "中共滦塘区委网络安全和信息化委员会办公室", "publicity"),
    "区金融服务中心": ("jrz", "滦塘区金融服务中心", "financial_regulation"),
    "滦塘数字经济产业园管委会": ("cyy", "滦塘数字经济产业园管理委员会", "park_administration"),
    "各街道办事处": ("jd", "滦塘区各街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
MARK = "（牵头）"


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "滦塘区2026年“人工智能+”行动工作任务清单"
DOC_NUMBER = "滦政办字〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Luantang District “AI+” action task list for 2026 — synthetic",
    "issuer": "滦塘区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-27",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经区政府同意，现将《{TITLE}》印发给你们，请各责任单位对照清单抓好落实。各牵头单位要明确一名联系人，于每季度末月25日前将任务推进情况报送区“人工智能+”行动工作专班办公室（设在区工业和信息化局），专班办公室汇总后报区政府督查室。"
PREAMBLE = "2025年，全区人工智能企业达到42家，智能算力规模达到60P，累计打造“人工智能+”应用场景18个，人工智能赋能产业发展和城市治理取得初步成效。为全面落实全区“人工智能+”行动部署，推动各项工作项目化、清单化、责任化推进，确保全年目标任务按季度节点落地见效，制定本清单。"
GOAL_TEXT = "2026年，全区人工智能核心产业营业收入达到25亿元，人工智能企业达到60家，新增智能算力100P，打造“人工智能+”应用场景30个以上，完成规上工业企业数字化转型诊断150家。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "eq",
        25,
        "全区人工智能核心产业营业收入达到25亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 60, "人工智能企业达到60家", kind="ai_enterprises"),
    T(
        "新增智能算力",
        "P",
        "eq",
        100,
        "新增智能算力100P",
        kind="computing_power",
        aggregation="flow",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "打造“人工智能+”应用场景30个以上",
        kind="application_scenarios",
    ),
    T(
        "规上工业企业数字化转型诊断",
        "家",
        "eq",
        150,
        "完成规上工业企业数字化转型诊断150家",
        aggregation="flow",
    ),
]
NOTE = "说明：1.责任单位中标注“（牵头）”的为牵头单位，其余为责任单位；未作标注的，排在首位的为牵头单位。2.季度进度栏中“✓”表示该季度持续推进，文字为该季度应完成的节点任务，空白表示该季度无节点安排。"

V = "✓"
# group: (numbering, title, rows); row: (工作任务, 目标及具体举措, 责任单位 as printed, [四个季度], 联系人及电话, targets)
GROUPS = [
    (
        "一、",
        "筑牢智能发展底座",
        [
            (
                "建设区级智算服务平台",
                "依托滦塘数字经济产业园建设区级智算服务平台，新增智能算力100P，面向中小企业提供普惠算力服务。",
                ["区发改局（牵头）", "区工信局", "滦塘数字经济产业园管委会"],
                ["完成选址论证", "开工建设", V, "建成投用"],
                "王志刚\n6012381",
                [],  # 新增智能算力100P: the goals' figure printed again
            ),
            (
                "推进公共数据共享开放",
                "新增共享数据目录200项，开放公共数据集30个，公共数据按需共享满足率达到95%以上。",
                ["区数据和政务服务局"],
                [V, V, V, V],
                "李娜\n6023415",
                [
                    T(
                        "新增共享数据目录",
                        "项",
                        "eq",
                        200,
                        "新增共享数据目录200项",
                        aggregation="flow",
                    ),
                    T("开放公共数据集", "个", "eq", 30, "开放公共数据集30个"),
                    T(
                        "公共数据按需共享满足率",
                        "%",
                        "gte",
                        95,
                        "公共数据按需共享满足率达到95%以上",
                    ),
                ],
            ),
            (
                "建设行业高质量数据集",
                "聚焦钢铁深加工、装备制造、现代物流等领域，建设行业高质量数据集5个，推动数据集在企业间共享复用。",
                ["区工信局", "区数据和政务服务局（牵头）"],
                ["", "形成建设清单", V, "完成建设"],
                "李娜\n6023415",
                [T("行业高质量数据集", "个", "eq", 5, "建设行业高质量数据集5个")],
            ),
            (
                "提升网络支撑能力",
                "新建5G基站150个，推动重点园区千兆光网全覆盖，建设5G工厂3家。",
                ["区工信局（牵头）", "各街道办事处"],
                [V, V, V, V],
                "赵立新\n13803152761",
                [
                    T("新建5G基站", "个", "eq", 150, "新建5G基站150个", aggregation="flow"),
                    T("5G工厂", "家", "eq", 3, "建设5G工厂3家"),
                ],
            ),
        ],
    ),
    (
        "二、",
        "推动产业智能化升级",
        [
            (
                "实施智能化改造",
                "完成规上工业企业数字化转型诊断150家，实施智能化改造项目60个，推动企业设备联网率达到70%。",
                ["区工信局（牵头）", "区财政局", "各街道办事处"],
                ["制定年度计划", V, V, "完成年度任务"],
                "赵立新\n13803152761",
                [
                    # 诊断150家: the goals' figure printed again
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        60,
                        "实施智能化改造项目60个",
                        aggregation="flow",
                    ),
                    T("企业设备联网率", "%", "eq", 70, "企业设备联网率达到70%"),
                ],
            ),
            (
                "培育智能工厂",
                "新增省级智能工厂2家、数字化车间10个，培育区级智能制造标杆企业8家。",
                ["区工信局"],
                ["组织申报", V, "开展评审认定", ""],
                "孙浩\n6012376",
                [
                    T("新增省级智能工厂", "家", "eq", 2, "新增省级智能工厂2家", aggregation="flow"),
                    T("新增数字化车间", "个", "eq", 10, "数字化车间10个", aggregation="flow"),
                    T("区级智能制造标杆企业", "家", "eq", 8, "培育区级智能制造标杆企业8家"),
                ],
            ),
            (
                "发展智能装备制造",
                "支持装备制造企业开发智能检测装备和工业机器人集成应用，推动首台（套）智能装备推广应用，智能装备产业产值达到12亿元。",
                ["区工信局（牵头）", "区科技局", "滦塘数字经济产业园管委会"],
                [V, V, V, "完成年度目标"],
                "孙浩\n6012376",
                [T("智能装备产业产值", "亿元", "eq", 12, "智能装备产业产值达到12亿元")],
            ),
            (
                "发展智慧物流",
                "推动物流园区建设智能仓储和无人分拣系统，建成智慧物流示范园区2个，应用智能分拣设备企业达到40家。",
                ["区商务局（牵头）", "区交通运输局"],
                [V, V, V, V],
                "周敏\n6035528",
                [
                    T("智慧物流示范园区", "个", "eq", 2, "建成智慧物流示范园区2个"),
                    T("应用智能分拣设备企业", "家", "eq", 40, "应用智能分拣设备企业达到40家"),
                ],
            ),
            (
                "招引人工智能项目",
                "全年招引人工智能项目20个，其中总投资亿元以上项目5个，推动签约项目开工率达到80%。",
                ["区商务局", "区工信局", "滦塘数字经济产业园管委会"],
                [V, V, V, V],
                "周敏\n6035528",
                [
                    T(
                        "招引人工智能项目",
                        "个",
                        "eq",
                        20,
                        "全年招引人工智能项目20个",
                        aggregation="flow",
                    ),
                    T(
                        "招引总投资亿元以上人工智能项目",
                        "个",
                        "eq",
                        5,
                        "其中总投资亿元以上项目5个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                    T("签约项目开工率", "%", "eq", 80, "签约项目开工率达到80%"),
                ],
            ),
            (
                "壮大人工智能企业",
                "实施人工智能企业梯度培育，人工智能企业达到60家，新增国家高新技术企业15家。",
                ["区工信局（牵头）", "区科技局"],
                ["建立培育库", V, V, "完成年度目标"],
                "孙浩\n6012376",
                [
                    # 人工智能企业达到60家: the goals' figure printed again
                    T(
                        "新增国家高新技术企业",
                        "家",
                        "eq",
                        15,
                        "新增国家高新技术企业15家",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "三、",
        "拓展“人工智能+”场景应用",
        [
            (
                "“人工智能+”政务服务",
                "上线“滦塘e办”智能客服，政务服务事项网上可办率达到98%，“一件事”集成办理事项达到30项。",
                ["区行政审批局（牵头）", "区数据和政务服务局"],
                ["完成需求梳理", "上线试运行", "正式运行", V],
                "陈静\n6041190",
                [
                    T("政务服务事项网上可办率", "%", "eq", 98, "政务服务事项网上可办率达到98%"),
                    T("“一件事”集成办理事项", "项", "eq", 30, "“一件事”集成办理事项达到30项"),
                ],
            ),
            (
                "“人工智能+”社区治理",
                "建设智慧社区20个，推广社区智能安防、智能养老服务，社区网格事件智能分拨率达到90%。",
                ["各街道办事处（牵头）", "区民政局", "区公安分局"],
                [V, V, V, V],
                "吴海涛\n13931560482",
                [
                    T("智慧社区", "个", "eq", 20, "建设智慧社区20个"),
                    T("社区网格事件智能分拨率", "%", "eq", 90, "社区网格事件智能分拨率达到90%"),
                ],
            ),
            (
                "“人工智能+”养老",
                "建设区级智慧养老服务平台，为辖区80岁以上独居老人安装智能监护设备1500套，社区养老服务智能化覆盖率达到60%。",
                ["区民政局（牵头）", "各街道办事处", "区卫健局"],
                [V, V, V, V],
                "吴海涛\n13931560482",
                [
                    T(
                        "为80岁以上独居老人安装智能监护设备",
                        "套",
                        "eq",
                        1500,
                        "安装智能监护设备1500套",
                        aggregation="flow",
                    ),
                    T("社区养老服务智能化覆盖率", "%", "eq", 60, "社区养老服务智能化覆盖率达到60%"),
                ],
            ),
            (
                "“人工智能+”教育",
                "建设中小学人工智能实验室15个，开展教师人工智能素养培训1000人次。",
                ["区教育局"],
                ["制定建设方案", V, "完成设备采购", "建成投用"],
                "郑晓燕\n6052237",
                [
                    T("中小学人工智能实验室", "个", "eq", 15, "建设中小学人工智能实验室15个"),
                    T(
                        "教师人工智能素养培训",
                        "人次",
                        "eq",
                        1000,
                        "开展教师人工智能素养培训1000人次",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "“人工智能+”医疗",
                "区属公立医院智能辅助诊断系统覆盖率达到100%，建设智慧药房3个。",
                ["区卫健局", "区医保局"],
                [V, V, "完成系统部署", ""],
                "刘洋\n6063354",
                [
                    T(
                        "区属公立医院智能辅助诊断系统覆盖率",
                        "%",
                        "eq",
                        100,
                        "区属公立医院智能辅助诊断系统覆盖率达到100%",
                    ),
                    T("智慧药房", "个", "eq", 3, "建设智慧药房3个"),
                ],
            ),
            (
                "“人工智能+”交通",
                "建设智能信号控制路口40个，新增智慧停车泊位5000个。",
                ["区公安分局交警大队（牵头）", "区交通运输局", "区城管执法局"],
                [V, V, V, "全部建成"],
                "马骏\n6071026",
                [
                    T("智能信号控制路口", "个", "eq", 40, "建设智能信号控制路口40个"),
                    T(
                        "新增智慧停车泊位",
                        "个",
                        "eq",
                        5000,
                        "新增智慧停车泊位5000个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推动应用场景开放",
                "定期发布场景机会清单，组织场景供需对接，打造“人工智能+”应用场景30个以上。",
                ["区发改局（牵头）", "区工信局", "区数据和政务服务局"],
                ["发布首批清单", V, "发布第二批清单", V],
                "王志刚\n6012381",
                [],  # 30个以上: the goals' figure printed again
            ),
        ],
    ),
    (
        "四、",
        "强化要素支撑保障",
        [
            (
                "加强人才引育",
                "引进人工智能领域高层次人才30名，组织数字技能培训2000人次。",
                ["区委组织部（牵头）", "区人社局"],
                [V, V, V, V],
                "高峰\n6080513",
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        30,
                        "引进人工智能领域高层次人才30名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "数字技能培训",
                        "人次",
                        "eq",
                        2000,
                        "组织数字技能培训2000人次",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "强化金融支持",
                "推动银行机构新增人工智能企业贷款5亿元，对企业首次购买算力服务给予最高20万元补贴。",
                ["区金融服务中心（牵头）", "区财政局"],
                [V, V, V, V],
                "杨帆\n6094478",
                [
                    T(
                        "新增人工智能企业贷款",
                        "亿元",
                        "eq",
                        5,
                        "新增人工智能企业贷款5亿元",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "加强安全治理",
                "开展人工智能安全风险排查，组织网络和数据安全应急演练2次。",
                ["区委网信办（牵头）", "区公安分局"],
                ["", "开展风险排查", "组织应急演练", V],
                "何磊\n6102259",
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
]

REQUIREMENTS = [
    (
        "加强统筹调度",
        "区“人工智能+”行动工作专班要加强统筹协调，定期调度清单任务推进情况，研究解决工作中的困难问题。各牵头单位主要负责同志要亲自研究部署，细化工作方案，明确专人负责，确保各项任务按季度节点推进。",
    ),
    (
        "严格督查考核",
        "区政府督查室会同专班办公室对清单任务实行季度督查，对按期完成的任务予以销号，对进展滞后的任务进行通报并督促整改，督查结果纳入各单位年度综合考核。",
    ),
    (
        "及时报送进展",
        "各牵头单位要建立任务推进台账，每季度末月25日前报送季度进展情况和下季度工作计划，联系人如有变动要及时报备，确保信息报送准确及时。",
    ),
]

QUARTER_END = ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]
HEAD = [
    "序号",
    "工作任务",
    "目标及具体举措",
    "责任单位",
    "季度进度",
    None,
    None,
    None,
    "联系人及电话",
]
HEAD2 = [None, None, None, None, "一季度", "二季度", "三季度", "四季度", None]


def roles_of(printed):
    """Lead: the name marked （牵头）, else the first listed (说明 1.); the others responsible."""
    names = [p.removesuffix(MARK) for p in printed]
    marked = [p.removesuffix(MARK) for p in printed if p.endswith(MARK)]
    lead = marked[0] if marked else names[0]
    return [A[lead][0]], [A[n][0] for n in names if n != lead]


def _build():
    blocks = [
        ("head", "滦塘区人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"滦塘区人民政府办公室关于印发《{TITLE}》的通知"),
        ("addressee", "各街道办事处，滦塘数字经济产业园管委会，区直各部门，各有关单位："),
        ("body", NOTICE),
        ("sign", "滦塘区人民政府办公室"),
        ("date", "2026年2月27日"),
        ("body", "（此件公开发布）"),
        ("landscape", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("body", "主要目标：" + GOAL_TEXT),
        ("small", NOTE),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    rows, merges, full = [HEAD, HEAD2], [(0, 4, 0, 7)], []
    merges += [(0, c, 1, c) for c in (0, 1, 2, 3, 8)]
    sections = []
    n = 0
    for gno, gtitle, items in GROUPS:
        full.append(len(rows))
        merges.append((len(rows), 0, len(rows), 8))
        rows.append([f"{gno}{gtitle}（{len(items)}项）"] + [None] * 8)
        tasks = []
        for title, text, printed, quarters, contact, targets in items:
            n += 1
            rows.append([str(n), title, text, "、".join(printed), *quarters, contact])
            lead, responsible = roles_of(printed)
            last = max(i for i, q in enumerate(quarters) if q)
            tasks.append(
                Task(str(n), title, text, lead=lead, responsible=responsible, due=QUARTER_END[last])
            )
            for t in targets:
                assert t.phrase in text, t.phrase
            if targets:
                goals.append(Goal(title, text, targets, numbering=str(n)))
        sections.append(Section(gno.strip("、"), gno, gtitle, "key_task", tasks))
    blocks.append(
        (
            "grid",
            {
                "rows": rows,
                "header": 2,
                "widths": [1.0, 2.8, 6.8, 4.2, 1.9, 1.9, 1.9, 1.9, 2.9],
                "size": 10.5,
                "merges": merges,
                "full": full,
                "centre": {0, 1, 4, 5, 6, 7, 8},
            },
        )
    )
    blocks.append(("h1", "工作要求"))
    sg = []
    for i, (title, text) in enumerate(REQUIREMENTS, 1):
        numbering = f"{'一二三'[i - 1]}、"
        blocks.append(("item", (f"{numbering}{title}。", text)))
        sg.append(Task(numbering, title, f"{title}。{text}"))
    sections.append(Section("工作要求", "", "工作要求", "safeguard", sg))
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "luantang-district",
        "name": "滦塘区",
        "name_en": "Luantang District (Hebei)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 滦塘区2026年“人工智能+”行动工作任务清单 (滦塘区人民政府办公室, 滦政办字〔2026〕7号, 2026-02-27)
# — SYNTHETIC (synthetic_cj): WRITTEN by the collector (helper blindCJ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_luantang.py as .docx, printed to PDF by LibreOffice.
# Zone luantang-district (河北 滦塘区, invented; an urban district, its city not named) → district level; period 2026.
# Outline: red head, 发文字号, notice (每季度末月25日前: a reporting date; 一名联系人: no target), "（此件公开发布）"; on landscape
#   pages the list's title, a preamble (2025 baselines, then the list's purpose), "主要目标：2026年，…" (→ goal titled 2026年, 5 targets), a 说明 in 楷体 (the role
#   rule; what ✓ means), ONE table over several pages whose two header rows (序号 | 工作任务 | 目标及具体举措 | 责任单位 | 季度进度
#   | 联系人及电话, 季度进度 spanning 一季度 | 二季度 | 三季度 | 四季度 in the second row) repeat on every page; group rows across
#   the table "一、筑牢智能发展底座（4项）" … "四、…（3项）" (→ sections 一、–四、, titled without the count; the counts are the
#   document's own parts: no target); rows 1–20 numbered on across the groups; then 工作要求 = three paragraphs "一、加强统筹调度。…"
#   (→ safeguard tasks, a section without numbering).
# What a task is: each 序号 row — title = the 工作任务 cell, text = the 目标及具体举措 cell, numbering = the 序号.
# Roles by the 说明: the name marked "（牵头）" → lead (row 3: marked though listed second), the others → responsible; a cell with no
#   mark → its first name lead, the others responsible (a single unmarked name → lead). The 联系人及电话 cell (a name and a 7- or
#   11-digit number) → no agency, no role, no figure. 各街道办事处 one collective (lead in row 12); 区公安分局交警大队 one body beside
#   区公安分局; 滦塘数字经济产业园管委会 the park's administration; 区委组织部 / 区委网信办 party bodies. The notice's addressee line,
#   专班办公室 and 区政府督查室 (工作要求) state no role.
# Due: the end of the last quarter whose cell holds ✓ or a step (a blank cell: no step that quarter) — 2026-12-31 for most rows,
#   2026-09-30 for rows 6 and 15 (四季度 blank).
# Targets: the preamble's 2025 figures (42家, 60P, 18个) are baselines, no targets; the 主要目标 paragraph's five (2026); each row holding figures of its own is also a goal titled like the task (text =
#   the 举措 cell, numbering = 序号), due 2026. Restated, so no second target: row 1's 新增智能算力100P, row 5's 诊断150家, row 10's
#   人工智能企业达到60家, row 17's 应用场景30个以上 (the goals' figures, same year). 其中总投资亿元以上项目5个 → parent (亿元以上 is the
#   projects' size, no target of its own). Not targets: 最高20万元补贴 (a cap); 80岁以上 (whom row 13's devices serve, a condition); 首台（套） (first of its
#   kind, no count); the quarter steps (首批 / 第二批 are ordinals); 序号;
#   telephone numbers; （4项）-style counts; dates.
"""
