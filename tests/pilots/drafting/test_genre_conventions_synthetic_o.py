"""Forms of the genre that the synthetic_o set (SYNTHETIC_O.md, measurements 1–3) left open: each a
short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

COUNTY = {"slug": "some-county", "name": "某县", "level": "district"}


def _titles(data: dict) -> list[str]:
    return [task["title"] for task in _tasks(data)]


def _roles_of(data: dict, title: str) -> dict[str, list[str]]:
    """The roles of the task so titled, each agency by the form the text prints."""
    return _roles(data, next(t for t in _tasks(data) if t["title"] == title))


# 1. A closing rule for the tasks the plan leaves unannotated ("重点任务中未列明责任单位的任务，由X
#    牵头组织实施", "以上任务未注明的，由X负责"): its actor takes each key task that names nobody,
#    in the role its word gives; the tasks with their own annotation and the safeguards keep theirs.
#    A closing part titled 其他事项 holds that rule and the dates of the document: no task.

CLOSING_RULE = (
    "某县数字乡村行动方案\n"
    "一、重点任务\n"
    "1.建设乡村数据平台。整合涉农数据，建设县级平台。（县农业农村局负责）\n"
    "2.推广智慧灌溉。在示范片区推广智能灌溉设备。\n"
    "3.培育电商主体。扶持农村电商服务站点建设。\n"
    "责任单位：县商务局（牵头），县供销社\n"
    "二、保障措施\n"
    "（一）强化资金保障。统筹安排专项资金支持项目建设。\n"
    "三、其他事项\n"
    "重点任务中未列明责任单位的任务，由县发展改革局牵头组织实施，其他有关单位按职责配合。"
    "本方案自印发之日起施行。\n"
)


def test_a_closing_rule_gives_its_lead_to_the_key_tasks_that_name_nobody():
    data = _draft(CLOSING_RULE, COUNTY)
    assert _roles_of(data, "推广智慧灌溉") == {"lead": ["县发展改革局"]}
    assert _roles_of(data, "建设乡村数据平台") == {"responsible": ["县农业农村局"]}
    assert _roles_of(data, "培育电商主体") == {"lead": ["县商务局"], "responsible": ["县供销社"]}
    assert _roles_of(data, "强化资金保障") == {}


def test_a_closing_part_of_other_matters_is_no_task():
    assert "其他事项" not in _titles(_draft(CLOSING_RULE, COUNTY))


def test_a_closing_rule_with_the_responsible_word_names_the_responsible():
    text = (
        "某县文旅融合工作方案\n"
        "一、主要任务\n"
        "（一）建设智慧景区。推进景区票务和导览系统智能化。\n"
        "（二）打造数字文创。开发数字文创产品。（县文化广电和旅游局负责）\n"
        "以上任务未注明的，由县文化广电和旅游局负责。\n"
    )
    data = _draft(text, COUNTY)
    assert _roles_of(data, "建设智慧景区") == {"responsible": ["县文化广电和旅游局"]}


def test_a_plan_without_a_closing_rule_leaves_its_unannotated_tasks_unassigned():
    """Control: no rule, no roles."""
    rule = "重点任务中未列明责任单位的任务，由县发展改革局牵头组织实施，其他有关单位按职责配合。"
    data = _draft(CLOSING_RULE.replace(rule, ""), COUNTY)
    assert _roles_of(data, "推广智慧灌溉") == {}


# 2. A level reached as a step of a size class ("迈上百亿元级台阶", "跨上千亿级新台阶"): 级
#    before the milestone word is part of it, not a size class of things — at least that much.


def _targets(data: dict) -> list[dict]:
    return [t for goal in data["goals"] for t in goal["targets"]]


def test_a_size_class_step_is_a_level_reached():
    text = (
        "某县数字文创行动方案\n"
        "一、主要目标\n"
        "到2027年，全县数字文创产业规模迈上百亿元级台阶，引进数字文创企业20家以上。\n"
        "二、重点任务\n"
        "1.建设文创园区。建设数字文创产业园。（县文化广电和旅游局负责）\n"
    )
    (scale,) = [t for t in _targets(_draft(text, COUNTY)) if t["unit"] == "亿元"]
    assert (scale["metric"], scale["comparator"], scale["value"]) == (
        "数字文创产业规模",
        "gte",
        100,
    )
    assert scale["deadline"] == 2027


def test_a_size_class_of_clusters_is_still_no_figure():
    """Control: 千亿级产业集群 names the class of a cluster to grow, no level of a metric."""
    text = (
        "某县数字文创行动方案\n"
        "一、主要目标\n"
        "到2027年，培育一批企业，引进数字文创企业20家以上，谋划千亿级产业集群布局。\n"
        "二、重点任务\n"
        "1.建设文创园区。建设数字文创产业园。（县文化广电和旅游局负责）\n"
    )
    assert [t["unit"] for t in _targets(_draft(text, COUNTY))] == ["家"]


# 3. An annex division table of named projects (附件1 重点工程分工表: 序号 | 重点工程 | 牵头单位 |
#    配合单位), as a PDF page's table reaches the importer (cells between |): its rows give their
#    roles to the body's unannotated 工程 whose titles they repeat; a 工程 with its own annotation
#    keeps it.

PROJECT_DIVISION = (
    "某市“人工智能+制造”行动方案\n"
    "一、重点任务\n"
    "（一）强化智能装备\n"
    "智能传感器攻关工程。支持企业研发高端智能传感器，突破一批关键技术。"
    "（责任单位：市科技局（牵头）、市工业和信息化局）\n"
    "工业机器人应用工程。推动重点行业机器人规模化应用。（责任单位：市工业和信息化局）\n"
    "（二）完善产业生态\n"
    "产业人才集聚工程。引进培育智能制造领军人才，建设实训基地。\n"
    "算力服务普惠工程。建设面向中小企业的算力服务平台，降低算力使用成本。\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立工作推进机制。\n"
    "附件1\n"
    "重点工程分工表\n"
    "序号|重点工程|牵头单位|配合单位|\n"
    "1|产业人才集聚工程|市人力资源社会保障局|市教育局、市工业和信息化局|\n"
    "2|算力服务普惠工程|市数据局|市发展改革委|\n"
)


def test_an_annex_table_of_projects_assigns_the_body_s_unannotated_projects():
    data = _draft(PROJECT_DIVISION)
    assert _roles_of(data, "产业人才集聚工程") == {
        "lead": ["市人力资源社会保障局"],
        "supporting": ["市教育局", "市工业和信息化局"],
    }
    assert _roles_of(data, "算力服务普惠工程") == {
        "lead": ["市数据局"],
        "supporting": ["市发展改革委"],
    }
    assert _roles_of(data, "智能传感器攻关工程") == {
        "lead": ["市科技局"],
        "responsible": ["市工业和信息化局"],
    }
    assert len(_tasks(data)) == 5  # the rows are no tasks of their own


# 4. A dated paragraph stating no figure after the numeric goals (到2035年，人工智能全面融入…): a
#    vision beyond the plan's figures. The figures with no year of their own (a task's, a 专栏
#    line's) fall due with the numeric goals, not with the vision; the vision dates no milestone.

VISION_AFTER_GOALS = (
    "某市“人工智能+”行动方案\n"
    "一、总体要求\n"
    "（一）主要目标\n"
    "到2027年，全市建成智能工厂50家以上，人工智能核心产业规模突破200亿元。\n"
    "到2035年，人工智能全面融入经济社会发展各领域，智能经济形态基本形成。\n"
    "二、重点任务\n"
    "1.建设行业数据集。围绕优势产业建设行业高质量数据集20个以上。（市数据局负责）\n"
    "2.推广智能工厂。推动企业开展智能化改造。（市工业和信息化局负责）\n"
)


def test_an_item_s_undated_figure_falls_due_with_the_numeric_goals_not_a_vision():
    data = _draft(VISION_AFTER_GOALS)
    (datasets,) = [t for t in _targets(data) if t["value"] == 20]
    assert datasets["deadline"] == 2027
    assert data["plan"]["period_end"] == 2027


def test_a_dated_paragraph_with_figures_still_dates_the_plan():
    """Control: a later paragraph that states figures is a goal of the plan, its year the end."""
    data = _draft(VISION_AFTER_GOALS.replace("智能经济形态基本形成", "智能工厂达到100家"))
    assert data["plan"]["period_end"] == 2035


def test_a_vision_sentence_closing_the_goal_paragraph_dates_nothing():
    """The same vision written as the last sentence of the paragraph that states the figures
    (synthetic_v 新疆, read after its measurement 2): still no milestone, so no plan end."""
    one_paragraph = VISION_AFTER_GOALS.replace("亿元。\n到2035年", "亿元。到2035年")
    data = _draft(one_paragraph)
    (datasets,) = [t for t in _targets(data) if t["value"] == 20]
    assert datasets["deadline"] == 2027
    assert data["plan"]["period_end"] == 2027


def test_a_figured_sentence_after_the_dated_one_keeps_its_year():
    """Control: 到2035年 opening a sentence that states a figure dates the plan's end."""
    one_paragraph = VISION_AFTER_GOALS.replace("亿元。\n到2035年", "亿元。到2035年").replace(
        "智能经济形态基本形成", "智能工厂达到100家"
    )
    assert _draft(one_paragraph)["plan"]["period_end"] == 2035


# 4b. A box's label run into its title (专栏1人工智能教育…, the full-width space lost by a
#     copy): the number names the box, it counts nothing (synthetic_w 新疆, after measurement 2).

BOX_LABEL = (
    "某省“人工智能+教育”行动方案\n"
    "一、主要目标\n"
    "到2027年，全省建设人工智能教育示范校100所以上。\n"
    "二、重点任务\n"
    "（一）夯实基础支撑。推进校园算力建设。（省教育厅牵头，省财政厅按职责分工负责）\n"
    "专栏1　人工智能教育基础支撑重点指标\n"
    "建设省级人工智能教育实验室50个。\n"
    "（二）推进教学应用。推广智能助教。（省教育厅负责）\n"
)


def test_a_box_s_number_is_no_figure():
    found = {(t["value"], t["unit"]) for t in _targets(_draft(BOX_LABEL))}
    assert found == {(100, "所"), (50, "个")}


# 5. A task whose annotation closes its heading (Word's heading style: "1．建设X（Y牵头，
#    Z按职责分工负责）"), its points （1）… below: the figures of the points are the task's
#    commitments, drafted as targets of its goal, though they follow the annotation.

HEADING_ANNOTATED = (
    "某省“人工智能+”行动方案\n"
    "一、主要目标\n"
    "到2027年，全省人工智能核心产业规模突破300亿元。\n"
    "二、重点任务\n"
    "（一）强化创新能力\n"
    "1．实施科技攻关（省科技厅牵头，省教育厅按职责分工负责）\n"
    "（1）组织重大项目。聚焦智能感知等方向，每年组织实施省级重大科技项目6项以上。\n"
    "（2）建设创新平台。支持高校与企业共建技术创新中心。\n"
    "2．推进智能制造（省工业和信息化厅牵头）\n"
    "（1）推动智能化改造。到2027年推动800家以上规模以上工业企业实施智能化改造。\n"
)


def test_the_figures_of_points_under_an_annotated_heading_are_the_task_s_targets():
    data = _draft(HEADING_ANNOTATED)
    found = {(t["value"], t["unit"], t["deadline"]) for t in _targets(data)}
    assert {(6, "项", 2027), (800, "家", 2027)} <= found
    (projects,) = [t for t in _targets(data) if t["value"] == 6]
    assert projects["per_year"] is True


# 6. The count of a place's own subdivisions after 全省 / 全市 (覆盖全省16个州（市）, 延伸到全县12个
#    乡镇): how many there are, the reach of a service — no figure the plan commits to. A count of
#    things to build in them stays one.


def test_the_count_of_a_place_s_subdivisions_is_no_target():
    text = (
        "某省数字农业行动方案\n"
        "一、主要目标\n"
        "到2027年，建设智慧农业示范基地40个，农业大模型服务覆盖全省12个州（市），"
        "益农信息社延伸到全市8个区县。\n"
        "二、重点任务\n"
        "1.建设示范基地。建设智慧农业示范基地。（省农业农村厅负责）\n"
    )
    found = [(t["value"], t["unit"]) for t in _targets(_draft(text))]
    assert found == [(40, "个")]


def test_a_count_of_things_built_across_a_place_is_still_a_target():
    """Control: 在全市建成10个示范区 counts what the plan builds, not the city's districts."""
    text = (
        "某市数字农业行动方案\n"
        "一、主要目标\n"
        "到2027年，在全市建成智慧农业示范区10个，全市培育数字农业企业30家。\n"
        "二、重点任务\n"
        "1.建设示范区。建设智慧农业示范区。（市农业农村局负责）\n"
    )
    found = sorted((t["value"], t["unit"]) for t in _targets(_draft(text)))
    assert found == [(10, "个"), (30, "家")]


# 7. A figure describing a product, after a verb of capability and before 的 and the product
#    (推出支持8种以上语言的翻译大模型产品, 兼容20类协议的网关设备): a property of what is made, not
#    a figure to reach. The products counted stay a target.


def test_a_product_s_property_is_no_target():
    text = (
        "某省“人工智能+”行动方案\n"
        "一、主要目标\n"
        "到2027年，推出支持8种以上民族语言的翻译大模型产品，研发兼容20类协议的工业网关设备，"
        "服务企业300家以上。\n"
        "二、重点任务\n"
        "1.发展语言大模型。支持企业研发翻译大模型。（省科技厅负责）\n"
    )
    assert [(t["value"], t["unit"]) for t in _targets(_draft(text))] == [(300, "家")]


def test_support_for_a_count_of_firms_is_still_a_target():
    """Control: 支持10家以上的企业上市 counts the firms the plan supports."""
    text = (
        "某省“人工智能+”行动方案\n"
        "一、主要目标\n"
        "到2027年，支持10家以上的人工智能企业上市融资。\n"
        "二、重点任务\n"
        "1.支持企业上市。建立上市后备企业库。（省委金融办负责）\n"
    )
    assert [(t["value"], t["unit"]) for t in _targets(_draft(text))] == [(10, "家")]


def test_a_dated_paragraph_opening_the_figures_below_it_still_dates_them():
    """Control: "力争到2028年，…" stating no figure itself, its figures in the goal lines after it,
    dates them and the plan."""
    text = (
        "某市“人工智能+”行动方案\n"
        "一、总体要求\n"
        "（一）主要目标\n"
        "力争到2028年，全市人工智能产业生态加快形成，人工智能与实体经济深度融合。\n"
        "基础支撑全面夯实。智能算力规模达到500P，建成行业高质量数据集20个以上。\n"
        "二、重点任务\n"
        "1.建设行业数据集。每年发布数据产品10个以上。（市数据局负责）\n"
    )
    data = _draft(text)
    assert data["plan"]["period_end"] == 2028
    assert {t["deadline"] for t in _targets(data)} == {2028}
