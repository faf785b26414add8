// The e-form in Chromium (requirements P4, P6): errors in the summary and beside each field,
// a conditional field, the province → commune cascade, repeatable rows, autosave surviving a
// logout, and the review page whose declaration must be ticked; at 1280 px and at 360 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { fillBirthForm, logIn, logOut, watchProblems } from './browser_session.mjs';
import { screenshot, smallPdf, startBrowser, startServer } from './support.mjs';

let server;
let browser;
let page;
let draftUrl;

before(async () => {
  server = await startServer();
  browser = await startBrowser();
  page = await browser.context.newPage();
  watchProblems(page);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function startBirthDraft() {
  await page.goto(`${server.url}/thu-tuc/1.001193`);
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  return page.url();
}

test('every broken rule is listed in the summary and shown beside its field', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, server.url, 'congdan');
  draftUrl = await startBirthDraft();
  await page.fill('#f-so_dinh_danh_me', '123');
  await page.fill('#f-ngay_sinh', '2999-01-01');
  await page.getByRole('button', { name: 'Xem lại và nộp', exact: true }).click();
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  for (const id of ['f-ho_ten_tre', 'f-so_dinh_danh_me', 'f-noi_sinh-province', 'f-noi_sinh-commune',
    'c-giay-chung-sinh']) {
    assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1, `${id} is listed`);
  }
  assert.match(await page.locator('#f-so_dinh_danh_me-error').textContent(), /12 chữ số/);
  await page.locator('#f-so_dinh_danh_me[aria-invalid="true"]').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  assert.match(new URL(page.url()).pathname, /\/sua$/, 'the browser stopped the post');
  await screenshot(page, 'eform-client-errors-1280');
});

test('a conditional field shows only for its answer', async () => {
  const proxy = page.locator('#f-giay_uy_quyen_so');
  await page.selectOption('#f-quan_he_nguoi_di_khai', 'cha');
  assert.equal(await proxy.isVisible(), false);
  await page.selectOption('#f-quan_he_nguoi_di_khai', 'khac');
  await proxy.waitFor({ state: 'visible' });
  await page.selectOption('#f-quan_he_nguoi_di_khai', 'me');
  await proxy.waitFor({ state: 'hidden' });
});

test('the commune list follows the province', async () => {
  await page.selectOption('#f-noi_sinh-province', '01');
  await page.waitForFunction(() => document.querySelectorAll('#f-noi_sinh-commune option').length === 1);
  await page.selectOption('#f-noi_sinh-province', 'H29');
  await page.selectOption('#f-noi_sinh-commune', 'H29.12.07');
  const names = await page.locator('#f-noi_sinh-commune option').allTextContents();
  assert.ok(names.includes('Phường Minh An') && names.includes('Xã Phú An'), names.join());
  assert.equal(await page.locator('.address-refresh').first().isVisible(), false, 'JS hides the fallback');
});

test('a commune chosen while its list is on the way stays chosen', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const list = /[?&]parent=H29(&|$)/;
  await page.route(list, async (route) => { await held; await route.continue(); });
  await page.$eval('#f-noi_sinh-commune option', (option) => { option.dataset.old = '1'; });
  await page.selectOption('#f-noi_sinh-province', 'H29');  // the same province: the list is asked again
  await page.selectOption('#f-noi_sinh-commune', 'H29.12.05');
  release();
  await page.waitForFunction(() => !document.querySelector('#f-noi_sinh-commune option[data-old]'));
  await page.unroute(list);
  assert.equal(await page.inputValue('#f-noi_sinh-commune'), 'H29.12.05');
});

test('the draft saves itself and survives a logout', async () => {
  await fillBirthForm(page);
  await page.fill('#f-ngay_sinh', '2026-01-15');
  const saved = page.waitForResponse((r) => /\/luu-nhap$/.test(r.url()) && r.status() === 200,
    { timeout: 15000 });
  await page.fill('#f-noi_sinh-street', 'Số 9 đường Hùng Vương');
  await saved;  // a few seconds after typing stops, without any button
  await page.locator('#autosave-status', { hasText: /Đã lưu lúc \d\d:\d\d/ }).waitFor();
  await logOut(page);
  await logIn(page, server.url, 'congdan');
  await page.goto(draftUrl);
  assert.equal(await page.inputValue('#f-ho_ten_tre'), 'Nguyễn Bảo Na');
  assert.equal(await page.inputValue('#f-noi_sinh-street'), 'Số 9 đường Hùng Vương');
  assert.equal(await page.inputValue('#f-noi_sinh-commune'), 'H29.12.05');
  assert.equal(await page.inputValue('#f-ngay_sinh'), '2026-01-15');
});

test('review shows the answers in words, the declaration is required, then the code', async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.setInputFiles('#c-giay-chung-sinh', {
    name: 'chung-sinh.pdf', mimeType: 'application/pdf', buffer: smallPdf('Chung sinh'),
  });
  await Promise.all([
    page.waitForURL(/\/xem-lai$/),
    page.getByRole('button', { name: 'Xem lại và nộp', exact: true }).click(),
  ]);
  const answers = page.locator('.review-answers');
  await answers.getByText('Số 9 đường Hùng Vương, Phường Minh An, Tỉnh Minh An').waitFor();
  await answers.getByText('15/01/2026').waitFor();
  await page.getByRole('link', { name: 'chung-sinh.pdf' }).waitFor();
  await screenshot(page, 'eform-review-360');
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await page.locator('#declaration-error').waitFor();
  assert.equal(await page.locator('#error-summary a[href="#declaration"]').count(), 1);
  await page.check('#declaration');
  await Promise.all([
    page.waitForURL(/\/da-nop$/),
    page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click(),
  ]);
  assert.match((await page.locator('#dossier-code').textContent()).trim(), /^[A-Z0-9.]+-\d{6}-\d{4,}$/);
  assert.match(await page.locator('#receipt-link').getAttribute('href'), /\/bien-nhan\.pdf$/);
  await screenshot(page, 'eform-submitted-360');
});

test('rows are added and removed in place (business household members)', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/thu-tuc/1.001612`);
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  await page.check('#f-hinh_thuc_thanh_lap-1');
  const table = page.locator('#f-thanh_vien_ho_gia_dinh tr.form-row');
  const before = await table.count();
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  assert.equal(await table.count(), before + 1);
  await page.fill(`#f-thanh_vien_ho_gia_dinh-${before}-ho_ten`, 'Trần Văn Bình');
  await page.getByRole('button', { name: 'Xóa dòng 1', exact: true }).click();
  assert.equal(await table.count(), before);
  assert.equal(await page.inputValue(`#f-thanh_vien_ho_gia_dinh-${before - 1}-ho_ten`), 'Trần Văn Bình');
  await screenshot(page, 'eform-rows-1280');
  await logOut(page);
});
