// Page-load budgets of Circular 21/2023 Art 7 (requirements §7), measured with Lighthouse 12.8 in
// its default mobile profile (simulated slow 4G, mid-range phone) on Debian's Chromium: three runs
// per page, the median run kept, as Lighthouse itself recommends for a stable figure.
//   node bench/lighthouse.mjs <base url> [runs]
// Prints a Markdown table and writes the median reports' JSON next to it in bench/lighthouse/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const base = process.argv[2] || 'http://127.0.0.1:8080';
const runs = Number(process.argv[3] || 3);
const pages = [
  ['home page', '/'],
  ['search results', '/thu-tuc?q=dang+ky+khai+sinh'],
  ['procedure page', '/thu-tuc/1.001193'],
];
const budgets = { score: 95, fcp: 1800, lcp: 2500, tbt: 200, si: 3400, homeBytes: 150 * 1024 };

const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function measure(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: flags,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

const figure = (lhr, audit) => lhr.audits[audit].numericValue;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mark = (ok) => (ok ? '✓' : '✗');

const out = path.join(here, 'lighthouse');
mkdirSync(out, { recursive: true });
const rows = [];
let allMet = true;
for (const [name, route] of pages) {
  const reports = [];
  for (let i = 0; i < runs; i += 1) reports.push(await measure(base + route));
  const median = computeMedianRun(reports);
  writeFileSync(path.join(out, `${name.replace(/\s+/g, '-')}.json`), JSON.stringify(median));
  const score = Math.round(median.categories.performance.score * 100);
  const fcp = figure(median, 'first-contentful-paint');
  const lcp = figure(median, 'largest-contentful-paint');
  const tbt = figure(median, 'total-blocking-time');
  const si = figure(median, 'speed-index');
  const bytes = figure(median, 'total-byte-weight');
  const bytesOk = route !== '/' || bytes <= budgets.homeBytes;
  const met = score >= budgets.score && fcp <= budgets.fcp && lcp <= budgets.lcp &&
    tbt <= budgets.tbt && si <= budgets.si && bytesOk;
  allMet &&= met;
  rows.push(`| ${name} \`${route}\` | ${score} ${mark(score >= budgets.score)} | ` +
    `${seconds(fcp)} ${mark(fcp <= budgets.fcp)} | ${seconds(lcp)} ${mark(lcp <= budgets.lcp)} | ` +
    `${Math.round(tbt)} ms ${mark(tbt <= budgets.tbt)} | ${seconds(si)} ${mark(si <= budgets.si)} | ` +
    `${(bytes / 1024).toFixed(1)} KB${route === '/' ? ` ${mark(bytesOk)}` : ''} |`);
}
console.log('| page | performance (≥ 95) | FCP (≤ 1.8 s) | LCP (≤ 2.5 s) | TBT (≤ 200 ms) | ' +
  'Speed Index (≤ 3.4 s) | transfer (home ≤ 150 KB) |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`\nLighthouse ${process.env.npm_package_devDependencies_lighthouse || '12.8'}, mobile ` +
  `profile, median of ${runs} runs per page, Chromium ${(await import('node:child_process'))
    .execSync('chromium --version 2>/dev/null').toString().trim()}.`);
process.exitCode = allMet ? 0 : 1;
