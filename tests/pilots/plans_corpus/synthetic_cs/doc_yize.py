# ruff: noqa: E501  (plan text as the office writes it)
"""沂泽市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cs). The city portal's page saved as .html,
its article body PASTED FROM WORD whole: class=MsoNormal / MsoListParagraph paragraphs with mso-* styles, digits in
<span lang=EN-US>, <o:p></o:p>, list numbers （一）… inside <![if !supportLists]>…<![endif]> with a 7pt "Times New Roman"
spacer span, a Word XML block in a conditional comment, and the annex 重点任务分工表 as <table class=MsoTableGrid> with a
two-row header (责任分工 colspan=2), a 牵头单位 cell merged over two rows and a 完成时限 cell merged over three."""

import re

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "yize-shandong-ai-plus-implementation-2026-synthetic"
KIND = "html"

A = {
    "fgw": ("沂泽市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "dsj": ("沂泽市大数据局", "big_data", ["市大数据局"]),
    "gw": ("国网沂泽供电公司", "state_enterprise", ["国网沂泽供电公司"]),
    "gxj": ("沂泽市工业和信息化局", "industry_it", ["市工业和信息化局"]),
    "kjj": ("沂泽市科学技术局", "science_technology", ["市科技局"]),
    "nyj": ("沂泽市农业农村局", "agriculture", ["市农业农村局"]),
    "wlj": ("沂泽市文化和旅游局", "culture_tourism", ["市文化和旅游局"]),
    "sp": ("沂泽市行政审批服务局", "government_services", ["市行政审批服务局"]),
    "rsj": ("沂泽市人力资源和社会保障局", "human_resources", ["市人力资源社会保障局"]),
    "wjw": ("沂泽市卫生健康委员会", "health", ["市卫生健康委"]),
    "cgj": ("沂泽市城市管理局", "housing_construction", ["市城市管理局"]),
    "zjj": ("沂泽市住房和城乡建设局", "housing_construction", ["市住房城乡建设局"]),
    "wxb": ("中共沂泽市委网络安全和信息化委员会办公室", "publicity", ["市委网信办"]),
    "gaj": ("沂泽市公安局", "public_security", ["市公安局"]),
    "jtj": ("沂泽市交通运输局", "transport", ["市交通运输局"]),
    "swj": ("沂泽市商务局", "commerce", ["市商务局"]),
    "kfq": ("沂泽高新技术产业开发区管理委员会", "park_administration", ["沂泽高新区管委会"]),
    "xq": ("沂泽市各县（区）人民政府", "local_government", ["各县（区）人民政府"]),
}
N = {code: printed[0] for code, (_, _, printed) in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "沂泽市推进“人工智能+”行动实施方案（2026—2027年）"
NOTICE_TITLE = f"沂泽市人民政府办公室关于印发{TITLE}的通知"
DOC_NUMBER = "沂政办字〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yize City (Shandong) implementation plan for the “AI+” action 2026–2027 — synthetic",
    "issuer": "沂泽市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

BASIS = "近年来，我市深入实施数字经济“一号工程”，人工智能发展基础不断夯实。2025年，全市智能算力规模达到120P，人工智能核心产业规模达到38亿元，建成省级智能工厂6家、智慧农业应用场景24个，“爱沂泽”政务服务平台累计注册用户突破180万人。但也要看到，我市人工智能发展仍存在算力供给不足、高质量数据集匮乏、应用场景碎片化、专业人才短缺等问题，亟需以“人工智能+”行动为牵引，加快补短板、强弱项、促融合。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面落实国家和省关于深入实施“人工智能+”行动的部署要求，坚持场景牵引、数据赋能、企业主体、安全可控，推动人工智能与制造业、现代农业、政务服务和文化旅游深度融合，为建设鲁南先进制造业强市提供有力支撑。"
PRINCIPLES = "坚持应用牵引，以场景开放带动技术迭代和产业集聚，以应用成效检验工作成果；坚持数据赋能，推动公共数据和行业数据有序开放、高效利用；坚持企业主体，发挥市场在资源配置中的决定性作用，更好发挥政府引导作用；坚持安全可控，统筹发展和安全，守牢数据安全、网络安全和伦理安全底线。"
G1_TEXT = "到2026年底，全市智能算力规模达到300P，人工智能核心产业规模突破60亿元，打造“人工智能+”典型应用场景50个以上。"
G1 = [
    T(
        "智能算力规模",
        "P",
        "eq",
        300,
        "全市智能算力规模达到300P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        60,
        "人工智能核心产业规模突破60亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        50,
        "打造“人工智能+”典型应用场景50个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，全市智能算力规模达到500P，人工智能核心产业规模达到100亿元，培育人工智能骨干企业30家，建设行业大模型5个以上，规模以上工业企业数字化转型覆盖率达到90%。"
G2 = [
    T("智能算力规模", "P", "eq", 500, "全市智能算力规模达到500P", kind="computing_power"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        100,
        "人工智能核心产业规模达到100亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能骨干企业", "家", "eq", 30, "培育人工智能骨干企业30家", kind="ai_enterprises"),
    T("行业大模型", "个", "gte", 5, "建设行业大模型5个以上"),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 90, "规模以上工业企业数字化转型覆盖率达到90%"),
]

# (title, body, annotation, lead, supporting, responsible, targets (deadline None = the row's 完成时限), 完成时限 printed, due)
TASKS = [
    (
        "夯实智能算力底座",
        "加快沂泽人工智能计算中心二期建设，新增智能算力200P，推动算力资源接入全省算力调度平台，探索“算力+电力”协同调度模式。支持企业利用闲置厂房改造建设边缘计算节点，提升算力就近服务能力。落实绿色电力保障，支持数据中心开展源网荷储一体化建设，新建数据中心达到绿色低碳等级要求。发放“算力券”，对中小企业租用算力给予不超过合同金额30%的补贴。",
        "（牵头单位：市发展改革委；配合单位：市大数据局、国网沂泽供电公司）",
        ["fgw"],
        ["dsj", "gw"],
        [],
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                200,
                "新增智能算力200P",
                kind="computing_power",
                aggregation="flow",
            )
        ],
        "2027年12月底前",
        "2027-12-31",
    ),
    (
        "加强高质量数据供给",
        "建设工业制造、现代农业、文化旅游3个行业高质量数据集，完善数据采集、标注、清洗和质量评估标准，推动公共数据授权运营，支持企业开展数据产品开发和交易，培育数据标注、数据治理等数据服务企业，全年新增开放公共数据集120个。",
        "（牵头单位：市大数据局；配合单位：市工业和信息化局、市农业农村局、市文化和旅游局）",
        ["dsj"],
        ["gxj", "nyj", "wlj"],
        [],
        [
            T(
                "行业高质量数据集",
                "个",
                "eq",
                3,
                "建设工业制造、现代农业、文化旅游3个行业高质量数据集",
            ),
            T(
                "新增开放公共数据集",
                "个",
                "eq",
                120,
                "全年新增开放公共数据集120个",
                aggregation="flow",
            ),
        ],
        "2026年12月底前",
        "2026-12-31",
    ),
    (
        "实施“人工智能+政务服务”",
        "升级“爱沂泽”政务服务平台智能客服，推动政务大模型在咨询、导办、审批、监管等环节应用，实现政策精准推送和免申即享，推进12345政务服务便民热线智能化升级，探索“人工智能+监管”应用，在安全生产、食品药品、生态环境等领域开展风险智能识别和预警处置，高频政务服务事项智能办理率达到80%。",
        "（牵头单位：市大数据局；配合单位：市行政审批服务局）",
        ["dsj"],
        ["sp"],
        [],
        [T("高频政务服务事项智能办理率", "%", "eq", 80, "高频政务服务事项智能办理率达到80%")],
        "2026年12月底前",
        "2026-12-31",
    ),
    (
        "实施“人工智能+制造”",
        "聚焦化工新材料、高端装备、食品加工等产业，推广工业视觉质检、预测性维护、智能排产等应用，支持龙头企业联合高校院所开发行业模型，建成智能工厂20家、数字化车间60个。开展中小企业数字化转型城市试点，推广“小快轻准”数字化产品和解决方案，分行业编制智能化改造指南，组织工业互联网平台与企业供需对接活动。",
        "（牵头单位：市工业和信息化局；配合单位：市科技局、各县（区）人民政府）",
        ["gxj"],
        ["kjj", "xq"],
        [],
        [
            T("智能工厂", "家", "eq", 20, "建成智能工厂20家"),
            T("数字化车间", "个", "eq", 60, "数字化车间60个"),
        ],
        "2027年12月底前",
        "2027-12-31",
    ),
    (
        "实施“人工智能+农业”",
        "推广农业遥感监测、病虫害智能识别、智能灌溉和智能农机，在沂泽西部山区特色农产品产区开展全链条智能化应用，建设智慧农业应用基地15个，培育农业数字化服务主体40家。推动农产品质量安全追溯与电商平台数据贯通，支持农业龙头企业建设数字化育苗、智能分拣和冷链物流设施。",
        "（牵头单位：市农业农村局；配合单位：市科技局、市大数据局）",
        ["nyj"],
        ["kjj", "dsj"],
        [],
        [
            T("智慧农业应用基地", "个", "eq", 15, "建设智慧农业应用基地15个"),
            T("农业数字化服务主体", "家", "eq", 40, "培育农业数字化服务主体40家"),
        ],
        "2027年12月底前",
        "2027-12-31",
    ),
    (
        "实施“人工智能+文旅”",
        "建设智慧景区导览、客流预测和沉浸式体验系统，开发文旅智能体，提供行程规划、智能讲解、智能客服等服务，推动文旅消费数据与交通、气象数据融合应用，推动全市4A级以上旅游景区智慧化改造全覆盖。",
        "（牵头单位：市文化和旅游局；配合单位：市大数据局）",
        ["wlj"],
        ["dsj"],
        [],
        [],
        "2027年12月底前",
        "2027-12-31",
    ),
    (
        "实施“人工智能+医疗健康”",
        "推动医学影像辅助诊断、智能导诊、病历质控和慢病管理应用，推进检查检验结果互认，二级以上公立医院全部接入全市医疗健康大数据平台，建设智慧医院8家。",
        "（牵头单位：市卫生健康委；配合单位：市大数据局）",
        ["wjw"],
        ["dsj"],
        [],
        [
            T("智慧医院", "家", "eq", 8, "建设智慧医院8家"),
        ],
        "2027年6月底前",
        "2027-06-30",
    ),
    (
        "实施“人工智能+城市治理”",
        "推进城市运行管理服务平台智能化升级，在市政设施巡检、违规占道识别、内涝预警、燃气安全监测等领域部署智能算法模型30个以上，建设智慧社区50个。",
        "（牵头单位：市城市管理局、市住房城乡建设局；配合单位：市大数据局、各县（区）人民政府）",
        ["cgj", "zjj"],
        ["dsj", "xq"],
        [],
        [
            T("城市治理智能算法模型", "个", "gte", 30, "部署智能算法模型30个以上"),
            T("智慧社区", "个", "eq", 50, "建设智慧社区50个"),
        ],
        "2027年12月底前",
        "2027-12-31",
    ),
    (
        "拓展“人工智能+交通物流”",
        "推动智能网联公交、智慧停车和港口智能调度应用，依托沂泽商贸物流体系建设智慧物流园区3个，推动重点物流企业仓储、分拣、配送环节智能化改造，降低社会物流总费用。推广无人配送车在园区、社区和校园的试点应用。",
        "（牵头单位：市交通运输局、市商务局；配合单位：市公安局）",
        ["jtj", "swj"],
        ["gaj"],
        [],
        [T("智慧物流园区", "个", "eq", 3, "建设智慧物流园区3个")],
        "2027年12月底前",
        "2027-12-31",
    ),
    (
        "建设人工智能产业集聚区",
        "高标准建设沂泽人工智能产业园，完善孵化器、中试平台和公共服务平台，引进培育人工智能企业50家以上，打造省级人工智能特色产业集群。建立人工智能重点项目库，实行项目化、清单化管理，对入库项目优先保障用地、用能和融资需求。",
        "（牵头单位：沂泽高新区管委会；配合单位：市科技局、市工业和信息化局）",
        ["kfq"],
        ["kjj", "gxj"],
        [],
        [
            T(
                "引进培育人工智能企业",
                "家",
                "gte",
                50,
                "引进培育人工智能企业50家以上",
                kind="ai_enterprises",
                aggregation="flow",
            )
        ],
        "2027年12月底前",
        "2027-12-31",
    ),
    (
        "培育企业和人才队伍",
        "实施人工智能企业梯次培育计划，遴选一批“专精特新”人工智能企业，支持企业申报省级人工智能创新应用项目；深化与驻鲁高校合作共建产业学院；开展人工智能应用技能培训，每年培训5000人次以上。",
        "（牵头单位：市科技局、市人力资源社会保障局；配合单位：市工业和信息化局）",
        ["kjj", "rsj"],
        ["gxj"],
        [],
        [
            T(
                "人工智能应用技能培训",
                "人次",
                "gte",
                5000,
                "每年培训5000人次以上",
                per_year=True,
                kind="talent",
            )
        ],
        "持续推进",
        None,
    ),
]
SAFEGUARDS = [
    (
        "加强组织领导",
        "建立全市“人工智能+”行动工作专班，由市大数据局负责专班日常工作，统筹推进各项任务落实，定期调度工作进展，协调解决算力布局、数据开放、场景开放中的重大问题。各县（区）要结合实际制定具体措施，明确责任分工和时间节点，确保各项任务落地见效。",
    ),
    (
        "强化资金支持",
        "统筹用好各级专项资金，市财政每年安排“人工智能+”专项资金不少于2000万元，引导社会资本加大投入。用好省新旧动能转换基金，支持金融机构开发“算力贷”“模型贷”等产品，为人工智能企业提供多元化融资服务。",
    ),
    (
        "加强宣传推广",
        "及时总结推广典型经验和优秀案例，办好沂泽人工智能应用创新大赛，营造全社会关注、支持和参与“人工智能+”行动的良好氛围。加强人工智能科普，推动人工智能知识进机关、进企业、进学校、进社区。",
    ),
    (
        "强化督导考核",
        "将“人工智能+”行动推进情况纳入全市高质量发展综合绩效考核，建立月调度、季通报、年评估工作机制，对工作推进有力、成效明显的县（区）和部门予以通报表扬，对进展滞后的及时督促整改。",
    ),
    (
        "筑牢安全底线",
        "落实网络安全和数据安全责任，加强人工智能生成内容管理，建立人工智能应用安全评估机制，防范算法歧视和数据泄露风险（牵头单位：市委网信办；配合单位：市公安局）。",
    ),
]
INTRO = "围绕“强基础、扩应用、育产业、优生态”，组织实施以下十一项重点任务，各项任务的牵头单位、配合单位和完成时限见附件。"
CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
EN = re.compile(r"[0-9A-Za-z.%]+")


def en(text):
    """Word's run split: digits and Latin letters in a Times New Roman span of their own."""
    return EN.sub(
        lambda m: f"<span lang=EN-US style='font-family:\"Times New Roman\"'>{m.group(0)}</span>",
        text,
    )


def normal(text, indent=True, font="仿宋_GB2312", bold=False):
    style = "text-indent:32.0pt;mso-char-indent-count:2.0;" if indent else ""
    inner = f"<b>{en(text)}</b>" if bold else en(text)
    return f"<p class=MsoNormal style='{style}line-height:28.0pt;mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:{font};mso-hansi-font-family:\"Times New Roman\"'>{inner}<o:p></o:p></span></p>"


def listed(no, head, body, level="l0 level1 lfo1"):
    spacer = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
    return (
        f"<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-list:{level}'>"
        f"<![if !supportLists]><span style='font-size:16.0pt;font-family:楷体_GB2312;mso-bidi-font-family:楷体_GB2312'><span style='mso-list:Ignore'>{no}<span style='font:7.0pt \"Times New Roman\"'>{spacer}</span></span></span><![endif]>"
        f"<span style='font-size:16.0pt;font-family:楷体_GB2312'>{head}</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{en(body)}<o:p></o:p></span></p>"
    )


def cell(text, width, extra="", head=False):
    font = "黑体" if head else "仿宋_GB2312"
    return (
        f"<td width={width} valign=top {extra}style='width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>"
        f"<p class=MsoNormal align=center style='text-align:center;line-height:20.0pt;mso-line-height-rule:exactly'><span style='font-size:12.0pt;font-family:{font}'>{en(text)}<o:p></o:p></span></p></td>"
    )


def _build():
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    body = [
        normal(TITLE, indent=False, font="方正小标宋简体"),
        normal("一、总体要求", font="黑体"),
        normal(BASIS),
        normal(GUIDE),
        normal(PRINCIPLES),
        normal("二、主要目标", font="黑体"),
        normal(G1_TEXT + G2_TEXT),
        normal("三、重点任务", font="黑体"),
        normal(INTRO),
    ]
    for g in (G1, G2):
        for t in g:
            assert t.phrase in G1_TEXT + G2_TEXT, t.phrase
    tasks = []
    for i, (title, text, ann, lead, sup, resp, targets, _, due) in enumerate(TASKS):
        no = f"（{CN[i]}）"
        body.append(listed(no, f"{title}。", text + ann))
        tasks.append(
            Task(
                no,
                title,
                f"{title}。{text}{ann}",
                lead=lead,
                supporting=sup,
                responsible=resp,
                due=due,
            )
        )
        year = int(due[:4]) if due else None
        for t in targets:
            assert t.phrase in text, t.phrase
            t.deadline = t.deadline or year
        if targets:
            goals.append(Goal(title, f"{title}。{text}", targets, numbering=no))
    body.append(normal("四、保障措施", font="黑体"))
    sg = []
    for i, (title, text) in enumerate(SAFEGUARDS):
        no = f"（{CN[i]}）"
        body.append(listed(no, f"{title}。", text, "l1 level1 lfo2"))
        lead, sup = (["wxb"], ["gaj"]) if "网信办" in text else ([], [])
        sg.append(Task(no, title, f"{title}。{text}", lead=lead, supporting=sup))
    body.append(normal("本方案自印发之日起施行，有效期至2027年12月31日。"))
    body.append(normal("附件：重点任务分工表", indent=False, font="黑体"))
    rows = [
        "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>"
        + cell("序号", 48, "rowspan=2 ", True)
        + cell("重点任务", 200, "rowspan=2 ", True)
        + cell("责任分工", 260, "colspan=2 ", True)
        + cell("完成时限", 100, "rowspan=2 ", True)
        + "</tr>",
        "<tr style='mso-yfti-irow:1'>"
        + cell("牵头单位", 110, head=True)
        + cell("配合单位", 150, head=True)
        + "</tr>",
    ]
    for i, (title, _, _, lead, sup, _, _, limit, _) in enumerate(TASKS):
        leads = "、".join(N[c] for c in lead)
        sups = "、".join(N[c] for c in sup)
        tr = cell(str(i + 1), 48) + cell(title, 200)
        if i == 1:  # 市大数据局 leads rows 2 and 3: one cell merged down
            tr += cell(leads, 110, "rowspan=2 ")
        elif i != 2:
            tr += cell(leads, 110)
        tr += cell(sups, 150)
        if i in (3, 7):  # 2027年12月底前 merged over rows 4–6 and over rows 8–10
            tr += cell(limit, 100, "rowspan=3 ")
        elif i not in (4, 5, 8, 9):
            tr += cell(limit, 100)
        rows.append(f"<tr style='mso-yfti-irow:{i + 2}'>{tr}</tr>")
    body.append(
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=608 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"
        + "\n".join(rows)
        + "</table>"
    )
    sections = [
        Section("三", "三、", "重点任务", "key_task", tasks),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return body, goals, sections


BODY, GOALS, SECTIONS = _build()

NOTICE = [
    f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{en(DOC_NUMBER)}<o:p></o:p></span></p>",
    normal("各县（区）人民政府，市政府各部门、各直属机构：", indent=False),
    normal(f"《{TITLE}》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。"),
    "<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>沂泽市人民政府办公室<o:p></o:p></span></p>",
    "<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US style='font-size:16.0pt'>2026</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>年</span><span lang=EN-US style='font-size:16.0pt'>3</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>月</span><span lang=EN-US style='font-size:16.0pt'>20</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>日<o:p></o:p></span></p>",
    "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>",
]
WORD_XML = "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing><w:Compatibility><w:SpaceForUL/></w:Compatibility></w:WordDocument></xml><![endif]-->"


def _html():
    article = "\n".join([WORD_XML, *NOTICE, *BODY])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{NOTICE_TITLE}_通知公告_沂泽市人民政府</title>
<meta name="SiteName" content="沂泽市人民政府">
<meta name="ColumnName" content="市政府办公室文件">
<meta name="ArticleTitle" content="{NOTICE_TITLE}">
<meta name="PubDate" content="2026-03-23 16:40">
<link rel="stylesheet" href="/jcms/jcms_files/jcms1/web1/site/css/content.css">
<style>.bt_content p{{line-height:2em}} .share a{{margin-right:6px}}</style>
<script src="/jcms/jcms_files/jcms1/web1/site/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><a href="/">沂泽市人民政府</a> <span>欢迎访问沂泽市人民政府门户网站</span> <a href="/col/col1/index.html?lang=en">English</a> <a href="javascript:;">无障碍</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col2/">政务公开</a></li><li><a href="/col/col3/">政务服务</a></li><li><a href="/col/col4/">互动交流</a></li><li><a href="/col/col5/">走进沂泽</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2/">政务公开</a> &gt; <a href="/col/col21/">市政府办公室文件</a></div>
<div class="main">
<h1 class="bt_title">{NOTICE_TITLE}</h1>
<div class="bt_info"><span>发布时间：2026-03-23 16:40</span> <span>来源：沂泽市人民政府办公室</span> <span>浏览次数：<b id="hits">1268</b></span> <span>字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="bt_content" id="zoom">
{article}
</div>
<div class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a></div>
<div class="bt_tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/art/2026/3/24/art_21_5512.html">图解：沂泽市推进“人工智能+”行动实施方案</a></li><li><a href="/art/2026/3/24/art_21_5513.html">政策解读：一图读懂沂泽“人工智能+”两年行动</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：沂泽市人民政府办公室　承办单位：沂泽市大数据局</p><p>网站标识码：3713000099　鲁ICP备00000000号-1　鲁公网安备37130002000999号</p><p><a href="/col/col9/">网站地图</a> | <a href="/col/col8/">联系我们</a></p></div>
<script>function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</body>
</html>
"""


TEXT = _html()

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "yize-shandong-city",
        "name": "沂泽市",
        "name_en": "Yize City (Shandong)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 沂泽市推进“人工智能+”行动实施方案（2026—2027年） (沂泽市人民政府办公室, 沂政办字〔2026〕9号, 2026-03-20)
# — SYNTHETIC (synthetic_cs): WRITTEN by helper blindCS (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_yize.py as the portal page saved (.html, UTF-8).
# Zone yize-shandong-city (山东, an invented prefecture-level city) → city; period 2026–2027, milestones 2026 and 2027.
# The hard part is the markup: the article is Word HTML pasted whole (MsoNormal / MsoListParagraph, mso-* styles, digits in
#   <span lang=EN-US>, <o:p>, a Word XML block in a conditional comment — no text —, list numbers （一）… inside
#   <![if !supportLists]>…<![endif]> followed by a 7pt spacer span of &nbsp;). The numbers are real text (a browser shows them).
# Outline: the notice (doc number, addressee, one sentence, signature, date: no task), then the plan: 一、总体要求 (a 发展基础
#   paragraph of 2025 baselines — 120P, 38亿元, 6家, 24个, 180万人: no targets —, a guiding
#   paragraph and a principles paragraph "坚持…；坚持…": no task), 二、主要目标 = ONE paragraph of two dated sentences → two goals titled by their date phrases, "到2026年底"
#   (3 targets, due 2026) and "到2027年" (5). 三、重点任务 (a lead sentence "组织实施以下十一项重点任务…见附件": no task, no target) （一）–（十一） → tasks, title = heading before 。, text = heading + body +
#   annotation. 四、保障措施 （一）–（五） (list numbering restarting) → safeguard tasks; （五） carries an annotation at the end of
#   its sentence (lead / supporting); （一）'s "由市大数据局负责专班日常工作" assigns no role (a mechanism).
# Roles: "（牵头单位：X；配合单位：Y、Z）" → lead / supporting; 各县（区）人民政府 as a 配合单位 → one collective; 国网沂泽供电公司 a
#   state enterprise. The 附件 重点任务分工表 (MsoTableGrid, 责任分工 over 牵头单位 | 配合单位, 市大数据局 merged over rows 2–3,
#   "2027年12月底前" merged over rows 4–6 and again over rows 8–10) RESTATES the body's tasks with the same roles: each task recorded once, as the body
#   prints it; the row's 完成时限 is its due ("持续推进" → no due) and dates its figures with no year of their own.
# Targets: task figures due at the row's 完成时限 (（二）'s 3 datasets and 120 new open datasets, （三）'s 80% → 2026; （七） 医疗 "2027年6月底前" → due 2027-06-30; the rest 2027); 新增智能算力200P (new capacity, flow) is its own target beside the goals' 300P / 500P totals; "4A级以上旅游景区智慧化
#   改造全覆盖" and "二级以上公立医院全部接入…平台" (no figure) → no targets (corrected 2026-12-07 by helper rCS: the corpus reads 全覆盖 / 全部 with no figure as no target — SYNTHETIC_E's 云南, SYNTHETIC_F, SYNTHETIC_BK, SYNTHETIC_BM); "每年培训5000人次以上" per-year flow gte, due 2027 (持续推进 = the plan's end). Not targets: the 算力券
#   subsidy rate (不超过30%), the annual budget 不少于2000万元 (a safeguard), 4A级 (a class).
"""
