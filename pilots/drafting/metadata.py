"""The plan's own particulars: title, zone, document number, issue date, issuer and period.

Read from the notice around the plan: the 《…》 it issues, the document number (a line of its own
or in brackets after the title), the date and signature lines, a (2020-2023年) period in the title,
else the plan's year to its last goal year. Every guess is marked for review.
"""

from __future__ import annotations

import re
from typing import Any

from django.utils.translation import pgettext

from pilots.drafting.deadlines import year_spans
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numerals import chinese_number
from pilots.drafting.output import Draft
from pilots.drafting.signing import signing_read
from pilots.drafting.validity import relative_span, validity_span
from pilots.source_text import remove_stray_spaces, to_simplified


def plan_title(text: str, lines: list[str]) -> tuple[str, bool]:
    """The plan's own title: 《…》 where the notice issues it, else the document's title line."""
    joined = re.sub(r"\s*\n\s*", "", text[:3000])
    for match in re.finditer(r"《([^《》]{4,100})》", joined):
        sentence_end = joined.find("。", match.end())
        sentence_start = max(
            joined.rfind("。", 0, match.start()), joined.rfind(":", 0, match.start())
        )
        before = joined[sentence_start + 1 : match.start()]
        after = joined[match.end() : sentence_end if sentence_end >= 0 else len(joined)]
        issued = before.endswith(("印发", "将")) or "印发" in after
        cited = re.search(r"(贯彻|落实|根据|按照|依据)", before)
        cited = cited or compiled("documents", "issued_before").search(after)
        if issued and not cited:
            return remove_stray_spaces(match[1]).strip(), True
    plan_words = table("documents")["plan_words"]
    numerals = table("outline")["numerals"]
    numbered = re.compile(
        rf"^(?:{numerals}\s*[、.．]|[(（]\s*{numerals}\s*[)）]|\d{{1,2}}\s*[、.．])"
    )
    lines = [line for line in lines[:30] if not numbered.match(line)]  # a part heading, no title
    lines = _brackets_closed(lines)
    for index, candidate in enumerate(lines):
        if (
            re.search(rf"{plan_words}(\s*[(（][^()（）]*[)）]){{0,2}}$", candidate)
            and not re.search(r"[,，。:：]", candidate)
            and "关于印发" not in candidate
            and not candidate.endswith("的通知")
            and 6 <= len(candidate) <= 100
        ):
            candidate = _title_begun(candidate, lines[index - 1] if index else "")
            return _title_continued(candidate, lines[index + 1 : index + 3]), True
    work_words = table("documents")["work_title_words"]
    annex = compiled("outline", "annex")
    for candidate in lines:
        if annex.match(candidate):
            break  # an annex's table is no title of the notice issuing it
        if (
            re.search(rf"{work_words}(的报告)?$", candidate)
            and re.search(r"20\d\d\s*年", candidate)
            and not re.search(r"[,，。:：]", candidate)
            and 6 <= len(candidate) <= 100
        ):
            return candidate, True  # a year's work points or task division: its year titled
    first = next((line for line in lines if len(line) >= 4), "未命名规划")
    return first[:100], False


def _brackets_closed(lines: list[str]) -> list[str]:
    """A title line whose period the layout broke inside its brackets (…行动计划（2026—2027 / 年）)
    joined with the rest of it."""
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        unclosed = last.count("（") + last.count("(") > last.count("）") + last.count(")")
        if unclosed and re.match(r"^[^()（）]{0,8}[)）]", line) and len(line) <= 12:
            joined[-1] = last + line
        else:
            joined.append(line)
    return joined


def _title_begun(title: str, before: str) -> str:
    """A title of which the line found holds only its last words (金华市推动低空经济高质量发展 /
    实施方案（2024—2027年）): the line before it put in front, where it is a title's beginning."""
    head = re.sub(r"(\s*[(（][^()（）]*[)）])+$", "", title)
    if len(head) > 8 or not 4 <= len(before) <= 40:
        return title
    issuer_end = table("documents")["issuer_end"]
    if re.search(rf"[,，。:：;；、]|\d|{issuer_end}$|文件$|通知$", before) or "》" in before:
        return title
    return remove_stray_spaces(before + title)


def _title_continued(title: str, following: list[str]) -> str:
    """A title whose period or draft mark the layout put on the next line (…行动计划 /
    （2026—2027年）, …工作方案 / （征求意见稿）, …行动计划 / （2023—2025年）终期评估报告)."""
    for line in following:
        if not compiled("documents", "title_continuation").match(line):
            break
        title += line
    return remove_stray_spaces(title)


def _place_titled(title: str) -> str | None:
    """The place a title begins with (2025年青浦区数据工作要点 → 青浦区), if any."""
    title = re.sub(r"^(19|20)\d\d\s*年", "", title)
    match = re.match(r"^(.{2,8}?(?:自治区|省|市|区|县|州))", title)
    return match[1] if match and "关于" not in match[1] else None


def zone_guess(slug: str, title: str, text: str, draft: Draft) -> dict[str, Any]:
    name = _place_titled(title)
    if name is None:
        places = re.findall(r"([\u4e00-\u9fff]{2,4}?(?:省|市|区|县|州))", text[:4000])
        stems = [p for p in places if title.startswith(p[:2])]
        name = stems[0] if stems else _issuing_place(text) or _title_place(title)
    if name.endswith("市"):
        level = "municipality" if name in table("documents")["municipalities"] else "city"
    elif name.endswith(("区", "县")):
        level = "district"
    else:
        level = "city"
        draft.review("zone.level", pgettext("review", "省或自治区：数据格式中没有这一层级，请设置"))
    draft.review(
        "zone",
        pgettext("review", "新试验区：名称“%(name)s”和层级“%(level)s”根据标题推断")
        % {"name": name, "level": level},
    )
    if level == "district":
        draft.review("zone.level", pgettext("review", "区县：请将 zone.parent 设为所属城市的 slug"))
    return {"slug": slug, "name": name, "level": level}


def zone_checked(zone: dict[str, Any], title: str, draft: Draft) -> None:
    """Mark for review a plan whose title begins with another place than the zone it is drafted
    for (a neighbour's plan uploaded to the wrong zone would load under it)."""
    place = _place_titled(title)
    if not place or not re.fullmatch(r"[\u4e00-\u9fff]+", place):
        return
    if place.startswith(tuple(table("documents")["generic_place_heads"])):
        return
    if place.endswith(("省", "自治区")) and place not in table("documents")["provinces"]:
        return  # 数字强省建设…
    # the zone's own place, without the city it lies in, by its first two characters
    # (重庆市永川区 → 永川; 黔东南苗族侗族自治州 → 黔东, printed 黔东南州)
    own = re.findall(r"(.{2,}?)(?:自治区|省|市|区|县|州)", zone["name"])
    if own and own[-1][:2] not in title:
        note = pgettext(
            "review", "原文写的是%(place)s，不是%(zone)s：请确认规划上传到了正确的试验区"
        )
        draft.review("zone", note % {"place": place, "zone": zone["name"]})


def _issuing_place(text: str) -> str | None:
    """The place whose party committee or government the text names (中共青山市委、青山市人民政府):
    the plan's own, when its title names none (关于推进…的实施意见)."""
    generic = tuple(table("documents")["generic_place_heads"])
    for match in compiled("documents", "issuing_place").finditer(text[:4000]):
        if not match["place"].startswith(generic):
            return match["place"]
    return None


def _title_place(title: str) -> str:
    """The title's first two characters as a city, unless they are 关于 (no place at all)."""
    return "某市" if title.startswith("关于") else title[:2] + "市"


def plan_metadata(
    lines: list[str],
    preamble: list[str],
    title: str,
    milestones: list[int],
    draft: Draft,
    dues: list[int] = (),
) -> dict[str, Any]:
    """Title, doc number, issue date, issuer and period of the plan; ``dues`` are the years its
    tasks are due (a division table's 完成时限), the period when nothing else dates the plan."""
    plan: dict[str, Any] = {"title": title}
    number = _doc_number(lines)
    if number:
        plan["doc_number"] = number
    issued_on, signers = signing_read(lines)
    if issued_on:
        plan["issued_on"] = issued_on
    if (signers and len(signers[-1]) <= 30) or len(signers) > 1:
        plan["issuer"] = " ".join(signers)
    if "issuer" not in plan:
        _issuer_from_heading(plan, lines, title)
    if "issuer" in plan:
        plan["issuer"] = "、".join(_bodies_apart(plan["issuer"]))
        if "*" in plan["issuer"]:
            note = pgettext("review", "发文单位根据落款或标题推断；其中含有被屏蔽的“*”，请补全")
        else:
            note = pgettext("review", "发文单位根据落款或标题推断")
        draft.review("plan.issuer", note)
    start, end = _plan_period(
        plan, preamble, milestones, draft, spans=year_spans("\n".join(lines)), dues=dues,
        validity=validity_span("\n".join(lines), plan.get("issued_on")),
        span=relative_span("\n".join(lines)),
    )  # fmt: skip
    if dues and (min(dues) < start or max(dues) > end):  # a plan's period holds its tasks
        start, end = min(start, *dues), max(end, *dues)
        draft.review(
            "plan.period_start", pgettext("review", "规划期已放宽到任务完成时限所在的年份：请核对")
        )
    plan["period_start"], plan["period_end"] = start, end
    milestones = [year for year in milestones if year >= plan["period_start"]]  # 2025年 a base
    if milestones:
        plan["milestone_years"] = milestones
    return plan


def _doc_number(lines: list[str]) -> str | None:
    """湘政办发〔2021〕12号 on a line of its own, or in brackets after the notice's title; else
    labelled (文号：…, 发文字号：… of a portal's page), opening a line (a red head's number with
    签发人 beside it, or the numbers of a joint notice run together: the first is the lead's),
    or closing the notice's title line it was run into."""
    own_line = compiled("documents", "doc_number")
    inline = compiled("documents", "doc_number_inline")
    # a number in traditional characters (香府辦〔2026〕5號) is read, and kept, in simplified ones
    lines = [to_simplified(line) if "號" in line else line for line in lines[:40]]
    for line in lines[:30]:
        bare = line.strip("()（）")
        if own_line.match(bare):
            return bare
    for line in lines[:10]:
        match = re.search(r"[(（]" + inline.pattern + r"[)）]\s*$", line)
        if match and ("通知" in line or "意见" in line or "方案" in line):
            return match[1]
    for form in ("doc_number_labelled", "doc_number_opening", "doc_number_closing"):
        placed = compiled("documents", form)
        for line in lines[:40]:
            match = placed.search(line)
            if match:
                return re.sub(r"\s+", "", match["number"])
    return None


def _bodies_apart(issuer: str) -> list[str]:
    """The bodies of a joint issuer: apart where spaces part whole names (甲省人民政府办公厅
    乙省人民政府办公厅), else as one name, its spaces dropped (滹 阳 市 人 民 政 府: a seal),
    then each parted where printed run together (``_bodies_run_together``); a body named twice
    (the seal's words under the signature) is one."""
    issuer_end = table("documents")["issuer_end"]
    apart = issuer.split()
    named = all(len(part) >= 4 and re.search(rf"{issuer_end}[)）]?$", part) for part in apart)
    if len(apart) < 2 or not named:
        apart = ["".join(apart)]
    return list(dict.fromkeys(body for part in apart for body in _bodies_run_together(part)))


_ANOTHER_PLACE = re.compile(
    r"(?:中共)?(?![^省市区县州]*?[办公厅局委政府会室人民部])[\u4e00-\u9fff]{2,4}?(?:省|市|区|县|州)"
)


def _bodies_run_together(issuer: str) -> list[str]:
    """湖北省卫生健康委员会湖北省数据局, 中共X省委X省人民政府: a new body begins where the issuer's
    place, or 中共 and it, follows a body's last word outside brackets (福州市人民政府办公厅（福州市
    大数据管理局） is one); or another place's name, two to four characters not of a body's words
    (甲省人民政府办公厅乙省人民政府办公厅, a joint notice of two provinces)."""
    place = _place_titled(issuer.removeprefix("中共"))
    if place is None:
        return [issuer]
    bodies, start, depth = [], 0, 0
    for at, char in enumerate(issuer):
        depth += (char in "（(") - (char in "）)")
        opens = issuer.startswith(place, at) or issuer.startswith("中共" + place, at)
        opens = opens or bool(_ANOTHER_PLACE.match(issuer, at))
        if at > start and depth == 0 and opens and issuer[at - 1] in "厅局委办室府会)）":
            bodies.append(issuer[start:at])
            start = at
    return [*bodies, issuer[start:]]


def _issuer_from_heading(plan: dict[str, Any], lines: list[str], title: str) -> None:
    issuer_end = table("documents")["issuer_end"]
    for index, line in enumerate(lines[:10]):
        follows = lines[index + 1] if index + 1 < len(lines) else ""
        if re.search(rf"{issuer_end}$", line) and follows.startswith("关于"):
            plan["issuer"] = line
            return
        issuer = re.match(rf"^(.{{2,20}}?{issuer_end})关于", line)
        if issuer and (line == title or "印发" in line):
            plan["issuer"] = issuer[1]
            return


def _plan_period(
    plan: dict[str, Any],
    preamble: list[str],
    milestones: list[int],
    draft: Draft,
    spans: list,
    dues: list[int] = (),
    validity: tuple[int, int] | None = None,
    span: int | None = None,
) -> tuple[int, int]:
    """(2020-2023年) in the title; else from the document's own year to the last milestone; with
    no date of its own, a span's start year (2012年起5年内) is the plan's first; with no year at
    all but its tasks' due dates (a task list: 完成时限 2026年6月), those years."""
    title = plan["title"]
    if compiled("documents", "evaluation_title").search(title):  # X计划（2023—2025年）评估报告
        title = compiled("documents", "period").sub("", title)  # the evaluated plan's years
    if compiled("documents", "amending_title").search(title):  # 关于调整《X（2024—2026年）》…的通知
        title = re.sub(r"《[^《》]*》", "", title)  # the years of the plan it adjusts
    period = compiled("documents", "period").search(title) or compiled(
        "documents", "period_bare"
    ).search(title)
    if period:
        return int(period[1]), int(period[2])
    five_year = re.search(r"十([一二三四五六七八九])五", title)  # “十五五”规划: 2026—2030
    if five_year and not re.search(r"[，,。；;]", title):  # a title, not a sentence taken for one
        start = 1966 + 5 * (chinese_number(f"十{five_year[1]}") - 3)  # the 三五 began in 1966
        return start, start + 4
    own_years = []
    if "doc_number" in plan:
        own_years.append(int(re.search(r"〔(\d{4})〕", plan["doc_number"])[1]))
    if "issued_on" in plan:
        own_years.append(int(plan["issued_on"][:4]))
    # 数智贵州建设2026年工作要点; a report's 2025年工作总结及2026年工作计划 is dated by its plan
    titled = re.search(r"(20\d\d)\s*年", re.sub(r"20\d\d\s*年[^及和与]*?总结", "", title))
    if titled:
        own_years.append(int(titled[1]))
    # A plan is issued no earlier than the documents its preamble cites.
    cited = [int(y) for line in preamble for y in re.findall(r"〔(20\d\d)〕", line)]
    if validity and not own_years:  # 本措施自2023年7月1日起施行: measures dated by their force
        own_years.append(validity[0])
    if validity:
        milestones = [*milestones, validity[1]]
    if not own_years and spans:
        own_years.append(min(int(span["start"]) for span, _ in spans))
        draft.review("plan.period_start", pgettext("review", "取目标所计时段的起始年份"))
    if own_years:
        start = min(own_years)
    elif cited:
        start = max(cited)
        draft.review("plan.period_start", pgettext("review", "取前言所引文件的最晚年份：请核对"))
    elif milestones:
        start = min(milestones)
        draft.review("plan.period_start", pgettext("review", "原文无日期：取最早的目标年份"))
    else:
        start = _issue_line_year(preamble)
    end = max(milestones) if milestones else start
    if not milestones and start and span:  # 力争用3年时间 from the plan's own year, that counted
        end = start + span - 1
        draft.review(
            "plan.period_end", pgettext("review", "规划期末按“用N年时间”从发文年份推算：请核对")
        )
    if start is None and end is None and dues:
        draft.review(
            "plan.period_start", pgettext("review", "原文未写规划期：取任务完成时限的年份，请核对")
        )
        return min(dues), max(dues)
    if start is None or end is None:
        start = end = start or end or 2000
        draft.review("plan.period_start", pgettext("review", "原文未找到年份：请设置规划期"))
    elif not milestones:
        draft.review(
            "plan.period_end", pgettext("review", "未找到含“到YYYY年”的目标：请设置规划期末年份")
        )
    return start, max(start, end)


def _issue_line_year(preamble: list[str]) -> int | None:
    """The year of a web page's date line (发文日期: 2025-03-28) when nothing else dates it."""
    pattern = compiled("documents", "issue_line")
    return next((int(found[2]) for line in preamble if (found := pattern.search(line))), None)
