"""The synthetic_c documents end to end (SYNTHETIC_C.md): three full-length plans invented by a
collector in the genre's forms (顺德区 2026-2028 with 专栏 boxes and an indicator table, 陕西省
实施方案 of parts, sections and tasks, 烟台市 2026-2027 with sub-items), each drafted and scored
against its hand-made extraction, so that CI keeps measuring them. Seen data since measurement 1:
the misses allowed are listed with their reasons, as test_corpus's are."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_misses

SYNTHETIC_C = sorted((CORPUS_DEV.parent / "synthetic_c").glob("*.yaml"))

_BOX_ITEMS = {
    # A 专栏's items are text of the task before it (round 4's rule, for boxes of 重点方向 /
    # 重点场景); the extraction reads these boxes of named 工程 and 项目 as engineering tasks.
    f"task 专栏{box}.{item} {title}"
    for box, item, title in [
        (1, 1, "智能工厂梯度培育工程"), (1, 2, "工业视觉质检推广工程"),
        (1, 3, "机器人智能化产业基地三期项目"), (1, 4, "家电行业工业互联网平台项目"),
        (2, 1, "场景开放工程"), (2, 2, "智慧社区建设工程"), (2, 3, "城市智脑项目"),
        (3, 1, "企业梯度培育工程"), (3, 2, "人工智能产业园建设项目"), (3, 3, "创新平台提升工程"),
    ]
}  # fmt: skip
_BOX_FIGURES = {
    "target T15 新增省级以上智能工厂20家",
    "target T16 数字化车间100个",
    "target T17 部署工业视觉质检系统1000套",
    "target T18 重点企业产品不良品率下降20%",
    "target T19 服务行业中小企业500家以上",
    "target T22 每年发布“人工智能+”场景机会清单2批次",
    "target T23 累计发布场景机会200项以上",
    "target T24 建成智慧社区示范点30个",
    "target T26 人工智能领域规模以上企业达到150家",
    "target T27 其中营业收入超10亿元的企业5家以上",
    "target T28 新增省级以上人工智能领域创新平台10个",
}
# 两个 counts the clusters the sentence names (智能家电、机器人): no figure to measure.
_NAMED_COUNT = {"extra target 形成智能家电、机器人两个具有国际竞争力的人工智能应用产业集群"}
DISAGREEMENTS = {
    "shunde-ai-plus-2026-synthetic": _BOX_ITEMS | _BOX_FIGURES | _NAMED_COUNT,
    "yantai-ai-plus-2026-2027-synthetic": {
        # the "2026年，…" paragraph's 每年 figure: drafted due 2026, extracted due the plan's end
        "extra target 每年新增人工智能领域国家级专精特新“小巨人”企业5家",
        "target T15 每年新增人工智能领域国家级专精特新“小巨人”企业5家",
        # "较2025年实现翻番" restates 提高到500亿元 beside it: the extraction has one target
        "extra target 较2025年实现翻番",
        "target T32 全市社会物流总费用与地区生产总值的比率降至13.5%",
        "target T40 每年发布场景机会清单不少于2批次",
    },
}


@pytest.mark.parametrize("expected_path", SYNTHETIC_C, ids=lambda p: p.stem)
def test_each_synthetic_c_document_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_c_set_is_there():
    assert len(SYNTHETIC_C) == 3
