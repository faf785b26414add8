// The periodic report as a leader meets it: from the dashboard to this quarter's report, a table
// per sector and procedure whose total agrees with the API's figures, and the same report to
// download as Excel and PDF.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiClient } from './api_client.mjs';
import { closeSession, logIn, openSession } from './browser_session.mjs';
import { saveArtifact, screenshot } from './support.mjs';

let session;

// Three dossiers this quarter: one pending, one resolved, one stopped.
before(async () => {
  session = await openSession();
  const { api, tokenOf, submitted, act } = apiClient(session.server.url);
  const citizen = await tokenOf('congdan');
  const reception = await tokenOf('tiepnhan');
  const specialist = await tokenOf('chuyenvien');
  const leader = await tokenOf('lanhdao');
  const procedure = await api('GET', '/api/v1/procedures/1.001193', citizen);
  const [pending, resolved, stopped] = [await submitted(citizen, procedure),
    await submitted(citizen, procedure), await submitted(citizen, procedure)];
  for (const code of [pending, resolved, stopped]) await act(reception, code, 'receive');
  for (const code of [resolved, stopped]) await act(reception, code, 'forward', { to: 'chuyenvien' });
  await act(leader, resolved, 'approve', { comment: 'Đồng ý' });
  await act(specialist, stopped, 'stop', { reason: 'Người nộp đề nghị dừng' });
});
after(async () => { await closeSession(session); });

// The page's Excel and PDF links (#<prefix>-xlsx, #<prefix>-pdf) answer with those files.
async function downloadBoth(page, base, prefix, name) {
  for (const [extension, type] of [['xlsx', 'spreadsheetml'], ['pdf', 'pdf']]) {
    const href = await page.locator(`#${prefix}-${extension}`).getAttribute('href');
    const download = await page.request.get(`${base}${href}`);
    assert.equal(download.status(), 200);
    assert.match(download.headers()['content-type'], new RegExp(type));
    saveArtifact(`${name}.${extension}`, await download.body());
  }
}

test("a leader reads this quarter's report and downloads it as Excel and PDF", async () => {
  const { page, server } = session;
  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, server.url, 'lanhdao');
  await page.goto(`${server.url}/mot-cua/bao-cao`);
  await Promise.all([page.waitForURL(/\/bao-cao\/dinh-ky$/), page.click('#period-report-link')]);
  const from = await page.inputValue('#f-tu-ngay');
  assert.match(from, /^\d{4}-(01|04|07|10)-01$/, 'this quarter by default');
  const to = await page.inputValue('#f-den-ngay');
  const api = await page.request.get(`${server.url}/api/v1/reports/period?from=${from}&to=${to}`);
  assert.equal(api.status(), 200);
  const figures = (await api.json()).total;
  assert.deepEqual([figures.to_handle, figures.resolved, figures.closed_otherwise, figures.pending],
    [3, 1, 1, 1]);
  const total = await page.locator('#period-report tr.report-total td.number').allTextContents();
  assert.deepEqual([total[0], total[4], total[8], total[9]].map(Number), [3, 1, 1, 1]);
  assert.match(await page.locator('#period-report tr.report-sector').first().textContent(), /Hộ tịch/);
  await screenshot(page, 'period-report');
  await downloadBoth(page, server.url, 'report', 'period-report');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await screenshot(page, 'period-report-360');
  assert.deepEqual(session.problems, []);
});

test("a leader reads this quarter's service indices and downloads them", async () => {
  const { page, server } = session;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/mot-cua/bao-cao`);
  await Promise.all([page.waitForURL(/\/bao-cao\/chi-so$/), page.click('#indices-link')]);
  const from = await page.inputValue('#f-tu-ngay');
  const to = await page.inputValue('#f-den-ngay');
  const api = await page.request.get(`${server.url}/api/v1/reports/indices?from=${from}&to=${to}`);
  assert.equal(api.status(), 200);
  const figures = await api.json();
  assert.equal(figures.received, 3);
  assert.equal(await page.locator('#indices-total').textContent(), figures.total.total.toFixed(2));
  // Progress: the resolved one (early) and the pending one (in time), of the two not stopped.
  assert.deepEqual([figures.total.groups.progress.met, figures.total.groups.progress.measured], [2, 2]);
  await screenshot(page, 'service-indices');
  await downloadBoth(page, server.url, 'indices', 'service-indices');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await screenshot(page, 'service-indices-360');
  assert.deepEqual(session.problems, []);
});
