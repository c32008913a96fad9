import json,re,glob,importlib.util,sys,os
D='/work/genres3/docs/'
CODES={"GBRF":["general_budget_revenue","fiscal_revenue_total"],"urb":["urban_disposable_income","disposable_income"],"rur":["rural_disposable_income","disposable_income"]}
CN={'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9,'十':10,'百':100,'千':1000}
gold={"_about":"genres3: 24 hand-written held-out documents (city/county reports, news, traditional-Chinese media, older reports) with plan-year quantitative targets. Format and matching: spec/target-gold.md."}
bad=0;total=0;nopt=0
for f in sorted(glob.glob('/tmp/g3/g*.py')):
    if f.endswith('build.py'): continue
    spec=importlib.util.spec_from_file_location('m',f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    txt=open(D+m.FILE,encoding='utf-8').read()
    ts=[]
    seen=set()
    for q,v,c,cmp in m.T:
        n=txt.count(q)
        prob=[]
        if n!=1: prob.append(f'count={n}')
        if not(8<=len(q)<=20): prob.append(f'len={len(q)}')
        if '；' in q or '。' in q: prob.append('clause')
        if q in seen: prob.append('dupquote')
        seen.add(q)
        nums=[float(x) for x in re.findall(r'\d+(?:\.\d+)?',q)]
        vals=v if isinstance(v,tuple) else (v,)
        for val in vals:
            ok=any(abs(val-x*mm)<1e-6*max(1,abs(val)) for x in nums for mm in (1,1e3,1e4,1e8,1e12,1e7,1e6,500))
            if not ok and not any(ch in q for ch in CN): prob.append(f'value? {val}')
        if prob: bad+=1; print(m.FILE,q,prob)
        e={"codes":CODES.get(c,[c] if c else [])}
        if isinstance(v,tuple): e["min"],e["max"]=v; e["comparator"]="range"
        else:
            e["value"]=v
            if cmp: e["comparator"]=cmp
        e["quote"]=q
        ts.append(e)
    opts=[]
    for q in m.OPT:
        if txt.count(q)!=1: bad+=1; print(m.FILE,'OPT',q,txt.count(q))
        for e in ts:
            if e['quote']==q: print('opt dup',q)
        opts.append({"quote":q})
    total+=len(ts); nopt+=len(opts)
    gold[m.FILE]={"year":m.YEAR,"region":m.REGION,"targets":ts,"optional":opts}
    print(f'{m.FILE}\t{len(txt)} chars\t{len(ts)} targets\t{len(opts)} opt')
json.dump(gold,open('/work/genres3/gold.json','w'),ensure_ascii=False,indent=1)
json.load(open('/work/genres3/gold.json'))
print('TOTAL',total,'opt',nopt,'problems',bad)
