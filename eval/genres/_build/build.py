#!/usr/bin/env python3
"""Build docs/*.txt and gold.json from annotated sources in _build/src/*.src.

Markup (never appears in output):
  ⟦span|spec⟧   target (or optional when spec == 'opt'); the span stays in the text and is the quote
  ⟪spec|quote⟫  target/optional with an explicit quote; removed from the text
spec: CODES VALUE [CMP]  CODES = '-' or comma list; VALUE = 7 | 1.2万亿 | 6-6.5 ; CMP = ~ >= <= =
Header lines before '#---':  #key: value  (file, year, region=name|level|code, alt=name|code;..., genre, traps)
"""
import json, re, sys, unicodedata
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = set("""gdp general_budget_revenue fiscal_revenue_total general_budget_expenditure fixed_asset_investment
retail_sales industrial_value_added industrial_output agricultural_output import_export exports foreign_investment
rd_intensity urban_new_jobs unemployment_surveyed unemployment_registered cpi disposable_income
urban_disposable_income rural_disposable_income grain_output energy_intensity deficit_ratio population_growth
high_tech_enterprises listed_companies""".split())
MULT = {"": 1, "千": 1000, "万": 10**4, "亿": 10**8, "万亿": 10**12, "兆": 10**12}
CMP = {"~": "approx", ">=": "gte", "<=": "lte", "=": "eq"}

def num(s):
    m = re.fullmatch(r"([\d.]+)(万亿|亿|万|千|兆)?", s)
    if not m: raise ValueError(f"bad value {s!r}")
    v = Decimal(m.group(1)) * MULT[m.group(2) or ""]
    return int(v) if v == v.to_integral_value() else float(v)

def parse_spec(spec, quote):
    if spec.strip() == "opt":
        return None
    toks = spec.split()
    codes = [] if toks[0] == "-" else toks[0].split(",")
    for c in codes:
        if c not in CORE: raise ValueError(f"unknown code {c} in {quote}")
    e = {"codes": codes}
    val = toks[1]
    m = re.fullmatch(r"([\d.]+(?:万亿|亿|万|千|兆)?)-([\d.]+(?:万亿|亿|万|千|兆)?)", val)
    if m:
        e["min"], e["max"] = num(m.group(1)), num(m.group(2)); e["comparator"] = "range"
    else:
        e["value"] = num(val)
        if len(toks) > 2: e["comparator"] = CMP[toks[2]]
    e["quote"] = quote
    return e

TOK = re.compile(r"⟦([^⟦⟧|]*)\|([^⟧]*)⟧|⟪([^|⟫]*)\|([^⟫]*)⟫")

def build(src):
    raw = src.read_text(encoding="utf-8")
    head, body = raw.split("#---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.startswith("#") and ":" in line:
            k, v = line[1:].split(":", 1); meta[k.strip()] = v.strip()
    out, items, pos = [], [], 0
    for m in TOK.finditer(body):
        out.append(body[pos:m.start()]); pos = m.end()
        if m.group(1) is not None:
            out.append(m.group(1)); items.append((m.group(2), m.group(1)))
        else:
            items.append((m.group(3), m.group(4)))
    out.append(body[pos:])
    text = "".join(out)
    if any(c in text for c in "⟦⟧⟪⟫"): raise ValueError(f"{src.name}: stray markup")
    targets, optional, problems = [], [], []
    for spec, q in items:
        n = text.count(q)
        if n != 1: problems.append(f"quote occurs {n}x: {q}")
        if len(re.sub(r"\s", "", unicodedata.normalize("NFKC", q))) < 6: problems.append(f"short quote: {q}")
        if not re.search(r"[0-9０-９〇一二三四五六七八九十百千两半]", q): problems.append(f"no number: {q}")
        e = parse_spec(spec, q)
        (optional.append({"quote": q}) if e is None else targets.append(e))
    name, level, code = meta["region"].split("|")
    region = {"name": name, "level": level, "code": code}
    if meta.get("alt"):
        alts = []
        for a in meta["alt"].split(";"):
            p = a.split("|"); alts.append({"name": p[0], **({"code": p[1]} if len(p) > 1 and p[1] else {})})
        region["alt"] = alts
    g = {"year": int(meta["year"]), "region": region, "targets": targets, "optional": optional}
    return meta, text, g, problems

def main():
    gold = {"_about": "Held-out genre set: plan-year quantitative targets of 36 invented documents in genres the "
            "extractor was not written against (city/county reports, simplified and traditional news, 2006-2013 "
            "reports). Every numeric commitment for the plan year, with a quote. Format: spec/target-gold.md."}
    readme_rows, bad = [], 0
    stats = {}
    for src in sorted((ROOT / "_build" / "src").glob("*.src")):
        meta, text, g, problems = build(src)
        fname = meta["file"]
        (ROOT / "docs" / fname).write_text(text, encoding="utf-8")
        gold[fname] = g
        for p in problems: print(f"{fname}: {p}"); bad += 1
        nchar = len(re.sub(r"\s", "", text))
        readme_rows.append((meta["genre"], fname, g["region"]["name"], g["year"], nchar, len(g["targets"]), len(g["optional"]), meta.get("traps", "")))
        s = stats.setdefault(meta["genre"], [0, 0, 0]); s[0] += 1; s[1] += len(g["targets"]); s[2] += len(g["optional"])
    (ROOT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    json.dump(readme_rows, open(ROOT / "_build" / "rows.json", "w"), ensure_ascii=False, indent=0)
    for k, v in stats.items(): print(f"{k}: {v[0]} docs, {v[1]} targets, {v[2]} optional")
    print("total targets", sum(v[1] for v in stats.values()), "optional", sum(v[2] for v in stats.values()), "problems", bad)
    for r in readme_rows: print(r[:7])

if __name__ == "__main__":
    main()
