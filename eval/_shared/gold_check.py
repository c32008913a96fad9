"""The checks of a genre set's gold.json, shared by the sets that keep their gold in one form (genres3, genres4):
JSON parses, every quote (targets and optional) is an exact, unique substring of its file, 8-20 characters, does not
span a ；or 。, contains a digit or Chinese numeral, and every target has a value or min/max. Prints counts per file
and genre; exits 1 on any problem."""
import json, os, re, sys


def check(here, genre):
    """here: the set's folder (gold.json, docs/); genre: file number (g3-07-… → '07') → genre name."""
    gold = json.load(open(os.path.join(here, 'gold.json'), encoding='utf-8'))
    bad = 0; per = {}
    for f, v in gold.items():
        if f.startswith('_'):
            continue
        text = open(os.path.join(here, 'docs', f), encoding='utf-8').read()
        assert isinstance(v['year'], int) and v['region']['name'] and v['region']['level']
        for kind, items in (('target', v['targets']), ('optional', v['optional'])):
            for e in items:
                q = e['quote']; n = text.count(q); errs = []
                if n != 1: errs.append(f'occurs {n}x')
                if not 8 <= len(q) <= 20: errs.append(f'len {len(q)}')
                if '；' in q or '。' in q: errs.append('spans clause')
                if not re.search(r'[0-9一二三四五六七八九十百千两Ⅱ]', q): errs.append('no number')
                if kind == 'target' and 'value' not in e and not ('min' in e and 'max' in e): errs.append('no value')
                if errs:
                    bad += 1; print(f, kind, repr(q), errs)
        g = genre[f.split('-')[1]]
        per.setdefault(g, [0, 0, 0]); per[g][0] += 1; per[g][1] += len(v['targets']); per[g][2] += len(v['optional'])
        print(f"{f}\t{v['year']}\t{v['region']['name']}\t{len(v['targets'])} targets\t{len(v['optional'])} optional")
    for g, (d, t, o) in per.items():
        print(f'{g}: {d} docs, {t} targets, {o} optional')
    print('total targets', sum(p[1] for p in per.values()), 'optional', sum(p[2] for p in per.values()), 'problems', bad)
    sys.exit(1 if bad else 0)
