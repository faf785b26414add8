// Thống kê as anyone meets it: a unit's figures for a period, drawn as a chart with the same
// figures in a table, and downloadable as CSV.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSession, openSession } from './browser_session.mjs';
import { screenshot } from './support.mjs';

let session;

before(async () => { session = await openSession(); });
after(async () => { await closeSession(session); });

test('the statistics page shows a chart, its table and a CSV of the same figures', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/thong-ke`);
  assert.equal(await page.locator('svg.stats-chart rect').count(), 10);
  assert.equal(await page.locator('#stats-table tbody tr').count(), 10);
  await page.selectOption('#s-unit', { index: 0 });
  await page.fill('#s-from', '2026-01-01');
  await Promise.all([page.waitForURL(/tu-ngay=2026-01-01/), page.click('form.filters button')]);
  const received = await page.locator('#stats-table tbody tr').first().locator('td').textContent();
  const csvUrl = await page.locator('#stats-csv').getAttribute('href');
  const csv = await (await fetch(`${server.url}${csvUrl}`)).text();
  assert.match(csv, new RegExp(`"Tiếp nhận",${received}\\r\\n`));
  await screenshot(page, 'statistics');
  assert.deepEqual(session.problems, []);
});

test('the rating kiosk asks for the code and the ID number', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/danh-gia`);
  await page.fill('#k-code', 'KHONG-CO-HO-SO');
  await page.fill('#k-id', '001090000123');
  for (const criterion of ['satisfaction', 'timeliness', 'attitude', 'guidance', 'online_service']) {
    await page.check(`#r-${criterion}-5`);
  }
  await page.click('#rate-submit');
  assert.match(await page.locator('#kiosk-error').textContent(), /Không tìm thấy/);
  assert.ok(await page.isChecked('#r-attitude-5'), 'the scores are kept');
  await screenshot(page, 'kiosk-rating');
});
