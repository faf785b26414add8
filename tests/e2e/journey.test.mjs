// The whole journey in Chromium: a citizen finds birth registration, fills the e-form (and first
// sees the error summary), uploads the birth certificate and submits; reception receives and
// forwards, the specialist forwards to the head, who approves; reception returns the result; the
// citizen's page and the public lookup then show status 10 "Đã trả kết quả".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { act as takeAction, closeSession, fillBirthForm, logIn as signIn, logOut as signOut, openSession, reviewAndSubmit } from './browser_session.mjs';
import { screenshot, smallPdf } from './support.mjs';

let server;
let browser;
let page;
let problems;

before(async () => {
  ({ server, browser, page, problems } = await openSession());
});

after(() => closeSession({ browser, server }));

const url = (path) => server.url + path;
const logIn = (username) => signIn(page, server.url, username);
const logOut = () => signOut(page);
const act = (action, fill) => takeAction(page, action, fill);

let code;

test('the citizen finds birth registration and submits a dossier', async () => {
  await logIn('congdan');
  assert.equal(new URL(page.url()).pathname, '/');
  await page.locator('header').getByText('Nguyễn Văn An').waitFor();
  await screenshot(page, 'home-signed-in');

  await page.fill('#home-q', 'khai sinh');
  await Promise.all([page.waitForURL(/\/thu-tuc\?/), page.click('.home-search-form button[type="submit"]')]);
  const result = page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true });
  await result.waitFor();
  assert.ok(await page.locator('.card-title mark').count() > 0, 'matches are highlighted');
  await screenshot(page, 'search-khai-sinh');

  await Promise.all([page.waitForURL(/\/thu-tuc\/1\.001193$/), result.click()]);
  await page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
  await screenshot(page, 'procedure');

  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  assert.equal(await page.inputValue('#f-ho_ten_nguoi_di_khai'), 'Nguyễn Văn An', 'prefilled from the profile');
  await screenshot(page, 'eform-new');

  // Everything but the date of birth, and no file yet: the summary lists both, nothing is lost.
  await fillBirthForm(page);
  await page.getByRole('button', { name: 'Xem lại và nộp', exact: true }).click();
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.ok(await summary.locator('a[href="#f-ngay_sinh"]').count() === 1, 'the date is listed');
  assert.ok(await summary.locator('a[href="#c-giay-chung-sinh"]').count() === 1, 'the certificate is listed');
  assert.equal(await page.inputValue('#f-ho_ten_tre'), 'Nguyễn Bảo Na', 'what was typed is kept');
  assert.equal(await page.inputValue('#f-gioi_tinh'), 'nu');
  await page.locator('#f-ngay_sinh[aria-invalid="true"]').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  await screenshot(page, 'eform-errors');

  await page.fill('#f-ngay_sinh', '2026-11-20');
  await page.setInputFiles('#c-giay-chung-sinh', {
    name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: smallPdf('Giay chung sinh'),
  });
  await page.locator('#c-giay-chung-sinh').locator('xpath=..').getByRole('button', { name: 'Tải lên' }).click();
  await page.getByRole('link', { name: 'giay-chung-sinh.pdf' }).waitFor();
  assert.equal(await page.inputValue('#f-ngay_sinh'), '2026-11-20');
  await screenshot(page, 'eform-uploaded');

  await reviewAndSubmit(page);
  code = (await page.locator('#dossier-code').textContent()).trim();
  assert.match(code, /^[A-Z0-9.]+-\d{6}-\d{4,}$/);
  await screenshot(page, 'submitted');
  await logOut();
});

test('reception receives and forwards to the specialist', async () => {
  await logIn('tiepnhan');
  assert.equal(new URL(page.url()).pathname, '/mot-cua', 'officials land on the back office');
  await page.getByRole('link', { name: code }).waitFor();
  await screenshot(page, 'queue-reception');
  await Promise.all([page.waitForURL(/\/mot-cua\/ho-so\//), page.getByRole('link', { name: code }).click()]);
  await screenshot(page, 'backoffice-dossier');
  await act('receive');
  await act('forward', (form) => form.locator('select[name="to"]').selectOption('chuyenvien'));
  await screenshot(page, 'forwarded-to-specialist');
  await logOut();
});

test('the specialist forwards to the head of the unit, who approves', async () => {
  await logIn('chuyenvien');
  await page.goto(url(`/mot-cua/ho-so/${code}`));
  await act('forward', (form) => form.locator('select[name="to"]').selectOption('lanhdao'));
  await logOut();

  await logIn('lanhdao');
  await page.getByRole('link', { name: code }).waitFor();
  await page.goto(url(`/mot-cua/ho-so/${code}`));
  await act('approve', (form) => form.locator('textarea[name="comment"]').fill('Đồng ý cấp Giấy khai sinh.'));
  await screenshot(page, 'approved');
  await logOut();
});

test('reception returns the result', async () => {
  await logIn('tiepnhan');
  await page.goto(url(`/mot-cua/ho-so/${code}`));
  await act('return-result', (form) => form.locator('input[value="online"]').check());
  assert.equal((await page.locator('.facts .status').first().textContent()).trim(), 'Đã trả kết quả');
  await screenshot(page, 'returned-backoffice');
  await logOut();
});

test('the citizen and the public lookup see status 10', async () => {
  await logIn('congdan');
  await page.goto(url(`/ho-so/${code}`));
  assert.equal((await page.locator('.facts .status').first().textContent()).trim(), 'Đã trả kết quả');
  assert.equal(await page.locator('.timeline .actor').count(), 0, "officials' names stay hidden");
  const download = await page.request.get(url(await page.locator('table a[download]').first().getAttribute('href')));
  assert.equal(download.status(), 200);
  assert.match(download.headers()['content-disposition'], /^attachment;/);
  assert.equal(download.headers()['content-type'], 'application/pdf');
  assert.equal(download.headers()['x-content-type-options'], 'nosniff');
  await screenshot(page, 'citizen-dossier-returned');
  await logOut();

  await page.goto(url('/tra-cuu'));
  await page.fill('#ma', code);
  await Promise.all([page.waitForURL(/\/tra-cuu\?ma=/), page.click('.lookup-form button[type="submit"]')]);
  assert.equal((await page.locator('#lookup-status').textContent()).trim(), 'Đã trả kết quả');
  assert.equal(await page.getByText('Nguyễn Văn An').count(), 0, 'no personal data in the lookup');
  await screenshot(page, 'public-lookup');

  await page.goto(url('/tra-cuu?ma=H29.50-000000-9999'));
  await page.locator('.panel-warning').waitFor();
  await page.goto(url('/khong-co-trang-nay'));
  await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(url('/'));
  await screenshot(page, 'home-360px');
  assert.deepEqual(problems, [], 'no console errors (a CSP violation would show here)');
});
