"""Conventions of the genre that the synthetic_ae set (SYNTHETIC_AE.md, measurement 2) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions_synthetic_z import _draft, _roles

ZONE = {"slug": "some-zone", "name": "某经济技术开发区", "level": "district"}
COUNTY = {"slug": "some-county", "name": "某县", "level": "district"}


# 1. "协同部门：" is the supporting bodies' label as "协同单位：" is: "（牵头部门：X；
#    协同部门：Y、Z）" names Y and Z supporting, not a lead called "协同部门:Y". A zone's 管委会
#    names its bureaus without a prefix.

ZONE_PLAN = (
    "某经济技术开发区推进“人工智能+”行动方案\n"
    "一、重点任务\n"
    "（一）夯实算力基础\n"
    "1.建设算力中心。推动园区智算中心扩容。（牵头部门：产业促进局；协同部门：规划建设局、营商服务中心）\n"
    "2.开放数据资源。建设园区数据共享平台。（牵头部门：产业促进局、科技创新局；协同部门：党群工作部）\n"
    "3.培育应用场景。每年发布应用场景清单。（责任部门：科技创新局）\n"
)


def test_a_coordinating_department_label_names_supporting_bodies():
    roles = _roles(_draft(ZONE_PLAN, ZONE))
    assert roles["建设算力中心"] == {
        "lead": ["产业促进局"],
        "supporting": ["规划建设局", "营商服务中心"],
    }
    assert roles["开放数据资源"] == {
        "lead": ["产业促进局", "科技创新局"],
        "supporting": ["党群工作部"],
    }
    assert roles["培育应用场景"] == {"responsible": ["科技创新局"]}


def test_no_agency_is_named_after_a_supporting_label():
    data = _draft(ZONE_PLAN, ZONE)
    names = {n for a in data["agencies"] for n in [a["name"], *a.get("aliases", [])]}
    assert not any("协同" in name or "：" in name or ":" in name for name in names)


# 2. A rule stated once under a chapter's heading for "本章各节任务" with the bodies as the subject
#    of their duty and no 均 ("本章各节任务，X、Y按职责分工抓好落实，以下不再列出") makes them
#    responsible for each task of that chapter alone: the chapters before and after do not
#    take them.

CHAPTER_DUTY_PLAN = (
    "某县推进“人工智能+”行动方案\n"
    "第二章　夯实发展基础\n"
    "第三节　建设算力设施\n"
    "推动县级算力节点建设，服务本地企业。\n"
    "牵头单位：县发展和改革局　　配合单位：县工业和信息化局\n"
    "第三章　赋能农业生产\n"
    "　　本章各节任务，各乡镇人民政府、街道办事处按职责分工抓好落实，以下不再列出。\n"
    "第四节　推广智慧种植\n"
    "在粮食主产区推广智能灌溉和病虫害识别。\n"
    "牵头单位：县农业农村局\n"
    "第五节　建设数字牧场\n"
    "支持养殖场部署智能环控设备。\n"
    "牵头单位：县畜牧兽医中心　　配合单位：县农业农村局\n"
    "第四章　保障措施\n"
    "第六节　加强组织领导\n"
    "建立工作专班，定期调度推进。\n"
    "牵头单位：县工业和信息化局\n"
)


def test_a_chapter_rule_stated_once_covers_the_tasks_of_that_chapter_alone():
    roles = _roles(_draft(CHAPTER_DUTY_PLAN, COUNTY))
    towns = "各乡镇人民政府、街道办事处"  # one collective, as SOURCES.md's conventions read it
    assert roles["推广智慧种植"]["responsible"] == [towns]
    assert roles["建设数字牧场"]["responsible"] == [towns]
    assert "responsible" not in roles["建设算力设施"]
    assert "responsible" not in roles["加强组织领导"]
