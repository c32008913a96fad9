'use strict';
// Plain page over the JSON API: #/ search, #/report/<id>, #/compare. Everything from the API is escaped,
// except highlight snippets, which the server already HTML-escaped and marked with <em>.

const app = document.getElementById('app');

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function api(path, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') query.set(k, v); });
  const response = await fetch(path + (query.toString() ? '?' + query : ''));
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || body.title || response.statusText);
  }
  return body;
}

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, queryString] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(queryString || ''));
  if (path.startsWith('/report/')) {
    showReport(decodeURIComponent(path.substring('/report/'.length)));
  } else if (path === '/compare') {
    showCompare(params);
  } else {
    showSearch(params);
  }
}

// ---- search ----
const SEARCH_FIELDS = ['q', 'region', 'yearFrom', 'yearTo', 'indicator', 'topic', 'docType', 'sort'];
const FACET_TITLES = {region: '地区', year: '年份', docType: '类型', topics: '主题', indicator: '指标'};
const FACET_PARAM = {region: 'region', year: null, docType: 'docType', topics: 'topic', indicator: 'indicator'};

function showSearch(params) {
  app.replaceChildren(document.getElementById('search-view').content.cloneNode(true));
  const form = document.getElementById('search-form');
  SEARCH_FIELDS.forEach(f => { if (params[f]) form.elements[f].value = params[f]; });
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = {};
    SEARCH_FIELDS.forEach(f => { if (form.elements[f].value.trim()) next[f] = form.elements[f].value.trim(); });
    location.hash = '#/?' + new URLSearchParams(next);
  });
  runSearch(params, null, false);
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

function hitHtml(hit) {
  const title = hit.titleHighlight || esc(hit.title || hit.source?.name || hit.reportId);
  const meta = [hit.region?.name, hit.year, hit.docType, hit.publishedAt, hit.source?.name].filter(Boolean).map(esc).join(' · ');
  const snippets = (hit.highlights || []).map(s => `<p class="snippet">…${s}…</p>`).join('');
  return `<li><a class="title" href="#/report/${encodeURIComponent(hit.reportId)}">${title}</a>
    <div class="meta">${meta}</div>${snippets}</li>`;
}

function renderFacets(facets, params) {
  const aside = document.getElementById('facets');
  aside.replaceChildren();
  Object.entries(FACET_TITLES).forEach(([name, label]) => {
    const values = facets?.[name] || [];
    if (!values.length) return;
    const items = values.map(v => {
      const next = {...params};
      if (name === 'year') { next.yearFrom = v.value; next.yearTo = v.value; } else { next[FACET_PARAM[name]] = v.value; }
      return `<li><a href="#/?${new URLSearchParams(next)}">${esc(v.value)}</a> <span class="count">${v.count}</span></li>`;
    }).join('');
    aside.insertAdjacentHTML('beforeend', `<h3>${label}</h3><ul>${items}</ul>`);
  });
}

// ---- one report ----
async function showReport(id) {
  app.innerHTML = '<p>加载中…</p>';
  try {
    const report = await api('/api/reports/' + encodeURIComponent(id));
    app.innerHTML = reportHtml(report);
  } catch (e) {
    app.innerHTML = `<p class="problem">${esc(e.message)}</p>`;
  }
}

function reportHtml(r) {
  const sections = [...(r.sections || [])].sort((a, b) => a.start - b.start);
  const outline = sections.map((s, i) => `<a class="l${Math.min(s.level, 4)}" href="#/report/${encodeURIComponent(r.reportId)}" data-section="${i}"
      onclick="document.getElementById('section-${i}').scrollIntoView(); return false;">${esc(s.title)}</a>`).join('');
  const text = r.text || '';
  let body = '';
  let position = 0;
  sections.forEach((s, i) => {
    if (s.start < position || s.start > text.length) return;
    body += esc(text.substring(position, s.start)) + `<span id="section-${i}"></span>`;
    position = s.start;
  });
  body += esc(text.substring(position));
  const meta = [r.region?.name, r.region?.parent, r.year, r.docType, r.publishedAt, r.publisher, r.source?.name].filter(Boolean).map(esc).join(' · ');
  const topics = (r.topics || []).map(t => esc(t.name)).join('、');
  return `<article class="report">
    <h1>${esc(r.title || r.source?.name)}</h1>
    <div class="meta">${meta}</div>
    ${topics ? `<div class="meta">主题：${topics}</div>` : ''}
    <h2>目标与成绩</h2>${targetsTable(r.targets || [])}
    <div class="columns"><nav class="outline"><h3>提纲</h3>${outline || '<p>无</p>'}</nav>
    <div class="text">${body}</div></div>
  </article>`;
}

const KIND = {target: '目标', achievement: '完成', plan: '规划'};

function formatValue(t) {
  if (t.value !== null && t.value !== undefined) return String(t.value);
  if (t.min !== null && t.max !== null && t.min !== undefined) return `${t.min}–${t.max}`;
  return '';
}

function targetsTable(targets) {
  if (!targets.length) return '<p>报告中没有识别出量化目标。</p>';
  const rows = targets.map(t => `<tr><td>${esc(t.indicator)}</td><td>${esc(t.code)}</td><td>${esc(KIND[t.kind] || t.kind)}</td>
      <td class="num">${esc(formatValue(t))}</td><td>${esc(t.unit)}</td><td>${esc(t.comparator)}</td><td>${esc(t.period || t.year)}</td>
      <td>${esc(t.text)}</td></tr>`).join('');
  return `<table><thead><tr><th>指标</th><th>代码</th><th>类别</th><th>数值</th><th>单位</th><th>比较</th><th>年份</th><th>原文</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

// ---- comparison ----
function showCompare(params) {
  app.replaceChildren(document.getElementById('compare-view').content.cloneNode(true));
  const form = document.getElementById('compare-form');
  ['code', 'region', 'yearFrom', 'yearTo'].forEach(f => { if (params[f]) form.elements[f].value = params[f]; });
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
    out.innerHTML = `<h2>${esc(c.indicator || c.code)}（${esc(c.unit || '')}）</h2>${compareTable(c)}${compareChart(c)}
      <p><a href="${esc(csv)}">下载全部相关目标 (CSV)</a></p>`;
  } catch (e) {
    out.innerHTML = `<p class="problem">${esc(e.message)}</p>`;
  }
}

function statementText(s) {
  if (!s) return '—';
  return esc(formatValue(s)) + (s.comparator === 'approx' ? ' 左右' : s.comparator === 'gte' ? ' 以上' : s.comparator === 'lte' ? ' 以内' : '');
}

function compareTable(c) {
  const head = c.years.map(y => `<th colspan="2">${y}</th>`).join('');
  const sub = c.years.map(() => '<th>目标</th><th>完成</th>').join('');
  const rows = c.regions.map(r => `<tr><th>${esc(r.region)}</th>${r.cells.map(cell =>
      `<td class="num" title="${esc(cell.target?.text)}">${statementText(cell.target)}</td>
       <td class="num" title="${esc(cell.achievement?.text)}">${statementText(cell.achievement)}</td>`).join('')}</tr>`).join('');
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

window.addEventListener('hashchange', route);
route();
