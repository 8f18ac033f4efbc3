"""Conventions of whole plans that the synthetic_b set (SYNTHETIC_B.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. The rule stated once that names the actors of every later article: "以下各条均需…落实，不再
#    列出" — the articles of a 若干措施 document (第X条) are its 条, as others write 以下任务.

_EVERY_ARTICLE = (
    "某省推动人工智能发展若干措施\n"
    "第一章　总体要求\n"
    "　　第一条　为推动人工智能发展，制定本措施。\n"
    "第二章　夯实发展基础\n"
    "（以下各条均需各市（州）政府、某山管委会落实，不再列出）\n"
    "　　第二条　统筹布局智能算力。建设算力枢纽。"
    "（牵头单位：省发展改革委，责任单位：省通信管理局）\n"
    "　　第三条　建设行业大模型。支持企业研发行业大模型。（牵头单位：科技厅）\n"
)


def test_an_actor_named_once_for_every_later_article():
    tasks = _tasks(data := _draft(_EVERY_ARTICLE))
    # names are printed with their brackets folded to ASCII, as the importer prints every name
    assert [t["title"] for t in tasks] == ["统筹布局智能算力", "建设行业大模型"]
    assert _roles(data, tasks[0]) == {
        "lead": ["省发展改革委"],
        "responsible": ["省通信管理局", "各市(州)政府", "某山管委会"],
    }
    assert _roles(data, tasks[1]) == {
        "lead": ["科技厅"],
        "responsible": ["各市(州)政府", "某山管委会"],
    }


# 2. Chongqing's districts write their towns and sub-districts together as 镇街 (各镇街, 相关镇街):
#    a collective that ends in neither 镇 nor 街道. Read in a line of names and role words of its
#    own after the task, and after a comma ending a list ("X牵头，Y、Z，各镇街配合").

_TOWNS = (
    "某区推动人工智能发展行动方案\n一、重点任务\n"
    "1.“人工智能+”城市治理。推动人工智能在城市管理中应用。\n"
    "区城市管理局牵头，区公安局、区应急管理局，各镇街配合\n"
    "2.“人工智能+”农业。推广智能农机。（牵头单位：区农业农村委；配合单位：区科技局，相关镇街）\n"
)


def test_towns_and_sub_districts_written_together_are_a_collective():
    tasks = _tasks(data := _draft(_TOWNS))
    assert [t["title"] for t in tasks] == ["“人工智能+”城市治理", "“人工智能+”农业"]
    assert _roles(data, tasks[0]) == {
        "lead": ["区城市管理局"],
        "supporting": ["区公安局", "区应急管理局", "各镇街"],
    }
    # control: a labelled list took it before the rule
    assert _roles(data, tasks[1]) == {
        "lead": ["区农业农村委"],
        "supporting": ["区科技局", "相关镇街"],
    }


# 3. A body printed with its second name in brackets (自治区商务厅（自治区自贸办）, 区委宣传部（区委
#    网信办）) is one body (SOURCES.md); printed elsewhere without the bracket, or with its two
#    names run together, it is still that body.

_SECOND_NAME = (
    "某自治区推进人工智能行动方案\n一、重点任务\n"
    "1.跨境贸易。推动人工智能在跨境电商中应用。（牵头单位：自治区商务厅（自治区自贸办），"
    "责任单位：自治区交通运输厅）\n"
    "2.人才交流。推动人才国际交流。（牵头单位：自治区教育厅，责任单位：自治区商务厅）\n"
    "3.政务服务。推进政务大模型应用。（牵头单位：区委宣传部（区委网信办）；"
    "配合单位：自治区大数据发展局）\n"
    "4.创新氛围。举办创新创业大赛。（牵头单位：自治区科技厅；配合单位：区委宣传部区委网信办）\n"
)


def test_a_body_printed_with_and_without_its_second_name_is_one_agency():
    data = _draft(_SECOND_NAME)
    tasks = _tasks(data)
    codes = {
        role: task.get(role, [])
        for task in tasks[:2]
        for role in ("lead", "responsible")
        if "自治区商务厅" in str(_roles(data, task).get(role, ""))
    }
    assert codes["lead"] == codes["responsible"]  # 1's lead is 2's responsible: one agency
    assert tasks[2]["lead"] == tasks[3]["supporting"]
    names = [a["name"] for a in data["agencies"]]
    assert len(names) == 6, names


# 4. A part of tasks titled by the year its items fall due ("第五章　2026年重点突破事项"): beside
#    the plan's goals part, its items' figures are dated by that heading, as an item that dates
#    its own figure is (力争到2026年…).

_YEAR_CHAPTER = (
    "某省推动人工智能发展若干措施\n"
    "第一章　总体要求\n"
    "　　第一条　发展目标。到2027年，培育人工智能企业200户。\n"
    "第二章　重点任务\n"
    "　　第二条　建设行业大模型。支持企业研发行业大模型。（牵头单位：科技厅）\n"
    "第三章　2026年重点突破事项\n"
    "　　第三条　建成人工智能计算中心二期，新增智能算力2000P。（牵头单位：省发展改革委）\n"
    "　　第四条　开展中小企业数字化转型专项行动，推动1000户中小企业应用人工智能。"
    "（牵头单位：工业和信息化厅）\n"
)


def test_a_part_titled_by_its_year_dates_its_items_figures():
    data = _draft(_YEAR_CHAPTER)
    targets = {t["source_phrase"]: t for g in data["goals"] for t in g["targets"]}
    assert targets["培育人工智能企业200户"]["deadline"] == 2027
    assert (targets["新增智能算力2000P"]["value"], targets["新增智能算力2000P"]["deadline"]) == (
        2000,
        2026,
    )
    assert [t["deadline"] for p, t in targets.items() if "1000户" in p] == [2026]
    assert len(targets) == 3


# 5. The same rule with the actors' duty worded out before 不再列出: "均需X负责落实", "均需X、Y结合
#    实际抓好落实" — the duty's words are no part of the last actor's name.


def test_an_actor_named_once_with_its_duty_worded_out():
    from pilots.drafting.annotation_roles import rules_stated

    assert rules_stated(
        "以下各项任务均需各市（州）人民政府负责落实，不再一一列出。"
    ).implied_actors == ["各市（州）人民政府"]
    assert rules_stated(
        "以下任务均需各区县人民政府、某新区管委会结合实际抓好落实，不再一一列出。"
    ).implied_actors == ["各区县人民政府", "某新区管委会"]
    # control: read before the rule
    assert rules_stated("以下各条措施均需各市（州）政府落实，不再列出").implied_actors == [
        "各市（州）政府"
    ]


# 6. A label whose colon was lost to a space (a PDF's or a table's copy: "（牵头单位 X；配合单位
#    Y）") still opens its list: the label is no part of the first name.


def test_a_label_followed_by_a_space_instead_of_a_colon():
    tasks = _tasks(
        data := _draft(
            "某区推动人工智能发展行动方案\n一、重点任务\n"
            "1.建设平台。支持建设平台。（牵头单位 区科技局；配合单位　区财政局、各镇街）\n"
            "2.推进应用。推进应用。（牵头单位：区教委）\n"
        )
    )
    assert _roles(data, tasks[0]) == {
        "lead": ["区科技局"],
        "supporting": ["区财政局", "各镇街"],
    }
    assert _roles(data, tasks[1]) == {"lead": ["区教委"]}  # control
