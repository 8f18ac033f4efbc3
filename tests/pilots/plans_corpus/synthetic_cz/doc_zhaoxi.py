# ruff: noqa: E501  (plan text as the office writes it)
"""棹溪区推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cz). A district of 澄霁市 whose account
"棹溪融媒" reposts its 实施方案 (.html): a 导读 box that restates some of the plan's figures in the editor's own words
(冲刺30亿元, 翻一番, "新增算力200P" …) before "全文如下", part headings "▶ 一、…", group headings with numbered emoji
"1️⃣ 算力筑基行动", items "◆ 1.…（区X牵头，区Y、区Z配合）", unnumbered safeguards "◆ 加强组织领导。…"."""

from cz_parts import Item, agencies_of, p, page, sections_of
from synthetic_model import Goal, Target

SLUG = "zhaoxi-ai-plus-implementation-2026-synthetic"
KIND = "html"
T = Target

AGENCIES, CODE = agencies_of(
    {
        "区数据局": ("sjj", "澄霁市棹溪区数据局", "big_data"),
        "区发展改革局": ("fgj", "澄霁市棹溪区发展和改革局", "development_reform"),
        "区工信局": ("gxj", "澄霁市棹溪区工业和信息化局", "industry_it"),
        "区政务服务中心": ("zwz", "澄霁市棹溪区政务服务中心", "government_services"),
        "中国移动棹溪分公司": (
            "yd",
            "中国移动通信集团江西有限公司澄霁棹溪分公司",
            "state_enterprise",
        ),
        "中国电信棹溪分公司": ("dx", "中国电信股份有限公司澄霁棹溪分公司", "state_enterprise"),
        "区科技局": ("kjj", "澄霁市棹溪区科学技术局", "science_technology"),
        "区商务局": ("swj", "澄霁市棹溪区商务局", "commerce"),
        "区住建局": ("zjj", "澄霁市棹溪区住房和城乡建设局", "housing_construction"),
        "区财政局": ("czj", "澄霁市棹溪区财政局", "finance"),
        "区教育局": ("jyj", "澄霁市棹溪区教育局", "education"),
        "区卫生健康局": ("wjj", "澄霁市棹溪区卫生健康局", "health"),
        "区民政局": ("mzj", "澄霁市棹溪区民政局", "civil_affairs"),
        "各街道办事处": ("jd", "澄霁市棹溪区各街道办事处", "local_government"),
        "区文旅局": ("wlj", "澄霁市棹溪区文化广电旅游局", "culture_tourism"),
        "区人社局": ("rsj", "澄霁市棹溪区人力资源和社会保障局", "human_resources"),
        "区金融服务中心": ("jrz", "澄霁市棹溪区金融服务中心", "financial_regulation"),
        "区市场监管局": ("scj", "澄霁市棹溪区市场监督管理局", "market_regulation"),
        "区委宣传部": ("xcb", "中共澄霁市棹溪区委宣传部", "publicity"),
        "区委督查室": ("dcs", "中共澄霁市棹溪区委督查室", "government"),
    }
)

TITLE = "棹溪区推进“人工智能+”行动实施方案（2026—2027年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhaoxi District “AI+” implementation plan (2026–2027) — synthetic",
    "issuer": "澄霁市棹溪区人民政府办公室",
    "doc_number": "棹府办发〔2026〕4号",
    "issued_on": "2026-04-02",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

GOAL_2027 = "到2027年，全区人工智能核心产业规模突破30亿元，人工智能企业达到60家，智能算力规模达到500P，打造“人工智能+”应用场景50个以上，培育省级专精特新中小企业8家。"
GOAL_2026 = "到2026年底，全区人工智能核心产业规模达到18亿元，人工智能企业达到45家。"
GOALS = [
    Goal(
        "到2027年",
        GOAL_2027,
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                30,
                "全区人工智能核心产业规模突破30亿元",
                kind="ai_industry_scale",
            ),
            T("人工智能企业", "家", "eq", 60, "人工智能企业达到60家", kind="ai_enterprises"),
            T("智能算力规模", "P", "eq", 500, "智能算力规模达到500P", kind="computing_power"),
            T(
                "“人工智能+”应用场景",
                "个",
                "gte",
                50,
                "打造“人工智能+”应用场景50个以上",
                kind="application_scenarios",
            ),
            T("省级专精特新中小企业", "家", "eq", 8, "培育省级专精特新中小企业8家"),
        ],
    ),
    Goal(
        "到2026年底",
        GOAL_2026,
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "eq",
                18,
                "全区人工智能核心产业规模达到18亿元",
                kind="ai_industry_scale",
                deadline=2026,
            ),
            T(
                "人工智能企业",
                "家",
                "eq",
                45,
                "人工智能企业达到45家",
                kind="ai_enterprises",
                deadline=2026,
            ),
        ],
    ),
]


def I(n, title, body, lead, sup=(), resp=(), targets=()):  # noqa: E743
    return Item(n, title, body, lead, sup, resp, targets, form="run")


GROUPS = [
    (
        "1️⃣",
        "算力筑基行动",
        [
            I(
                "1.",
                "建设区级算力调度中心",
                "对接市城市智算中心，建设区级算力调度中心，2026年底前新增智能算力200P。",
                ["区数据局"],
                ["区发展改革局", "区工信局"],
                targets=[
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        200,
                        "新增智能算力200P",
                        deadline=2026,
                        aggregation="flow",
                        kind="computing_power",
                    )
                ],
            ),
            I(
                "2.",
                "推动数据资源汇聚",
                "建设区级公共数据资源库，归集公共数据5000万条以上，推动数据分类分级开放，建立数据质量监测和共享评价机制。",
                ["区数据局"],
                ["区政务服务中心"],
                targets=[T("归集公共数据", "条", "gte", 50000000, "归集公共数据5000万条以上")],
            ),
            I(
                "3.",
                "完善网络基础设施",
                "新建5G基站300个，实现重点园区千兆光网全覆盖，推进物联网感知设施在城市管理中的部署应用。",
                ["区工信局"],
                ["中国移动棹溪分公司", "中国电信棹溪分公司"],
                targets=[T("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow")],
            ),
        ],
    ),
    (
        "2️⃣",
        "产业跃升行动",
        [
            I(
                "4.",
                "培育本土人工智能企业",
                "开展人工智能企业梯度培育，新增国家高新技术企业10家，支持企业与高校院所共建研发平台。",
                ["区科技局"],
                ["区工信局"],
                targets=[
                    T(
                        "新增国家高新技术企业",
                        "家",
                        "eq",
                        10,
                        "新增国家高新技术企业10家",
                        aggregation="flow",
                    )
                ],
            ),
            I(
                "5.",
                "打造人工智能产业楼宇",
                "建设棹溪人工智能产业大厦，入驻企业达到30家，完善楼宇配套服务，打造人工智能企业集聚区。",
                ["区商务局"],
                ["区住建局"],
                targets=[T("棹溪人工智能产业大厦入驻企业", "家", "eq", 30, "入驻企业达到30家")],
            ),
            I(
                "6.",
                "引育人工智能项目",
                "聚焦智能制造、智慧物流等方向，引进人工智能产业项目15个，建立项目全生命周期服务机制。",
                ["区商务局"],
                ["区发展改革局"],
                targets=[
                    T(
                        "引进人工智能产业项目",
                        "个",
                        "eq",
                        15,
                        "引进人工智能产业项目15个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "3️⃣",
        "场景赋能行动",
        [
            I(
                "7.",
                "推进智能制造",
                "支持企业建设智能工厂，新增市级以上智能工厂（数字化车间）12个，推广工业大模型在研发设计、生产管控等环节应用。",
                ["区工信局"],
                ["区财政局"],
                targets=[
                    T(
                        "新增市级以上智能工厂（数字化车间）",
                        "个",
                        "eq",
                        12,
                        "新增市级以上智能工厂（数字化车间）12个",
                        aggregation="flow",
                    )
                ],
            ),
            I(
                "8.",
                "推进智慧教育",
                "在全区中小学推广人工智能教育，建设人工智能教育实验室20间，培育一批人工智能教育特色学校。",
                ["区教育局"],
                ["区科技局"],
                targets=[T("人工智能教育实验室", "间", "eq", 20, "建设人工智能教育实验室20间")],
            ),
            I(
                "9.",
                "推进智慧医疗",
                "区人民医院建成智慧医院，基层医疗机构人工智能辅助诊断应用率达到80%。",
                ["区卫生健康局"],
                ["区数据局"],
                targets=[
                    T(
                        "基层医疗机构人工智能辅助诊断应用率",
                        "%",
                        "eq",
                        80,
                        "基层医疗机构人工智能辅助诊断应用率达到80%",
                    )
                ],
            ),
            I(
                "10.",
                "推进智慧社区",
                "建成智慧社区15个，推广智能养老、智能安防等社区服务，提升基层治理智能化水平。",
                ["区民政局"],
                (),
                ["各街道办事处"],
                targets=[T("智慧社区", "个", "eq", 15, "建成智慧社区15个")],
            ),
            I(
                "11.",
                "推进智慧文旅",
                "打造智慧景区3个，推出AI导览等数字文旅产品，打造“夜游棹溪”智慧消费场景。",
                ["区文旅局"],
                ["区商务局"],
                targets=[T("智慧景区", "个", "eq", 3, "打造智慧景区3个")],
            ),
        ],
    ),
    (
        "4️⃣",
        "生态优化行动",
        [
            I(
                "12.",
                "强化人才引育",
                "引进人工智能领域专业人才300名，开展人工智能技能培训2000人次。",
                ["区人社局"],
                ["区教育局"],
                targets=[
                    T(
                        "引进人工智能领域专业人才",
                        "名",
                        "eq",
                        300,
                        "引进人工智能领域专业人才300名",
                        aggregation="flow",
                        kind="talent",
                    ),
                    T(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        2000,
                        "开展人工智能技能培训2000人次",
                        aggregation="flow",
                    ),
                ],
            ),
            I(
                "13.",
                "加大金融支持",
                "设立规模5亿元的人工智能产业基金，推动银行开发“智贷通”信贷产品，引导社会资本投向人工智能领域。",
                ["区财政局"],
                ["区金融服务中心"],
            ),
            I(
                "14.",
                "优化企业服务",
                "建立人工智能企业服务专员制度，为重点企业提供“一对一”服务。",
                ["区市场监管局"],
                ["区政务服务中心"],
            ),
        ],
    ),
]
SAFEGUARDS = [
    Item(
        None,
        "加强组织领导",
        "成立区推进“人工智能+”行动领导小组，领导小组办公室设在区数据局，负责日常工作。",
    ),
    Item(
        None,
        "强化要素保障",
        "统筹区级产业发展资金支持人工智能项目建设，优先保障重点项目用地、用能和算力需求，落实国家和省、市各项支持政策。",
        ["区财政局"],
        ["区发展改革局", "区数据局"],
        form="run",
    ),
    Item(
        None,
        "营造良好氛围",
        "办好人工智能应用场景发布会和供需对接会，通过多种渠道宣传推广典型案例和先进经验，营造全社会关注、支持和参与人工智能发展的浓厚氛围。",
        ["区委宣传部"],
        ["区科技局"],
        form="run",
    ),
    Item(
        None,
        "强化考核评估",
        "将方案实施情况纳入区直单位年度综合考核，定期通报进展。",
        ["区委督查室"],
        ["区数据局"],
        form="run",
    ),
]

PARTS = [(f"S{i}", n, t, "key_task", items) for i, (n, t, items) in enumerate(GROUPS, 1)]
PARTS.append(("S5", "三、", "保障措施", "safeguard", SAFEGUARDS))
SECTIONS, TASK_GOALS = sections_of(PARTS, CODE)
GOALS = GOALS + TASK_GOALS

BLUE = "color: rgb(28, 127, 214);"


def styled(text, size=16):
    return f'<section style="margin: 16px 0 8px;"><span leaf=""><span style="font-size: {size}px;font-weight: bold;{BLUE}">{text}</span></span></section>'


def _body():
    out = [
        '<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/zxfollow/0?wx_fmt=gif" alt="关注" style="width: 100%;"></section>',
        '<section style="text-align: center;"><span style="font-size: 13px;color: rgb(136, 136, 136);">点击上方蓝字关注我们</span></section>',
        '<section style="margin: 10px 0;padding: 12px;background-color: rgb(239, 247, 255);border-radius: 6px;">',
        '<section><span style="font-weight: bold;' + BLUE + '">📌导读</span></section>',
        p(
            "近日，《棹溪区推进“人工智能+”行动实施方案（2026—2027年）》正式印发。到2027年，我区AI核心产业规模将冲刺30亿元，AI企业数量较现在翻一番、达到60家，全区要打造50多个应用场景；今年就要新增算力200P、建成一批智慧社区。",
            extra="text-indent: 0;",
        ),
        p("方案都有哪些干货？小编带你划重点👇", extra="text-indent: 0;"),
        "</section>",
        styled("全文如下", 15),
        f'<section style="text-align: center;margin: 16px 0;"><span style="font-size: 17px;font-weight: bold;">{TITLE}</span></section>',
        p(
            "为抢抓“人工智能+”发展机遇，推动人工智能与全区经济社会深度融合，根据《澄霁市推进“人工智能+”行动方案（2026—2027年）》，结合我区实际，制定本实施方案。本方案实施期为2026年至2027年，各责任单位要按照职责分工细化工作举措、压实工作责任。"
        ),
        styled("▶ 一、总体目标"),
        p(
            "坚持需求导向、场景牵引、企业主体、开放合作，聚焦算力筑基、产业跃升、场景赋能、生态优化四大行动，推动人工智能与实体经济、城市治理和民生服务深度融合，努力把棹溪建设成为全市人工智能创新应用先行区。"
        ),
        p(GOAL_2027),
        p(GOAL_2026),
        styled("▶ 二、重点任务"),
    ]
    for n, t, items in GROUPS:
        out.append(styled(f"{n} {t}", 15))
        out.extend(p(f"◆ {i.numbering}{i.title}。{i.body}{i.annot}", width=7) for i in items)
    out.append(styled("▶ 三、保障措施"))
    out.extend(p(f"◆ {i.title}。{i.body}{i.annot}", width=7) for i in SAFEGUARDS)
    return "\n".join(out)


TEXT = page(
    title="划重点！棹溪区“人工智能+”行动实施方案来了",
    account="棹溪融媒",
    account_en="ZhaoxiRongmei",
    published="2026-04-03 18:05",
    place="江西",
    body=_body(),
    footer_lines=["来源：棹溪区人民政府办公室", "编辑：王雨桐", "审核：李航　终审：赵卫东"],
    recommended=[
        ("zxQ1a2026", "棹溪区一季度新增高新技术企业6家"),
        ("zxQ2b2026", "棹溪人工智能产业大厦开工建设"),
    ],
    read_original="http://www.zhaoxi.gov.cn/xxgk/zcwj/202604/t20260402_4.html",
)

EXTRACTION = {
    "zone": {
        "slug": "zhaoxi-district",
        "name": "棹溪区",
        "name_en": "Zhaoxi District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 棹溪区推进“人工智能+”行动实施方案（2026—2027年） (澄霁市棹溪区人民政府办公室, 棹府办发〔2026〕4号, 2026-04-02)
# — SYNTHETIC (synthetic_cz): WRITTEN by helper blindCZ (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_zhaoxi.py as the district account "棹溪融媒"'s repost (.html).
# Zone zhaoxi-district (an invented district of the invented 澄霁市, 江西) → district level; period 2026—2027.
# Outline: chrome (article title "划重点！…来了", account, 发布时间, 点击上方蓝字关注我们); a 📌导读 box restating figures in the editor's
#   words; "全文如下"; the plan's title and preface; "▶ 一、总体目标" (two paragraphs); "▶ 二、重点任务" over four groups "1️⃣ 算力筑基行动" …
#   "4️⃣ 生态优化行动", items "◆ 1." – "◆ 14." numbered on, each closed by "（区X牵头，区Y、区Z配合）"; "▶ 三、保障措施" over four unnumbered
#   "◆ 加强组织领导。…" items; 来源 / 编辑 / 审核 / 终审, 往期推荐, 阅读原文, 分享 收藏 点赞 在看.
# The 导读 is the account's, not the plan's (set convention 2): none of its figures is a target, a goal or a date — "冲刺30亿元" is the
#   plan's 突破30亿元 (kept where the plan prints it), "翻一番、达到60家" is the plan's 60家 (no 倍 target: the plan prints no doubling),
#   "50多个应用场景" is the plan's 50个以上 (gte 50 as the plan words it), "今年就要新增算力200P" is item 1's (due 2026 by its own
#   2026年底前), "建成一批智慧社区" no figure.
# Sections: the four emoji-numbered groups (numbering the emoji as printed, title the words after it), key_task; 三、保障措施 safeguard,
#   its items titled by their name (no numbering). "▶" and "◆" are markers: in no title.
# Roles: "X牵头，Y配合" → lead / supporting; "区民政局牵头，各街道办事处负责" → lead / responsible (各街道办事处 one collective).
# Targets: goals 7; items' figures 14 (each item with figures also a goal titled like it), due 2027 unless dated (items 1: 2026).
#   5000万条 → 50000000 条. Not targets: 基金规模5亿元 (a fund set up), 千兆光网全覆盖 (no figure), 往期推荐 titles (6家).
"""
