#!/usr/bin/env python3
"""Build /work/genres2/docs/*.txt and gold.json from annotated/*.src.

Markup in a .src body:
  ⟦TEXT¦CODES¦VALUE¦CMP⟧   inline target: TEXT stays in the doc and is the quote
  ⟦@QUOTE¦CODES¦VALUE¦CMP⟧ zero-width target: nothing is written, QUOTE must be in the doc
  ⟦TEXT¦opt⟧ / ⟦@QUOTE¦opt⟧ optional entry
CODES: comma list of short names (see SHORT) or full codes; empty = [].
VALUE: number with optional suffix 千/万/亿/万亿/兆, or a~b for a range.
CMP: ~ approx, > gte, < lte, = eq, r range, empty = omitted.
Header lines (#key: value) until a line '---'.
"""
import hashlib, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).parent
SHORT = {
    "g": ["gdp"], "gbr": ["general_budget_revenue"], "ftr": ["fiscal_revenue_total"],
    "fr": ["fiscal_revenue_total", "general_budget_revenue"],
    "gbe": ["general_budget_expenditure"], "fai": ["fixed_asset_investment"],
    "rs": ["retail_sales"], "iva": ["industrial_value_added"], "io": ["industrial_output"],
    "ao": ["agricultural_output"], "ie": ["import_export"], "ex": ["exports"],
    "fi": ["foreign_investment"], "rd": ["rd_intensity"], "job": ["urban_new_jobs"],
    "us": ["unemployment_surveyed"], "ur": ["unemployment_registered"], "cpi": ["cpi"],
    "di": ["disposable_income"], "udi": ["urban_disposable_income", "disposable_income"],
    "rdi": ["rural_disposable_income", "disposable_income"], "grain": ["grain_output"],
    "ei": ["energy_intensity"], "def": ["deficit_ratio"], "pop": ["population_growth"],
    "hte": ["high_tech_enterprises"], "lc": ["listed_companies"],
}
MULT = [("万亿", 1e12), ("萬億", 1e12), ("兆", 1e12), ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4), ("千", 1e3)]
CMP = {"~": "approx", ">": "gte", "<": "lte", "=": "eq", "r": "range", "": None}
MARK = re.compile(r"⟦(.*?)⟧", re.S)


def num(s):
    s = s.strip()
    for suf, m in MULT:
        if s.endswith(suf):
            v = float(s[: -len(suf)]) * m
            break
    else:
        v = float(s)
    v = round(v, 6)
    return int(v) if v == int(v) else v


def codes(s):
    out = []
    for c in [c.strip() for c in s.split(",") if c.strip()]:
        for x in SHORT.get(c, [c]):
            if x not in out:
                out.append(x)
    return out


def parse(path):
    raw = path.read_text(encoding="utf-8")
    head, body = raw.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.startswith("#") and ":" in line:
            k, v = line[1:].split(":", 1)
            meta[k.strip()] = v.strip()
    entries, out, pos = [], [], 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        parts = m.group(1).split("¦")
        text = parts[0]
        zero = text.startswith("@")
        if zero:
            text = text[1:]
        else:
            out.append(text)
        entries.append((text, parts[1:]))
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if text.startswith("\n"):
        text = text[1:]
    return meta, text, entries


def wrap(text, width, quotes):
    # hard-wrap long lines like PDF extraction, never inside a quote
    lines = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = width
            for q in quotes:
                i = line.find(q)
                while i != -1:
                    if i < cut < i + len(q):
                        cut = i if i > 0 else i + len(q)
                    i = line.find(q, i + 1)
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


CN = {"十": 10, "百": 100, "千": 1000, "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def check_value(quote, value):
    q = unicodedata.normalize("NFKC", quote).replace(",", "")
    nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", q)]
    vals = value if isinstance(value, list) else [value]
    for v in vals:
        ok = False
        for n in nums:
            for _, m in [("", 1)] + MULT:
                if abs(n * m - v) <= 1e-6 * max(1, abs(v)):
                    ok = True
        if not ok and not any(c in q for c in CN):
            return False
    return True


def main():
    gold = {"_about": "genres2: 30 synthetic held-out documents in genres the extractor was not written "
                      "against (city/county reports, news, traditional-Chinese media, older reports). "
                      "Every plan-year numeric commitment, hand-annotated. Format: shared/spec/target-gold.md."}
    rows, problems = [], 0
    for d in ROOT.joinpath("docs").glob("*.txt"):
        d.unlink()
    for src in sorted(ROOT.joinpath("annotated").glob("*.src")):
        meta, text, entries = parse(src)
        quotes = [e[0] for e in entries]
        if meta.get("wrap"):
            text = wrap(text, int(meta["wrap"]), quotes)
        if "⟦" in text or "⟧" in text or "¦" in text:
            print("LEFTOVER markup", src.name); problems += 1
        data = text.encode("utf-8")
        name = f"{int(meta['n']):03d}_{hashlib.sha1(data).hexdigest()[:16]}.txt"
        ROOT.joinpath("docs", name).write_bytes(data)
        rname, level, *code = meta["region"].split("|")
        region = {"name": rname, "level": level}
        if code and code[0]:
            region["code"] = code[0]
        if meta.get("alt"):
            region["alt"] = [dict(zip(("name", "code"), a.split("/"))) for a in meta["alt"].split(";")]
        g = {"year": int(meta["year"]), "region": region, "targets": [], "optional": []}
        for q, spec in entries:
            cnt = text.count(q)
            if cnt != 1:
                print(f"QUOTE count={cnt} {src.name}: {q!r}"); problems += 1
            if not (6 <= len(q) <= 40):
                print(f"quote length {len(q)} {src.name}: {q!r}")
            if spec and spec[0] == "opt":
                g["optional"].append({"quote": q}); continue
            while len(spec) < 3:
                spec.append("")
            c, v, cm = spec[0], spec[1], spec[2]
            e = {"codes": codes(c)}
            if "~" in v:
                a, b = v.split("~")
                e["min"], e["max"], e["comparator"] = num(a), num(b), "range"
                vv = [e["min"], e["max"]]
            else:
                e["value"] = num(v); vv = e["value"]
                if CMP[cm]:
                    e["comparator"] = CMP[cm]
            for x in e["codes"]:
                if x not in sum(SHORT.values(), []):
                    print("UNKNOWN code", x, src.name); problems += 1
            if not check_value(q, vv):
                print(f"VALUE? {src.name}: {q!r} -> {vv}"); problems += 1
            e["quote"] = q
            g["targets"].append(e)
        gold[name] = g
        rows.append((name, meta, len(g["targets"]), len(g["optional"]), len(text)))
    json.dump(gold, open(ROOT / "gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump([(r[0], r[1], r[2], r[3], r[4]) for r in rows], open(ROOT / "annotated" / "_index.json", "w"), ensure_ascii=False, indent=1)
    tot = sum(r[2] for r in rows)
    for r in rows:
        print(f"{r[0]}  {r[1]['genre']:<12} {r[1]['region']:<28} {r[1]['year']}  chars={r[4]:>5} targets={r[2]:>3} opt={r[3]}")
    print("docs", len(rows), "targets", tot, "optional", sum(r[3] for r in rows), "problems", problems)


if __name__ == "__main__":
    main()
