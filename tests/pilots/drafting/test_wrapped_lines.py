"""Lines a PDF broke at its page's width are joined (pilots/drafting/wrapped_lines.py); lines
of their own that only happen to be of one length are not."""

from pilots.drafting.wrapped_lines import page_lines_joined

PROJECTS = """专栏1 重点工程
人工智能创新应用先导区建设工程
数字孪生城市基础设施建设工程
工业互联网标识解析二级节点工程
智能网联汽车测试示范区建设工程
算力基础设施高质量发展提升工程
"""

PARAGRAPH = (
    "深入贯彻落实党中央国务院关于发展数字经济的决策部署，坚持创新驱动发展战略，以数字化转型整体"
    "驱动生产方式、生活方式和治理方式变革，加快建设数字经济强市，为高质量发展提供有力支撑。"
)


def _broken(text: str, width: int = 28) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_a_list_of_names_one_a_line_of_about_one_length_stays_a_list():
    # Failed on main 2667aae: the five projects were read as one paragraph broken at a width.
    assert page_lines_joined(PROJECTS) == (PROJECTS, 0)


def test_paragraphs_broken_at_the_page_width_are_joined_still():
    text = "一、总体要求\n" + "\n".join(_broken(PARAGRAPH) for _ in range(3))
    joined, count = page_lines_joined(text)
    assert joined == "一、总体要求\n" + "\n".join([PARAGRAPH] * 3)
    assert count == 9


def test_a_title_that_fills_the_width_keeps_to_its_line():
    # Failed on main 2667aae: the title ran on into the paragraph below it, the plan's title
    # with it.
    title = "苏州市促进人工智能产业创新发展加快建设先导区三年行动方案"  # 28 characters
    text = title + "\n" + _broken("为" + PARAGRAPH) + "\n" + _broken(PARAGRAPH)
    joined, _count = page_lines_joined(text)
    assert joined.split("\n") == [title, "为" + PARAGRAPH, PARAGRAPH]


def test_a_title_broken_at_the_width_is_joined_still():
    title = "苏州市促进人工智能产业创新发展加快建设先导区三年行动方案（2024—2026年）"
    text = _broken(title) + "\n" + _broken("为" + PARAGRAPH) + "\n" + _broken(PARAGRAPH)
    joined, _count = page_lines_joined(text)
    assert joined.split("\n") == [title, "为" + PARAGRAPH, PARAGRAPH]


def test_an_items_first_line_short_by_its_lost_indent_goes_on():
    """A PDF selected and pasted loses the first-line indent: a paragraph's first line is two
    characters short of the width. A numbered item's first line (its name, then its text) broke
    mid-word there went on as a line of its own (推动交 / 通、医疗…); a heading short of the
    width that ends its sentence, or holds no sentence, is whole still."""
    item = "2.推进数据资源开发利用。完善公共数据目录，推动交通、医疗等领域" + PARAGRAPH
    lines = [item[:27], *_broken(item[27:]).split("\n")]  # 2 characters of indent, lost
    heading = "（一）夯实智能基础底座"
    text = "\n".join([heading, *lines, "3.加快关键技术攻关。", *_broken(PARAGRAPH).split("\n")])
    joined, _count = page_lines_joined(text)
    assert joined.split("\n") == [heading, item, "3.加快关键技术攻关。", PARAGRAPH]
