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
    "　　第二条　统筹布局智能算力。建设算力枢纽。（牵头单位：省发展改革委，责任单位：省通信管理局）\n"
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
