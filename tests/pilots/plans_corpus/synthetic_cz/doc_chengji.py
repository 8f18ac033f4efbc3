# ruff: noqa: E501  (plan text as the office writes it)
"""澄霁市推进“人工智能+”行动方案（2026—2027年） — INVENTED (synthetic_cz). The city's 行动方案 as its government
WeChat account "澄霁发布" publishes it, saved from the browser as .html: div#js_content of nested <section>s with
inline styles, every paragraph's words split over many <span>s, "点击上方蓝字关注我们", a banner, the two first part
headings (一、主要目标 / 二、重点任务) printed ONLY as images with alt text, the groups and 三、保障措施 as styled
sections, 来源 / 编辑 / 审核 / 责编 lines, 往期推荐 links carrying figures of their own, 阅读原文, 分享 收藏 点赞 在看."""

from cz_parts import Item, agencies_of, p, page, sections_of
from synthetic_model import Goal, Target

SLUG = "chengji-ai-plus-action-plan-2026-synthetic"
KIND = "html"
T = Target

AGENCIES, CODE = agencies_of(
    {
        "市数据局": ("sjj", "澄霁市数据局", "big_data"),
        "市发展改革委": ("fgw", "澄霁市发展和改革委员会", "development_reform"),
        "市工信局": ("gxj", "澄霁市工业和信息化局", "industry_it"),
        "市委网信办": ("wxb", "中共澄霁市委网络安全和信息化委员会办公室", "publicity"),
        "市政务服务中心": ("zwz", "澄霁市政务服务中心", "government_services"),
        "市卫生健康委": ("wjw", "澄霁市卫生健康委员会", "health"),
        "市农业农村局": ("nyj", "澄霁市农业农村局", "agriculture"),
        "市科技局": ("kjj", "澄霁市科学技术局", "science_technology"),
        "市财政局": ("czj", "澄霁市财政局", "finance"),
        "市商务局": ("swj", "澄霁市商务局", "commerce"),
        "市交通运输局": ("jtj", "澄霁市交通运输局", "transport"),
        "市公安局": ("gaj", "澄霁市公安局", "public_security"),
        "市住建局": ("zjj", "澄霁市住房和城乡建设局", "housing_construction"),
        "市人社局": ("rsj", "澄霁市人力资源和社会保障局", "human_resources"),
        "市教育局": ("jyj", "澄霁市教育局", "education"),
        "市市场监管局": ("scj", "澄霁市市场监督管理局", "market_regulation"),
        "市政府督查室": ("dcs", "澄霁市人民政府督查室", "government"),
    }
)

TITLE = "澄霁市推进“人工智能+”行动方案（2026—2027年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Chengji City “AI+” action plan (2026–2027) — synthetic",
    "issuer": "澄霁市人民政府办公室",
    "doc_number": "澄府办发〔2026〕7号",
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

GOAL_2027 = "到2027年，全市人工智能核心产业规模突破120亿元，带动相关产业规模达到600亿元；人工智能企业超过150家，其中规上企业达到40家；智能算力规模达到3000P；建成高质量行业数据集30个；打造“人工智能+”典型应用场景100个以上；培育省级以上人工智能创新平台10个；人工智能领域人才总量达到2万人。"
GOAL_2026 = "到2026年底，全市智能算力规模达到1800P，“人工智能+”典型应用场景达到50个。"
GOALS = [
    Goal(
        "到2027年",
        GOAL_2027,
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                120,
                "全市人工智能核心产业规模突破120亿元",
                kind="ai_industry_scale",
            ),
            T(
                "人工智能相关产业规模",
                "亿元",
                "eq",
                600,
                "带动相关产业规模达到600亿元",
                kind="related_industry_scale",
            ),
            T("人工智能企业", "家", "gt", 150, "人工智能企业超过150家", kind="ai_enterprises"),
            T("规上人工智能企业", "家", "eq", 40, "其中规上企业达到40家", parent="PREV"),
            T("智能算力规模", "P", "eq", 3000, "智能算力规模达到3000P", kind="computing_power"),
            T("高质量行业数据集", "个", "eq", 30, "建成高质量行业数据集30个"),
            T(
                "“人工智能+”典型应用场景",
                "个",
                "gte",
                100,
                "打造“人工智能+”典型应用场景100个以上",
                kind="application_scenarios",
            ),
            T(
                "省级以上人工智能创新平台",
                "个",
                "eq",
                10,
                "培育省级以上人工智能创新平台10个",
                kind="innovation_platforms",
            ),
            T(
                "人工智能领域人才总量",
                "人",
                "eq",
                20000,
                "人工智能领域人才总量达到2万人",
                kind="talent",
            ),
        ],
    ),
    Goal(
        "到2026年底",
        GOAL_2026,
        [
            T(
                "智能算力规模",
                "P",
                "eq",
                1800,
                "全市智能算力规模达到1800P",
                kind="computing_power",
                deadline=2026,
            ),
            T(
                "“人工智能+”典型应用场景",
                "个",
                "eq",
                50,
                "“人工智能+”典型应用场景达到50个",
                kind="application_scenarios",
                deadline=2026,
            ),
        ],
    ),
]

GROUPS = [
    (
        "（一）",
        "筑牢智能算力和数据底座",
        [
            Item(
                "1.",
                "建设城市智算中心",
                "依托澄霁数字产业园建设城市智算中心，2026年底前建成一期工程，新增智能算力1000P，推动全市算力资源统一调度。",
                ["市数据局"],
                ["市发展改革委", "市工信局"],
                targets=[
                    T(
                        "城市智算中心一期新增智能算力",
                        "P",
                        "eq",
                        1000,
                        "新增智能算力1000P",
                        deadline=2026,
                        aggregation="flow",
                        kind="computing_power",
                    )
                ],
            ),
            Item(
                "2.",
                "推进公共数据开放",
                "编制公共数据开放目录，2027年底前累计开放公共数据集500个以上，建设市级数据要素流通服务平台。",
                ["市数据局"],
                ["市委网信办", "市政务服务中心"],
                targets=[T("累计开放公共数据集", "个", "gte", 500, "累计开放公共数据集500个以上")],
            ),
            Item(
                "3.",
                "建设行业高质量数据集",
                "聚焦装备制造、医疗健康、现代农业等领域，组织龙头企业和科研院所共建行业数据集，建立数据标注基地1个。",
                ["市数据局"],
                ["市工信局", "市卫生健康委", "市农业农村局"],
                targets=[T("数据标注基地", "个", "eq", 1, "建立数据标注基地1个")],
            ),
        ],
    ),
    (
        "（二）",
        "壮大人工智能产业",
        [
            Item(
                "4.",
                "培育人工智能企业梯队",
                "实施人工智能企业“雁阵”培育计划，每年新认定人工智能领域高新技术企业15家以上。",
                ["市科技局"],
                ["市工信局", "市财政局"],
                targets=[
                    T(
                        "新认定人工智能领域高新技术企业",
                        "家",
                        "gte",
                        15,
                        "每年新认定人工智能领域高新技术企业15家以上",
                        per_year=True,
                    )
                ],
            ),
            Item(
                "5.",
                "建设人工智能产业园区",
                "推动澄霁数字产业园扩容提质，到2027年园区入驻人工智能企业达到80家。",
                ["市发展改革委"],
                ["市商务局", "市工信局"],
                targets=[
                    T(
                        "澄霁数字产业园入驻人工智能企业",
                        "家",
                        "eq",
                        80,
                        "园区入驻人工智能企业达到80家",
                    )
                ],
            ),
            Item(
                "6.",
                "强化精准招商",
                "围绕大模型、智能终端、智能网联汽车等方向开展产业链招商，引进人工智能重点项目20个以上。",
                ["市商务局"],
                ["市发展改革委", "市工信局"],
                targets=[
                    T(
                        "引进人工智能重点项目",
                        "个",
                        "gte",
                        20,
                        "引进人工智能重点项目20个以上",
                        aggregation="flow",
                    )
                ],
            ),
            Item(
                "7.",
                "发展智能终端产业",
                "支持企业研发智能穿戴、服务机器人等产品，力争智能终端产品产值突破50亿元。",
                ["市工信局"],
                ["市科技局"],
                targets=[T("智能终端产品产值", "亿元", "gt", 50, "力争智能终端产品产值突破50亿元")],
            ),
        ],
    ),
    (
        "（三）",
        "深化“人工智能+”场景应用",
        [
            Item(
                "8.",
                "推进“人工智能+制造”",
                "推动规上工业企业智能化改造和数字化转型，建成省级智能工厂15家、数字化车间50个。",
                ["市工信局"],
                ["市发展改革委", "市财政局"],
                targets=[
                    T("省级智能工厂", "家", "eq", 15, "建成省级智能工厂15家"),
                    T("数字化车间", "个", "eq", 50, "数字化车间50个"),
                ],
            ),
            Item(
                "9.",
                "推进“人工智能+医疗”",
                "推广人工智能辅助诊断、智能影像等应用，二级以上公立医院人工智能辅助诊断覆盖率达到90%。",
                ["市卫生健康委"],
                ["市数据局"],
                targets=[
                    T(
                        "二级以上公立医院人工智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        90,
                        "二级以上公立医院人工智能辅助诊断覆盖率达到90%",
                    )
                ],
            ),
            Item(
                "10.",
                "推进“人工智能+交通”",
                "建设城市交通智能调度平台，完成智能网联道路改造50公里。",
                ["市交通运输局"],
                ["市公安局", "市住建局"],
                targets=[
                    T(
                        "智能网联道路改造",
                        "公里",
                        "eq",
                        50,
                        "完成智能网联道路改造50公里",
                        aggregation="flow",
                    )
                ],
            ),
            Item(
                "11.",
                "推进“人工智能+政务”",
                "上线政务服务大模型应用，“一网通办”智能客服问题解决率达到85%以上。",
                ["市政务服务中心"],
                ["市数据局"],
                targets=[
                    T(
                        "“一网通办”智能客服问题解决率",
                        "%",
                        "gte",
                        85,
                        "“一网通办”智能客服问题解决率达到85%以上",
                    )
                ],
            ),
            Item(
                "12.",
                "推进“人工智能+农业”",
                "建设智慧农业示范基地10个，推广智能农机装备500台（套）。",
                ["市农业农村局"],
                ["市科技局"],
                targets=[
                    T("智慧农业示范基地", "个", "eq", 10, "建设智慧农业示范基地10个"),
                    T(
                        "推广智能农机装备",
                        "台（套）",
                        "eq",
                        500,
                        "推广智能农机装备500台（套）",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "夯实人才和安全支撑",
        [
            Item(
                "13.",
                "集聚人工智能人才",
                "实施“澄英计划”，每年引进人工智能领域高层次人才50名。",
                ["市人社局"],
                ["市科技局", "市教育局"],
                targets=[
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        50,
                        "每年引进人工智能领域高层次人才50名",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            Item(
                "14.",
                "推进产教融合",
                "支持驻市高校开设人工智能相关专业，建设人工智能实训基地5个。",
                ["市教育局"],
                ["市人社局", "市工信局"],
                targets=[T("人工智能实训基地", "个", "eq", 5, "建设人工智能实训基地5个")],
            ),
            Item(
                "15.",
                "加强安全治理",
                "建立人工智能安全风险监测机制，开展算法安全评估和科技伦理审查。",
                ["市委网信办"],
                ["市公安局", "市市场监管局"],
            ),
        ],
    ),
]
SAFEGUARDS = [
    Item(
        "（一）",
        "加强组织领导",
        "成立市推进“人工智能+”行动工作专班，由市政府分管领导任组长，统筹推进重大事项，专班办公室设在市数据局，负责日常工作。",
    ),
    Item(
        "（二）",
        "强化政策支持",
        "市财政每年安排人工智能产业发展专项资金1亿元，对算力使用、场景开放、人才引进给予支持。",
        ["市财政局"],
        ["市数据局", "市工信局"],
    ),
    Item(
        "（三）",
        "加强督促落实",
        "建立任务台账和季度调度机制，将重点任务完成情况纳入年度绩效考核。",
        ["市政府督查室"],
        ["市数据局"],
    ),
]

PARTS = [(f"S{i}", n, t, "key_task", items) for i, (n, t, items) in enumerate(GROUPS, 1)]
PARTS.append(("S5", "三、", "保障措施", "safeguard", SAFEGUARDS))
SECTIONS, TASK_GOALS = sections_of(PARTS, CODE)
GOALS = GOALS + TASK_GOALS


def heading_image(alt, n):
    return f'<section style="text-align: center;margin: 20px 0 10px;"><img class="rich_pages wxw-img" data-ratio="0.15" data-s="300,640" data-type="png" data-w="1080" data-src="https://mmbiz.qpic.cn/mmbiz_png/cj2026title{n}/640?wx_fmt=png" alt="{alt}" style="width: 100%;"></section>'


def group_heading(text):
    return f'<section style="margin: 18px 0 10px;border-left: 4px solid rgb(0, 112, 192);padding-left: 8px;"><span leaf=""><span style="font-size: 16px;font-weight: bold;color: rgb(0, 112, 192);">{text}</span></span></section>'


def item_html(i):
    return p(f"{i.numbering}{i.title}。{i.body}{i.annot}", width=11)


def _body():
    out = [
        '<section style="text-align: center;"><span style="font-size: 13px;color: rgb(0, 112, 192);">点击上方蓝字关注我们</span></section>',
        '<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/cjbanner/640?wx_fmt=jpeg" alt="澄霁发布" style="width: 100%;"></section>',
        p("近日，市人民政府办公室印发《澄霁市推进“人工智能+”行动方案（2026—2027年）》。一起来看↓"),
        '<section style="text-align: center;margin: 16px 0;"><span style="font-size: 18px;font-weight: bold;color: rgb(192, 0, 0);">澄霁市人民政府办公室<br>关于印发澄霁市推进“人工智能+”行动方案<br>（2026—2027年）的通知</span></section>',
        '<section style="text-align: center;"><span style="font-size: 14px;">澄府办发〔2026〕7号</span></section>',
        p("各县（区）人民政府，市政府各部门："),
        p(
            "《澄霁市推进“人工智能+”行动方案（2026—2027年）》已经市政府同意，现印发给你们，请认真组织实施。"
        ),
        '<section style="text-align: right;"><span>澄霁市人民政府办公室</span></section><section style="text-align: right;"><span>2026年3月16日</span></section>',
        f'<section style="text-align: center;margin: 20px 0;"><span style="font-size: 17px;font-weight: bold;">{TITLE}</span></section>',
        p(
            "为深入贯彻国家和省关于深入实施“人工智能+”行动的决策部署，加快人工智能与经济社会各领域深度融合，结合我市实际，制定本方案。"
        ),
        heading_image("一、主要目标", 1),
        p(GOAL_2027),
        p(GOAL_2026),
        heading_image("二、重点任务", 2),
    ]
    for n, t, items in GROUPS:
        out.append(group_heading(f"{n}{t}"))
        out.extend(item_html(i) for i in items)
    out.append(group_heading("三、保障措施"))
    out.extend(item_html(i) for i in SAFEGUARDS)
    out.append(
        '<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/cjend/0?wx_fmt=gif" alt="分割线" style="width: 60%;"></section>'
    )
    return "\n".join(out)


TEXT = page(
    title="重磅！澄霁市推进“人工智能+”行动方案印发",
    account="澄霁发布",
    account_en="ChengjiFabu",
    published="2026-03-18 19:30",
    place="江西",
    body=_body(),
    footer_lines=["来源：澄霁市人民政府办公室", "编辑：刘佳　审核：周敏", "责编：陈晓"],
    recommended=[
        ("cjA1x2026", "澄霁今年将新建5G基站2000个"),
        ("cjB7y2026", "澄霁数字产业园入驻企业突破60家"),
        ("cjC3z2026", "2025年澄霁人工智能核心产业规模达到68亿元"),
    ],
    read_original="https://www.chengji.gov.cn/zwgk/zcwj/202603/t20260316_7.html",
)

EXTRACTION = {
    "zone": {"slug": "chengji-city", "name": "澄霁市", "name_en": "Chengji City", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 澄霁市推进“人工智能+”行动方案（2026—2027年） (澄霁市人民政府办公室, 澄府办发〔2026〕7号, 2026-03-16)
# — SYNTHETIC (synthetic_cz): WRITTEN by helper blindCZ (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_chengji.py as the article of the city's WeChat account "澄霁发布" (.html).
# Zone chengji-city (an invented prefecture-level city of 江西) → city level; period 2026—2027.
# Outline: the account's chrome (article title "重磅！…印发", account name, 发布时间, IP 江西, 点击上方蓝字关注我们, banner), a one-line
#   intro, the 通知 (red title, 文号, 主送, one sentence, issuer, date), the plan's title and preface (no target); the part headings
#   一、主要目标 and 二、重点任务 are IMAGES (alt text only, not in the page's text); the goals' two paragraphs; four styled group headings
#   （一）–（四） over items 1.–15. numbered on, each closed by "（牵头单位：X；配合单位：Y）"; a styled heading 三、保障措施 over （一）–（三）;
#   来源 / 编辑 / 审核 / 责编, 往期推荐 (three links), a QR code, 阅读原文, 分享 收藏 点赞 在看, 写留言.
# Sections: the parts whose heading is an image cannot be quoted, so the groups （一）–（四） stand as the top-level sections (key_task),
#   beside 三、保障措施 (safeguard). Goals: "到2027年" (9) and "到2026年底" (2, due 2026); each item holding figures is also a goal titled
#   like it (text = the item's text), its figures due 2027 unless dated (item 1's 1000P: 2026年底前 → 2026).
# Not targets: the 往期推荐 titles (other articles' figures: 2000 5G基站, 60家, 68亿元 — chrome, not the plan); 专项资金1亿元 (a
#   budget); 开放目录 etc. without a figure. 其中规上企业40家 → parent the 150家. 2万人 → 20000. 建立数据标注基地1个 (made) → 1.
# Roles: 牵头单位 → lead, 配合单位 → supporting. Safeguard （一）'s "专班办公室设在市数据局，负责日常工作" assigns no role. 市政府督查室 leads
#   safeguard （三） by its 牵头单位 label (it is the body the annotation names to carry it out, not a 督办单位).
"""
