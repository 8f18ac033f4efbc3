"""The synthetic_o documents end to end (SYNTHETIC_O.md): three LONG, DEEP "人工智能+" plans
invented by a collector — 云南's Word file whose outline is in Word heading styles five levels
deep (一、/（一）/1．/（1）/①, the annotation on the 1． heading) with 专栏 boxes as one-cell
tables, 常州's "人工智能+制造" plan printed to PDF by LibreOffice (2026 and 2027 goals in one
paragraph, a two-year 主要指标 table, named 工程 whose roles stand inline or in an annex
分工表) and 正定县's text ("（X负责）", an own-line "责任单位：X（牵头），Y", or nothing
under a closing rule naming the lead).
Each is read from its committed file, drafted and scored against its hand-made extraction. It
measures the importer at the end of the session: no rule was written from it, so what it misses
is listed below with the reason, as measurement 1 found it (main bc65bf1) and measurement 2
left it (main e1e862d, the importer at the session's end: identical)."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_O = sorted((CORPUS_DEV.parent / "synthetic_o").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {
    # 附件1 重点工程分工表 (a ruled table on the PDF's last-but-one page:
    # 序号 | 重点工程 | 牵头单位 | 配合单位) is not applied to the six unannotated 工程 of
    # chapters （四）（五）, whose titles it repeats: their roles are missed, and the five
    # bodies named only there with them.
    "changzhou-ai-manufacturing-2026-synthetic": {
        "agency 常州市人力资源和社会保障局",
        "agency 中共常州市委金融委员会办公室",
        "agency 常州市应急管理局",
        "agency 常州市教育局",
        "agency 国网常州供电公司",
        "assignment 三.(四).1 lead gxj",
        "assignment 三.(四).1 supporting kjj",
        "assignment 三.(四).1 supporting scj",
        "assignment 三.(四).2 lead rsj",
        "assignment 三.(四).2 supporting jyj",
        "assignment 三.(四).2 supporting gxj",
        "assignment 三.(四).3 lead jrb",
        "assignment 三.(四).3 supporting czj",
        "assignment 三.(四).3 supporting gxj",
        "assignment 三.(四).4 lead sjj",
        "assignment 三.(四).4 supporting gxj",
        "assignment 三.(五).1 lead yjj",
        "assignment 三.(五).1 supporting gxj",
        "assignment 三.(五).1 supporting qs",
        "assignment 三.(五).2 lead sthj",
        "assignment 三.(五).2 supporting fgw",
        "assignment 三.(五).2 supporting gdgs",
    },
    "yunnan-ai-plus-2026-synthetic": {
        # Figures in the （1） sub-items under a 标题 3 task are not drafted at all (T8, T13,
        # T19, T20). The 专栏 lines' figures are drafted but dated 2030 — the year of the
        # figure-less vision sentence "到2030年，…" — where the extraction dates them by the
        # period end 2027, the year of every numeric goal (the title gives no years): missed
        # and extra both, with the phrase of the whole clause drafted. Two extras the
        # extraction holds no target: "覆盖全省16个州（市）" (the province's count of
        # prefectures) and "支持5种以上周边国家语言" (a product's property).
        "target T8 每年组织实施省级人工智能重大科技项目8项以上",
        "target T10 行业高质量数据集100个以上",
        "target T11 建成数据标注基地2个",
        "target T12 技术创新中心等创新平台10个",
        "target T13 推动1000家以上规模以上工业企业实施智能化改造",
        "target T16 建设智慧农业示范基地50个",
        "target T17 打造智慧景区30个",
        "target T18 推出多语种文旅智能体5个以上",
        "target T19 建设人工智能教育示范校100所",
        "target T20 每年培训教师5000人次以上",
        "target T21 人工智能合作交流中心1个",
        "target T22 每年举办国际合作交流活动3场以上",
        "target T23 服务企业200家以上",
        "extra target 建设农业、文旅、有色金属等行业高质量数据集100个以上",
        "extra target 建成数据标注基地2个",
        "extra target 新建省级人工智能重点实验室、技术创新中心等创新平台10个",
        "extra target 建设智慧农业示范基地50个",
        "extra target 农业大模型服务覆盖全省16个州（市）",
        "extra target 打造智慧景区30个",
        "extra target 推出多语种文旅智能体5个以上",
        "extra target 建成面向南亚东南亚的人工智能合作交流中心1个",
        "extra target 每年举办国际合作交流活动3场以上",
        "extra target 推出支持5种以上周边国家语言的多语种大模型产品",
        "extra target 服务企业200家以上",
    },
    "zhengding-ai-plus-2026-synthetic": {
        # 五、其他事项 (the closing rule and the validity date) is drafted as a task.
        # The closing rule "重点任务中未列明责任单位的任务，由县发展改革局牵头组织实施"
        # is not applied to the four items that carry no annotation (3, 7, 12, 17).
        # "人工智能相关产业规模迈上十亿元级台阶" (十亿元级 in words: at least 10 亿元) is
        # not drafted.
        "extra task 五 其他事项",
        "assignment 二.(一).3 lead fgj",
        "assignment 二.(二).7 lead fgj",
        "assignment 二.(四).12 lead fgj",
        "assignment 二.(五).17 lead fgj",
        "target T1 人工智能相关产业规模迈上十亿元级台阶",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_O, ids=lambda p: p.stem)
def test_each_synthetic_o_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_O, ids=lambda p: p.stem)
def test_each_synthetic_o_task_is_due_when_the_extraction_says(expected_path):
    """None of the three gives a task a due date (no 完成时限 anywhere): none is drafted."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_o_set_is_there_as_a_docx_a_pdf_and_a_text():
    sources = {
        s.suffix
        for p in SYNTHETIC_O
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_O) == 3
    assert sources == {".docx", ".pdf", ".txt"}


def test_the_word_file_s_outline_is_in_heading_styles_five_levels_deep():
    """The Word file keeps its outline in the built-in heading styles as a Chinese Word saves them
    (styleId "1" "2" "3"), the annotation on the 1． heading and （1）/① below it as body text."""
    from docx import Document

    document = Document(
        str(CORPUS_DEV.parent / "synthetic_o" / "yunnan-ai-plus-2026-synthetic.docx")
    )
    styled = [(p.style.style_id, p.text) for p in document.paragraphs]
    assert ("1", "二、重点任务") in styled
    assert ("2", "（一）夯实智能底座") in styled
    heading = next(text for style, text in styled if style == "3")
    assert heading.startswith("1．建设全省一体化算力网（省发展改革委牵头，")
    after = [text for _, text in styled[styled.index(("3", heading)) + 1 :][:3]]
    assert after[0].startswith("（1）") and after[1].startswith("①")
    assert document.tables[0].rows[0].cells[0].text.startswith("专栏1 智能底座重点工程")
