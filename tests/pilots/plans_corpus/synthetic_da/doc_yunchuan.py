# ruff: noqa: E501  (plan text as the offices write it)
"""沄川省教育厅“人工智能+教育”行动方案（2026—2027年） — INVENTED (synthetic_da). A province's education department plan
as a Word file whose agencies are the department's OWN DIVISIONS (牵头处室 / 配合处室: 规划处, 科技处 …), its 直属单位
(省电化教育馆, 省教育考试院, 省教育科学研究院) and the cities' education bureaus (各市（州）教育局) as 责任单位."""

from da_parts import T, agencies, sections
from synthetic_model import Goal

SLUG = "yunchuan-education-ai-plus-action-2026-synthetic"
KIND = "docx"
DEPT = "沄川省教育厅"
A = {
    "规划处": ("ghc", "规划处", "education"),
    "科技处": ("kjc", "科技处", "education"),
    "基础教育处": ("jjc", "基础教育处", "education"),
    "职业教育处": ("zjc", "职业教育处", "education"),
    "高等教育处": ("gjc", "高等教育处", "education"),
    "教师工作处": ("jsc", "教师工作处", "education"),
    "财务处": ("cwc", "财务处", "education"),
    "网络安全和信息化处": ("wxc", "网络安全和信息化处", "education"),
    "思想政治工作处": ("szc", "思想政治工作处", "education"),
    "督导处": ("ddc", "督导处", "education"),
    "省电化教育馆": ("dhg", "沄川省电化教育馆", "education"),
    "省教育考试院": ("ksy", "沄川省教育考试院", "education"),
    "省教育科学研究院": ("kyy", "沄川省教育科学研究院", "education"),
    "各市（州）教育局": ("sjy", "各市（州）教育局", "education"),
    "各高等学校": ("gx", "各高等学校", "education"),
}
CODE = {p: v[0] for p, v in A.items()}
LABELS = ("牵头处室", "配合处室", "责任单位")

TITLE = "沄川省教育厅“人工智能+教育”行动方案（2026—2027年）"
DOC_NUMBER = "沄教规〔2026〕3号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yunchuan Province Department of Education “AI+ Education” action plan (2026–2027) — synthetic",
    "issuer": DEPT,
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-12",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

GOAL_2026 = "到2026年底，建成沄川省智慧教育平台人工智能服务专区，接入优质人工智能教学应用50个，省级人工智能教育示范校达到120所。"
GOAL_2027 = "到2027年，开设人工智能课程的中小学比例达到90%以上；建设省级人工智能教育示范校300所、人工智能教育实验区20个；遴选人工智能教育典型应用场景100个；培训中小学人工智能教育骨干教师5000名；建设人工智能通识课程资源1000节；高校人工智能相关本科专业点达到60个，职业院校人工智能相关专业点达到120个；教育大模型在全省各级各类学校应用覆盖率达到80%。"
GOALS = [
    Goal(
        "到2026年底",
        GOAL_2026,
        [
            T(
                "智慧教育平台接入人工智能教学应用",
                "个",
                "eq",
                50,
                "接入优质人工智能教学应用50个",
                kind="application_scenarios",
                deadline=2026,
            ),
            T(
                "省级人工智能教育示范校",
                "所",
                "eq",
                120,
                "省级人工智能教育示范校达到120所",
                deadline=2026,
            ),
        ],
    ),
    Goal(
        "到2027年",
        GOAL_2027,
        [
            T(
                "开设人工智能课程的中小学比例",
                "%",
                "gte",
                90,
                "开设人工智能课程的中小学比例达到90%以上",
            ),
            T("省级人工智能教育示范校", "所", "eq", 300, "建设省级人工智能教育示范校300所"),
            T("人工智能教育实验区", "个", "eq", 20, "人工智能教育实验区20个"),
            T(
                "人工智能教育典型应用场景",
                "个",
                "eq",
                100,
                "遴选人工智能教育典型应用场景100个",
                kind="application_scenarios",
            ),
            T(
                "培训中小学人工智能教育骨干教师",
                "名",
                "eq",
                5000,
                "培训中小学人工智能教育骨干教师5000名",
                kind="talent",
            ),
            T("人工智能通识课程资源", "节", "eq", 1000, "建设人工智能通识课程资源1000节"),
            T("高校人工智能相关本科专业点", "个", "eq", 60, "高校人工智能相关本科专业点达到60个"),
            T("职业院校人工智能相关专业点", "个", "eq", 120, "职业院校人工智能相关专业点达到120个"),
            T(
                "教育大模型学校应用覆盖率",
                "%",
                "eq",
                80,
                "教育大模型在全省各级各类学校应用覆盖率达到80%",
            ),
        ],
    ),
]

SPEC = [
    (
        "三",
        "三、",
        "普及人工智能教育",
        "key_task",
        [
            (
                "（一）",
                "推进中小学人工智能教育全覆盖",
                "将人工智能教育纳入中小学地方课程，小学阶段每学年不少于8课时，初中、高中阶段每学年不少于10课时。编写全省中小学人工智能教育指导纲要。",
                ["基础教育处"],
                ["省教育科学研究院"],
                ["各市（州）教育局"],
                [
                    T(
                        "小学阶段人工智能教育课时（每学年）",
                        "课时",
                        "gte",
                        8,
                        "小学阶段每学年不少于8课时",
                    ),
                    T(
                        "初中、高中阶段人工智能教育课时（每学年）",
                        "课时",
                        "gte",
                        10,
                        "初中、高中阶段每学年不少于10课时",
                    ),
                ],
            ),
            (
                "（二）",
                "建设人工智能教育示范校",
                "分批遴选省级人工智能教育示范校，每所给予建设经费支持，示范校定期开展公开课、教研活动，带动周边学校共同发展。",
                ["基础教育处"],
                ["财务处", "省电化教育馆"],
                ["各市（州）教育局"],
                [],
            ),
            (
                "（三）",
                "加强高校人工智能专业建设",
                "支持高校增设人工智能、智能科学与技术等本科专业，新增人工智能相关本科专业点15个，建设省级人工智能一流课程50门。",
                ["高等教育处"],
                ["规划处"],
                ["各高等学校"],
                [
                    T(
                        "新增人工智能相关本科专业点",
                        "个",
                        "eq",
                        15,
                        "新增人工智能相关本科专业点15个",
                        aggregation="flow",
                    ),
                    T("省级人工智能一流课程", "门", "eq", 50, "建设省级人工智能一流课程50门"),
                ],
            ),
            (
                "（四）",
                "推动职业教育人工智能专业升级",
                "对接全省产业智能化需求，改造升级智能制造、智慧农业等专业，建设人工智能领域产教融合实训基地30个。",
                ["职业教育处"],
                ["规划处", "财务处"],
                [],
                [
                    T(
                        "人工智能领域产教融合实训基地",
                        "个",
                        "eq",
                        30,
                        "建设人工智能领域产教融合实训基地30个",
                    )
                ],
            ),
        ],
    ),
    (
        "四",
        "四、",
        "推进教育教学智能化变革",
        "key_task",
        [
            (
                "（一）",
                "建设沄川教育大模型",
                "依托省智慧教育平台，联合高校和企业训练沄川教育大模型，汇聚教学资源数据集20个，面向师生提供备课、答疑、作业辅导等智能服务。",
                ["科技处"],
                ["网络安全和信息化处", "省电化教育馆"],
                [],
                [T("教育大模型汇聚教学资源数据集", "个", "eq", 20, "汇聚教学资源数据集20个")],
            ),
            (
                "（二）",
                "推广人工智能助教助学",
                "在实验区推广智能助教、智能学伴和学情分析应用，到2026年底覆盖中小学校1500所，减轻教师重复性工作负担。",
                ["基础教育处"],
                ["省电化教育馆"],
                ["各市（州）教育局"],
                [
                    T(
                        "人工智能助教助学应用覆盖中小学校",
                        "所",
                        "eq",
                        1500,
                        "到2026年底覆盖中小学校1500所",
                        deadline=2026,
                    )
                ],
            ),
            (
                "（三）",
                "推进考试评价智能化",
                "推进标准化考点智能化改造，建设智能巡查和网上评卷系统，2027年前完成全省800个标准化考点智能化升级。",
                ["省教育考试院"],
                ["网络安全和信息化处", "财务处"],
                ["各市（州）教育局"],
                [T("标准化考点智能化升级", "个", "eq", 800, "完成全省800个标准化考点智能化升级")],
            ),
            (
                "（四）",
                "开展人工智能赋能教育督导",
                "运用人工智能开展教育质量监测和督导评估数据分析，形成年度监测报告。",
                ["督导处"],
                ["省教育科学研究院"],
                [],
                [],
            ),
            (
                "（五）",
                "加强人工智能素养和伦理教育",
                "将人工智能伦理和安全教育纳入思政课程和学生日常教育，每年举办全省青少年人工智能创新大赛1次。",
                ["思想政治工作处"],
                ["基础教育处", "高等教育处"],
                [],
                [
                    T(
                        "全省青少年人工智能创新大赛（每年）",
                        "次",
                        "eq",
                        1,
                        "每年举办全省青少年人工智能创新大赛1次",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "五",
        "五、",
        "夯实人工智能教育支撑",
        "key_task",
        [
            (
                "（一）",
                "提升教师人工智能素养",
                "实施教师人工智能素养提升计划，每年培训中小学教师2万人次，将人工智能应用能力纳入教师培训学分管理。",
                ["教师工作处"],
                ["省电化教育馆", "省教育科学研究院"],
                ["各市（州）教育局"],
                [
                    T(
                        "培训中小学教师人工智能素养（每年）",
                        "人次",
                        "eq",
                        20000,
                        "每年培训中小学教师2万人次",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "（二）",
                "完善教育算力和网络设施",
                "推动学校网络提速扩容，中小学校千兆宽带接入比例达到95%，统筹建设教育专用算力资源池。",
                ["网络安全和信息化处"],
                ["财务处"],
                ["各市（州）教育局"],
                [T("中小学校千兆宽带接入比例", "%", "eq", 95, "中小学校千兆宽带接入比例达到95%")],
            ),
            (
                "（三）",
                "加强科研攻关和成果转化",
                "设立人工智能教育应用研究专项，每年立项省级教育科研课题100项，建设高校人工智能创新平台10个。",
                ["科技处"],
                ["高等教育处"],
                ["各高等学校"],
                [
                    T(
                        "人工智能教育应用省级教育科研课题（每年）",
                        "项",
                        "eq",
                        100,
                        "每年立项省级教育科研课题100项",
                        per_year=True,
                        kind="research_results",
                    ),
                    T(
                        "高校人工智能创新平台",
                        "个",
                        "eq",
                        10,
                        "建设高校人工智能创新平台10个",
                        kind="innovation_platforms",
                    ),
                ],
            ),
            (
                "（四）",
                "保障数据安全",
                "建立教育数据分类分级管理制度，开展教育人工智能应用安全评估，每年评估教育类应用不少于200款。",
                ["网络安全和信息化处"],
                ["科技处"],
                [],
                [
                    T(
                        "安全评估教育类人工智能应用（每年）",
                        "款",
                        "gte",
                        200,
                        "每年评估教育类应用不少于200款",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "六",
        "六、",
        "保障措施",
        "safeguard",
        [
            (
                "（一）",
                "加强组织领导",
                "厅成立“人工智能+教育”工作专班，专班办公室设在规划处，统筹推进方案实施。",
                ["规划处"],
                ["科技处"],
                [],
                [],
            ),
            (
                "（二）",
                "加大经费投入",
                "统筹中央和省级教育经费，支持人工智能教育项目建设。",
                ["财务处"],
                ["规划处"],
                [],
                [],
            ),
            (
                "（三）",
                "强化督导评估",
                "将方案实施情况纳入对各市（州）教育履职评价，定期通报工作进展。",
                ["督导处"],
                [],
                ["各市（州）教育局"],
                [],
            ),
            (
                "（四）",
                "营造良好氛围",
                "及时总结推广典型经验，加强宣传引导。",
                ["规划处"],
                ["省电化教育馆"],
                [],
                [],
            ),
        ],
    ),
]

BLOCKS = [
    ("head", "沄川省教育厅文件"),
    ("docno", DOC_NUMBER),
    ("rule", ""),
    ("title", "沄川省教育厅关于印发《沄川省教育厅“人工智能+教育”行动方案（2026—2027年）》的通知"),
    ("addressee", "各市（州）教育局，厅机关各处室、直属各单位，各高等学校："),
    ("body", f"现将《{TITLE}》印发给你们，请结合实际认真抓好落实。"),
    ("sign", DEPT),
    ("date", "2026年3月12日"),
    ("pagebreak", ""),
    ("title", TITLE),
    ("body", "为贯彻落实国家和省“人工智能+”行动部署，推动人工智能与教育教学深度融合，制定本方案。"),
    ("h1", "一、总体要求"),
    (
        "body",
        "坚持育人为本、应用牵引、安全可控，以教育数字化为支撑，全面提升师生人工智能素养，推动教育理念、模式和治理变革。",
    ),
    ("h1", "二、主要目标"),
    ("body", GOAL_2026),
    ("body", GOAL_2027),
]
TASK_GOALS, SECTIONS = sections(SPEC, CODE, LABELS, BLOCKS)
BLOCKS += [
    (
        "body",
        "本方案所列牵头处室、配合处室为厅机关内设处室，直属单位和各市（州）教育局按照职责分工抓好落实。",
    ),
    ("plain", "联系处室：规划处、科技处"),
    ("rule", ""),
    ("plain", "抄送：教育部办公厅，省人民政府办公厅。"),
    ("plain", "沄川省教育厅办公室　　　　　　　　　2026年3月12日印发"),
]

EXTRACTION = {
    "zone": {
        "slug": "yunchuan-province",
        "name": "沄川省",
        "name_en": "Yunchuan Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": agencies(A),
    "goals": GOALS + TASK_GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 沄川省教育厅“人工智能+教育”行动方案（2026—2027年） (沄川省教育厅, 沄教规〔2026〕3号, 2026-03-12)
# — SYNTHETIC (synthetic_da): WRITTEN by the collector (helper blindDA, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_yunchuan.py as a Word file (.docx).
# Zone yunchuan-province (an invented province) → municipality level (the schema's provincial level); period 2026–2027.
# Outline: red head, 文号, covering notice (addressee 各市（州）教育局，厅机关各处室、直属各单位，各高等学校: no roles), the plan:
#   preamble, 一、总体要求 (no task), 二、主要目标 (two dated goal paragraphs → goals 到2026年底 (2) and 到2027年 (9)), parts 三、–五、
#   (key_task) of items （一）… restarting in each part, 六、保障措施 (safeguard). Each item "（N）标题。正文（牵头处室：X；配合处室：Y；
#   责任单位：Z）": title the bold phrase, text title + body + annotation, no numbering in the text.
# Roles: 牵头处室 → lead, 配合处室 → supporting, 责任单位 → responsible. Divisions are named AS PRINTED (规划处, not 沄川省教育厅
#   规划处: the plan is the department's, its divisions need no prefix), category education like their department; 直属单位
#   (省电化教育馆, 省教育考试院, 省教育科学研究院) are agencies, named with the province (沄川省X), one leads （三） of part 四;
#   各市（州）教育局 and 各高等学校 are collective agencies; the safeguards carry annotations like the tasks ("专班办公室设在规划处"
#   in the text assigns nothing; the annotation does). The closing line "本方案所列牵头处室、配合处室为厅机关内设处室…"
#   and "联系处室：规划处、科技处" are no task and no role.
# Targets: per-year 每年… → flow; 新增 → flow; task figures with no year → 2027 (2027年前 → 2027); "到2026年底覆盖中小学校1500所"
#   → 2026. Every item holding figures is also a goal titled like it (text title + body, without the annotation), numbered like it.
#   The 2026 示范校 count (120所) and the 2027 one (300所) are two targets (another year). Classroom hours "每学年不少于8课时" are a
#   floor the plan sets for every school year: targets (gte), stock.
"""
