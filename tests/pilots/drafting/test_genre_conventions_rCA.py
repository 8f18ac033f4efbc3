# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of web pages that the synthetic_ca set (SYNTHETIC_CA.md, measured unseen, then SEEN)
left open: pages whose STRUCTURE carries the outline. Each a short page written to test the form
(not a copy of any page), read by the HTML reader and drafted end to end through ``plan_draft``.
Each failed on the importer before its rule unless marked as a control."""

import json

from pilots.drafting.html_text import html_document_text
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

DISTRICT = {"slug": "d", "name": "某区", "level": "district"}


def _page_text(page: str) -> str:
    return html_document_text(page.encode("utf-8"))[0]


# 1. A saved page whose CMS writes the article by script: the body holds an empty #content, the
#    article is the HTML string of a JSON object assigned to a variable (\u escapes, <\/p>), and
#    the page's script puts it there. Before, scripts were dropped and the page had no article.

_ARTICLE = (
    "<p>某区数字经济发展工作方案</p>"
    "<p>一、重点任务</p>"
    "<p>（一）建设算力设施。统筹布局智算中心，新增算力50P。（责任单位：区发展改革委、区数据局）</p>"
    "<p>（二）推广智能应用。开展\u201c智能+\u201d应用试点。（责任单位：区工信局）</p>"
)
_DATA = json.dumps({"id": 7, "title": "某区数字经济发展工作方案", "content": _ARTICLE}).replace(
    "/", "\\/"
)


def _script_page(writes: str, holder: str = "") -> str:
    return (
        "<html><head><title>某区人民政府</title></head><body>"
        '<div class="nav"><a href="/">首页</a></div>'
        f'<h1 id="title"></h1><div id="content">{holder}</div>'
        f"<script>var pageData = {_DATA};</script>"
        f"<script>{writes}</script>"
        "</body></html>"
    )


def test_an_article_a_pages_script_writes_in_is_read_where_it_shows():
    text = _page_text(
        _script_page('$("#title").text(pageData.title);$("#content").html(pageData.content);')
    )
    assert (
        "（一）建设算力设施。统筹布局智算中心，新增算力50P。（责任单位：区发展改革委、区数据局）"
        in text
    )
    assert "“智能+”" in text and "<\\/p>" not in text
    data = _draft(text, DISTRICT)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["建设算力设施", "推广智能应用"]
    assert _roles(data, tasks[0]) == {"responsible": ["区发展改革委", "区数据局"]}


def test_an_article_written_by_getelementbyid_is_read_too():
    text = _page_text(
        _script_page('document.getElementById("content").innerHTML = pageData.content;')
    )
    assert "（二）推广智能应用。开展“智能+”应用试点。（责任单位：区工信局）" in text


def test_control_a_holder_with_its_own_text_is_not_overwritten():
    """Control: #content already shows an article; the script's copy is not added to it."""
    text = _page_text(
        _script_page('$("#content").html(pageData.content);', "<p>本页正文另见附件。</p>")
    )
    assert "本页正文另见附件。" in text and "建设算力设施" not in text


def test_control_hostile_scripts_do_not_break_the_reader():
    """Control: an unterminated object, a deeply nested one and a script string holding a script
    are read without error and run nothing; the page's own text is kept."""
    deep = "[" * 100_000 + "]" * 100_000
    page = (
        "<html><body><div id='main'><p>某区关于开展试点工作的通知</p><p>各有关单位：请认真落实。</p></div>"
        "<div id='content'></div>"
        '<script>var a = {"content": "<p>未完</script>'
        f'<script>var b = {{"x": {deep}}};</script>'
        '<script>var c = {"content": "<p>正文<\\/p><script>alert(1)<\\/script>"};</script>'
        "</body></html>"
    )
    text = _page_text(page)
    assert "各有关单位：请认真落实。" in text and "alert" not in text


# 2. A page whose outline is HTML list numbering: the <li> of an <ol> styled cjk-ideographic print
#    一、二、…, a nested <ol> styled decimal prints 1. 2. … on its own counter. The numbers are not in
#    the text; before, the parts and items had none and the outline was lost.

_LISTS = (
    "<html><body><div class='article'><p>某市人工智能发展实施方案</p>"
    '<ol style="list-style-type: cjk-ideographic">'
    "<li><p><strong>夯实发展基础</strong></p>"
    '<ol style="list-style-type: decimal">'
    "<li>建设算力设施。统筹布局智算中心。（牵头单位：市发展改革委；配合单位：市数据局）</li>"
    "<li>汇聚数据资源。建设数据平台。（牵头单位：市数据局）</li>"
    "</ol></li>"
    "<li><p><strong>推广智能应用</strong></p>"
    '<ol style="list-style-type: decimal">'
    "<li>发展智慧农业。推广智能灌溉。（牵头单位：市农业农村局）</li>"
    "</ol></li>"
    "</ol></div></body></html>"
)


def test_list_items_take_the_numbers_the_browser_prints():
    text = _page_text(_LISTS)
    assert "一、夯实发展基础" in text and "二、推广智能应用" in text
    assert "1.建设算力设施。" in text and "2.汇聚数据资源。" in text
    assert "1.发展智慧农业。" in text  # the nested list's own counter
    data = _draft(text)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["建设算力设施", "汇聚数据资源", "发展智慧农业"]
    assert _roles(data, tasks[0]) == {"lead": ["市发展改革委"], "supporting": ["市数据局"]}


def test_start_and_value_set_the_counter():
    page = '<html><body><ol type="1" start="3"><li>甲项工作。</li><li value="7">乙项工作。</li><li>丙项工作。</li></ol></body></html>'
    assert _page_text(page).splitlines()[-3:] == ["3.甲项工作。", "7.乙项工作。", "8.丙项工作。"]


def test_control_a_bare_or_already_numbered_list_is_left_as_it_is():
    """Control: a bare <ol> (a stylesheet may hide its numbers) and items that print their own
    numbers get none added."""
    page = (
        "<html><body><ol><li>甲项工作。</li></ol>"
        '<ol style="list-style-type: decimal"><li>1. 乙项工作。</li></ol>'
        '<ol style="list-style-type: none"><li>丙项工作。</li></ol></body></html>'
    )
    assert _page_text(page).splitlines()[-3:] == ["甲项工作。", "1.乙项工作。", "丙项工作。"]


# 3. The towns and sub-districts written 各乡（镇）人民政府、街道办事处 (the 乡 and 镇 of a county-level
#    city bracketed as one level) are one collective, as 各乡镇人民政府、街道办事处 is.

_TOWNS = (
    "某市推进人工智能发展实施方案\n"
    "一、重点任务\n"
    "（一）推进智慧社区建设。建成智慧社区10个。（牵头单位：市住建局；配合单位：市民政局、各乡（镇）人民政府、街道办事处）\n"
    "（二）推广智能应用。开展应用试点。（牵头单位：各乡（镇）人民政府；配合单位：市财政局）\n"
)


def test_towns_bracketed_xiang_zhen_with_sub_districts_are_one_collective():
    data = _draft(_TOWNS)
    roles = _roles(data, _tasks(data)[0])
    assert roles["supporting"][0] == "市民政局" and len(roles["supporting"]) == 2
    assert (
        roles["supporting"][1].replace("(", "（").replace(")", "）")
        == "各乡（镇）人民政府、街道办事处"
    )


def test_control_bracketed_towns_beside_a_citys_bureau_stay_two():
    """Control: 各乡（镇）人民政府 leading and 市财政局 supporting are two actors."""
    data = _draft(_TOWNS)
    roles = _roles(data, _tasks(data)[1])
    assert roles["supporting"] == ["市财政局"] and len(roles["lead"]) == 1
