'use strict';
// Plain page over the JSON API: #/ search, #/report/<id>?at=<start>-<end>, #/compare, #/changes, #/regions,
// #/watches. Everything from the API is escaped, except highlight snippets, which the server already
// HTML-escaped and marked with <em>.

const app = document.getElementById('app');

// How the page writes the API's values in Chinese. Indicator names come from /api/indicators, never from here.
const LABELS = {
  kind: {target: '目标', achievement: '完成', plan: '规划'},
  comparator: {approx: '左右', gte: '以上', lte: '以内', eq: '', range: ''},
  docType: {government_work_report: '政府工作报告', plenary_session: '全会报告', key_tasks: '重点工作', news: '新闻',
    resolution: '决议', other: '其他'},
  level: {national: '全国', province: '省级', city: '市级', county: '县级', district: '区级'},
  change: {raised: '上调', lowered: '下调', unchanged: '持平', new: '新设', dropped: '未再设定'},
  direction: {increase: '越高越好', decrease: '越低越好'},
};

function label(kind, value) {
  return LABELS[kind]?.[value] ?? value ?? '';
}

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

// The service's API key (X-API-Key), asked for once when the service answers 401 (saving a watch always needs it;
// reading only when the service has a read key) and kept in this browser's localStorage.
const API_KEY = 'baogao.apiKey';

async function withKey(request) {
  const call = () => fetch(request.url, {...request.init,
    headers: {...(request.init.headers || {}), ...(localStorage.getItem(API_KEY) ? {'X-API-Key': localStorage.getItem(API_KEY)} : {})}});
  let response = await call();
  if (response.status === 401) {
    const key = window.prompt('此操作需要 API 密钥（X-API-Key）：');
    if (key) {
      localStorage.setItem(API_KEY, key.trim());
      response = await call();
    }
  }
  return response;
}

async function api(path, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') query.set(k, v); });
  return answer(await withKey({url: path + (query.toString() ? '?' + query : ''), init: {}}));
}

async function send(method, path, body) {
  return answer(await withKey({url: path, init: {method, headers: body ? {'Content-Type': 'application/json'} : {},
    body: body ? JSON.stringify(body) : undefined}}));
}

async function answer(response) {
  const body = response.status === 204 ? null : await response.json();
  if (!response.ok) {
    throw new Error(body?.detail || body?.title || response.statusText);
  }
  return body;
}

let stopView = () => {};

function route() {
  stopView();
  stopView = () => {};
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, queryString] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(queryString || ''));
  if (path.startsWith('/report/')) {
    showReport(decodeURIComponent(path.substring('/report/'.length)), params);
  } else if (path === '/compare') {
    showCompare(params);
  } else if (path === '/changes') {
    showChanges(params);
  } else if (path === '/regions') {
    showRegions();
  } else if (path === '/watches') {
    showWatches();
  } else {
    showSearch(params);
  }
}

// ---- suggestions under a field, as the user types ----
/** {@code find(typed)} answers the list's HTML; a click on an item with data-name puts that name in the field. */
function suggestBox(input, find) {
  const box = document.createElement('ul');
  box.className = 'suggest';
  box.hidden = true;
  input.after(box);
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const typed = input.value.trim();
      if (!typed) { box.hidden = true; return; }
      try {
        box.innerHTML = await find(typed);
        box.hidden = !box.innerHTML;
      } catch (e) {
        box.hidden = true;
      }
    }, 150);
  });
  box.addEventListener('mousedown', e => {
    const a = e.target.closest('a[data-name]');
    if (!a) return;
    e.preventDefault();
    input.value = a.dataset.name;
    box.hidden = true;
    input.dispatchEvent(new Event('change'));
  });
  input.addEventListener('blur', () => setTimeout(() => { box.hidden = true; }, 200));
}

// ---- indicators by name or any way reports write them (GDP, 生产总值 → 地区生产总值), from /api/indicators ----
const indicators = {list: [], byCode: {}, byName: {}, loaded: null};

function loadIndicators() {
  indicators.loaded ??= api('/api/indicators').then(r => {
    indicators.list = r.indicators;
    r.indicators.forEach(i => {
      indicators.byCode[i.code] = i;
      indicators.byName[i.name] = i;
      (i.forms || []).forEach(f => { indicators.byName[f] ??= i; });
    });
  }).catch(() => {});
  return indicators.loaded;
}

function indicatorName(code) {
  return indicators.byCode[code]?.name || code || '';
}

/** Indicators whose name, written forms or code hold what was typed: names first, then forms, most statements first. */
function findIndicators(typed) {
  const t = typed.toLowerCase();
  const statements = i => i.targets + i.achievements + i.plans;
  return indicators.list.map(i => {
    const form = (i.forms || []).find(f => f.toLowerCase().includes(t));
    const rank = i.name.startsWith(typed) ? 0 : i.name.includes(typed) ? 1 : form ? 2 : i.code.includes(t) ? 3 : -1;
    return {i, form, rank};
  }).filter(m => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || statements(b.i) - statements(a.i))
    .slice(0, 10)
    .map(({i, form}) => `<li><a data-name="${esc(i.name)}" class="${statements(i) ? 'has' : ''}">${esc(i.name)}</a>
      <span class="where">${esc([form && form !== i.name ? form : null, i.code, `${statements(i)} 条`].filter(Boolean).join(' · '))}</span></li>`)
    .join('');
}

/** The visible name field offers indicators as the user types and sets the hidden code field. */
function bindIndicator(form, codeField) {
  const nameField = form.elements.indicatorName;
  const sync = () => {
    const typed = nameField.value.trim();
    const found = indicators.byName[typed] || indicators.byCode[typed];
    form.elements[codeField].value = found ? found.code : typed;
  };
  suggestBox(nameField, async typed => { await loadIndicators(); return findIndicators(typed); });
  nameField.addEventListener('input', sync);
  nameField.addEventListener('change', sync);
  loadIndicators().then(() => {
    const code = form.elements[codeField].value;
    if (code && !nameField.value) nameField.value = indicatorName(code);
  });
}

// ---- regions by typing: 常州 → 常州市 (江苏省) and its districts ----
function regionPickers(root) {
  root.querySelectorAll('input[data-region]').forEach(input => suggestBox(input, async q => {
    const r = await api('/api/regions', {q, limit: 8});
    return r.matches.map((m, i) => {
      const children = i === 0 && m.region.children?.length
        ? `<div class="children">${m.region.children.map(c => `<a data-name="${esc(c.name)}" class="${c.reports ? 'has' : ''}">${esc(c.name)}<span class="count">${c.reports}</span></a>`).join('')}</div>`
        : '';
      return `<li><a data-name="${esc(m.region.name)}" class="${m.region.reports ? 'has' : ''}">${esc(m.region.name)}</a>
        <span class="where">${esc(m.path.map(p => p.name).join(' › '))} · ${m.region.reports} 篇</span>${children}</li>`;
    }).join('');
  }));
}

function fillSelect(select, kind) {
  Object.entries(LABELS[kind]).forEach(([value, text]) => select.insertAdjacentHTML('beforeend', `<option value="${esc(value)}">${esc(text)}</option>`));
}

// ---- search ----
const SEARCH_FIELDS = ['q', 'region', 'yearFrom', 'yearTo', 'indicator', 'topic', 'docType', 'sort'];
const FACET_TITLES = {region: '地区', year: '年份', docType: '类型', topics: '主题', indicator: '指标'};
const FACET_PARAM = {region: 'region', year: null, docType: 'docType', topics: 'topic', indicator: 'indicator'};

function showSearch(params) {
  app.replaceChildren(document.getElementById('search-view').content.cloneNode(true));
  const form = document.getElementById('search-form');
  fillSelect(form.elements.docType, 'docType');
  SEARCH_FIELDS.forEach(f => { if (params[f]) form.elements[f].value = params[f]; });
  bindIndicator(form, 'indicator');
  regionPickers(form);
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = {};
    SEARCH_FIELDS.forEach(f => { if (form.elements[f].value.trim()) next[f] = form.elements[f].value.trim(); });
    location.hash = '#/?' + new URLSearchParams(next);
  });
  loadIndicators().then(() => runSearch(params, null, false));
}

async function runSearch(params, after, append) {
  const hits = document.getElementById('hits');
  const more = document.getElementById('more');
  const summary = document.getElementById('summary');
  try {
    const result = await api('/api/search', {...params, after, size: 20});
    summary.textContent = `共 ${result.total} 篇报告`;
    if (!append) {
      hits.replaceChildren();
      renderFacets(result.facets, params);
    }
    result.hits.forEach(hit => hits.insertAdjacentHTML('beforeend', hitHtml(hit)));
    more.hidden = !result.next;
    more.onclick = () => runSearch(params, result.next, true);
  } catch (e) {
    summary.innerHTML = `<span class="problem">${esc(e.message)}</span>`;
  }
}

// How a hit matched a query of several words: the phrase as typed, all its words apart, or some of them.
const MATCH = {words: '含全部词语（非连续）', partial: '部分匹配'};

function hitHtml(hit) {
  const title = hit.titleHighlight || esc(hit.title || hit.source?.name || hit.reportId);
  const meta = [MATCH[hit.match], hit.region?.name, hit.year, label('docType', hit.docType), hit.publishedAt, hit.source?.name].filter(Boolean).map(esc).join(' · ');
  const snippets = (hit.highlights || []).map(s => `<p class="snippet">…${s}…</p>`).join('');
  return `<li><a class="title" href="#/report/${encodeURIComponent(hit.reportId)}">${title}</a>
    <div class="meta">${meta}</div>${snippets}</li>`;
}

function facetLabel(name, value) {
  if (name === 'docType') return label('docType', value);
  if (name === 'indicator') return indicatorName(value);
  return value;
}

function renderFacets(facets, params) {
  const aside = document.getElementById('facets');
  aside.replaceChildren();
  Object.entries(FACET_TITLES).forEach(([name, title]) => {
    const values = facets?.[name] || [];
    if (!values.length) return;
    const items = values.map(v => {
      const next = {...params};
      if (name === 'year') { next.yearFrom = v.value; next.yearTo = v.value; } else { next[FACET_PARAM[name]] = v.value; }
      return `<li><a href="#/?${new URLSearchParams(next)}" title="${esc(v.value)}">${esc(facetLabel(name, v.value))}</a> <span class="count">${v.count}</span></li>`;
    }).join('');
    aside.insertAdjacentHTML('beforeend', `<h3>${title}</h3><ul>${items}</ul>`);
  });
}

// ---- one report, opened at a sentence when the address says ?at=<start>-<end> ----
async function showReport(id, params) {
  app.innerHTML = '<p>加载中…</p>';
  try {
    const [report] = await Promise.all([api('/api/reports/' + encodeURIComponent(id)), loadIndicators()]);
    const at = /^(\d+)-(\d+)$/.exec(params.at || '');
    app.innerHTML = reportHtml(report, at ? {start: +at[1], end: +at[2]} : null);
    document.getElementById('at')?.scrollIntoView({block: 'center'});
  } catch (e) {
    app.innerHTML = `<p class="problem">${esc(e.message)}</p>`;
  }
}

function reportLink(reportId, start, end) {
  return `#/report/${encodeURIComponent(reportId)}` + (start !== undefined && end !== undefined ? `?at=${start}-${end}` : '');
}

/** The text with section anchors, page marks of paged sources and the highlighted passage, escaped piece by piece. */
function textHtml(text, sections, at, pageStarts) {
  const cuts = [];
  (pageStarts || []).forEach((p, i) => { if (p >= 0 && p <= text.length) cuts.push({pos: p, order: 1, html: `<span class="page-mark" id="page-${i + 1}">第${i + 1}页</span>`}); });
  sections.forEach((s, i) => { if (s.start >= 0 && s.start <= text.length) cuts.push({pos: s.start, order: 1, html: `<span id="section-${i}"></span>`}); });
  if (at && at.start < at.end && at.end <= text.length) {
    cuts.push({pos: at.start, order: 2, html: '<mark id="at">'}, {pos: at.end, order: 0, html: '</mark>'});
  }
  cuts.sort((a, b) => a.pos - b.pos || a.order - b.order);
  let html = '';
  let position = 0;
  cuts.forEach(c => {
    html += esc(text.substring(position, c.pos)) + c.html;
    position = c.pos;
  });
  return html + esc(text.substring(position));
}

function reportHtml(r, at) {
  const sections = [...(r.sections || [])].sort((a, b) => a.start - b.start);
  const outline = sections.map((s, i) => `<a class="l${Math.min(s.level, 4)}" href="${reportLink(r.reportId)}" data-section="${i}"
      onclick="document.getElementById('section-${i}').scrollIntoView(); return false;">${esc(s.title)}${pageOf(s)}</a>`).join('');
  const meta = [r.region?.name, r.region?.parent, r.year, label('docType', r.docType), r.publishedAt, r.publisher, r.source?.name].filter(Boolean).map(esc).join(' · ');
  const topics = (r.topics || []).map(t => esc(t.name)).join('、');
  const origin = sourceDocument(r);
  return `<article class="report">
    <h1>${esc(r.title || r.source?.name)}</h1>
    <div class="meta">${meta}</div>
    ${origin ? `<div class="meta source-document">${origin}</div>` : ''}
    ${topics ? `<div class="meta">主题：${topics}</div>` : ''}
    <h2>目标与成绩</h2>${targetsByKind(r)}
    <div class="columns"><nav class="outline"><h3>提纲</h3>${outline || '<p>无</p>'}</nav>
    <div class="text">${textHtml(r.text || '', sections, at, r.source?.document?.pageStarts)}</div></div>
  </article>`;
}

/** What the report came as: format, pages, what read it, OCR confidence. */
function sourceDocument(r) {
  const d = r.source?.document;
  if (!d) return '';
  const ocr = r.quality?.ocr;
  return [`格式：${esc(d.format.toUpperCase())}`, d.pageCount ? `${d.pageCount}页` : '', esc(d.parser || ''),
    ocr ? `OCR ${esc(ocr.language)} 平均置信度 ${esc(ocr.meanConfidence)}` : ''].filter(Boolean).join(' · ');
}

/** The page after a section of a paged source (PDF, OFD, scans). */
function pageOf(x) {
  return x.page ? ` <span class="page">${esc(pageText(x.page))}</span>` : '';
}

function formatValue(t) {
  if (t.value !== null && t.value !== undefined) return String(t.value);
  if (t.min !== null && t.max !== null && t.min !== undefined) return `${t.min}–${t.max}`;
  return '';
}

function statedText(s) {
  if (!s) return '—';
  const comparator = label('comparator', s.comparator);
  return esc(formatValue(s)) + (comparator ? ' ' + esc(comparator) : '');
}

/** The report's targets in three tables, 目标 / 完成 / 规划, each row with a link to its place in the text. */
function targetsByKind(r) {
  const targets = r.targets || [];
  if (!targets.length) return '<p>报告中没有识别出量化目标。</p>';
  return Object.keys(LABELS.kind).map(kind => {
    const rows = targets.filter(t => t.kind === kind);
    if (!rows.length) return '';
    const body = rows.map(t => `<tr><td>${esc(indicatorName(t.code) || t.indicator)}<div class="meta">${esc(t.indicator)} · ${esc(t.code || '未归类')}</div></td>
      <td class="num">${statedText(t)}</td><td>${esc(t.unit)}</td><td>${esc(t.period || t.year)}</td>
      <td><a class="source" href="${reportLink(r.reportId, t.start, t.end)}">${esc(t.text)}</a>${t.page ? ` <span class="page">${esc(pageText(t.page))}</span>` : ''}</td></tr>`).join('');
    return `<h3 class="kind">${esc(label('kind', kind))}（${rows.length}）</h3><table class="targets" data-kind="${esc(kind)}">
      <thead><tr><th>指标</th><th>数值</th><th>单位</th><th>年份</th><th>原文（点击定位）</th></tr></thead><tbody>${body}</tbody></table>`;
  }).join('');
}

// ---- comparison ----
function showCompare(params) {
  app.replaceChildren(document.getElementById('compare-view').content.cloneNode(true));
  const form = document.getElementById('compare-form');
  ['code', 'region', 'yearFrom', 'yearTo'].forEach(f => { if (params[f]) form.elements[f].value = params[f]; });
  bindIndicator(form, 'code');
  regionPickers(form);
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = {};
    ['code', 'region', 'yearFrom', 'yearTo'].forEach(f => { if (form.elements[f].value.trim()) next[f] = form.elements[f].value.trim(); });
    location.hash = '#/compare?' + new URLSearchParams(next);
  });
  if (params.code) runCompare(params);
}

async function runCompare(params) {
  const out = document.getElementById('compare-result');
  out.innerHTML = '<p>加载中…</p>';
  try {
    const c = await api('/api/targets/compare', params);
    if (!c.regions.length) { out.innerHTML = '<p>没有找到该指标的目标或完成情况。</p>'; return; }
    const csv = '/api/targets?' + new URLSearchParams({code: c.code, region: params.region || '', yearFrom: params.yearFrom || '', yearTo: params.yearTo || '', format: 'csv'});
    out.innerHTML = `<h2>${esc(indicatorName(c.code) || c.indicator)}（${esc(c.unit || '')}）</h2>${compareTable(c)}${compareChart(c)}
      <p><a href="${esc(csv)}">下载全部相关目标 (CSV)</a></p>`;
  } catch (e) {
    out.innerHTML = `<p class="problem">${esc(e.message)}</p>`;
  }
}

function pageText(page) {
  return page ? `第${page}页` : '';
}

/** A stated value linking to the sentence it came from (and saying its page, where the source had pages). */
function statementCell(s) {
  if (!s) return '<td class="num">—</td>';
  const page = s.page ? ` <span class="page">${esc(pageText(s.page))}</span>` : '';
  return `<td class="num" title="${esc([s.sentence || s.text, pageText(s.page)].filter(Boolean).join(' · '))}"><a href="${esc(s.link || reportLink(s.reportId))}">${statedText(s)}</a>${page}</td>`;
}

function compareTable(c) {
  const head = c.years.map(y => `<th colspan="2">${y}</th>`).join('');
  const sub = c.years.map(() => '<th>目标</th><th>完成</th>').join('');
  const rows = c.regions.map(r => `<tr><th>${esc(r.region)}</th>${r.cells.map(cell =>
      statementCell(cell.target) + statementCell(cell.achievement)).join('')}</tr>`).join('');
  return `<table><thead><tr><th rowspan="2">地区</th>${head}</tr><tr>${sub}</tr></thead><tbody>${rows}</tbody></table>`;
}

const COLORS = ['#8b1a1a', '#1a4d8b', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#5d4037', '#c2185b'];

function mid(s) {
  if (!s) return null;
  if (s.value !== null && s.value !== undefined) return s.value;
  if (s.min !== null && s.max !== null && s.min !== undefined) return (s.min + s.max) / 2;
  return null;
}

// Grouped bars per year: for each region a solid bar (target) and a light bar (result).
function compareChart(c) {
  const values = c.regions.flatMap(r => r.cells.flatMap(cell => [mid(cell.target), mid(cell.achievement)])).filter(v => v !== null);
  if (!values.length) return '';
  const max = Math.max(...values, 0), min = Math.min(...values, 0);
  const width = 860, height = 300, left = 50, bottom = 30, top = 10;
  const plotH = height - bottom - top;
  const groupW = (width - left) / c.years.length;
  const barW = Math.max(3, Math.min(18, groupW / (c.regions.length * 2 + 1)));
  const y = v => top + plotH * (max - v) / ((max - min) || 1);
  let svg = `<svg class="chart" width="${width}" height="${height}" role="img" aria-label="对比图">`;
  svg += `<line x1="${left}" x2="${width}" y1="${y(0)}" y2="${y(0)}" stroke="#999"/>`;
  [max, (max + min) / 2, min].forEach(v => { svg += `<text x="4" y="${y(v) + 4}" font-size="11">${Math.round(v * 100) / 100}</text>`; });
  c.years.forEach((year, yi) => {
    const x0 = left + yi * groupW + barW / 2;
    svg += `<text x="${left + yi * groupW + groupW / 2 - 14}" y="${height - 10}" font-size="12">${year}</text>`;
    c.regions.forEach((r, ri) => {
      const cell = r.cells[yi];
      [[mid(cell.target), 1], [mid(cell.achievement), 0.4]].forEach(([v, opacity], k) => {
        if (v === null) return;
        const x = x0 + (ri * 2 + k) * barW;
        svg += `<rect x="${x}" y="${Math.min(y(v), y(0))}" width="${barW - 1}" height="${Math.abs(y(0) - y(v))}" fill="${COLORS[ri % COLORS.length]}" fill-opacity="${opacity}">
          <title>${esc(r.region)} ${year} ${k ? '完成' : '目标'} ${v}</title></rect>`;
      });
    });
  });
  svg += '</svg>';
  const legend = c.regions.map((r, ri) => `<span><i class="swatch" style="background:${COLORS[ri % COLORS.length]}"></i>${esc(r.region)}</span>`).join('');
  return `<div class="legend">${legend}<span>实色=目标，浅色=完成</span></div>${svg}`;
}

// ---- what changed against last year: a sortable table ----
const CHANGE_COLUMNS = [
  {key: 'region', title: '地区', value: r => r.regionCode || r.region},
  {key: 'target', title: '今年目标', value: r => mid(r.target)},
  {key: 'previousTarget', title: '上年目标', value: r => mid(r.previousTarget)},
  {key: 'previousAchievement', title: '上年完成', value: r => mid(r.previousAchievement)},
  {key: 'difference', title: '差值', value: r => r.difference},
  {key: 'change', title: '变化', value: r => ['raised', 'new', 'unchanged', 'lowered', 'dropped'].indexOf(r.change)},
];

function showChanges(params) {
  app.replaceChildren(document.getElementById('changes-view').content.cloneNode(true));
  const form = document.getElementById('changes-form');
  ['code', 'year', 'region'].forEach(f => { if (params[f]) form.elements[f].value = params[f]; });
  bindIndicator(form, 'code');
  regionPickers(form);
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = {};
    ['code', 'year', 'region'].forEach(f => { if (form.elements[f].value.trim()) next[f] = form.elements[f].value.trim(); });
    location.hash = '#/changes?' + new URLSearchParams(next);
  });
  if (params.code && params.year) runChanges(params);
}

async function runChanges(params) {
  const out = document.getElementById('changes-result');
  out.innerHTML = '<p>加载中…</p>';
  try {
    const [c] = await Promise.all([api('/api/targets/changes', params), loadIndicators()]);
    if (!c.regions.length) { out.innerHTML = `<p>${esc(c.year)} 年和 ${esc(c.previousYear)} 年都没有找到该指标的目标。</p>`; return; }
    const csv = '/api/targets/changes?' + new URLSearchParams({...params, format: 'csv'});
    const counts = Object.keys(LABELS.change).map(k => [k, c.regions.filter(r => r.change === k).length]).filter(([, n]) => n)
      .map(([k, n]) => `${label('change', k)} ${n}`).join('，');
    const direction = c.direction ? `，${label('direction', c.direction)}` : '';
    out.innerHTML = `<h2>${esc(indicatorName(c.code) || c.indicator)}（${esc(c.unit || '')}${esc(direction)}）：${c.year} 年目标与 ${c.previousYear} 年相比</h2>
      <p class="summary">${esc(counts)}。点击表头排序，点击数值查看原句。</p>
      <table id="changes-table"><thead><tr>${CHANGE_COLUMNS.map(col => `<th data-key="${col.key}" class="sortable">${col.title}</th>`).join('')}</tr></thead>
      <tbody></tbody></table><p><a href="${esc(csv)}">下载 CSV</a></p>`;
    const sort = {key: 'change', ascending: true};
    const render = () => {
      const column = CHANGE_COLUMNS.find(col => col.key === sort.key);
      const rows = [...c.regions].sort((a, b) => {
        const x = column.value(a), y = column.value(b);
        if (x === y) return (a.regionCode || '').localeCompare(b.regionCode || '');
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * (sort.ascending ? 1 : -1);
      });
      out.querySelector('tbody').innerHTML = rows.map(r => `<tr class="${esc(r.change)}"><th>${esc(r.region)}</th>
        ${statementCell(r.target)}${statementCell(r.previousTarget)}${statementCell(r.previousAchievement)}
        <td class="num">${r.difference === null || r.difference === undefined ? '—' : (r.difference > 0 ? '+' : '') + esc(r.difference)}</td>
        <td class="change">${esc(label('change', r.change))}</td></tr>`).join('');
      out.querySelectorAll('th.sortable').forEach(th => {
        th.classList.toggle('sorted', th.dataset.key === sort.key);
        th.dataset.direction = th.dataset.key === sort.key ? (sort.ascending ? '↑' : '↓') : '';
      });
    };
    out.querySelectorAll('th.sortable').forEach(th => th.addEventListener('click', () => {
      sort.ascending = sort.key === th.dataset.key ? !sort.ascending : th.dataset.key === 'region' || th.dataset.key === 'change';
      sort.key = th.dataset.key;
      render();
    }));
    render();
  } catch (e) {
    out.innerHTML = `<p class="problem">${esc(e.message)}</p>`;
  }
}

// ---- regions as a tree ----
async function showRegions() {
  app.innerHTML = '<p>加载中…</p>';
  try {
    const tree = await api('/api/regions/tree');
    const node = n => `<li><a href="#/?${new URLSearchParams({region: n.name})}">${esc(n.name)}</a> <span class="count">${n.reports}</span>
      ${n.children?.length ? `<ul>${n.children.map(node).join('')}</ul>` : ''}</li>`;
    app.innerHTML = `<h2>地区（GB/T 2260）</h2><p class="summary">地名后的数字为报告数（含下级地区）。全国性报告 ${tree.national} 篇。</p>
      <ul class="tree">${tree.provinces.map(p => `<li><details open><summary><a href="#/?${new URLSearchParams({region: p.name})}">${esc(p.name)}</a>
        <span class="count">${p.reports}</span></summary><ul>${(p.children || []).map(node).join('')}</ul></details></li>`).join('')}</ul>`;
  } catch (e) {
    app.innerHTML = `<p class="problem">${esc(e.message)}</p>`;
  }
}

// ---- watches and alerts ----
function showWatches() {
  app.replaceChildren(document.getElementById('watches-view').content.cloneNode(true));
  const form = document.getElementById('watch-form');
  fillSelect(form.elements.level, 'level');
  fillSelect(form.elements.kind, 'kind');
  bindIndicator(form, 'code');
  regionPickers(form);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const v = name => form.elements[name].value.trim() || null;
    const hasTarget = v('code') || v('min') || v('max');
    const watch = {name: v('name'), q: v('q'), region: v('region'), level: v('level'),
      target: hasTarget ? {code: v('code'), kind: v('kind'), min: v('min') === null ? null : +v('min'), max: v('max') === null ? null : +v('max')} : null};
    const message = document.getElementById('watch-message');
    try {
      const saved = await send('POST', '/api/watches', watch);
      message.innerHTML = `已保存：<b>${esc(saved.name)}</b>。此后新收录的报告如符合条件，将在下方出现提醒。`;
      form.reset();
      listWatches();
    } catch (err) {
      message.innerHTML = `<span class="problem">${esc(err.message)}</span>`;
    }
  });
  loadIndicators().then(() => { listWatches(); listAlerts(); });
  const timer = setInterval(listAlerts, 3000);
  stopView = () => clearInterval(timer);
}

function conditions(w) {
  const parts = [];
  if (w.q) parts.push(`检索“${esc(w.q)}”`);
  if (w.region) parts.push(`地区 ${esc(w.region)}`);
  if (w.level) parts.push(esc(label('level', w.level)));
  if (w.docType) parts.push(esc(label('docType', w.docType)));
  if (w.topic) parts.push(`主题 ${esc(w.topic)}`);
  if (w.target) {
    const t = w.target;
    parts.push(`${esc(indicatorName(t.code) || '任意指标')}${t.kind ? esc(label('kind', t.kind)) : ''}${t.min !== null && t.min !== undefined ? ' ≥ ' + esc(t.min) : ''}${t.max !== null && t.max !== undefined ? ' ≤ ' + esc(t.max) : ''}`);
  }
  return parts.join('，');
}

async function listWatches() {
  const out = document.getElementById('watch-list');
  try {
    const r = await api('/api/watches');
    if (!r.watches.length) { out.innerHTML = '<p>还没有关注。</p>'; return; }
    out.innerHTML = `<table id="watches"><thead><tr><th>名称</th><th>条件</th><th>保存于</th><th></th></tr></thead><tbody>${r.watches.map(w =>
      `<tr><td>${esc(w.name)}</td><td>${conditions(w)}</td><td>${esc(new Date(w.createdAt).toLocaleString('zh-CN'))}</td>
       <td><button data-delete="${esc(w.id)}">删除</button></td></tr>`).join('')}</tbody></table>`;
    out.querySelectorAll('button[data-delete]').forEach(b => b.addEventListener('click', async () => {
      await send('DELETE', '/api/watches/' + encodeURIComponent(b.dataset.delete));
      listWatches();
    }));
  } catch (e) {
    out.innerHTML = `<p class="problem">${esc(e.message)}</p>`;
  }
}

async function listAlerts() {
  const out = document.getElementById('alert-list');
  if (!out) return;
  try {
    const r = await api('/api/alerts', {size: 50});
    if (!r.alerts.length) { out.innerHTML = '<p>暂无提醒。</p>'; return; }
    out.innerHTML = `<ol id="alerts" class="alerts">${r.alerts.map(a => `<li>
      <span class="meta">${esc(new Date(a.firedAt).toLocaleString('zh-CN'))} · ${esc(a.watchName)}</span><br>
      <a href="${reportLink(a.reportId)}">${esc(a.title || a.reportId)}</a>
      <span class="meta">${esc([a.region?.name, a.year, label('docType', a.docType)].filter(Boolean).join(' · '))}</span>
      ${(a.targets || []).map(t => `<div class="matched"><a href="${reportLink(a.reportId, t.start, t.end)}">${esc(indicatorName(t.code) || t.indicator)}
        ${esc(label('kind', t.kind))} ${statedText(t)}${esc(t.unit || '')}</a>：${esc(t.text)} ${esc(pageText(t.page))}</div>`).join('')}</li>`).join('')}</ol>`;
  } catch (e) {
    out.innerHTML = `<p class="problem">${esc(e.message)}</p>`;
  }
}

window.addEventListener('hashchange', route);
route();
