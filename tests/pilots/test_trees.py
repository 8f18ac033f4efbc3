"""Walks over parent links that end whatever the links hold."""

from pilots.trees import loops_in, parents_without_loops


def test_loops_are_found_and_cut_at_their_first_listed_node():
    parent_of = {"a": "b", "b": "c", "c": "a", "d": "a", "e": None, "f": "f", "g": "x"}
    assert loops_in(parent_of) == [["a", "b", "c", "a"], ["f", "f"]]
    cut = parents_without_loops(parent_of, "node")
    assert cut == parent_of | {"a": None, "f": None}
    assert loops_in({"a": "b", "b": None}) == []
