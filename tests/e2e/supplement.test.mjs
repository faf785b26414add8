// The citizen's other duties in Chromium: reception asks for a clearer birth certificate, the
// citizen answers with a new upload from the dossier page, then withdraws the dossier (first
// without a reason, which the page refuses beside the field).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { act, closeSession, fillBirthForm, logIn, logOut, openSession, reviewAndSubmit } from './browser_session.mjs';
import { screenshot, smallPdf } from './support.mjs';

let server;
let browser;
let page;
let problems;
let code;

before(async () => {
  ({ server, browser, page, problems } = await openSession());
});

after(() => closeSession({ browser, server }));

const status = async () => (await page.locator('.facts .status').first().textContent()).trim();
const certificate = (name) => ({ name, mimeType: 'application/pdf', buffer: smallPdf(name) });

test('the citizen uploads and submits in one go', async () => {
  await logIn(page, server.url, 'congdan');
  await page.goto(`${server.url}/thu-tuc/1.001193`);
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  await fillBirthForm(page);
  await page.fill('#f-ngay_sinh', '2026-11-21');
  await page.setInputFiles('#c-giay-chung-sinh', certificate('chung-sinh-mo.pdf'));
  await reviewAndSubmit(page);
  code = (await page.locator('#dossier-code').textContent()).trim();
  await logOut(page);
});

test('reception asks for a clearer certificate', async () => {
  await logIn(page, server.url, 'tiepnhan');
  await page.goto(`${server.url}/mot-cua/ho-so/${code}`);
  await act(page, 'request-supplement', async (form) => {
    await form.locator('textarea[name="reason"]').fill('Ảnh giấy chứng sinh bị mờ, đề nghị tải lại.');
    await form.locator('input[value="giay-chung-sinh"]').check();
  });
  assert.equal(await status(), 'Yêu cầu bổ sung giấy tờ');
  await logOut(page);
});

test('the citizen answers the request from the dossier page', async () => {
  await logIn(page, server.url, 'congdan');
  await page.goto(`${server.url}/ho-so/${code}`);
  const panel = page.locator('section.panel-warning');
  await panel.getByText('Ảnh giấy chứng sinh bị mờ').waitFor();
  await screenshot(page, 'supplement-requested');
  await panel.locator('#c-giay-chung-sinh').setInputFiles(certificate('chung-sinh-ro.pdf'));
  await panel.locator('#f-comment').fill('Đã chụp lại rõ nét.');
  await Promise.all([
    page.waitForURL(/thong-bao=bo-sung/),
    panel.getByRole('button', { name: 'Gửi bổ sung' }).click(),
  ]);
  assert.equal(await status(), 'Mới đăng ký', 'back at the reception desk');
  await page.getByRole('link', { name: 'chung-sinh-ro.pdf' }).waitFor();
});

test('the citizen withdraws, with a reason', async () => {
  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await page.locator('.error-summary a[href="#f-reason"]').waitFor();
  await page.fill('#f-reason', 'Gia đình đăng ký trực tiếp tại phường.');
  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Xác nhận rút hồ sơ' }).waitFor();
  assert.equal(await page.locator('.facts .status').count(), 0, 'a confirmation page, not the dossier');
  await Promise.all([
    page.waitForURL(/thong-bao=rut/),
    page.getByRole('button', { name: 'Xác nhận rút hồ sơ' }).click(),
  ]);
  assert.equal(await status(), 'Công dân yêu cầu rút hồ sơ');
  assert.equal(await page.locator('#f-reason').count(), 0, 'no second withdrawal offered');
  await screenshot(page, 'withdrawn');
  assert.deepEqual(problems, []);
});
