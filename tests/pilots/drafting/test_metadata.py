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
