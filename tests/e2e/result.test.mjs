// The electronic result in Chromium (requirements P11, P13): a birth registration goes through
// reception, the specialist and the head; reception attaches the signed result and returns it
// online; the citizen then sees status 10 with the timeline and downloads the result, the
// acknowledgement and form 01 as PDFs, and the public lookup shows the status and no personal data.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { act, closeSession, fillBirthForm, logIn, logOut, openSession, reviewAndSubmit } from './browser_session.mjs';
import { artifacts, screenshot, smallPdf } from './support.mjs';

let server;
let browser;
let page;
let problems;
let code;

before(async () => {
  ({ server, browser, page, problems } = await openSession());
});

after(() => closeSession({ browser, server }));

const url = (path) => server.url + path;
const status = async () => (await page.locator('.facts .status').first().textContent()).trim();

// Clicks a download link as a person would and returns what the browser saved; a copy stays with
// the screenshots, for a person to look at the printouts too.
async function download(link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(await file.failure(), null);
  await file.saveAs(path.join(artifacts, `download-${file.suggestedFilename()}`));
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('the citizen submits a birth registration', async () => {
  await logIn(page, server.url, 'congdan');
  await page.goto(url('/thu-tuc/1.001193'));
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  await fillBirthForm(page);
  await page.fill('#f-ngay_sinh', '2026-11-22');
  await page.setInputFiles('#c-giay-chung-sinh', {
    name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: smallPdf('Giay chung sinh'),
  });
  await reviewAndSubmit(page);
  code = (await page.locator('#dossier-code').textContent()).trim();
  assert.match(code, /^[A-Z0-9.]+-\d{6}-\d{4,}$/);
  await logOut(page);
});

test('reception receives and forwards; the specialist passes it to the head, who approves', async () => {
  await logIn(page, server.url, 'tiepnhan');
  await page.goto(url(`/mot-cua/ho-so/${code}`));
  await act(page, 'receive');
  await act(page, 'forward', (form) => form.locator('select[name="to"]').selectOption('chuyenvien'));
  await logOut(page);

  await logIn(page, server.url, 'chuyenvien');
  await page.goto(url(`/mot-cua/ho-so/${code}`));
  await act(page, 'forward', (form) => form.locator('select[name="to"]').selectOption('lanhdao'));
  await logOut(page);

  await logIn(page, server.url, 'lanhdao');
  await page.goto(url(`/mot-cua/ho-so/${code}`));
  await act(page, 'approve', (form) => form.locator('textarea[name="comment"]').fill('Đồng ý cấp Giấy khai sinh.'));
  await logOut(page);
});

test('reception attaches the signed result and returns it online', async () => {
  await logIn(page, server.url, 'tiepnhan');
  await page.goto(url(`/mot-cua/ho-so/${code}`));
  const panel = page.locator('#ket-qua');
  assert.equal(await panel.locator('.tracking-results li').count(), 0);

  // A result that is not a PDF is refused beside the field, and nothing is attached.
  await panel.getByLabel('Tệp kết quả (PDF)').setInputFiles({
    name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('chỉ là văn bản'),
  });
  await panel.getByRole('button', { name: 'Đính kèm kết quả' }).click();
  await page.locator('#f-file-error').waitFor();
  assert.equal(await page.locator('#f-file[aria-invalid="true"]').count(), 1);
  assert.equal(await page.locator('#ket-qua .tracking-results li').count(), 0);

  await page.locator('#f-file').setInputFiles({
    name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: smallPdf('Giay khai sinh ban chinh'),
  });
  await Promise.all([
    page.waitForURL(/thong-bao=ket-qua/),
    page.getByRole('button', { name: 'Đính kèm kết quả' }).click(),
  ]);
  await page.locator('#ket-qua .tracking-results').getByRole('link', { name: /giay-khai-sinh\.pdf/ }).waitFor();

  await act(page, 'return-result', (form) => form.locator('input[value="online"]').check());
  assert.equal(await status(), 'Đã trả kết quả');
  await screenshot(page, 'result-backoffice-returned');
  await logOut(page);
});

test('the citizen sees status 10 and the timeline, and downloads the result and the papers', async () => {
  await logIn(page, server.url, 'congdan');
  await page.goto(url(`/ho-so/${code}`));
  assert.equal(await status(), 'Đã trả kết quả');
  assert.equal(await page.locator('.facts .status.status-returned').count(), 1, 'status 10');
  const steps = page.locator('.tracking-timeline > li');
  assert.ok(await steps.count() >= 5, `submitted, received, forwarded twice, approved, returned: ${await steps.count()}`);
  assert.match(await steps.last().textContent(), /Đã trả kết quả/);
  const timeline = await page.locator('.tracking-timeline').textContent();
  for (const official of ['Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung']) {
    assert.ok(!timeline.includes(official), `the timeline names ${official}`);
  }

  const results = page.getByRole('region', { name: 'Kết quả điện tử' });
  const result = await download(results.getByRole('link', { name: /giay-khai-sinh\.pdf/ }));
  assert.equal(result.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(result.bytes.toString('latin1'), /Giay khai sinh ban chinh/, 'the file reception attached');

  const receipt = await download(page.getByRole('link', { name: 'Biên nhận hồ sơ điện tử (PDF)' }));
  assert.equal(receipt.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(await page.getByRole('link', { name: 'Biên nhận hồ sơ điện tử (PDF)' }).getAttribute('href'),
    new RegExp(`/ho-so/${code.replace(/\./g, '\\.')}/bien-nhan\\.pdf$`));
  const form01 = await download(page.getByRole('link', { name: /Mẫu 01/ }));
  assert.equal(form01.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.notDeepEqual(form01.bytes, receipt.bytes);

  await screenshot(page, 'result-citizen-1280');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the dossier page is ${overflow}px wider than the screen`);
  await screenshot(page, 'result-citizen-360');
  await page.setViewportSize({ width: 1280, height: 900 });
  await logOut(page);
});

test('the public lookup shows the status and no personal data', async () => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(url(`/tra-cuu?ma=${encodeURIComponent(code)}`));
    assert.equal((await page.locator('#lookup-status').textContent()).trim(), 'Đã trả kết quả');
    const text = await page.locator('main').textContent();
    for (const personal of ['Nguyễn Văn An', 'Nguyễn Bảo Na', 'Trần Thị Mai', '001190012345', 'giay-khai-sinh.pdf']) {
      assert.ok(!text.includes(personal), `the lookup shows "${personal}"`);
    }
    assert.equal(await page.locator('main a[href*="/tep/"], main a[href$=".pdf"]').count(), 0, 'no file is offered');
    await screenshot(page, `result-lookup-${width}`);
  }
  assert.deepEqual(problems, []);
});
