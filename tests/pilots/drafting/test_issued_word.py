"""Plans as the .docx files government offices issue them (``issued_word``): the issuing frame
(红头, 文号, notice, signature, 版记), Word's list numbering linked to heading styles, the annex's
division-of-work table on a landscape section, tracked changes, comments and footnotes. Each
drafts as its plain text does."""

from pilots.drafting import plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse, tasks_in_print_order
from tests.pilots.drafting.issued_word import Frame, Options, issued_docx

PLAN = """青山市人工智能产业发展行动方案（2025—2027年）
为加快人工智能产业发展，制定本方案。
一、主要任务
（一）建设智算中心。到2027年，建成智算中心3个，智能算力规模达到5000PFlops。（牵头单位：市发展改革委；配合单位：市数据局、市经济信息委）
（二）培育骨干企业。实施企业梯度培育计划，到2027年，培育人工智能企业100家。（牵头单位：市经济信息委；配合单位：市科技局）
（三）开放应用场景。每年发布应用场景清单，打造典型应用场景50个。（牵头单位：市经济信息委；配合单位：市数据局）
二、保障措施
（一）加强组织领导。建立联席会议制度，统筹推进各项工作。（牵头单位：市科技局）
（二）加大资金支持。统筹用好各类专项资金，支持重大项目建设。（牵头单位：市财政局；配合单位：市发展改革委）"""


def _drafted(text: str) -> dict:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    return plan_document_parse(name="draft", text=draft.to_yaml()).data


def _tasks(data: dict) -> list[tuple[str, str, dict]]:
    codes = {agency["code"]: agency["name"] for agency in data["agencies"]}
    roles = ("lead", "responsible", "supporting")
    return [
        (task["title"], task["text"], {r: [codes[c] for c in task.get(r, [])] for r in roles})
        for _, task in tasks_in_print_order(data["sections"])
    ]


def _word(options: Options, text: str = PLAN) -> dict:
    return _drafted(document_from_bytes("plan.docx", issued_docx(text, options)).text)


def test_the_record_of_an_issued_file_is_no_part_of_its_last_task():
    """The 版记 closing an issued file (抄送：市委各部门，… and "青山市人民政府办公厅 2025年3月1日
    印发", GB/T 9704's last lines) went into the text of the plan's last task."""
    issued = _word(Options(frame=Frame(), word_numbers=False))
    assert _tasks(issued) == _tasks(_drafted(PLAN))
    assert not any("抄送" in text or "印发" in text for _, text, _ in _tasks(issued))
    record = "抄送：市委各部门，市人大常委会办公厅。\n青山市人民政府办公厅  2025年3月1日印发"
    assert _tasks(_drafted(f"{PLAN}\n{record}")) == _tasks(_drafted(PLAN))


def test_an_issued_file_numbered_by_word_with_revisions_comments_and_footnotes_drafts_as_its_text():
    """Headings in Heading 1 / Heading 2 numbered by the list linked to those styles (Word omits
    level 0 in the style's numPr), tracked changes left in, reviewers' comments and footnotes:
    the same tasks, texts and units as the plain text."""
    options = Options(revisions=True, comments=True, footnotes=True)
    assert _tasks(_word(options)) == _tasks(_drafted(PLAN))
