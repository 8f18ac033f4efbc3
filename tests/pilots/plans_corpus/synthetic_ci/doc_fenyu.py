# ruff: noqa: E501  (plan text as the offices write it)
"""汾峪县“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_ci). The county government office's 公文 (汾峪政办发〔2026〕9号)
as a .txt "copied from the OCR of a scan": the notice with its signature, a seal's words read as a stray line and the date,
then the 方案: preamble, 一、总体要求 (no target), 二、发展目标 = two dated goal paragraphs (到2026年底 / 到2028年), 三、重点任务 =
tasks （一）–（十）, one paragraph each closing on "（牵头单位：县X；配合单位：县Y、Z）", 四、保障措施 （一）–（四） unannotated; the
印发 line. The OCR: the paper's printed lines kept (28 widths, broken mid-sentence, mid-name, mid-number), the page numbers
between the pages ("—1—", "- 2 -", "— 3 —", "一 4 一"), half-width ( , : ; ) on some lines, spaces between characters on
others, digits read as letters in figures (5OOO, l00P, 8O%, 3OP, l50架, l.2万路 …), 2O28 / 2〇26 in years, 十 for + in
"人工智能+" twice, and a few misread characters in running prose (己经, 曰, 纳人) — none in an agency's name or a unit."""

from ocr_layout import Builder, Layout
from synthetic_model import Agency

SLUG = "fenyu-ai-plus-action-2026-synthetic"
KIND = "txt"

# code → (full name, category, printed forms)
A = {
    "fgj": ("汾峪县发展和改革局", "development_reform", ["县发改局"]),
    "gxj": ("汾峪县工业和信息化局", "industry_it", ["县工信局"]),
    "spj": ("汾峪县行政审批服务管理局", "government_services", ["县行政审批局"]),
    "czj": ("汾峪县财政局", "finance", ["县财政局"]),
    "nyj": ("汾峪县能源局", "industry_it", ["县能源局"]),
    "yjj": ("汾峪县应急管理局", "emergency", ["县应急局"]),
    "scj": ("汾峪县市场监督管理局", "market_regulation", ["县市场监管局"]),
    "nyny": ("汾峪县农业农村局", "agriculture", ["县农业农村局"]),
    "xz": ("汾峪县各乡镇人民政府", "local_government", ["各乡镇人民政府"]),
    "wlj": ("汾峪县文化和旅游局", "culture_tourism", ["县文旅局"]),
    "rmt": ("汾峪县融媒体中心", "publicity", ["县融媒体中心"]),
    "jkj": ("汾峪县教育科技局", "education", ["县教科局"]),
    "wtj": ("汾峪县卫生健康和体育局", "health", ["县卫体局"]),
    "ylj": ("汾峪县医疗集团", "health", ["县医疗集团"]),
    "gaj": ("汾峪县公安局", "public_security", ["县公安局"]),
    "zjj": ("汾峪县住房和城乡建设管理局", "housing_construction", ["县住建局"]),
    "swj": ("汾峪县商务局", "commerce", ["县商务局"]),
    "rsj": ("汾峪县人力资源和社会保障局", "human_resources", ["县人社局"]),
    "zzb": ("中共汾峪县委组织部", "party_organisation", ["县委组织部"]),
    "gdgs": ("国网汾峪县供电公司", "state_enterprise", ["国网汾峪县供电公司"]),
    "mzj": ("汾峪县民政局", "civil_affairs", ["县民政局"]),
}

TITLE = "汾峪县“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "汾峪政办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Fenyu County (Shanxi) “AI+” action plan 2026–2028 — synthetic, OCR text of a scan",
    "issuer": "汾峪县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.txt",
}


def T(phrase, metric, unit, comp, value, **kw):
    return (phrase, (metric, unit, comp, value), kw)


D = Builder()
D.add("head", "汾峪县人民政府办公室文件")
D.add("plain", "汾峪政办发〔{2026|2O26}〕9号")
D.add("title", "汾峪县人民政府办公室\n关于印发汾峪县“人工智能+”行动方案\n（2026—2028年）的通知")
D.add("plain", "各乡镇人民政府，县直各有关单位：")
D.add(
    "p",
    "《汾峪县“人工智能+”行动方案（2026—2028年）》{已|己}经县人民政府同意，现印发给你们，请结合实际认真贯彻落实。",
)
D.add("right", "汾峪县人民政府办公室")
D.add("stray", "汾 峪 县 人 民 政 府 办 公 室 (印章)")
D.add("right", "{2026|2〇26}年3月16{日|曰}")
D.add("plain", "（此件公开发布）")
D.add("title", "汾峪县“人工智能+”行动方案\n（2026—2028年）")
D.add(
    "p",
    "为深入贯彻落实国家、省、市关于深入实施“人工智能{+|十}”行动的决策部署，加快推动人工智能与我县经济社会各领域深度融合，助力资源型经济转型发展，结合我县实际，制定本方案。",
)
D.add("h1", "一、总体要求")
D.add(
    "p",
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，立足我县煤炭资源丰富、小杂粮特色鲜明、文旅资源独特的基础，坚持应用牵引、数据驱动、企业主体、安全可控，以算力和数据为基础，以场景开放为抓手，推动人工智能在能源、制造、农业、文旅、政务和民生等领域落地应用，为建设现代化新汾峪提供有力支撑。",
)
D.add(
    "p",
    "近年来，我县数字基础设施建设加快推进，{2025|2O25}年全县数字经济规模达到38亿元，累计建成5G基站{420|42O}个，{已|己}建成智能化煤矿5座，政务服务“一网通办”基本实现，但也存在算力支撑不足、数据资源开发利用不充分、人工智能人才短缺等问题，必须抢抓机遇、加快追赶。",
)
D.add("h1", "二、发展目标")
D.goal_paragraph(
    "到2026年底，县级公共数据资源平台建成投用，归集公共数据{5000|5OOO}万条以上，打造“人工智能+”应用场景10个。",
    "到2026年底",
    [
        T("归集公共数据{5000|5OOO}万条以上", "归集公共数据", "条", "gte", 50000000),
        T(
            "打造“人工智能+”应用场景10个",
            "“人工智能+”应用场景",
            "个",
            "eq",
            10,
            kind="application_scenarios",
        ),
    ],
    deadline=2026,
)
D.goal_paragraph(
    "到{2028|2O28}年，全县智能化基础更加坚实，智能算力规模达到{100|l00}P，人工智能相关企业达到30家以上，规模以上工业企业数字化改造覆盖率达到{80|8O}%，建成智能化煤矿12座，打造“人工智能+”典型应用场景50个以上，累计培训数字技能人才{2000|2OOO}人次，人工智能成为推动全县资源型经济转型的重要力量。",
    "到{2028|2O28}年",
    [
        T("智能算力规模达到{100|l00}P", "智能算力规模", "P", "eq", 100, kind="computing_power"),
        T(
            "人工智能相关企业达到30家以上",
            "人工智能相关企业",
            "家",
            "gte",
            30,
            kind="ai_enterprises",
        ),
        T(
            "规模以上工业企业数字化改造覆盖率达到{80|8O}%",
            "规模以上工业企业数字化改造覆盖率",
            "%",
            "eq",
            80,
        ),
        T("建成智能化煤矿12座", "智能化煤矿", "座", "eq", 12),
        T(
            "打造“人工智能+”典型应用场景50个以上",
            "“人工智能+”典型应用场景",
            "个",
            "gte",
            50,
            kind="application_scenarios",
        ),
        T(
            "累计培训数字技能人才{2000|2OOO}人次",
            "培训数字技能人才",
            "人次",
            "eq",
            2000,
            aggregation="flow",
            kind="talent",
        ),
    ],
)
S3 = D.section("三", "三、", "三、", "重点任务")
D.task(
    S3,
    "（一）",
    "（一）",
    "夯实算力和数据基础",
    "依托县数据中心机房改造建设智能算力节点，新增智能算力{30|3O}P，接入省、市算力调度平台，为中小企业、科研单位提供普惠算力服务。加快公共数据归集治理，完善人口、法人、空间地理、电子证照等基础数据库，推动公共数据依法有序开放，开放公共数据集20个以上。",
    "（牵头单位：县发改局；配合单位：县工信局、县行政审批局、县财政局）",
    lead=["fgj"],
    supporting=["gxj", "spj", "czj"],
    targets=[
        T(
            "新增智能算力{30|3O}P",
            "新增智能算力",
            "P",
            "eq",
            30,
            aggregation="flow",
            kind="computing_power",
        ),
        T("开放公共数据集20个以上", "开放公共数据集", "个", "gte", 20),
    ],
)
D.task(
    S3,
    "（二）",
    "（二）",
    "推进煤矿智能化建设",
    "以煤矿智能化建设为重点，推广井下5G通信、智能巡检机器人、无人驾驶运输和智能综采等技术，推动生产煤矿智能化改造全覆盖。建设智能化采掘工作面{40|4O}个，井下固定岗位无人值守率达到60%，煤矿重大灾害智能预警系统实现全覆盖。",
    "（牵头单位：县能源局；配合单位：县应急局、县工信局）",
    lead=["nyj"],
    supporting=["yjj", "gxj"],
    targets=[
        T("建设智能化采掘工作面{40|4O}个", "智能化采掘工作面", "个", "eq", 40),
        T("井下固定岗位无人值守率达到60%", "井下固定岗位无人值守率", "%", "eq", 60),
    ],
)
D.task(
    S3,
    "（三）",
    "（三）",
    "推动制造业智能化改造",
    "聚焦焦化、铸造、新型建材等传统产业，实施“智改数转”项目25个，推广工业视觉检测、设备预测性维护、能耗智能管控等应用，培育省级智能制造标杆企业3家。鼓励企业上云用云，推动规模以上工业企业“应上尽上”。",
    "（牵头单位：县工信局；配合单位：县发改局、县财政局、县市场监管局）",
    lead=["gxj"],
    supporting=["fgj", "czj", "scj"],
    targets=[
        T("实施“智改数转”项目25个", "“智改数转”项目", "个", "eq", 25, aggregation="flow"),
        T("培育省级智能制造标杆企业3家", "省级智能制造标杆企业", "家", "eq", 3),
    ],
)
D.task(
    S3,
    "（四）",
    "(四)",
    "发展智慧农业",
    "围绕小杂粮、核桃、肉羊等特色产业，建设智慧农业示范基地8个，推广植保无人机{150|l50}架，推动农业生产、加工、销售全链条数字化。建设小杂粮产业大数据平台，提供产量预测、病虫害识别、市场行情分析等服务，帮助农户和合作社科学决策。",
    "（牵头单位：县农业农村局；配合单位：各乡镇人民政府）",
    lead=["nyny"],
    supporting=["xz"],
    targets=[
        T("建设智慧农业示范基地8个", "智慧农业示范基地", "个", "eq", 8),
        T("推广植保无人机{150|l50}架", "推广植保无人机", "架", "eq", 150, aggregation="flow"),
    ],
)
D.task(
    S3,
    "（五）",
    "（五）",
    "推进智慧文旅发展",
    "建设全县智慧旅游服务平台，推动A级景区实现智能导览、客流监测和线上预约，建成智慧景区3个。利用数字孪生、虚拟现实等技术，开发古村落、红色遗址等数字文旅产品，丰富沉浸式体验场景。",
    "（牵头单位：县文旅局；配合单位：县融媒体中心）",
    sep="{。|.}",
    lead=["wlj"],
    supporting=["rmt"],
    targets=[T("建成智慧景区3个", "智慧景区", "个", "eq", 3)],
)
D.task(
    S3,
    "（六）",
    "（六）",
    "提升政务服务智能化水平",
    "依托省一体化政务服务平台，上线汾峪县政务智能助手，为企业和群众提供智能问答、智能导办、智能预审服务，高频政务服务事项智能导办覆盖率达到{90|9O}%。推进“人工智能{+|十}”政务办公，提升公文处理、会议纪要、督查督办智能化水平。",
    "（牵头单位：县行政审批局；配合单位：县直各有关单位）",
    lead=["spj"],
    targets=[
        T(
            "高频政务服务事项智能导办覆盖率达到{90|9O}%",
            "高频政务服务事项智能导办覆盖率",
            "%",
            "eq",
            90,
        )
    ],
)
D.task(
    S3,
    "（七）",
    "（七）",
    "推进智慧教育和智慧医疗",
    "在中小学校建设人工智能教育实验室10个，开展人工智能通识教育。推广AI辅助诊断、智能影像等应用，实现县医疗集团所属乡镇卫生院AI辅助诊断全覆盖，远程会诊覆盖率达到100%。",
    "（牵头单位：县教科局、县卫体局；配合单位：县医疗集团）",
    lead=["jkj", "wtj"],
    supporting=["ylj"],
    targets=[
        T("建设人工智能教育实验室10个", "人工智能教育实验室", "个", "eq", 10),
        T("远程会诊覆盖率达到100%", "远程会诊覆盖率", "%", "eq", 100),
    ],
)
D.task(
    S3,
    "（八）",
    "（八）",
    "加强基层智能治理",
    "整合公安、应急、住建等部门视频资源，推动公共视频资源接入县级视频共享平台，接入公共视频资源{1.2|l.2}万路，推广AI视频分析在城市管理、安全生产、森林防火等场景的应用，提升风险隐患智能发现和处置能力。",
    "（牵头单位：县公安局；配合单位：县住建局、县应急局、各乡镇人民政府）",
    lead=["gaj"],
    supporting=["zjj", "yjj", "xz"],
    targets=[T("接入公共视频资源{1.2|l.2}万路", "接入公共视频资源", "路", "eq", 12000)],
)
D.task(
    S3,
    "（九）",
    "（九）",
    "培育人工智能企业",
    "加强与省内外人工智能龙头企业对接，每年举办人工智能产业招商推介活动不少于2场，引进人工智能应用项目10个以上。支持本地企业与高校、科研院所合作开展技术攻关和产品研发。",
    "（牵头单位：县工信局；配合单位：县发改局、县商务局）",
    lead=["gxj"],
    supporting=["fgj", "swj"],
    targets=[
        T(
            "每年举办人工智能产业招商推介活动不少于2场",
            "人工智能产业招商推介活动",
            "场",
            "gte",
            2,
            per_year=True,
        ),
        T(
            "引进人工智能应用项目10个以上",
            "引进人工智能应用项目",
            "个",
            "gte",
            10,
            aggregation="flow",
        ),
    ],
)
D.task(
    S3,
    "（十）",
    "（十）",
    "加强人才队伍建设",
    "实施数字技能提升行动，每年开展人工智能技能培训{500|5OO}人次以上。支持县职业中学与企业共建人工智能实训基地1个，培养本土数字技能人才。",
    "（牵头单位：县人社局；配合单位：县教科局、县委组织部）",
    lead=["rsj"],
    supporting=["jkj", "zzb"],
    targets=[
        T(
            "每年开展人工智能技能培训{500|5OO}人次以上",
            "人工智能技能培训",
            "人次",
            "gte",
            500,
            per_year=True,
            kind="talent",
        ),
        T("共建人工智能实训基地1个", "人工智能实训基地", "个", "eq", 1),
    ],
)
D.task(
    S3,
    "（十一）",
    "（十一）",
    "推动能源绿色低碳智能发展",
    "建设县域智慧能源管理平台，推动重点用能单位能耗数据实时采集和智能分析，重点用能单位能耗在线监测覆盖率达到100%。推进源网荷储一体化和配电网智能化改造，建设智能微电网示范项目2个，提升新能源消纳和电网运行智能化水平。",
    "（牵头单位：县能源局；配合单位：国网汾峪县供电公司、县工信局）",
    lead=["nyj"],
    supporting=["gdgs", "gxj"],
    targets=[
        T(
            "重点用能单位能耗在线监测覆盖率达到100%",
            "重点用能单位能耗在线监测覆盖率",
            "%",
            "eq",
            100,
        ),
        T("建设智能微电网示范项目2个", "智能微电网示范项目", "个", "eq", 2),
    ],
)
D.task(
    S3,
    "（十二）",
    "（十二）",
    "拓展智慧养老服务",
    "依托县养老服务信息平台，推广智能手环、跌倒报警、远程看护等智能设备，为特殊困难老年人提供紧急呼叫、健康监测等服务，建设智慧养老服务站{15|l5}个，让群众共享人工智能发展成果。",
    "（牵头单位：县民政局；配合单位：县卫体局、各乡镇人民政府）",
    lead=["mzj"],
    supporting=["wtj", "xz"],
    targets=[T("建设智慧养老服务站{15|l5}个", "智慧养老服务站", "个", "eq", 15)],
)
S4 = D.section("四", "四、", "四、", "保障措施", kind="safeguard")
for num, title, rest in (
    (
        "（一）",
        "加强组织领导",
        "成立县“人工智能+”行动工作专班，由县政府分管副县长任组长，专班办公室设在县工信局，负责统筹协调和日常工作，定期研究解决重大问题。各乡镇、各部门要明确分管领导和工作人员，细化工作措施，形成上下联动、协同推进的工作格局。",
    ),
    (
        "（二）",
        "强化资金保障",
        "县财政每年安排人工智能发展专项资金不少于{500|5O0}万元，统筹用好上级各类专项资金，支持算力设施、应用场景和人才培养等项目建设。积极争取上级政策和项目支持，引导金融机构加大对人工智能企业的信贷支持力度。",
    ),
    (
        "（三）",
        "加强安全保障",
        "落实网络安全等级保护制度，加强数据分类分级保护和个人信息保护，健全人工智能应用风险评估和应急处置机制，守牢安全底线。",
    ),
    (
        "（四）",
        "强化督导考核",
        "建立任务台账，实行月调度、季通报，将任务落实情况纳{入|人}年度目标责任考核，对工作推进不力的进行督促整改。县工作专班每年对本方案实施情况开展评估，根据评估结果及时调整工作措施。",
    ),
):
    D.task(S4, num, num, title, rest)
D.add("right", "汾峪县人民政府办公室　　　　2026年3月16{日|曰}印发")

PAGE_FORMS = ("—{}—", "- {} -", "— {} —", "一 {} 一")


def furniture(page):
    return [PAGE_FORMS[(page - 1) % 4].format(page)]


def line_quirk(i, line):
    """Some printed lines read with half-width punctuation, some with a space between characters."""
    if i % 7 == 3:
        line = line.translate(
            str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
        )
    if i % 11 == 5 and len(line) > 12:
        k = len(line) // 3
        if "\u4e00" <= line[k - 1] <= "\u9fff" and "\u4e00" <= line[k] <= "\u9fff":
            line = line[:k] + " " + line[k:]
    return line


LAYOUT = Layout(D.blocks, furniture=furniture, line_quirk=line_quirk)
TEXT = LAYOUT.text()
GOALS, SECTIONS = D.resolve(LAYOUT)

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "fenyu-shanxi-county",
        "name": "汾峪县",
        "name_en": "Fenyu County (Shanxi)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 汾峪县“人工智能+”行动方案（2026—2028年） (汾峪县人民政府办公室, 汾峪政办发〔2026〕9号, 2026-03-16)
# — SYNTHETIC (synthetic_ci): WRITTEN by the collector (helper blindCI, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_fenyu.py as the text an OCR read from the paper's scan.
# Zone fenyu-shanxi-county (山西, an invented county; its city is never named) → district level; period 2026–2028.
# THE PAPER vs THE OCR: values, units, deadlines, numbering and agency names are the PAPER's (2028, 100, 80 %, 5000万 …);
#   every quote (titles, texts, phrases, aliases) is the OCR's words as the .txt reads them, whitespace left out (line breaks and
#   the OCR's spaces: the corpus test drops whitespace and folds full/half widths): "到2O28年", "l00P", "8O%", "3OP", "l50架",
#   "l.2万路", "5OO人次", "2OOO人次", "5OOO万条", "4O个", "9O%", "人工智能十". A task's or goal's TEXT that runs over a page end
#   keeps the page number line standing in it ("—3—" …) because the test compares quotes with the text as read; no title and
#   no target phrase crosses a page end. (五)'s title ends at the "." the OCR read for its 。.
# Outline: notice (addressee, one paragraph, signature, the seal's words as a stray line "汾 峪 县 … (印章)", date, 公开 note);
#   the 方案's title, preamble; 一、总体要求 (a guiding paragraph: no task, no section); 二、发展目标 = two dated paragraphs →
#   goals titled by their date phrases "到2026年底" (2 targets) and "到2O28年" (6); 三、重点任务 = tasks （一）–（十）, title = the
#   words before the first 。, text = title + body + annotation without the number; 四、保障措施 （一）–（四） → safeguard
#   tasks, no roles ("专班办公室设在县工信局，负责…日常工作": no role); the 印发 line.
# Roles: "（牵头单位：X；配合单位：Y、Z）" → X lead, Y Z supporting; (七) has two leads; 各乡镇人民政府 is one collective
#   (supporting in (四), (八)); "县直各有关单位" generic → no agency ((六) has its lead alone). 县 names are the county's bodies.
# Targets: 万 multiplied out (5000万条 → 50000000 条, 1.2万路 → 12000 路); 每年… → per-year flow; 新增 / 实施 / 推广 /
#   引进 / 累计培训 counts → flow; things built or reached → stock. 2026年底 figures due 2026, the rest 2028 (task figures
#   with no year: the plan's end). 应用场景10个 (2026) and 典型应用场景50个以上 (2028) are two targets; 新增智能算力30P is not
#   the goals' 智能算力规模100P; 每年培训500人次 is not the goals' 累计2000人次. Not targets: 专项资金不少于500万元 (a budget,
#   in a safeguard); 全覆盖 (no figure); the notice's and the 印发 line's dates.
# Every task holding figures is also a goal titled like the task (text = title + body, without number and annotation).
"""
