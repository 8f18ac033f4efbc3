"""Paragraphs a web copy ran together, put back on lines of their own (synthetic snippets of the
forms reposts print)."""

from pilots.drafting.paragraphs import paragraphs_split


def test_a_document_joined_into_one_line_with_spaces():
    text = (
        "某政办字〔2025〕1号 各区人民政府: 《若干措施》已经市政府同意,现印发给你们。 "
        "某市人民政府办公厅 2025年1月2日 若干措施 为推动发展,制定如下措施。 "
        "一、加强创新 (一)支持研究。每年布局10项。(责任单位:市科技局) "
        "(二)支持平台。给予支持。(牵头单位:市发改委,责任单位:市财政局)"
    )
    lines = paragraphs_split(text)[0].split("\n")
    assert lines == [
        "某政办字〔2025〕1号", "各区人民政府:", "《若干措施》已经市政府同意,现印发给你们。",
        "某市人民政府办公厅", "2025年1月2日", "若干措施", "为推动发展,制定如下措施。",
        "一、加强创新", "(一)支持研究。每年布局10项。(责任单位:市科技局)",
        "(二)支持平台。给予支持。(牵头单位:市发改委,责任单位:市财政局)",
    ]  # fmt: skip


def test_measures_run_together_in_one_paragraph():
    text = "结合实际,制定以下措施。(一)优化布局。鼓励建设。〔牵头单位:市工信局〕(二)提供服务。支持购买。(责任单位:市财政局)(三)鼓励开放。支持企"  # noqa: E501
    assert paragraphs_split(text) == (
        "结合实际,制定以下措施。\n(一)优化布局。鼓励建设。〔牵头单位:市工信局〕\n"
        "(二)提供服务。支持购买。(责任单位:市财政局)\n(三)鼓励开放。支持企",
        3,
    )


def test_numbers_inside_a_paragraph_that_continue_nothing_stay():
    for text in (
        "推进建设。(三)的要求见上。",  # a cross-reference: no (二) before it
        "对接工作:(1)改造产线;(2)推广平台。",  # sub-points stay inside their item
        "提升至2.5亿元。2030年实现目标。",
        "坚持以总书记 思想为指导。",  # a stray space, no number after it
        "AI Lab 建设",
    ):
        assert paragraphs_split(text) == (text, 0)


def test_a_number_continuing_a_line_start_numbering_splits():
    text = "(一)甲项。内容。\n乙段说明。(二)丙项。内容。"
    assert paragraphs_split(text)[0] == "(一)甲项。内容。\n乙段说明。\n(二)丙项。内容。"


def test_a_copy_joined_with_spaces_and_cut_before_its_second_item():
    text = (
        "各区人民政府: 《若干措施》已经市政府同意,现印发给你们,请认真组织实施。 "
        "某市人民政府办公厅 2025年1月2日 (此件公开发布) 若干措施 "
        "为推动人工智能产业高质量发展,打造产业高地,特制定本措施。 一、加快算力设施建设 "
        "(一)支持算力技术攻关。鼓励企业开展算力关键技术研发攻关,给予支持。(责任单位:市科"
    )
    lines = paragraphs_split(text)[0].split("\n")
    assert lines[-2:] == [
        "一、加快算力设施建设",
        "(一)支持算力技术攻关。鼓励企业开展算力关键技术研发攻关,给予支持。(责任单位:市科",
    ]
    assert len(lines) == 9
