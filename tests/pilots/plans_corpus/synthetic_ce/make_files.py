# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ce documents (SYNTHETIC_CE.md) — INVENTED 2026 "人工智能+" plans of invented 华东 places
(浙江 溪岚市, 安徽 桐川市, 福建 霞屿市) as REPOSTED by WeChat official accounts and news apps — and their expected
extractions (.yaml beside each), from doc_*.py. Only the plan inside each repost is extracted:

- xilan-ai-plus-action-plan-wechat-2026-synthetic.html — a page saved from mp.weixin.qq.com: the plan in
  <div id="js_content" style="visibility: hidden;"> inside nested <section>s, its text split over many styled <span>s,
  the account's lead with figures, 来源 / 编辑 / 审核, 往期推荐, 点个在看, 阅读原文, scripts and a hidden share dialog;
- tongchuan-ai-plus-implementation-news-app-2026-synthetic.txt — a news app's copy: app header, reporter's lead,
  "全文如下：", the plan, 来源 / 责任编辑 and "网友评论" with like counts;
- xiayu-ai-plus-action-plan-news-portal-2026-synthetic.html — a news portal's page: breadcrumbs, share buttons,
  "原标题：…", an intro, a picture captioned "图解：…", "全文如下：", the notice and the plan, "（责任编辑：…）", a sidebar of
  相关新闻 / 热点排行.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ce/make_files.py
(--extractions-only writes the .yaml files alone). No network, fixed dates: the same bytes on every run.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_tongchuan as TC  # noqa: E402
import doc_xiayu as XY  # noqa: E402
import doc_xilan as XL  # noqa: E402
import synthetic_office as office  # noqa: E402

if __name__ == "__main__":
    # every document is an .html or .txt TEXT: build() writes it as it is, no renderer needed
    office.build(HERE, (XL, TC, XY), render=None)
