"""Builds genres4 docs/ and gold.json from the annotated sources in src/.

Markup in a source: {{span|code|comparator|value}} marks a gold target whose quote is `span`
(`{{@quote|...}}` registers a quote without inserting text, for overlapping quotes; fields after the span are optional: code is a short name from CODES or a literal code, comparator
approx/gte/lte/range/eq, value a number or `min~max`); without a value the number in the span is
read (万/亿/万亿 multiply); without a comparator it is read from the span (左右, 以上, 以内 ...).
{{?span}} marks an optional entry. The first lines of a source, up to a line `---`, are
`year`, `region name|level|code`. The text after the markup is removed is the document."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = {'gdp': ['gdp'], 'gbr': ['general_budget_revenue'], 'gbrf': ['general_budget_revenue', 'fiscal_revenue_total'],
         'frt': ['fiscal_revenue_total'], 'fai': ['fixed_asset_investment'], 'retail': ['retail_sales'], 'cpi': ['cpi'],
         'iva': ['industrial_value_added'], 'hte': ['high_tech_enterprises'], 'us': ['unemployment_surveyed'],
         'ur': ['unemployment_registered'], 'urb': ['urban_disposable_income', 'disposable_income'],
         'rur': ['rural_disposable_income', 'disposable_income'], 'di': ['disposable_income'], 'grain': ['grain_output'],
         'ie': ['import_export'], 'exp': ['exports'], 'rd': ['rd_intensity'], 'fi': ['foreign_investment'],
         'energy': ['energy_intensity'], 'jobs': ['urban_new_jobs'], 'pop': ['population_growth'], 'listed': ['listed_companies']}
MULT = [('万亿', 1e12), ('萬億', 1e12), ('亿', 1e8), ('億', 1e8), ('万', 1e4), ('萬', 1e4)]
def num(s):
    m = re.findall(r'(\d+(?:\.\d+)?)\s*(万亿|萬億|亿|億|万|萬)?', s)
    if len(m) != 1: return None
    n, u = m[0]; v = float(n) * dict(MULT).get(u, 1) if u else float(n)
    v = round(v, 6)
    return int(v) if v == int(v) else v
def cmp_of(s):
    if '左右' in s: return 'approx'
    if re.search(r'(以上|以上)$|不低于|不低於|超过|超過|突破', s): return 'gte'
    if re.search(r'(以内|以下|以內)$|控制在|低于|不超过|低於|不超過', s): return 'lte'
    return ''
gold = {'_about': 'genres4: 20 hand-written held-out documents (city/自治州/盟 and county/县级市/district reports, '
        'simplified news, traditional-script media, 2007-2013 reports, a pasted web page and a report with a spaced '
        'indicator table) with plan-year quantitative targets. Format and matching: spec/target-gold.md.'}
bad = 0
for fn in sorted(os.listdir(os.path.join(HERE, 'src'))):
    src = open(os.path.join(HERE, 'src', fn), encoding='utf-8').read()
    head, body = src.split('\n---\n', 1)
    year, reg = head.strip().split('\n')
    name, level, code = reg.split('|')
    marks = []
    def rep(m):
        marks.append(m.group(1).replace('@', '', 1) if m.group(1).startswith(('@', '?@')) else m.group(1))
        return '' if m.group(1).lstrip('?').startswith('@') else m.group(1).split('|')[0].lstrip('?')
    text = re.sub(r'\{\{(.+?)\}\}', rep, body)
    assert '{' not in text and '}' not in text, fn
    out = fn.replace('.src', '.txt')
    open(os.path.join(ROOT, 'docs', out), 'w', encoding='utf-8').write(text)
    ts, opts = [], []
    for mk in marks:
        parts = mk.split('|')
        q = parts[0]
        if q.startswith('?'):
            opts.append({'quote': q[1:]}); continue
        code_ = parts[1] if len(parts) > 1 else ''
        cmp_ = parts[2] if len(parts) > 2 and parts[2] else cmp_of(q)
        val = parts[3] if len(parts) > 3 else ''
        e = {'codes': CODES.get(code_, [code_] if code_ else [])}
        if '~' in val:
            a, b = val.split('~'); e['min'] = float(a) if '.' in a else int(a); e['max'] = float(b) if '.' in b else int(b); cmp_ = 'range'
        elif val:
            v = float(val); e['value'] = int(v) if v == int(v) else v
        else:
            v = num(q)
            if v is None: print('NO VALUE', out, q); bad += 1; continue
            e['value'] = v
        if cmp_: e['comparator'] = cmp_
        e['quote'] = q
        ts.append(e)
    for e in ts + opts:
        q = e['quote']; n = text.count(q)
        if n != 1 or not 8 <= len(q) <= 20 or '；' in q or '。' in q:
            print('BAD', out, repr(q), n, len(q)); bad += 1
    gold[out] = {'year': int(year), 'region': {'name': name, 'level': level, 'code': code}, 'targets': ts, 'optional': opts}
    if '-v' in sys.argv:
        for e in ts: print('  ', e.get('value', (e.get('min'), e.get('max'))), e.get('comparator', ''), e['codes'], e['quote'])
    print(out, len(text), 'chars', len(ts), 'targets', len(opts), 'optional')
json.dump(gold, open(os.path.join(ROOT, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('total', sum(len(v['targets']) for k, v in gold.items() if not k.startswith('_')), 'problems', bad)
