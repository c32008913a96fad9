#!/usr/bin/env python3
"""List numbers in each doc that no gold quote (target or optional) covers, for manual review."""
import json, re, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
gold = json.load(open(ROOT / "gold.json", encoding="utf-8"))
NUM = re.compile(r"[0-9０-９][0-9０-９.．,，]*[%％‰]?|[〇一二三四五六七八九十百千两]+[万亿]?")
for f, g in gold.items():
    if f.startswith("_") or (len(sys.argv) > 1 and sys.argv[1] not in f): continue
    t = (ROOT / "docs" / f).read_text(encoding="utf-8")
    cov = [0] * len(t)
    for e in g["targets"] + g["optional"]:
        i = t.find(e["quote"])
        for k in range(i, i + len(e["quote"])): cov[k] = 1
    print("=====", f)
    for m in NUM.finditer(t):
        if not any(cov[m.start():m.end()]) and re.search(r"[0-9０-９]", m.group()):
            print("  ", t[max(0, m.start() - 14):m.end() + 6].replace("\n", "/"))
