"""Numbers in goal sentences: every form the genre writes, Chinese numerals and 万 / 亿."""

import pytest

from pilots.drafting.numerals import chinese_number
from pilots.drafting.quantities import quantities_in


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("建成人工智能创新平台20个", [(20, None, "个", "eq")]),
        ("智能终端普及率超70%", [(70, None, "%", "gt")]),
        ("培育企业500家以上", [(500, None, "家", "gte")]),
        ("上市企业不少于20家", [(20, None, "家", "gte")]),
        ("核心产业规模突破3000亿元", [(3000, None, "亿元", "gt")]),
        ("每年新增1—2个国家级平台", [(1, 2, "个", "range")]),
        ("建设5至8个平台", [(5, 8, "个", "range")]),
        ("建成行业大模型50个左右", [(50, None, "个", "approx")]),
        ("集聚企业100余家", [(100, None, "家", "gt")]),
        ("产业规模达到1.5万亿元", [(15000, None, "亿元", "eq")]),
        ("人工智能产业规模超万亿元", [(10000, None, "亿元", "gt")]),
        ("建设两千个5G基站", [(2000, None, "个", "eq")]),
        ("培训人才十万人次", [(100000, None, "人次", "eq")]),  # 万 scales a count
        ("全省从事数据标注人员达到2万人以上", [(20000, None, "人", "gte")]),
        ("新开通5G基站15万个以上", [(150000, None, "个", "gte")]),
        ("全区智算规模达到1500PFlops", [(1500, None, "PFlops", "eq")]),  # as printed
        ("构建1ms时延的城市算力网", [(1, None, "ms", "eq")]),
        ("市内单向时延小于1毫秒", [(1, None, "毫秒", "lt")]),
        ("与枢纽节点时延控制在10毫秒以内", [(10, None, "毫秒", "lte")]),
        # 突破 before a count of things with the thing after it: the verb of its object
        ("突破5项大模型应用项目", [(5, None, "项", "eq")]),
        ("大模型应用项目突破5项", [(5, None, "项", "gt")]),
        ("产业产值突破100亿元", [(100, None, "亿元", "gt")]),
        ("培训人工智能技能人才万名", [(10000, None, "名", "eq")]),
        ("引进资金5000万元", [(5000, None, "万元", "eq")]),
        ("算力规模突破10EFLOPS", [(10, None, "EFLOPS", "gt")]),
        ("占比不超过5%", [(5, None, "%", "lte")]),
        ("打造3个千亿级产业集群", [(3, None, "个", "eq")]),  # 千亿级 is a size class
        ("推动人工智能进入千行百业、千家万户", []),  # set phrases
        ("实现一网通办", []),
        ("打造一批标杆企业", []),
        ("进入全国第一方阵", []),
        ("营业收入超10亿元的龙头企业5家", [(5, None, "家", "eq")]),  # 10亿元 qualifies
        # Forms first read wrong (round 4), each general to the genre:
        ("培育10家营收超十亿元的企业", [(10, None, "家", "eq")]),  # the qualifier comes after
        ("培育产值超百亿元企业5家", [(5, None, "家", "eq")]),  # a qualifier with no 的
        ("建成1,000家智能工厂", [(1000, None, "家", "eq")]),  # a thousands separator
        ("打造3－5个产业集群", [(3, 5, "个", "range")]),  # a full-width dash
        ("打造3〜5个产业集群", [(3, 5, "个", "range")]),
        ("引进资金5千万元", [(5000, None, "万元", "eq")]),  # Arabic digit, Chinese power
        # a unit with its alternative is kept as printed (the extractions write 台（套）)
        ("推广智能终端1000万台（套）以上", [(10000000, None, "台（套）", "gte")]),
        ("推广智能装备10台(套)以上", [(10, None, "台(套)", "gte")]),
        # a gloss restating the figure is no second target; a bracket with 其中 is read
        ("算力规模达到300PFLOPS以上（每秒30亿亿次浮点运算）", [(300, None, "PFLOPS", "gte")]),
        ("建设创新平台20个（其中国家级5个）", [(20, None, "个", "eq"), (5, None, "个", "eq")]),
        ("打造数十个应用场景", []),  # vague: no figure is committed to
        ("建设上百个应用场景", [(100, None, "个", "gte")]),
        # the number after 每 is the rate's denominator, not a figure (10000 人 was a target)
        ("每万人口高价值发明专利拥有量达到20件", [(20, None, "件", "eq")]),
        ("每千人拥有5G基站数达到25个", [(25, None, "个", "eq")]),
        ("每万名就业人员中研发人员达到150人年", [(150, None, "人年", "eq")]),
        ("引进万余名人才", [(10000, None, "名", "gt")]),
        ("智能算力占比≥60%", [(60, None, "%", "gte")]),  # a symbol as printed in a sentence
        ("培育企业100家（含）以上", [(100, None, "家", "gte")]),  # 以上 was lost after （含）
        # batches of a list issued (场景机会清单2批次): a count in 批次 (was no figure)
        ("每年发布场景机会清单2批次以上", [(2, None, "批次", "gte")]),
        ("打造一批标杆企业，分批次推进", []),
        # an index's value prints no unit: counted in index points
        ("数字经济发展指数达到85以上", [(85, None, "点", "gte")]),
        ("智能制造成熟度指数超过3.5", [(3.5, None, "点", "gt")]),
        ("区域创新能力综合得分不低于80", [(80, None, "点", "gte")]),
        ("发展指数提升至120左右", [(120, None, "点", "approx")]),
        ("创新指数2025年发布", []),  # a year after the index: no value of it
    ],
)
def test_goal_quantities(clause, expected):
    assert [(q.value, q.value_max, q.unit, q.comparator) for q in quantities_in(clause)] == expected


def test_chinese_numerals():
    assert [chinese_number(n) for n in ("十", "百", "三百五十", "两千", "二十一", "一二")] == [
        10, 100, 350, 2000, 21, None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    "clause",
    [
        "在云冈石窟、五台山、平遥古城等景区推广智能导览和客流预测应用",
        "支持七台河、三门峡等地建设数据中心",
    ],
)
def test_a_place_named_with_a_numeral_and_a_unit_counts_nothing(clause):
    """五台山 is no "五台" (5 台), 三门峡 no "三门": the numeral is part of the place's name."""
    assert quantities_in(clause) == []
    assert [(q.value, q.unit) for q in quantities_in("新增智能设备五台")] == [(5, "台")]


@pytest.mark.parametrize("clause", ["支持三台县、八门镇等地开展智能化改造", "推动九台区试点"])
def test_a_county_named_with_a_numeral_and_a_unit_counts_nothing(clause):
    """A numeral and a unit right before a place's suffix (三台县, 九台区) are its name, not
    3 台: plans list the counties of a city so; a count of places keeps its classifier (三个县)."""
    assert quantities_in(clause) == []
    assert [(q.value, q.unit) for q in quantities_in("在三个县开展试点")] == [(3, "个")]
