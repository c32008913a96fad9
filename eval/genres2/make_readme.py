#!/usr/bin/env python3
"""Write README.md from annotated/_index.json (run after build.py)."""
import json
from collections import OrderedDict
from pathlib import Path
ROOT = Path(__file__).parent
idx = json.load(open(ROOT / "annotated" / "_index.json", encoding="utf-8"))
idx.sort(key=lambda r: r[0])
GENRE = OrderedDict([("city", "city (地级市) work report / long excerpt"),
                     ("county", "county / district / 县级市 / 旗 / 新区管委会 report"),
                     ("news", "news summary (simplified)"),
                     ("traditional", "Taiwan / Hong Kong media (traditional)"),
                     ("older", "older report / excerpt, 2006–2013")])
src_of = {}
for p in (ROOT / "annotated").glob("*.src"):
    n = [l for l in p.read_text(encoding="utf-8").splitlines() if l.startswith("#n:")][0].split(":")[1].strip()
    src_of[int(n)] = p.name
lines = []
w = lines.append
w("# genres2 — second held-out evaluation set (other genres)\n")
w("30 synthetic documents in genres the extractor was not written against, with hand-made gold of every "
  "plan-year numeric commitment. Written from general knowledge of how such documents look; no real report "
  "text was searched for or copied. Places are real (GB/T 2260 names and codes); every number below the "
  "national level is invented but plausible; the national headline figures in the three national items follow "
  "the published national targets as remembered. Officials' names of provinces, cities and counties are "
  "fictional or left out; outlet names in the Taiwan / Hong Kong items are generic.\n")
w("Files: `docs/NNN_<sha1-16>.txt` (UTF-8, named like operator uploads so the name gives nothing away), "
  "`gold.json` (format of `shared/spec/target-gold.md`), `check_gold.py` (JSON parses; every quote is an exact, "
  "unique substring of its file; fields and codes valid). `annotated/*.src` are the sources the docs and the gold "
  "are built from (`build.py`: inline markup `⟦text¦codes¦value¦cmp⟧`, stripped from the docs), and "
  "`make_readme.py` writes this file. Do not show `annotated/` or `gold.json` to the code under test.\n")
w("Score: `python3 shared/spec/score_targets.py genres2/gold.json EXTRACTED.jsonl`.\n")
w("## Counts\n")
w("| genre | docs | targets | optional | chars (sum) |\n|---|---:|---:|---:|---:|")
tot = [0, 0, 0, 0]
for g, label in GENRE.items():
    rs = [r for r in idx if r[1]["genre"] == g]
    row = [len(rs), sum(r[2] for r in rs), sum(r[3] for r in rs), sum(r[4] for r in rs)]
    tot = [a + b for a, b in zip(tot, row)]
    w(f"| {label} | {row[0]} | {row[1]} | {row[2]} | {row[3]} |")
w(f"| **all** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} |\n")
provs = sorted({r[1]["region"].split("|")[2][:2] for r in idx if r[1]["region"].split("|")[1] != "national"})
w(f"Regions cover {len(provs)} provincial-level units (GB/T 2260 prefixes {', '.join(provs)}) plus three national items; plan years 2006–2026.\n")
w("## Documents\n")
w("| file | genre | region (level, code) | plan year | chars | targets | opt | traps |\n|---|---|---|---:|---:|---:|---:|---|")
for name, meta, t, o, ch in idx:
    rn, lv, *cd = meta["region"].split("|")
    code = cd[0] if cd and cd[0] else "—"
    alt = f"; alt {meta['alt']}" if meta.get("alt") else ""
    w(f"| `{name}` | {meta['genre']} | {rn} ({lv}, {code}{alt}) | {meta['year']} | {ch} | {t} | {o} | {meta.get('traps', '')} |")
w("")
w("## Annotation decisions\n")
for s in [
    "Target = a number the government commits to for the plan year: headline 主要预期目标 and every body commitment (新增, 新建, 改造, 培育, 实施, 完成, 为…提供, 惠及, 开行, 举办…场, 安排/争取资金, 国防预算 amount and growth). One entry per number; `分别` and `均增长` give one entry per indicator (shared quote allowed when the value is shared).",
    "Not targets: past results (比上年, 完成, 预计, 1-2月, 去年), multi-year goals (到20XX年, 年均, 累计, 十X五期间, 今后三年, 三年内, 今明两年), descriptors (总投资X亿元的项目, 千亿级, 亿元以上项目 thresholds, 15分钟生活圈), counts of document parts (十个方面, 十件实事), ordinals, rankings, attendance, dates, page markers, WeChat/portal counts, analysts' forecasts, market data.",
    "`optional`: targets of another government level quoted in passing (省/市/州 figures in a county or city report), quarter targets (力争一季度…), headline restatements of a target that is also in the body (news headlines), tax-rate changes (16%→13%), currency conversions (約新台幣7.3兆元), 翻一番 without a number, project totals, counts of named programmes, and 每年…今后三年 statements.",
    "Both numbers of `增长7.5%左右、力争8%` / `确保6.5%、力争7%以上` are targets (same code). A `分别增长5%、7%左右` pair is `approx` for both.",
    "Comparator: 左右 → approx; 以上/不低于/突破/超过 → gte; 以内/以下/控制在…以内 → lte; ranges (6%-7%, 6%至6.5%, 百分之六点五至百分之七) → range with min/max; plain numbers, 达到, 稳定在, 确保…% carry no comparator (as in the dev gold).",
    "Codes: older names map to the core codes (地方财政一般预算收入/公共财政预算收入/地方一般预算收入 → general_budget_revenue; 财政总收入/全部财政收入 → fiscal_revenue_total; 地方财政收入 → either; 农民/农牧民人均纯收入 → rural_disposable_income; 居民消费价格总水平 → cpi; 万元生产总值能耗 → energy_intensity; 进出口总值 → import_export; 实际利用外商直接投资 → foreign_investment; 研究与试验发展经费支出占比 → rd_intensity; 城镇居民人均可支配收入 → urban or disposable_income). R&D spending growth, 播种面积, CO2 per unit GDP, high-tech industry shares, 财政赤字 amounts carry `[]`.",
    "Values: percentages and ‰ as written; amounts in base units (万 1e4, 亿 1e8, 万亿/萬億/兆 1e12: `1.3兆斤` → 1.3e12, `4.06兆元` → 4.06e12); Chinese numerals (百分之七点五 → 7.5, 二万人 → 20000, 三千户 → 3000); full-width digits (６％, ４０００万吨) are kept in the quote as stored and normalized in the value.",
    "Year: the year planned for (Dec 2023 经济工作会议 planning 明年 → 2024; a 2025 report restating 十四五 end goals for 2025 → those are 2025 targets).",
    "Region: the government that reports; the Qingdao 西海岸新区 管委会 report is filed under 黄岛区 (370211) with alt name 青岛西海岸新区; national items are {\"name\": \"中国\", \"level\": \"national\"}; county-level cities and 旗 are `county`, 区 are `district`.",
    "Quotes: exact, unique substrings of the stored file, mostly 8–20 characters; table rows (宜宾) use the whole row; hard-wrapped PDF text (大庆) never breaks inside a quote.",
]:
    w(f"- {s}")
w("")
(ROOT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
print("README.md written")
