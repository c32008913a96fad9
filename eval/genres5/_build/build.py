"""Regenerate genres5/docs/*.txt and genres5/gold.json from the annotated sources in _build/src/.

A source starts with three header lines:
    FILE: g5-01-xxx-2025.txt
    YEAR: 2025
    REGION: name|level|code
then the document text. A target is marked inline as {{quote|code|comparator|value}}: the quote is
what stays in the document; code (an alias from CODES below, or a code, or empty), comparator and value
are optional (value is read from the quote when omitted: the first number not followed by 年, times
万/亿/萬/億/万亿/兆; `a~b` means a range). An optional entry is marked [[quote]].
Run: python3 _build/build.py  (prints every target with its value for review).
"""
import glob, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CODES = {'gdp': ['gdp'], 'fai': ['fixed_asset_investment'], 'retail': ['retail_sales'], 'jobs': ['urban_new_jobs'],
         'gbr': ['general_budget_revenue'], 'gbrf': ['general_budget_revenue', 'fiscal_revenue_total'],
         'frt': ['fiscal_revenue_total'], 'iva': ['industrial_value_added'], 'cpi': ['cpi'],
         'urb': ['urban_disposable_income', 'disposable_income'], 'rur': ['rural_disposable_income', 'disposable_income'],
         'unS': ['unemployment_surveyed'], 'unR': ['unemployment_registered'], 'hte': ['high_tech_enterprises'],
         'ie': ['import_export'], 'exp': ['exports'], 'grain': ['grain_output'], 'fdi': ['foreign_investment'],
         'energy': ['energy_intensity'], 'rd': ['rd_intensity'], 'pop': ['population_growth'],
         'io': ['industrial_output'], 'listed': ['listed_companies'], 'di': ['disposable_income']}
MULT = [('万亿', 1e12), ('萬億', 1e12), ('兆', 1e12), ('亿', 1e8), ('億', 1e8), ('万', 1e4), ('萬', 1e4)]
CMP = [('左右', 'approx'), ('以上', 'gte'), ('不低于', 'gte'), ('不低於', 'gte'), ('超过', 'gte'), ('超過', 'gte'),
       ('突破', 'gte'), ('以内', 'lte'), ('以內', 'lte'), ('以下', 'lte'), ('控制在', 'lte'), ('不超过', 'lte'),
       ('低于', 'lte'), ('低於', 'lte')]
MARK = re.compile(r'\{\{(.*?)\}\}|\[\[(.*?)\]\]', re.S)


def auto_value(q):
    for m in re.finditer(r'(\d+(?:\.\d+)?)(?!\d)(?![年\d.])', q):
        if q[max(0, m.start() - 1):m.start()] == '第':
            continue
        v = float(m.group(1)); rest = q[m.end():]
        for w, k in MULT:
            if rest.startswith(w):
                v *= k; break
        return int(v) if v == int(v) else round(v, 6)
    raise ValueError('no value in ' + q)


def num(s):
    v = float(s); return int(v) if v == int(v) else v


def main():
    gold = {'_about': 'genres5: 16 hand-written held-out documents (city/county/banner reports, news, traditional-Chinese media, '
                      'older reports, odd forms) with plan-year quantitative targets. Format and matching: spec/target-gold.md.'}
    total = nopt = 0
    for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        raw = open(src, encoding='utf-8').read()
        head, body = raw.split('\n', 3)[:3], raw.split('\n', 3)[3]
        f = head[0].split(':', 1)[1].strip(); year = int(head[1].split(':', 1)[1])
        name, level, code = head[2].split(':', 1)[1].strip().split('|')
        targets, opts = [], []
        def rep(m):
            if m.group(2) is not None:
                if m.group(2).startswith('@'):
                    opts.append({'quote': m.group(2)[1:]}); return ''
                opts.append({'quote': m.group(2)}); return m.group(2)
            parts = m.group(1).split('|'); q = parts[0]
            c = parts[1] if len(parts) > 1 else ''; cmp = parts[2] if len(parts) > 2 else ''; val = parts[3] if len(parts) > 3 else ''
            e = {'codes': CODES.get(c, [c] if c else [])}
            if '~' in val:
                a, b = val.split('~'); e['min'], e['max'] = num(a), num(b); e['comparator'] = 'range'
            else:
                e['value'] = num(val) if val else auto_value(q)
                if not cmp:
                    tail = q[max(i for i, ch in enumerate(q) if ch.isdigit()) + 1:]
                    for w, k in CMP:
                        if (w in ('左右', '以上', '以内', '以內', '以下') and w in tail) or \
                           (w not in ('左右', '以上', '以内', '以內', '以下') and w in q): cmp = k; break
                if cmp and cmp != 'eq': e['comparator'] = cmp
            if q.startswith('@'):
                e['quote'] = q[1:]; targets.append(e); return ''
            e['quote'] = q; targets.append(e); return q
        text = MARK.sub(rep, body)
        open(os.path.join(SET, 'docs', f), 'w', encoding='utf-8').write(text)
        gold[f] = {'year': year, 'region': {'name': name, 'level': level, 'code': code}, 'targets': targets, 'optional': opts}
        for e in targets:
            print(f[:14], e['quote'], e.get('value', (e.get('min'), e.get('max'))), e.get('comparator', ''), ','.join(e['codes']))
        print(f'== {f}: {len(text)} chars, {len(targets)} targets, {len(opts)} optional')
        total += len(targets); nopt += len(opts)
    json.dump(gold, open(os.path.join(SET, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('TOTAL', total, 'optional', nopt)


if __name__ == '__main__':
    main()
