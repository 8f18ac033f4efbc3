"""A quota set for each unit below the plan's level ("每个乡镇建设1个以上服务站"): a target whose
metric says it is per unit, so a leader does not read one station for the whole city. Short
invented texts, drafted end to end; the first failed on the importer of 5048f583 (metric
"数字乡村服务站"), the control passes before and after."""

from tests.pilots.drafting.test_genre_conventions import _draft, _named_targets

_QUOTAS = (
    "某市人工智能赋能乡村振兴实施方案\n"
    "一、重点任务\n"
    "（一）推进数字乡村建设。在每个乡镇（街道）建设1个以上数字乡村服务站。（责任单位：市农业农村局）\n"
    "（二）打造特色场景。每个县市区至少打造2个“人工智能+”特色应用场景。（责任单位：市数据局）\n"
    "（三）建设服务站点。到2027年，全市建成数字乡村服务站120个。（责任单位：市农业农村局）\n"
)


def test_a_quota_for_each_unit_names_the_unit_in_its_metric():
    targets = {t[0]: t[1:3] for t in _named_targets(_draft(_QUOTAS))}
    assert targets["每个乡镇（街道）数字乡村服务站"] == ("gte", 1)
    assert targets["每个县市区“人工智能+”特色应用场景"] == ("gte", 2)


def test_control_a_whole_citys_count_names_no_unit():
    """Control: 全市建成…120个 counts the city's total; its metric has no 每个."""
    targets = {t[0]: t[1:3] for t in _named_targets(_draft(_QUOTAS))}
    assert targets["数字乡村服务站"] == ("eq", 120)


_SHARES = (
    "某镇人工智能赋能基层治理工作方案\n"
    "一、重点任务\n"
    "1.布设感知设备。2026年11月底前新增智能感知设备80个，每个村（社区）不少于5个。（责任单位：镇综治中心）\n"
    "2.推广自助服务。2026年9月底前每个村（社区）部署自助终端1台。（责任单位：镇便民服务中心）\n"
)


def test_a_units_share_of_the_figure_before_counts_that_figures_thing():
    """每个村（社区）不少于5个 names the unit alone: each village's share of the devices before
    it; and a quota's verb (部署) ends the unit as 建设 does. Both failed on the importer of
    5048f583 (metrics 每个村（社区） and 自助终端)."""
    targets = {t[0]: t[1:3] for t in _named_targets(_draft(_SHARES))}
    assert targets["每个村（社区）智能感知设备"] == ("gte", 5)
    assert targets["每个村（社区）自助终端"] == ("eq", 1)


def test_a_milestones_month_is_no_part_of_its_metric():
    """2026年11月底前新增智能感知设备80个 counts devices: the month's deadline is cut before the
    metric is read, as 2027年前 is (failed on 5048f583: 2026年11月底前新增智能感知设备)."""
    targets = {t[0]: t[1:3] for t in _named_targets(_draft(_SHARES))}
    assert targets["智能感知设备"] == ("eq", 80)
