"""Which numbered lines are sections and which are tasks, decided from the document."""

from pilots.drafting import plan_draft
from pilots.drafting.outline import outline_read
from pilots.drafting.parts import parts_of
from pilots.drafting.sections import sections_of
from pilots.plan_fixtures import plan_document_parse
from tests.pilots.drafting.conftest import DOCUMENTS


def _sections(text: str) -> list:
    return sections_of(parts_of(outline_read(text))[1])


def _shape(sections) -> list:
    """(code, [task codes], [sub-sections' shapes]) of each section."""
    return [(s.code, [t.code for t in s.tasks], _shape(s.sections)) for s in sections]


def test_annotated_items_are_tasks_under_a_bare_heading():
    text = "\n".join(
        [
            "二、重点任务",
            "（一）夯实基础",
            "1.建平台。…（责任单位：市科技局）",
            "2.建数据集。…（责任单位：市数据局）",
        ]
    )
    assert _shape(_sections(text)) == [("二.(一)", ["二.(一).1", "二.(一).2"], [])]


def test_an_item_carrying_the_annotation_keeps_its_points():
    text = "\n".join(
        [
            "二、重点任务",
            "1.推进智能制造。重点推进：",
            "（1）改造产线；",
            "（2）推广平台。（责任单位：市工信局）",
            "2.发展智慧医疗。…（责任单位：市卫健委）",
        ]
    )
    sections = _sections(text)
    assert _shape(sections) == [("二", ["二.1", "二.2"], [])]
    assert sections[0].tasks[0].text.endswith("（2）推广平台。（责任单位：市工信局）")


def test_without_annotations_bare_headings_hold_tasks():
    text = "\n".join(
        [
            "三、重点任务",
            "（一）实施技术创新工程",
            "1.开展研究。鼓励企业…",
            "2.布局项目。针对…",
            "（二）强化人才支撑",
            "加强人才培养。",
        ]
    )
    assert _shape(_sections(text)) == [
        ("三.(一)", ["三.(一).1", "三.(一).2"], []),
        ("三.(二)", ["三.(二)"], []),  # a heading with one paragraph: one task
    ]


def test_numbered_sub_headings_with_named_items_become_sub_sections():
    text = (
        "四、实施技术创新工程\n（一）智能技术研究工程\n1. 加强基础理论研究。\n深度学习理论。研究…\n"
        "类脑智能计算理论。研究…\n2. 加强人才队伍建设。\n积极开展“云引智”,引进人才。\n"
        "（二）智能基础设施建设工程\n1. 下一代网络基础设施。全面推进…"
    )
    sections = _sections(text)
    assert _shape(sections) == [
        ("四.(一)", ["四.(一).2"], [("四.(一).1", ["四.(一).1-1", "四.(一).1-2"], [])]),
        ("四.(二)", ["四.(二).1"], []),
    ]
    assert sections[0].kind == "engineering"
    assert sections[0].sections[0].title == "加强基础理论研究"
    assert [t.title for t in sections[0].sections[0].tasks] == ["深度学习理论", "类脑智能计算理论"]


def test_unnumbered_named_works_under_a_part():
    text = "\n".join(
        [
            "三、重大工程",
            "数据要素工程：建设…（责任单位：市数据局）",
            "算力基础设施工程：建设…（责任单位：市发改委）",
        ]
    )
    sections = _sections(text)
    assert [t.title for t in sections[0].tasks] == ["数据要素工程", "算力基础设施工程"]


def test_articles_under_chapters():
    text = (DOCUMENTS / "baishui_articles.txt").read_text(encoding="utf-8")
    assert _shape(_sections(text)) == [
        ("第二章", ["第二章.第三条", "第二章.第四条", "第二章.第五条"], []),
    ]


def test_measures_whose_parts_are_the_tasks():
    text = "\n".join(
        [
            "一、支持模型攻关",
            "遴选优质项目给予补助。（责任单位：省工信厅）",
            "二、促进成果落地",
            "支持开发新产品。",
        ]
    )
    sections = _sections(text)
    assert [(s.code, [t.title for t in s.tasks]) for s in sections] == [
        ("一", ["支持模型攻关"]),
        ("二", ["促进成果落地"]),  # no keyword, no annotation: it follows a chapter of tasks
    ]


def test_safeguards_are_tasks_whatever_they_hold():
    text = "\n".join(
        [
            "五、保障措施",
            "（一）加强组织领导",
            "成立专班。",
            "1.每月调度；",
            "2.年度考核。",
            "（二）强化资金保障。统筹资金。",
        ]
    )
    sections = _sections(text)
    assert _shape(sections) == [("五", ["五.(一)", "五.(二)"], [])]
    assert sections[0].tasks[0].text == "成立专班。\n1.每月调度；\n2.年度考核。"


def test_whole_documents_draft_nested_and_valid():
    for name, tasks in (
        ("jiangnan_province_chapters.txt", 8),
        ("qingshan_city_conventions.txt", 8),
    ):
        text = (DOCUMENTS / name).read_text(encoding="utf-8")
        draft = plan_draft(text, zone_slug="demo", source_file=name)
        data = plan_document_parse(name=name, text=draft.to_yaml()).data
        assert draft.header[3].startswith(f"找到：4 个部分，{tasks} 项任务")
        assert data == draft.data


def test_a_task_with_points_among_sections_stays_one_task():
    text = "\n".join(
        [
            "二、重点任务",
            "（一）夯实基础",
            "1.建平台。…（责任单位：市科技局）",
            "（二）推进智能制造。重点推进：",
            "（1）改造产线；",
            "（2）推广平台。（责任单位：市工信局）",
        ]
    )
    sections = _sections(text)
    assert _shape(sections) == [("二.(一)", ["二.(一).1"], []), ("二.(二)", ["二.(二)"], [])]
    assert sections[1].tasks[0].text.endswith("（2）推广平台。（责任单位：市工信局）")


def test_a_heading_over_points_closed_by_one_own_line_annotation_is_one_task():
    """1．推进数据开发 printed alone over （1）（2） points with no annotation of their own, then
    one 责任单位 line after the last point: the heading is the task, its points are its text and
    the annotation covers them all — not a section whose last point alone is assigned."""
    text = "\n".join(
        [
            "二、重点任务",
            "（一）筑牢发展基础",
            "1．建设算力平台。依托园区建设公共算力平台。",
            "责任单位：区发改局（牵头）、区财政局",
            "2．推进数据开发",
            "（1）开放公共数据。编制开放目录，开展授权试点。",
            "（2）培育数据企业。支持企业开展数据标注服务。",
            "责任单位：区数据局（牵头）、区工信局",
            "3．培育智能终端。支持企业研发穿戴设备。",
            "责任单位：区工信局（牵头）",
        ]
    )
    sections = _sections(text)
    assert _shape(sections) == [("二.(一)", ["二.(一).1", "二.(一).2", "二.(一).3"], [])]
    task = sections[0].tasks[1]
    assert task.title == "推进数据开发"
    assert task.text.startswith("（1）开放公共数据。")
    assert task.text.endswith("责任单位：区数据局（牵头）、区工信局")


def test_points_each_closed_by_their_own_annotation_stay_tasks_under_their_heading():
    text = "\n".join(
        [
            "二、重点任务",
            "（一）筑牢发展基础",
            "1．推进数据开发",
            "（1）开放公共数据。编制开放目录，开展授权试点。",
            "责任单位：区数据局",
            "（2）培育数据企业。支持企业开展数据标注服务。",
            "责任单位：区工信局",
        ]
    )
    assert _shape(_sections(text)) == [
        ("二.(一)", [], [("二.(一).1", ["二.(一).1.(1)", "二.(一).1.(2)"], [])])
    ]
