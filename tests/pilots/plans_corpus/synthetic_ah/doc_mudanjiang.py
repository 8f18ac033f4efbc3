# ruff: noqa: E501  (plan text as the offices write it)
"""牡丹江经济技术开发区2026年“人工智能+”行动工作要点 — INVENTED (synthetic_ah): a Heilongjiang
national 经开区's one-year work points as its portal page (UTF-8 .html): goals in an indicator
table (序号/指标名称/单位/2026年目标/备注), four parts whose headings carry "（牵头部门：X）" and
items 1. restarting in each part, some with their own "（责任部门：…）" or "（X牵头，Y配合）"."""

from common import A, T, task, without_note
from synthetic_model import Goal, Section

SLUG = "mudanjiang-etdz-ai-plus-2026-synthetic"
SUFFIX = ".html"

JF, KC, TC, CZ, SS, GJ, DZ, YS, MS = ("jfj", "kcj", "tcj", "czj", "ssj", "gjj", "dzb", "ysz", "msj")
P = "牡丹江经济技术开发区"
AGENCIES = [
    A(JF, P + "经济发展局", "经济发展局", "industry_it"),
    A(KC, P + "科技创新局", "科技创新局", "science_technology"),
    A(TC, P + "投资促进局", "投资促进局", "commerce"),
    A(CZ, P + "财政局", "财政局", "finance"),
    A(SS, P + "社会事业局", "社会事业局", "civil_affairs"),
    A(GJ, P + "规划建设局", "规划建设局", "housing_construction"),
    A(DZ, P + "党政办公室", "党政办公室", "government"),
    A(YS, P + "营商环境服务中心", "营商环境服务中心", "government_services"),
    A(MS, "牡丹江市数据局", "市数据局", "big_data"),
]

INDICATORS = [
    ("1", "人工智能核心产业营业收入", "亿元", "15", "较上年增长25%"),
    ("2", "人工智能相关企业", "家", "40以上", "新增12家"),
    ("3", "智能算力规模", "P", "200", ""),
    ("4", "“人工智能+”应用场景", "个", "20", "新开放"),
    ("5", "规上工业企业智能化改造", "家", "30", "年内完成"),
    ("6", "省级以上数字化车间和智能工厂", "个", "5", "累计"),
    ("7", "引进人工智能项目", "个", "10", "其中亿元以上项目4个"),
    ("8", "人工智能相关从业人员", "人", "1500", ""),
]


def row_phrase(i):
    _n, name, unit, value, _note = INDICATORS[i]
    return f"{name} {unit} {value}"


TABLE_TARGETS = [
    T("人工智能核心产业营业收入", "亿元", "eq", 15, row_phrase(0), kind="ai_industry_scale"),
    T("人工智能核心产业营业收入增长", "%", "eq", 25, "较上年增长25%"),
    T("人工智能相关企业", "家", "gte", 40, row_phrase(1), kind="ai_enterprises"),
    T(
        "新增人工智能相关企业",
        "家",
        "eq",
        12,
        "新增12家",
        kind="ai_enterprises",
        aggregation="flow",
    ),
    T("智能算力规模", "P", "eq", 200, row_phrase(2), kind="computing_power"),
    T(
        "新开放“人工智能+”应用场景",
        "个",
        "eq",
        20,
        row_phrase(3),
        kind="application_scenarios",
        aggregation="flow",
    ),
    T("完成智能化改造的规上工业企业", "家", "eq", 30, row_phrase(4), aggregation="flow"),
    T("省级以上数字化车间和智能工厂", "个", "eq", 5, row_phrase(5)),
    T("引进人工智能项目", "个", "eq", 10, row_phrase(6), aggregation="flow"),
    T(
        "引进亿元以上人工智能项目",
        "个",
        "eq",
        4,
        "其中亿元以上项目4个",
        aggregation="flow",
        parent="PREV",
    ),
    T("人工智能相关从业人员", "人", "eq", 1500, row_phrase(7), kind="talent"),
]

INTRO = "为深入贯彻落实国家和省、市关于实施“人工智能+”行动的决策部署，充分发挥经开区产业基础和对俄开放合作优势，加快人工智能与林木加工、食品医药、机械制造、口岸物流等产业深度融合，培育发展新质生产力，结合经开区实际，制定本工作要点。"
BASE = "2025年，经开区规上工业总产值完成186亿元，人工智能相关企业28家，建成省级数字化车间和智能工厂3个，智算中心一期项目开工建设，人工智能产业发展基础初步形成。2026年是实施“十五五”规划的开局之年，也是经开区推进“人工智能+”行动的关键之年，要坚持项目为王、场景牵引，推动人工智能产业规模和应用水平实现新突破。"
WORK_REQ = [
    "（一）提高思想认识。各部门要充分认识实施“人工智能+”行动对推动经开区高质量发展的重要意义，把人工智能作为培育新质生产力的重要抓手，主要负责同志亲自研究、亲自部署、亲自推动。",
    "（二）压实工作责任。各牵头部门要会同配合部门制定具体落实方案，明确任务目标、时间节点和责任人，形成“一项任务、一个专班、一抓到底”的工作机制，确保各项任务按期完成。",
]
GOAL_TEXT = "2026年，经开区“人工智能+”行动实现良好开局，人工智能产业规模、创新能力和融合应用水平稳步提升，主要指标如下："

# (numbering, title, head annotation, roles of the head, items: (body, own roles or None))
PARTS = [
    (
        "二、",
        "夯实智能发展底座",
        "（牵头部门：经济发展局）",
        dict(lead=[JF]),
        [
            (
                "推进智算中心建设。加快经开区智算中心一期项目建设，年内形成智能算力200P，与市数据局共建算力资源调度平台，面向区内企业提供普惠算力服务。",
                None,
            ),
            (
                "推进数据资源开发利用。围绕对俄经贸、木材加工、食品医药等领域，建设行业数据集5个，支持企业开展数据资产登记和入表。（市数据局牵头，经济发展局配合）",
                dict(lead=[MS], supporting=[JF]),
            ),
            (
                "推进工业互联网平台建设。支持龙头企业建设行业级工业互联网平台，推动设备联网、数据采集和模型应用一体化部署，引导中小企业上平台用平台。",
                None,
            ),
            (
                "完善新型基础设施。推进重点园区5G网络深度覆盖，新建5G基站150个，实现规上工业企业千兆光网接入全覆盖。",
                None,
            ),
        ],
    ),
    (
        "三、",
        "推动融合应用扩面提质",
        "（牵头部门：经济发展局）",
        dict(lead=[JF]),
        [
            (
                "推进“人工智能+制造”。支持林木加工、食品医药、机械制造等企业应用智能检测、智能仓储和工业大模型，年内完成30家规上工业企业智能化改造。",
                None,
            ),
            (
                "推进“人工智能+口岸物流”。依托对俄经贸优势，推广智能通关、智能仓储和跨境物流智能调度，建设跨境电商智能服务平台1个。（责任部门：投资促进局、营商环境服务中心）",
                dict(responsible=[TC, YS]),
            ),
            (
                "推进“人工智能+民生服务”。在社区养老、教育、医疗等领域推广智能应用，建设智慧社区示范点6个。（责任部门：社会事业局）",
                dict(responsible=[SS]),
            ),
            (
                "推进“人工智能+对俄合作”。支持企业开发俄语智能翻译、跨境结算智能风控等产品，推动人工智能技术和产品服务“走出去”，打造对俄人工智能合作窗口。（投资促进局牵头，经济发展局、科技创新局配合）",
                dict(lead=[TC], supporting=[JF, KC]),
            ),
            (
                "推进“人工智能+园区治理”。建设园区“数字孪生”管理平台，推动安全生产、环境监测、规划建设等领域智能化管理。（规划建设局牵头，党政办公室配合）",
                dict(lead=[GJ], supporting=[DZ]),
            ),
        ],
    ),
    (
        "四、",
        "培育壮大产业主体",
        "（牵头部门：科技创新局）",
        dict(lead=[KC]),
        [
            (
                "培育科技型企业。实施科技型企业梯度培育，新认定高新技术企业10家、省级科技型中小企业30家，支持企业研发人工智能产品。",
                None,
            ),
            (
                "建设创新平台。支持企业与牡丹江医科大学、牡丹江师范学院等高校共建研发平台，新建省级以上创新平台2个。",
                None,
            ),
            (
                "培育数据服务企业。支持企业开展数据采集、标注、清洗和数据产品开发，新培育数据服务企业3家，推动数据产品进场交易。（责任部门：经济发展局、市数据局）",
                dict(responsible=[JF, MS]),
            ),
            (
                "推动成果转化。建设科技成果转化服务平台，组织开展产学研对接活动，推动高校院所人工智能科技成果在区内转化落地，支持企业申报国家和省级科技计划项目。",
                None,
            ),
            (
                "开展精准招商。聚焦智能装备、智能终端、数据服务等领域，开展“以商招商”“链式招商”，引进人工智能项目10个，其中亿元以上项目4个。（责任部门：投资促进局）",
                dict(responsible=[TC]),
            ),
        ],
    ),
    (
        "五、",
        "优化发展环境",
        "",
        {},
        [
            (
                "加大政策支持。落实国家和省、市支持人工智能发展政策，设立经开区人工智能发展专项资金3000万元，对重点项目给予支持。（责任部门：财政局、经济发展局）",
                dict(responsible=[CZ, JF]),
            ),
            (
                "加强人才引育。实施“牡丹江英才”引进计划，全年引进培育人工智能相关人才300人，区内人工智能相关从业人员达到1500人。（责任部门：党政办公室、科技创新局）",
                dict(responsible=[DZ, KC]),
            ),
            (
                "加强安全保障。落实网络安全等级保护制度，督促企业加强数据分类分级管理和个人信息保护，开展人工智能应用安全风险排查。（责任部门：党政办公室、经济发展局）",
                dict(responsible=[DZ, JF]),
            ),
            (
                "优化营商服务。建立重点项目和企业包保服务机制，推行“人工智能+政务服务”，提升企业办事便利度。（责任部门：营商环境服务中心）",
                dict(responsible=[YS]),
            ),
        ],
    ),
]

EXTRA = {
    (0, 0): "探索“算力券”发放机制，降低中小企业用算成本，推动算力资源与区内产业需求精准对接。",
    (0, 1): "健全数据资源目录和共享机制，推动企业数据与公共数据融合开发。",
    (0, 3): "推进工业互联网标识解析节点应用，提升园区数字化基础支撑能力。",
    (
        1,
        0,
    ): "支持“链主”企业开放应用场景，带动配套企业协同开展智能化改造，打造一批智能制造标杆企业。",
    (1, 1): "推动口岸通关数据与物流数据互联共享，提升跨境贸易便利化水平。",
    (1, 2): "推广智能健康监测、智能助餐等适老化服务，提升居民生活便利度。",
    (1, 4): "建立园区企业运行监测和风险预警机制，提升园区精细化管理水平。",
    (2, 0): "建立科技型企业培育库，实行动态管理和精准服务。",
    (2, 1): "支持创新平台向区内中小企业开放共享，提升平台服务能力。",
    (2, 4): "建立招商项目全周期服务机制，推动签约项目早开工、早投产、早见效。",
    (3, 0): "强化资金绩效管理，提高资金使用效益。",
    (3, 1): "完善人才住房、子女入学等服务保障措施。",
    (3, 3): "持续开展营商环境问题整改，打造市场化、法治化、国际化一流营商环境。",
}


def _add(body, extra):
    at = body.rindex("（") if body.endswith("）") else len(body)
    return body[:at] + extra + body[at:]


PARTS = [
    (
        num,
        title,
        note,
        head,
        [(_add(b, EXTRA.get((i, j), "")), own) for j, (b, own) in enumerate(items)],
    )
    for i, (num, title, note, head, items) in enumerate(PARTS)
]

SECTIONS = []
TASK_GOALS = {
    (0, 0): [],
    (0, 1): [T("行业数据集", "个", "eq", 5, "建设行业数据集5个")],
    (0, 3): [T("新建5G基站", "个", "eq", 150, "新建5G基站150个", aggregation="flow")],
    (1, 0): [],
    (1, 1): [T("跨境电商智能服务平台", "个", "eq", 1, "建设跨境电商智能服务平台1个")],
    (1, 2): [T("智慧社区示范点", "个", "eq", 6, "建设智慧社区示范点6个")],
    (2, 0): [
        T("新认定高新技术企业", "家", "eq", 10, "新认定高新技术企业10家", aggregation="flow"),
        T("新认定省级科技型中小企业", "家", "eq", 30, "省级科技型中小企业30家", aggregation="flow"),
    ],
    (2, 1): [
        T(
            "新建省级以上创新平台",
            "个",
            "eq",
            2,
            "新建省级以上创新平台2个",
            kind="innovation_platforms",
            aggregation="flow",
        )
    ],
    (2, 2): [T("新培育数据服务企业", "家", "eq", 3, "新培育数据服务企业3家", aggregation="flow")],
    (2, 4): [],
    (3, 1): [
        T(
            "引进培育人工智能相关人才",
            "人",
            "eq",
            300,
            "全年引进培育人工智能相关人才300人",
            kind="talent",
            aggregation="flow",
        ),
    ],
}
GOALS = [Goal("主要目标", GOAL_TEXT, TABLE_TARGETS, numbering="一、")]
for i, (num, title, _note, head_roles, items) in enumerate(PARTS):
    tasks = []
    for j, (body, own) in enumerate(items, 1):
        t = task(f"{j}.", body, **(own if own is not None else head_roles))
        tasks.append(t)
        if (i, j - 1) in TASK_GOALS:
            GOALS.append(
                Goal(t.title, without_note(body), TASK_GOALS[(i, j - 1)], numbering=f"{j}.")
            )
    SECTIONS.append(Section(f"S{i + 2}", num, title, "key_task", tasks=tasks))

SAFEGUARD_HEAD = "六、保障措施"
SAFEGUARDS = [
    (
        "（一）",
        "加强统筹调度",
        "成立经开区“人工智能+”行动工作专班，由管委会主要负责同志任组长，专班办公室设在经济发展局，每月调度重点任务和项目进展，协调解决工作推进中的重大问题。各部门要按照职责分工，细化工作方案，形成工作合力。",
    ),
    (
        "（二）",
        "强化督导落实",
        "各牵头部门要细化工作举措，明确时间节点，每季度末向专班办公室报送工作进展，年底开展总结评估，评估结果纳入部门年度绩效考核。对工作推进有力、成效明显的部门和企业予以通报表扬。",
    ),
    (
        "（三）",
        "守牢安全底线",
        "落实网络和数据安全管理责任，加强人工智能应用安全风险评估，确保“人工智能+”行动安全有序推进。",
    ),
    (
        "（四）",
        "营造浓厚氛围",
        "加强政策解读和典型案例宣传，定期举办人工智能应用场景发布、产业对接和创新创业大赛等活动，营造全社会关注支持人工智能发展的良好氛围。",
    ),
]
SECTIONS.append(
    Section(
        "S6", "六、", "保障措施", "safeguard", tasks=[task(n, b, title=t) for n, t, b in SAFEGUARDS]
    )
)

TITLE = "牡丹江经济技术开发区2026年“人工智能+”行动工作要点"
NOTICE_TITLE = "关于印发《牡丹江经济技术开发区2026年“人工智能+”行动工作要点》的通知"

EXTRACTION = dict(
    zone={
        "slug": "mudanjiang-etdz",
        "name": "牡丹江经济技术开发区",
        "name_en": "Mudanjiang Economic and Technological Development Zone",
        "level": "district",
        "parent": "mudanjiang-city",
    },
    plan={
        "code": SLUG,
        "title": TITLE,
        "title_en": "Mudanjiang ETDZ 2026 work points of the “AI+” action — synthetic",
        "issuer": "牡丹江经济技术开发区管理委员会",
        "doc_number": "牡经开管发〔2026〕3号",
        "issued_on": "2026-04-08",
        "period_start": 2026,
        "period_end": 2026,
        "milestone_years": [2026],
        "source_file": SLUG + SUFFIX,
    },
    agencies=AGENCIES,
    goals=GOALS,
    sections=SECTIONS,
    deadline=2026,
)
