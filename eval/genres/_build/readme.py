#!/usr/bin/env python3
"""Regenerate the tables of ../README.md (everything after '## Documents') from rows.json and gold.json."""
import json
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
rows = json.load(open(ROOT / "_build" / "rows.json", encoding="utf-8"))
gold = json.load(open(ROOT / "gold.json", encoding="utf-8"))
order = ['city report', 'county report', 'news (simplified)', 'news (traditional)', 'older report (2006-2013)']
head = (ROOT / "README.md").read_text(encoding="utf-8").split("## Documents\n")[0]
out = [head + "## Documents\n", "| file | genre | region (code) | plan year | chars | targets | optional | traps |", "|---|---|---|---|---|---|---|---|"]
for g, f, reg, y, n, t, o, traps in sorted(rows, key=lambda r: (order.index(r[0]), r[1])):
    out.append(f"| `{f}` | {g} | {reg} ({gold[f]['region']['code']}) | {y} | {n} | {t} | {o} | {traps} |")
out.append("\n(chars = characters without whitespace.)\n\n## Counts per genre\n")
out.append("| genre | docs | targets | optional |\n|---|---|---|---|")
T = O = 0
for g in order:
    rr = [r for r in rows if r[0] == g]; t = sum(r[5] for r in rr); o = sum(r[6] for r in rr); T += t; O += o
    out.append(f"| {g} | {len(rr)} | {t} | {o} |")
out.append(f"| **total** | {len(rows)} | {T} | {O} |\n")
(ROOT / "README.md").write_text("\n".join(out), encoding="utf-8")
