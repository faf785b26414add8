// The administrators' workflow editor in Chromium: a wrong row is reported and kept as typed, a
// valid one saves a new version of the procedure, and the API then serves the longer workflow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSession, logIn, openSession } from './browser_session.mjs';
import { screenshot } from './support.mjs';

let session;

before(async () => {
  session = await openSession();
});

after(async () => {
  await closeSession(session ?? {});
});

test('the administrator adds a returning step to the liên thông workflow', async () => {
  const { page, server, problems } = session;
  await logIn(page, server.url, 'quantri');
  await page.goto(`${server.url}/mot-cua`);
  await page.getByRole('link', { name: 'Quy trình xử lý' }).click();
  await page.selectOption('#f-thu-tuc', 'LT.0001');
  await page.getByRole('button', { name: 'Xem quy trình' }).click();
  assert.equal(await page.inputValue('#f-buoc-4-ten'), 'Cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi');
  await page.fill('#f-buoc-5-so', '5');
  await page.fill('#f-buoc-5-ten', 'Trả kết quả liên thông');
  await page.selectOption('#f-buoc-5-don-vi', 'H29.12.05');
  await page.fill('#f-buoc-5-thoi-han', 'hai');
  await page.fill('#f-buoc-5-sau', '3, 4');
  await page.getByRole('button', { name: 'Lưu quy trình' }).click();
  await page.locator('#error-summary a[href="#f-buoc-5-thoi-han"]').waitFor();
  assert.equal(await page.inputValue('#f-buoc-5-ten'), 'Trả kết quả liên thông', 'the row is kept');
  await screenshot(page, 'workflow-refused');
  await page.fill('#f-buoc-5-thoi-han', '2');
  await page.selectOption('#f-buoc-5-don-vi-thoi-han', 'working_hours');
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('xong') === '1'),
    page.getByRole('button', { name: 'Lưu quy trình' }).click(),
  ]);
  await screenshot(page, 'workflow-saved');
  const api = await page.request.get(`${server.url}/api/v1/admin/procedures/LT.0001/workflow`);
  assert.equal(api.status(), 200);
  const saved = await api.json();
  assert.equal(saved.steps.length, 5);
  assert.deepEqual(saved.steps[4].after, [3, 4]);
  assert.equal(saved.steps[4].budget_unit, 'working_hours');
  assert.deepEqual(problems, []);
});
