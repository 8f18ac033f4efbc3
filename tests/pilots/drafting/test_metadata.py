"""The plan's particulars read from the notice around it."""

from pilots.drafting import plan_draft

NOTICE = "\n".join(
    [
        "江南省人民政府办公厅关于印发江南省人工智能+行动方案的通知",
        "（江政办发〔2025〕21号）",
        "各市、县人民政府，省政府各部门：",
        "现将方案印发给你们，请认真贯彻落实。",
        "江南省人民政府办公厅",
        "2025年6月18日",
        "江南省人工智能+行动方案",
        "一、主要目标",
        "到2027年，建成平台20个。",
    ]
)


def test_title_number_date_issuer_and_period_from_the_notice():
    plan = plan_draft(NOTICE, zone_slug="jiangnan", source_file="n.txt").data["plan"]
    assert plan["title"] == "江南省人工智能+行动方案"  # not the notice's own title
    assert plan["doc_number"] == "江政办发〔2025〕21号"  # printed in brackets
    assert (plan["issued_on"], plan["issuer"]) == ("2025-06-18", "江南省人民政府办公厅")
    assert (plan["period_start"], plan["period_end"]) == (2025, 2027)


YONGCHUAN = "\n".join(
    [
        "永川区推动人工智能+行动方案（2025—2027年）",
        "一、主要目标",
        "到2027年，建成平台20个。",
    ]
)


def test_a_document_of_another_place_than_its_zone_is_marked_for_review(english_notes):
    qijiang = {"slug": "qijiang", "name": "綦江区", "level": "district"}
    draft = plan_draft(YONGCHUAN, zone_slug="qijiang", source_file="y.txt", zone=qijiang)
    assert draft.reviews["zone"] == [
        "the document names 永川区, not 綦江区: check the plan was uploaded to the right zone"
    ]


def test_a_document_of_its_own_zone_raises_no_doubt_about_the_zone():
    qijiang = {"slug": "qijiang", "name": "綦江区", "level": "district"}
    own = YONGCHUAN.replace("永川区", "重庆市綦江区")
    draft = plan_draft(own, zone_slug="qijiang", source_file="q.txt", zone=qijiang)
    assert "zone" not in draft.reviews
    untitled = YONGCHUAN.replace("永川区", "关于加快")  # names no place: nothing to compare
    draft = plan_draft(untitled, zone_slug="qijiang", source_file="q.txt", zone=qijiang)
    assert "zone" not in draft.reviews
