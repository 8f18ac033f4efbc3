"""Agencies: short forms grouped, full names, categories and codes; no two share a label."""

import pytest

from pilots.drafting.agencies import AgencyDirectory, agency_category, agency_code_guess


def _directory(zone: str, names: list[str], prefix: str | None = None) -> AgencyDirectory:
    directory = AgencyDirectory(zone, names)
    for name in names:
        directory.add(name, prefix or directory.list_prefix(names))
    return directory


def test_a_province_writes_its_bureaus_with_or_without_sheng():
    directory = _directory("湖东省", ["科技厅", "教育厅", "省教育厅", "发展改革委"], prefix=None)
    assert set(directory.agencies) == {"省科技厅", "省教育厅", "省发展改革委"}
    names = {a.key: a.name for a in directory.finish()}
    assert names == {
        "省科技厅": "湖东省科学技术厅",
        "省教育厅": "湖东省教育厅",
        "省发展改革委": "湖东省发展和改革委员会",
    }


def test_a_city_list_shares_the_prefix_of_its_first_name():
    directory = _directory("柳州市", ["市科技局", "发展改革委", "工业和信息化局"])
    assert list(directory.agencies) == ["市科技局", "市发展改革委", "市工业和信息化局"]
    lone = AgencyDirectory("柳州市", ["市场监督管理局"])
    assert lone.key_of("市场监督管理局", None) == "市场监督管理局"  # a city: left as written


@pytest.mark.usefixtures("english_notes")
def test_party_bodies_and_unknown_names():
    agencies = {a.key: a for a in _directory("宜城市", ["市委组织部", "市税务局"]).finish()}
    assert agencies["市委组织部"].name == "中共宜城市委组织部"
    assert agencies["市税务局"].name == "市税务局"
    assert "full name unknown" in agencies["市税务局"].notes[0]


def test_categories_and_codes_come_from_the_name_tables():
    assert agency_category("省经信厅") == "industry_it"
    assert agency_category("各市州人民政府") == "local_government"
    assert agency_category("长沙高新区管委会") == "park_administration"
    assert agency_code_guess("市大数据局") == "big-data"
    assert agency_code_guess("各开发区管委会") == "development-zones"
    assert agency_code_guess("某某研究会") is None


def test_a_list_sharing_its_prefix_names_bureaus_of_any_function_as_the_place_s_own():
    """市发展改革委、城市管理局、中新项目管理局: the list's 市 is theirs too; 重庆银监局, named by
    its place, is not the city's."""
    names = ["市发展改革委", "城市管理局", "中新项目管理局", "重庆银监局"]
    directory = AgencyDirectory("重庆市", names)
    keys = [directory.add(name, directory.list_prefix(names)).key for name in names]
    assert keys == ["市发展改革委", "市城市管理局", "市中新项目管理局", "重庆银监局"]


def test_a_province_s_bodies_written_without_its_prefix_are_its_own():
    """科技厅 beside 省科技厅 — also a people's organisation (科协) and an administration of no
    known function (公共资源交易管理局); a city's bare 科协 is left as written."""
    names = ["省科技厅", "科协", "公共资源交易管理局", "国家统计局湖北调查总队"]
    province = AgencyDirectory("湖北省", names)
    assert [province.key_of(name, None) for name in names] == [
        "省科技厅", "省科协", "省公共资源交易管理局", "国家统计局湖北调查总队",
    ]  # fmt: skip
    assert AgencyDirectory("长春市", names).key_of("科协", None) == "科协"


@pytest.mark.parametrize(
    ("names", "one_body"),
    [
        # a short form of a full name the document also prints, with its place and its ending,
        # each of its characters in order in the full name: one body (吉林's 省政数局)
        (["省发展改革委", "省政务服务和数字化建设管理局", "省政数局"],
         {"省政务服务和数字化建设管理局", "省政数局"}),
        (["市政务服务和数据管理局", "市政数局"], {"市政务服务和数据管理局", "市政数局"}),
        # controls: no full name printed; another body's name (数据局 opens with 数, not 政); an
        # ending of another kind (政府办 is an office, not the 局)
        (["市政数局", "市数据局"], None),
        (["市政务服务和数据管理局", "市数据局"], None),
        (["市政府办", "市政务服务和数据管理局"], None),
    ],
)  # fmt: skip
def test_a_short_form_of_a_full_name_the_document_prints_is_that_body(names, one_body):
    agencies = _directory("长白市", names).finish()
    groups = [{a.key, *a.forms} & set(names) for a in agencies]
    if one_body:
        assert one_body in groups and len(agencies) == len(names) - 1
    else:
        assert len(agencies) == len(names)
