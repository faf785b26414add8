// The catalog in Chromium: search with highlighted matches, filters and sorting, the help of an
// empty result, the online-services list and a procedure's page at phone and desktop widths, each
// checked with axe-core (WCAG 2.1 AA) and photographed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';

import { closeSession, openSession } from './browser_session.mjs';
import { password, screenshot } from './support.mjs';

// axe-core comes with the project's npm packages once the accessibility suite's dependency is
// installed; without it the pages are still checked for everything else.
const require = createRequire(import.meta.url);
let axeSource = null;
try {
  axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
} catch {
  console.warn('axe-core is not installed: catalog pages are not audited here');
}

let server;
let browser;
let page;
let problems;

before(async () => {
  ({ server, browser, page, problems } = await openSession());
});

after(() => closeSession({ browser, server }));

const url = (path) => server.url + path;

async function violations() {
  if (!axeSource) return [];
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function checkPage(name) {
  assert.deepEqual(await violations(), [], `axe on ${name}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(overflow, false, `${name} fits the width without scrolling sideways`);
  await screenshot(page, name);
}

for (const width of [1280, 360]) {
  test(`search highlights matches typed without diacritics (${width} px)`, async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url('/thu-tuc'));
    await page.fill('#catalog-q', 'dang ky khai sinh');
    await Promise.all([page.waitForURL(/\/thu-tuc\?q=/), page.click('.catalog-filters button[type="submit"]')]);
    const card = page.locator('.procedure-card', { hasText: 'Đăng ký khai sinh' });
    await card.first().waitFor();
    assert.deepEqual(await card.first().locator('mark').allTextContents(), ['Đăng', 'ký', 'khai', 'sinh']);
    assert.match(await page.locator('.result-count').textContent(), /Tìm thấy \d+ thủ tục/);
    assert.equal(await page.locator('.result-count').getAttribute('role'), 'status');
    await checkPage(`catalog-search-${width}`);
  });

  test(`filters and sort narrow and order the list (${width} px)`, async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url('/thu-tuc'));
    await page.selectOption('#catalog-audience', 'business');
    await page.selectOption('#catalog-level', 'toan_trinh');
    await page.selectOption('#catalog-sort', 'duration');
    await Promise.all([page.waitForURL(/audience=business/), page.click('.catalog-filters button[type="submit"]')]);
    const badges = await page.locator('.procedure-card .badge').allTextContents();
    assert.ok(badges.length > 0, 'some business procedures are fully online');
    for (const badge of badges) assert.equal(badge, 'Dịch vụ công trực tuyến toàn trình');
    const days = (await page.locator('.procedure-card .card-meta').allTextContents())
      .map((meta) => Number(meta.match(/(\d+) ngày làm việc/)[1]));
    assert.deepEqual(days, [...days].sort((a, b) => a - b), 'shortest time first');
    assert.equal(await page.inputValue('#catalog-sort'), 'duration', 'the chosen sort stays selected');
    // Each filter in force can be removed on its own.
    const chips = page.locator('.catalog-chip');
    assert.equal(await chips.count(), 2);
    await Promise.all([page.waitForURL((u) => !u.search.includes('level=')), chips.filter({ hasText: 'Mức độ' }).click()]);
    assert.equal(await page.inputValue('#catalog-level'), '');
    assert.equal(await page.inputValue('#catalog-audience'), 'business');
    await checkPage(`catalog-filters-${width}`);
  });
}

test('an empty result offers the corrected keyword and clearing the filters', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url('/thu-tuc?q=khai%20snh&audience=business'));
  await page.getByText('Tìm thấy 0 thủ tục').waitFor();
  const suggestion = page.locator('.catalog-suggestion a');
  assert.equal(await suggestion.textContent(), 'khai sinh');
  await checkPage('catalog-empty');
  await Promise.all([page.waitForURL(/q=khai%20sinh/), suggestion.click()]);
  // The corrected search keeps the business filter, which finds nothing: it says so and offers the
  // keyword without filters.
  const without = page.getByRole('link', { name: /nếu bỏ các điều kiện lọc/ });
  await Promise.all([page.waitForURL((u) => !u.search.includes('audience')), without.click()]);
  await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).waitFor();
});

test('the online-services list leads to filing from each card', async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(url('/dich-vu-cong-truc-tuyen'));
  await page.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' }).waitFor();
  const options = await page.locator('#catalog-level option').allTextContents();
  assert.equal(options.includes('Thực hiện trực tiếp'), false, 'no counter-only level here');
  assert.equal(await page.locator('.badge.level-truc_tiep').count(), 0);
  await checkPage('catalog-online-360');
  await page.fill('#catalog-q', 'khai sinh');
  await Promise.all([page.waitForURL(/q=khai/), page.click('.catalog-filters button[type="submit"]')]);
  const apply = page.getByRole('link', { name: /^Nộp hồ sơ\s*: Đăng ký khai sinh$/ });
  assert.equal(await apply.getAttribute('href'), '/thu-tuc/1.001193#nop-ho-so');
  await apply.click();
  await page.waitForURL(/\/thu-tuc\/1\.001193#nop-ho-so$/, { waitUntil: 'commit' });
  await page.locator('#nop-ho-so').waitFor();
});

for (const width of [1280, 360]) {
  test(`a procedure's page shows its whole record and the guide (${width} px)`, async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url('/thu-tuc/1.001193'));
    await page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    for (const heading of ['Hướng dẫn nộp hồ sơ trực tuyến từng bước', 'Trình tự thực hiện',
      'Cách thức thực hiện', 'Thành phần hồ sơ', 'Phí, lệ phí', 'Căn cứ pháp lý']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    assert.match(await page.locator('.procedure-level').textContent(), /toàn trình/);
    assert.ok(await page.getByText('H29.12.05').count() > 0, 'the agency identifier is shown');
    assert.ok(await page.locator('.steps li').count() >= 3, 'the steps are numbered');
    assert.match(await page.title(), /^Đăng ký khai sinh/);
    await checkPage(`catalog-procedure-${width}`);
    // Signed out, "Nộp hồ sơ" goes through the login page and comes back.
    await Promise.all([page.waitForURL(/\/dang-nhap\?next=/), page.getByRole('link', { name: 'Đăng nhập để nộp hồ sơ trực tuyến' }).click()]);
    await page.fill('#f-username', 'congdan');
    await page.fill('#f-password', password);
    await Promise.all([
      page.waitForURL(/\/thu-tuc\/1\.001193$/),
      page.click('form[action^="/dang-nhap"] button[type="submit"]'),
    ]);
    await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).waitFor();
    await page.context().clearCookies();
  });
}

test('the sitemap lists every procedure and robots.txt points to it', async () => {
  const sitemap = await (await page.request.get(url('/sitemap.xml'))).text();
  const api = await (await page.request.get(url('/api/v1/procedures?per_page=100'))).json();
  for (const item of api.items) assert.ok(sitemap.includes(`/thu-tuc/${item.code}</loc>`), item.code);
  const robots = await (await page.request.get(url('/robots.txt'))).text();
  assert.match(robots, /Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  assert.deepEqual(problems, [], 'no console errors or failed requests');
});
