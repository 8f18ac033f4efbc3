# ruff: noqa: E501  (plan text as the office writes it)
"""毕节市推进“人工智能+”行动实施方案 — INVENTED (synthetic_ax), printed to PDF by LibreOffice from a .docx.
一、总体要求 / 二、主要目标 (a paragraph 到2027年 and a 主要指标 table repeating its figures); 三、四、五、 three named
行动 whose tasks （一）–（十二） are numbered on across the chapters, each ending "（牵头单位：X；配合单位：Y）" or
"（责任单位：X、Y）"; 六、保障措施 unnumbered paragraphs."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "bijie-ai-plus-implementation-2026-synthetic"
KIND = "pdf"

A = [
    ("dsj", "毕节市大数据发展管理局", "市大数据局", "big_data"),
    ("fgw", "毕节市发展和改革委员会", "市发展改革委", "development_reform"),
    ("gxj", "毕节市工业和信息化局", "市工业和信息化局", "industry_it"),
    ("kjj", "毕节市科学技术局", "市科技局", "science_technology"),
    ("nyj", "毕节市农业农村局", "市农业农村局", "agriculture"),
    ("nyu", "毕节市能源局", "市能源局", "other"),
    ("wgj", "毕节市文体广电旅游局", "市文体广电旅游局", "culture_tourism"),
    ("wjj", "毕节市卫生健康局", "市卫生健康局", "health"),
    ("jyj", "毕节市教育局", "市教育局", "education"),
    ("zwj", "毕节市政务服务中心", "市政务服务中心", "government_services"),
    (
        "xq",
        "毕节市各县（自治县、市、区）人民政府",
        "各县（自治县、市、区）人民政府",
        "local_government",
    ),
]
AGENCIES = [Agency(c, n, [a], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "毕节市推进“人工智能+”行动实施方案"
DOC_NUMBER = "毕府办发〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Bijie implementation plan for advancing the “AI+” action — synthetic",
    "issuer": "毕节市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-05",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

GOAL = "到2027年，全市算力规模达到2000P，规模以上工业企业数字化转型比例达到60%，“人工智能+”应用场景累计达到80个，培育人工智能及相关企业50家以上，数字经济增加值占地区生产总值比重超过35%。"
GOAL_T = [
    Target("全市算力规模", "P", "eq", 2000, "全市算力规模达到2000P", kind="computing_power"),
    Target(
        "规模以上工业企业数字化转型比例", "%", "eq", 60, "规模以上工业企业数字化转型比例达到60%"
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "eq",
        80,
        "“人工智能+”应用场景累计达到80个",
        kind="application_scenarios",
    ),
    Target("人工智能及相关企业", "家", "gte", 50, "培育人工智能及相关企业50家以上"),
    Target(
        "数字经济增加值占地区生产总值比重", "%", "gt", 35, "数字经济增加值占地区生产总值比重超过35%"
    ),
]
INDICATORS = [
    ["序号", "指标名称", "单位", "2025年", "2027年"],
    ["1", "全市算力规模", "P", "800", "2000"],
    ["2", "规模以上工业企业数字化转型比例", "%", "45", "60"],
    ["3", "“人工智能+”应用场景（累计）", "个", "30", "80"],
    ["4", "人工智能及相关企业", "家", "28", "50以上"],
    ["5", "数字经济增加值占地区生产总值比重", "%", "30", "35以上"],
]

# (chapter no, chapter title, [(no, title, rest, kind, names, targets)]); kind "ls" = 牵头/配合, "r" = 责任单位
CHAPTERS = [
    (
        "三、",
        "实施算力数据筑基行动",
        [
            (
                "（一）",
                "建设绿色算力基地",
                "发挥毕节煤电资源和气候凉爽优势，推进大数据中心集群毕节节点建设，引进大型互联网企业和算力服务商布局智算中心。推动算力与能源协同，探索煤电、新能源与算力中心直供模式，降低算力用电成本。2026年智能算力规模达到1000P。",
                "ls",
                (["市大数据局"], ["市发展改革委", "市能源局"]),
                [
                    Target(
                        "智能算力规模",
                        "P",
                        "eq",
                        1000,
                        "2026年智能算力规模达到1000P",
                        kind="computing_power",
                        deadline=2026,
                    )
                ],
            ),
            (
                "（二）",
                "推进数据资源开发",
                "建设全市公共数据资源平台，推动政务数据、产业数据汇聚治理，打造高质量行业数据集10个以上。支持数据标注产业发展，建设数据标注基地，带动就业1000人以上。",
                "ls",
                (["市大数据局"], ["市工业和信息化局", "各县（自治县、市、区）人民政府"]),
                [
                    Target("高质量行业数据集", "个", "gte", 10, "打造高质量行业数据集10个以上"),
                    Target("数据标注带动就业", "人", "gte", 1000, "带动就业1000人以上"),
                ],
            ),
            (
                "（三）",
                "完善网络支撑体系",
                "推进千兆光网和5G网络深度覆盖，实现乡镇以上区域5G网络连续覆盖。推动工业互联网标识解析节点建设和应用，提升企业网络化、数字化水平。",
                "r",
                ["市工业和信息化局", "市大数据局"],
                [],
            ),
            (
                "（四）",
                "强化安全保障能力",
                "健全数据安全管理制度，开展数据分类分级保护，加强关键信息基础设施安全防护。建立人工智能应用安全监测机制，防范算法滥用和数据泄露风险。",
                "r",
                ["市大数据局"],
                [],
            ),
        ],
    ),
    (
        "四、",
        "实施产业智能升级行动",
        [
            (
                "（五）",
                "推进“人工智能+能源化工”",
                "推动煤矿智能化建设，推广智能采掘、智能通风、智能安全监测等应用，建成智能化煤矿20处。推动煤化工企业应用工艺优化、设备预测性维护等技术，提升安全生产和节能降耗水平。",
                "ls",
                (["市能源局"], ["市工业和信息化局"]),
                [Target("智能化煤矿", "处", "eq", 20, "建成智能化煤矿20处")],
            ),
            (
                "（六）",
                "推进“人工智能+制造”",
                "推动新型建材、特色轻工、基础材料等产业开展智能化改造，建设智能工厂和数字化车间30个。组织服务商深入企业开展诊断，推广轻量化智能应用，降低中小企业转型门槛。",
                "ls",
                (["市工业和信息化局"], ["市科技局"]),
                [Target("智能工厂和数字化车间", "个", "eq", 30, "建设智能工厂和数字化车间30个")],
            ),
            (
                "（七）",
                "推进“人工智能+农业”",
                "围绕辣椒、食用菌、蔬菜、茶叶、马铃薯等特色产业，推广智能种植、智能养殖、智能分级等应用，建设数字农业示范基地12个。推动农产品产销对接智能化，提升农业产业链效益。",
                "ls",
                (["市农业农村局"], ["市大数据局", "各县（自治县、市、区）人民政府"]),
                [Target("数字农业示范基地", "个", "eq", 12, "建设数字农业示范基地12个")],
            ),
            (
                "（八）",
                "推进“人工智能+文旅”",
                "依托百里杜鹃、织金洞、韭菜坪等景区，建设智慧景区和智慧旅游服务平台，推广智能导览、客流监测、沉浸式体验等应用。推动乌蒙山民族文化资源数字化，打造文旅融合新业态。",
                "r",
                ["市文体广电旅游局"],
                [],
            ),
        ],
    ),
    (
        "五、",
        "实施民生智慧服务行动",
        [
            (
                "（九）",
                "推进“人工智能+教育”",
                "在全市中小学推进人工智能教育普及，建设人工智能教育示范学校30所。推广人工智能辅助教学和个性化学习，推动优质教育资源向农村学校和易地扶贫搬迁安置点学校延伸。",
                "ls",
                (["市教育局"], ["市大数据局"]),
                [Target("人工智能教育示范学校", "所", "eq", 30, "建设人工智能教育示范学校30所")],
            ),
            (
                "（十）",
                "推进“人工智能+医疗”",
                "推动智能辅助诊断、智能影像、远程医疗等应用向县乡延伸，实现县级公立医院智能辅助诊断系统全覆盖。建设全民健康信息平台，推进电子健康档案和电子病历互通共享。",
                "ls",
                (["市卫生健康局"], ["市大数据局"]),
                [],
            ),
            (
                "（十一）",
                "推进“人工智能+政务”",
                "推动政务服务大模型应用，建设智能客服、智能审批、智能监管等场景，高频政务服务事项“智能办”比例达到70%以上。推动“一网通办”“一网统管”提质增效。",
                "ls",
                (["市政务服务中心"], ["市大数据局"]),
                [
                    Target(
                        "高频政务服务事项“智能办”比例",
                        "%",
                        "gte",
                        70,
                        "高频政务服务事项“智能办”比例达到70%以上",
                    )
                ],
            ),
            (
                "（十二）",
                "推进“人工智能+社会治理”",
                "推广视频智能分析、风险智能预警等技术在城市管理、应急管理、生态保护等领域的应用，提升基层治理智能化水平。",
                "r",
                ["各县（自治县、市、区）人民政府"],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    "加强统筹协调。建立市推进“人工智能+”行动工作机制，由市政府分管领导牵头，市大数据局负责日常工作，定期研究解决重大问题。各县（自治县、市、区）要建立相应工作机制，抓好任务落实。市直有关部门要按照职责分工，细化工作措施，加强协同配合，形成工作合力。",
    "加大资金支持。统筹用好市级大数据发展专项资金，支持算力基础设施、应用场景和企业培育。积极争取国家和省级资金、地方政府专项债券支持，引导社会资本参与人工智能项目建设。鼓励金融机构创新金融产品和服务，加大对人工智能企业和项目的信贷支持力度，发挥政府性融资担保机构作用，降低企业融资成本。",
    "强化人才支撑。依托毕节职业技术学院、贵州工程应用技术学院等院校，加强人工智能、大数据相关专业建设，开展数字技能培训，培养一批本地技能人才。落实人才引进优惠政策，柔性引进高层次人才和创新团队，支持企业与高校院所共建研发平台和实训基地。",
    "抓好督促落实。市大数据局要会同有关部门建立任务台账，加强跟踪调度和督促检查，每半年向市人民政府报告工作进展。将重点任务推进情况纳入年度目标绩效考核，对工作成效突出的单位予以通报表扬。加强宣传引导，及时总结推广典型经验做法，营造良好发展氛围。",
]
NOTICE = [
    (
        "addressee",
        "各县（自治县、市、区）人民政府，百里杜鹃管理区、金海湖新区管委会，市政府各工作部门：",
    ),
    (
        "body",
        "《毕节市推进“人工智能+”行动实施方案》已经市人民政府同意，现印发给你们，请认真组织实施。各地各部门要把推进“人工智能+”行动摆在重要位置，结合实际细化工作措施，明确时间表、路线图，确保各项任务落地见效。实施过程中遇到的重大问题，请及时报告市人民政府。",
    ),
    ("sign", "毕节市人民政府办公室"),
    ("date", "2026年3月5日"),
]
PREAMBLE = "为贯彻落实《贵州省推进“人工智能+”行动实施方案》，推动人工智能与我市经济社会发展深度融合，助力建设贯彻新发展理念示范区，结合毕节实际，制定本实施方案。近年来，我市抢抓国家“东数西算”工程和全国一体化算力网络建设机遇，算力基础设施加快布局，数字经济规模持续扩大，人工智能应用场景不断丰富，为推进“人工智能+”行动奠定了良好基础。同时，也存在产业基础薄弱、创新能力不足、专业人才短缺等问题，亟需进一步凝聚共识、集中资源、精准发力。"
GENERAL = "以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平总书记对毕节工作的重要指示批示精神，围绕“四新”主攻“四化”，抢抓大数据中心集群建设机遇，以算力和数据为基础，以应用场景为牵引，以产业升级和民生改善为目标，加快推动人工智能赋能千行百业，为毕节高质量发展注入新动能。要坚持把推进“人工智能+”行动同实施数字经济发展战略、新型工业化战略和乡村振兴战略结合起来，同巩固拓展脱贫攻坚成果、推进易地扶贫搬迁后续扶持结合起来，推动人工智能技术更好服务产业转型升级、服务群众美好生活、服务城乡治理现代化，以人工智能创新应用助推毕节在新征程上闯新路、开新局。"

PRINCIPLES = "坚持需求导向、应用牵引，聚焦产业发展痛点和群众急难愁盼问题，以场景建设带动技术落地和产业集聚；坚持因地制宜、特色发展，立足煤电资源、特色农业和生态文旅优势，走差异化发展路子；坚持政府引导、市场主导，充分发挥企业主体作用，强化政策引导和要素保障；坚持统筹发展和安全，筑牢数据安全和网络安全防线。"
MORE = {
    "建设绿色算力基地": "支持算力中心建设余热利用、液冷散热等绿色节能设施，打造低成本、高效率的绿色算力供给体系，积极承接东部地区算力需求。",
    "推进数据资源开发": "探索公共数据授权运营，培育数据经纪、数据评估等数据服务业态，推动数据要素价值释放。",
    "完善网络支撑体系": "推动行政村光纤网络和4G网络质量提升，加快农村地区网络基础设施补短板。",
    "强化安全保障能力": "定期开展网络安全攻防演练，提升应急处置能力。",
    "推进“人工智能+能源化工”": "支持能源企业建设智能调度中心，推动煤电、新能源、储能协同运行。",
    "推进“人工智能+制造”": "鼓励园区建设公共服务平台，为入园企业提供智能化改造咨询、测试验证等服务。",
    "推进“人工智能+农业”": "推动农业经营主体应用智能农机装备，提升山地农业机械化、智能化水平。",
    "推进“人工智能+文旅”": "鼓励文旅企业开发数字文创产品，拓展线上营销渠道，提升毕节旅游知名度。",
    "推进“人工智能+教育”": "加强教师人工智能素养培训，提升教师运用智能技术开展教学的能力。",
    "推进“人工智能+医疗”": "推动县域医共体智能化建设，提升基层医疗服务能力。",
    "推进“人工智能+政务”": "加强政务数据共享应用，推动更多事项免证办、就近办、掌上办。",
    "推进“人工智能+社会治理”": "推动综治中心、网格化服务管理平台智能化升级，提升矛盾纠纷预警化解能力。",
}


def _build():
    blocks = [
        ("head", "毕节市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"毕节市人民政府办公室关于印发{TITLE}的通知"),
        *NOTICE,
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        ("body", PRINCIPLES),
        ("h1", "二、主要目标"),
        ("body", GOAL),
        ("caption", "毕节市推进“人工智能+”行动主要指标"),
        ("table", INDICATORS),
    ]
    goals = [Goal("到2027年", GOAL, GOAL_T)]
    sections = []
    for cno, ctitle, items in CHAPTERS:
        blocks.append(("h1", f"{cno}{ctitle}"))
        tasks = []
        for no, title, rest, kind, names, targets in items:
            rest += MORE.get(title, "")
            if kind == "ls":
                note = "牵头单位：" + "、".join(names[0]) + "；配合单位：" + "、".join(names[1])
                lead, resp, sup = names[0], [], names[1]
            else:
                note = "责任单位：" + "、".join(names)
                lead, resp, sup = [], names, []
            blocks.append(("item", (f"{no}{title}。", f"{rest}（{note}）")))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{rest}（{note}）",
                    lead=[ALIAS[n] for n in lead],
                    responsible=[ALIAS[n] for n in resp],
                    supporting=[ALIAS[n] for n in sup],
                )
            )
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        sections.append(Section(cno.rstrip("、"), cno, ctitle, "key_task", tasks))
    blocks.append(("h1", "六、保障措施"))
    safeguards = []
    for line in SAFEGUARDS:
        blocks.append(("body", line))
        safeguards.append(Task(None, line.split("。", 1)[0], line))
    sections.append(Section("六", "六、", "保障措施", "safeguard", safeguards))
    blocks += [
        ("body", "抄送：市委办公室，市人大常委会办公室，市政协办公室。"),
        ("body", "毕节市人民政府办公室        2026年3月5日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "bijie-city", "name": "毕节市", "name_en": "Bijie", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 毕节市推进“人工智能+”行动实施方案 (毕节市人民政府办公室, 毕府办发〔2026〕7号, 2026-03-05) — SYNTHETIC
# (synthetic_ax): WRITTEN by the collector (helper blindAX, 2026-12-05) before reading or running the importer; no such
#   document is claimed to exist. Built as .docx and printed to PDF by LibreOffice (make_files.py from doc_bijie.py).
# Goals: paragraph 到2027年 (five figures); the 主要指标 table repeats them (2027 column) → no new target (a figure printed
#   twice); its 2025 baseline column is no target. Tasks （一）–（十二） numbered on across the chapters 三、四、五、 (each a
#   section); items with figures are goals. "2026年智能算力规模达到1000P" is due 2026 (another year → its own target).
# Roles: （牵头单位：X；配合单位：Y） → lead / supporting; （责任单位：X、Y） → responsible. 各县（自治县、市、区）人民政府 is one
#   collective. 抄送 / 印发 lines: nothing.
# 六、保障措施: four unnumbered paragraphs, each led by its name ("加强统筹协调。…") → four safeguard tasks 六.1–六.4 (no
#   numbering, titled by the name, no roles: "市大数据局负责日常工作" assigns no task), as synthetic_e's 云南 and
#   synthetic_n's 集美 unnumbered safeguards. The collector first took them as no tasks; corrected by helper rAXY,
#   2026-12-05, after measurement 2 (SYNTHETIC_AX.md).
"""
