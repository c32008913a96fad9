#!/usr/bin/env python3
"""Check gold.json against docs/: JSON parses, every doc has an entry, every quote is an exact,
unique substring of its file, and every entry has the fields target-gold.md asks for."""
import json, sys
from pathlib import Path

ROOT = Path(__file__).parent
CODES = {"gdp", "general_budget_revenue", "fiscal_revenue_total", "general_budget_expenditure",
         "fixed_asset_investment", "retail_sales", "industrial_value_added", "industrial_output",
         "agricultural_output", "import_export", "exports", "foreign_investment", "rd_intensity",
         "urban_new_jobs", "unemployment_surveyed", "unemployment_registered", "cpi",
         "disposable_income", "urban_disposable_income", "rural_disposable_income", "grain_output",
         "energy_intensity", "deficit_ratio", "population_growth", "high_tech_enterprises",
         "listed_companies"}
LEVELS = {"national", "province", "city", "county", "district"}
COMPS = {"approx", "gte", "lte", "eq", "range"}

gold = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))
errors, n_t, n_o = [], 0, 0
docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
names = {k for k in gold if not k.startswith("_")}
if docs != names:
    errors.append(f"docs/gold mismatch: {sorted(docs ^ names)}")
for name in sorted(names):
    g = gold[name]
    text = (ROOT / "docs" / name).read_text(encoding="utf-8")
    if not isinstance(g.get("year"), int):
        errors.append(f"{name}: year")
    r = g.get("region", {})
    if r.get("level") not in LEVELS or not r.get("name") or (r["level"] != "national" and len(r.get("code", "")) != 6):
        errors.append(f"{name}: region {r}")
    for e in g["targets"] + g.get("optional", []):
        q = e["quote"]
        c = text.count(q)
        if c != 1:
            errors.append(f"{name}: quote occurs {c}x: {q!r}")
    for e in g["targets"]:
        n_t += 1
        if not set(e["codes"]) <= CODES:
            errors.append(f"{name}: codes {e['codes']}")
        if "min" in e:
            if not (e["min"] < e["max"] and e.get("comparator") == "range"):
                errors.append(f"{name}: range {e}")
        elif not isinstance(e.get("value"), (int, float)):
            errors.append(f"{name}: value {e}")
        if "comparator" in e and e["comparator"] not in COMPS:
            errors.append(f"{name}: comparator {e}")
    n_o += len(g.get("optional", []))
for x in errors:
    print(x)
print(f"{len(names)} docs, {n_t} targets, {n_o} optional, {len(errors)} errors")
sys.exit(1 if errors else 0)
