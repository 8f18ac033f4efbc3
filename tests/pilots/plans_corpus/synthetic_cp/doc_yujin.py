# ruff: noqa: E501  (plan text as the office writes it)
"""榆津市2026年推进“人工智能+”行动重点任务分解表 — INVENTED (synthetic_cp). An Excel workbook (.xlsx, openpyxl) as a
city's office circulates it: sheet 1 填表说明 (a merged title row, numbered notes, no task); sheet 2 重点任务 (title row merged,
a header over TWO rows — 序号 | 重点任务 | 具体举措 | 责任分工 over 牵头单位 / 配合单位 | 完成时限 | 备注 —, 序号 and 重点任务 merged
down over their 具体举措 rows, some 牵头单位 and 完成时限 cells merged over two or three rows, cells wrapped with line breaks
(Alt+Enter) inside a measure and between two names, 完成时限 as real date cells formatted yyyy"年"m"月", frozen under the
header); sheet 3 主要指标 (指标 | 单位 | 2025年基数 | 2026年目标 | 2027年目标 | 责任单位, numbers as numeric cells, the
percentages stored as 0.85 and formatted 0%, "—" where no figure is set); sheet 4 单位名称, HIDDEN: the list of agency names
that the 牵头单位 column's dropdown (a data validation) draws on."""

from datetime import datetime

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from synthetic_model import Agency, Clause, Goal, Section, Target, Task
from xlsx_book import WRAP_CENTRE, landscape_fit, merge, new_workbook, put, title_row, widths

SLUG = "yujin-ai-plus-task-breakdown-2026-synthetic"
KIND = "xlsx"
TITLE = "榆津市2026年推进“人工智能+”行动重点任务分解表"
INDICATOR_CAPTION = "榆津市推进“人工智能+”行动主要指标（2026—2027年）"

# code → (full name, category, printed forms)
A = {
    "sjj": ("榆津市数据局", "big_data", ["市数据局"]),
    "fgw": ("榆津市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "gxj": ("榆津市工业和信息化局", "industry_it", ["市工信局"]),
    "czj": ("榆津市财政局", "finance", ["市财政局"]),
    "xq": ("榆津市各县（市）区人民政府", "local_government", ["各县（市）区人民政府"]),
    "scj": ("榆津市市场监督管理局", "market_regulation", ["市市场监管局"]),
    "gxq": ("榆津高新技术产业开发区管理委员会", "park_administration", ["榆津高新区管委会"]),
    "rsj": ("榆津市人力资源和社会保障局", "human_resources", ["市人社局"]),
    "kjj": ("榆津市科学技术局", "science_technology", ["市科技局"]),
    "gzw": ("榆津市人民政府国有资产监督管理委员会", "government", ["市国资委"]),
    "ysj": ("榆津市营商环境建设局", "government_services", ["市营商局"]),
    "ygj": ("榆津港集团有限公司", "state_enterprise", ["榆津港集团"]),
    "jtj": ("榆津市交通运输局", "transport", ["市交通运输局"]),
    "gaj": ("榆津市公安局", "public_security", ["市公安局"]),
    "swj": ("榆津市商务局", "commerce", ["市商务局"]),
    "nyj": ("榆津市农业农村局", "agriculture", ["市农业农村局"]),
    "hyj": ("榆津市海洋发展局", "agriculture", ["市海洋发展局"]),
    "zfb": ("榆津市人民政府办公室", "government", ["市政府办公室"]),
    "zjj": ("榆津市住房和城乡建设局", "housing_construction", ["市住建局"]),
    "yjj": ("榆津市应急管理局", "emergency", ["市应急局"]),
    "sthj": ("榆津市生态环境局", "ecology_environment", ["市生态环境局"]),
    "wjw": ("榆津市卫生健康委员会", "health", ["市卫健委"]),
    "ybj": ("榆津市医疗保障局", "health", ["市医保局"]),
    "jyj": ("榆津市教育局", "education", ["市教育局"]),
    "mzj": ("榆津市民政局", "civil_affairs", ["市民政局"]),
    "wlj": ("榆津市文化旅游和广播电视局", "culture_tourism", ["市文旅局"]),
    "zzb": ("中共榆津市委组织部", "party_organisation", ["市委组织部"]),
    "jrb": ("中共榆津市委金融委员会办公室", "financial_regulation", ["市委金融办"]),
    "wxb": ("中共榆津市委网络安全和信息化委员会办公室", "publicity", ["市委网信办"]),
}
NAME = {printed: code for code, (_, _, forms) in A.items() for printed in forms}
GENERIC = {"市直有关部门"}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def codes(cell: str) -> list[str]:
    """The agencies a 牵头单位 / 配合单位 cell names: separated by 、 or by a line break."""
    names = [n for part in cell.split("\n") for n in part.split("、") if n]
    assert all(n in NAME or n in GENERIC for n in names), names
    return [NAME[n] for n in names if n in NAME]


# task: (重点任务 cell, rows); row: (具体举措, 牵头单位 cell or None = merged with the row above, 配合单位 cell,
# 完成时限 (year, month) or None = merged with the row above, 备注, targets)
TASKS = [
    (
        "夯实智能算力底座",
        [
            (
                "加快榆津智算中心二期建设，新增智能算力500P，同步建设液冷机房和绿电直供线路，推动智算中心接入全省算力调度平台，面向省内外用户提供训练和推理服务，到2026年底全市智能算力规模达到800P。",
                "市数据局",
                "市发展改革委\n市工信局",
                (2026, 12),
                "省考核事项",
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        500,
                        "新增智能算力500P",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                    T(
                        "智能算力规模",
                        "P",
                        "eq",
                        800,
                        "到2026年底全市智能算力规模达到800P",
                        kind="computing_power",
                    ),
                ],
            ),
            (
                "落实算力券政策，对中小企业租用智能算力给予费用补贴，简化申领和兑付流程。\n全年发放算力券总额不超过2000万元，优先支持制造业企业模型训练和推理应用，按季度公布使用情况。",
                None,
                "市财政局",
                None,
                "",
                [],
            ),
            (
                "推进5G-A网络和千兆光网向重点园区、港区、交通干线延伸覆盖，新建5G-A基站600个，推动工业互联网标识解析节点与智算中心、行业平台互联互通。",
                "市工信局",
                "各县（市）区人民政府",
                (2026, 10),
                "",
                [T("新建5G-A基站", "个", "eq", 600, "新建5G-A基站600个", aggregation="flow")],
            ),
        ],
    ),
    (
        "推动数据资源开发利用",
        [
            (
                "编制全市公共数据资源目录，建立数据质量评价和问题数据反馈机制，推动港口物流、石化、农业、医疗等领域数据汇聚治理，重点行业高质量数据集达到30个。",
                "市数据局",
                "市直有关部门",
                (2026, 12),
                "",
                [T("重点行业高质量数据集", "个", "eq", 30, "重点行业高质量数据集达到30个")],
            ),
            (
                "开展公共数据授权运营试点，明确授权范围、运营主体和收益分配方式，培育数据标注、数据经纪等数据服务企业10家以上。",
                None,
                "市财政局、市市场监管局",
                (2027, 6),
                "",
                [
                    T(
                        "数据服务企业",
                        "家",
                        "gte",
                        10,
                        "培育数据标注、数据经纪等数据服务企业10家以上",
                    )
                ],
            ),
            (
                "建设榆津数据标注基地，引进培育数据标注企业，面向高校毕业生和退役军人开展标注技能培训，带动就业1000人以上。",
                "榆津高新区管委会",
                "市人社局",
                (2027, 12),
                "新增",
                [T("数据标注基地带动就业", "人", "gte", 1000, "带动就业1000人以上")],
            ),
            (
                "推进政务数据回流基层，为乡镇（街道）提供数据查询、比对和报表自动生成服务，减轻基层重复填报负担。",
                "市数据局",
                "各县（市）区人民政府",
                (2026, 12),
                "",
                [],
            ),
        ],
    ),
    (
        "打造行业大模型和智能体",
        [
            (
                "支持龙头企业联合驻榆高校、科研院所研发石化、冶金行业大模型，汇聚工艺、设备、安全生产等行业语料，形成可推广的行业大模型2个。",
                "市科技局\n市工信局",
                "市国资委",
                (2026, 12),
                "",
                [T("行业大模型", "个", "eq", 2, "形成可推广的行业大模型2个")],
            ),
            (
                "面向政务服务、港口物流、文化旅游等领域开发智能体，建立智能体上线前测试和上线后评估制度，上线政务智能体20个。",
                "市数据局",
                "市营商局",
                (2026, 9),
                "",
                [T("政务智能体", "个", "eq", 20, "上线政务智能体20个")],
            ),
            (
                "建立模型和智能体评测服务平台，为企业提供性能、安全和合规评测服务，每季度发布优秀智能体应用案例。",
                "市科技局",
                "市数据局",
                (2027, 12),
                "长期坚持，按季度调度",
                [],
            ),
        ],
    ),
    (
        "推进“人工智能+”制造",
        [
            (
                "实施制造业智能化改造行动，分行业编制改造指南，组织服务商“一企一策”开展诊断，实施智能化改造项目120个。\n新建省级以上智能工厂和数字化车间7个。",
                "市工信局",
                "各县（市）区人民政府",
                (2026, 12),
                "省考核事项",
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        120,
                        "实施智能化改造项目120个",
                        aggregation="flow",
                    ),
                    T(
                        "新建省级以上智能工厂和数字化车间",
                        "个",
                        "eq",
                        7,
                        "新建省级以上智能工厂和数字化车间7个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "在石化、冶金、装备制造、镁质材料等行业推广视觉质检、预测性维护、工艺优化、能耗管理等应用，打造“人工智能+制造”典型场景30个，组织现场观摩推广。",
                None,
                "榆津高新区管委会",
                (2027, 6),
                "",
                [
                    T(
                        "“人工智能+制造”典型场景",
                        "个",
                        "eq",
                        30,
                        "打造“人工智能+制造”典型场景30个",
                        kind="application_scenarios",
                    )
                ],
            ),
            (
                "培育智能制造系统解决方案供应商5家，组织开展“智改数转”供需对接活动，推动本地服务商与头部企业合作承接改造项目。",
                None,
                "市科技局",
                (2027, 12),
                "",
                [
                    T(
                        "智能制造系统解决方案供应商",
                        "家",
                        "eq",
                        5,
                        "培育智能制造系统解决方案供应商5家",
                        kind="ai_enterprises",
                    )
                ],
            ),
        ],
    ),
    (
        "建设智慧港口和智慧物流",
        [
            (
                "推进榆津港集装箱码头自动化改造，建设智能闸口、远程操控岸桥和智能理货系统，推广船舶靠离泊智能辅助决策，港口作业智能调度覆盖率达到90%。",
                "榆津港集团",
                "市交通运输局",
                (2027, 12),
                "",
                [T("港口作业智能调度覆盖率", "%", "eq", 90, "港口作业智能调度覆盖率达到90%")],
            ),
            (
                "建设多式联运智慧物流信息平台，推动港口、铁路、公路物流数据互联互通，为货主和物流企业提供运力匹配、路径优化和通关状态查询服务。",
                "市交通运输局",
                "榆津港集团\n市商务局",
                (2026, 12),
                "",
                [],
            ),
            (
                "开展无人驾驶集卡和智能网联汽车测试示范，开放智能网联汽车测试道路50公里。",
                None,
                "市公安局",
                None,
                "",
                [T("智能网联汽车测试道路", "公里", "eq", 50, "开放智能网联汽车测试道路50公里")],
            ),
        ],
    ),
    (
        "推进“人工智能+”现代农业和海洋渔业",
        [
            (
                "建设智慧农场和智慧牧场15个，推广智能农机装备和植保无人机作业，在水果、设施蔬菜等特色产业开展病虫害智能识别和产量预测。",
                "市农业农村局",
                "各县（市）区人民政府",
                (2026, 11),
                "",
                [T("智慧农场和智慧牧场", "个", "eq", 15, "建设智慧农场和智慧牧场15个")],
            ),
            (
                "建设海洋牧场智能监测体系，布设海洋牧场智能监测站点20个，开展水质、病害智能预警。",
                "市海洋发展局",
                "市农业农村局",
                (2027, 6),
                "",
                [T("海洋牧场智能监测站点", "个", "eq", 20, "布设海洋牧场智能监测站点20个")],
            ),
            (
                "运用人工智能开展农产品质量追溯和产销对接，打造“榆津农品”智能营销平台，支持合作社和家庭农场开展直播电商。",
                "市农业农村局",
                "市商务局",
                (2026, 12),
                "",
                [],
            ),
        ],
    ),
    (
        "深化“人工智能+”政务服务",
        [
            (
                "建设“榆事通”政务智能助手，依托政务大模型提供政策咨询、办事指引和材料预审服务，上线高频事项智能导办、智能预审服务100项。",
                "市营商局",
                "市数据局",
                (2026, 8),
                "",
                [
                    T(
                        "高频事项智能导办、智能预审服务",
                        "项",
                        "eq",
                        100,
                        "上线高频事项智能导办、智能预审服务100项",
                    )
                ],
            ),
            (
                "推进12345政务服务便民热线智能化改造，\n热线智能应答率达到60%。",
                None,
                "",
                (2026, 12),
                "",
                [T("12345热线智能应答率", "%", "eq", 60, "热线智能应答率达到60%")],
            ),
            (
                "在办文、办会、督查督办等机关内部事务中推广人工智能辅助应用。",
                "市政府办公室",
                "市数据局",
                None,
                "",
                [],
            ),
        ],
    ),
    (
        "推进“人工智能+”民生服务",
        [
            (
                "推广医学影像辅助诊断、智能分诊、智能随访等应用，推动检查检验结果智能互认，建设智慧医院3家。",
                "市卫健委",
                "市医保局",
                (2026, 12),
                "",
                [T("智慧医院", "家", "eq", 3, "建设智慧医院3家")],
            ),
            (
                "实施人工智能教育普及行动，编写地方人工智能课程读本，开展教师人工智能素养培训，人工智能教育示范校达到20所，中小学人工智能课程开课率达到100%。",
                "市教育局",
                "市科技局",
                (2026, 9),
                "",
                [
                    T("人工智能教育示范校", "所", "eq", 20, "人工智能教育示范校达到20所"),
                    T(
                        "中小学人工智能课程开课率",
                        "%",
                        "eq",
                        100,
                        "中小学人工智能课程开课率达到100%",
                    ),
                ],
            ),
            (
                "发展智慧养老服务，推广智能照护、紧急呼叫、健康监测等设备，建设智慧养老服务场景10个。",
                "市民政局",
                "市卫健委",
                (2027, 6),
                "",
                [
                    T(
                        "智慧养老服务场景",
                        "个",
                        "eq",
                        10,
                        "建设智慧养老服务场景10个",
                        kind="application_scenarios",
                    )
                ],
            ),
            (
                "推进文旅场馆智能导览和数字人讲解服务，完善景区客流监测和预约管理，打造智慧景区5家。",
                "市文旅局",
                "",
                (2026, 12),
                "",
                [T("智慧景区", "家", "eq", 5, "打造智慧景区5家")],
            ),
        ],
    ),
    (
        "推进“人工智能+”城市治理和应急安全",
        [
            (
                "建设城市运行管理服务平台，推动燃气、供热、排水、桥梁等城市生命线智能监测，新增城市生命线智能感知设备5000个，实现风险隐患自动识别和分级预警。",
                "市住建局",
                "各县（市）区人民政府",
                (2026, 12),
                "",
                [
                    T(
                        "新增城市生命线智能感知设备",
                        "个",
                        "eq",
                        5000,
                        "新增城市生命线智能感知设备5000个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "建设应急指挥智能决策系统，\n提升海上搜救、森林防火、危化品事故等风险智能研判和协同处置能力。",
                "市应急局",
                "市公安局\n市海洋发展局",
                (2027, 6),
                "",
                [],
            ),
            (
                "推动公共视频资源智能化升级，建设社会治安智能防控示范小区50个。",
                "市公安局",
                "市住建局",
                (2027, 12),
                "",
                [T("社会治安智能防控示范小区", "个", "eq", 50, "建设社会治安智能防控示范小区50个")],
            ),
        ],
    ),
    (
        "推进“人工智能+”绿色低碳",
        [
            (
                "建设重点用能单位能耗在线监测平台，运用人工智能优化石化、冶金企业用能，年内接入重点用能单位80家。",
                "市发展改革委",
                "市工信局\n市生态环境局",
                (2026, 12),
                "",
                [
                    T(
                        "接入能耗在线监测平台的重点用能单位",
                        "家",
                        "eq",
                        80,
                        "年内接入重点用能单位80家",
                    )
                ],
            ),
            (
                "推动生态环境智能监测，建设近岸海域水质智能监测浮标10个，提升赤潮、溢油等风险智能预警能力。",
                "市生态环境局",
                "市海洋发展局",
                (2027, 6),
                "",
                [T("近岸海域水质智能监测浮标", "个", "eq", 10, "建设近岸海域水质智能监测浮标10个")],
            ),
        ],
    ),
    (
        "加强人工智能人才引育",
        [
            (
                "实施“榆才计划”人工智能专项，在住房、子女入学、科研经费等方面给予支持，引进人工智能领域高层次人才100名。",
                "市委组织部",
                "市人社局\n市科技局",
                (2027, 12),
                "",
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        100,
                        "引进人工智能领域高层次人才100名",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "支持驻榆高校开设人工智能相关专业，\n开展人工智能技能培训5000人次。",
                "市教育局",
                "市人社局",
                (2026, 12),
                "",
                [
                    T(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        5000,
                        "开展人工智能技能培训5000人次",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "举办人工智能创新创业大赛，吸引优秀团队和项目落地榆津，对获奖落地项目给予创业扶持。",
                "市科技局",
                "市人社局",
                (2026, 10),
                "",
                [],
            ),
        ],
    ),
    (
        "优化发展生态和安全治理",
        [
            (
                "发布“人工智能+”应用场景机会清单，建立场景需求征集、发布、对接、跟踪全流程机制，全年举办供需对接活动10场以上。",
                "市发展改革委",
                "市工信局、市数据局",
                (2026, 12),
                "",
                [
                    T(
                        "供需对接活动",
                        "场",
                        "gte",
                        10,
                        "全年举办供需对接活动10场以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "设立规模10亿元的人工智能产业发展基金，引导社会资本投向人工智能企业。",
                "市财政局",
                "市委金融办",
                (2026, 6),
                "",
                [],
            ),
            (
                "落实生成式人工智能服务备案和算法备案制度，开展人工智能安全风险监测，加强个人信息保护和深度伪造内容治理。",
                "市委网信办",
                "市公安局",
                (2027, 12),
                "长期坚持",
                [],
            ),
            (
                "加强人工智能领域知识产权保护，开展专利导航和快速预审服务，人工智能相关有效发明专利达到480件。",
                "市市场监管局",
                "市科技局",
                (2026, 12),
                "",
                [
                    T(
                        "人工智能相关有效发明专利",
                        "件",
                        "eq",
                        480,
                        "人工智能相关有效发明专利达到480件",
                        kind="patents_standards",
                    )
                ],
            ),
        ],
    ),
]

# 主要指标: (指标, 单位, 2025年基数, 2026年目标, 2027年目标, 责任单位, kind, restated in 2026); percentages as fractions
INDICATORS = [
    ("人工智能核心产业规模", "亿元", 38, 55, 80, "市工信局", "ai_industry_scale", False),
    ("人工智能相关企业数量", "家", 126, 160, 200, "市工信局", "ai_enterprises", False),
    ("智能算力规模", "P", 300, 800, 1500, "市数据局", "computing_power", True),
    ("重点行业高质量数据集", "个", 12, 30, 50, "市数据局", None, True),
    ("“人工智能+”典型应用场景", "个", 40, 80, 150, "市发展改革委", "application_scenarios", False),
    ("规模以上工业企业数字化改造覆盖率", "%", 0.62, 0.75, 0.85, "市工信局", None, False),
    ("省级以上智能工厂和数字化车间", "个", 18, 25, 35, "市工信局", None, False),
    ("政务服务事项“AI+”智能办理率", "%", "—", 0.3, 0.5, "市营商局", None, False),
    ("二级以上医院智能辅助诊疗覆盖率", "%", 0.45, 0.7, 1, "市卫健委", None, False),
    ("人工智能教育示范校", "所", 8, "—", 30, "市教育局", None, False),
    ("人工智能领域专业人才", "人", 3200, 4000, 5000, "市人社局", "talent", False),
    ("人工智能相关有效发明专利", "件", 410, 480, 560, "市市场监管局", "patents_standards", True),
    ("市级以上人工智能创新平台", "个", 9, 12, 15, "市科技局", "innovation_platforms", False),
]

NOTES = [
    "一、本表依据《榆津市推进“人工智能+”行动实施方案（2026—2027年）》（榆政发〔2026〕5号）编制，包括“重点任务”“主要指标”两张工作表，由市政府办公室会同市数据局汇总形成。",
    "二、“重点任务”表中，每项重点任务按具体举措逐行分解。牵头单位对该项举措负总责，配合单位按职责分工积极配合；同一单元格内列有两个单位的，共同牵头。",
    "三、完成时限填写到月，如“2026年12月”即于2026年12月底前完成；需长期坚持的工作在备注栏中注明，并按季度报送进展。",
    "四、牵头单位名称请从下拉列表中选择，不得自行增减、改写单位名称；机构名称调整的，由市数据局统一更新列表。",
    "五、“主要指标”表中，百分比类指标按百分数填报；“—”表示该年度不设目标或无统计基数；2025年基数为统计快报数，以正式统计数据为准。",
    "六、各牵头单位于每月25日前将进展情况报送市“人工智能+”行动工作专班办公室（设在市数据局），遇有重大问题及时报告。",
    "七、本表自印发之日起执行。执行中确需调整任务内容或完成时限的，由牵头单位提出书面申请，经市“人工智能+”行动工作专班审核后，报市政府分管领导同意。",
]


def month_end(y, m):
    return f"{y}-{m:02d}-{[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]}"


def shown(value, unit):
    """An indicator cell as Excel shows it: a fraction formatted 0% as a percentage."""
    if value == "—":
        return value
    return f"{round(value * 100)}%" if unit == "%" else f"{value}"


def _extract():
    tasks, goals = [], []
    for n, (title, rows) in enumerate(TASKS, 1):
        clauses, lead, due, latest, figures = [], [], None, None, []
        for measure, lead_cell, sup_cell, when, _note, targets in rows:
            if lead_cell is not None:
                lead = codes(lead_cell)
            if when is not None:
                due = when
            latest = max(latest or due, due)
            clauses.append(Clause(measure, lead=list(lead), supporting=codes(sup_cell)))
            for t in targets:
                assert t.phrase.replace("\n", "") in measure.replace("\n", ""), t.phrase
                t.deadline = t.deadline or due[0]
                t.owner = lead[0] if lead else None  # its row's first 牵头单位 (SOURCES.md, owners)
                figures.append(t)
        tasks.append(Task(str(n), title, title, due=month_end(*latest), clauses=clauses))
        if figures:
            goals.append(Goal(title, title, figures, numbering=str(n)))
    table = []
    for name, unit, base, y26, y27, owner, kind, restated in INDICATORS:
        for year, value in ((2026, y26), (2027, y27)):
            if value == "—" or (year == 2026 and restated):
                continue
            cells = [name, unit, shown(base, unit), shown(y26, unit)]
            if year == 2027:
                cells.append(shown(y27, unit))
            t = T(
                name,
                unit,
                "eq",
                round(value * 100) if unit == "%" else value,
                " ".join(cells),
                kind=kind,
                deadline=year,
            )
            t.owner = NAME[owner]
            table.append(t)
    goals.append(Goal(INDICATOR_CAPTION, INDICATOR_CAPTION, table))
    return [Section("1", "", "重点任务", "key_task", tasks)], goals


SECTIONS, GOALS = _extract()


def workbook():
    wb = new_workbook(TITLE, datetime(2026, 3, 12, 9, 30, 0))
    # sheet 1 填表说明
    ws = wb.active
    ws.title = "填表说明"
    widths(ws, [100])
    title_row(ws, 1, TITLE, 1, size=18)
    ws.cell(row=2, column=1, value="填表说明").font = Font(name="黑体", size=14)
    for i, note in enumerate(NOTES, 3):
        cell = ws.cell(row=i, column=1, value=note)
        cell.font = Font(name="仿宋_GB2312", size=12)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[i].height = 48
    ws.cell(
        row=len(NOTES) + 4, column=1, value="榆津市人民政府办公室　2026年3月12日"
    ).alignment = Alignment(horizontal="right")

    # sheet 2 重点任务
    ws = wb.create_sheet("重点任务")
    widths(ws, [6, 16, 52, 16, 18, 12, 14])
    title_row(ws, 1, TITLE, 7, size=18)
    for col, text in enumerate(
        ["序号", "重点任务", "具体举措", "责任分工", None, "完成时限", "备注"], 1
    ):
        if text:
            put(ws, 2, col, text, header=True)
    put(ws, 3, 4, "牵头单位", header=True)
    put(ws, 3, 5, "配合单位", header=True)
    for col in (1, 2, 3, 6, 7):
        merge(ws, 2, 3, col, col)
    merge(ws, 2, 2, 4, 5)
    ws.print_title_rows = "2:3"
    landscape_fit(ws)
    ws.freeze_panes = "A4"
    row = 4
    lead_column_rows = []
    for n, (title, rows) in enumerate(TASKS, 1):
        first = row
        lead_start = due_start = row
        for measure, lead_cell, sup_cell, when, note, _targets in rows:
            put(ws, row, 3, measure)
            put(ws, row, 5, sup_cell or None, centre=True)
            put(ws, row, 7, note or None, centre=True)
            if lead_cell is not None:
                if row > lead_start:
                    merge(ws, lead_start, row - 1, 4, 4)
                lead_start = row
                put(ws, row, 4, lead_cell, centre=True)
            if when is not None:
                if row > due_start:
                    merge(ws, due_start, row - 1, 6, 6)
                due_start = row
                put(ws, row, 6, datetime(when[0], when[1], 1), centre=True, fmt='yyyy"年"m"月"')
            ws.row_dimensions[row].height = 48
            lead_column_rows.append(row)
            row += 1
        merge(ws, lead_start, row - 1, 4, 4)
        merge(ws, due_start, row - 1, 6, 6)
        put(ws, first, 1, n, centre=True)
        put(ws, first, 2, title, centre=True)
        merge(ws, first, row - 1, 1, 1)
        merge(ws, first, row - 1, 2, 2)
    last_task_row = row - 1

    # sheet 3 主要指标
    ws = wb.create_sheet("主要指标")
    widths(ws, [6, 36, 8, 12, 12, 12, 16])
    title_row(ws, 1, INDICATOR_CAPTION, 7, size=16)
    for col, text in enumerate(
        ["序号", "指标", "单位", "2025年基数", "2026年目标", "2027年目标", "责任单位"], 1
    ):
        put(ws, 2, col, text, header=True)
    for i, (name, unit, base, y26, y27, owner, _k, _r) in enumerate(INDICATORS, 1):
        r = i + 2
        put(ws, r, 1, i, centre=True)
        put(ws, r, 2, name)
        put(ws, r, 3, unit, centre=True)
        for col, value in ((4, base), (5, y26), (6, y27)):
            put(ws, r, col, value, centre=True, fmt="0%" if unit == "%" and value != "—" else None)
        put(ws, r, 7, owner, centre=True)
    note = len(INDICATORS) + 3
    ws.cell(
        row=note, column=1, value="注：百分比类指标为当年数值；“—”表示该年度不设目标或无统计基数。"
    )
    ws.merge_cells(start_row=note, start_column=1, end_row=note, end_column=7)
    ws.freeze_panes = "C3"
    landscape_fit(ws)

    # sheet 4 单位名称 (hidden): the dropdown's source
    ws = wb.create_sheet("单位名称")
    ws.sheet_state = "hidden"
    ws.cell(row=1, column=1, value="单位名称（下拉列表数据源，请勿删除）")
    names = list(NAME)
    for i, name in enumerate(names, 2):
        ws.cell(row=i, column=1, value=name)
    check = DataValidation(
        type="list",
        formula1=f"'单位名称'!$A$2:$A${len(names) + 1}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="单位名称",
        error="请从下拉列表中选择单位名称",
    )
    tasks_sheet = wb["重点任务"]
    tasks_sheet.add_data_validation(check)
    check.add(f"D4:D{last_task_row}")
    for r in range(4, last_task_row + 1):
        tasks_sheet.cell(row=r, column=1).alignment = WRAP_CENTRE
    wb.active = 1
    return wb, {}


AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yujin City (Liaoning) 2026 task breakdown of the “AI+” action — synthetic",
    "issuer": "榆津市人民政府办公室",
    "issued_on": "2026-03-12",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.xlsx",
}

EXTRACTION = {
    "zone": {
        "slug": "yujin-liaoning-city",
        "name": "榆津市",
        "name_en": "Yujin City (Liaoning)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 榆津市2026年推进“人工智能+”行动重点任务分解表 (榆津市人民政府办公室, 2026-03-12)
# — SYNTHETIC (synthetic_cp): WRITTEN by the collector (helper blindCP, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_yujin.py as an Excel workbook (.xlsx, openpyxl).
# Text = what a reader sees in Excel (tests/pilots/test_plans_corpus.py xlsx_words): the visible sheets in order, each row's visible
#   cells as displayed (dates and percentages by their number formats), a merged range's value once. The hidden sheet 单位名称
#   (the 牵头单位 dropdown's source list) is not text: nothing is taken from it.
# Zone yujin-liaoning-city (辽宁 榆津市, a prefecture-level city) → city; period 2026–2027: the workbook is the 2026 breakdown of a
#   2026—2027 实施方案, its 完成时限 reach 2027年12月 and its 主要指标 2027 → milestones 2026, 2027. Issuer and date from the line
#   closing 填表说明 ("榆津市人民政府办公室　2026年3月12日"); the 实施方案's number 榆政发〔2026〕5号 is the source document's, not this
#   workbook's: no doc_number.
# 填表说明 (sheet 1): seven notes 一、–七、 — how to fill and amend the table, no task, no target ("每月25日前" a reporting rule); "同一单元格内列有
#   两个单位的，共同牵头" is applied (two names in one 牵头单位 cell → both lead); "专班办公室（设在市数据局）" assigns no role.
# 重点任务 (sheet 2) → ONE section "重点任务" (the header's word; the sheet tab is not text), key_task. The convention for a task table
#   whose 重点任务 cell is merged down over its 具体举措 rows (SOURCES.md, rCJ) is followed: each merged 重点任务 is ONE task — title and
#   text the cell —, its rows its clauses with their own roles (牵头单位 → lead, 配合单位 → supporting), no task-level roles. Here the
#   序号 is merged down with the task and counts the TASKS (1–12, over 38 rows): numbering = the 序号 ("1" … "10") — a judgement call (the
#   convention's "no numbering" is said of a 序号 counting rows). A 牵头单位 cell merged over two or three rows (tasks 1, 2, 4, 5, 7)
#   is the lead of every row it spans; likewise a merged 完成时限 (tasks 1, 5, 7). Names in a cell are separated by 、 or by a LINE BREAK inside the
#   cell (市发展改革委 / 市工信局; 市科技局 / 市工信局 as two leads). "市直有关部门" generic → no agency (task 2's first row has its lead
#   alone); a row whose 配合单位 cell is empty has none. Task due = the latest of its rows' 完成时限 (date cells shown "2026年12月" →
#   the month's last day).
#   Targets: each figure of a row is due in its row's 完成时限 year (2026年9月 → 2026; 2027年6月 → 2027), the row's own date where
#   merged; 新增 / 新建 / 实施 / 引进 / 举办 / 培训 counts → flow. A task holding figures is also a goal titled like the task (text the
#   task cell, numbered like it); each figure is OWNED by its row's first 牵头单位 (SOURCES.md, owners). Not targets: 算力券 总额不超过2000万元 (a voucher budget), 设立规模10亿元的…基金 (a fund being set up),
#   "每季度发布" (no figure); 备注 (省考核事项, 新增, 长期坚持) holds no figure.
# 主要指标 (sheet 3) → one goal titled by the sheet's caption (its title row): every 2026年目标 and 2027年目标 cell is a target of the
#   row's indicator (eq, as a bare number), due the column's year, its unit the 单位 cell; a 0% cell shows 75% → 75 %; 2025年基数
#   holds baselines; "—" → no target (2026 教育示范校; 2025 智能办理率). The 责任单位 cell → the target's `owner` (who answers for
#   it; no role). source_phrase = the row's cells as shown up to the target's, joined by spaces. RESTATED, no second target ("A figure
#   printed twice", kept where first printed — sheet 2 comes first): 智能算力规模 2026 800 (task 1 "到2026年底全市智能算力规模达到
#   800P"), 重点行业高质量数据集 2026 30 (task 2 "达到30个") and 人工智能相关有效发明专利 2026 480 (task 12 "…达到480件"). Not restated: 省级以上智能工厂和数字化车间 25 / 35 (a stock) beside task
#   4's 新建…7个 (new ones); 人工智能教育示范校 2027 30 beside task 8's 20所 due 2026; 人工智能领域专业人才 (a stock) beside
#   引进…100名 and 培训5000人次.
"""
