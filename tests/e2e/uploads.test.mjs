// Uploads on the e-form in Chromium (requirements P7): several files to one component with a
// progress list, a thumbnail for an image, replace and delete in place; a file that only claims to
// be a PDF and one over the per-file limit are refused beside the field and in the error summary,
// and the draft keeps its other files and answers. Then the same widget with JavaScript off, where
// each button posts the form and the server draws the pages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { closeSession, fillBirthForm, logIn, openSession } from './browser_session.mjs';
import { screenshot, smallPdf, smallPng, startBrowser } from './support.mjs';

const tooLarge = 10.5 * 1024 * 1024;  // over the demo's 10 MB per file, under the request limit

let server;
let browser;
let plain;  // a second browser with JavaScript disabled
let page;
let problems;

before(async () => {
  ({ server, browser, page, problems } = await openSession());
});

after(async () => {
  await plain?.close();
  await closeSession({ browser, server });
});

const pdf = (name) => ({ name, mimeType: 'application/pdf', buffer: smallPdf(name) });
const png = (name) => ({ name, mimeType: 'image/png', buffer: smallPng() });
const notPdf = (name) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from('Đây là văn bản, không phải PDF.\n') });
const huge = (name) => ({ name, mimeType: 'application/pdf', buffer: Buffer.alloc(tooLarge, 0x20) });

async function startBirthDraft(target) {
  await target.goto(`${server.url}/thu-tuc/1.001193`);
  await Promise.all([
    target.waitForURL(/\/ho-so\/\d+\/sua/),
    target.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  return target.url();
}

const fileNames = async (block) => (await block.locator('.upload-files a[download]').allTextContents()).map((t) => t.trim());

// The refusal is beside the component (announced, tied to the input) and in the page's summary.
async function assertRefused(target, message) {
  const beside = target.locator('#c-giay-chung-sinh-error');
  await beside.waitFor();
  assert.match(await beside.textContent(), message);
  const input = target.locator('#c-giay-chung-sinh');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.match(await input.getAttribute('aria-describedby'), /c-giay-chung-sinh-error/);
  const summary = target.locator('#error-summary');
  await summary.waitFor();
  const link = summary.locator('a[href="#c-giay-chung-sinh"]');
  assert.equal(await link.count(), 1, 'the summary links to the file input');
  assert.match(await link.textContent(), message);
}

test('several files go to one component with progress, and an image gets a thumbnail', async () => {
  await logIn(page, server.url, 'congdan');
  await startBirthDraft(page);
  await fillBirthForm(page);
  await page.fill('#f-ngay_sinh', '2026-11-24');
  const block = page.locator('#c-giay-chung-sinh-block');
  await block.locator('#c-giay-chung-sinh').setInputFiles([pdf('mat-truoc.pdf'), pdf('mat-sau.pdf'), png('anh-chup.png')]);
  await block.getByRole('button', { name: 'Tải lên' }).click();

  const progress = page.locator('#c-giay-chung-sinh-block .upload-progress');
  await progress.waitFor();
  for (const name of ['mat-truoc.pdf', 'mat-sau.pdf', 'anh-chup.png']) {
    await progress.getByText(`Đã tải lên ${name}.`).waitFor();
  }
  assert.equal(await progress.getAttribute('aria-live'), 'polite', 'the progress is announced');
  assert.deepEqual(await fileNames(block), ['mat-truoc.pdf', 'mat-sau.pdf', 'anh-chup.png']);
  assert.equal(await page.getAttribute('#c-giay-chung-sinh-block', 'data-has-files'), 'true');

  const thumbnail = block.locator('.upload-file', { hasText: 'anh-chup.png' }).locator('img.upload-thumb');
  await thumbnail.waitFor();
  await page.waitForFunction((image) => image.complete && image.naturalWidth > 0, await thumbnail.elementHandle());
  const answer = await page.request.get(new URL(await thumbnail.getAttribute('src'), server.url).href);
  assert.equal(answer.status(), 200);
  assert.equal(answer.headers()['content-type'], 'image/png');
  assert.equal(await block.locator('.upload-file', { hasText: 'mat-truoc.pdf' }).locator('img').count(), 0,
    'a PDF shows its type, not a picture');
  await screenshot(page, 'uploads-three-files');
});

test('one file is replaced and another deleted in place', async () => {
  const block = page.locator('#c-giay-chung-sinh-block');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    block.getByRole('button', { name: 'Thay tệp mat-sau.pdf' }).click(),
  ]);
  await chooser.setFiles(pdf('mat-sau-ro-net.pdf'));
  await page.locator('#c-giay-chung-sinh-block').getByRole('link', { name: 'mat-sau-ro-net.pdf' }).waitFor();
  assert.deepEqual((await fileNames(block)).sort(), ['anh-chup.png', 'mat-sau-ro-net.pdf', 'mat-truoc.pdf']);

  await block.getByRole('button', { name: 'Xóa tệp mat-truoc.pdf' }).click();
  await block.getByRole('link', { name: 'mat-truoc.pdf' }).waitFor({ state: 'detached' });
  assert.deepEqual((await fileNames(block)).sort(), ['anh-chup.png', 'mat-sau-ro-net.pdf']);
});

test('a file that is not really a PDF, and one over the limit, are refused where they were chosen', async () => {
  const block = page.locator('#c-giay-chung-sinh-block');
  await block.locator('#c-giay-chung-sinh').setInputFiles(notPdf('gia-mao.pdf'));
  await block.getByRole('button', { name: 'Tải lên' }).click();
  await assertRefused(page, /gia-mao\.pdf không phải PDF, JPEG hoặc PNG/);
  await screenshot(page, 'uploads-refused-type');

  await block.locator('#c-giay-chung-sinh').setInputFiles(huge('qua-lon.pdf'));
  await block.getByRole('button', { name: 'Tải lên' }).click();
  await assertRefused(page, /qua-lon\.pdf có dung lượng 10\.5 MB, vượt quá giới hạn 10 MB mỗi tệp/);
  assert.deepEqual((await fileNames(block)).sort(), ['anh-chup.png', 'mat-sau-ro-net.pdf'], 'nothing else changed');

  // A good file afterwards clears the message in both places.
  await block.locator('#c-giay-chung-sinh').setInputFiles(pdf('mat-truoc-moi.pdf'));
  await block.getByRole('button', { name: 'Tải lên' }).click();
  await block.getByRole('link', { name: 'mat-truoc-moi.pdf' }).waitFor();
  await page.locator('#c-giay-chung-sinh-error').waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#error-summary a[href="#c-giay-chung-sinh"]').count(), 0);
  assert.equal(await page.locator('#c-giay-chung-sinh').getAttribute('aria-invalid'), null);

  // The draft on the server kept the good files and the answers.
  await page.reload();
  assert.deepEqual((await fileNames(page.locator('#c-giay-chung-sinh-block'))).sort(),
    ['anh-chup.png', 'mat-sau-ro-net.pdf', 'mat-truoc-moi.pdf']);
  assert.equal(await page.inputValue('#f-ho_ten_tre'), 'Nguyễn Bảo Na');
  assert.equal(await page.locator('#c-giay-chung-sinh-error').isVisible(), false, 'a fresh page has no stale error');
  assert.deepEqual(problems, []);
});

test('without JavaScript the same buttons post the form and the server answers', async () => {
  plain = await startBrowser({ javaScriptEnabled: false });
  const form = await plain.context.newPage();
  await logIn(form, server.url, 'congdan');
  const draft = await startBirthDraft(form);
  await form.fill('#f-ho_ten_tre', 'Lê Minh Khoa');
  const block = form.locator('#c-giay-chung-sinh-block');
  await block.locator('#c-giay-chung-sinh').setInputFiles([pdf('trang-1.pdf'), png('trang-2.png')]);
  await Promise.all([
    form.waitForURL(/thong-bao=uploaded/),
    block.getByRole('button', { name: 'Tải lên' }).click(),
  ]);
  assert.deepEqual(await fileNames(block), ['trang-1.pdf', 'trang-2.png']);
  assert.equal(await form.inputValue('#f-ho_ten_tre'), 'Lê Minh Khoa', 'the answers went with the files');
  await block.locator('img.upload-thumb').waitFor();

  // A refusal comes back on the component's own page, with the summary and the message.
  await block.locator('#c-giay-chung-sinh').setInputFiles(notPdf('gia-mao.pdf'));
  const refused = form.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/giay-to/'));
  await block.getByRole('button', { name: 'Tải lên' }).click();
  assert.equal((await refused).status(), 400);
  await assertRefused(form, /gia-mao\.pdf không phải PDF, JPEG hoặc PNG/);
  await screenshot(form, 'uploads-plain-refused');

  await form.locator('#c-giay-chung-sinh').setInputFiles(huge('qua-lon.pdf'));
  const tooBig = form.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/giay-to/'));
  await form.getByRole('button', { name: 'Tải lên' }).click();
  assert.equal((await tooBig).status(), 413);
  await assertRefused(form, /qua-lon\.pdf có dung lượng 10\.5 MB, vượt quá giới hạn 10 MB mỗi tệp/);

  // Replace through its own page; a bad replacement is refused there first.
  await form.goto(draft);
  await Promise.all([
    form.waitForURL(/\/tep\/\d+\/thay$/),
    form.getByRole('button', { name: 'Thay tệp trang-1.pdf' }).click(),
  ]);
  await form.setInputFiles('#replacement', notPdf('van-gia.pdf'));
  await form.getByRole('button', { name: 'Thay tệp', exact: true }).click();
  await form.locator('#error-summary a[href="#replacement"]').waitFor();
  assert.match(await form.locator('#replacement-error').textContent(), /van-gia\.pdf không phải PDF/);
  await form.setInputFiles('#replacement', pdf('trang-1-moi.pdf'));
  await Promise.all([
    form.waitForURL(/\/sua\?thong-bao=uploaded/),
    form.getByRole('button', { name: 'Thay tệp', exact: true }).click(),
  ]);
  assert.deepEqual((await fileNames(block)).sort(), ['trang-1-moi.pdf', 'trang-2.png']);

  await Promise.all([
    form.waitForURL(/thong-bao=deleted/),
    form.getByRole('button', { name: 'Xóa tệp trang-2.png' }).click(),
  ]);
  assert.deepEqual(await fileNames(block), ['trang-1-moi.pdf']);
  assert.equal(await form.inputValue('#f-ho_ten_tre'), 'Lê Minh Khoa');
  await screenshot(form, 'uploads-plain-after');
});
