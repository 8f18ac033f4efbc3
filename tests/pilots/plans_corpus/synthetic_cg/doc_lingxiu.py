# ruff: noqa: E501  (plan text as the office writes it)
"""凌岫市“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_cg). A Word file (.docx): notice, preamble, 一、总体要求,
二、行动目标 = two dated paragraphs — "到2026年、2027年，…分别达到30家、50家，…分别达到40个、80个" (years PAIRED with
figures) and "到2028年，…" — and a 主要指标 table TRANSPOSED: rows are the years 2026年 / 2027年 / 2028年, columns the
indicators with their units in the header cells ("智能算力规模（P）"), one cell per year and indicator; 三、重点任务 of four
groups （一）–（四） whose items 1.–13. are numbered on and close on "（牵头单位：市X；配合单位：市Y、市Z）"; 四、保障措施
（一）–（四） unannotated; 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task, safeguard_items

SLUG = "lingxiu-ai-plus-action-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "市发展改革委": ("fgw", "凌岫市发展和改革委员会", "development_reform"),
    "市工信局": ("gxj", "凌岫市工业和信息化局", "industry_it"),
    "市数据局": ("sjj", "凌岫市数据局", "big_data"),
    "市财政局": ("czj", "凌岫市财政局", "finance"),
    "市科技局": ("kjj", "凌岫市科学技术局", "science_technology"),
    "市商务局": ("swj", "凌岫市商务局", "commerce"),
    "市农业农村局": ("nyj", "凌岫市农业农村局", "agriculture"),
    "市营商环境局": ("ysj", "凌岫市营商环境建设局", "government_services"),
    "市公安局": ("gaj", "凌岫市公安局", "public_security"),
    "市住建局": ("zjj", "凌岫市住房和城乡建设局", "housing_construction"),
    "市教育局": ("jyj", "凌岫市教育局", "education"),
    "市卫健委": ("wjw", "凌岫市卫生健康委员会", "health"),
    "市医保局": ("ybj", "凌岫市医疗保障局", "health"),
    "市委组织部": ("zzb", "中共凌岫市委组织部", "party_organisation"),
    "市人社局": ("rsj", "凌岫市人力资源和社会保障局", "human_resources"),
    "市委金融办": ("jrb", "中共凌岫市委金融委员会办公室", "financial_regulation"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "凌岫市“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "凌政办发〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Lingxiu City “AI+” action plan (2026–2028) — synthetic",
    "issuer": "凌岫市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2027, 2028],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市政府同意，现印发给你们，请认真组织实施。各牵头单位要会同配合单位制定年度工作计划，每半年将工作进展情况报送市“人工智能+”行动工作专班办公室（设在市工信局）。"
PREAMBLE = "为深入贯彻落实国家、省关于深入实施“人工智能+”行动的决策部署，加快推动人工智能与我市实体经济深度融合，培育发展新质生产力，以智能化赋能老工业基地全面振兴，结合我市实际，制定本方案。"
GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实新时代推动东北全面振兴的部署要求，立足我市装备制造、冶金化工、现代农业等产业基础，坚持应用牵引、数据驱动、企业主体、安全可控，以算力设施为底座、以场景开放为牵引、以产业培育为重点，推动人工智能在工业制造、城市治理、民生服务等领域深度应用，加快打造人工智能赋能传统产业转型升级的凌岫样板。"
G1_TEXT = "到2026年、2027年，全市规模以上人工智能企业分别达到30家、50家，“人工智能+”典型应用场景分别达到40个、80个，人工智能赋能产业转型升级取得阶段性成效。"
G1 = [
    T(
        "规模以上人工智能企业",
        "家",
        "eq",
        30,
        "全市规模以上人工智能企业分别达到30家、50家",
        kind="ai_enterprises",
        deadline=2026,
    ),
    T(
        "规模以上人工智能企业",
        "家",
        "eq",
        50,
        "全市规模以上人工智能企业分别达到30家、50家",
        kind="ai_enterprises",
        deadline=2027,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        40,
        "“人工智能+”典型应用场景分别达到40个、80个",
        kind="application_scenarios",
        deadline=2026,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        80,
        "“人工智能+”典型应用场景分别达到40个、80个",
        kind="application_scenarios",
        deadline=2027,
    ),
]
G2_TEXT = "到2028年，全市规模以上人工智能企业达到70家以上，人工智能核心产业规模突破100亿元，智能算力规模达到1000P，建成东北地区重要的工业智能化应用示范城市。各年度主要指标见下表。"
G2 = [
    T(
        "规模以上人工智能企业",
        "家",
        "gte",
        70,
        "全市规模以上人工智能企业达到70家以上",
        kind="ai_enterprises",
    ),
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        100,
        "人工智能核心产业规模突破100亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力规模", "P", "eq", 1000, "智能算力规模达到1000P", kind="computing_power"),
]

CAPTION = "凌岫市“人工智能+”行动主要指标"
# the transposed table: header cells name the indicator and its unit; one row per year
COLUMNS = [
    ("人工智能核心产业规模", "亿元", "ai_industry_scale"),
    ("规模以上人工智能企业", "家", "ai_enterprises"),
    ("智能算力规模", "P", "computing_power"),
    ("“人工智能+”典型应用场景", "个", "application_scenarios"),
    ("规上工业企业数字化转型覆盖率", "%", None),
    ("人工智能领域专业人才", "人", "talent"),
]
ROWS = [
    ("2026年", ["45", "30", "300", "40", "60", "3000"]),
    ("2027年", ["65", "50", "600", "80", "75", "6000"]),
    ("2028年", ["100以上", "70以上", "1000", "120", "95", "10000"]),
]
TABLE_NOTE = "注：表中指标均为当年年末累计值。"
for (
    _label,
    _cells,
) in ROWS:  # a row's cells all differ (the corpus test reads a row's equal cells once, as merged)
    assert len(set(_cells)) == len(_cells)
# (year, column) printed before: the goal paragraphs' figures (same value, unit and year) → no second target
RESTATED = {(2026, 1), (2027, 1), (2028, 1), (2026, 3), (2027, 3), (2028, 0), (2028, 2)}


def _table_targets():
    out = []
    for label, cells in ROWS:
        year = int(label[:4])
        for c, cell in enumerate(cells):
            if (year, c) in RESTATED:
                continue
            metric, unit, kind = COLUMNS[c]
            comp, value = ("gte", cell[: -len("以上")]) if cell.endswith("以上") else ("eq", cell)
            phrase = " ".join([label, *cells[: c + 1]])
            out.append(
                T(
                    metric,
                    unit,
                    comp,
                    float(value) if "." in value else int(value),
                    phrase,
                    kind=kind,
                    deadline=year,
                )
            )
    return out


# (group numbering, group title, [(title, rest, lead, supporting, [targets])]); items numbered on 1.–13.
GROUPS = [
    (
        "（一）",
        "夯实智能算力和数据底座",
        [
            (
                "建设城市智算中心",
                "依托凌岫高新区数据中心集群，建设凌岫城市智算中心，2026年新增智能算力200P，推动全市智能算力规模2026年达到300P，逐步形成通用算力、智能算力协同发展格局。推行“算力券”制度，对中小企业使用智能算力给予不超过30%的费用补贴。",
                ["市发展改革委"],
                ["市工信局", "市数据局", "市财政局"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        200,
                        "2026年新增智能算力200P",
                        kind="computing_power",
                        deadline=2026,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进公共数据开发利用",
                "建设全市公共数据授权运营平台，完善数据共享交换机制，到2027年，开放高质量公共数据集200个、建设装备制造、冶金化工、现代农业等行业高质量数据集10个，推动数据资源向数据资产转化。",
                ["市数据局"],
                ["市发展改革委", "市工信局"],
                [
                    T(
                        "开放高质量公共数据集",
                        "个",
                        "eq",
                        200,
                        "开放高质量公共数据集200个",
                        deadline=2027,
                    ),
                    T(
                        "行业高质量数据集",
                        "个",
                        "eq",
                        10,
                        "建设装备制造、冶金化工、现代农业等行业高质量数据集10个",
                        deadline=2027,
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能化升级",
        [
            (
                "实施制造业智能化改造",
                "聚焦装备制造、冶金化工等优势产业，推广工业视觉检测、预测性维护、智能排产等应用，每年实施智能化改造项目50个以上，到2028年建成省级以上智能工厂15家。",
                ["市工信局"],
                ["市发展改革委", "市财政局"],
                [
                    T(
                        "实施智能化改造项目",
                        "个",
                        "gte",
                        50,
                        "每年实施智能化改造项目50个以上",
                        per_year=True,
                    ),
                    T("省级以上智能工厂", "家", "eq", 15, "到2028年建成省级以上智能工厂15家"),
                ],
            ),
            (
                "发展智能装备产业",
                "支持骨干企业研发工业机器人、智能数控机床、智能检测装备等产品，培育智能装备领域“专精特新”企业20家，推动智能装备首台（套）产品推广应用。",
                ["市工信局"],
                ["市科技局"],
                [
                    T(
                        "智能装备领域“专精特新”企业",
                        "家",
                        "eq",
                        20,
                        "培育智能装备领域“专精特新”企业20家",
                        kind="ai_enterprises",
                    )
                ],
            ),
            (
                "推进“人工智能+农业”",
                "建设智慧农场、智慧牧场，推广农业生产智能监测、农机智能作业和农产品质量智能追溯，到2027年全市智慧农业示范基地达到25个。",
                ["市农业农村局"],
                ["市数据局", "市科技局"],
                [
                    T(
                        "智慧农业示范基地",
                        "个",
                        "eq",
                        25,
                        "到2027年全市智慧农业示范基地达到25个",
                        deadline=2027,
                    )
                ],
            ),
            (
                "培育人工智能企业",
                "实施人工智能企业梯度培育计划，建立重点企业培育库，实行“一企一策”精准服务，确保全市规模以上人工智能企业2026年达到30家。加大招商引资力度，引进一批人工智能领军企业区域总部和研发中心。",
                ["市科技局"],
                ["市工信局", "市商务局"],
                [],
            ),
        ],
    ),
    (
        "（三）",
        "拓展城市治理和民生服务场景",
        [
            (
                "推进“人工智能+政务服务”",
                "上线“岫事通”政务智能助手，推动政务服务智能导办、智能审批，2026年底前实现高频政务服务事项智能问答全覆盖，到2027年“免申即享”政策事项达到100项。",
                ["市营商环境局"],
                ["市数据局"],
                [
                    T(
                        "“免申即享”政策事项",
                        "项",
                        "eq",
                        100,
                        "到2027年“免申即享”政策事项达到100项",
                        deadline=2027,
                    )
                ],
            ),
            (
                "推进“人工智能+城市治理”",
                "建设城市运行管理智能中枢，整合接入视频监控资源2万路，推广占道经营、违规停车、井盖异常等事件智能识别和自动派单，提升城市治理精细化水平。",
                ["市数据局"],
                ["市公安局", "市住建局"],
                [T("接入视频监控资源", "路", "eq", 20000, "整合接入视频监控资源2万路")],
            ),
            (
                "推进“人工智能+教育”",
                "建设智慧课堂和人工智能教育实验室，推动人工智能课程进校园，到2027年全市中小学智慧课堂覆盖率达到90%。",
                ["市教育局"],
                ["市数据局"],
                [
                    T(
                        "中小学智慧课堂覆盖率",
                        "%",
                        "eq",
                        90,
                        "到2027年全市中小学智慧课堂覆盖率达到90%",
                        deadline=2027,
                    )
                ],
            ),
            (
                "推进“人工智能+医疗健康”",
                "推动二级以上公立医院部署医学影像辅助诊断、智能导诊等系统，建设互联网医院5家，推进医保智能审核全覆盖。",
                ["市卫健委"],
                ["市医保局"],
                [T("互联网医院", "家", "eq", 5, "建设互联网医院5家")],
            ),
        ],
    ),
    (
        "（四）",
        "营造良好产业生态",
        [
            (
                "强化人才引育",
                "实施“岫城英才”计划，每年引进人工智能领域高层次人才50名，支持驻市高校开设人工智能相关专业，建设产教融合实训基地。",
                ["市委组织部"],
                ["市人社局", "市教育局"],
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        50,
                        "每年引进人工智能领域高层次人才50名",
                        kind="talent",
                        per_year=True,
                    )
                ],
            ),
            (
                "建设创新平台",
                "支持企业联合高校院所建设重点实验室、技术创新中心等平台，到2028年建成市级以上人工智能创新平台20个。",
                ["市科技局"],
                ["市工信局"],
                [
                    T(
                        "市级以上人工智能创新平台",
                        "个",
                        "eq",
                        20,
                        "到2028年建成市级以上人工智能创新平台20个",
                        kind="innovation_platforms",
                    )
                ],
            ),
            (
                "加大金融支持",
                "设立规模10亿元的市人工智能产业投资基金，引导金融机构开发“算力贷”“数据贷”等产品，支持符合条件的人工智能企业上市融资。",
                ["市财政局"],
                ["市发展改革委", "市委金融办"],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动工作专班，由市政府分管领导任组长，统筹推进全市“人工智能+”行动。专班办公室设在市工信局，负责日常工作。",
    ),
    (
        "（二）",
        "强化政策支持",
        "统筹用好各级财政资金，对符合条件的算力设施、场景应用和企业培育项目给予支持，落实国家和省有关税收优惠政策。",
    ),
    (
        "（三）",
        "筑牢安全底线",
        "落实网络安全、数据安全和个人信息保护要求，加强人工智能应用安全风险评估，防范算法歧视、深度伪造等风险。",
    ),
    (
        "（四）",
        "强化督促考核",
        "将“人工智能+”行动推进情况纳入市政府督查重点，每年对主要指标完成情况进行评估，对工作成效突出的单位予以通报表扬。",
    ),
]

CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。"
PRINTED = "凌岫市人民政府办公室　　　　　　　　2026年3月20日印发"


def _build():
    blocks = [
        ("head", "凌岫市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"凌岫市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市）区人民政府，市政府各委办局、各直属机构："),
        ("body", NOTICE),
        ("sign", "凌岫市人民政府办公室"),
        ("date", "2026年3月20日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        ("h1", "二、行动目标"),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("caption", CAPTION),
        (
            "grid",
            [
                ["年份", *(f"{m}（{u}）" for m, u, _ in COLUMNS)],
                *([label, *cells] for label, cells in ROWS),
            ],
        ),
        ("note", TABLE_NOTE),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    table_text = "\n".join(
        " ".join(r)
        for r in [
            ["年份", *(f"{m}（{u}）" for m, u, _ in COLUMNS)],
            *([label, *cells] for label, cells in ROWS),
        ]
    )
    goals = [
        Goal("到2026年、2027年", G1_TEXT, G1),
        Goal("到2028年", G2_TEXT, G2),
        Goal(CAPTION, table_text, _table_targets()),
    ]
    blocks.append(("h1", "三、重点任务"))
    subs = []
    n = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, rest, lead, sup, targets in items:
            n += 1
            ann = f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"
            blocks.append(("item", (f"{n}.{title}。", rest + ann)))
            tasks.append(
                Task(
                    f"{n}.",
                    title,
                    f"{title}。{rest}{ann}",
                    lead=[A[x][0] for x in lead],
                    supporting=[A[x][0] for x in sup],
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    sg = safeguard_items(blocks, "四、保障措施", SAFEGUARDS)
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    blocks += [("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "lingxiu-city", "name": "凌岫市", "name_en": "Lingxiu City", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 凌岫市“人工智能+”行动方案（2026—2028年） (凌岫市人民政府办公室, 凌政办发〔2026〕11号, 2026-03-20)
# — SYNTHETIC (synthetic_cg): WRITTEN by the collector (helper blindCG, 2026-12-07) before reading or running the importer; no
#   such document (and no 凌岫市) exists. Built by make_files.py from doc_lingxiu.py as a Word file (.docx).
# Zone lingxiu-city (an invented prefecture-level city of 东北) → city level; period 2026–2028.
# Outline: red head, 发文字号, notice (half-yearly reporting: no target), page break, title, preamble; 一、总体要求 (no task);
#   二、行动目标 = two dated paragraphs → goals titled by their date phrases ("到2026年、2027年", "到2028年"), then the caption
#   and the 主要指标 table TRANSPOSED (rows 2026年 / 2027年 / 2028年, columns the indicators, units in the header cells) → a
#   goal titled by its caption, text = its rows as read (cells space-separated), and a note (no target); 三、重点任务 = four
#   groups （一）–（四） (sub-sections of 三) of items 1.–13. numbered on, each "N.标题。正文（牵头单位：市X；配合单位：市Y、市Z）";
#   四、保障措施 （一）–（四） unannotated → safeguard tasks titled by their bold names; 抄送 / 印发.
# Years paired with figures: "到2026年、2027年，…分别达到30家、50家" → two targets, 30 due 2026 and 50 due 2027 (likewise 40个、
#   80个); both quote the one phrase.
# The table: one target per cell, due the row's year, metric and unit from the column's header; "100以上" / "70以上" → gte.
#   A cell printing the goal paragraphs' figure for the same year (30/50/70以上 家, 40/80 个, 2028 1000P, 2028 100以上亿元 =
#   the paragraph's 突破100亿元) is a restatement: ONE target, kept in the paragraph (its comparator: gt for 突破). 11 cells
#   are targets of their own. Their source_phrase is the year's row up to the cell (the cells of a row are contiguous in the
#   text, the header is not beside them). The note "年末累计值" makes every cell a stock.
# Tasks: title = the bold heading; text = heading + body + annotation (no number). 牵头单位 → lead, 配合单位 → supporting.
#   Every item holding figures is also a goal titled like the item (text without its annotation). Figures with a year are due
#   that year ("2026年新增智能算力200P" → 2026, flow); "到2027年，开放…200个、建设…10个" → both 2027; with no year → 2028 (plan
#   end); 每年… → per_year flow. Restated, no second target: item 1's "全市智能算力规模2026年达到300P" (the table's 2026 cell),
#   item 6's "规模以上人工智能企业2026年达到30家". Not targets: 不超过30%的费用补贴 (a subsidy rate); 设立规模10亿元的…基金 (a
#   fund being set up); 全覆盖 (no figure); the 专班办公室 "负责日常工作" (no role).
"""
