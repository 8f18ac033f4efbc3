# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_bz set (SYNTHETIC_BZ.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from pilots.drafting import document_read
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. An item OPENING on its lead in a bracket, before its number, and closing on "配合：Y、Z"
#    after its last sentence. Before, the bracket was taken as part of the item's line: the
#    items ran together under the bracket's text and a clause of the draft was left empty, a
#    draft that did not pass the fixture checks.

_OPENING_LEADS = (
    "某区推进智能制造实施方案\n"
    "一、重点任务\n"
    "各项任务前括注的单位为牵头单位，“配合”后所列为配合单位。\n"
    "（一）夯实基础\n"
    "【区工信局牵头】1.建设工业互联网平台。推动规上企业上云，建成平台2个。配合：区财政局、各镇（街道）\n"
    "〖区数据局〗2.完善数据目录。编制公共数据目录。配合：区政务服务中心\n"
    "【区商务局、区交通局牵头】3.发展智慧物流。建设分拨中心1个。\n"
    "（二）拓展应用\n"
    "【区教育局牵头】4.推进智慧校园。建设示范校5所。配合：区财政局\n"
)


def test_an_item_opening_on_its_lead_in_a_bracket_drafts_and_takes_its_roles():
    data = _draft(_OPENING_LEADS)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == [
        "建设工业互联网平台",
        "完善数据目录",
        "发展智慧物流",
        "推进智慧校园",
    ]
    assert [_roles(data, t) for t in tasks] == [
        {"lead": ["区工信局"], "supporting": ["区财政局", "各镇(街道)"]},
        {"lead": ["区数据局"], "supporting": ["区政务服务中心"]},
        {"lead": ["区商务局", "区交通局"]},
        {"lead": ["区教育局"], "supporting": ["区财政局"]},
    ]


def test_items_opening_on_brackets_draft_a_plan_file_the_checks_take():
    """The draft that failed the checks (sections[0].tasks[2].clauses[0].text: 不能为空): items
    opening on 【X牵头】 / 〖X〗 and closing on 配合：…, one on two leads (【A、B牵头】): the brackets
    were taken as the items' text, the items ran together and a clause before a bracket was
    empty. ``_draft`` parses the draft as a plan file."""
    data = _draft(
        "某区推进智能制造实施方案\n"
        "一、重点任务\n"
        "（一）提升治理\n"
        "【区发改局牵头】1.建设算力中心。建设算力中心1个。配合：区经信局、区临空经济区管委会\n"
        "〖区数据局〗2.推进数据共享。开放数据集10个以上。配合：区审批局、区财政局\n"
        "【区经信局牵头】3.完善通信网络。新建5G基站100个。配合：区住建局、各镇（街道）\n"
        "【区数据局、区经信局牵头】4.建设标注基地。建设标注基地1个。配合：区人社局\n"
        "（二）赋能产业\n"
        "【区经信局牵头】5.推动智能改造。实施改造项目10个。配合：区财政局\n"
    )
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == [
        "建设算力中心",
        "推进数据共享",
        "完善通信网络",
        "建设标注基地",
        "推动智能改造",
    ]
    assert _roles(data, tasks[3]) == {"lead": ["区数据局", "区经信局"], "supporting": ["区人社局"]}
    assert all(c["text"] for t in tasks for c in t.get("clauses", []))


def test_control_a_bracketed_heading_before_items_is_no_lead():
    """Control: 【专栏1】 and a bracket wrapping a heading name no body: nothing is read as a lead;
    the items keep their trailing annotation."""
    data = _draft(
        "某区推进智能制造实施方案\n"
        "一、重点任务\n"
        "（一）夯实基础\n"
        "1.建设工业互联网平台。推动企业上云。（牵头单位：区工信局；配合单位：区财政局）\n"
        "【典型案例】2.完善数据目录。编制公共数据目录。（责任单位：区数据局）\n"
    )
    tasks = _tasks(data)
    assert _roles(data, tasks[0]) == {"lead": ["区工信局"], "supporting": ["区财政局"]}
    assert _roles(data, tasks[-1]) == {"responsible": ["区数据局"]}


# 2. A Word file printing each task's roles as a FOOTNOTE to its heading: the footnote is read
#    where its reference stands, in brackets, as a reader sees it beside the mark. Before, the
#    footnotes were not read and the plan had no agency.

_FOOTNOTES = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def _footnoted_docx(path, paragraphs: list[tuple[str, list[str]]]) -> None:
    """A Word file of these paragraphs, each with a footnote of these lines (if any) at its end."""
    document = Document()
    notes = parse_xml(_FOOTNOTES)
    part = XmlPart(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        notes,
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    number = 1
    for text, lines in paragraphs:
        paragraph = document.add_paragraph(text)
        if not lines:
            continue
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(number))
        for line in lines:
            p, r, t = OxmlElement("w:p"), OxmlElement("w:r"), OxmlElement("w:t")
            t.text = line
            r.append(t)
            p.append(r)
            note.append(p)
        notes.append(note)
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(number))
        paragraph.add_run()._element.append(reference)
        number += 1
    document.save(str(path))


def test_a_tasks_roles_in_a_word_footnote_are_read_where_its_reference_stands(tmp_path):
    path = tmp_path / "plan.docx"
    _footnoted_docx(
        path,
        [
            ("某市推进智能制造行动方案", []),
            ("一、重点任务", []),
            (
                "1.建设工业互联网平台",
                ["牵头单位：市工信局；配合单位：市财政局、市数据局", "责任领导：副市长某某"],
            ),
            ("推动规上企业上云上平台。", []),
            ("2.推进智慧校园", ["牵头单位：市教育局"]),
            ("建设智慧校园示范校。", []),
        ],
    )
    data = _draft(document_read(path).text)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["建设工业互联网平台", "推进智慧校园"]
    assert [_roles(data, t) for t in tasks] == [
        {"lead": ["市工信局"], "supporting": ["市财政局", "市数据局"]},
        {"lead": ["市教育局"]},
    ]


def test_control_an_explanatory_footnote_names_no_body_and_keeps_its_figure(tmp_path):
    """Control: a footnote explaining a unit after a goal's figure adds no agency; the task
    without a footnote has no roles."""
    path = tmp_path / "plan.docx"
    _footnoted_docx(
        path,
        [
            ("某市推进智能制造行动方案", []),
            ("一、主要目标", []),
            ("到2027年，全市智能算力规模达到200P", ["1P即每秒一千万亿次浮点运算。"]),
            ("，上云企业达到500家。", []),
            ("二、重点任务", []),
            ("1.建设工业互联网平台", []),
            ("推动规上企业上云上平台。", []),
        ],
    )
    data = _draft(document_read(path).text)
    targets = [t for g in data["goals"] for t in g.get("targets", [])]
    assert [(t["value"], t["unit"]) for t in targets] == [(200, "P"), (500, "家")]
    assert [t["title"] for t in _tasks(data)] == ["建设工业互联网平台"]
    assert _roles(data, _tasks(data)[0]) == {}
    assert data["agencies"] == []


# 3. A count ending on 以上 right before a noun and a rate of it, no separator between, says which
#    population the rate is of (50户以上村寨光纤覆盖率达到90%): a condition, not a target. Before,
#    the count was drafted as a target of its own.


def _targets(data: dict) -> list[tuple]:
    return [(t["value"], t["unit"]) for g in data["goals"] for t in g.get("targets", [])]


def test_a_count_naming_whom_a_rate_is_of_is_no_target():
    data = _draft(
        "某县实施方案\n一、重点任务\n1.完善网络。新建光纤节点30个，50户以上村寨光纤覆盖率达到90%。\n"
    )
    assert _targets(data) == [(30, "个"), (90, "%")]


def test_control_a_count_and_a_rate_in_clauses_of_their_own_stay_two_targets():
    """Control: 培育20家以上企业，上云率达到80%: the count ends its clause; both are targets."""
    data = _draft("某县实施方案\n一、重点任务\n1.推动上云。培育20家以上企业，企业上云率达到80%。\n")
    assert _targets(data) == [(20, "家"), (80, "%")]
