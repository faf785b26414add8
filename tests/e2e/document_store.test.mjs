// Kho dữ liệu cá nhân as a citizen meets it: what they filed is in their store, a new dossier takes
// a stored paper in place of an upload, and they see every use, the official's reading included.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiClient } from './api_client.mjs';
import {
  closeSession, fillBirthForm, logIn, logOut, openSession, reviewAndSubmit,
} from './browser_session.mjs';
import { password, screenshot } from './support.mjs';

let session;
let firstCode;

before(async () => {
  session = await openSession();
  const { api, tokenOf, submitted } = apiClient(session.server.url);
  await api('POST', '/api/v1/auth/register', null,
    { username: 'kho_e2e', password, full_name: 'Đỗ Thị Kho' });
  const citizen = await tokenOf('kho_e2e');
  firstCode = await submitted(citizen, await api('GET', '/api/v1/procedures/1.001193', citizen));
});
after(async () => { await closeSession(session); });

test('a paper filed before is reused in a new dossier', async () => {
  const { page, server } = session;
  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, server.url, 'kho_e2e');
  await page.goto(`${server.url}/tai-khoan`);
  await Promise.all([page.waitForURL(/\/kho-du-lieu$/), page.click('#store-link')]);
  assert.match(await page.locator('#store-documents').textContent(), new RegExp(firstCode));
  await screenshot(page, 'document-store');

  await page.goto(`${server.url}/thu-tuc/1.001193`);
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  await fillBirthForm(page);
  await page.fill('#f-ngay_sinh', '2026-02-01');
  await page.selectOption('#c-giay-chung-sinh-store', { index: 1 });
  await Promise.all([
    page.waitForURL(/\/sua\?thong-bao=uploaded/),
    page.locator('#c-giay-chung-sinh-block .upload-reuse').click(),
  ]);
  assert.equal(await page.locator('#c-giay-chung-sinh-block .upload-file').count(), 1);
  assert.equal(await page.inputValue('#f-ngay_sinh'), '2026-02-01', 'the answers were saved first');
  await screenshot(page, 'document-reused');
  await reviewAndSubmit(page);
  assert.deepEqual(session.problems, []);
});

test("the official's reading of the store is shown to the citizen", async () => {
  const { page, server } = session;
  await logOut(page);
  await logIn(page, server.url, 'tiepnhan');
  await page.goto(`${server.url}/mot-cua/ho-so/${firstCode}`);
  const link = page.locator('#kho-nguoi-nop a').first();
  const response = await page.request.get(new URL(await link.getAttribute('href'), server.url).href);
  assert.equal(response.status(), 200);
  await logOut(page);
  await logIn(page, server.url, 'kho_e2e');
  await page.goto(`${server.url}/kho-du-lieu`);
  const history = await page.locator('#store-uses').textContent();
  assert.match(history, /Dùng lại cho hồ sơ mới/);
  assert.match(history, /Cán bộ xem khi giải quyết hồ sơ/);
  await screenshot(page, 'document-store-history');
  assert.deepEqual(session.problems, []);
});
