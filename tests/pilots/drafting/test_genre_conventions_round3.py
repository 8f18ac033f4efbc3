"""Conventions of the second held-out collection (now in dev), each as a synthetic snippet of the
same form drafted end to end through ``plan_draft``. Each failed on the importer of f8db847."""

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft,
    _named_targets as _targets,
    _roles,
    _tasks,
)


def test_places_listed_before_a_body_each_have_it_unless_written_with_deng():
    text = (
        "为推进发展,制定本要点。\n一、推进数字政府建设\n(一)优化服务。推进跨境服务。"
        "(省数据局牵头,省公安厅,广州、深圳、珠海出入境边防检查总站,中国人民银行某省分行"
        "等有关单位按职责分工负责)\n(二)建设网络。建设算力网络。(省工业和信息化厅牵头,"
        "省发展改革委,广州、深圳等地级以上市政府配合)"
    )
    first, second = _tasks(_draft(text, PROVINCE))
    data = _draft(text, PROVINCE)
    assert _roles(data, first)["responsible"] == [
        "省公安厅", "广州出入境边防检查总站", "深圳出入境边防检查总站",
        "珠海出入境边防检查总站", "中国人民银行某省分行",
    ]  # fmt: skip
    assert _roles(data, second)["supporting"] == ["省发展改革委", "广州、深圳等地级以上市政府"]


def test_names_after_the_lead_in_an_annotation_the_copy_ends_inside_are_supporting():
    text = (
        "二、构建枢纽\n(一)打造生态。研发芯片。(省工业和信息化厅牵头,省科技厅配合)\n"
        "(二)打造节点。建设平台。(省发展改革委牵头,省委网信办,省科技厅、能源局"
    )
    data = _draft(text, PROVINCE)
    assert _roles(data, _tasks(data)[1]) == {
        "lead": ["省发展改革委"],
        "supporting": ["省委网信办", "省科技厅", "能源局"],
    }


def test_numbers_of_a_quoted_slogan_are_no_targets_and_percentage_points_keep_their_unit():
    text = (
        "一、工作目标\n深化“一次办好”改革,实现“进一个网、办全市事”。到2025年,全市数字经济核心"
        "产业增加值占比较上年提高1—2个百分点。\n二、重点任务\n(一)建设平台。建设平台。"
    )
    assert [(c, v, u) for _, c, v, u, _ in _targets(_draft(text))] == [("range", 1, "百分点")]


def test_unnumbered_heading_lines_name_the_paragraphs_under_them():
    text = (
        "一、推动技术攻关\n加强前沿技术攻关\n省有关部门支持高校开展合作。(某市政府,省教育厅、科技厅负责)\n"
        "深化应用技术创新\n省有关部门支持企业打造创新联合体,聚焦智能终"
    )
    data = _draft(text, PROVINCE)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["加强前沿技术攻关", "深化应用技术创新"]
    assert _roles(data, tasks[0]) == {"responsible": ["某市政府", "省教育厅", "科技厅"]}


def test_measures_printed_as_heading_sentence_and_text_are_the_tasks():
    text = (
        "为推动发展,力争到2027年培育300家以上重点企业,人工智能核心产业规模、相关产业规模分别突破"
        "300亿元和3000亿元,现制定本政策措施。\n一、构建算力供给体系。建设平台,设立算力券。\n"
        "二、扩大数据集供给。支持企业开发数据空间。"
    )
    data = _draft(text)
    assert [t["title"] for t in _tasks(data)] == ["构建算力供给体系", "扩大数据集供给"]
    assert [(m, c, v) for m, c, v, _, _ in _targets(data)] == [
        ("重点企业", "gte", 300),
        ("人工智能核心产业规模", "gt", 300),
        ("相关产业规模", "gt", 3000),
    ]


def test_a_task_table_printed_as_text_assigns_each_cell_to_its_row_unit():
    text = (
        "关于印发重点工作的通知\n各委、局:\n请各有关单位按照任务分工落实。\n特此通知。\n附件\n"
        "2020年重点工作分工表\n序号 | 单位名称 | 2020年重点工作任务 |\n"
        "1 | 市发展改革委 | 推动先进计算产业创新中心全面开工建设,加大政策支持力度,"
        "培育一批龙头企业。 |\n"
        "发挥产业基金作用,培育一批龙头企业,将我市建设成为全国领先的智能科技产业创新中心。 | ||\n"
        "2 | 市教委 | 支持已经设立人工智能学科的高校加强学科建设力度;"
        "支持其他有条件的高校设置人工智能学科。 |\n"
        "加大高层次和青年拔尖人才引育力度,加强人工智能领域学术和教学创新团"
    )
    data = _draft(text)
    assert [(t["title"], _roles(data, t)) for t in _tasks(data)] == [
        ("推动先进计算产业创新中心全面开工建设", {"responsible": ["市发展改革委"]}),
        ("发挥产业基金作用", {"responsible": ["市发展改革委"]}),
        ("支持已经设立人工智能学科的高校加强学科建设力度", {"responsible": ["市教委"]}),
        ("加大高层次和青年拔尖人才引育力度", {"responsible": ["市教委"]}),
    ]


def test_items_whose_subject_is_an_agency_assign_it_and_eligibility_conditions_are_no_tasks():
    text = (
        "某市算力券实施细则\n一、职责与分工\n1、市数据局负责审核兑现申请,提出分配方案。\n"
        "2、市财政局负责审核资金分配方案,按程序下达资金。\n"
        "3、各县(市、区)、功能区数据部门负责本区域推广宣传,协助市数据局开展复核。\n"
        "二、支持对象和标准\n1、支持对象\n(1)在本市注册的重点企业;\n(2)算力需求方无关联关系;"
    )
    data = _draft(text)
    assert [_roles(data, t) for t in _tasks(data)] == [
        {"responsible": ["市数据局"]},
        {"responsible": ["市财政局"]},
        {"responsible": ["各县(市、区)、功能区数据部门"]},
    ]


def test_units_named_only_by_a_generic_word_are_no_agency():
    text = (
        "一、提升服务效能\n(一)深化网上办。推进改革。(牵头单位:市行政审批服务局;责任单位:"
        "市直有关部门、单位,各区市政府)"
    )
    data = _draft(text)
    assert _roles(data, _tasks(data)[0]) == {
        "lead": ["市行政审批服务局"],
        "responsible": ["各区市政府"],
    }


# Conventions of the third collection (read after its two held-out measurements).


def test_goal_bullets_after_a_dated_paragraph_carry_its_date():
    text = (
        "一、总体要求\n坚持融合发展。到2026年,我市人工智能产业总体水平处于全国前列。\n"
        "——创新能力。打造2—3个开放创新平台、5个以上公共服务平台。\n"
        "——技术体系。算力总规模达到12EFLOPS。\n二、重点任务\n(一)建设平台。建设平台。"
    )
    assert _targets(_draft(text)) == [
        ("开放创新平台", "range", 2, "个", 2026),
        ("公共服务平台", "gte", 5, "个", 2026),
        ("算力总规模", "eq", 12, "EFLOPS", 2026),
    ]


def test_a_unit_written_out_in_words_and_a_scope_number_are_read_as_such():
    text = (
        "一、发展目标\n到2025年,围绕15个重点领域,全市可开放算力规模在使用半精度(FP16)下达到"
        "5000千万亿次浮点指令/秒(PFLOPS)以上。\n二、重点任务\n(一)建设平台。建设平台。"
    )
    assert [(c, v, u) for _, c, v, u, _ in _targets(_draft(text))] == [("gte", 5000, "PFLOPS")]


def test_sector_authorities_with_no_place_name_nobody():
    text = "一、支持数据集建设\n加大数据供给,给予奖励。\n(责任单位:市数据局、各领域行业主管部门)"
    data = _draft(text)
    assert [_roles(data, t) for t in _tasks(data)] == [{"responsible": ["市数据局"]}]


def test_a_copy_cut_after_its_first_keyword_less_measure_keeps_it():
    text = (
        "各区、县(市)人民政府:\n现提出如下意见。\n到2025年,培育标杆企业20家。\n"
        "(一)建设多元融合算力支撑体系。加快推进算力基础设施建"
    )
    assert [t["title"] for t in _tasks(_draft(text))] == ["建设多元融合算力支撑体系"]
