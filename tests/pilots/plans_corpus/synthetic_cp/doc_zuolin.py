# ruff: noqa: E501  (plan text as the office writes it)
"""柞林区2026年推进“人工智能+”行动重点工作督办台账 — INVENTED (synthetic_cp). An Excel workbook (.xlsx, openpyxl) of ONE sheet
as a district's 督查室 keeps it: a merged title row and a 填报单位 / 更新时间 row; a header row 序号 | 重点工作 | 具体内容 | 考核指标 |
目标值 | 单位 | 牵头单位 | 配合单位 | 完成时限 | 调整前牵头单位 (HIDDEN column) | 计划投资（万元） | 完成情况（截至3月31日）; frozen panes
under the header and right of 重点工作; group rows "一、…（N项）" merged across the sheet; 目标值 as numbers with thousands separators
(#,##0) and some with a "≥" in their number format ('"≥"#,##0'); 完成时限 date cells formatted yyyy"年"m"月"d"日" or the text
"全年"; one task row HIDDEN (a task moved to 2027, its 序号 8 skipped in what shows); a 合计 row whose 计划投资 is a SUM formula
(its cached value written as Excel saves it — the hidden row's investment included, as Excel's SUM counts hidden rows); two
说明 lines."""

from datetime import datetime

from openpyxl.styles import Alignment, Font
from synthetic_model import Agency, Goal, Section, Target, Task
from xlsx_book import landscape_fit, merge, new_workbook, put, title_row, widths

SLUG = "zuolin-ai-plus-supervision-ledger-2026-synthetic"
KIND = "xlsx"
TITLE = "柞林区2026年推进“人工智能+”行动重点工作督办台账"

A = {
    "fgj": ("柞林区发展和改革局", "development_reform", ["区发改局"]),
    "gxkj": ("柞林区工业信息科技局", "industry_it", ["区工信科技局"]),
    "ysj": ("柞林区营商环境建设监督局", "government_services", ["区营商局"]),
    "czj": ("柞林区财政局", "finance", ["区财政局"]),
    "jyj": ("柞林区教育局", "education", ["区教育局"]),
    "rsj": ("柞林区人力资源和社会保障局", "human_resources", ["区人社局"]),
    "wjj": ("柞林区卫生健康局", "health", ["区卫健局"]),
    "ybj": ("柞林区医疗保障局", "health", ["区医保局"]),
    "mzj": ("柞林区民政局", "civil_affairs", ["区民政局"]),
    "nyj": ("柞林区农业农村局", "agriculture", ["区农业农村局"]),
    "zjj": ("柞林区住房和城乡建设局", "housing_construction", ["区住建局"]),
    "yjj": ("柞林区应急管理局", "emergency", ["区应急局"]),
    "gafj": ("柞林公安分局", "public_security", ["柞林公安分局"]),
    "swj": ("柞林区商务局", "commerce", ["区商务局"]),
    "wtlj": ("柞林区文化广电体育和旅游局", "culture_tourism", ["区文体广旅局"]),
    "scj": ("柞林区市场监督管理局", "market_regulation", ["区市场监管局"]),
    "lcj": ("柞林区林业和草原局", "natural_resources", ["区林草局"]),
    "jkq": ("柞林经济开发区管理委员会", "park_administration", ["柞林经开区管委会"]),
    "zj": ("柞林区各镇人民政府、街道办事处", "local_government", ["各镇（街道）"]),
    "zzb": ("中共柞林区委组织部", "party_organisation", ["区委组织部"]),
    "wxb": ("中共柞林区委网络安全和信息化委员会办公室", "publicity", ["区委网信办"]),
    "ctjt": ("柞林区城市建设投资集团有限公司", "state_enterprise", ["区城投集团"]),
    "zfb": ("柞林区人民政府办公室", "government", ["区政府办"]),
    "xcb": ("中共柞林区委宣传部", "publicity", ["区委宣传部"]),
}
NAME = {printed: code for code, (_, _, forms) in A.items() for printed in forms}
GENERIC = {"区直各部门"}
GE = '"≥"#,##0'


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def codes(cell: str) -> list[str]:
    names = [n for n in cell.split("、") if n]
    assert all(n in NAME or n in GENERIC for n in names), names
    return [NAME[n] for n in names if n in NAME]


# group: (numbering, title, rows); row: dict —
#  no 序号, title 重点工作, body 具体内容, metric 考核指标, value 目标值 (number) and fmt its number format, unit 单位,
#  lead / sup the cells, due (y, m, d) or "全年", old 调整前牵头单位 (hidden column), invest 计划投资 or None, status 完成情况,
#  cell_target: how the 考核指标 / 目标值 / 单位 cells read as a target (comparator, kind, aggregation) or None when a prose
#  figure states it first; prose: targets in 具体内容; hidden: the row is hidden.
def R(
    no,
    title,
    body,
    metric,
    value,
    unit,
    lead,
    sup,
    due,
    old,
    invest,
    status,
    *,
    fmt="#,##0",
    cell=None,
    prose=(),
    hidden=False,
):
    return dict(
        no=no,
        title=title,
        body=body,
        metric=metric,
        value=value,
        unit=unit,
        lead=lead,
        sup=sup,
        due=due,
        old=old,
        invest=invest,
        status=status,
        fmt=fmt,
        cell=cell,
        prose=list(prose),
        hidden=hidden,
    )


GROUPS = [
    (
        "一、",
        "夯实算力和数据基础",
        [
            R(
                1,
                "建设区级智算中心",
                "依托柞林经开区数据中心园区，建设区级智算中心一期，采用液冷和自然冷却技术，打造寒地绿色算力服务点，为区内企业提供模型训练和推理服务。",
                "新增智能算力",
                200,
                "P",
                "区工信科技局",
                "柞林经开区管委会、区发改局",
                (2026, 12, 31),
                "区经信局",
                18000,
                "主体工程已完工，机房装修完成约70%；GPU服务器采购已挂网招标，预计6月底前完成设备安装调试，9月底前试运行。已完成投资3,200万元。",
                cell=("eq", "computing_power", "flow"),
            ),
            R(
                2,
                "推进5G-A和千兆光网建设",
                "推动5G-A网络向经开区、重点商圈和旅游景区延伸，加快老旧小区光纤改造，重点园区千兆光网覆盖率达到100%。",
                "新建5G-A基站",
                150,
                "个",
                "区工信科技局",
                "各镇（街道）",
                (2026, 10, 31),
                "区经信局",
                4500,
                "已建成开通5G-A基站42个，经开区主干道实现连续覆盖；老旧小区光纤改造已完成摸底，涉及小区23个。",
                cell=("eq", None, "flow"),
                prose=[
                    T("重点园区千兆光网覆盖率", "%", "eq", 100, "重点园区千兆光网覆盖率达到100%")
                ],
            ),
            R(
                3,
                "建设公共数据平台",
                "完善区级公共数据共享交换平台，编制公共数据资源目录，推动人口、法人、空间地理等基础数据汇聚治理，实现与市级平台双向对接。",
                "汇聚公共数据",
                5000000,
                "条",
                "区营商局",
                "区直各部门",
                (2026, 9, 30),
                "区政务服务中心",
                800,
                "已完成目录编制，梳理数据资源目录312项；平台升级项目已完成立项，已汇聚数据126万条，与市级平台对接方案正在联调。",
                fmt=GE,
                cell=("gte", None, "stock"),
            ),
            R(
                4,
                "建设林业资源数据集",
                "汇聚森林资源清查、林火监测、病虫害防治等数据，建设林业高质量数据集，支持林业大模型训练和应用。",
                "林业高质量数据集",
                3,
                "个",
                "区林草局",
                "区营商局",
                (2026, 11, 30),
                "区林业局",
                600,
                "推进中，已与省林业科学研究院对接数据标注和质量评估工作，森林资源清查数据已完成清洗。",
                cell=("eq", None, "stock"),
            ),
            R(
                5,
                "推进政务大模型部署应用",
                "依托市级政务大模型部署“柞林政务助手”，在政策咨询、公文辅助、12345热线等场景推广应用，12345热线智能辅助应答率达到50%。",
                "上线政务智能应用场景",
                10,
                "个",
                "区营商局",
                "区政府办",
                (2026, 12, 31),
                "区政务服务中心",
                350,
                "已上线政策咨询、公文辅助2个场景，累计服务1.3万次；12345热线智能辅助模块正在测试。",
                cell=("eq", "application_scenarios", "stock"),
                prose=[
                    T("12345热线智能辅助应答率", "%", "eq", 50, "12345热线智能辅助应答率达到50%")
                ],
            ),
        ],
    ),
    (
        "二、",
        "推动产业智能化",
        [
            R(
                6,
                "实施制造业智能化改造",
                "围绕林木加工、绿色食品、装备制造等产业实施智能化改造，推广机器视觉质检、设备预测性维护等应用，培育区级智能工厂5家。",
                "实施智能化改造项目",
                30,
                "个",
                "区工信科技局",
                "柞林经开区管委会",
                "全年",
                "区经信局",
                26000,
                "已入库改造项目18个，开工9个；组织服务商对21家企业开展免费诊断，区级智能工厂申报工作已启动。",
                cell=("eq", None, "flow"),
                prose=[T("区级智能工厂", "家", "eq", 5, "培育区级智能工厂5家")],
            ),
            R(
                7,
                "发展“人工智能+”绿色食品",
                "支持蓝莓、黑木耳、坚果等特色食品企业建设智能分选、智能仓储和质量追溯系统，打造绿色食品智能化示范企业。",
                "绿色食品智能化示范企业",
                8,
                "家",
                "区农业农村局",
                "区工信科技局、区商务局",
                (2026, 11, 30),
                "区农业局",
                3600,
                "已确定示范企业名单，3家企业智能分选线已开工建设，其余企业正在编制实施方案。",
                cell=("eq", None, "stock"),
            ),
            R(
                8,
                "建设工业互联网标识解析二级节点",
                "建设木制品行业工业互联网标识解析二级节点，推动标识在木材加工企业规模化应用。",
                "标识注册量",
                50000,
                "条",
                "区工信科技局",
                "柞林经开区管委会",
                (2026, 12, 31),
                "区科技局",
                1200,
                "经区政府同意，本项调整至2027年实施。",
                cell=("eq", None, "stock"),
                hidden=True,
            ),
            R(
                9,
                "推进智慧林业和森林防火",
                "建设“天空地”一体化森林防火智能监测系统，布设智能视频监测点位，实现火情自动识别、自动报警，火情识别准确率达到95%以上。",
                "布设智能视频监测点",
                120,
                "个",
                "区林草局",
                "区应急局、各镇（街道）",
                (2026, 5, 31),
                "区林业局",
                5200,
                "已布设点位86个，春季防火期投入使用，累计识别烟火点位预警27次，经核实均及时处置，未发生森林火灾。",
                cell=("eq", None, "stock"),
                prose=[T("火情识别准确率", "%", "gte", 95, "火情识别准确率达到95%以上")],
            ),
            R(
                10,
                "发展冰雪和森林旅游智能服务",
                "建设全域智慧旅游服务平台，推广智能票务、智能导览和客流监测，开发冰雪运动、森林康养数字人讲解服务。",
                "智慧景区",
                4,
                "家",
                "区文体广旅局",
                "区商务局",
                (2026, 12, 31),
                "区旅游局",
                2800,
                "平台已完成需求调研和方案编制，正在履行采购程序；2个滑雪场智能票务系统已上线运行。",
                cell=("eq", None, "stock"),
            ),
            R(
                11,
                "推进电商直播和智能物流",
                "支持企业运用人工智能开展选品、营销和客服，建设电商直播基地，推广智能仓储分拣，全年网络零售额增长15%以上。",
                "培训电商从业人员",
                2000,
                "人次",
                "区商务局",
                "区人社局",
                "全年",
                "区商务局",
                900,
                "已举办直播电商培训班4期，培训380人次；电商直播基地已完成选址，正在装修。",
                fmt=GE,
                cell=("gte", "talent", "flow"),
                prose=[T("网络零售额增速", "%", "gte", 15, "全年网络零售额增长15%以上")],
            ),
            R(
                12,
                "培育人工智能企业",
                "建立人工智能企业培育库，开展精准招商，引进培育人工智能及相关企业，支持企业申报高新技术企业和专精特新企业。",
                "引进培育人工智能相关企业",
                12,
                "家",
                "柞林经开区管委会",
                "区工信科技局、区市场监管局",
                (2026, 12, 31),
                "区招商局",
                None,
                "已签约人工智能及相关企业3家，在谈项目7个；企业培育库首批入库企业16家。",
                cell=("eq", "ai_enterprises", "flow"),
            ),
            R(
                0,
                "推进“人工智能+”现代农业",
                "推广智能农机装备和植保无人机，建设智慧农场，开展黑土地保护智能监测和农作物长势遥感分析，提升粮食生产智能化水平。",
                "智慧农场",
                6,
                "个",
                "区农业农村局",
                "各镇（街道）",
                (2026, 10, 31),
                "区农业局",
                1100,
                "已完成3个智慧农场选址，植保无人机作业服务组织已确定2家。",
                cell=("eq", None, "stock"),
            ),
        ],
    ),
    (
        "三、",
        "提升城市治理和民生服务",
        [
            R(
                13,
                "建设城市运行智能监测平台",
                "对燃气、供热、排水管网开展智能监测，布设城市生命线智能感知设备3000个，推广智能供热调控，城区供热智能调控覆盖率达到60%。",
                "布设城市生命线智能感知设备",
                3000,
                "个",
                "区住建局",
                "区应急局",
                (2026, 10, 15),
                "区住建局",
                6500,
                "供热管网监测设备安装中，已完成一次网主要节点设备安装；燃气管网监测点位正在会同燃气企业确定。",
                cell=None,
                prose=[
                    T(
                        "城市生命线智能感知设备",
                        "个",
                        "eq",
                        3000,
                        "布设城市生命线智能感知设备3000个",
                    ),
                    T("城区供热智能调控覆盖率", "%", "eq", 60, "城区供热智能调控覆盖率达到60%"),
                ],
            ),
            R(
                0,
                "推进智慧应急建设",
                "建设应急指挥智能调度系统，接入森林防火、防汛、危化品等监测数据，提升风险智能研判和协同处置能力，应急广播行政村覆盖率达到100%。",
                "接入应急监测数据源",
                40,
                "个",
                "区应急局",
                "区林草局、区住建局",
                (2026, 9, 30),
                "区应急局",
                900,
                "已接入森林防火、防汛等数据源15个，应急广播已覆盖行政村31个。",
                cell=("eq", None, "stock"),
                prose=[T("应急广播行政村覆盖率", "%", "eq", 100, "应急广播行政村覆盖率达到100%")],
            ),
            R(
                14,
                "推进智慧社区建设",
                "推广智能门禁、智能安防和社区服务小程序，建设智慧社区，为独居老人配备智能监护设备1000台。",
                "智慧社区",
                10,
                "个",
                "区民政局",
                "各镇（街道）、柞林公安分局",
                (2026, 12, 31),
                "区民政局",
                1500,
                "已完成4个社区改造方案，智能监护设备已完成采购需求论证，计划7月起分批发放。",
                cell=("eq", None, "stock"),
                prose=[
                    T(
                        "为独居老人配备智能监护设备",
                        "台",
                        "eq",
                        1000,
                        "为独居老人配备智能监护设备1000台",
                    )
                ],
            ),
            R(
                15,
                "推进“人工智能+”教育",
                "开展中小学人工智能通识教育，建设人工智能教育实验室，开展教师人工智能应用能力培训600人次。",
                "人工智能教育实验室",
                15,
                "间",
                "区教育局",
                "区财政局",
                (2026, 8, 31),
                "区教育局",
                1800,
                "已完成设备采购招标，8所学校实验室进入装修阶段；教师培训已开班2期，培训180人次。",
                cell=("eq", None, "stock"),
                prose=[
                    T(
                        "教师人工智能应用能力培训",
                        "人次",
                        "eq",
                        600,
                        "开展教师人工智能应用能力培训600人次",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            R(
                16,
                "推进“人工智能+”医疗健康",
                "推广基层智能辅助诊疗系统，推动区属基层医疗机构全覆盖，建设区域远程影像诊断中心。",
                "基层智能辅助诊疗覆盖率",
                100,
                "%",
                "区卫健局",
                "区医保局",
                (2026, 12, 31),
                "区卫生局",
                1300,
                "已覆盖12家基层医疗机构，剩余机构系统部署计划于三季度完成；远程影像诊断中心已完成设备调试。",
                fmt="General",
                cell=("eq", None, "stock"),
            ),
            R(
                17,
                "推进智慧交通建设",
                "建设智能交通信号控制系统，对主要路口进行智能化改造，推广冬季冰雪路面智能预警。",
                "智能信号控制路口",
                25,
                "个",
                "柞林公安分局",
                "区住建局",
                (2026, 11, 30),
                "区交警大队",
                2100,
                "已完成路口勘察和设计，确定改造路口25个，正在履行政府采购程序。",
                cell=("eq", None, "stock"),
            ),
            R(
                18,
                "推进政务服务智能化",
                "推广智能导办、智能预审，实现高频事项“免证办”“智能办”，企业群众办事材料精简30%以上。",
                "智能办理高频事项",
                50,
                "项",
                "区营商局",
                "区直各部门",
                (2026, 6, 30),
                "区政务服务中心",
                200,
                "已梳理高频事项36项，其中已实现智能预审12项；材料精简清单正在征求部门意见。",
                cell=("eq", None, "stock"),
                prose=[T("企业群众办事材料精简", "%", "gte", 30, "企业群众办事材料精简30%以上")],
            ),
        ],
    ),
    (
        "四、",
        "优化发展环境",
        [
            R(
                19,
                "加强人工智能人才引育",
                "实施“柞林英才”计划，引进人工智能领域急需紧缺人才30名，开展全民数字技能培训。",
                "全民数字技能培训",
                10000,
                "人次",
                "区人社局",
                "区委组织部、区教育局",
                "全年",
                "区人社局",
                500,
                "已培训2,650人次，引进人才4名。",
                fmt=GE,
                cell=("gte", "talent", "flow"),
                prose=[
                    T(
                        "引进人工智能领域急需紧缺人才",
                        "名",
                        "eq",
                        30,
                        "引进人工智能领域急需紧缺人才30名",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            R(
                20,
                "强化资金要素保障",
                "统筹区级产业发展资金支持人工智能项目，设立规模2亿元的区人工智能产业引导基金，落实算力券、场景补贴政策。",
                None,
                None,
                None,
                "区财政局",
                "区发改局、区城投集团",
                (2026, 6, 30),
                "区财政局",
                None,
                "基金设立方案已报区政府审定；算力券、场景补贴申报指南已于3月印发。",
            ),
            R(
                21,
                "开放应用场景和加强安全治理",
                "发布“人工智能+”应用场景清单，举办供需对接活动，落实算法备案和数据安全管理制度。",
                "发布应用场景",
                20,
                "个",
                "区发改局",
                "区委网信办、区工信科技局",
                (2026, 9, 30),
                "区发改委",
                300,
                "已发布首批场景8个，举办供需对接活动1场，促成合作意向4项。",
                cell=("eq", "application_scenarios", "flow"),
            ),
            R(
                0,
                "营造良好发展氛围",
                "组织人工智能进机关、进企业、进社区、进校园活动，宣传“人工智能+”典型案例，举办人工智能创新应用大赛。",
                "开展“四进”宣传活动",
                40,
                "场",
                "区委宣传部",
                "区工信科技局",
                "全年",
                "区委宣传部",
                150,
                "已开展“四进”宣传活动11场，创新应用大赛方案已制定。",
                fmt=GE,
                cell=("gte", None, "flow"),
            ),
        ],
    ),
]

HEAD = [
    "序号",
    "重点工作",
    "具体内容",
    "考核指标",
    "目标值",
    "单位",
    "牵头单位",
    "配合单位",
    "完成时限",
    "调整前牵头单位",
    "计划投资（万元）",
    "完成情况（截至3月31日）",
]
NOTES = [
    "说明：1.本台账由区政府督查室按月更新，完成情况由牵头单位于每月25日前报送；2.计划投资为2026年度计划数，合计含调整实施项目。",
    "3.目标值前标“≥”的为下限值，其余为确定值；4.完成时限为“全年”的，按季度报送进展，年底前完成。",
]
LAST = len(HEAD)


def shown(value, fmt):
    if fmt == GE:
        return f"≥{value:,}"
    return f"{value:,}" if fmt == "#,##0" else str(value)


def row_cells(r):
    """The row's visible 重点工作 … 单位 cells as Excel shows them."""
    cells = [r["title"], r["body"]]
    if r["metric"]:
        cells += [r["metric"], shown(r["value"], r["fmt"]), r["unit"]]
    return cells


def _extract():
    sections, goals = [], []
    for numbering, title, rows in GROUPS:
        tasks = []
        for r in rows:
            if r["hidden"]:
                continue
            text = "\n".join(row_cells(r))
            # 全年: the year's work, done by its end (the ledger's 说明 4: 年底前完成; SOURCES.md, rBW's
            # correction of 泸定's 全年) — corrected by helper rCP from "no due"
            due = "2026-12-31" if r["due"] == "全年" else "{}-{:02d}-{:02d}".format(*r["due"])
            tasks.append(
                Task(
                    str(r["no"]),
                    r["title"],
                    text,
                    lead=codes(r["lead"]),
                    supporting=codes(r["sup"]),
                    due=due,
                )
            )
            figures = []
            for t in r["prose"]:
                assert t.phrase in r["body"], t.phrase
                figures.append(t)
            if r["cell"]:
                comp, kind, agg = r["cell"]
                figures.append(
                    T(
                        r["metric"],
                        r["unit"],
                        comp,
                        r["value"],
                        " ".join(row_cells(r)[2:]),
                        kind=kind,
                        aggregation=agg,
                    )
                )
            if figures:
                goals.append(Goal(r["title"], text, figures, numbering=str(r["no"])))
        sections.append(Section(numbering.strip("、"), numbering, title, "key_task", tasks))
    return sections, goals


def _renumber():
    n = 0
    for _, _, rows in GROUPS:
        for r in rows:
            n += 1
            r["no"] = n


_renumber()
SECTIONS, GOALS = _extract()


def workbook():
    wb = new_workbook(TITLE, datetime(2026, 1, 20, 8, 45, 0))
    ws = wb.active
    ws.title = "督办台账"
    widths(ws, [6, 16, 46, 18, 12, 7, 14, 18, 14, 14, 12, 26])
    title_row(ws, 1, TITLE, LAST, size=18)
    ws.cell(
        row=2,
        column=1,
        value="填报单位：区政府督查室　　　　　　　　　　　　　　　　　　　　更新时间：2026年4月3日",
    )
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=LAST)
    ws.cell(row=2, column=1).font = Font(name="宋体", size=11)
    for col, text in enumerate(HEAD, 1):
        put(ws, 3, col, text, header=True)
    ws.row_dimensions[3].height = 32
    row = 4
    first_task = None
    for numbering, title, rows in GROUPS:
        visible = sum(1 for r in rows if not r["hidden"])
        put(ws, row, 1, f"{numbering}{title}（{visible}项）", bold=True)
        ws.cell(row=row, column=1).font = Font(name="黑体", size=11)
        merge(ws, row, row, 1, LAST)
        row += 1
        for r in rows:
            first_task = first_task or row
            put(ws, row, 1, r["no"], centre=True)
            put(ws, row, 2, r["title"])
            put(ws, row, 3, r["body"])
            put(ws, row, 4, r["metric"])
            put(
                ws,
                row,
                5,
                r["value"],
                centre=True,
                fmt=r["fmt"] if r["value"] is not None else None,
            )
            put(ws, row, 6, r["unit"], centre=True)
            put(ws, row, 7, r["lead"], centre=True)
            put(ws, row, 8, r["sup"], centre=True)
            if r["due"] == "全年":
                put(ws, row, 9, "全年", centre=True)
            else:
                put(ws, row, 9, datetime(*r["due"]), centre=True, fmt='yyyy"年"m"月"d"日"')
            put(ws, row, 10, r["old"], centre=True)
            put(ws, row, 11, r["invest"], centre=True, fmt="#,##0")
            put(ws, row, 12, r["status"])
            ws.row_dimensions[row].height = 60
            if r["hidden"]:
                ws.row_dimensions[row].hidden = True
            row += 1
    last_task = row - 1
    put(ws, row, 1, "合计", header=True)
    merge(ws, row, row, 1, 10)
    total = sum(r["invest"] or 0 for _, _, rows in GROUPS for r in rows)
    put(ws, row, 11, f"=SUM(K{first_task}:K{last_task})", centre=True, fmt="#,##0", bold=True)
    put(ws, row, 12, None)
    cached = {"督办台账": {f"K{row}": total}}
    for i, note in enumerate(NOTES, row + 1):
        ws.cell(row=i, column=1, value=note).alignment = Alignment(wrap_text=False)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=LAST)
    ws.column_dimensions["J"].hidden = True
    ws.freeze_panes = "C4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    landscape_fit(ws)
    ws.auto_filter.ref = f"A3:{'L'}{last_task}"
    return wb, cached


AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zuolin District (Heilongjiang) 2026 “AI+” action supervision ledger — synthetic",
    "issuer": "柞林区人民政府督查室",
    "issued_on": "2026-04-03",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.xlsx",
}

EXTRACTION = {
    "zone": {
        "slug": "zuolin-heilongjiang-district",
        "name": "柞林区",
        "name_en": "Zuolin District (Heilongjiang)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 柞林区2026年推进“人工智能+”行动重点工作督办台账 (柞林区人民政府督查室, updated 2026-04-03)
# — SYNTHETIC (synthetic_cp): WRITTEN by the collector (helper blindCP, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_zuolin.py as an Excel workbook (.xlsx, openpyxl), one sheet.
# Text = what a reader sees in Excel (tests/pilots/test_plans_corpus.py xlsx_words): each row's visible cells as displayed. The
#   HIDDEN column 调整前牵头单位 (the bodies' names before the 2025 reform: 区经信局, 区科技局, 区政务服务中心, 区林业局 …) and the
#   HIDDEN row 序号 8 (工业互联网标识解析二级节点, "本项调整至2027年实施", 标识注册量 50,000) are not text: no agency, task or target
#   comes from them; what shows numbers 1–7, 9–24 (23 tasks).
# Zone zuolin-heilongjiang-district (黑龙江 柞林区; its city is never named) → district; a one-year ledger: period 2026–2026. Issuer
#   and date from row 2 ("填报单位：区政府督查室 … 更新时间：2026年4月3日"); the 督查室 compiles and supervises, it carries no task.
# Outline: four group rows merged across the sheet "一、夯实算力和数据基础（5项）" … "四、优化发展环境（4项）" → sections (numbering
#   一、…, title without the count "（N项）": a count of the ledger's own rows, no target); each task row → ONE task: numbering its
#   序号, title the 重点工作 cell, text the row's cells 重点工作 | 具体内容 | 考核指标 | 目标值 | 单位 as shown (the task's own words and
#   its measure); 牵头单位 → lead, 配合单位 → supporting ("、" between names); "区直各部门" generic → no agency; 各镇（街道） one
#   collective; 柞林公安分局 as printed. due = the 完成时限 date cell (shown "2026年10月15日"); "全年" → 2026-12-31 (the year's
#   work, "年底前完成" by the 说明; corrected by helper rCP from "no due", as rBW corrected 泸定's 全年 — SYNTHETIC_CP.md).
# Targets: the 考核指标 | 目标值 | 单位 cells of a row are one target (metric the 考核指标, value the number as its format shows it:
#   "3,000" → 3000; a "≥" put in by the number format '"≥"#,##0' — "≥5,000,000", "≥2,000", "≥10,000", "≥40" — → gte; a bare number → eq),
#   source_phrase the three cells as shown joined by spaces; figures written in 具体内容 are targets too (达到100%, 95%以上 → gte,
#   增长15%以上 → a growth rate, gte %, 精简30%以上 → gte). All due 2026 (a one-year ledger; the 完成时限 dates are in 2026). Row 14 (城市运行智能监测平台)
#   states its device count twice — 具体内容 "布设城市生命线智能感知设备3000个" and the cells "… 3,000 个" —: ONE target, kept where
#   first printed (the 具体内容 cell comes first in the row). Each task with figures is also a goal titled like it (text = the task's).
#   新增 / 新建 / 实施 / 引进 / 培训 / 发布 counts → flow. Not targets: 计划投资（万元） (budgets, formatted #,##0) and the 合计 row (a SUM
#   formula shown 80,300 — it counts the hidden row's 1,200 too, as Excel's SUM does); 完成情况 progress (已完成投资3,200万元, 已建成
#   开通5G-A基站42个, 已培训2,650人次 … are what was done by 31 March, no commitment); 设立规模2亿元的…引导基金 (a fund being set up;
#   task 22 has no measure cells); the 说明 lines ("每月25日前" a reporting rule).
"""
