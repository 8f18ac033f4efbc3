# ruff: noqa: E501  (plan text as the office writes it)
"""芷塘县推进“人工智能+”行动工作方案（2026年） — INVENTED (synthetic_cz). A county of 澄霁市 whose account "芷塘发布"
carried its 工作方案; this .txt is the article copied on a phone: the account's chrome around it (account name, time, 原创,
"点击蓝字 关注我们", [图片] lines, 来源 / 编辑 / 审核, 往期推荐, 阅读原文, 分享 收藏 点赞 在看, 写留言), the text one clause per
line as WeChat wraps it (a line broken inside a long clause, inside an annotation, once inside a figure), blank lines between
blocks; items （一）–（十二） closed by "（责任单位：县X、县Y）" under "责任单位中列第一位的为牵头单位"."""

import re

from cz_parts import Item, agencies_of, sections_of
from synthetic_model import Goal, Target

SLUG = "zhitang-ai-plus-work-plan-2026-synthetic"
KIND = "txt"
T = Target

AGENCIES, CODE = agencies_of(
    {
        "县数据局": ("sjj", "芷塘县数据局", "big_data"),
        "县发展改革局": ("fgj", "芷塘县发展和改革局", "development_reform"),
        "县财政局": ("czj", "芷塘县财政局", "finance"),
        "县工信局": ("gxj", "芷塘县工业和信息化局", "industry_it"),
        "中国联通芷塘分公司": ("lt", "中国联合网络通信有限公司芷塘县分公司", "state_enterprise"),
        "各乡镇人民政府": ("xz", "芷塘县各乡镇人民政府", "local_government"),
        "县科技局": ("kjj", "芷塘县科学技术局", "science_technology"),
        "县商务局": ("swj", "芷塘县商务局", "commerce"),
        "芷塘工业园区管委会": ("gwh", "芷塘工业园区管理委员会", "park_administration"),
        "县农业农村局": ("nyj", "芷塘县农业农村局", "agriculture"),
        "县林业局": ("lyj", "芷塘县林业局", "natural_resources"),
        "县供销社": ("gxs", "芷塘县供销合作社联合社", "agriculture"),
        "县教育局": ("jyj", "芷塘县教育体育局", "education"),
        "县卫生健康委": ("wjw", "芷塘县卫生健康委员会", "health"),
        "县政务服务中心": ("zwz", "芷塘县政务服务中心", "government_services"),
        "县文广旅局": ("wlj", "芷塘县文化广电新闻出版旅游局", "culture_tourism"),
        "县人社局": ("rsj", "芷塘县人力资源和社会保障局", "human_resources"),
        "县委组织部": ("zzb", "中共芷塘县委组织部", "party_organisation"),
        "县委网信办": ("wxb", "中共芷塘县委网络安全和信息化委员会办公室", "publicity"),
        "县公安局": ("gaj", "芷塘县公安局", "public_security"),
    }
)

TITLE = "芷塘县推进“人工智能+”行动工作方案（2026年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhitang County “AI+” action work plan (2026) — synthetic",
    "issuer": "芷塘县人民政府办公室",
    "doc_number": "芷府办字〔2026〕11号",
    "issued_on": "2026-04-10",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.txt",
}

GOAL_TEXT = "到2026年底，全县数字经济核心产业营业收入达到20亿元，人工智能相关企业达到25家；新建5G基站120个；完成规上工业企业智能化改造30家；打造“人工智能+”应用场景15个；开展数字技能培训5000人次。"
GOALS = [
    Goal(
        "到2026年底",
        GOAL_TEXT,
        [
            T(
                "数字经济核心产业营业收入",
                "亿元",
                "eq",
                20,
                "全县数字经济核心产业营业收入达到20亿元",
                kind="related_industry_scale",
            ),
            T(
                "人工智能相关企业",
                "家",
                "eq",
                25,
                "人工智能相关企业达到25家",
                kind="ai_enterprises",
            ),
            T("新建5G基站", "个", "eq", 120, "新建5G基站120个", aggregation="flow"),
            T(
                "规上工业企业智能化改造",
                "家",
                "eq",
                30,
                "完成规上工业企业智能化改造30家",
                aggregation="flow",
            ),
            T(
                "“人工智能+”应用场景",
                "个",
                "eq",
                15,
                "打造“人工智能+”应用场景15个",
                kind="application_scenarios",
            ),
            T("数字技能培训", "人次", "eq", 5000, "开展数字技能培训5000人次", aggregation="flow"),
        ],
    ),
]


def I(n, title, body, names, targets=()):  # noqa: E743
    """ "（责任单位：A、B、C）" under "列第一位的为牵头单位": A leads, the others are responsible."""
    annot = "（责任单位：" + "、".join(names) + "）"
    return Item(n, title, body, [names[0]], (), names[1:], targets, annot=annot)


TASKS = [
    I(
        "（一）",
        "推进算力设施建设",
        "建设县级算力服务节点，算力规模达到30P，为企业提供普惠算力服务，推动县级政务云与算力服务节点互联互通，探索“算力券”服务模式，降低中小企业使用算力的成本。",
        ["县数据局", "县发展改革局", "县财政局"],
        [T("县级算力服务节点算力规模", "P", "eq", 30, "算力规模达到30P", kind="computing_power")],
    ),
    I(
        "（二）",
        "完善通信网络",
        "推进5G网络向乡村延伸，行政村5G网络通达率达到100%，推动重点乡镇、产业园区和旅游景区网络扩容升级。",
        ["县工信局", "中国联通芷塘分公司", "各乡镇人民政府"],
        [T("行政村5G网络通达率", "%", "eq", 100, "行政村5G网络通达率达到100%")],
    ),
    I(
        "（三）",
        "推动工业智能化改造",
        "实施“智改数转”专项行动，组织专家团队深入企业开展诊断服务，推广工业视觉质检、智能排产等成熟应用，培育县级智能制造示范企业5家。",
        ["县工信局", "县科技局"],
        [T("县级智能制造示范企业", "家", "eq", 5, "培育县级智能制造示范企业5家")],
    ),
    I(
        "（四）",
        "发展特色智能产业",
        "依托芷塘工业园区，围绕智能装备、电子元器件等产业链开展精准招商，引进智能装备、电子信息企业8家，推动上下游企业集聚发展，提升园区亩均效益和产业承载能力。",
        ["县商务局", "芷塘工业园区管委会"],
        [
            T(
                "引进智能装备、电子信息企业",
                "家",
                "eq",
                8,
                "引进智能装备、电子信息企业8家",
                aggregation="flow",
            )
        ],
    ),
    I(
        "（五）",
        "推进智慧农业",
        "建设茶叶、油茶两个智慧种植基地，推广植保无人机100架，推进水肥一体化、病虫害智能监测等技术在茶园和油茶林应用。",
        ["县农业农村局", "县林业局"],
        [
            T("智慧种植基地", "个", "eq", 2, "建设茶叶、油茶两个智慧种植基地"),
            T("推广植保无人机", "架", "eq", 100, "推广植保无人机100架", aggregation="flow"),
        ],
    ),
    I(
        "（六）",
        "发展农村电商",
        "培育农村电商直播带货主播200名，农产品网络零售额达到3亿元，打响“芷塘好物”区域公用品牌，推动茶叶、油茶等特色农产品线上线下融合销售。",
        ["县商务局", "县供销社"],
        [
            T(
                "农村电商直播带货主播",
                "名",
                "eq",
                200,
                "培育农村电商直播带货主播200名",
                aggregation="flow",
            ),
            T("农产品网络零售额", "亿元", "eq", 3, "农产品网络零售额达到3亿元"),
        ],
    ),
    I(
        "（七）",
        "推进智慧教育",
        "建设智慧教室100间，中小学人工智能课程开课率达到80%，组织开展青少年人工智能创新实践活动。",
        ["县教育局", "县科技局"],
        [
            T("智慧教室", "间", "eq", 100, "建设智慧教室100间"),
            T("中小学人工智能课程开课率", "%", "eq", 80, "中小学人工智能课程开课率达到80%"),
        ],
    ),
    I(
        "（八）",
        "推进智慧医疗",
        "县人民医院上线人工智能辅助诊断系统，在每个乡镇卫生院部署1套远程影像诊断设备，推动优质医疗资源向基层下沉，让群众在家门口享受智能化医疗服务，逐步推广智能健康监测和家庭医生签约线上服务。",
        ["县卫生健康委", "县数据局"],
        [
            T(
                "每个乡镇卫生院远程影像诊断设备",
                "套",
                "eq",
                1,
                "在每个乡镇卫生院部署1套远程影像诊断设备",
            )
        ],
    ),
    I(
        "（九）",
        "推进数字政务",
        "推广政务服务智能审批，实现高频事项“秒批秒办”50项，上线“芷事通”智能问答服务，提升群众办事便利度，推动更多事项“掌上办”“就近办”。",
        ["县政务服务中心", "县数据局"],
        [T("高频事项“秒批秒办”", "项", "eq", 50, "实现高频事项“秒批秒办”50项", aggregation="flow")],
    ),
    I(
        "（十）",
        "推进智慧文旅",
        "打造芷塘古镇智慧景区，开发AI导游小程序1个，推出沉浸式数字文旅体验项目，提升游客服务水平。",
        ["县文广旅局", "县商务局"],
        [T("AI导游小程序", "个", "eq", 1, "开发AI导游小程序1个")],
    ),
    I(
        "（十一）",
        "加强人才培训",
        "面向机关干部和企业管理人员，举办人工智能应用专题培训班10期，提升干部运用人工智能推动工作的能力，分批组织企业负责人赴先进地区学习考察。",
        ["县人社局", "县委组织部"],
        [
            T(
                "人工智能应用专题培训班",
                "期",
                "eq",
                10,
                "举办人工智能应用专题培训班10期",
                aggregation="flow",
            )
        ],
    ),
    I(
        "（十二）",
        "强化安全保障",
        "开展人工智能应用安全检查，完善网络安全应急预案，加强数据安全和个人信息保护，防范化解人工智能应用风险。",
        ["县委网信办", "县公安局"],
    ),
]
SAFEGUARDS = [
    Item(
        "（一）",
        "加强组织领导",
        "县推进“人工智能+”行动工作领导小组统筹推进全县工作，各责任单位明确专人负责，细化工作举措，确保各项任务落地见效。",
    ),
    Item(
        "（二）",
        "强化资金保障",
        "县财政安排人工智能发展专项资金800万元，统筹上级资金支持重点项目，引导社会资本参与人工智能应用场景建设。",
    ),
    Item(
        "（三）",
        "强化要素保障",
        "优先保障人工智能重点项目用地、用能需求，落实上级各项支持政策，帮助企业解决发展中的困难和问题。",
    ),
    Item(
        "（四）",
        "营造良好氛围",
        "充分利用报刊、广播电视和新媒体平台，宣传推广人工智能应用典型案例，营造全社会支持人工智能发展的良好氛围。",
    ),
    Item(
        "（五）",
        "严格督查考核",
        "县政府督查室每季度对工作推进情况开展督查，结果纳入年度考核，对工作成效明显的单位予以通报表扬。",
    ),
]

SECTIONS, TASK_GOALS = sections_of(
    [
        ("S2", "二、", "重点任务", "key_task", TASKS),
        ("S3", "三、", "保障措施", "safeguard", SAFEGUARDS),
    ],
    CODE,
)
GOALS = GOALS + TASK_GOALS

WIDTH = 17


def wrapped(text):
    """WeChat on a phone: a line per clause, a clause longer than the screen broken at its width."""
    lines = []
    for clause in re.findall(r"[^，；。：]+[，；。：]?", text):
        while len(clause) > WIDTH:
            lines.append(clause[:WIDTH])
            clause = clause[WIDTH:]
        lines.append(clause)
    return "\n".join(lines)


def _text():
    blocks = [
        "芷塘发布",
        "2026年04月11日 20:15 江西",
        "原创 芷塘发布",
        "点击蓝字 关注我们",
        "[图片]",
        "近日，县政府办公室印发了\n《芷塘县推进“人工智能+”行动工作方案（2026年）》，\n一起来看↓",
        "芷塘县推进“人工智能+”行动\n工作方案（2026年）",
        wrapped(
            "为加快推动人工智能与我县实体经济和社会民生深度融合，结合我县实际，制定本工作方案。"
        ),
        wrapped(
            "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实国家、省、市关于人工智能发展的决策部署，抢抓“人工智能+”行动发展机遇，立足芷塘茶叶、油茶等特色产业基础和县域发展实际，坚持应用牵引、场景驱动、企业主体、政府引导，推动人工智能技术在产业发展、社会治理和民生服务中的广泛应用，为建设现代化美丽芷塘提供有力支撑。"
        ),
        "一、工作目标",
        wrapped(GOAL_TEXT),
        "二、重点任务",
        "（各项任务责任单位中\n列第一位的为牵头单位）",
    ]
    blocks.extend(wrapped(f"{i.numbering}{i.title}。{i.body}{i.annot}") for i in TASKS)
    blocks.append("三、保障措施")
    blocks.extend(wrapped(f"{i.numbering}{i.title}。{i.body}") for i in SAFEGUARDS)
    blocks += [
        "[图片]",
        "END",
        "来源：芷塘县人民政府办公室\n编辑：黄欣怡\n审核：邓立新",
        "往期推荐",
        "芷塘县2025年数字经济核心产业营业收入增长12%\n\n芷塘古镇入选省级智慧旅游示范景区",
        "阅读原文",
        "分享 收藏 点赞 在看",
        "写留言",
        "长按识别二维码\n关注芷塘发布\n获取更多权威资讯",
    ]
    return "\n\n".join(blocks) + "\n"


TEXT = _text()

EXTRACTION = {
    "zone": {
        "slug": "zhitang-county",
        "name": "芷塘县",
        "name_en": "Zhitang County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 芷塘县推进“人工智能+”行动工作方案（2026年） (芷塘县人民政府办公室, 芷府办字〔2026〕11号, 2026-04-10)
# — SYNTHETIC (synthetic_cz): WRITTEN by helper blindCZ (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_zhitang.py as the article of the county account "芷塘发布" copied on a phone
#   (.txt, UTF-8): one clause per line, a clause longer than 17 characters broken at the screen's width (inside names, annotations
#   and once a figure), blank lines between blocks.
# Zone zhitang-county (an invented county of 澄霁市, 江西) → district level (a county); period 2026.
# Outline: chrome (account, time and IP, 原创, 点击蓝字 关注我们, [图片], a one-line intro), the title over two lines, a purpose
#   sentence; 一、工作目标 (one paragraph "到2026年底，…", 6 targets); 二、重点任务 under "（各项任务责任单位中列第一位的为牵头单位）",
#   items （一）–（十二） each closed by "（责任单位：A、B…）" → A lead, the others responsible; 三、保障措施 （一）–（五） with no
#   annotation (a 领导小组 / 督查室 named as a mechanism assigns no role); 来源 / 编辑 / 审核, 往期推荐 (two titles, one with 12%:
#   chrome), 阅读原文, 分享 收藏 点赞 在看, 写留言.
# Targets: goals 6 (2026); each item with figures also a goal titled like it, due 2026. "茶叶、油茶两个智慧种植基地" (建设) → 2;
#   "在每个乡镇卫生院部署1套" → a quota, metric naming the unit; "行政村5G网络通达率达到100%" → 100 % (a figure printed). Not
#   targets: 专项资金800万元 (a budget), 每季度 (a rhythm). The goals' 5G基站 / 5000人次 are not restated in the items.
"""
