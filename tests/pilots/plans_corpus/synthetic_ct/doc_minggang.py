# ruff: noqa: E501  (plan text as the offices write it)
"""溟港市 朵勒县东西部协作“人工智能+”共建行动方案（2026—2027年） — INVENTED (synthetic_ct). The paired county's portal page
(.html): a coastal city (溟港市) and the western county it is paired with (朵勒县) issue one plan through their two 东西部协作
leading-group offices — two issuers, two signatures. The plan builds two bases in the county together (an AI 算力 centre and a
数据标注 base) and prints each side's figures separately (the county's figure, the city's figure); tasks （一）–（十四） numbered on across parts 二、–五、, one
paragraph each, closing on annotations naming bodies of BOTH places ("溟港市工信局、朵勒县经商信局牵头"), "两地X部门" (one body
in each place), the city's 援派 work team, the county's 各乡镇人民政府; 三、保障措施 （一）–（四）; the portal's nav, 信息公开 table,
share bar and footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "minggang-duole-ai-cooperation-2026-synthetic"
KIND = "html"

A = {
    "mg-xzb": ("溟港市对口支援和合作交流办公室", "government", ["溟港市协作办"]),
    "mg-fgw": ("溟港市发展和改革委员会", "development_reform", ["溟港市发展改革委"]),
    "mg-gxj": ("溟港市工业和信息化局", "industry_it", ["溟港市工信局"]),
    "mg-sjj": ("溟港市数据局", "big_data", ["溟港市数据局"]),
    "mg-rsj": ("溟港市人力资源和社会保障局", "human_resources", ["溟港市人社局"]),
    "mg-jyj": ("溟港市教育局", "education", ["溟港市教育局"]),
    "mg-gzw": ("溟港市人民政府国有资产监督管理委员会", "government", ["溟港市国资委"]),
    "mg-swj": ("溟港市商务局", "commerce", ["溟港市商务局"]),
    "mg-kjj": ("溟港市科学技术局", "science_technology", ["溟港市科技局"]),
    "mg-gzd": ("溟港市援朵勒县工作队", "other", ["溟港市援朵勒县工作队", "援朵工作队"]),
    "dl-fgj": ("朵勒县发展和改革局", "development_reform", ["朵勒县发展改革局"]),
    "dl-jsx": ("朵勒县经济商务和信息化局", "industry_it", ["朵勒县经商信局"]),
    "dl-dsj": ("朵勒县大数据服务中心", "big_data", ["朵勒县大数据服务中心"]),
    "dl-rsj": ("朵勒县人力资源和社会保障局", "human_resources", ["朵勒县人社局"]),
    "dl-jtj": ("朵勒县教育和体育局", "education", ["朵勒县教体局"]),
    "dl-nyj": ("朵勒县农业农村局", "agriculture", ["朵勒县农业农村局"]),
    # rCT: the printed 文旅局 is a 文化和旅游局; the county's 体育 is in its 教育和体育局 (教体局)
    "dl-wlj": ("朵勒县文化和旅游局", "culture_tourism", ["朵勒县文旅局"]),
    "dl-cyy": ("朵勒县产业园区管理委员会", "park_administration", ["朵勒县产业园区管委会"]),
    "dl-czj": ("朵勒县财政局", "finance", ["朵勒县财政局"]),
    "dl-xz": ("朵勒县各乡镇人民政府", "local_government", ["朵勒县各乡镇人民政府"]),
    "dl-gdj": ("国网朵勒县供电公司", "state_enterprise", ["国网朵勒县供电公司"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "溟港市 朵勒县东西部协作“人工智能+”共建行动方案（2026—2027年）"
DOC_NUMBER = "朵协办发〔2026〕2号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Minggang City – Duole County east–west cooperation “AI+” joint action plan 2026–2027 — synthetic",
    "issuer": "溟港市东西部协作工作领导小组办公室、朵勒县东西部协作工作领导小组办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-30",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为深入贯彻落实党中央、国务院关于深化东西部协作的决策部署，抢抓“东数西算”和“人工智能+”行动机遇，根据溟港市与朵勒县签订的《“十五五”东西部协作框架协议》，两地决定共建朵勒县东西部协作智算中心和数据标注基地，由溟港市援朵勒县工作队（以下简称援朵工作队）具体对接推进，推动溟港市数字产业资源与朵勒县绿色能源、劳动力资源优势互补，以“人工智能+”促进朵勒县产业振兴和群众就业增收，特制定本方案。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持“朵勒所需、溟港所能”，坚持政府引导、市场运作、优势互补、互利共赢，以共建智算中心和数据标注基地为突破口，推动算力、订单、人才、技术向朵勒县流动，把朵勒县打造成为西部地区东西部协作“人工智能+”示范县。2025年，朵勒县数字经济核心产业增加值为0.8亿元，数据标注从业人员约120人。"
PRINCIPLES = "坚持需求导向，从朵勒县产业基础、资源禀赋和群众就业需求出发谋划项目，不搞脱离实际的盲目建设；坚持市场运作，以企业为主体开展投资建设和运营，政府重在搭建平台、保障要素、优化服务；坚持联农带农，把带动脱贫群众就业增收作为检验协作成效的重要标准；坚持绿色安全，守牢生态保护红线和数据安全底线。"
G1_TEXT = "到2026年底，朵勒县东西部协作智算中心一期建成投用，算力规模达到200P；数据标注基地一期投入运营，朵勒县数据标注从业人员达到800人；溟港市企业向朵勒县投放数据标注订单金额达到5000万元。"
G1 = [
    T(
        "朵勒县东西部协作智算中心算力规模",
        "P",
        "eq",
        200,
        "算力规模达到200P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "朵勒县数据标注从业人员",
        "人",
        "eq",
        800,
        "朵勒县数据标注从业人员达到800人",
        kind="talent",
        deadline=2026,
    ),
    T(
        "溟港市企业向朵勒县投放数据标注订单金额",
        "万元",
        "eq",
        5000,
        "溟港市企业向朵勒县投放数据标注订单金额达到5000万元",
        aggregation="flow",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，朵勒县东西部协作智算中心算力规模达到500P，数据标注从业人员达到2000人，其中脱贫人口和防止返贫监测对象不少于600人，朵勒县数字经济核心产业增加值达到3亿元；溟港市累计引导25家数字企业到朵勒县投资或设立分支机构，溟港市企业两年累计向朵勒县投放数据标注订单2亿元，溟港市帮助朵勒县培训数字技能人才5000人次；两地共建“人工智能+”应用场景30个。"
G2 = [
    T(
        "朵勒县东西部协作智算中心算力规模",
        "P",
        "eq",
        500,
        "算力规模达到500P",
        kind="computing_power",
    ),
    T("朵勒县数据标注从业人员", "人", "eq", 2000, "数据标注从业人员达到2000人", kind="talent"),
    T(
        "朵勒县数据标注从业人员中脱贫人口和防止返贫监测对象",
        "人",
        "gte",
        600,
        "其中脱贫人口和防止返贫监测对象不少于600人",
        parent="PREV",
    ),
    T(
        "朵勒县数字经济核心产业增加值",
        "亿元",
        "eq",
        3,
        "朵勒县数字经济核心产业增加值达到3亿元",
        kind="related_industry_scale",
    ),
    T(
        "溟港市引导到朵勒县投资或设立分支机构的数字企业",
        "家",
        "eq",
        25,
        "溟港市累计引导25家数字企业到朵勒县投资或设立分支机构",
    ),
    T(
        "溟港市企业向朵勒县投放数据标注订单金额（两年累计）",
        "亿元",
        "eq",
        2,
        "溟港市企业两年累计向朵勒县投放数据标注订单2亿元",
        aggregation="flow",
    ),
    T(
        "溟港市帮助朵勒县培训数字技能人才",
        "人次",
        "eq",
        5000,
        "溟港市帮助朵勒县培训数字技能人才5000人次",
        kind="talent",
        aggregation="flow",
    ),
    T(
        "两地共建“人工智能+”应用场景",
        "个",
        "eq",
        30,
        "两地共建“人工智能+”应用场景30个",
        kind="application_scenarios",
    ),
]

# part: (numbering, title, items); item: (title, rest, annotation, lead, supporting, responsible, targets)
PARTS = [
    (
        "二、",
        "共建朵勒县东西部协作智算中心",
        [
            (
                "高标准规划建设智算中心",
                "在朵勒县产业园区规划建设东西部协作智算中心，采用“溟港企业投资建设、朵勒提供要素保障、两地共同招引用户”的模式，一期2026年建成，二期2027年建成，总投资12亿元，新建数据中心电能利用效率不高于1.2。智算中心按照绿色、集约、安全的要求建设，优先采用液冷等先进节能技术，同步建设运维服务中心和本地人才实训场所。",
                "（溟港市发展改革委、朵勒县发展改革局牵头，溟港市国资委、朵勒县产业园区管委会配合）",
                ["mg-fgw", "dl-fgj"],
                ["mg-gzw", "dl-cyy"],
                [],
                [],
            ),
            (
                "保障绿色电力供应",
                "利用朵勒县水电、光伏资源优势，为智算中心建设专用供电线路，推动智算中心绿电使用比例达到80%以上，落实大数据中心电价支持政策。支持智算中心参与绿电交易，探索源网荷储一体化运行。",
                "（朵勒县发展改革局、国网朵勒县供电公司按职责分工负责）",
                [],
                [],
                ["dl-fgj", "dl-gdj"],
                [T("智算中心绿电使用比例", "%", "gte", 80, "推动智算中心绿电使用比例达到80%以上")],
            ),
            (
                "引导东部算力需求西移",
                "组织溟港市互联网、人工智能企业将模型训练、数据存储等非实时算力需求向朵勒县智算中心转移，溟港市每年推动20家以上企业使用朵勒县算力，对使用朵勒县算力的溟港市企业按溟港市算力券政策给予支持。组织开展“东数西算”供需对接活动，推动溟港市企业与智算中心签订长期服务协议。",
                "（溟港市数据局牵头，溟港市工信局配合）",
                ["mg-sjj"],
                ["mg-gxj"],
                [],
                [
                    T(
                        "溟港市使用朵勒县算力的企业",
                        "家",
                        "gte",
                        20,
                        "溟港市每年推动20家以上企业使用朵勒县算力",
                        per_year=True,
                    )
                ],
            ),
            (
                "建设两地算力直连网络",
                "推动基础电信企业建设溟港至朵勒的算力专线，两地数据中心之间网络时延控制在20毫秒以内。推进智算中心接入国家算力网络，提升对外服务能力。",
                "（两地数据部门牵头，朵勒县经商信局配合）",
                ["mg-sjj", "dl-dsj"],
                ["dl-jsx"],
                [],
                [T("溟港至朵勒数据中心间网络时延", "毫秒", "lte", 20, "网络时延控制在20毫秒以内")],
            ),
        ],
    ),
    (
        "三、",
        "共建数据标注基地",
        [
            (
                "建设数据标注产业园",
                "在朵勒县产业园区建设数据标注产业园，2026年建成标准化标注工位1000个，2027年达到2500个，配套建设员工食堂、公寓等设施。园区运营由溟港市企业负责，朵勒县提供标准厂房租金减免等支持。",
                "（朵勒县产业园区管委会牵头，朵勒县经商信局配合）",
                ["dl-cyy"],
                ["dl-jsx"],
                [],
                [
                    T(
                        "数据标注产业园标准化标注工位",
                        "个",
                        "eq",
                        1000,
                        "2026年建成标准化标注工位1000个",
                        deadline=2026,
                    ),
                    T("数据标注产业园标准化标注工位", "个", "eq", 2500, "2027年达到2500个"),
                ],
            ),
            (
                "导入东部标注订单",
                "发挥溟港市人工智能企业集聚优势，建立数据标注订单“溟港接单、朵勒交付”机制，溟港市国有企业数据标注需求优先向朵勒县基地投放。建立订单质量和交付进度跟踪机制，对交付质量高的基地企业优先推荐订单，推动标注业务由简单标注向医疗、自动驾驶等专业标注升级。",
                "（溟港市工信局、朵勒县经商信局牵头，溟港市国资委配合）",
                ["mg-gxj", "dl-jsx"],
                ["mg-gzw"],
                [],
                [],  # 订单2亿元 / 5000万元: the goals' figures, not printed here
            ),
            (
                "招引标注服务企业",
                "两地联合招引数据标注头部企业在朵勒县设立交付中心，培育本地数据标注企业8家，其中年营业收入超过1000万元的企业3家。对落户朵勒县的标注企业，两地按各自政策给予支持。",
                "（溟港市商务局、朵勒县经商信局按职责分工负责）",
                [],
                [],
                ["mg-swj", "dl-jsx"],
                [
                    T("朵勒县本地数据标注企业", "家", "eq", 8, "培育本地数据标注企业8家"),
                    T(
                        "年营业收入超过1000万元的朵勒县本地数据标注企业",
                        "家",
                        "eq",
                        3,
                        "其中年营业收入超过1000万元的企业3家",
                        parent="PREV",
                    ),
                ],
            ),
            (
                "开发特色数据集",
                "围绕高原农牧、民族文化、生态保护等朵勒县特色领域，两地共同建设特色高质量数据集10个，支持溟港市企业基于数据集开发行业模型。探索特色数据集收益按贡献分配，收益优先用于村集体经济发展。",
                "（朵勒县大数据服务中心牵头，朵勒县农业农村局、文旅局配合）",
                ["dl-dsj"],
                ["dl-nyj", "dl-wlj"],
                [],
                [
                    T(
                        "两地共同建设特色高质量数据集",
                        "个",
                        "eq",
                        10,
                        "两地共同建设特色高质量数据集10个",
                    )
                ],
            ),
        ],
    ),
    (
        "四、",
        "协同培养数字人才",
        [
            (
                "开展数据标注技能培训",
                "溟港市组织企业和职业院校到朵勒县开展数据标注、人工智能训练师等技能培训，每年培训3000人次以上，培训合格后优先推荐到基地就业。建立培训、实训、就业一体化机制，推动培训学员与基地企业签订就业意向。",
                "（两地人社部门牵头，朵勒县各乡镇人民政府配合）",
                ["mg-rsj", "dl-rsj"],
                ["dl-xz"],
                [],
                [
                    T(
                        "数据标注、人工智能训练师等技能培训",
                        "人次",
                        "gte",
                        3000,
                        "每年培训3000人次以上",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "共建职业教育专业",
                "溟港市职业院校与朵勒县职业中学共建人工智能应用、数据标注等专业3个，每年招收朵勒县学生到溟港市就读200人。推动溟港市职业院校教师到朵勒县职业中学支教，共同开发适合朵勒县学生的课程和教材。",
                "（两地教育部门按职责分工负责）",
                [],
                [],
                ["mg-jyj", "dl-jtj"],
                [
                    T(
                        "两地共建人工智能应用、数据标注等专业",
                        "个",
                        "eq",
                        3,
                        "共建人工智能应用、数据标注等专业3个",
                    ),
                    T(
                        "每年招收朵勒县学生到溟港市就读",
                        "人",
                        "eq",
                        200,
                        "每年招收朵勒县学生到溟港市就读200人",
                        per_year=True,
                    ),
                ],
            ),
            (
                "组织脱贫劳动力就地就业",
                "把数据标注基地作为带动就业的重要载体，优先吸纳脱贫人口和防止返贫监测对象就业，对稳定就业6个月以上的给予一次性稳岗补贴。在基地设立就业服务站，为就业群众提供政策咨询、技能提升、权益保障等服务，探索“基地+乡镇卫星工场”模式，让群众在家门口就业。",
                "（朵勒县人社局、农业农村局，朵勒县各乡镇人民政府按职责分工负责）",
                [],
                [],
                ["dl-rsj", "dl-nyj", "dl-xz"],
                [],
            ),
        ],
    ),
    (
        "五、",
        "拓展“人工智能+”协作应用",
        [
            (
                "推进“人工智能+”教育医疗帮扶",
                "依托溟港市优质资源，为朵勒县中小学开设人工智能双师课堂30个，推动溟港市三甲医院与朵勒县人民医院共建人工智能辅助诊断远程平台。组织溟港市优秀教师和医生通过远程平台开展教研和会诊，提升朵勒县教育医疗服务水平。",
                "（溟港市教育局、朵勒县教体局牵头，援朵工作队配合）",
                ["mg-jyj", "dl-jtj"],
                ["mg-gzd"],
                [],
                [
                    T(
                        "朵勒县中小学人工智能双师课堂",
                        "个",
                        "eq",
                        30,
                        "为朵勒县中小学开设人工智能双师课堂30个",
                    )
                ],
            ),
            (
                "发展“人工智能+”特色产业",
                "运用人工智能技术提升朵勒县牦牛、青稞等特色农牧产品溯源、分级和电商营销水平，在溟港市建设朵勒县特色产品智能展销中心2个。支持溟港市电商平台企业运用直播带货、智能推荐等方式帮助销售朵勒县特色产品。",
                "（朵勒县农业农村局牵头，溟港市商务局配合）",
                ["dl-nyj"],
                ["mg-swj"],
                [],
                [
                    T(
                        "溟港市朵勒县特色产品智能展销中心",
                        "个",
                        "eq",
                        2,
                        "在溟港市建设朵勒县特色产品智能展销中心2个",
                    )
                ],
            ),
            (
                "推动科技成果落地",
                "溟港市科技局每年发布面向朵勒县的人工智能科技成果清单，支持两地企业和科研机构联合申报科技项目，两年实施东西部协作科技项目10项。推动溟港市科研机构在朵勒县设立工作站，开展技术指导和成果示范。",
                "（溟港市科技局牵头，援朵工作队、朵勒县经商信局配合）",
                ["mg-kjj"],
                ["mg-gzd", "dl-jsx"],
                [],
                [
                    T(
                        "东西部协作科技项目",
                        "项",
                        "eq",
                        10,
                        "两年实施东西部协作科技项目10项",
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
        "两地东西部协作工作领导小组将本方案纳入年度协作重点工作，每年召开联席会议一次。援朵工作队负责日常对接协调。",
        None,
        [],
        [],
    ),
    (
        "（二）",
        "加大资金支持",
        "溟港市每年安排东西部协作财政援助资金不少于1.5亿元，其中用于本方案项目的比例不低于30%；朵勒县统筹衔接推进乡村振兴补助资金予以配套。",
        "（溟港市协作办、朵勒县财政局按职责分工负责）",
        [],
        ["mg-xzb", "dl-czj"],
    ),
    (
        "（三）",
        "强化要素保障",
        "朵勒县优先保障智算中心和数据标注基地建设用地、用能和用工需求，落实西部大开发税收优惠政策。",
        None,
        [],
        [],
    ),
    (
        "（四）",
        "严格考核评估",
        "将本方案落实情况纳入两地东西部协作年度考核内容，对成效明显的单位和个人按规定予以表扬。",
        None,
        [],
        [],
    ),
]

NUMERALS = "一二三四五六七八九十"


def cn(n):
    return NUMERALS[n - 1] if n <= 10 else "十" + NUMERALS[n - 11]


def _build():
    paras = [
        ("center", TITLE),
        ("p", PREAMBLE),
        ("h", "一、总体要求"),
        ("p", GUIDE),
        ("p", PRINCIPLES),
        ("p", G1_TEXT),
        ("p", G2_TEXT),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    sections, n = [], 0
    for pno, ptitle, items in PARTS:
        paras.append(("h", f"{pno}{ptitle}"))
        tasks = []
        for title, rest, ann, lead, sup, resp, targets in items:
            n += 1
            no = f"（{cn(n)}）"
            for code in lead + sup + resp:
                assert code in A, code
            paras.append(("p", f"{no}{title}。{rest}{ann}"))
            tasks.append(Task(no, title, f"{title}。{rest}{ann}", lead, resp, sup))
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    paras.append(("h", "六、保障措施"))
    sg = []
    for no, title, text, ann, lead, resp in SAFEGUARDS:
        paras.append(("p", f"{no}{title}。{text}{ann or ''}"))
        sg.append(Task(no, title, f"{title}。{text}{ann or ''}", lead, resp))
    sections.append(Section("六", "六、", "保障措施", "safeguard", sg))
    paras += [
        ("right", "溟港市东西部协作工作领导小组办公室　　朵勒县东西部协作工作领导小组办公室"),
        ("right", "2026年3月30日"),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_通知公告_朵勒县人民政府</title>
<meta name="SiteName" content="朵勒县人民政府">
<meta name="ColumnName" content="东西部协作">
<meta name="ArticleTitle" content="{TITLE}">
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
<script>var _share = {{title: document.title, url: location.href}};</script>
</head>
<body>
<div class="top"><span>欢迎访问朵勒县人民政府网站</span><a href="/wza/">无障碍</a><a href="/ydb/">移动版</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zjdl/">走进朵勒</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/dxbxz/">东西部协作</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/dxbxz/">东西部协作</a> &gt; <a href="/dxbxz/zcwj/">政策文件</a></div>
<div class="xxgk">
<table>
<tr><td>索引号：</td><td>DL-2026-0318</td><td>发布机构：</td><td>朵勒县东西部协作工作领导小组办公室</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026-04-02</td></tr>
<tr><td>名称：</td><td colspan="3">{TITLE}</td></tr>
</table>
</div>
<h1 class="art-title">{TITLE}</h1>
<div class="art-info">发布时间：2026-04-02 10:30　来源：县东西部协作办　浏览次数：<span id="hits">316</span></div>
<div class="art-content" id="zoom">
{article}
</div>
<div class="share">分享到：<a href="#" class="wx">微信</a><a href="#" class="wb">微博</a>　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="relate"><h3>相关文章</h3><ul><li><a href="/dxbxz/gzdt/20260228.html">溟港市援朵勒县工作队召开2026年第一次工作例会</a></li><li><a href="/dxbxz/gzdt/20260115.html">溟港·朵勒东西部协作智算中心项目签约</a></li></ul></div>
<div class="footer">
<p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办单位：朵勒县人民政府办公室　承办单位：朵勒县大数据服务中心</p>
<p>网站标识码：5300000000　ICP备案号：ICP备00000000号-1</p>
</div>
</body>
</html>
"""


TEXT = _html()

# an alias is a form the page prints ("朵勒县农业农村局、文旅局" prints no "朵勒县文旅局")
AGENCIES = [
    Agency(code, name, [a for a in printed if a in TEXT], cat)
    for code, (name, cat, printed) in A.items()
]

EXTRACTION = {
    "zone": {
        "slug": "minggang-duole-cooperation",
        "name": "溟港市—朵勒县东西部协作",
        "name_en": "Minggang City – Duole County east–west cooperation",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 溟港市 朵勒县东西部协作“人工智能+”共建行动方案（2026—2027年） (溟港市东西部协作工作领导小组办公室、朵勒县东西部协作工作领导
#   小组办公室, 朵协办发〔2026〕2号, 2026-03-30)
# — SYNTHETIC (synthetic_ct): WRITTEN by the collector (helper blindCT, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_minggang.py as the county portal's page saved (.html, UTF-8).
# Zone minggang-duole-cooperation: the 东西部协作 pairing of an invented coastal city (溟港市) and the western county it is paired
#   with (朵勒县), whose two leading-group offices issue the plan → level city (the higher of the two).
# Outline: portal top bar, nav, 当前位置, 信息公开 table (索引号, 文号, 发布日期), h1 title, 发布时间 / 来源 / 浏览次数, the article: title,
#   preamble (援朵工作队 defined there "（以下简称援朵工作队）"), 一、总体要求 = a guiding paragraph ending on 2025 baselines (0.8亿元,
#   120人: no targets), a principles paragraph ("坚持…；坚持…": no tasks) and two dated goal paragraphs → goals "到2026年底" (3 targets, due 2026) and "到2027年" (8); parts 二、–五、
#   (top-level key_task sections) of tasks （一）–（十四） NUMBERED ON, each ONE paragraph "（N）标题。正文（annotation）"; 六、保障措施
#   （一）–（四） → safeguard tasks, one annotated; both offices' signatures on one line, date; share bar, 相关文章, footer (承办
#   朵勒县大数据服务中心: no role).
# Agencies: each place's body is its own agency, named with its place (溟港市工信局, 朵勒县经商信局). "两地X部门" stands for the
#   body X of EACH place: 两地数据部门 → 溟港市数据局 + 朵勒县大数据服务中心 (the county's data body), 两地人社部门 → 溟港市人社局 +
#   朵勒县人社局, 两地教育部门 → 溟港市教育局 + 朵勒县教体局 — roles of both, no agency of its own. Names after a place's name share
#   its prefix (朵勒县农业农村局、文旅局 → 朵勒县文化和旅游局, which then has no alias of its own). 援朵工作队 = 溟港市援朵勒县工作队
#   (the city's 援派 team working in the county; category other). 朵勒县各乡镇人民政府 one collective; 国网朵勒县供电公司 a state
#   enterprise. 保障措施 （一）'s "援朵工作队负责日常对接协调" assigns no role.
# Roles: "X、Y牵头，Z配合" → lead / supporting; "按职责分工负责" → responsible ("朵勒县人社局、农业农村局，朵勒县各乡镇人民政府按职责
#   分工负责" → three).
# Targets: each side's figure is its own target, the metric naming whose it is (朵勒县…从业人员, 溟港市企业向朵勒县投放…订单金额,
#   溟港市帮助朵勒县培训…); 两地共建 figures the pair's. 2026 and 2027 figures of the same thing (算力规模 200P / 500P, 从业人员 800 /
#   2000, 工位 1000 / 2500) each a target of its year; 其中…600人 → parent of 2000人, 其中…3家 → parent of 8家. A task's figure with no
#   year of its own → due 2027 (plan end); 每年… → per-year flow; 两年… / 两年累计 → flow due 2027. 5000万元 kept as printed (money). Not
#   targets: 总投资12亿元; 电能利用效率不高于1.2 (a condition); 稳定就业6个月以上 (a subsidy condition); 财政援助资金不少于1.5亿元 and
#   其中…比例不低于30% (a budget, in a safeguard); 每年召开联席会议一次.
"""
