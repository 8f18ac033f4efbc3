# ruff: noqa: E501  (plan text as the office writes it)
"""祁东县“人工智能+”行动工作方案 — INVENTED (synthetic_bs). Printed by make_files.py as a PDF whose notice and plan body
are a normal text PDF (one text run per line) and whose annex 重点任务分工表 is a set of LANDSCAPE SCANNED pages (the table
an image, ruling lines only in the image) under an invisible OCR layer, one run per cell line where OCR puts it. The body:
一、工作目标 ("到2027年，…"), 二、重点任务 (one paragraph counting the annex's tasks), 三、保障措施 （一）–（四）; the annex: category
rows 一、–五、 spanning the table and rows 1–24 (序号 | 重点任务 | 完成时限 | 牵头单位 | 配合单位), the 配合单位 cell wrapping."""

from common import Section, T, agencies, safeguards
from synthetic_model import Goal, Task

SLUG = "qidong-ai-plus-work-plan-2026-synthetic"
KIND = "pdf"

A = {
    "县发改局": ("fgj", "祁东县发展和改革局", "development_reform"),
    "县工信局": ("gxj", "祁东县工业和信息化局", "industry_it"),
    "县科技局": ("kjj", "祁东县科学技术局", "science_technology"),
    "县数据局": ("sjj", "祁东县数据局", "big_data"),
    "县财政局": ("czj", "祁东县财政局", "finance"),
    "县农业农村局": ("nyj", "祁东县农业农村局", "agriculture"),
    "县商务局": ("swj", "祁东县商务局", "commerce"),
    "县教育局": ("jyj", "祁东县教育局", "education"),
    "县卫健局": ("wjj", "祁东县卫生健康局", "health"),
    "县人社局": ("rsj", "祁东县人力资源和社会保障局", "human_resources"),
    "县住建局": ("zjj", "祁东县住房和城乡建设局", "housing_construction"),
    "县应急局": ("yjj", "祁东县应急管理局", "emergency"),
    "县文旅广体局": ("wlj", "祁东县文化旅游广电体育局", "culture_tourism"),
    "县政务服务中心": ("zwz", "祁东县政务服务中心", "government_services"),
    "县市场监管局": ("scj", "祁东县市场监督管理局", "market_regulation"),
    "县交通运输局": ("jtj", "祁东县交通运输局", "transport"),
    "县民政局": ("mzj", "祁东县民政局", "civil_affairs"),
    "祁东工业集中区管委会": ("gyq", "祁东工业集中区管理委员会", "park_administration"),
    "各乡镇人民政府": ("xz", "祁东县各乡镇人民政府", "local_government"),
}
AGENCIES = agencies(A)

TITLE = "祁东县“人工智能+”行动工作方案"
DOC_NUMBER = "祁政办发〔2026〕5号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Qidong County “AI+” action work plan — synthetic",
    "issuer": "祁东县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-22",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027],
    "source_file": f"{SLUG}.pdf",
}
NOTICE = f"经县人民政府同意，现将《{TITLE}》印发给你们，请结合工作实际，认真抓好贯彻落实。各牵头单位要对照重点任务分工表，细化工作措施，明确进度安排，于每年6月底和12月底前将工作推进情况报送县工业和信息化局。"
INTRO = "为深入贯彻落实国家和省、市关于实施“人工智能+”行动的部署要求，加快人工智能技术在全县产业发展、乡村振兴、社会治理和民生服务中的应用，推动县域经济高质量发展，结合我县实际，制定本方案。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持以县域经济高质量发展为主线，以应用场景为牵引，以数字基础设施为支撑，以企业和人才为关键，推动人工智能技术与特色农业、加工制造、县域治理和民生服务深度融合，为建设现代化新祁东提供有力支撑，努力走出一条具有祁东特色的县域“人工智能+”发展路子。"
PRINCIPLES = "坚持因地制宜，立足县域产业特点和发展阶段，不搞一哄而上，注重实效；坚持应用为先，聚焦群众可感可及的领域，优先推广成熟适用的技术和产品；坚持协同推进，强化部门联动、县乡协同，形成推进合力；坚持安全可控，守住数据安全和网络安全底线。"
BASE = "2025年，全县数字经济规模达到58亿元，人工智能相关企业19家，建成应用场景9个，农村电商年交易额达到21亿元。"
GOAL = "到2027年，全县人工智能相关企业达到40家，培育省级专精特新企业8家，打造“人工智能+”应用场景30个以上，数字经济规模突破85亿元，规上工业企业关键工序数控化率达到65%，建成智慧农业示范基地12个，农村电商年交易额达到35亿元，全县“人工智能+”发展水平进入全市县域第一方阵。"
GOAL_TARGETS = [
    T("人工智能相关企业", "家", "eq", 40, "人工智能相关企业达到40家", kind="ai_enterprises"),
    T("省级专精特新企业", "家", "eq", 8, "培育省级专精特新企业8家"),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "打造“人工智能+”应用场景30个以上",
        kind="application_scenarios",
    ),
    T("数字经济规模", "亿元", "gt", 85, "数字经济规模突破85亿元", kind="related_industry_scale"),
    T("规上工业企业关键工序数控化率", "%", "eq", 65, "规上工业企业关键工序数控化率达到65%"),
    T("智慧农业示范基地", "个", "eq", 12, "建成智慧农业示范基地12个"),
    T("农村电商年交易额", "亿元", "eq", 35, "农村电商年交易额达到35亿元"),
]
TASKS_PARA = "当前，人工智能技术加速向县域延伸，为县域产业升级和治理能力提升带来重大机遇。全县上下要立足黄花菜、油茶等特色农业和加工制造产业基础，把夯实数字底座作为基础工程，把推动产业升级作为主攻方向，把赋能乡村振兴作为特色亮点，把提升治理服务作为重要抓手，把强化要素支撑作为根本保障，统筹推进人工智能技术推广应用。围绕夯实数字底座、推动产业升级、赋能乡村振兴、提升治理服务、强化要素支撑五个方面，实施32项重点任务，明确牵头单位、配合单位和完成时限（详见附件）。各牵头单位要制定具体实施方案，配合单位要积极主动配合，确保各项任务按期完成。各乡镇人民政府要结合本地实际，积极谋划和申报应用场景，主动承接县级重点任务。"

# category: (numbering, title, rows); row: (task cell, 完成时限, lead, supporting, targets)
CATEGORIES = [
    (
        "一、",
        "夯实数字底座",
        [
            (
                "建设县级算力服务中心，新增智能算力10P",
                "2026年12月底前",
                ["县发改局"],
                ["县工信局", "县数据局", "祁东工业集中区管委会"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        10,
                        "新增智能算力10P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "完善公共数据目录，开放公共数据集15个",
                "2026年10月底前",
                ["县数据局"],
                ["县政务服务中心"],
                [T("开放公共数据集", "个", "eq", 15, "开放公共数据集15个")],
            ),
            (
                "新建5G基站180个，推进行政村千兆光网覆盖",
                "2027年12月底前",
                ["县工信局"],
                ["各乡镇人民政府"],
                [T("新建5G基站", "个", "eq", 180, "新建5G基站180个", aggregation="flow")],
            ),
            (
                "建设农业农村大数据平台，汇聚涉农数据资源",
                "2026年12月底前",
                ["县农业农村局"],
                ["县数据局", "县商务局"],
                [],
            ),
        ],
    ),
    (
        "二、",
        "推动产业智能升级",
        [
            (
                "建设智能仓储和智能配送系统，建成县级物流智能分拨中心1个",
                "2027年6月底前",
                ["县商务局"],
                ["县交通运输局", "县发改局"],
                [T("县级物流智能分拨中心", "个", "eq", 1, "建成县级物流智能分拨中心1个")],
            ),
            (
                "实施智能化改造项目30个，建设数字化车间10个",
                "2027年12月底前",
                ["县工信局"],
                ["县财政局", "祁东工业集中区管委会"],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        30,
                        "实施智能化改造项目30个",
                        aggregation="flow",
                    ),
                    T("数字化车间", "个", "eq", 10, "建设数字化车间10个"),
                ],
            ),
            (
                "推动黄花菜加工企业应用智能分选和质量检测设备",
                "2026年12月底前",
                ["县农业农村局"],
                ["县工信局", "县市场监管局"],
                [],
            ),
            (
                "引进人工智能相关企业12家，建设数字产业园1个",
                "2027年12月底前",
                ["县商务局"],
                ["祁东工业集中区管委会", "县发改局"],
                [
                    T(
                        "引进人工智能相关企业",
                        "家",
                        "eq",
                        12,
                        "引进人工智能相关企业12家",
                        aggregation="flow",
                    ),
                    T("数字产业园", "个", "eq", 1, "建设数字产业园1个"),
                ],
            ),
            (
                "开展中小企业数字化转型诊断，完成诊断100家",
                "2026年12月底前",
                ["县工信局"],
                ["县科技局"],
                [T("中小企业数字化转型诊断", "家", "eq", 100, "完成诊断100家", aggregation="flow")],
            ),
            (
                "培育工业互联网平台2个，带动企业上云200家",
                "2027年6月底前",
                ["县工信局"],
                ["县数据局"],
                [
                    T("工业互联网平台", "个", "eq", 2, "培育工业互联网平台2个"),
                    T("带动企业上云", "家", "eq", 200, "带动企业上云200家"),
                ],
            ),
        ],
    ),
    (
        "三、",
        "赋能乡村振兴",
        [
            (
                "建设黄花菜、油茶智慧种植基地，推广智能灌溉和病虫害监测",
                "2027年12月底前",
                ["县农业农村局"],
                ["县科技局", "各乡镇人民政府"],
                [],
            ),
            (
                "推广植保无人机和智能农机，作业面积达到20万亩",
                "2027年12月底前",
                ["县农业农村局"],
                ["各乡镇人民政府"],
                [T("植保无人机和智能农机作业面积", "亩", "eq", 200000, "作业面积达到20万亩")],
            ),
            (
                "发展农村电商直播，培育电商主播500名",
                "2026年12月底前",
                ["县商务局"],
                ["县人社局", "县农业农村局", "各乡镇人民政府"],
                [T("电商主播", "名", "eq", 500, "培育电商主播500名", aggregation="flow")],
            ),
            (
                "建设数字乡村示范村20个，推广村级事务智能管理",
                "2027年12月底前",
                ["县农业农村局"],
                ["县数据局", "县民政局", "各乡镇人民政府"],
                [T("数字乡村示范村", "个", "eq", 20, "建设数字乡村示范村20个")],
            ),
            (
                "建设农产品质量安全追溯平台，纳入追溯主体300家",
                "2027年12月底前",
                ["县农业农村局"],
                ["县市场监管局", "各乡镇人民政府"],
                [T("追溯主体", "家", "eq", 300, "纳入追溯主体300家")],
            ),
            (
                "开发乡村旅游智能导览，打造智慧旅游村3个",
                "2027年6月底前",
                ["县文旅广体局"],
                ["各乡镇人民政府"],
                [T("智慧旅游村", "个", "eq", 3, "打造智慧旅游村3个")],
            ),
        ],
    ),
    (
        "四、",
        "提升治理服务",
        [
            (
                "推广“AI+市场监管”，建设食品安全智能监管系统",
                "2027年6月底前",
                ["县市场监管局"],
                ["县数据局", "县商务局"],
                [],
            ),
            (
                "推进“AI+交通”，在县城主要路口建设智能信号控制系统",
                "2027年6月底前",
                ["县交通运输局"],
                ["县住建局"],
                [],
            ),
            (
                "建设安全生产智能监测系统，覆盖重点企业60家",
                "2026年12月底前",
                ["县应急局"],
                ["县工信局", "县市场监管局"],
                [T("安全生产智能监测覆盖重点企业", "家", "eq", 60, "覆盖重点企业60家")],
            ),
            (
                "上线政务服务智能客服，高频事项智能导办率达到90%",
                "2026年9月底前",
                ["县政务服务中心"],
                ["县数据局"],
                [T("高频事项智能导办率", "%", "eq", 90, "高频事项智能导办率达到90%")],
            ),
            (
                "建设县域综合治理智能平台，接入视频点位3000路",
                "2027年12月底前",
                ["县数据局"],
                ["县应急局", "县住建局", "县交通运输局", "县民政局", "各乡镇人民政府"],
                [T("接入视频点位", "路", "eq", 3000, "接入视频点位3000路")],
            ),
            (
                "建设防汛和地质灾害智能预警系统",
                "2026年6月底前",
                ["县应急局"],
                ["县住建局", "县交通运输局", "县农业农村局"],
                [],
            ),
            (
                "推动县人民医院建设智能影像和辅助诊断系统",
                "2026年12月底前",
                ["县卫健局"],
                ["县数据局"],
                [],
            ),
            (
                "在中小学开设人工智能课程，建设智慧课堂150间",
                "2027年12月底前",
                ["县教育局"],
                ["县财政局"],
                [T("智慧课堂", "间", "eq", 150, "建设智慧课堂150间")],
            ),
            (
                "建设智慧养老服务平台，服务老年人1万人",
                "2027年12月底前",
                ["县民政局"],
                ["县卫健局", "各乡镇人民政府"],
                [T("服务老年人", "人", "eq", 10000, "服务老年人1万人")],
            ),
        ],
    ),
    (
        "五、",
        "强化要素支撑",
        [
            (
                "与高校院所共建县域人工智能应用推广中心1个",
                "2026年12月底前",
                ["县科技局"],
                ["县教育局", "县工信局"],
                [T("县域人工智能应用推广中心", "个", "eq", 1, "共建县域人工智能应用推广中心1个")],
            ),
            (
                "推动金融机构开发“AI贷”等信贷产品，支持中小企业智能化改造",
                "持续推进",
                ["县财政局"],
                ["县工信局", "县发改局"],
                [],
            ),
            (
                "举办县域“人工智能+”应用大赛，征集优秀应用案例30个",
                "2027年12月底前",
                ["县工信局"],
                ["县科技局", "县人社局"],
                [T("优秀应用案例", "个", "eq", 30, "征集优秀应用案例30个", aggregation="flow")],
            ),
            (
                "开展人工智能技能培训5000人次",
                "持续推进",
                ["县人社局"],
                ["县教育局", "县农业农村局", "县商务局"],
                [
                    T(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        5000,
                        "开展人工智能技能培训5000人次",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "引进人工智能领域急需紧缺人才50名",
                "2027年12月底前",
                ["县人社局"],
                ["县科技局", "县教育局"],
                [
                    T(
                        "人工智能领域急需紧缺人才",
                        "名",
                        "eq",
                        50,
                        "引进人工智能领域急需紧缺人才50名",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "落实算力券、场景奖励等政策，统筹安排专项资金",
                "持续推进",
                ["县财政局"],
                ["县发改局", "县工信局"],
                [],
            ),
            (
                "组织申报省级以上人工智能应用示范项目8个",
                "2027年12月底前",
                ["县科技局"],
                ["县工信局", "县发改局", "县数据局"],
                [
                    T(
                        "省级以上人工智能应用示范项目",
                        "个",
                        "eq",
                        8,
                        "组织申报省级以上人工智能应用示范项目8个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
]
SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县“人工智能+”行动工作领导小组，由县人民政府主要负责同志任组长，领导小组办公室设在县工业和信息化局，负责统筹协调和日常调度。各乡镇、各部门要成立相应工作机构，明确分管负责同志和具体工作人员，确保工作有人抓、有人管。",
    ),
    (
        "（二）",
        "加强资金保障",
        "县财政每年安排“人工智能+”专项资金500万元，对企业购买算力服务按实际支出的30%给予补贴，单个企业年度补贴不超过10万元。积极争取上级专项资金和政策性银行贷款支持，引导社会资本参与应用场景建设和运营。",
    ),
    (
        "（三）",
        "加强安全管理",
        "严格落实网络安全等级保护和数据安全管理制度，强化人工智能应用安全评估，防范数据泄露和算法滥用风险。督促应用单位落实数据分类分级保护要求，规范人工智能产品和服务采购管理。定期开展网络安全检查和应急演练，提升安全事件处置能力。",
    ),
    (
        "（四）",
        "加强督查考核",
        "县委督查室、县政府督查室要将本方案落实情况纳入重点督查事项，实行月调度、季通报、年考评，确保各项任务落地见效。对工作成效明显的单位予以通报表扬，对推进不力、进度滞后的单位进行约谈督办。",
    ),
    (
        "（五）",
        "加强宣传引导",
        "充分利用融媒体中心、政务新媒体等平台，广泛宣传“人工智能+”行动的政策措施和典型案例，组织开展人工智能科普进乡村、进社区、进校园活动，提升群众数字素养和技能，引导群众学会用、愿意用、放心用人工智能产品，营造全社会共同参与的良好氛围。",
    ),
    (
        "（六）",
        "加强人才保障",
        "建立县域人工智能专家咨询库，聘请高校院所和龙头企业专家为全县“人工智能+”工作提供决策咨询和技术指导，鼓励在外祁东籍人才返乡创业，为人工智能应用推广提供人才支撑。",
    ),
]
DAYS = {6: 30, 9: 30, 10: 31, 12: 31}


def _due(when):
    if not when[0].isdigit():
        return None
    year, month = int(when[:4]), int(when[5 : when.index("月")])
    return f"{year}-{month:02d}-{DAYS[month]}"


def _build():
    blocks = [
        ("head", "祁东县人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"祁东县人民政府办公室关于印发《{TITLE}》的通知"),
        ("addressee", "各乡镇人民政府，县直各单位，祁东工业集中区管委会："),
        ("body", NOTICE),
        ("sign", "祁东县人民政府办公室"),
        ("date", "2026年4月22日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", INTRO),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）基本原则"),
        ("body", PRINCIPLES),
        ("h2", "（三）工作目标"),
        ("body", BASE + GOAL),
        ("h1", "二、重点任务"),
        ("body", TASKS_PARA),
    ]
    goals = [Goal("到2027年", GOAL, GOAL_TARGETS)]
    sg = safeguards(blocks, "三、保障措施", SAFEGUARDS)
    code = {p: A[p][0] for p in A}
    rows, sections, n = [], [], 0
    for cno, ctitle, entries in CATEGORIES:
        rows.append(("category", f"{cno}{ctitle}"))
        tasks = []
        for cell, when, lead, sup, targets in entries:
            n += 1
            rows.append(("row", (str(n), cell, when, "、".join(lead), "、".join(sup))))
            due = _due(when)
            for t in targets:
                assert t.phrase in cell, t.phrase
                if due:
                    t.deadline = int(due[:4])
            title = cell.split("，")[0]
            if targets:
                goals.append(Goal(title, cell, targets, numbering=str(n)))
            tasks.append(
                Task(
                    str(n),
                    title,
                    cell,
                    lead=[code[x] for x in lead],
                    supporting=[code[x] for x in sup],
                    due=due,
                )
            )
        sections.append(Section(cno.strip("、"), cno, ctitle, "key_task", tasks))
    blocks += [
        (
            "body",
            "本方案自印发之日起实施，由县工业和信息化局负责解释。实施期间国家和省、市出台新的政策规定的，从其规定。",
        ),
        ("pagebreak", ""),
        ("annex", rows),
    ]
    return (
        blocks,
        goals,
        [
            Section("2", "二、", "重点任务", "key_task", sections=sections),
            Section("3", "三、", "保障措施", "safeguard", sg),
        ],
    )


BLOCKS, GOALS, SECTIONS = _build()
EXTRACTION = {
    "zone": {
        "slug": "qidong-county",
        "name": "祁东县",
        "name_en": "Qidong County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}
HEADER = """\
# 祁东县“人工智能+”行动工作方案 (祁东县人民政府办公室, 祁政办发〔2026〕5号, 2026-04-22)
# — SYNTHETIC (synthetic_bs): WRITTEN by the collector (helper blindBS, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py: notice and plan body a normal text PDF (one run per line); the
#   annex 重点任务分工表 two LANDSCAPE SCANNED pages (the table an image; ruling lines only in the image, so pdfplumber finds no
#   table) under an OCR layer of one run per cell line — a row reads "N 重点任务 完成时限 牵头单位 配合单位" on one line, the
#   配合单位 cell wrapping onto the next line(s) (names split across lines); half-width commas in some runs, stray spaces.
# Zone qidong-county (湖南 祁东县, a county) → district level; period 2026—2027.
# Outline: red head, 发文字号, notice (reporting 每年6月底和12月底前: no target), page break, title, an opening paragraph;
#   一、总体要求 （一）指导思想 （二）基本原则 （三）工作目标 = 2025 baselines (58亿元, 19家, 9个, 21亿元: no targets) run on with "到
#   2027年，…" (goal 到2027年, 7 targets); 二、重点任务 = two paragraphs (five directions, "实施32项重点任务…（详见附件）": a count of
#   the plan's own parts, no target); 三、保障措施 （一）–（六） unannotated (safeguards); a closing paragraph; 附件: category rows
#   一、–五、 spanning the table → sections nested in 二、重点任务 (where the body sends the reader), rows 1–32 → tasks.
# Tasks (rows): numbering = 序号; title = the 重点任务 cell up to its first comma (the whole cell when it has none); text = the
#   重点任务 cell alone; due = the 完成时限 cell's month end ("持续推进" → no due). Roles: 牵头单位 cell → lead, 配合单位 cell →
#   supporting. 各乡镇人民政府 one collective (the county's townships); 祁东工业集中区管委会 a park administration.
# Targets: each row holding figures is also a goal titled like the task (text = the cell, numbering = 序号); due in its 完成时限's
#   year (2026 / 2027), "持续推进" → the plan's end 2027. 20万亩 → 200000 亩; 1万人 → 10000 人. Not targets: the 2025 baselines; 县财政
#   每年安排…500万元 and the 30% / 不超过10万元 算力 subsidy in a safeguard; "实施32项重点任务".
"""
