"""Conventions of the genre that the synthetic_p set (SYNTHETIC_P.md, measurements 1 and 2) left
open: each a short text written to test the form (not a copy of any plan), drafted end to end
through ``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A 公文 issuing a plan and its 分工表 as two attachments lists them after its text, one a
#    line ("附件：1．X方案" / "2．X分工表"), and signs; after the signature a bracketed note
#    (（此件公开发布）) and the label "附件1" stand before the plan's title. The list's "2．…" is
#    the notice's line, not the plan's first part.

NOTICE_WITH_TWO_ANNEXES = (
    "某市人民政府办公室文件\n"
    "某政办发〔2026〕7号\n"
    "市政府办公室关于印发某市智能制造行动方案的通知\n"
    "各区人民政府，市各委办局：\n"
    "《某市智能制造行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
    "附件：1．某市智能制造行动方案\n"
    "2．某市智能制造行动任务分工表\n"
    "某市人民政府办公室\n"
    "2026年4月8日\n"
    "（此件公开发布）\n"
    "附件1\n"
    "某市智能制造行动方案\n"
    "为推进制造业智能化，制定本方案。\n"
    "一、总体要求\n"
    "近年来，我市智能制造加快发展，2025年全市智能制造装备产值约80亿元。\n"
    "（一）指导思想\n"
    "坚持以新发展理念为指导，推动制造业智能化改造。\n"
    "（二）工作目标\n"
    "到2027年，全市智能工厂达到40家。\n"
    "二、重点任务\n"
    "（一）建设智能工厂。支持龙头企业建设智能工厂，推广数字孪生应用。\n"
    "（二）培育服务商。培育一批智能制造系统解决方案服务商。\n"
    "三、保障措施\n"
    "（一）加强组织领导。建立工作推进机制。\n"
)


def test_the_notices_list_of_annexes_is_no_part_of_the_plan():
    data = _draft(NOTICE_WITH_TWO_ANNEXES)
    assert [t["title"] for t in _tasks(data)] == ["建设智能工厂", "培育服务商", "加强组织领导"]
    assert [s["code"] for s in data["sections"]] == ["二", "三"]
    targets = [t["source_phrase"] for g in data["goals"] for t in g["targets"]]
    assert targets == ["全市智能工厂达到40家"]


# 2. A 分工表's time column may be headed by any words of time (时间安排, 计划完成时间, 推进时间):
#    its cells are the tasks' due dates, and the header is no body supporting every task.

BODY_AND_DIVISION_TABLE = (
    "某市智能制造行动方案\n"
    "一、重点任务\n"
    "（一）建设智能工厂。支持龙头企业建设智能工厂，推广数字孪生应用。\n"
    "（二）培育服务商。培育一批智能制造系统解决方案服务商。\n"
    "（三）完善标准体系。制定智能制造地方标准。\n"
    "附件\n"
    "某市智能制造行动任务分工表\n"
    "序号|重点任务|主要内容|牵头单位|配合单位|{time}|\n"
    "1|智能工厂建设|支持龙头企业建设智能工厂|市工信局|市发展改革委、市科技局|2027年6月底前|\n"
    "2|服务商培育|培育解决方案服务商|市工信局|市商务局|长期坚持|\n"
    "3|标准体系完善|制定地方标准|市市场监管局|市工信局|2026年12月底前|\n"
)


def test_a_division_tables_time_column_headed_in_other_words_gives_due_dates_no_body():
    for header in ("时间安排", "计划完成时间", "推进时间"):
        data = _draft(BODY_AND_DIVISION_TABLE.format(time=header))
        assert header not in [a["name"] for a in data["agencies"]], header
        first, second, third = _tasks(data)
        assert _roles(data, first) == {
            "lead": ["市工信局"],
            "supporting": ["市发展改革委", "市科技局"],
        }, header
        assert _roles(data, second) == {"lead": ["市工信局"], "supporting": ["市商务局"]}
        assert (first.get("due"), second.get("due"), third.get("due")) == (
            "2027-06-30",
            None,
            "2026-12-31",
        ), header


# 3. A task list copied one cell a line (a Word table nested in a cell, a page's table): the roles
#    cell may open with a body whose name starts with no level (a park's committee) and carries
#    the lead's mark ("某某科技园管委会（牵头）、区科技局"); it is the row's roles cell all the
#    same, not more of its 工作内容, and the row does not take the roles of the row above.

DISTRICT = {"slug": "some-district", "name": "某区", "level": "district"}

ONE_CELL_A_LINE_LIST = (
    "某区2026年智能经济工作方案\n"
    "一、重点任务\n"
    "1．建设算力设施。推进智算中心建设。〔责任单位：区数据局（牵头）、区工信局〕\n"
    "2．培育应用场景。发布场景清单。〔责任单位：区工信局（牵头）、区科技局〕\n"
    "附件\n"
    "某区2026年智能经济重点任务清单\n"
    "序号\n任务名称\n工作内容\n责任单位\n完成时限\n"
    "1\n建设公共数据平台\n完成公共数据平台一期建设\n区数据局（牵头）、区财政局\n2026年6月\n"
    "2\n建设孵化载体\n建成人工智能孵化器一个\n青溪科技园管委会（牵头）、区科技局\n2026年9月\n"
    "3\n举办对接活动\n举办供需对接活动5场\n区商务局（牵头）、区工信局\n2026年11月\n"
)


def test_a_roles_cell_opening_with_a_marked_committee_is_the_rows_roles_cell():
    data = _draft(ONE_CELL_A_LINE_LIST, DISTRICT)
    rows = {t["title"]: t for t in _tasks(data)}
    row = next(t for title, t in rows.items() if title.startswith("建设孵化载体"))
    assert _roles(data, row) == {"lead": ["青溪科技园管委会"], "responsible": ["区科技局"]}
    assert row["text"].startswith("建设孵化载体。建成人工智能孵化器一个。")
    assert row["due"] == "2026-09-30"
