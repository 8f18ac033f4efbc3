"""The defects issue 16 reports, each on a document written in the form that defeated the old
importer (pilots/drafting.py before the package). Only the public entry point is used, so this
file runs unchanged against the old importer, where every test here fails."""

from pathlib import Path

from pilots.drafting import plan_draft
from pilots.plan_fixtures import plan_document_parse

DOCUMENTS = Path(__file__).parent / "documents"


def _draft(name: str) -> dict:
    text = (DOCUMENTS / name).read_text(encoding="utf-8")
    draft = plan_draft(text, zone_slug="demo", source_file=name)
    return plan_document_parse(name=name, text=draft.to_yaml()).data


def _tasks(sections: list[dict]) -> list[dict]:
    tasks = []
    for section in sections:
        tasks += section.get("tasks", []) + _tasks(section.get("sections", []))
    return tasks


def _roles(task: dict) -> dict[str, int]:
    return {role: len(task[role]) for role in ("lead", "supporting", "responsible") if role in task}


def test_tasks_numbered_across_thematic_chapters_without_a_key_tasks_part():
    """(一)…(十四) straight under 二、…五、 thematic chapters: the old importer found 2 of 14."""
    tasks = _tasks(_draft("donghai_thematic_chapters.txt")["sections"])
    assert len(tasks) == 14
    assert [t["title"] for t in tasks[:3]] == [
        "建设智能算力设施",
        "攻关关键核心技术",
        "建设高质量数据集",
    ]
    assert all("responsible" in t for t in tasks)


def test_lead_and_responsible_labels_separated_by_a_comma():
    """（牵头单位：科技厅，责任单位：财政厅、教育厅）: the old importer made all three leads and an
    agency named "责任单位:财政厅"; and 教育厅 beside 省科技厅、教育厅 failed the fixture checks."""
    data = _draft("hudong_province_bare_names.txt")
    names = [a["name"] for a in data["agencies"]]
    assert not any("单位" in name for name in names)
    assert _roles(_tasks(data["sections"])[-1]) == {"lead": 1, "responsible": 2}


def test_province_bureaus_written_without_sheng_are_one_agency_each():
    data = _draft("hudong_province_bare_names.txt")
    education = [a for a in data["agencies"] if "教育厅" in [a["name"], *a.get("aliases", [])]]
    assert len(education) == 1 and education[0]["name"] == "湖东省教育厅"


def test_responsible_units_on_their_own_line_after_the_task():
    """责任单位：… on a line of its own, without brackets: the old importer found no roles."""
    tasks = _tasks(_draft("nanhu_standalone_annotations.txt")["sections"])
    assert [_roles(t) for t in tasks] == [
        {"responsible": 2},
        {"responsible": 1},
        {"responsible": 1},
        {"responsible": 1},
    ]
    # The (1)(2) points under 1. and the line after them stay one task.
    assert "（2）推广工业互联网平台。\n责任单位：区工信局" in tasks[2]["text"]
