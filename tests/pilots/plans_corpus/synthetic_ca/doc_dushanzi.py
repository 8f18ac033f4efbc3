# ruff: noqa: E501  (plan text as the office writes it)
"""独山子区“人工智能+”行动工作方案（2026—2027年） — INVENTED (synthetic_ca). The district portal's page as the browser saved
it, the article NOT in the body: an empty <div id="content"></div> and, in a script, `var articleData = {"title": …,
"content": "<p>…<\\/p>\\n…"}` (an escaped HTML string, \\u escapes for the quotation marks, \\n between paragraphs) that the
CMS's JavaScript writes into the div. Tasks （一）–（二十一） numbered on across parts 二、–四、, each closing on
"（责任单位：区X、区Y）"; 五、保障措施 （一）–（四） restarting."""

import json

from common import T, agencies, item
from synthetic_model import Goal, Section

SLUG = "dushanzi-ai-plus-work-plan-2026-synthetic"
TITLE = "独山子区“人工智能+”行动工作方案（2026—2027年）"
DOC_NUMBER = "独区政办发〔2026〕5号"

A = {
    "fgw": ("独山子区发展和改革委员会", "development_reform", ["区发展改革委"]),
    "gxj": ("独山子区工业和信息化局", "industry_it", ["区工信局"]),
    "sjj": ("独山子区数据局", "big_data", ["区数据局"]),
    "kjj": ("独山子区科学技术局", "science_technology", ["区科技局"]),
    "czj": ("独山子区财政局", "finance", ["区财政局"]),
    "jyj": ("独山子区教育局", "education", ["区教育局"]),
    "wjw": ("独山子区卫生健康委员会", "health", ["区卫健委"]),
    "rsj": ("独山子区人力资源和社会保障局", "human_resources", ["区人社局"]),
    "yjj": ("独山子区应急管理局", "emergency", ["区应急局"]),
    "sthj": ("独山子区生态环境分局", "ecology_environment", ["区生态环境分局"]),
    "zjj": ("独山子区住房和城乡建设局", "housing_construction", ["区住建局"]),
    "mzj": ("独山子区民政局", "civil_affairs", ["区民政局"]),
    "wlj": ("独山子区文化体育广电和旅游局", "culture_tourism", ["区文旅局"]),
    "scj": ("独山子区市场监督管理局", "market_regulation", ["区市场监管局"]),
    "gaj": ("独山子区公安分局", "public_security", ["区公安分局"]),
    "zwfw": ("独山子区政务服务中心", "government_services", ["区政务服务中心"]),
    "wxb": ("中共独山子区委网络安全和信息化委员会办公室", "publicity", ["区委网信办"]),
    "yq": ("独山子石化产业园区管理委员会", "park_administration", ["石化园区管委会"]),
    "jd": ("独山子区各街道办事处", "local_government", ["各街道办事处"]),
}

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Dushanzi District work plan for the “AI+” action 2026–2027 — synthetic",
    "issuer": "独山子区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

PARAS = []  # (style, text)
GOALS = []


def p(text, style="p"):
    PARAS.append((style, text))


p(DOC_NUMBER, "center")
p("各街道办事处，区直各部门，石化园区管委会：", "plain")
p(
    "经区人民政府同意，现将《独山子区“人工智能+”行动工作方案（2026—2027年）》印发给你们，请认真组织实施。"
)
p("独山子区人民政府办公室", "right")
p("2026年2月26日", "right")
p(TITLE, "center")
p(
    "为深入落实国家、自治区“人工智能+”行动部署，推动人工智能与石油化工、新材料等主导产业和城市治理深度融合，加快建设智能化石化产业强区，结合我区实际，制定本方案。"
)
p("一、总体目标", "h")
p(
    "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，立足我区石油化工产业基础雄厚、应用场景丰富的优势，坚持产业牵引、场景驱动、数据赋能、安全可控，以石化产业智能化为主攻方向，以城市治理和民生服务智能化为重要抓手，推动人工智能技术与实体经济深度融合，为建设现代化石化产业强区提供有力支撑。"
)
p(
    "坚持产业牵引。围绕石化主导产业需求部署人工智能应用，以应用带动技术和产业发展。坚持场景驱动。面向生产、安全、环保和城市治理开放应用场景，推动人工智能技术规模化落地。坚持安全可控。统筹发展与安全，强化数据安全和算法治理。"
)
p(
    "2025年，全区已建成工业互联网标识解析节点1个，上云企业达到126家，石化行业智能工厂2家，人工智能在石化生产、安全监管等领域的应用初见成效，但仍存在算力支撑不足、数据共享不充分、专业人才短缺等问题。"
)
G1 = "到2026年底，全区人工智能相关企业达到18家，建成智能工厂和数字化车间15个，重点工业企业关键工序数控化率达到75%，上线政务服务智能应用10项。"
G2 = "到2027年，全区人工智能核心产业规模突破12亿元，培育人工智能企业30家，其中规模以上企业8家；建成智能工厂和数字化车间30个以上，石化产业链重点企业数字化转型覆盖率达到100%，打造“人工智能+”标杆场景20个，城市运行事件智能发现率达到85%。"
p(G1)
p(G2)
GOALS.append(
    Goal(
        "到2026年底",
        G1,
        [
            T("人工智能相关企业", "家", "eq", 18, "全区人工智能相关企业达到18家", deadline=2026),
            T(
                "智能工厂和数字化车间",
                "个",
                "eq",
                15,
                "建成智能工厂和数字化车间15个",
                deadline=2026,
            ),
            T(
                "重点工业企业关键工序数控化率",
                "%",
                "eq",
                75,
                "重点工业企业关键工序数控化率达到75%",
                deadline=2026,
            ),
            T("政务服务智能应用", "项", "eq", 10, "上线政务服务智能应用10项", deadline=2026),
        ],
    )
)
GOALS.append(
    Goal(
        "到2027年",
        G2,
        [
            T("人工智能核心产业规模", "亿元", "gt", 12, "全区人工智能核心产业规模突破12亿元"),
            T("人工智能企业", "家", "eq", 30, "培育人工智能企业30家"),
            T("规模以上人工智能企业", "家", "eq", 8, "其中规模以上企业8家", parent="PREV"),
            T("智能工厂和数字化车间", "个", "gte", 30, "建成智能工厂和数字化车间30个以上"),
            T(
                "石化产业链重点企业数字化转型覆盖率",
                "%",
                "eq",
                100,
                "石化产业链重点企业数字化转型覆盖率达到100%",
            ),
            T("“人工智能+”标杆场景", "个", "eq", 20, "打造“人工智能+”标杆场景20个"),
            T("城市运行事件智能发现率", "%", "eq", 85, "城市运行事件智能发现率达到85%"),
        ],
    )
)

CN = [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
    "二十一",
    "二十二",
    "二十三",
    "二十四",
]

_count = [0]


EXTRA = {
    "培育人工智能企业": "完善企业梯度培育机制，对成长性好的企业实行“一企一策”精准服务。",
    "建设石化行业算力中心": "推动算力中心与区内重点企业数据中心互联互通，建立算力统筹调度和供需对接机制。",
    "推进智能化改造诊断": "诊断结果向企业免费反馈，形成“一企一策”改造方案，引导企业分步骤实施改造。",
    "发展智慧教育": "推动人工智能技术在课堂教学、作业批改、学情分析中的应用，减轻教师重复性工作负担。",
    "推进智慧社区建设": "推动社区服务事项线上办理，推广智能门禁、智能停车等应用，提升居民生活便利度。",
    "推进智慧文旅": "依托石油工业遗址和城市风貌资源，开发沉浸式、互动式数字文旅产品，丰富游客体验。",
    "加强人才培养": "支持企业与职业院校共建人工智能实训基地，推行订单式培养，拓宽技能人才成长通道。",
    "汇聚工业数据资源": "推动企业间数据安全可信流通，探索工业数据资产登记和价值评估，支持企业开展数据管理能力成熟度评估。",
    "推进公共数据授权运营": "建立公共数据运营收益分配和安全管理机制，鼓励企业基于公共数据开发面向园区和市民的数据产品。",
    "完善网络基础设施": "推进工业互联网标识解析应用，推动企业内网改造升级，提升园区网络承载能力和安全防护水平。",
    "推进石化生产智能化": "推动装置运行数据、设备状态数据和能耗数据集中管理，开展生产过程智能优化和能效智能管控，提升本质安全水平。",
    "培育行业大模型": "鼓励企业开放生产场景开展模型训练和验证，推动模型成果在区内同类企业复制推广。",
    "推动新材料研发智能化": "支持企业建设材料基因数据库，推动高端聚烯烃、特种橡胶等产品研发向数据驱动转变。",
    "推进安全生产智能监管": "推动特殊作业票证电子化和作业过程智能监控，实现风险隐患早发现、早预警、早处置。",
    "推进环境监测智能化": "推动企业自行监测数据与监管部门平台互联互通，提升环境执法精准化、智能化水平。",
    "发展智能物流": "推广智能装卸、无人叉车和智能调度系统，提升园区物流效率和安全管理水平。",
    "建设城市运行管理平台": "推动城市部件、事件智能识别和自动派单，实现城市运行问题及时发现、快速处置、闭环管理。",
    "推进政务服务智能化": "推动政务服务从“能办”向“好办、智办”转变，探索企业和群众办事“免申即享”“智能审批”。",
    "发展智慧医疗": "推进检查检验结果互认共享，推广智能预约、智能导诊和诊间支付，改善群众就医体验。",
    "发展智慧养老": "推动养老服务机构应用智能照护设备，建立老年人紧急救援智能响应机制。",
    "加强安全治理": "加强对生成式人工智能服务的监督管理，防范算法歧视、数据泄露等风险。",
}


def part(code, numbering, title, kind, rows, restart=False):
    p(f"{numbering}{title}", "h")
    tasks = []
    rows = [(r[0], r[1] + EXTRA.get(r[0], ""), *r[2:]) for r in rows]
    if restart:
        _count[0] = 0
    for row in rows:
        n = f"（{CN[_count[0]]}）"
        _count[0] += 1
        task, text = item(n, *row, goals=GOALS)
        tasks.append(task)
        p(f"{n}{text}")
    return Section(code, numbering, title, kind, tasks)


def R(*codes):
    return "（责任单位：" + "、".join(A[c][2][0] for c in codes) + "）"


S2 = part(
    "S2",
    "二、",
    "夯实智能发展基础",
    "key_task",
    [
        (
            "建设石化行业算力中心",
            "依托园区现有数据中心扩容建设石化行业算力中心，到2027年智能算力达到80P，2026年底前完成一期30P建设。对企业使用算力中心算力的，按合同金额的20%给予补助，单家企业年度补助不超过100万元。",
            R("gxj", "sjj", "yq"),
            (),
            ("gxj", "sjj", "yq"),
            (),
            [
                T("智能算力", "P", "eq", 80, "到2027年智能算力达到80P"),
                T("算力中心一期", "P", "eq", 30, "2026年底前完成一期30P建设", deadline=2026),
            ],
        ),
        (
            "汇聚工业数据资源",
            "推动石化、新材料企业生产数据分级分类管理，建设石化工艺、设备运维、安全环保三个主题数据库，接入企业设备数据点位5万个。",
            R("sjj", "gxj"),
            (),
            ("sjj", "gxj"),
            (),
            [
                T(
                    "石化主题数据库",
                    "个",
                    "eq",
                    3,
                    "建设石化工艺、设备运维、安全环保三个主题数据库",
                ),
                T("接入企业设备数据点位", "个", "eq", 50000, "接入企业设备数据点位5万个"),
            ],
        ),
        (
            "推进公共数据授权运营",
            "制定公共数据授权运营实施细则，开放交通、气象、环境监测等领域数据集，2026年开放数据集不少于40个。",
            R("sjj"),
            (),
            ("sjj",),
            (),
            [T("开放数据集", "个", "gte", 40, "2026年开放数据集不少于40个", deadline=2026)],
        ),
        (
            "完善网络基础设施",
            "推进5G网络在化工园区、重点企业厂区深度覆盖，建设5G行业虚拟专网3张。",
            R("gxj", "yq"),
            (),
            ("gxj", "yq"),
            (),
            [T("5G行业虚拟专网", "张", "eq", 3, "建设5G行业虚拟专网3张")],
        ),
    ],
)

S3 = part(
    "S3",
    "三、",
    "推动人工智能赋能产业",
    "key_task",
    [
        (
            "推进石化生产智能化",
            "推广先进过程控制、实时优化、智能巡检等技术，支持龙头企业建设炼化一体化智能工厂，打造智能工厂5家。",
            R("gxj", "yq"),
            (),
            ("gxj", "yq"),
            (),
            [T("智能工厂", "家", "eq", 5, "打造智能工厂5家")],
        ),
        (
            "培育行业大模型",
            "支持区内企业联合高校院所研发石化工艺优化、设备故障预测等行业模型，形成行业模型应用成果2项以上。",
            R("kjj", "gxj"),
            (),
            ("kjj", "gxj"),
            (),
            [T("行业模型应用成果", "项", "gte", 2, "形成行业模型应用成果2项以上")],
        ),
        (
            "推动新材料研发智能化",
            "推进材料研发数据平台建设，运用人工智能辅助配方设计和性能预测，缩短新产品研发周期。",
            R("kjj", "yq"),
            (),
            ("kjj", "yq"),
        ),
        (
            "培育人工智能企业",
            "到2027年培育人工智能企业30家，引导中小企业“上云用数赋智”，设立规模2亿元的人工智能产业引导基金。",
            R("fgw", "gxj", "czj"),
            (),
            ("fgw", "gxj", "czj"),
        ),
        (
            "推进智能化改造诊断",
            "组织专业服务机构为中小企业开展免费智能化改造诊断，每年诊断企业不少于25家。",
            R("gxj", "scj"),
            (),
            ("gxj", "scj"),
            (),
            [T("智能化改造诊断企业", "家", "gte", 25, "每年诊断企业不少于25家", per_year=True)],
        ),
        (
            "推进安全生产智能监管",
            "建设危险化学品企业安全风险智能化管控平台，重大危险源企业视频智能分析接入率达到100%。",
            R("yjj", "yq"),
            (),
            ("yjj", "yq"),
            (),
            [
                T(
                    "重大危险源企业视频智能分析接入率",
                    "%",
                    "eq",
                    100,
                    "重大危险源企业视频智能分析接入率达到100%",
                )
            ],
        ),
        (
            "推进环境监测智能化",
            "建设园区大气、水环境智能监测网络，新增空气质量微站60个，实现异常排放智能预警。",
            R("sthj", "yq"),
            (),
            ("sthj", "yq"),
            (),
            [T("空气质量微站", "个", "eq", 60, "新增空气质量微站60个", aggregation="flow")],
        ),
        (
            "发展智能物流",
            "推动园区危化品运输车辆智能调度和全程监控，建设智能仓储示范项目2个。",
            R("gxj", "yq"),
            (),
            ("gxj", "yq"),
            (),
            [T("智能仓储示范项目", "个", "eq", 2, "建设智能仓储示范项目2个")],
        ),
    ],
)

S4 = part(
    "S4",
    "四、",
    "拓展人工智能民生和治理应用",
    "key_task",
    [
        (
            "建设城市运行管理平台",
            "整合城管、住建、公安等部门视频资源，建设城市运行“一网统管”平台，接入视频点位3000路。",
            R("zjj", "gaj", "sjj"),
            (),
            ("zjj", "gaj", "sjj"),
            (),
            [T("城市运行“一网统管”平台接入视频点位", "路", "eq", 3000, "接入视频点位3000路")],
        ),
        (
            "推进政务服务智能化",
            "推广智能客服、智能预审等应用，政务服务事项网上可办率稳定在98%以上。",
            R("zwfw", "sjj"),
            (),
            ("zwfw", "sjj"),
            (),
            [T("政务服务事项网上可办率", "%", "gte", 98, "政务服务事项网上可办率稳定在98%以上")],
        ),
        (
            "发展智慧教育",
            "建设人工智能教育实验室，全区中小学人工智能课程开课率达到100%，每年组织学生人工智能竞赛活动2次。",
            R("jyj"),
            (),
            ("jyj",),
            (),
            [
                T(
                    "中小学人工智能课程开课率",
                    "%",
                    "eq",
                    100,
                    "全区中小学人工智能课程开课率达到100%",
                ),
                T(
                    "学生人工智能竞赛活动",
                    "次",
                    "eq",
                    2,
                    "每年组织学生人工智能竞赛活动2次",
                    per_year=True,
                ),
            ],
        ),
        (
            "发展智慧医疗",
            "推广智能影像辅助诊断和慢病智能管理，区人民医院建成智慧医院三级水平。",
            R("wjw"),
            (),
            ("wjw",),
        ),
        (
            "发展智慧养老",
            "建设居家养老智能服务平台，为特殊困难老年人家庭完成适老化智能改造200户。",
            R("mzj", "jd"),
            (),
            ("mzj", "jd"),
            (),
            [
                T(
                    "特殊困难老年人家庭适老化智能改造",
                    "户",
                    "eq",
                    200,
                    "为特殊困难老年人家庭完成适老化智能改造200户",
                    aggregation="flow",
                )
            ],
        ),
        (
            "推进智慧社区建设",
            "推动社区网格治理、便民服务智能化，建成智慧社区8个。",
            R("mzj", "jd"),
            (),
            ("mzj", "jd"),
            (),
            [T("智慧社区", "个", "eq", 8, "建成智慧社区8个")],
        ),
        (
            "推进智慧文旅",
            "推动景区、场馆智能导览和客流监测，打造石油工业文化智慧旅游线路2条。",
            R("wlj"),
            (),
            ("wlj",),
            (),
            [T("石油工业文化智慧旅游线路", "条", "eq", 2, "打造石油工业文化智慧旅游线路2条")],
        ),
        (
            "加强人才培养",
            "开展人工智能技能提升培训，两年累计培训产业工人2000人次。",
            R("rsj", "gxj"),
            (),
            ("rsj", "gxj"),
            (),
            [
                T(
                    "人工智能技能提升培训产业工人",
                    "人次",
                    "eq",
                    2000,
                    "两年累计培训产业工人2000人次",
                    aggregation="flow",
                )
            ],
        ),
        (
            "加强安全治理",
            "落实人工智能安全管理要求，开展数据安全和算法安全检查，健全网络安全应急处置机制。",
            R("wxb", "gaj"),
            (),
            ("wxb", "gaj"),
        ),
    ],
)

S5 = part(
    "S5",
    "五、",
    "保障措施",
    "safeguard",
    [
        (
            "加强统筹协调",
            "成立区“人工智能+”行动领导小组，领导小组办公室设在区工信局，负责日常工作。各成员单位要按照职责分工，细化工作举措，形成工作合力。",
        ),
        (
            "加大政策支持",
            "区财政每年安排专项资金不少于500万元，统筹支持算力、数据、场景等项目建设，引导金融机构开发面向人工智能企业的信贷产品。",
            R("czj"),
            (),
            ("czj",),
        ),
        (
            "强化项目推进",
            "建立“人工智能+”重点项目库，实行清单化管理、节点化推进。对重点项目实行定期调度，及时协调解决项目推进中的困难和问题，确保项目按期建成见效。",
        ),
        (
            "营造良好氛围",
            "加强政策宣传和典型案例推广，营造全社会支持人工智能发展的良好氛围。各责任单位要及时总结工作进展，每年12月底前将年度工作情况报区工信局。",
        ),
    ],
    restart=True,
)

SECTIONS = [S2, S3, S4, S5]

p("独山子区人民政府办公室　2026年2月26日印发", "right")


def _content():
    out = []
    for style, text in PARAS:
        if style == "center":
            out.append(f'<p style="text-align: center;"><strong>{text}</strong></p>')
        elif style == "right":
            out.append(f'<p style="text-align: right;">{text}</p>')
        elif style == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{text}</strong></p>')
        elif style == "plain":
            out.append(f"<p>{text}</p>")
        else:
            out.append(f'<p style="text-indent: 2em;">{text}</p>')
    return "\n".join(out)


def _script_json():
    data = {
        "id": 20260226051,
        "title": f"独山子区人民政府办公室关于印发《{TITLE}》的通知",
        "source": "独山子区人民政府办公室",
        "publishTime": "2026-02-27 11:20:05",
        "docNumber": DOC_NUMBER,
        "content": _content(),
        "attachments": [],
    }
    raw = json.dumps(data, ensure_ascii=False)
    raw = raw.replace("</", "<\\/")
    for ch in "“”—（）《》、":
        raw = raw.replace(ch, f"\\u{ord(ch):04x}")
    return raw


def _html():
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>独山子区人民政府</title>
<link rel="stylesheet" href="./独山子区人民政府_files/index.css">
<script src="./独山子区人民政府_files/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="logo">独山子区人民政府</div><div class="search"><input type="text" placeholder="搜索"></div></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/gzhd/">公众参与</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmwj/">区政府办文件</a></div>
<div class="article">
<h1 id="title"></h1>
<div class="meta">来源：<span id="source"></span>　发布时间：<span id="publishTime"></span>　<a href="javascript:window.print()">打印</a></div>
<div id="content"></div>
</div>
<script>var articleData = {_script_json()};</script>
<script>
$(function () {{
  $("#title").text(articleData.title);
  $("#source").text(articleData.source);
  $("#publishTime").text(articleData.publishTime);
  $("#content").html(articleData.content);
}});
</script>
<div class="footer"><p>主办：独山子区人民政府办公室</p><p>网站标识码：6502020001　新ICP备00000001号</p></div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "dushanzi-district",
        "name": "独山子区",
        "name_en": "Dushanzi District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": agencies(A),
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 独山子区“人工智能+”行动工作方案（2026—2027年） (独山子区人民政府办公室, 独区政办发〔2026〕5号, 2026-02-26)
# — SYNTHETIC (synthetic_ca): WRITTEN by the collector (helper blindCA, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_dushanzi.py as the portal page saved (.html, UTF-8).
# Zone dushanzi-district (新疆 独山子区; its city is never named) → district level; period 2026–2027.
# Form: the page's body holds an empty <div id="content"></div>; the article is the "content" string of `var articleData = {…}`
#   in a script (HTML escaped: <\\/p>, \\u201c …, \\n). The texts below are read from that string as a browser renders it.
# Outline: notice, title, preamble; 一、总体目标 = a 2025 baseline paragraph (no targets) and two dated goal paragraphs → goals
#   到2026年底 (4) and 到2027年 (7; 其中规模以上企业8家 → part of 培育人工智能企业30家). Parts 二、–四、 (key_task) of tasks
#   （一）–（二十一） NUMBERED ON across the parts, one paragraph each closing on （责任单位：区X、区Y） → responsible;
#   五、保障措施 （一）–（四） restarting (safeguards; （二） annotated; 领导小组办公室设在区工信局 assigns no role).
# Tasks: title = the phrase before the first 。; text = title + body + annotation, without the number.
# Targets: a task holding figures is also a goal titled like the task (text without annotation), numbered like it.
#   （十一）培育人工智能企业 restates the 2027 goal's 30家 → no second target, so no goal. Not targets: 2025 baselines, a 20%
#   subsidy and its 100万元 cap, a fund 规模2亿元 being set up, 500万元 annual budget (safeguard), 智慧医院三级水平 (a grade).
#   三个主题数据库 after 建设 → a target of 3. 5万个 → 50000. 两年累计 → due 2027, flow. Figures with no year → due 2027.
"""
