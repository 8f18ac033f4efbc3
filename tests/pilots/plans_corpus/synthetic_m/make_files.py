# ruff: noqa: E501
"""Builds the three synthetic_m documents and their expected extractions (SYNTHETIC_M.md):

- sichuan-ai-plus-opinions-2026-synthetic.txt — a province's 实施意见 saved as a GB18030 .txt;
- nanning-ai-plus-work-points-2026-synthetic.docx — a city's 2026 工作要点 whose work is one
  Word table with merged 工作任务 cells (python-docx);
- nanchang-county-ai-plus-2026-synthetic.txt — a county's plan (UTF-8) with figures in Chinese
  numerals, 工程 tasks with ①②③ sub-items and a 责任单位 line after each.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_m/make_files.py
"""

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_nanchang as NC  # noqa: E402
import doc_nanning as NN  # noqa: E402
import doc_sichuan as SC  # noqa: E402
from common import check  # noqa: E402

HEADERS = {
    SC.SLUG: """# 四川省人民政府关于深入实施“人工智能+”行动的实施意见 (四川省人民政府, 川府发〔2026〕11号, 2026-03-20) — SYNTHETIC (synthetic_m): WRITTEN by
# the collector (helper hsynthM, 2026-12-03) imitating a province's 实施意见, not copied from any page; no such document is claimed to exist
# (number, date, figures and some bodies' exact names are made up). Saved as a .txt ENCODED IN GB18030 (as many government .txt files are).
# Outline: 一、总体要求 （一）指导思想 （二）主要目标; 二、三、四、 task parts of （一）… paragraphs whose FIRST SENTENCE is the title; 五、保障措施
#   （一）–（三） unannotated (safeguard tasks).
# Goals: G1 = the （二）主要目标 paragraph (titled by its heading; both its 2027 and 2030 sentences). "力争突破1500亿元、确保达到1200亿元" → TWO
#   targets of the same metric (gt 1500 and eq 1200: the stretch and the floor, neither dropped). 其中 → parent (企业 > 规上企业; 算力 > 国产
#   占比 不低于 gte). 新增 → flow. 累计达到 → eq stock. 1—2个 (em dash) → range. 30个左右 approx. Tasks with figures are goals titled as the task
#   (每年新增…100个以上 and 每年培养…1万人以上 per_year flow; 1万人 → 10000 人). Their deadline is the plan's end, 2030
#   (corrected after measurement 1: they name no year, and the corpus dates such figures by the period's end; the blind extraction had 2027).
# Roles: "（省发展改革委、经济和信息化厅、数据局、通信管理局按职责分工负责…）" — shared 省 prefix, no lead → all responsible, names expanded
#   (四川省经济和信息化厅 …). "〔省数据局牵头，省经济和信息化厅、科技厅按职责分工负责〕" → lead + RESPONSIBLE (the blind extraction's reading:
#   corrected to supporting after measurement 1, restored when the project settled 按职责分工负责 after a named lead as responsible). "（X牵头，Y、Z配合）" → lead +
#   supporting. "〔责任单位：X〕" and "（X负责）" → responsible. RULE STATED ONCE in the first annotation: "各市（州）人民政府为各项任务的责任主体，
#   以下不再列出" → 各市（州）人民政府 (one collective agency) responsible for task 二.(一) itself and every later annotated task of parts 二–四.
#   The 保障措施 items too (CORRECTED after measurement 1 to the corpus's reading of a rule stated once, synthetic_b's 吉林 and
#   synthetic_c's 陕西: it covers every later task, the safeguard items included; the blind extraction left them out).
#   Unlike "以下均需X落实" (what follows), "X为各项任务的责任主体" covers the task that says it too. 省委网信办/省委金融办 are party offices.
# Period 2026–2030 (the 2030 sentence).
""",
    NN.SLUG: """# 南宁市2026年“人工智能+”行动工作要点 — SYNTHETIC (synthetic_m): WRITTEN by the collector (helper hsynthM, 2026-12-03) imitating a city's
# annual work points, not copied; no such document is claimed to exist. A Word file (python-docx): title, intro paragraph, 一、工作目标 and one
# goal paragraph, 二、重点任务 and one sentence, then ONE TABLE "序号 | 工作任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限" (header row set to repeat)
# whose 序号 counts the 22 具体举措 ROWS (1–22) while each 工作任务 cell is MERGED DOWN over its 2–4 rows; where one body leads every row of a
# task its 牵头单位 cell is merged down too; then 三、工作要求 （一）–（三）.
# WHAT IS A TASK (judgement, as SOURCES.md's "several annotations inside one task → clauses" and synthetic_j's annex table): the merged
#   工作任务 cell is the task (8 tasks), titled and texted by that cell; each 具体举措 row is one of its CLAUSES with the row's 牵头单位 → lead and
#   配合单位 → supporting (a merged 牵头单位 leads each row it spans); no task-level roles. The row 序号 is not the task's number (no numbering).
#   Task due = the latest of its rows' 完成时限 ("2026年N月底" → that month's last day; "全年" → 2026-12-31; "持续推进" → no date; a task whose
#   rows have dates and a 持续推进 takes the latest date).
# Goals: G1 = 一、工作目标's paragraph (2026). 突破 gt; 同比增长20%以上 gte (an annual figure, stock). Rows with figures: one goal per task titled
#   by the task cell (no text: its rows are separate cells), a target per figure; deadline 2026; things done within the year's plan (新增,
#   建成, 举办, 引进, 培训) flow; 入驻企业达到100家 stock. NOT targets: 年内发放算力券不少于2000万元 (a voucher budget);
#   基金规模达到20亿元 in the sentence setting the fund up (SOURCES.md's convention settled 2026-12-05, helper conv; was a stock target).
# Roles: "各县（区）人民政府、开发区管委会" is TWO collective agencies (corrected after measurement 1 to the corpus's reading of the same list in
#   zhangzhou-ai-measures-2025, "各县(区)人民政府、开发区(投资区)管委会" → two collectives; the blind extraction had one).
# Period 2026–2026.
""",
    NC.SLUG: """# 南昌县“人工智能+”行动计划（2026—2028年）(南昌县人民政府办公室, 南府办发〔2026〕8号, 2026-04-10) — SYNTHETIC (synthetic_m): WRITTEN by the
# collector (helper hsynthM, 2026-12-03) imitating a county's plan, not copied; no such document is claimed to exist. UTF-8 .txt.
# FIGURES IN CHINESE NUMERALS: 五十亿元 50, 一百亿元以上 gte 100, 三十家 30, 十家以上, 五百P以上, 二至三个 range 2–3, 五十个左右 approx, 百分之八十
#   80 %, 一万人次 10000, 两千卡 2000 卡, 一至两家 range 1–2, 二十个, 十五个左右, 百分之九十以上, 五十名, 三千人次, 五亿元, 四场; a year
#   "二〇二七年底前" → deadline 2027.
# Tasks: 二、重点工程 holds six named 工程 "（一）实施算力筑基工程。…" (title = the first sentence). Each 工程 has ①②③ sub-items on their own
#   lines and then a "责任单位：…" line. JUDGEMENT: the ① items are NOT tasks: the 工程 is the unit the plan annotates (one 责任单位 line covers
#   all its items, none carries its own) and numbers ("（一）…工程" is the plan's task list); ① items are its measures, as SOURCES.md's (1)(2)
#   sub-items inside one measure (漳州). Task text = the 工程's lead sentence, its ① lines and the 责任单位 line (an annotation on its own line
#   belongs to the task before it).
# Roles: "责任单位：X（牵头）、Y、Z" → X lead, the rest responsible (责任单位 word); "责任单位：X牵头负责，Y、Z按职责分工负责" → X lead, Y Z RESPONSIBLE
#   (the blind extraction's reading: corrected to supporting after measurement 1, restored when the project settled it as responsible);
#   a list with no 牵头 → all responsible ("，各乡镇人民政府" a collective).
# Goals: G1 到2026年底, G2 到2028年 (the two goal paragraphs under 一、总体目标, titled by their date phrases); 工程 with figures are goals titled as
#   the 工程 (每年… per_year flow, deadline 2028; 三年内引进…五十名以上 flow). NOT targets: 年度补贴总额不超过五百万元 (a subsidy cap), the
#   safeguard's 每年安排不少于二千万元 (a budget), 每半年通报一次, and 设立规模五亿元的人工智能产业投资基金 (a fund to be set up: the
#   corpus's reading in seven earlier extractions, e.g. synthetic_a's 长春, synthetic_i's 鄞州 — CORRECTED after measurement 1; the blind
#   extraction had it as a target).
# Level: a county → district (as 南陵县, 德清县 in earlier sets).
""",
}


def dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)


def main() -> None:
    text, data = SC.text_and_data()
    check(text, data)
    (HERE / f"{SC.SLUG}.txt").write_bytes(text.encode("gb18030"))
    (HERE / f"{SC.SLUG}.yaml").write_text(HEADERS[SC.SLUG] + dump(data), encoding="utf-8")

    data = NN.data()
    check(NN.words(), data)
    NN.build(HERE / f"{NN.SLUG}.docx")
    (HERE / f"{NN.SLUG}.yaml").write_text(HEADERS[NN.SLUG] + dump(data), encoding="utf-8")

    text, data = NC.text_and_data()
    check(text, data)
    (HERE / f"{NC.SLUG}.txt").write_text(text, encoding="utf-8")
    (HERE / f"{NC.SLUG}.yaml").write_text(HEADERS[NC.SLUG] + dump(data), encoding="utf-8")
    for slug in (SC.SLUG, NN.SLUG, NC.SLUG):
        print(slug, "ok")


if __name__ == "__main__":
    main()
