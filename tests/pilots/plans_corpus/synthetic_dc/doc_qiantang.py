# ruff: noqa: E501  (plan text as the office writes it)
"""芡塘县推进“人工智能+”行动工作方案（2026年） — INVENTED (synthetic_dc). A county's 工作方案 as the .txt copied from its
portal whose outline has NO NUMBERS and no bold: levels shown only by INDENTATION (full-width spaces) and by short heading
lines without 。; each task a paragraph closed by "（X牵头，Y配合）"."""

from dc_parts import Item, T, goal, tasks_and_goals
from synthetic_model import Agency, Section, Task

SLUG = "qiantang-ai-plus-work-plan-2026-synthetic"
KIND = "txt"

A = {
    "县发改局": ("fgj", "芡塘县发展和改革局", "development_reform"),
    "县工信局": ("gxj", "芡塘县工业和信息化局", "industry_it"),
    "县科技局": ("kjj", "芡塘县科学技术局", "science_technology"),
    "县数据局": ("sjj", "芡塘县数据局", "big_data"),
    "县财政局": ("czj", "芡塘县财政局", "finance"),
    "县教育局": ("jyj", "芡塘县教育局", "education"),
    "县卫健局": ("wjj", "芡塘县卫生健康局", "health"),
    "县农业农村局": ("nyj", "芡塘县农业农村局", "agriculture"),
    "县商务局": ("swj", "芡塘县商务局", "commerce"),
    "县文旅局": ("wlj", "芡塘县文化和旅游局", "culture_tourism"),
    "县人社局": ("rsj", "芡塘县人力资源和社会保障局", "human_resources"),
    "县自然资源局": ("zrj", "芡塘县自然资源局", "natural_resources"),
    "县交通运输局": ("jtj", "芡塘县交通运输局", "transport"),
    "县供电公司": ("gdgs", "国网芡塘县供电公司", "state_enterprise"),
    "县移动公司": ("yd", "中国移动芡塘分公司", "state_enterprise"),
    "各乡镇人民政府": ("xz", "芡塘县各乡镇人民政府", "local_government"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def item(title, body, lead, sup=(), targets=()):
    annot = "（" + "、".join(lead) + "牵头" + ("，" + "、".join(sup) + "配合" if sup else "") + "）"
    return Item(title, body, annot, list(lead), list(sup), [], list(targets), sep="，")


TITLE = "芡塘县推进“人工智能+”行动工作方案（2026年）"
DOC_NUMBER = "芡政办〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Qiantang County “AI+” action work plan (2026) — synthetic",
    "issuer": "芡塘县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-22",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.txt",
}

GOAL = "到2026年底，全县数字经济核心产业增加值达到18亿元，人工智能相关企业达到35家；建成5G基站累计1200个，县级算力节点规模达到30P；打造“人工智能+”应用场景25个以上，完成规上工业企业数字化诊断80家，培育省级数字化车间5个。"
GT = [
    T(
        "数字经济核心产业增加值",
        "亿元",
        "eq",
        18,
        "全县数字经济核心产业增加值达到18亿元",
        kind="related_industry_scale",
    ),
    T("人工智能相关企业", "家", "eq", 35, "人工智能相关企业达到35家", kind="ai_enterprises"),
    T("5G基站（累计）", "个", "eq", 1200, "建成5G基站累计1200个"),
    T("县级算力节点规模", "P", "eq", 30, "县级算力节点规模达到30P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        25,
        "打造“人工智能+”应用场景25个以上",
        kind="application_scenarios",
    ),
    T(
        "规上工业企业数字化诊断",
        "家",
        "eq",
        80,
        "完成规上工业企业数字化诊断80家",
        aggregation="flow",
    ),
    T("省级数字化车间", "个", "eq", 5, "培育省级数字化车间5个", aggregation="flow"),
]

GROUPS = [
    (
        "夯实数字基础",
        [
            item(
                "加快5G网络向乡镇和园区延伸",
                "统筹基站选址和电力配套，简化审批流程，推动公共建筑和杆塔资源免费开放，年内新建5G基站200个，实现行政村5G网络通达率95%以上。",
                ["县工信局"],
                ["县移动公司", "县供电公司"],
                [
                    T("新建5G基站", "个", "eq", 200, "年内新建5G基站200个", aggregation="flow"),
                    T("行政村5G网络通达率", "%", "gte", 95, "实现行政村5G网络通达率95%以上"),
                ],
            ),
            item(
                "建设县级算力节点",
                "依托县政务云机房部署智能算力设备，对接省市算力调度平台，为县内企业和机关提供算力租用、模型部署和技术咨询服务，降低中小企业用算门槛。",
                ["县数据局"],
                ["县财政局"],
            ),
            item(
                "推进公共数据归集共享",
                "完善县级数据共享交换平台，归集人口、法人、自然资源、电子证照等基础数据，健全数据质量核查和异议处理机制，推动数据在政务服务、基层治理中共享复用，年内归集数据1亿条。",
                ["县数据局"],
                ["县自然资源局"],
                [T("归集数据", "条", "eq", 100000000, "年内归集数据1亿条", aggregation="flow")],
            ),
        ],
    ),
    (
        "推动产业智能升级",
        [
            item(
                "实施制造业智能化改造",
                "聚焦竹木加工、食品加工和机械制造产业，组织服务商开展“一企一策”免费诊断，推广智能装备、机器视觉质检和工业软件，年内实施智能化改造项目20个。",
                ["县工信局"],
                ["县发改局", "县科技局"],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        20,
                        "年内实施智能化改造项目20个",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "发展智慧农业",
                "在水稻、茶叶和芡实种植区推广智能灌溉、无人机植保和病虫害智能识别，推进农产品质量安全智能追溯，建设智慧农业示范基地4个。",
                ["县农业农村局"],
                ["县科技局", "各乡镇人民政府"],
                [T("智慧农业示范基地", "个", "eq", 4, "建设智慧农业示范基地4个")],
            ),
            item(
                "发展农村电商和直播经济",
                "建设县级电商直播基地，推动芡实、茶叶、竹制品等特色产品触网销售，运用人工智能开展选品、客服和营销，培育电商主播100名。",
                ["县商务局"],
                ["县人社局"],
                [T("电商主播", "名", "eq", 100, "培育电商主播100名")],
            ),
            item(
                "发展智慧文旅",
                "在芡湖景区推广智能导览和客流监测，推动景区票务、停车和服务一体化智能管理，开发数字文创产品，提升游客体验。",
                ["县文旅局"],
                ["县交通运输局"],
            ),
        ],
    ),
    (
        "提升民生服务水平",
        [
            item(
                "推广智慧医疗",
                "推动县人民医院和县中医院应用人工智能辅助诊断，乡镇卫生院远程影像诊断覆盖率达到100%。",
                ["县卫健局"],
                ["县数据局"],
                [
                    T(
                        "乡镇卫生院远程影像诊断覆盖率",
                        "%",
                        "eq",
                        100,
                        "乡镇卫生院远程影像诊断覆盖率达到100%",
                    )
                ],
            ),
            item(
                "推进智慧教育",
                "在全县中小学开设人工智能课程，建设人工智能教育实验室10间，开展教师人工智能应用培训500人次。",
                ["县教育局"],
                ["县财政局"],
                [
                    T("人工智能教育实验室", "间", "eq", 10, "建设人工智能教育实验室10间"),
                    T(
                        "教师人工智能应用培训",
                        "人次",
                        "eq",
                        500,
                        "开展教师人工智能应用培训500人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            item(
                "提升政务服务智能化水平",
                "在县政务服务中心推广智能导办、智能预审，推动高频事项“一网通办”，乡镇便民服务中心智能终端覆盖率达到80%。",
                ["县数据局"],
                ["各乡镇人民政府"],
                [
                    T(
                        "乡镇便民服务中心智能终端覆盖率",
                        "%",
                        "eq",
                        80,
                        "乡镇便民服务中心智能终端覆盖率达到80%",
                    )
                ],
            ),
            item(
                "加强人工智能技能培训",
                "依托县职业技术学校和公共实训基地，面向企业职工、返乡创业人员和机关干部开设大模型应用、智能设备运维等课程，开展人工智能应用技能培训2000人次。",
                ["县人社局"],
                ["县工信局", "县商务局"],
                [
                    T(
                        "人工智能应用技能培训",
                        "人次",
                        "eq",
                        2000,
                        "开展人工智能应用技能培训2000人次",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "加强智能治理",
        [
            item(
                "推进智慧交通建设",
                "在县城主要路口部署智能信号控制系统，推广公交到站智能预报和停车诱导服务，年内完成智能化改造路口30个。",
                ["县交通运输局"],
                ["县数据局"],
                [
                    T(
                        "智能化改造路口",
                        "个",
                        "eq",
                        30,
                        "年内完成智能化改造路口30个",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                "加强自然资源智能监管",
                "运用卫星遥感和无人机巡查开展耕地保护和违法用地智能识别，建立问题发现、核查、处置闭环机制。",
                ["县自然资源局"],
                ["县农业农村局", "各乡镇人民政府"],
            ),
            item(
                "培育本地人工智能服务商",
                "支持本地软件和信息服务企业与省内高校院所合作，开发面向县域产业的轻量化智能应用，年内培育本地服务商5家。",
                ["县科技局"],
                ["县工信局"],
                [
                    T(
                        "本地人工智能服务商",
                        "家",
                        "eq",
                        5,
                        "年内培育本地服务商5家",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立县推进“人工智能+”行动工作专班，由分管副县长任组长，专班办公室设在县工信局，负责日常工作。",
    ),
    (
        "强化资金保障",
        "县财政安排数字经济发展专项资金800万元，支持智能化改造和场景建设，积极争取上级资金和专项债券支持，引导金融机构加大对数字化转型企业的信贷投放。",
    ),
    (
        "筑牢安全底线",
        "落实网络安全和数据安全责任制，加强人工智能应用安全评估，防范数据泄露和算法滥用风险。",
    ),
    (
        "严格督促落实",
        "各牵头单位于每季度末向专班办公室报送工作进展，专班办公室对推进情况进行通报。",
    ),
]

NAV = [
    "芡塘县人民政府",
    "首页 | 政务公开 | 办事服务 | 互动交流 | 魅力芡塘",
    "当前位置：首页 > 政务公开 > 政府文件",
    "",
    TITLE,
    "发布时间：2026-04-22 09:30　　来源：县政府办公室　　字号：大 中 小",
    "索引号：QT-0112-2026-00045　　文号：" + DOC_NUMBER,
    "",
    "各乡镇人民政府，县直有关单位：",
    "　　经县政府同意，现将《" + TITLE + "》印发给你们，请结合实际认真贯彻落实。",
    "　　芡塘县人民政府办公室",
    "　　2026年4月22日",
    "",
    TITLE,
    "　　为加快推进“人工智能+”行动，推动人工智能技术在县域产业、民生和治理领域广泛应用，结合我县实际，制定本方案。",
    "总体要求",
    "　　坚持以习近平新时代中国特色社会主义思想为指导，立足县域资源禀赋和产业基础，坚持应用牵引、因地制宜、小步快跑，聚焦竹木加工、食品加工、特色农业和文化旅游等领域，以场景应用为突破口，推动人工智能与县域经济社会发展深度融合，为建设生态美、产业强、百姓富的新芡塘提供有力支撑。",
    "工作目标",
]
FOOTER = [
    "",
    "【打印】　【关闭】",
    "主办：芡塘县人民政府办公室　　承办：芡塘县数据局",
    "网站标识码：3507990021　　闽ICP备20260045号-1",
]


def _build():
    lines = list(NAV)
    lines.append("　　" + GOAL)
    goals = [goal("到2026年底", GOAL, GT)]
    lines.append("重点任务")
    sections = []
    for i, (heading, items) in enumerate(GROUPS, 1):
        lines.append("　　" + heading)
        for it in items:
            lines.append("　　　　" + it.text)
        sections.append(
            Section(f"S{i}", "", heading, "key_task", tasks_and_goals(items, CODE, goals))
        )
    lines.append("保障措施")
    sg = []
    for title, text in SAFEGUARDS:
        lines.append(f"　　{title}。{text}")
        sg.append(Task(None, title, f"{title}。{text}"))
    sections.append(Section(f"S{len(GROUPS) + 1}", "", "保障措施", "safeguard", sg))
    lines += FOOTER
    return "\n".join(lines) + "\n", goals, sections


TEXT, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "qiantang-county",
        "name": "芡塘县",
        "name_en": "Qiantang County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 芡塘县推进“人工智能+”行动工作方案（2026年） (芡塘县人民政府办公室, 芡政办〔2026〕9号, 2026-04-22)
# — SYNTHETIC (synthetic_dc): WRITTEN by helper blindDC (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_qiantang.py as the text copied from the county portal (.txt, UTF-8).
# Zone qiantang-county (an invented county of 福建) → district level (a county); period 2026.
# Outline WITHOUT NUMBERS, levels by INDENTATION only: part heading lines at the margin without 。 (工作目标, 重点任务, 保障措施),
#   group heading lines indented two full-width spaces (夯实数字基础 …: each a section, key_task, no numbering), tasks indented
#   four, ONE paragraph each closed by "（X牵头，Y配合）" (title its first phrase up to the first comma — SOURCES "Outline"; no
#   numbering); safeguards indented two under 保障措施, "加强组织领导。…" → safeguard tasks titled by their names.
# Roles: "X牵头，Y、Z配合" → lead / supporting; 各乡镇人民政府 one collective; 县供电公司 / 县移动公司 state enterprises.
#   "专班办公室设在县工信局，负责日常工作" in a safeguard → no role.
# Targets: the goal's 7 (2026); tasks with figures also goals titled like them, due 2026. 新建5G基站200个 (年内, flow) is not the
#   goals' 累计1200个: its own. 1亿条 → 100000000 条. 覆盖率达到100% printed → a target. Not: 专项资金800万元 (a budget).
"""
