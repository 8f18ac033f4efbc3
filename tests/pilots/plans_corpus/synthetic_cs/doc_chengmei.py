# ruff: noqa: E501  (plan text as the office writes it)
"""澄湄区2026年“人工智能+”行动工作要点 — INVENTED (synthetic_cs). The district portal's page saved as .html, its
article ONE <div> of text lines separated by <br> with &nbsp;&nbsp;&nbsp;&nbsp; indents and no <p>: headings in
<font face=黑体> / <b>, the numbers of groups and items in a span of another font than their heading words, annotations
in their own <span style="color:…">, once on a line of their own after the item, and one item's body wrapped onto a
second line with no indent (a soft line break Word left in)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "chengmei-jiangsu-ai-plus-work-points-2026-synthetic"
KIND = "html"

A = {
    "gxj": ("澄湄区工业和信息化局", "industry_it", ["区工信局"]),
    "kjj": ("澄湄区科学技术局", "science_technology", ["区科技局"]),
    "sjj": ("澄湄区数据局", "big_data", ["区数据局"]),
    "czj": ("澄湄区财政局", "finance", ["区财政局"]),
    "fgj": ("澄湄区发展和改革局", "development_reform", ["区发改局"]),
    "swj": ("澄湄区商务局", "commerce", ["区商务局"]),
    "jyj": ("澄湄区教育局", "education", ["区教育局"]),
    "rsj": ("澄湄区人力资源和社会保障局", "human_resources", ["区人社局"]),
    "wjw": ("澄湄区卫生健康委员会", "health", ["区卫健委"]),
    "spj": ("澄湄区行政审批局", "government_services", ["区行政审批局"]),
    "zfb": ("澄湄区政务服务管理办公室", "government_services", ["区政务办"]),
    "jdb": ("澄湄区各街道办事处", "local_government", ["各街道办事处"]),
    "gxq": ("澄湄经济开发区管理委员会", "park_administration", ["澄湄经开区管委会"]),
    "tzb": ("中共澄湄区委统战部", "party_organisation", ["区委统战部"]),
    "gsl": ("澄湄区工商业联合会", "other", ["区工商联"]),
    "jtj": ("澄湄区交通运输局", "transport", ["区交通运输局"]),
    "cgj": ("澄湄区城市管理局", "housing_construction", ["区城管局"]),
    "jrb": ("澄湄区地方金融发展服务中心", "financial_regulation", ["区金融服务中心"]),
    "wlj": ("澄湄区文化体育和旅游局", "culture_tourism", ["区文体旅局"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, deadline=kw.pop("deadline", 2026), **kw)


TITLE = "澄湄区2026年“人工智能+”行动工作要点"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Chengmei District (Jiangsu) 2026 work points of the “AI+” action — synthetic",
    "issuer": "中共澄湄区委办公室、澄湄区人民政府办公室",
    "doc_number": "澄办发〔2026〕7号",
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "2026年是全面实施“人工智能+”行动的关键之年。为深入贯彻国家、省、市关于推进“人工智能+”行动的决策部署，加快推动人工智能与实体经济、社会治理和民生服务深度融合，打造长三角人工智能应用创新先行区，结合我区实际，制定本工作要点。各街道、各部门要坚持应用牵引、数据赋能、企业主体、安全可控，聚焦产业升级和民生改善，以场景开放带动技术落地，以重大项目支撑产业集聚，推动“人工智能+”行动取得扎实成效。"
REVIEW = "2025年，全区人工智能核心产业规模达到36亿元，集聚人工智能企业118家，建成“澄湄智算”公共算力平台，智能算力规模达到50P，发布应用场景清单两批共26个，为全面推进“人工智能+”行动奠定了良好基础。同时也要看到，我区人工智能产业规模总体偏小，龙头企业带动作用不强，数据开放共享和场景供给仍有短板，专业人才缺口较大，需要在新的一年加力攻坚。"
GOAL_TEXT = "2026年，全区人工智能核心产业规模达到45亿元，同比增长25%以上；新增人工智能企业30家，其中高新技术企业不少于10家；智能算力规模达到80P；打造“人工智能+”典型应用场景40个，培育省级以上人工智能示范项目5个；人工智能相关从业人员突破8000人。"
GOALS_T = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        45,
        "全区人工智能核心产业规模达到45亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模同比增速", "%", "gte", 25, "同比增长25%以上"),
    T(
        "新增人工智能企业",
        "家",
        "eq",
        30,
        "新增人工智能企业30家",
        kind="ai_enterprises",
        aggregation="flow",
    ),
    T(
        "新增人工智能高新技术企业",
        "家",
        "gte",
        10,
        "其中高新技术企业不少于10家",
        kind="ai_enterprises",
        aggregation="flow",
        parent="PREV",
    ),
    T("智能算力规模", "P", "eq", 80, "智能算力规模达到80P", kind="computing_power"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        40,
        "打造“人工智能+”典型应用场景40个",
        kind="application_scenarios",
    ),
    T("省级以上人工智能示范项目", "个", "eq", 5, "培育省级以上人工智能示范项目5个"),
    T("人工智能相关从业人员", "人", "gt", 8000, "人工智能相关从业人员突破8000人", kind="talent"),
]

# groups: (numeral, heading words, items); item: (title, body, annotation, own_line, lead, supporting, responsible, targets, due, wrap_at)
GROUPS = [
    (
        "（一）",
        "夯实算力和数据基础",
        [
            (
                "扩容公共算力平台",
                "推进“澄湄智算”二期建设，新增智能算力30P，与周边城市算力中心实现互联调度，完善算力交易撮合和运营服务机制，降低中小企业用算成本，全年服务企业200家次以上。探索“算力券”发放使用机制，引导算力资源向中小企业和初创团队倾斜。",
                "（牵头单位：区工信局；配合单位：区数据局、区财政局）",
                False,
                ["gxj"],
                ["sjj", "czj"],
                [],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        30,
                        "新增智能算力30P",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                    T(
                        "公共算力平台服务企业",
                        "家次",
                        "gte",
                        200,
                        "全年服务企业200家次以上",
                        aggregation="flow",
                    ),
                ],
                None,
                None,
            ),
            (
                "建设行业数据集",
                "围绕智能制造、生物医药、现代物流领域，建设3个行业高质量数据集，推动公共数据分级分类开放，支持企业依法合规开展数据采集、标注和交易，培育数据服务企业。",
                "责任单位：区数据局、区工信局、区商务局",
                True,
                [],
                [],
                ["sjj", "gxj", "swj"],
                [T("行业高质量数据集", "个", "eq", 3, "建设3个行业高质量数据集")],
                None,
                None,
            ),
            (
                "完善支持政策",
                "制定出台《澄湄区支持人工智能产业发展若干政策》，对算力使用、模型研发、场景应用、人才引育分类给予支持，同步制定实施细则和申报指南，确保政策直达快享（6月底前完成）。",
                "（牵头单位：区发改局；配合单位：区工信局、区科技局、区财政局）",
                False,
                ["fgj"],
                ["gxj", "kjj", "czj"],
                [],
                [],
                "2026-06-30",
                None,
            ),
        ],
    ),
    (
        "（二）",
        "深化重点领域应用",
        [
            (
                "推进“人工智能+制造”",
                "实施制造业智能化改造数字化转型三年行动，支持规上工业企业应用工业大模型，推广视觉质检、设备预测性维护、智能排产等成熟方案，组织“智改数转”服务商入企诊断，全年新增省级智能制造示范工厂4家、智能车间25个，规上工业企业数字化转型实现全覆盖。",
                "（牵头单位：区工信局；配合单位：澄湄经开区管委会、各街道办事处）",
                False,
                ["gxj"],
                ["gxq", "jdb"],
                [],
                [
                    T(
                        "新增省级智能制造示范工厂",
                        "家",
                        "eq",
                        4,
                        "新增省级智能制造示范工厂4家",
                        aggregation="flow",
                    ),
                    T("新增智能车间", "个", "eq", 25, "智能车间25个", aggregation="flow"),
                ],
                None,
                None,
            ),
            (
                "推进“人工智能+政务服务”",
                "上线“澄心办”政务智能助手，实现高频事项智能预审、智能导办、智能审批，推动惠企政策“免申即享”，拓展“一件事”集成办理场景，政务服务事项网上可办率稳定在98%以上，",
                "（牵头单位：区政务办；配合单位：区数据局、区行政审批局）",
                False,
                ["zfb"],
                ["sjj", "spj"],
                [],
                [
                    T(
                        "政务服务事项网上可办率",
                        "%",
                        "gte",
                        98,
                        "政务服务事项网上可办率稳定在98%以上",
                    ),
                    T("企业群众办事材料平均精简比例", "%", "eq", 30, "企业群众办事材料平均精简30%"),
                ],
                None,
                "企业群众办事材料平均精简30%。",
            ),
            (
                "推进“人工智能+医疗”",
                "在区人民医院、区中医院部署影像辅助诊断和智能病历质控系统，建设区域医学影像云平台和家庭医生智能助手，推广智能随访、智能用药提醒等服务，推动检查检验结果互认共享，推动社区卫生服务中心智能辅助诊疗全覆盖。",
                "责任单位：区卫健委",
                True,
                [],
                [],
                ["wjw"],
                [],
                None,
                None,
            ),
            (
                "推进“人工智能+教育”",
                "建设人工智能教育实验学校10所，在全区中小学普及人工智能通识课程，开展教师人工智能素养提升培训，建设区级人工智能教育资源平台，组织中小学生人工智能创新实践活动。",
                "（区教育局牵头，区科技局配合）",
                False,
                ["jyj"],
                ["kjj"],
                [],
                [T("人工智能教育实验学校", "所", "eq", 10, "建设人工智能教育实验学校10所")],
                None,
                None,
            ),
            (
                "推进“人工智能+社区治理”",
                "整合网格化管理、视频监控和12345热线数据，建设社区治理智能中枢，在全区40个社区推广智能巡查、独居老人关爱、垃圾分类智能监管等应用，提升基层治理精细化水平，打造智慧社区示范点12个。",
                "责任单位：各街道办事处、区数据局",
                True,
                [],
                [],
                ["jdb", "sjj"],
                [T("智慧社区示范点", "个", "eq", 12, "打造智慧社区示范点12个")],
                None,
                None,
            ),
            (
                "推进“人工智能+交通物流”",
                "建设智慧交通信号控制系统，完成主城区80个路口信号灯智能化改造，推广智慧停车平台，整合全区公共停车泊位信息，推动物流园区应用智能仓储、无人搬运和路径优化系统，降低物流成本。",
                "（牵头单位：区交通运输局；配合单位：区城管局、区商务局）",
                False,
                ["jtj"],
                ["cgj", "swj"],
                [],
                [T("智能化改造信号灯路口", "个", "eq", 80, "完成主城区80个路口信号灯智能化改造")],
                None,
                None,
            ),
            (
                "推进“人工智能+文旅商贸”",
                "推广数字人导览、智能客服和客流分析，支持商贸企业应用智能营销、智能仓储和无人零售等工具，推动步行街和特色街区智能化改造，开发澄湄文旅智能体，提供游览线路推荐、智能讲解和一键预订服务，打造智慧商圈2个。",
                "（牵头单位：区商务局、区文体旅局）",
                False,
                ["swj", "wlj"],
                [],
                [],
                [T("智慧商圈", "个", "eq", 2, "打造智慧商圈2个")],
                None,
                None,
            ),
        ],
    ),
    (
        "（三）",
        "培育产业发展生态",
        [
            (
                "壮大企业主体",
                "实施人工智能企业“育苗壮干”工程，全年招引人工智能项目20个，其中亿元以上项目8个，推动2家企业进入上市辅导。建立人工智能重点企业培育库，实行“一企一策”跟踪服务，支持企业参与国家和省级标准制定，鼓励企业加大研发投入，对新认定的人工智能领域专精特新企业给予奖励。",
                "（牵头单位：区商务局、区科技局；配合单位：澄湄经开区管委会）",
                False,
                ["swj", "kjj"],
                ["gxq"],
                [],
                [
                    T(
                        "招引人工智能项目",
                        "个",
                        "eq",
                        20,
                        "全年招引人工智能项目20个",
                        aggregation="flow",
                    ),
                    T(
                        "招引亿元以上人工智能项目",
                        "个",
                        "eq",
                        8,
                        "其中亿元以上项目8个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                    T("进入上市辅导的人工智能企业", "家", "eq", 2, "推动2家企业进入上市辅导"),
                ],
                None,
                None,
            ),
            (
                "建设创新载体",
                "高标准运营澄湄人工智能产业园，新增孵化面积2万平方米，建设人工智能中试验证平台1个，完善孵化、加速、产业化全链条服务体系，举办人工智能创新创业大赛。",
                "责任单位：澄湄经开区管委会、区科技局",
                True,
                [],
                [],
                ["gxq", "kjj"],
                [
                    T(
                        "新增孵化面积",
                        "平方米",
                        "eq",
                        20000,
                        "新增孵化面积2万平方米",
                        aggregation="flow",
                    ),
                    T("人工智能中试验证平台", "个", "eq", 1, "建设人工智能中试验证平台1个"),
                ],
                None,
                None,
            ),
            (
                "加强人才引育",
                "实施“澄湄英才”计划人工智能专项，引进高层次人工智能人才团队5个，开展技能培训3000人次，支持区内高校、职业院校开设人工智能相关专业，建设校企联合实训基地。",
                "（牵头单位：区人社局；配合单位：区科技局、区委统战部、区工商联）",
                False,
                ["rsj"],
                ["kjj", "tzb", "gsl"],
                [],
                [
                    T(
                        "引进高层次人工智能人才团队",
                        "个",
                        "eq",
                        5,
                        "引进高层次人工智能人才团队5个",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        3000,
                        "开展技能培训3000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
                None,
                None,
            ),
            (
                "强化金融支持",
                "设立人工智能产业专项子基金，规模不低于5亿元，推广“人工智能贷”“算力贷”“知识产权质押贷”等专属信贷产品，建立人工智能企业融资需求清单，全年为人工智能企业新增授信20亿元以上。",
                "（牵头单位：区金融服务中心；配合单位：区财政局、区科技局）",
                False,
                ["jrb"],
                ["czj", "kjj"],
                [],
                [
                    T(
                        "人工智能企业新增授信",
                        "亿元",
                        "gte",
                        20,
                        "全年为人工智能企业新增授信20亿元以上",
                        aggregation="flow",
                    )
                ],
                None,
                None,
            ),
            (
                "深化开放合作",
                "主动融入长三角人工智能产业协同发展，与上海、杭州等地高校院所共建联合实验室2家，组织企业参加世界人工智能大会等重大展会活动，开展精准招商和产业链对接，引进一批研发中心和区域总部。",
                "（牵头单位：区科技局、区商务局）",
                False,
                ["kjj", "swj"],
                [],
                [],
                [
                    T(
                        "共建联合实验室",
                        "家",
                        "eq",
                        2,
                        "共建联合实验室2家",
                        kind="innovation_platforms",
                    )
                ],
                None,
                None,
            ),
        ],
    ),
    (
        "（四）",
        "筑牢安全治理底线",
        [
            (
                "加强数据和网络安全",
                "落实数据分类分级保护制度，开展人工智能应用网络安全和数据安全检查，加强生成式人工智能服务备案和内容安全管理，全年组织安全攻防演练2次，重点企业数据安全风险评估实现全覆盖。",
                "（牵头单位：区数据局；配合单位：区工信局）",
                False,
                ["sjj"],
                ["gxj"],
                [],
                [
                    T(
                        "网络安全攻防演练",
                        "次",
                        "eq",
                        2,
                        "全年组织安全攻防演练2次",
                        aggregation="flow",
                    ),
                ],
                None,
                None,
            ),
            (
                "营造良好发展氛围",
                "办好澄湄人工智能应用大会，发布年度应用场景清单和“揭榜挂帅”项目，加强政策宣传和人工智能科普，引导企业和公众合理使用人工智能产品。及时总结推广典型案例和经验做法，营造全社会关心支持人工智能发展的浓厚氛围。",
                "（牵头单位：区科技局；配合单位：区工信局、区商务局）",
                False,
                ["kjj"],
                ["gxj", "swj"],
                [],
                [],
                None,
                None,
            ),
        ],
    ),
]
REQUIREMENTS = [
    (
        "加强统筹调度",
        "区“人工智能+”行动工作专班每季度召开推进会，协调解决重大问题。各牵头单位要对照工作要点细化工作举措，明确时间表、路线图，每月25日前向区数据局报送工作进展，配合单位要主动对接、密切配合，形成工作合力。",
    ),
    (
        "强化要素保障",
        "区财政统筹安排人工智能发展专项资金，优先保障算力设施、应用场景和人才项目用地用能需求。用好区级产业引导基金，吸引社会资本投向人工智能领域。",
    ),
    (
        "注重总结提升",
        "各牵头单位要及时梳理工作亮点和典型案例，每半年形成工作总结报区“人工智能+”行动工作专班，对标先进地区找差距、补短板，推动工作要点各项任务落地见效。",
    ),
    (
        "严格督查考核",
        "将工作要点落实情况纳入年度综合考核，对进度滞后的单位进行通报，对成效突出的单位予以表扬，确保各项任务按期完成、取得实效。",
    ),
]

INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;"
COLORS = ["#0000ff", "#ff0000", "#0070c0"]


def _build():
    lines = [
        f'<font face="方正小标宋简体" size="5"><b>{TITLE}</b></font>',
        "",
        f"{INDENT}{PREAMBLE}",
        f'{INDENT}<font face="黑体">一、</font><font face="黑体"><b>工作基础和主要目标</b></font>',
        f"{INDENT}{REVIEW}",
        f"{INDENT}{GOAL_TEXT}",
        f'{INDENT}<font face="黑体">二、</font><font face="黑体"><b>重点任务</b></font>',
    ]
    for t in GOALS_T:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("2026年", GOAL_TEXT, GOALS_T)]
    sections = []
    n = 0
    for gi, (gno, gwords, items) in enumerate(GROUPS):
        lines.append(
            f'{INDENT}<span style="font-family:仿宋_GB2312">{gno}</span><font face="楷体_GB2312"><b>{gwords}</b></font>'
        )
        tasks = []
        for title, body, ann, own_line, lead, sup, resp, targets, due, wrap in items:
            n += 1
            no = f"{n}."
            color = COLORS[n % 3]
            head = f'<span style="font-family:Times New Roman">{n}.</span><b><font face="楷体_GB2312">{title}。</font></b>'
            text = f"{title}。{body}"
            if (
                wrap
            ):  # a soft break Word left in: the rest of the sentence on the next line, unindented
                lines.append(f"{INDENT}{head}{body}")
                lines.append(wrap)
                text += wrap
            else:
                lines.append(
                    f"{INDENT}{head}{body}"
                    + ("" if own_line else f'<span style="color:{color}">{ann}</span>')
                )
            if own_line:
                lines.append(f'{INDENT}<span style="color:{color}">{ann}</span>')
            text += ann if not wrap else ""
            if wrap:
                lines.append(f'{INDENT}<span style="color:{color}">{ann}</span>')
                text += ann
            tasks.append(
                Task(no, title, text, lead=lead, supporting=sup, responsible=resp, due=due)
            )
            for t in targets:
                assert t.phrase in body + (wrap or ""), t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}{wrap or ''}", targets, numbering=no))
        sections.append(Section(str(gi + 1), gno, gwords, "key_task", tasks))
    lines.append(f'{INDENT}<font face="黑体">三、</font><font face="黑体"><b>工作要求</b></font>')
    sg = []
    for title, body in REQUIREMENTS:
        lines.append(f"{INDENT}<b>{title}。</b>{body}")
        sg.append(Task(None, title, f"{title}。{body}"))
    lines += [
        "",
        f'{INDENT}{INDENT}{INDENT}{INDENT}{INDENT}{INDENT}{INDENT}<font face="仿宋_GB2312">中共澄湄区委办公室　　澄湄区人民政府办公室</font>',
        f"{INDENT}{INDENT}{INDENT}{INDENT}{INDENT}{INDENT}{INDENT}{INDENT}{INDENT}2026年2月26日",
    ]
    top = Section("二", "二、", "重点任务", "key_task", sections=sections)
    return lines, goals, [top, Section("三", "三、", "工作要求", "safeguard", sg)]


LINES, GOALS, SECTIONS = _build()


def _html():
    article = "<br>\n".join(LINES)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{TITLE}</title>
<meta name="SiteName" content="澄湄区人民政府" />
<meta name="ColumnName" content="区委区政府文件" />
<meta name="ArticleTitle" content="{TITLE}" />
<link href="/css/zqzx.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/share.js"></script>
</head>
<body>
<div class="head"><div class="logo">澄湄区人民政府</div><div class="topnav"><a href="/">网站首页</a>｜<a href="/zwgk/">政务公开</a>｜<a href="/bsfw/">办事服务</a>｜<a href="/gzhd/">公众互动</a>｜<a href="/zjcm/">走进澄湄</a></div></div>
<div class="location">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/qwqzfwj/">区委区政府文件</a></div>
<div class="detail">
<div class="detail_title">{TITLE}</div>
<div class="detail_info">发布时间：2026-03-02　　来源：区政府办　　访问量：<span id="count">863</span>　　字号：[<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>]</div>
<div class="detail_con" id="fontzoom" style="font-size:16px;line-height:32px;">
<font face="仿宋_GB2312" size="4">
{article}
</font>
</div>
<div class="detail_share">分享到：<a href="#" class="bds_weixin">微信</a> <a href="#" class="bds_tsina">新浪微博</a> <a href="#" class="bds_qzone">QQ空间</a>　<a href="javascript:window.print();">打印</a>　<a href="javascript:window.close();">关闭</a></div>
</div>
<div class="xglj"><b>相关链接：</b><a href="/zwgk/zcjd/">《澄湄区2026年“人工智能+”行动工作要点》政策解读</a>　<a href="/zwgk/ghjh/">澄湄区“十五五”数字经济发展规划</a></div>
<div class="foot">版权所有：澄湄区人民政府办公室　地址：澄湄区政府路1号　苏ICP备00000000号-2　网站标识码：3202000088</div>
</body>
</html>
"""


TEXT = _html()

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "chengmei-jiangsu-district",
        "name": "澄湄区",
        "name_en": "Chengmei District (Jiangsu)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 澄湄区2026年“人工智能+”行动工作要点 (中共澄湄区委办公室、澄湄区人民政府办公室, 澄办发〔2026〕7号, 2026-02-26)
# — SYNTHETIC (synthetic_cs): WRITTEN by helper blindCS (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_chengmei.py as the portal page saved (.html, UTF-8).
# Zone chengmei-jiangsu-district (江苏, an invented urban district; its city is never named) → district; one-year plan 2026.
#   The doc number is printed nowhere on the page (the portal shows none); it is the builder's own, kept in the plan's metadata.
# The hard part is the markup: the whole article is ONE <div> (inside a <font> wrapper) of lines separated by <br> with
#   &nbsp;&nbsp;&nbsp;&nbsp; indents, no <p>; headings are <font face=黑体> / <b>; the group number （一） is in a
#   <span style="font-family:仿宋_GB2312"> while its words are in <font face=楷体_GB2312><b>; an item's number "1." is in a Times New
#   Roman span while its title is in <b><font>; every annotation is its own <span style="color:…">, at the end of the item's line
#   or on a LINE OF ITS OWN after it (items 2, 6, 8, 12: "责任单位：X、Y" without brackets); item 5's body is wrapped by a soft
#   break onto an unindented second line ("企业群众办事材料平均精简30%。") before its annotation line.
# Outline: preamble (no task); 一、工作基础和主要目标 = a 2025 review (36亿元, 118家, 50P, 26个: baselines, no targets) and ONE
#   goal paragraph "2026年，…" → goal titled by its date phrase "2026年" (8 targets). 二、重点任务 → a section over four groups
#   （一）–（四） (its sub-sections) of items 1.–17. numbered ON across the groups → tasks, title = the bold words before 。, text = title
#   + body (+ its wrapped line) + annotation. 三、工作要求 = four unnumbered paragraphs led by bold names → safeguard tasks titled
#   by the names (no numbering).
# Roles: "（牵头单位：X；配合单位：Y）" → lead / supporting; "（X牵头，Y配合）" → lead / supporting; "（牵头单位：X、Y）" → two leads;
#   an own-line "责任单位：X、Y" (no lead named) → responsible; 各街道办事处 one collective; 区委统战部 and 区工商联 supporting.
# Targets: all due 2026. "同比增长25%以上" beside the level → its own target (gte 25 %); "其中高新技术企业不少于10家" and "其中
#   亿元以上项目8个" → parent the figure before; 新增智能算力30P (new) beside 智能算力规模达到80P (total): two targets; 2万平方米 →
#   20000 平方米; "稳定在98%以上" gte; "全覆盖" (no figure) → no target (corrected 2026-12-07 by helper rCS: the corpus reads 全覆盖 / 全部 with no figure as no target — SYNTHETIC_E's 云南, SYNTHETIC_F, SYNTHETIC_BK, SYNTHETIC_BM); item 3's "（6月底前完成）" → due 2026-06-30, no figure. Item 5's wrapped
#   line "企业群众办事材料平均精简30%" is a target of the task (a cut to reach, as 压缩50% is), its phrase on the second line. Not targets: the 2025 review's figures; "每月25日前报送" (a reporting day); item 14's 子基金 "规模不低于5亿元" (the size of a fund being set up); "80个路口" is a count of things changed (a target); "两批共26个" (2025).
"""
