"""Who carries out an article that prints no annotation but names its actors in its own words:
"由区发展改革委牵头，区科委、区财政局配合，做好项目认定…" (lead, supporting), "区经委牵头组织诊断
服务" (lead), "算力券兑付由区科委会同区财政局负责" (both responsible), "区委网信办负责指导…"
(responsible), "由县数据局统筹，各乡镇具体实施" (lead, responsible), "X负责，Y支持" (responsible,
supporting). The annotation is written in prose: the bodies stand as the subject of a role word,
opening a sentence or after 由. A body the words act on (争取X支持, 配合省X开展, 向X推荐, 对接X) is
no actor: it stands after its verb, never before a role word. The words are in
data/annotations.yaml (prose_*).
"""

from __future__ import annotations

import re
from functools import cache

from pilots.drafting.annotation_roles import annotation_roles
from pilots.drafting.annotations import government_body
from pilots.drafting.lexicon import alternation, table
from pilots.drafting.names import agency_names_split


@cache
def _clause_duty() -> re.Pattern:
    data = table("annotations")
    verbs = alternation(data["prose_role_verbs"] + data["prose_closing_verbs"])
    names = r"(?P<names>[^，,。；;：:“”由]{2,60}?)"
    return re.compile(rf"^由?{names}(?P<verb>{verbs})(?P<rest>[^，,。；;]*)$")


def prose_roles(text: str) -> list[tuple[str, str]]:
    """(role, name) of the bodies an article names as its actors, first role kept; none when it
    names none."""
    pairs: list[tuple[str, str]] = []
    text = re.sub(r"[(（][^()（）]*[)）]", "", text)  # a remark (以下简称…，由X牵头认定)
    for sentence in re.split(r"[。；;\n]", text):
        for role, name in _sentence_roles(sentence.strip()):
            if name not in [n for _, n in pairs]:
                pairs.append((role, name))
    return pairs


def _sentence_roles(sentence: str) -> list[tuple[str, str]]:
    """The division of work a sentence opens with, or opens after 由 ("…工作由X负责")."""
    opening = table("annotations")["role_clause_opening"]  # never 自由贸易 or 由于
    starts = [0, *(m.start() for m in re.finditer(opening, sentence) if m.start())]
    for start in starts:
        words = _duty_words(re.split(r"[，,]", sentence[start:]))
        if words:
            return annotation_roles("，".join(words))
    return []


def _duty_words(clauses: list[str]) -> list[str]:
    """The names and role word of each clause from the first on, while each is a body's duty
    ("X牵头", "Y、Z配合"); nothing once one is not."""
    data = table("annotations")
    words = []
    for clause in clauses:
        match = _clause_duty().match(clause.strip())
        if not match or re.match(data["prose_role_not_after"], match["rest"]):
            break
        if match["rest"] and match["verb"] in data["prose_closing_verbs"]:
            break  # "X支持企业…": the article's act, no role word
        names = agency_names_split(match["names"].replace(data["prose_together"], "、"))
        if not names or not all(government_body(name) for name in names):
            break
        words.append("、".join(names) + match["verb"])
    return words
