// account in Chromium (requirements P20): the profile page refuses bad contacts field by field,
// keeps what was typed and saves good ones (the commune list following the province); "my
// dossiers" puts what waits on the citizen first, filters by status and discards a draft after a
// confirmation; at 1280 px and at 360 px, with screenshots.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { apiClient } from './api_client.mjs';
import { logIn, watchProblems } from './browser_session.mjs';
import { password, screenshot, startBrowser, startServer } from './support.mjs';

let server;
let browser;
let page;
let problems;
const codes = {};

// --- set-up through the API: a fresh citizen with dossiers in several statuses ------------------

let api;

before(async () => {
  server = await startServer();
  const client = apiClient(server.url);
  ({ api } = client);
  const { tokenOf, submitted, act } = client;
  browser = await startBrowser();
  page = await browser.context.newPage();
  problems = watchProblems(page);
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`server ${response.status()}: ${response.url()}`);
  });

  await api('POST', '/api/v1/auth/register', null,
    { username: 'taikhoan_e2e', password, full_name: 'Lê Thị Hồng' });
  const citizen = await tokenOf('taikhoan_e2e');
  const reception = await tokenOf('tiepnhan');
  const leader = await tokenOf('lanhdao');
  const procedure = await api('GET', '/api/v1/procedures/1.001193', citizen);
  codes.supplement = await submitted(citizen, procedure);
  codes.waiting = await submitted(citizen, procedure);
  codes.resolved = await submitted(citizen, procedure);
  await act(reception, codes.resolved, 'receive');
  await act(reception, codes.resolved, 'forward', { to: 'chuyenvien' });
  await act(leader, codes.resolved, 'approve', { comment: 'Đồng ý' });
  await act(reception, codes.supplement, 'request-supplement', { reason: 'Ảnh giấy chứng sinh bị mờ' });
  const form = { ho_ten_tre: 'Bản nháp thứ nhất' };
  codes.draft = (await api('POST', '/api/v1/dossiers', citizen, { procedure_code: '1.001193', form })).id;
});

after(async () => {
  // A failure on the server side is easier to read with its own log line.
  if (problems?.length) console.log(server?.log().split('\n').filter((l) => /error|failed/i.test(l)).join('\n'));
  await browser?.close();
  await server?.stop();
});

test('the profile refuses bad contacts beside each field and keeps what was typed', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, server.url, 'taikhoan_e2e');
  await page.goto(`${server.url}/tai-khoan`);
  await page.getByRole('heading', { level: 1, name: 'Thông tin tài khoản' }).waitFor();
  await page.fill('#f-phone', '12345');
  await page.fill('#f-email', 'khong-phai-thu');
  await page.fill('#f-citizen_id', '0010');
  await page.check('#f-notify_channel-sms');
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/tai-khoan') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Lưu thông tin' }).click(),
  ]);
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  for (const id of ['f-phone', 'f-email', 'f-citizen_id']) {
    assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1, `${id} is listed`);
    await page.locator(`#${id}[aria-invalid="true"]`).waitFor();
  }
  assert.match(await page.locator('#f-phone-error').textContent(), /điện thoại/i);
  assert.equal(await page.inputValue('#f-phone'), '12345', 'what was typed is kept');
  assert.equal(await page.inputValue('#f-email'), 'khong-phai-thu');
  assert.ok(await page.isChecked('#f-notify_channel-sms'));
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  await screenshot(page, 'account-profile-errors-1280');
});

test('good contacts are saved, the commune list following the province', async () => {
  await page.fill('#f-phone', '0987654321');
  await page.fill('#f-email', 'hong@example.vn');
  await page.fill('#f-citizen_id', '001190012345');
  assert.equal(await page.locator('.account-refresh').isHidden(), true, 'the script replaces the button');
  await page.selectOption('#f-province_code', 'H29');
  await page.locator('#f-commune_code option[value="H29.12.05"]').waitFor({ state: 'attached' });
  await page.selectOption('#f-commune_code', 'H29.12.05');
  await page.fill('#f-address', 'Số 5 đường Lê Lợi');
  await Promise.all([
    page.waitForURL(/thong-bao=da-luu/),
    page.getByRole('button', { name: 'Lưu thông tin' }).click(),
  ]);
  assert.match(await page.locator('.flash').textContent(), /Đã lưu/);
  assert.equal(await page.inputValue('#f-phone'), '0987654321');
  assert.equal(await page.inputValue('#f-commune_code'), 'H29.12.05');
  assert.equal(await page.inputValue('#f-address'), 'Số 5 đường Lê Lợi');
  assert.ok(await page.isChecked('#f-notify_channel-sms'));
  assert.equal((await page.locator('.account-identity .code').textContent()).trim(), '001190012345',
    'the identity number is now recorded and shown, no longer editable');
  assert.equal(await page.locator('#f-citizen_id').count(), 0);
  await screenshot(page, 'account-profile-saved-1280');
});

test('my dossiers lists what waits on the citizen first, then filters by status', async () => {
  await page.goto(`${server.url}/ho-so`);
  await page.locator('.action-callout').waitFor();
  const rows = page.locator('.my-dossier-table tbody tr');
  assert.equal(await rows.count(), 3);
  const order = (await rows.locator('th').allTextContents()).map((text) => text.trim());
  // The two waiting on the citizen lead (the latest change first; ties within a second by id).
  assert.deepEqual(order.slice(0, 2).sort(), [codes.supplement, codes.resolved].sort());
  assert.equal(order[2], codes.waiting);
  const next = (code) => rows.filter({ hasText: code }).locator('.next-action');
  assert.match(await next(codes.supplement).textContent(), /Bổ sung giấy tờ/);
  assert.match(await next(codes.resolved).textContent(), /Nhận kết quả/);
  assert.match(await next(codes.waiting).textContent(), /Theo dõi/);
  assert.equal(await page.locator('.my-dossier-table tr.needs-you').count(), 2);
  assert.equal(await page.locator('.draft-item').count(), 1, 'the draft has its own section');
  await screenshot(page, 'account-my-dossiers-1280');

  await Promise.all([
    page.waitForURL(/status=5$/),
    page.locator('.status-chips').getByRole('link', { name: /Yêu cầu bổ sung/ }).click(),
  ]);
  assert.equal(await rows.count(), 1);
  assert.equal((await rows.nth(0).locator('th').textContent()).trim(), codes.supplement);
  assert.equal(await page.locator('.status-chips [aria-current="page"]').count(), 1);
  assert.equal(await page.locator('.my-drafts').count(), 0, 'drafts stay out of a status filter');

  await page.goto(`${server.url}/ho-so?status=action`);
  assert.equal(await rows.count(), 2);
  await page.goto(`${server.url}/ho-so?status=3`);
  await page.getByText('Không có hồ sơ nào ở trạng thái này.').waitFor();
  await page.goto(`${server.url}/ho-so?status=khong-co`);
  await page.locator('.panel-warning[role="alert"]').waitFor();
  assert.equal(await rows.count(), 3, 'a broken filter shows everything, with a notice');
});

test('a draft is deleted only after a confirmation', async () => {
  await page.goto(`${server.url}/ho-so?status=draft`);
  await page.getByRole('link', { name: /^Xóa bản nháp/ }).click();
  await page.waitForURL(new RegExp(`/ho-so/${codes.draft}/xoa$`));
  await page.getByRole('heading', { level: 1, name: 'Xóa bản nháp?' }).waitFor();
  await screenshot(page, 'account-delete-draft-confirm');
  // Going back keeps it.
  await Promise.all([page.waitForURL(/\/ho-so$/), page.getByRole('link', { name: 'Không xóa, quay lại' }).click()]);
  assert.equal(await page.locator('.draft-item').count(), 1);

  await page.goto(`${server.url}/ho-so/${codes.draft}/xoa`);
  await Promise.all([
    page.waitForURL(/thong-bao=da-xoa/),
    page.getByRole('button', { name: 'Xóa bản nháp' }).click(),
  ]);
  assert.match(await page.locator('.flash').textContent(), /Đã xóa bản nháp/);
  assert.equal(await page.locator('.draft-item').count(), 0);
  await page.getByText('Bạn không có bản nháp nào.').waitFor();
  const gone = await page.goto(`${server.url}/ho-so/${codes.draft}/xoa`);
  assert.equal(gone.status(), 404);
});

test('at 360 px the rows become cards and nothing overflows', async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${server.url}/ho-so`);
  await page.locator('.my-dossier-table tbody tr').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  assert.equal(await page.locator('.my-dossier-table thead').isVisible(), false);
  await screenshot(page, 'account-my-dossiers-360');
  await page.goto(`${server.url}/tai-khoan`);
  const profileOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(profileOverflow <= 0, `the profile is ${profileOverflow}px wider than the screen`);
  await screenshot(page, 'account-profile-360');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the password changes with the current one, and the old one stops working', async () => {
  await page.goto(`${server.url}/tai-khoan/mat-khau`);
  await page.fill('#f-current_password', 'Sai@20261');
  await page.fill('#f-new_password', 'MoiMoi@2027');
  await page.fill('#f-confirm_password', 'MoiMoi@2027');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.locator('#error-summary a[href="#f-current_password"]').waitFor();
  await page.fill('#f-current_password', password);
  await page.fill('#f-new_password', 'MoiMoi@2027');
  await page.fill('#f-confirm_password', 'MoiMoi@2027');
  await Promise.all([
    page.waitForURL(/thong-bao=doi-mat-khau/),
    page.getByRole('button', { name: 'Đổi mật khẩu' }).click(),
  ]);
  assert.match(await page.locator('.flash').textContent(), /Đã đổi mật khẩu/);
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'taikhoan_e2e', password }),
  });
  assert.equal(login.status, 401, 'the old password no longer logs in');
  assert.deepEqual(problems, []);
});
