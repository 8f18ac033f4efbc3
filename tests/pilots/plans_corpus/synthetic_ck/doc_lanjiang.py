# ruff: noqa: E501  (plan text as the office writes it)
"""榄江市推进“人工智能+”行动方案（2026—2027年） — INVENTED (synthetic_ck). A Word file (.docx): notice, preamble,
一、总体要求 (defines "各区（县、市）人民政府（以下统称各地）"), 二、工作目标 (two dated paragraphs), four parts 三、–六、 whose
tasks （一）… restart in each part and close on annotations that REFER BACK instead of restating: names defined once in an
annotation ("市经济和信息化局（以下简称市经信局）") and then used short, "（牵头单位、配合单位同第（三）项）", "（责任分工同本部分
第1项）", "（市科技局牵头，其余同上）", "（责任单位：同上）", "（配合单位：同上）", and a part-level sentence "本部分各项任务均由市数据局
牵头，配合单位见各项" over items that print their 配合单位 alone. Every task's resolved roles are written here BY HAND beside
the annotation as printed (the code does not resolve them)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "lanjiang-ai-plus-action-2026-synthetic"
KIND = "docx"

AGENCIES = [
    Agency("fgj", "榄江市发展和改革局", ["市发展和改革局", "市发改局"], "development_reform"),
    Agency("jxj", "榄江市经济和信息化局", ["市经济和信息化局", "市经信局"], "industry_it"),
    Agency("sjj", "榄江市数据局", ["市数据局"], "big_data"),
    Agency(
        "gd", "榄江市各区（县、市）人民政府", ["各区（县、市）人民政府", "各地"], "local_government"
    ),
    Agency("kjj", "榄江市科学技术局", ["市科学技术局", "市科技局"], "science_technology"),
    Agency("zwj", "榄江市政务服务管理局", ["市政务服务管理局", "市政务局"], "government_services"),
    Agency("swj", "榄江市商务局", ["市商务局"], "commerce"),
    Agency(
        "rsj",
        "榄江市人力资源和社会保障局",
        ["市人力资源和社会保障局", "市人社局"],
        "human_resources",
    ),
    Agency("jyj", "榄江市教育局", ["市教育局"], "education"),
    Agency("zjj", "榄江市住房和城乡建设局", ["市住房和城乡建设局"], "housing_construction"),
    Agency("gaj", "榄江市公安局", ["市公安局"], "public_security"),
    Agency("wjj", "榄江市卫生健康局", ["市卫生健康局", "市卫健局"], "health"),
    Agency("ybj", "榄江市医疗保障局", ["市医疗保障局"], "health"),
    Agency("wlj", "榄江市文化广电旅游体育局", ["市文化广电旅游体育局"], "culture_tourism"),
    Agency("czj", "榄江市财政局", ["市财政局"], "finance"),
    Agency(
        "wxb",
        "中共榄江市委网络安全和信息化委员会办公室",
        ["市委网络安全和信息化委员会办公室", "市委网信办"],
        "publicity",
    ),
    Agency("xcb", "中共榄江市委宣传部", ["市委宣传部"], "publicity"),
]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "榄江市推进“人工智能+”行动方案（2026—2027年）"
DOC_NUMBER = "榄府办〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Lanjiang City action plan for advancing “AI+” (2026–2027) — synthetic",
    "issuer": "榄江市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"经市人民政府同意，现将《{TITLE}》印发给你们，请认真组织实施。实施过程中遇到的问题，请径向市经济和信息化局反映。"
PREAMBLE = "为深入贯彻落实国家关于深入实施“人工智能+”行动的意见和省有关工作部署，抢抓人工智能发展重大机遇，推动人工智能与我市经济社会各领域深度融合，加快培育和发展新质生产力，结合我市实际，制定本方案。"
GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持应用牵引、数据驱动、企业主体、开放合作，以夯实智能底座为基础，以壮大智能产业为核心，以深化场景应用为抓手，推动人工智能全方位赋能制造强市、数字政府和民生服务建设，为建设现代化沿海经济强市提供有力支撑。各区（县、市）人民政府（以下统称各地）要结合本地产业基础和发展实际，制定具体落实举措，形成市县联动、上下协同、齐抓共促的工作格局。"
G2026 = "到2026年底，全市智能算力规模达到600P，人工智能核心产业规模突破180亿元，人工智能企业达到260家，打造“人工智能+”典型应用场景80个以上，人工智能赋能千行百业取得初步成效。"
G2027 = "到2027年，全市智能算力规模达到1200P，人工智能核心产业规模突破260亿元，人工智能企业超过350家，打造“人工智能+”典型应用场景150个以上，建成省级以上人工智能创新平台15个，培育人工智能领域专精特新“小巨人”企业10家，“人工智能+”发展水平进入全省第一方阵。"
GOALS_TOP = [
    Goal(
        "到2026年底",
        G2026,
        [
            T(
                "智能算力规模",
                "P",
                "eq",
                600,
                "全市智能算力规模达到600P",
                kind="computing_power",
                deadline=2026,
            ),
            T(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                180,
                "人工智能核心产业规模突破180亿元",
                kind="ai_industry_scale",
                deadline=2026,
            ),
            T(
                "人工智能企业",
                "家",
                "eq",
                260,
                "人工智能企业达到260家",
                kind="ai_enterprises",
                deadline=2026,
            ),
            T(
                "“人工智能+”典型应用场景",
                "个",
                "gte",
                80,
                "打造“人工智能+”典型应用场景80个以上",
                kind="application_scenarios",
                deadline=2026,
            ),
        ],
    ),
    Goal(
        "到2027年",
        G2027,
        [
            T("智能算力规模", "P", "eq", 1200, "全市智能算力规模达到1200P", kind="computing_power"),
            T(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                260,
                "人工智能核心产业规模突破260亿元",
                kind="ai_industry_scale",
            ),
            T("人工智能企业", "家", "gt", 350, "人工智能企业超过350家", kind="ai_enterprises"),
            T(
                "“人工智能+”典型应用场景",
                "个",
                "gte",
                150,
                "打造“人工智能+”典型应用场景150个以上",
                kind="application_scenarios",
            ),
            T(
                "省级以上人工智能创新平台",
                "个",
                "eq",
                15,
                "建成省级以上人工智能创新平台15个",
                kind="innovation_platforms",
            ),
            T(
                "人工智能领域专精特新“小巨人”企业",
                "家",
                "eq",
                10,
                "培育人工智能领域专精特新“小巨人”企业10家",
                kind="ai_enterprises",
            ),
        ],
    ),
]

# part: (numbering, title, kind, part sentence or None, items)
# item: (title, body, annotation AS PRINTED, resolved by hand: lead, supporting, responsible, targets)
PARTS = [
    (
        "三、",
        "筑牢智能发展底座",
        "key_task",
        None,
        [
            (
                "建设智能算力集群",
                "依托榄江数据中心集聚区，加快推进市智算中心二期、滨海绿色算力基地等项目建设，2026年新增智能算力300P，推动全市算力资源统一接入省算力调度平台。落实算力券支持政策，对中小企业使用智能算力给予不超过合同金额30%的补贴。",
                "（牵头单位：市发展和改革局（以下简称市发改局）；配合单位：市经济和信息化局（以下简称市经信局）、市数据局、各地）",
                ["fgj"],
                ["jxj", "sjj", "gd"],
                [],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        300,
                        "2026年新增智能算力300P",
                        kind="computing_power",
                        deadline=2026,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "建设高质量数据集",
                "围绕电子信息、家居建材、海洋渔业等优势产业，推动龙头企业、科研机构开放行业数据，到2027年建成行业高质量数据集30个以上。深化公共数据授权运营，在交通出行、医疗健康、普惠金融等领域上线数据产品15个。",
                "（牵头单位：市数据局；配合单位：市发改局、市经信局）",
                ["sjj"],
                ["fgj", "jxj"],
                [],
                [
                    T("行业高质量数据集", "个", "gte", 30, "到2027年建成行业高质量数据集30个以上"),
                    T("公共数据授权运营数据产品", "个", "eq", 15, "上线数据产品15个"),
                ],
            ),
            (
                "建设城市大模型服务平台",
                "依托“榄江智脑”城市大模型服务平台，汇聚通用大模型和行业模型能力，接入各类行业模型20个以上，为政务服务、城市治理和企业研发提供模型调用、微调训练等服务。",
                "（牵头单位：市数据局；配合单位：市科学技术局（以下简称市科技局）、市政务服务管理局（以下简称市政务局））",
                ["sjj"],
                ["kjj", "zwj"],
                [],
                [T("“榄江智脑”接入行业模型", "个", "gte", 20, "接入各类行业模型20个以上")],
            ),
            (
                "健全模型评测和安全服务",
                "支持第三方机构建设人工智能模型评测验证中心，开展模型能力、安全性和合规性评测，建立大模型备案辅导机制，帮助本地企业做好大模型备案和登记工作。",
                "（牵头单位、配合单位同第（三）项）",
                ["sjj"],  # = 三、（三）: 市数据局 lead, 市科技局 / 市政务局 supporting
                ["kjj", "zwj"],
                [],
                [],
            ),
        ],
    ),
    (
        "四、",
        "壮大人工智能产业",
        "key_task",
        None,
        [
            (
                "培育智能终端产业集群",
                "聚焦智能家居、智能穿戴、服务机器人等领域，推动终端产品智能化升级，到2027年智能终端产业规模突破100亿元，打造全省重要的智能终端制造基地。",
                "（牵头单位：市经信局；配合单位：市科技局、市商务局、各地）",
                ["jxj"],
                ["kjj", "swj", "gd"],
                [],
                [
                    T(
                        "智能终端产业规模",
                        "亿元",
                        "gt",
                        100,
                        "到2027年智能终端产业规模突破100亿元",
                        kind="related_industry_scale",
                    )
                ],
            ),
            (
                "引育人工智能企业",
                "实施人工智能企业招引培育计划，每年引进人工智能企业20家以上，支持本地企业拓展人工智能业务，建立重点企业培育库，实行“一企一策”精准服务。",
                "（责任分工同本部分第1项）",
                ["jxj"],  # = 四、（一）
                ["kjj", "swj", "gd"],
                [],
                [
                    T(
                        "引进人工智能企业",
                        "家",
                        "gte",
                        20,
                        "每年引进人工智能企业20家以上",
                        kind="ai_enterprises",
                        per_year=True,
                    )
                ],
            ),
            (
                "建设人工智能创新平台",
                "支持高校、科研院所与龙头企业联合建设重点实验室、工程技术研究中心等创新平台，鼓励企业牵头组建创新联合体，开展关键核心技术联合攻关。",
                "（市科技局牵头，其余同上）",
                [
                    "kjj"
                ],  # 市科技局 leads; the rest of （二）'s bodies (市经信局, 市商务局, 各地) as above, supporting
                ["jxj", "swj", "gd"],
                [],
                [],
            ),
            (
                "壮大人工智能人才队伍",
                "实施“榄江英才”人工智能专项，每年开展人工智能技能培训5000人次以上，支持企业与职业院校共建实训基地，完善人才引进、评价和激励机制。",
                "（责任单位：市人力资源和社会保障局（以下简称市人社局）、市教育局、市科技局）",
                [],
                [],
                ["rsj", "jyj", "kjj"],
                [
                    T(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        5000,
                        "每年开展人工智能技能培训5000人次以上",
                        kind="talent",
                        per_year=True,
                    )
                ],
            ),
            (
                "深化产教融合",
                "支持在榄高校开设人工智能相关专业，推动校企共建人工智能产业学院5个，开展订单式、项目制人才培养。",
                "（责任单位：同上）",
                [],
                [],
                ["rsj", "jyj", "kjj"],  # = （四）
                [T("人工智能产业学院", "个", "eq", 5, "推动校企共建人工智能产业学院5个")],
            ),
        ],
    ),
    (
        "五、",
        "深化“人工智能+”赋能应用",
        "key_task",
        "本部分各项任务均由市数据局牵头，配合单位见各项。",
        [
            (
                "“人工智能+”政务服务",
                "推进政务大模型在政务服务、公文办理、政策咨询等领域深度应用，上线政务智能体30个，实现高频政务服务事项智能导办。",
                "（配合单位：市政务局、各地）",
                ["sjj"],
                ["zwj", "gd"],
                [],
                [
                    T(
                        "政务智能体",
                        "个",
                        "eq",
                        30,
                        "上线政务智能体30个",
                        kind="application_scenarios",
                    )
                ],
            ),
            (
                "“人工智能+”城市治理",
                "建设城市运行智能中枢，接入视频监控、物联感知设备2万路，推动城市管理、应急指挥、交通治理等场景智能化。",
                "（配合单位：市住房和城乡建设局、市公安局、各地）",
                ["sjj"],
                ["zjj", "gaj", "gd"],
                [],
                [
                    T(
                        "城市运行智能中枢接入视频监控、物联感知设备",
                        "路",
                        "eq",
                        20000,
                        "接入视频监控、物联感知设备2万路",
                    )
                ],
            ),
            (
                "“人工智能+”医疗健康",
                "推广人工智能辅助诊断、智能影像、智慧医保审核等应用，二级以上公立医院人工智能辅助诊断应用覆盖率达到100%。",
                "（配合单位：市卫生健康局（以下简称市卫健局）、市医疗保障局）",
                ["sjj"],
                ["wjj", "ybj"],
                [],
                [
                    T(
                        "二级以上公立医院人工智能辅助诊断应用覆盖率",
                        "%",
                        "eq",
                        100,
                        "二级以上公立医院人工智能辅助诊断应用覆盖率达到100%",
                    )
                ],
            ),
            (
                "“人工智能+”医养结合",
                "推动智能健康监测、智能陪护机器人等产品进入养老机构和社区，发展智慧医养服务，建设智慧康养示范社区10个。",
                "（配合单位：同上）",
                ["sjj"],
                ["wjj", "ybj"],  # = （三）'s 配合单位
                [],
                [
                    T(
                        "智慧康养示范社区",
                        "个",
                        "eq",
                        10,
                        "建设智慧康养示范社区10个",
                        kind="application_scenarios",
                    )
                ],
            ),
            (
                "“人工智能+”文化旅游",
                "打造智慧景区、数字文博等应用场景，开发“AI导游”等智能服务产品，建成智慧景区8个。",
                "（配合单位：市文化广电旅游体育局、各地）",
                ["sjj"],
                ["wlj", "gd"],
                [],
                [T("智慧景区", "个", "eq", 8, "建成智慧景区8个", kind="application_scenarios")],
            ),
        ],
    ),
    (
        "六、",
        "保障措施",
        "safeguard",
        None,
        [
            (
                "加强组织领导",
                "建立市推进“人工智能+”行动工作专班，由市政府分管领导任召集人，专班办公室设在市经信局，负责统筹协调和日常工作。各地要建立相应工作机制，明确责任分工，确保各项任务落地见效。",
                "（责任单位：市经信局、市数据局）",
                [],
                [],
                ["jxj", "sjj"],
                [],
            ),
            (
                "加大政策支持",
                "统筹用好市级产业发展专项资金，每年安排不少于1亿元支持人工智能技术攻关、场景开放和企业培育。鼓励金融机构开发“AI贷”等专属产品，引导社会资本投向人工智能领域。",
                "（责任单位：市财政局、市发改局、市经信局）",
                [],
                [],
                ["czj", "fgj", "jxj"],
                [],
            ),
            (
                "强化安全保障",
                "落实数据安全和个人信息保护制度，加强人工智能安全风险监测预警和应急处置，推动人工智能应用安全可控、规范有序发展。",
                "（责任单位：市委网络安全和信息化委员会办公室（以下简称市委网信办）、市公安局、市数据局）",
                [],
                [],
                ["wxb", "gaj", "sjj"],
                [],
            ),
            (
                "营造良好氛围",
                "加强政策解读和典型案例宣传，举办人工智能创新应用大赛、产业对接会等活动，营造全社会关心支持人工智能发展的良好氛围。",
                "（责任单位：市委宣传部、各地）",
                [],
                [],
                ["xcb", "gd"],
                [],
            ),
        ],
    ),
]

CN = "一二三四五六七八九十"


def _build():
    blocks = [
        ("head", "榄江市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"榄江市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各区（县、市）人民政府，市政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "榄江市人民政府办公室"),
        ("date", "2026年3月20日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        ("h1", "二、工作目标"),
        ("body", G2026),
        ("body", G2027),
    ]
    goals = list(GOALS_TOP)
    for g in goals:
        for t in g.targets:
            assert t.phrase in g.text, t.phrase
    sections = []
    for pno, ptitle, kind, sentence, items in PARTS:
        blocks.append(("h1", f"{pno}{ptitle}"))
        if sentence:
            blocks.append(("body", sentence))
        tasks = []
        for i, (title, body, note, lead, sup, resp, targets) in enumerate(items):
            numbering = f"（{CN[i]}）"
            blocks.append(("item", (f"{numbering}{title}。", body + note)))
            tasks.append(
                Task(
                    numbering,
                    title,
                    f"{title}。{body}{note}",
                    lead=lead,
                    supporting=sup,
                    responsible=resp,
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=numbering))
        sections.append(Section(pno.strip("、"), pno, ptitle, kind, tasks))
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级法院，市检察院。",
        ),
        ("addressee", "榄江市人民政府办公室　　　　　　　　2026年3月20日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "lanjiang-city",
        "name": "榄江市",
        "name_en": "Lanjiang City",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 榄江市推进“人工智能+”行动方案（2026—2027年） (榄江市人民政府办公室, 榄府办〔2026〕11号, 2026-03-20)
# — SYNTHETIC (synthetic_ck): WRITTEN by the collector (helper blindCK, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_lanjiang.py as a Word file (.docx).
# Zone lanjiang-city (an invented 华南 prefecture-level city with 区、县 and 县级市 under it) → city level; period 2026–2027.
# Outline: red head, 发文字号, notice (its 市经济和信息化局 is where problems are reported: no role), page break, title, preamble;
#   一、总体要求 (one paragraph; it DEFINES "各区（县、市）人民政府（以下统称各地）"); 二、工作目标 = two dated paragraphs → goals titled
#   到2026年底 (due 2026) and 到2027年 (due 2027); parts 三、–五、 (key_task) and 六、保障措施 (safeguard), each of tasks （一）…
#   restarting in every part, "（N）标题。正文（annotation）" in one paragraph.
# Tasks: title = the bold heading; text = heading + body + annotation (without the number).
# Roles — the annotations REFER BACK; resolved so (SYNTHETIC_CK.md, "Conventions this set adds"):
#   "（以下简称市X局）" inside an annotation names the body and defines its short form; the short form later is the same agency
#   (aliases: the full printed form and the short one). "各地" = 各区（县、市）人民政府 (defined in 一、): one collective agency.
#   三、（四）"（牵头单位、配合单位同第（三）项）" → 三、（三）'s roles (市数据局 lead; 市科技局, 市政务局 supporting).
#   四、（二）"（责任分工同本部分第1项）" → 四、（一）'s roles (the part's first item; 市经信局 lead; 市科技局, 市商务局, 各地 supporting).
#   四、（三）"（市科技局牵头，其余同上）" → 市科技局 lead; the other bodies of the item above (市经信局, 市商务局, 各地) supporting.
#   四、（五）"（责任单位：同上）" → （四）'s 责任单位 (市人社局, 市教育局, 市科技局) responsible.
#   五、's sentence "本部分各项任务均由市数据局牵头，配合单位见各项" → 市数据局 lead on each of 五、（一）–（五）, each item's
#   "（配合单位：…）" supporting; 五、（四）"（配合单位：同上）" → （三）'s 配合单位 (市卫健局, 市医疗保障局).
#   六、's 责任单位 → responsible (专班办公室设在市经信局，负责…日常工作 assigns nothing).
# Targets: the two goal paragraphs (4 due 2026, 6 due 2027); every task holding figures is also a goal titled like the task (text =
#   heading + body, without its annotation); a figure with no year of its own is due 2027 (the plan's end); 2026年新增智能算力300P
#   due 2026 (flow; the goals' 600P is the total — another thing). 每年… → per-year flow targets. 2万路 → 20000 路. Not targets:
#   the 算力券 rate (不超过合同金额30%), the annual budget 每年安排不少于1亿元 (a safeguard's money, not a result).
"""
