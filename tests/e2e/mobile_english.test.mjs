// A phone in English (requirements §12: smartphones; the portal in two languages): at 360 px a
// citizen switches to English once with ?lang=en, and the choice holds through login, search, the
// procedure page, the e-form with its error summary, review and submission. Every label on the way
// is English and no page is wider than the screen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { closeSession, fillBirthForm, logIn, openSession } from './browser_session.mjs';
import { screenshot, smallPdf } from './support.mjs';

let server;
let browser;
let page;
let problems;

before(async () => {
  ({ server, browser, page, problems } = await openSession());
  await page.setViewportSize({ width: 360, height: 740 });
});

after(() => closeSession({ browser, server }));

// The page is in English and fits the phone's width.
async function englishAndNarrow(what) {
  assert.equal(await page.getAttribute('html', 'lang'), 'en', `${what} is in English`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${what} is ${width}px wide on a 360px screen`);
}

test('?lang=en switches the portal to English and the choice holds after login', async () => {
  await page.goto(`${server.url}/?lang=en`);
  await page.getByRole('heading', { level: 1, name: 'Find administrative procedures and online public services' }).waitFor();
  await englishAndNarrow('the home page');
  await screenshot(page, 'mobile-en-home');

  await page.goto(`${server.url}/`);
  await englishAndNarrow('the home page without ?lang');
  await logIn(page, server.url, 'congdan');
  await page.getByRole('button', { name: 'Log out' }).waitFor();
  await englishAndNarrow('the page after login');
});

test('search finds birth registration and its page offers to apply online', async () => {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Keyword').fill('khai sinh');
  await Promise.all([page.waitForURL(/\/thu-tuc\?/), page.getByRole('button', { name: 'Search', exact: true }).click()]);
  const result = page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true });
  await result.waitFor();
  await englishAndNarrow('the search results');
  await screenshot(page, 'mobile-en-search');

  await Promise.all([page.waitForURL(/\/thu-tuc\/1\.001193$/), result.click()]);
  await page.getByRole('button', { name: 'Apply online' }).waitFor();
  await englishAndNarrow('the procedure page');
  await screenshot(page, 'mobile-en-procedure');
});

test('the e-form speaks English, errors included, and fits the screen', async () => {
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Apply online' }).click(),
  ]);
  await page.getByRole('heading', { level: 2, name: 'Attached documents' }).waitFor();
  await englishAndNarrow('the e-form');

  await fillBirthForm(page);
  await page.getByRole('button', { name: 'Review and submit', exact: true }).click();
  const summary = page.locator('#error-summary');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.equal(await summary.locator('a[href="#f-ngay_sinh"]').count(), 1);
  const message = (await page.locator('#f-ngay_sinh-error').textContent()).trim();
  assert.ok(message && !/[ăâđêôơư]/i.test(message), `the date's message is English: "${message}"`);
  await englishAndNarrow('the e-form with errors');
  await screenshot(page, 'mobile-en-eform-errors');

  await page.fill('#f-ngay_sinh', '2026-11-23');
  await page.setInputFiles('#c-giay-chung-sinh', {
    name: 'birth-certificate.pdf', mimeType: 'application/pdf', buffer: smallPdf('Birth certificate'),
  });
  await englishAndNarrow('the filled e-form');
});

test('review and submission in English give the dossier code', async () => {
  await Promise.all([
    page.waitForURL(/\/xem-lai$/),
    page.getByRole('button', { name: 'Review and submit', exact: true }).click(),
  ]);
  assert.match(await page.title(), /^Review the dossier before submitting/);
  await page.getByRole('heading', { level: 2, name: 'Attached documents' }).waitFor();
  await page.getByRole('link', { name: 'birth-certificate.pdf' }).waitFor();
  await englishAndNarrow('the review page');
  await screenshot(page, 'mobile-en-review');

  await page.getByLabel(/I declare that the information given above is true/).check();
  await Promise.all([
    page.waitForURL(/\/da-nop$/),
    page.getByRole('button', { name: 'Submit dossier', exact: true }).click(),
  ]);
  await page.getByRole('heading', { level: 1, name: 'Dossier submitted' }).waitFor();
  assert.match((await page.locator('#dossier-code').textContent()).trim(), /^[A-Z0-9.]+-\d{6}-\d{4,}$/);
  await englishAndNarrow('the acknowledgement');
  await screenshot(page, 'mobile-en-submitted');
  assert.deepEqual(problems, []);
});
