# ruff: noqa: E501  (plan text as the office writes it)
"""黑龙江省推动“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_t, SYNTHETIC_T.md): text and expected
extraction; built as a .docx and printed to PDF by LibreOffice."""

import shutil
import subprocess
import tempfile

from common import Task, agencies, number_targets, tgt, write_yaml

ZONE = {
    "slug": "heilongjiang-ai-plus-2026",
    "name": "黑龙江省",
    "name_en": "Heilongjiang Province",
    "level": "municipality",
}
PLAN = {
    "code": "heilongjiang-ai-plus-2026-synthetic",
    "title": "黑龙江省推动“人工智能+”行动实施方案（2026—2028年）",
    "title_en": 'Heilongjiang implementation plan for the "AI+" action (2026–2028) — synthetic',
    "issuer": "黑龙江省人民政府办公厅",
    "doc_number": "黑政办发〔2026〕9号",
    "issued_on": "2026-04-02",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2027, 2028],
}
P = "黑龙江省"
AGENCIES = [
    ("fgw", f"{P}发展和改革委员会", ["省发展改革委", "发展改革委"], "development_reform"),
    ("sjj", f"{P}数据局", ["省数据局"], "big_data"),
    ("txj", f"{P}通信管理局", ["省通信管理局"], "other"),
    ("czt", f"{P}财政厅", ["省财政厅"], "finance"),
    ("gxt", f"{P}工业和信息化厅", ["省工业和信息化厅"], "industry_it"),
    ("kjt", f"{P}科学技术厅", ["省科技厅", "科技厅"], "science_technology"),
    ("gzw", f"{P}人民政府国有资产监督管理委员会", ["省国资委"], "state_enterprise"),
    ("sdz", f"{P}各市（地）人民政府（行署）", ["各市（地）人民政府（行署）"], "local_government"),
    ("nyt", f"{P}农业农村厅", ["省农业农村厅"], "agriculture"),
    ("nkj", "北大荒农垦集团有限公司", ["北大荒集团"], "state_enterprise"),
    ("zwzx", f"{P}营商环境建设监督局", ["省营商环境局"], "government_services"),
    ("wjw", f"{P}卫生健康委员会", ["省卫生健康委"], "health"),
    ("ybj", f"{P}医疗保障局", ["省医保局"], "health"),
    ("jyt", f"{P}教育厅", ["省教育厅"], "education"),
    ("rst", f"{P}人力资源和社会保障厅", ["人力资源社会保障厅"], "human_resources"),
    ("zzb", "中共黑龙江省委组织部", ["省委组织部"], "party_organisation"),
    ("wlt", f"{P}文化和旅游厅", ["省文化和旅游厅"], "culture_tourism"),
    ("swt", f"{P}商务厅", ["省商务厅"], "commerce"),
]

NOTICE = [
    (
        "title",
        "黑龙江省人民政府办公厅关于印发黑龙江省推动“人工智能+”行动实施方案（2026—2028年）的通知",
    ),
    ("center", "黑政办发〔2026〕9号"),
    ("p0", "各市（地）人民政府（行署），省政府各直属单位："),
    (
        "p",
        "经省政府同意，现将《黑龙江省推动“人工智能+”行动实施方案（2026—2028年）》印发给你们，请结合实际认真贯彻落实。",
    ),
    ("right", "黑龙江省人民政府办公厅"),
    ("right", "2026年4月2日"),
    ("p", "（此件公开发布）"),
    ("break", ""),
    ("title", "黑龙江省推动“人工智能+”行动实施方案（2026—2028年）"),
    (
        "p",
        "为贯彻落实《国务院关于深入实施“人工智能+”行动的意见》（国发〔2025〕11号），推动人工智能与我省经济社会发展深度融合，以人工智能赋能传统产业改造升级、新兴产业培育壮大、未来产业谋篇布局，加快建设现代化产业体系，结合我省实际，制定本方案。",
    ),
    ("h1", "一、发展基础"),
    (
        "p",
        "近年来，我省人工智能产业发展势头良好。2025年全省人工智能核心产业规模达到1260亿元，同比增长18.2%；人工智能相关企业达到3100家，其中规上企业640家；建成省级以上人工智能创新平台46个，哈尔滨人工智能先导区获批建设，累计打造“人工智能+”应用场景420个，培育省级智能工厂和数字化车间260个，人工智能在农业生产、油气开采、冰雪旅游等领域的应用走在全国前列。同时，我省仍存在算力资源布局不够均衡、高质量数据供给不足、行业应用深度不够、高端人才短缺等问题，亟需以“人工智能+”行动为牵引加快突破。",
    ),
    ("h1", "二、总体要求"),
    ("h2", "（一）指导思想"),
    (
        "p",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，全面落实习近平总书记对黑龙江的重要讲话重要指示批示精神，立足我省农业、能源、装备制造、冰雪旅游等优势，坚持需求导向、场景驱动，坚持自主创新、开放合作，坚持发展和安全并重，统筹推进算力、数据、模型、场景、生态协同发展，为推动东北全面振兴取得新突破提供有力支撑。",
    ),
    ("h2", "（二）基本原则"),
    (
        "p",
        "坚持需求牵引、场景驱动。立足我省产业基础和民生需求，以重大场景开放带动技术迭代和产品落地，推动人工智能从“能用”向“好用”“常用”转变。",
    ),
    (
        "p",
        "坚持企业主体、政府引导。发挥市场在资源配置中的决定性作用，强化企业创新主体地位，更好发挥政府在规划引导、政策支持、环境营造等方面的作用。",
    ),
    (
        "p",
        "坚持统筹布局、协同推进。统筹算力、数据、模型、场景和人才等要素，推动省市县协同、部门联动，避免低水平重复建设。",
    ),
    (
        "p",
        "坚持安全可控、包容审慎。统筹发展和安全，健全人工智能安全治理体系，守住不发生系统性风险的底线。",
    ),
    ("h2", "（三）主要目标"),
    (
        "p",
        "到2028年，全省人工智能产业体系基本形成，“人工智能+”行动全面推进，人工智能成为驱动全省经济高质量发展的重要引擎。具体目标如下：",
    ),
]

GOAL_ITEMS = [
    (
        "算力支撑能力显著增强",
        "2025年全省智能算力规模已达2800PFlops。到2028年，全省智能算力规模突破8000PFlops，其中哈尔滨、大庆两个算力枢纽节点占比不低于70%，算力平均利用率达到65.5%以上。",
    ),
    (
        "产业规模实现跨越",
        "人工智能核心产业规模达到三千亿元，年均增长15%以上；培育百家人工智能领军企业，人工智能相关企业超过5000家，其中规上企业1200家左右。",
    ),
    (
        "融合应用走在前列",
        "打造省级“人工智能+”标杆场景300个、典型场景1500个，建成国家级人工智能创新应用先导区1—2个，在农业、能源、装备制造等领域形成行业大模型3至5个。",
    ),
    (
        "创新生态持续优化",
        "人工智能领域高价值发明专利达到1.2万件，人工智能专业人才规模达到8万人左右，人工智能产业投资基金规模不低于200亿元。",
    ),
]


def goal_targets():
    t = {}
    t[0] = [
        power := tgt(
            "智能算力规模",
            "PFlops",
            "gt",
            8000,
            2028,
            "全省智能算力规模突破8000PFlops",
            kind="computing_power",
            baseline=2800,
            baseline_year=2025,
        ),
        tgt(
            "哈尔滨、大庆算力枢纽节点智能算力占比",
            "%",
            "gte",
            70,
            2028,
            "其中哈尔滨、大庆两个算力枢纽节点占比不低于70%",
            parent=power,
        ),
        tgt("算力平均利用率", "%", "gte", 65.5, 2028, "算力平均利用率达到65.5%以上"),
    ]
    t[1] = [
        tgt(
            "人工智能核心产业规模",
            "亿元",
            "eq",
            3000,
            2028,
            "人工智能核心产业规模达到三千亿元",
            kind="ai_industry_scale",
        ),
        tgt(
            "人工智能核心产业规模年均增长率", "%", "gte", 15, 2028, "年均增长15%以上", per_year=True
        ),
        tgt(
            "人工智能领军企业",
            "家",
            "eq",
            100,
            2028,
            "培育百家人工智能领军企业",
            kind="ai_enterprises",
        ),
        firms := tgt(
            "人工智能相关企业",
            "家",
            "gt",
            5000,
            2028,
            "人工智能相关企业超过5000家",
            kind="ai_enterprises",
        ),
        tgt(
            "规上人工智能相关企业",
            "家",
            "approx",
            1200,
            2028,
            "其中规上企业1200家左右",
            kind="ai_enterprises",
            parent=firms,
        ),
    ]
    t[2] = [
        tgt(
            "省级“人工智能+”标杆场景",
            "个",
            "eq",
            300,
            2028,
            "打造省级“人工智能+”标杆场景300个",
            kind="application_scenarios",
        ),
        tgt(
            "省级“人工智能+”典型场景",
            "个",
            "eq",
            1500,
            2028,
            "典型场景1500个",
            kind="application_scenarios",
        ),
        tgt(
            "国家级人工智能创新应用先导区",
            "个",
            "range",
            1,
            2028,
            "建成国家级人工智能创新应用先导区1—2个",
            value_max=2,
        ),
        tgt("行业大模型", "个", "range", 3, 2028, "形成行业大模型3至5个", value_max=5),
    ]
    t[3] = [
        tgt(
            "人工智能领域高价值发明专利",
            "万件",
            "eq",
            1.2,
            2028,
            "人工智能领域高价值发明专利达到1.2万件",
            kind="patents_standards",
        ),
        tgt(
            "人工智能专业人才规模",
            "万人",
            "approx",
            8,
            2028,
            "人工智能专业人才规模达到8万人左右",
            kind="talent",
        ),
        tgt(
            "人工智能产业投资基金规模",
            "亿元",
            "gte",
            200,
            2028,
            "人工智能产业投资基金规模不低于200亿元",
        ),
    ]
    return t


TABLE_INTRO = "全省“人工智能+”行动主要指标见表1。"
TABLE_CAPTION = "表1  黑龙江省“人工智能+”行动主要指标"
TABLE_HEAD = ["序号", "指标名称", "单位", "2025年", "2028年", "指标属性"]
# (row, comparator of the 2028 cell, kind)
TABLE_ROWS = [
    (["1", "人工智能企业研发投入强度", "%", "3.1", "4.5", "预期性"], "eq", None),
    (["2", "省级以上人工智能创新平台", "个", "46", "80", "预期性"], "eq", "innovation_platforms"),
    (["3", "人工智能领域国家和行业标准", "项", "12", "30", "预期性"], "eq", "patents_standards"),
    (["4", "高质量行业数据集", "个", "35", "120", "预期性"], "eq", None),
    (["5", "公共数据开放数据集", "万个", "1.6", "3", "预期性"], "eq", None),
    (["6", "规上工业企业数字化研发设计工具普及率", "%", "76.2", "85", "预期性"], "eq", None),
    (["7", "智能制造示范工厂", "家", "18", "40", "预期性"], "eq", None),
    (["8", "农业生产信息化率", "%", "41.5", "50以上", "预期性"], "gte", None),
    (["9", "政务服务事项网上可办率", "%", "98", "≥99", "约束性"], "gte", None),
    (["10", "“人工智能+医疗”应用覆盖县（市、区）", "个", "20", "60", "预期性"], "eq", None),
    (["11", "智慧课堂覆盖中小学比例", "%", "45", "80", "预期性"], "eq", None),
    (
        ["12", "人工智能赋能典型应用案例", "个", "60", "200", "预期性"],
        "eq",
        "application_scenarios",
    ),
    (["13", "算力中心绿色电力使用比例", "%", "30", "不低于50", "约束性"], "gte", None),
    (["14", "人工智能安全事件处置率", "%", "—", "100", "约束性"], "eq", None),
]


def number(text):
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return float(digits) if "." in digits else int(digits)


CHAPTERS = [
    (
        "（一）",
        "夯实算力数据基础",
        [
            Task(
                "1.",
                "建设全省一体化算力网",
                "推进哈尔滨、大庆算力枢纽节点建设，统筹布局智算中心和边缘计算节点，建设全省算力调度服务平台。2025年全省已建成数据中心标准机架12万架。到2027年，新增智能算力3000PFlops，新建智算中心电能利用效率达到国内先进水平。（省发展改革委牵头，省数据局、省通信管理局按职责分工负责）",
                lead=["fgw"],
                responsible=["sjj", "txj"],
                targets=[
                    tgt(
                        "新增智能算力",
                        "PFlops",
                        "eq",
                        3000,
                        2027,
                        "到2027年，新增智能算力3000PFlops",
                        flow=True,
                        kind="computing_power",
                    )
                ],
            ),
            Task(
                "2.",
                "推动数据资源开发利用",
                "深化公共数据授权运营，建设农业、能源、装备制造、冰雪旅游等行业语料库，每年新增开放公共数据集2000个以上，推动数据产品进场交易。（省数据局牵头，省直有关部门按职责分工负责）",
                lead=["sjj"],
                targets=[
                    tgt(
                        "新增开放公共数据集",
                        "个",
                        "gte",
                        2000,
                        2028,
                        "每年新增开放公共数据集2000个以上",
                        per_year=True,
                    )
                ],
            ),
            Task(
                "3.",
                "降低算力使用成本",
                "省级财政每年安排资金2亿元，发放“算力券”，支持中小企业、高校和科研机构使用省内智能算力开展模型训练和推理。（省财政厅、省工业和信息化厅按职责分工负责）",
                responsible=["czt", "gxt"],
            ),
        ],
    ),
    (
        "（二）",
        "推进“人工智能+”产业发展",
        [
            Task(
                "1.",
                "壮大人工智能核心产业",
                "围绕智能芯片、智能传感器、智能机器人、行业大模型等领域，引进培育一批龙头企业，打造哈尔滨、大庆、齐齐哈尔人工智能产业集聚区，培育人工智能产业集群3个，其中千亿级集群1个。（省工业和信息化厅牵头，省发展改革委、科技厅按职责分工负责）",
                lead=["gxt"],
                responsible=["fgw", "kjt"],
                targets=[
                    clusters := tgt(
                        "人工智能产业集群", "个", "eq", 3, 2028, "培育人工智能产业集群3个"
                    ),
                    tgt(
                        "千亿级人工智能产业集群",
                        "个",
                        "eq",
                        1,
                        2028,
                        "其中千亿级集群1个",
                        parent=clusters,
                    ),
                ],
            ),
            Task(
                "2.",
                "推动“人工智能+先进制造”",
                "面向重型装备、石化、食品等重点产业，推广研发设计、生产管控、质量检测、供应链管理等智能应用。到2028年，重点行业规上工业企业智能化改造覆盖率达到80%，建成“灯塔工厂”2家。（省工业和信息化厅牵头，省国资委、各市（地）人民政府（行署）按职责分工负责）",
                lead=["gxt"],
                responsible=["gzw", "sdz"],
                targets=[
                    tgt(
                        "重点行业规上工业企业智能化改造覆盖率",
                        "%",
                        "eq",
                        80,
                        2028,
                        "重点行业规上工业企业智能化改造覆盖率达到80%",
                    ),
                    tgt("“灯塔工厂”", "家", "eq", 2, 2028, "建成“灯塔工厂”2家"),
                ],
            ),
            Task(
                "3.",
                "推动“人工智能+现代农业”",
                "推广农情遥感监测、病虫害智能识别、智能农机作业等应用，建设智慧农场（牧场）500个，农机北斗终端应用超过10万台，打造全国智慧农业示范省。（省农业农村厅牵头，北大荒集团、省科技厅按职责分工负责）",
                lead=["nyt"],
                responsible=["nkj", "kjt"],
                targets=[
                    tgt("智慧农场（牧场）", "个", "eq", 500, 2028, "建设智慧农场（牧场）500个"),
                    tgt("农机北斗终端应用", "万台", "gt", 10, 2028, "农机北斗终端应用超过10万台"),
                ],
            ),
            Task(
                "4.",
                "推动“人工智能+能源”",
                "支持大庆油田、电网企业建设油气勘探开发、智能电网调度等行业模型，推广智能巡检、智能预测性维护等应用，到2027年建成智能油气田示范区3个、智能变电站120座，新能源功率预测准确率提升至92.5%。（省发展改革委牵头，省工业和信息化厅、省国资委按职责分工负责）",
                lead=["fgw"],
                responsible=["gxt", "gzw"],
                targets=[
                    tgt("智能油气田示范区", "个", "eq", 3, 2027, "到2027年建成智能油气田示范区3个"),
                    tgt("智能变电站", "座", "eq", 120, 2027, "智能变电站120座"),
                    tgt(
                        "新能源功率预测准确率",
                        "%",
                        "eq",
                        92.5,
                        2027,
                        "新能源功率预测准确率提升至92.5%",
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "拓展“人工智能+”社会应用",
        [
            Task(
                "1.",
                "推进“人工智能+政务服务”",
                "依托“黑龙江全省事”平台部署政务大模型，推广智能客服、智能审批、智能监管等应用，推动政务服务由“网上办”向“智能办”升级。（省营商环境局、省数据局按职责分工负责）",
                responsible=["zwzx", "sjj"],
            ),
            Task(
                "2.",
                "推进“人工智能+医疗健康”",
                "推广智能辅助诊断、智能影像、智能病历质控等应用，三级医院智慧医院达到4级以上的比例不低于60%，推动优质医疗资源向县域下沉。（省卫生健康委牵头，省医保局配合）",
                lead=["wjw"],
                supporting=["ybj"],
                targets=[
                    tgt(
                        "三级医院智慧医院达到4级以上的比例",
                        "%",
                        "gte",
                        60,
                        2028,
                        "三级医院智慧医院达到4级以上的比例不低于60%",
                    )
                ],
            ),
            Task(
                "3.",
                "推进“人工智能+教育”",
                "实施人工智能通识教育普及行动，建设人工智能教育实验区，开展教师人工智能素养培训5万人次，推动人工智能赋能教学、评价和管理全过程。（省教育厅、人力资源社会保障厅、科技厅按职责分工负责）",
                responsible=["jyt", "rst", "kjt"],
                targets=[
                    tgt(
                        "教师人工智能素养培训",
                        "万人次",
                        "eq",
                        5,
                        2028,
                        "开展教师人工智能素养培训5万人次",
                        flow=True,
                    )
                ],
            ),
            Task(
                "4.",
                "推进“人工智能+冰雪文旅”",
                "围绕哈尔滨冰雪大世界、亚布力、五大连池等重点景区，推广智能导览、客流智能调度、数字人讲解等应用，打造“人工智能+冰雪文旅”示范景区20个，推动冰雪旅游从季节性消费向全季消费延伸。（省文化和旅游厅牵头，各市（地）人民政府（行署）按职责分工负责）",
                lead=["wlt"],
                responsible=["sdz"],
                targets=[
                    tgt(
                        "“人工智能+冰雪文旅”示范景区",
                        "个",
                        "eq",
                        20,
                        2028,
                        "打造“人工智能+冰雪文旅”示范景区20个",
                        kind="application_scenarios",
                    )
                ],
            ),
        ],
    ),
    (
        "（四）",
        "强化创新和人才支撑",
        [
            Task(
                "1.",
                "开展关键技术攻关",
                "聚焦寒地智能感知、多模态大模型、智能控制等方向，省级科技计划每年安排人工智能专项资金不少于1.5亿元，每年组织实施人工智能关键核心技术攻关项目30项左右。（省科技厅牵头，省财政厅配合）",
                lead=["kjt"],
                supporting=["czt"],
                targets=[
                    tgt(
                        "人工智能关键核心技术攻关项目",
                        "项",
                        "approx",
                        30,
                        2028,
                        "每年组织实施人工智能关键核心技术攻关项目30项左右",
                        per_year=True,
                        kind="research_results",
                    )
                ],
            ),
            Task(
                "2.",
                "引育高端人才",
                "将人工智能领军人才纳入省“头雁”行动支持范围，支持高校增设人工智能相关专业，建设人工智能现代产业学院10个，每年培养人工智能相关专业毕业生1万人以上。（省委组织部、省人力资源社会保障厅、省教育厅按职责分工负责）",
                responsible=["zzb", "rst", "jyt"],
                targets=[
                    tgt(
                        "人工智能现代产业学院", "个", "eq", 10, 2028, "建设人工智能现代产业学院10个"
                    ),
                    tgt(
                        "人工智能相关专业毕业生",
                        "万人",
                        "gte",
                        1,
                        2028,
                        "每年培养人工智能相关专业毕业生1万人以上",
                        per_year=True,
                        kind="talent",
                    ),
                ],
            ),
            Task(
                "3.",
                "深化开放合作",
                "深化与京津冀、长三角、粤港澳大湾区在算力调度、模型研发、场景开放等方面的合作，推动对俄科技合作，每年举办人工智能产业对接活动不少于10场，吸引国内外人工智能企业在我省设立区域总部和研发中心。（省商务厅牵头，省科技厅、省工业和信息化厅按职责分工负责）",
                lead=["swt"],
                responsible=["kjt", "gxt"],
                targets=[
                    tgt(
                        "人工智能产业对接活动",
                        "场",
                        "gte",
                        10,
                        2028,
                        "每年举办人工智能产业对接活动不少于10场",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
]
SAFEGUARDS = [
    Task(
        "（一）",
        "加强组织领导",
        "在省数字经济发展领导小组框架下建立“人工智能+”行动推进机制，统筹解决重大问题，省发展改革委要会同有关部门建立重点任务、重大项目、标杆场景“三张清单”，实行清单化管理、项目化推进；各市（地）要结合实际制定具体措施，明确时间表、路线图，确保各项任务落地见效。",
    ),
    Task(
        "（二）",
        "加大政策支持",
        "省级财政统筹安排资金10亿元支持“人工智能+”行动重大项目、标杆场景和创新平台建设，发挥省级产业投资基金引导作用，鼓励金融机构开发“算力贷”“模型贷”等产品。",
    ),
    Task(
        "（三）",
        "优化要素保障",
        "对纳入省重点项目的智算中心、数据中心在用地、用能、用水等方面给予保障，支持利用绿电直供降低算力用电成本，将人工智能人才纳入省重点人才引进目录。",
    ),
    Task(
        "（四）",
        "强化安全保障",
        "健全人工智能安全风险监测预警和应急处置机制，加强数据安全、算法安全和伦理审查，落实生成式人工智能服务备案要求，支持建设人工智能安全测评和认证服务平台，提升重点行业人工智能应用安全防护能力。",
    ),
    Task(
        "（五）",
        "加强评估督导",
        "建立主要指标统计监测制度，每年对实施情况进行评估，评估结果纳入有关考核，适时调整完善政策措施。加强典型经验总结推广，通过多种形式宣传“人工智能+”行动成效，营造全社会共同参与的良好氛围。",
    ),
]


def paragraphs_of(mf, document):
    mf.blocks(document, NOTICE)
    for label, text in GOAL_ITEMS:
        mf.para(document, f"——{label}。{text}")
    mf.para(document, TABLE_INTRO)
    mf.para(document, TABLE_CAPTION, "h1", "center")
    w = [mf.Cm(1.2), mf.Cm(6.4), mf.Cm(1.6), mf.Cm(2.0), mf.Cm(2.0), mf.Cm(2.2)]
    mf.grid_table(
        document, TABLE_HEAD, [row for row, _, _ in TABLE_ROWS], w, repeat_header=True, size=12
    )
    mf.para(document, "三、重点任务", "h1")
    for numbering, title, tasks in CHAPTERS:
        mf.para(document, f"{numbering}{title}", "h2")
        for task in tasks:
            for line in task.paragraphs():
                mf.para(document, line)
    mf.para(document, "四、保障措施", "h1")
    for task in SAFEGUARDS:
        for line in task.paragraphs():
            mf.para(document, line)


def extraction(source_file):
    per_item = goal_targets()
    goals = [
        {"title": label, "text": f"{label}。{text}", "targets": per_item[i]}
        for i, (label, text) in enumerate(GOAL_ITEMS)
    ]
    table = []
    for (_no, metric, unit, base, y28, _), comparator, kind in TABLE_ROWS:
        extra = {} if base == "—" else {"baseline": number(base), "baseline_year": 2025}
        table.append(tgt(metric, unit, comparator, number(y28), 2028, metric, kind=kind, **extra))
    goals.append({"title": TABLE_CAPTION.split("  ")[1], "targets": table})
    sections = []
    for numbering, title, tasks in CHAPTERS:
        code = f"三.{numbering.strip('（）').join('()')}"
        sections.append(
            {
                "code": code,
                "numbering": numbering,
                "title": title,
                "kind": "key_task",
                "tasks": [t.fixture(f"{code}.{t.numbering.rstrip('.')}") for t in tasks],
            }
        )
        goals.extend(
            {"numbering": t.numbering, "title": t.title, "text": t.text(), "targets": t.targets}
            for t in tasks
            if t.targets
        )
    key = {
        "code": "三",
        "numbering": "三、",
        "title": "重点任务",
        "kind": "key_task",
        "sections": sections,
    }
    safe = {
        "code": "四",
        "numbering": "四、",
        "title": "保障措施",
        "kind": "safeguard",
        "tasks": [t.fixture(f"四.{i}") for i, t in enumerate(SAFEGUARDS, 1)],
    }
    return {
        "format": 1,
        "zone": ZONE,
        "plan": dict(PLAN, source_file=source_file),
        "agencies": agencies(AGENCIES),
        "goals": number_targets(goals),
        "sections": [key, safe],
    }


HEADER = """# 黑龙江省推动“人工智能+”行动实施方案（2026—2028年） (黑龙江省人民政府办公厅, 黑政办发〔2026〕9号, 2026-04-02) — SYNTHETIC (synthetic_t):
# INVENTED by the collector (helper bT, 2026-12-03); not copied from any page, no such document is claimed to exist.
# Built by make_files.py: a python-docx .docx printed to PDF by LibreOffice (soffice --headless --convert-to pdf); its indicator
#   table (表1, 14 rows) crosses a page break under its repeated header row. Province → level municipality; slug
#   heilongjiang-ai-plus-2026 (the corpus's heilongjiang-province belongs to another plan).
# Outline: 一、发展基础 / 二、总体要求 （一）指导思想 （二）基本原则 (four "坚持…。" paragraphs: no tasks) （三）主要目标 / 三、重点任务 / 四、保障措施.
# Goals: under （三）主要目标 a lead sentence "到2028年，…" without figures, then four "——X。…" items, each a goal titled by its label, deadline 2028.
#   "2025年全省智能算力规模已达2800PFlops" is a BASELINE of the 8000PFlops target, not a target. 三千亿元 → 3000 亿元; 百家 → 100 家;
#   年均增长15%以上 → a per-year rate (gte 15 %, flow); 1—2个 and 3至5个 → range; 左右 approx; 不低于 gte; 超过/突破 gt; 65.5%以上 gte;
#   "其中…" figures → parent. 1.2万件 → 12000 件, 8万人 → 80000 人 (corrected after measurement 1: the blind extraction kept "万件"/
#   "万人" as units, against every other extraction of the corpus, which multiplies 万 out).
# Table 1 (序号|指标名称|单位|2025年|2028年|指标属性) → one goal titled by its caption, one target a row (deadline 2028), 2025 as baseline
#   ("—" → none); "50以上", "≥99", "不低于50" → gte; the metric cell is the source phrase.
# Tasks: 三、(一)–(四) items "1.标题。正文（annotation）". "X牵头，Y、Z按职责分工负责" → X lead, Y Z responsible; "X、Y按职责分工负责" →
#   responsible; "X牵头，Y配合" → lead / supporting; "省直有关部门" generic (no agency); shared prefix "省教育厅、人力资源社会保障厅、
#   科技厅" → three 黑龙江省 bodies; "各市（地）人民政府（行署）" one collective agency. Tasks holding figures are goals titled like the task.
# NOT targets: 一、发展基础's 2025 figures (1260亿元, 18.2%, 3100家, 640家, 46个: achievements), 数据中心标准机架12万架 ("2025年已建成…": a baseline), 每年安排资金2亿元 (budget), 专项资金不少于1.5亿元 (budget),
#   安排资金10亿元 (budget). Safeguards （一）–（五） run-in, not annotated.
"""


def build(here, mf):
    path = here / "heilongjiang-ai-plus-2026-synthetic.pdf"
    document = mf.Document()
    mf.page_setup(document)
    paragraphs_of(mf, document)
    with tempfile.TemporaryDirectory() as tmp:
        docx = f"{tmp}/{path.stem}.docx"
        document.save(docx)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
            check=True,
            capture_output=True,
        )
        shutil.copy(f"{tmp}/{path.stem}.pdf", path)
    write_yaml(path.with_suffix(".yaml"), HEADER, extraction(path.name))
