#!/usr/bin/env python3
"""Sanity check for gold.json: JSON parses, every doc exists, every quote is an exact and unique
substring of its file, values/codes/comparators are well-formed. Exit 1 on any problem."""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORE = set("""gdp general_budget_revenue fiscal_revenue_total general_budget_expenditure fixed_asset_investment
retail_sales industrial_value_added industrial_output agricultural_output import_export exports foreign_investment
rd_intensity urban_new_jobs unemployment_surveyed unemployment_registered cpi disposable_income
urban_disposable_income rural_disposable_income grain_output energy_intensity deficit_ratio population_growth
high_tech_enterprises listed_companies""".split())
LEVELS = {"national", "province", "city", "county", "district"}
gold = json.load(open(HERE / "gold.json", encoding="utf-8"))
bad = n_t = n_o = 0
def err(msg):
    global bad; bad += 1; print("ERROR", msg)
docs = sorted(p.name for p in (HERE / "docs").glob("*.txt"))
names = [k for k in gold if not k.startswith("_")]
if sorted(names) != docs: err(f"doc list mismatch: {set(docs) ^ set(names)}")
for f in names:
    g = gold[f]; text = (HERE / "docs" / f).read_text(encoding="utf-8")
    if not isinstance(g.get("year"), int) or not 2006 <= g["year"] <= 2026: err(f"{f}: year {g.get('year')}")
    r = g.get("region", {})
    if r.get("level") not in LEVELS or not str(r.get("code", "")).isdigit() or len(r["code"]) != 6: err(f"{f}: region {r}")
    for e in g["targets"] + g["optional"]:
        q = e["quote"]; c = text.count(q)
        if c != 1: err(f"{f}: quote found {c} times: {q}")
    for e in g["targets"]:
        n_t += 1
        if any(c not in CORE for c in e["codes"]): err(f"{f}: bad code {e['codes']}")
        if ("value" in e) == ("min" in e): err(f"{f}: value/min-max {e}")
        if "min" in e and (e.get("comparator") != "range" or e["min"] > e["max"]): err(f"{f}: range {e}")
        if e.get("comparator") not in (None, "approx", "gte", "lte", "eq", "range"): err(f"{f}: comparator {e}")
    n_o += len(g["optional"])
print(f"{len(names)} docs, {n_t} targets, {n_o} optional, {bad} problems")
sys.exit(1 if bad else 0)
