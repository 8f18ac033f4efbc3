"""Conventions of real plans the seeds do not print, found by the rewrites of
``metamorphic_genre.py`` to break the importer, each here on a few made-up lines."""

import pytest

from pilots.drafting import plan_draft
from pilots.drafting.cleaning import source_text_prepare
from pilots.drafting.outline import outline_read
from pilots.drafting.parts import parts_of
from pilots.drafting.sections import sections_of
from pilots.source_text import source_text_clean
from tests.pilots.drafting.metamorphic import draft_content


def _sections(text: str) -> list:
    return sections_of(parts_of(outline_read(text))[1])


def test_a_sections_intro_then_unnumbered_tasks_led_by_their_phrase():
    """(一) heading, one paragraph of its own, then tasks printed as paragraphs led by a (bold)
    phrase ending in 。, without numbers: the paragraph is the section's text, each task a task."""
    text = "\n".join(
        [
            "二、重点任务",
            "（一）夯实创新基础。",
            "围绕国家战略需求，加快前瞻布局，推动原始创新。",
            "建设算力平台。建设城市智能算力中心，提供普惠算力。（责任单位：市数据局）",
            "开放数据资源。建立公共数据开放清单，推动高质量数据集建设。（责任单位：市数据局）",
            "培育骨干企业。支持龙头企业牵引产业链协同。（责任单位：市经信委）",
            "（二）强化人才支撑。",
            "加强人才培养。支持高校设立人工智能学院。（责任单位：市教委）",
        ]
    )
    first, _second = _sections(text)
    assert [t.title for t in first.tasks] == ["建设算力平台", "开放数据资源", "培育骨干企业"]
    assert first.text == "围绕国家战略需求，加快前瞻布局，推动原始创新。"
    assert all("围绕国家战略需求" not in t.text for t in first.tasks)


def test_an_item_annotated_once_after_its_named_points_stays_one_task():
    """2.建设… / its text / named points (部署…。行业…。) and one annotation after the last: the
    annotation is the item's, its points are its text."""
    text = "\n".join(
        [
            "二、重点任务",
            "（一）夯实创新基础",
            "1.建设算力平台。建设城市智能算力中心。（责任单位：市数据局）",
            "2.建设创新平台",
            "依托核心平台，支持龙头企业建设数据中心。",
            "部署公共服务平台。在产业园建设数据中心。",
            "行业交流服务平台。搭建行业交流平台。（责任单位：市发改委、市科技局）",
        ]
    )
    (section,) = _sections(text)
    assert [t.title for t in section.tasks] == ["建设算力平台", "建设创新平台"]


def _assignments(text: str, words: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """(task, the word of ``words`` its agency's name holds, role) of each assignment."""
    data = plan_draft(text, zone_slug="x", source_file="x.txt").data
    return {
        (task, next(w for w in words if w in agency), role)
        for task, agency, role in draft_content(data)["assignments"]
    }


def test_an_annotation_on_its_own_line_in_any_label_of_the_genre():
    """主责单位：X；协办单位：Y on the line after the task, no brackets: as 牵头单位 / 配合单位."""
    text = "\n".join(
        [
            "二、重点任务",
            "1.建设算力平台。建设城市智能算力中心，提供普惠算力。",
            "主责单位：市数据局；协办单位：市科技局",
            "2.开放数据资源。建立公共数据开放清单。",
            "承办单位：市经信委",
        ]
    )
    assert _assignments(text, ("数据", "科学技术", "经济")) == {
        ("建设算力平台", "数据", "lead"),
        ("建设算力平台", "科学技术", "supporting"),
        ("开放数据资源", "经济", "responsible"),
    }


@pytest.mark.parametrize(
    "heading",
    [
        ["（一）夯实创新基础（牵头单位：市科技局；配合单位：市教委）"],
        ["（一）夯实创新基础", "（牵头单位：市科技局；配合单位：市教委）"],
    ],
    ids=["ending-the-heading", "under-the-heading"],
)
def test_an_annotation_written_once_for_a_section_applies_to_each_of_its_tasks(heading):
    """The section's annotation, once: each task of it without one of its own takes it; a task
    annotated itself keeps its own."""
    text = "\n".join(
        [
            "二、重点任务",
            *heading,
            "1.建设算力平台。建设城市智能算力中心，提供普惠算力。",
            "2.开放数据资源。建立公共数据开放清单。",
            "3.培育骨干企业。支持龙头企业发展。（责任单位：市经信委）",
        ]
    )
    assert _assignments(text, ("科学技术", "教育", "经济")) == {
        ("建设算力平台", "科学技术", "lead"),
        ("建设算力平台", "教育", "supporting"),
        ("开放数据资源", "科学技术", "lead"),
        ("开放数据资源", "教育", "supporting"),
        ("培育骨干企业", "经济", "responsible"),
    }
    data = plan_draft(text, zone_slug="x", source_file="x.txt").data
    assert [s["title"] for s in data["sections"]] == ["夯实创新基础"]


def test_a_task_line_of_its_heading_and_annotation_is_titled_by_the_heading():
    text = "\n".join(
        [
            "二、重点任务",
            "1.推进基础研究（牵头单位：市科技局）",
            "2.建设平台。建平台。（牵头单位：市经信委）",
        ]
    )
    data = plan_draft(text, zone_slug="x", source_file="x.txt").data
    assert [t["title"] for t in data["sections"][0]["tasks"]] == ["推进基础研究", "建设平台"]


def test_a_pdfs_page_numbers_and_running_heads_in_its_saved_text_are_taken_out():
    """Pages of a PDF saved as text: "— N —" and the running head at each page break, inside
    an annotation too; the paragraphs close up over the break and the cleaning replays."""
    head = "某市人工智能产业发展行动方案"
    text = "\n".join(
        [
            head,
            "二、重点任务",
            "1.建设算力平台。建设城市智能算力中心，提供普惠算力，推动算力资源",
            "统筹调度。（牵头单位：市数据局；配合单位：市发展改革委、市",
            "— 2 —",
            head,
            "科技局）",
            "2.开放数据资源。建立公共数据开放清单。（牵头单位：市数据局）",
            "— 3 —",
            head,
            "3.培育骨干企业。支持龙头企业发展。（牵头单位：市经信委）",
        ]
    )
    cleaned = source_text_prepare(text)
    assert "— 2 —" not in cleaned.text and cleaned.text.count(head) == 1
    assert source_text_clean(text, cleaned.cleaning).count(head) == 1
    found = _assignments(text, ("数据", "发展和改革", "科学技术", "经济"))
    assert ("建设算力平台", "科学技术", "supporting") in found
    assert len(found) == 5


def test_a_number_alone_on_a_line_is_no_page_number():
    """A bare number may be a table's cell on a line of its own: only "— N —", 第N页 are pages."""
    text = "序号\n重点任务\n1\n建设平台\n— 2 —\n2\n开放数据\n— 3 —"
    cleaned = source_text_prepare(text).text
    assert cleaned.split("\n")[:4] == ["序号", "重点任务", "1", "建设平台"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("规上企业数字化转型比例达到百分之八十", (80, "%", "eq")),
        ("重点企业上云比例不低于百分之七十", (70, "%", "gte")),
        ("政务服务事项网上可办率达百分之九十五以上", (95, "%", "gte")),
        ("培育人工智能企业五十个以上", (50, "个", "gte")),
        ("核心产业规模超过一千五百亿元", (1500, "亿元", "gt")),
    ],
)
def test_a_goal_figure_written_in_chinese_numerals(sentence, expected):
    """百分之八十 is 80%: its comparator (不低于, 以上) read as for 80%."""
    text = f"一、发展目标\n到2027年，{sentence}。\n二、重点任务\n1.推进。（责任单位：市科技局）"
    data = plan_draft(text, zone_slug="x", source_file="x.txt").data
    (target,) = [t for goal in data["goals"] for t in goal["targets"]]
    assert (target["value"], target["unit"], target["comparator"]) == expected
    assert target["deadline"] == 2027


def test_a_bare_list_of_bodies_with_its_lead_marked():
    """（X（牵头）、Y、两江新区管委会） ending the task: X leads, the others carry it out."""
    text = "\n".join(
        [
            "二、重点任务",
            "1.建设算力平台。建设城市智能算力中心。（市数据局（牵头）、市科技局、两江新区管委会）",
            "2.开放数据资源。建立公共数据开放清单。（市数据局）",
        ]
    )
    assert _assignments(text, ("数据", "科学技术", "两江")) == {
        ("建设算力平台", "数据", "lead"),
        ("建设算力平台", "科学技术", "responsible"),
        ("建设算力平台", "两江", "responsible"),
        ("开放数据资源", "数据", "responsible"),
    }


def test_lines_printed_with_a_space_between_every_character():
    """A PDF's justified lines (人 工 智 能): closed up before paragraphs and numbering are read,
    and the cleaning replays."""
    lines = [
        "二、重点任务",
        "1.建设算力平台。建设城市智能算力中心。提供普惠算力。推动算力调度。"
        "支持企业使用算力。（牵头单位：市数据局）",
        "2.开放数据资源。建立公共数据开放清单。（牵头单位：市科技局）",
    ]
    spaced = "\n".join(" ".join(line) for line in lines)
    data = plan_draft(spaced, zone_slug="x", source_file="x.txt").data
    titles = [t["title"] for s in data["sections"] for t in s["tasks"]]
    assert titles == ["建设算力平台", "开放数据资源"]
    cleaned = source_text_prepare(spaced)
    assert source_text_clean(spaced, cleaned.cleaning) == cleaned.text


@pytest.mark.parametrize(
    "annotation",
    [
        "（市数据局为牵头单位，市科技局为配合单位；各区县政府为责任单位）",
        "（市数据局主责，市科技局协同，各区县政府落实）",
        "（主办：市数据局；协办：市科技局；承办：各区县政府）",
    ],
)
def test_roles_said_in_other_words_of_the_genre(annotation):
    text = f"二、重点任务\n1.建设算力平台。建设城市智能算力中心。{annotation}"
    assert _assignments(text, ("数据", "科学技术", "区县")) == {
        ("建设算力平台", "数据", "lead"),
        ("建设算力平台", "科学技术", "supporting"),
        ("建设算力平台", "区县", "responsible"),
    }


def test_a_bracket_of_words_ending_in_a_role_verb_names_no_agency():
    """（具体措施另行落实）: 另行 is no body's name (行 ends a bank's: 银行, 分行)."""
    text = "二、重点任务\n1.推进工作。加强统筹。（具体措施另行落实）\n2.建设平台。（人民银行负责）"
    data = plan_draft(text, zone_slug="x", source_file="x.txt").data
    assert [a["name"] for a in data["agencies"]] == ["人民银行"]


def test_an_annex_indicator_table_with_comparators_written_after_the_figure():
    """主要指标表 with 2025年 and 2027年 columns, a cell "300以上" in a 家 row: 300 家 or more."""
    text = "\n".join(
        [
            "某市人工智能产业发展行动方案",
            "一、发展目标",
            "到2027年，全市人工智能产业规模和创新能力显著提升，主要指标见附件。",
            "二、重点任务",
            "1.建设算力平台。建设城市智能算力中心。（牵头单位：市数据局）",
            "附件",
            "主要指标表",
            "序号 | 指标 | 单位 | 2025年 | 2027年",
            "1 | 人工智能核心产业规模 | 亿元 | 300 | 500",
            "2 | 人工智能企业数量 | 家 | 200 | 300以上",
            "3 | 智能算力规模 | EFLOPS | 5 | 10左右",
        ]
    )
    data = plan_draft(text, zone_slug="x", source_file="x.txt").data
    targets = [
        (t["value"], t["unit"], t["comparator"], t["deadline"])
        for goal in data["goals"]
        for t in goal["targets"]
    ]
    assert targets == [
        (500, "亿元", "eq", 2027),
        (300, "家", "gte", 2027),
        (10, "EFLOPS", "approx", 2027),
    ]


def test_a_year_written_in_chinese_digits_dates_the_goal():
    goal = "到二〇二七年，培育企业50家以上。"
    text = f"一、发展目标\n{goal}\n二、重点任务\n1.推进。（责任单位：市科技局）"
    data = plan_draft(text, zone_slug="x", source_file="x.txt").data
    (target,) = [t for goal in data["goals"] for t in goal["targets"]]
    assert (target["value"], target["deadline"]) == (50, 2027)
    cleaned = source_text_prepare(text)
    assert source_text_clean(text, cleaned.cleaning) == cleaned.text
