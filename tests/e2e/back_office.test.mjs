// The back office as its officials meet it: the desk takes in a walk-in liên thông dossier and
// prints form 01; the ward's specialist and leader, the police and social insurance each complete
// their step in turn, and the dossier comes back resolved with every step on time. The leader then
// signs the result; poppler's pdfsig accepts the signed file, the public verification page confirms
// it, and a copy changed afterwards is refused there.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { act, closeSession, fillBirthForm, logIn, logOut, openSession } from './browser_session.mjs';
import { screenshot, smallPdf } from './support.mjs';

let session;
let code;

before(async () => {
  session = await openSession();
});

after(async () => {
  await closeSession(session ?? {});
});

test('the desk takes in a walk-in dossier and form 01 is ready to print', async () => {
  const { page, server } = session;
  await logIn(page, server.url, 'tiepnhan');
  await page.getByRole('link', { name: 'Tiếp nhận hồ sơ trực tiếp' }).click();
  await page.selectOption('#f-thu-tuc', 'LT.0001');
  await page.getByRole('button', { name: 'Chọn thủ tục' }).click();
  await page.locator('#f-applicant-full_name').waitFor();
  await page.fill('#f-applicant-full_name', 'Ngô Thị Hạnh');
  await page.fill('#f-applicant-id_number', '12345');
  await fillBirthForm(page);
  await page.fill('#f-ngay_sinh', '2026-11-25');
  await page.getByRole('button', { name: 'Tiếp nhận và in Mẫu 01' }).click();
  await page.locator('#error-summary a[href="#f-applicant-id_number"]').waitFor();
  await screenshot(page, 'intake-refused');
  await page.fill('#f-applicant-id_number', '079188000111');
  await page.fill('#f-ho_ten_nguoi_di_khai', 'Ngô Thị Hạnh');
  await page.fill('#f-ngay_sinh', '2026-11-25');
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('xong') === 'intake'),
    page.getByRole('button', { name: 'Tiếp nhận và in Mẫu 01' }).click(),
  ]);
  code = new URL(page.url()).pathname.split('/').pop();
  assert.match(code, /^H29\.50-\d{6}-\d{4}$/);
  await screenshot(page, 'intake-received');
  // Số hóa: the desk scans the declaration it was handed into its component.
  await page.setInputFiles('#f-scan', {
    name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: smallPdf('To khai'),
  });
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('thong-bao') === 'so-hoa'),
    page.getByRole('button', { name: 'Lưu bản số hóa' }).click(),
  ]);
  assert.equal(await page.locator('.tag', { hasText: 'Số hóa' }).count(), 1);
  const form01 = await page.locator('a[href$="phieu-tiep-nhan.pdf"]').first().getAttribute('href');
  const pdf = await page.request.get(new URL(form01, server.url).href);
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');
  await logOut(page);
});

test('a liên thông dossier goes through the ward, the police and social insurance', async () => {
  const { page, server, problems } = session;
  for (const official of ['chuyenvien', 'lanhdao', 'congan', 'baohiem']) {
    await logIn(page, server.url, official);
    await page.goto(`${server.url}/mot-cua`);
    await page.getByRole('link', { name: code }).click();
    await act(page, 'complete-step');
    if (official === 'congan') await screenshot(page, 'lien-thong-police-done');
    await logOut(page);
  }
  await logIn(page, server.url, 'tiepnhan');
  await page.goto(`${server.url}/mot-cua/ho-so/${code}`);
  const statuses = await page.locator('.steps-table .step-status').allTextContents();
  assert.deepEqual(statuses, ['Đã xong', 'Đã xong', 'Đã xong', 'Đã xong']);
  assert.equal(await page.locator('.steps-table .timeliness-late').count(), 0);
  const control = await page.locator('a[href$="/forms/06.pdf"]').getAttribute('href');
  const sheet = await page.request.get(new URL(control, server.url).href);
  assert.equal(sheet.status(), 200, 'the control sheet of every hand-off downloads');
  await screenshot(page, 'lien-thong-resolved');
  assert.deepEqual(problems, []);
});

test('the leader signs the result, which pdfsig and the verification page accept', async () => {
  const { page, server, problems } = session;
  await logIn(page, server.url, 'lanhdao');
  await page.goto(`${server.url}/mot-cua/ho-so/${code}`);
  // A damaged PDF cannot be signed: the leader is told so, nothing is kept.
  await page.setInputFiles('#f-file', {
    name: 'hong.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  await page.getByRole('button', { name: 'Đính kèm kết quả' }).click();
  await page.locator('#f-file-error').waitFor();
  assert.match(await page.locator('#f-file-error').textContent(), /Không đọc được tệp PDF/);
  // The result stands for the birth certificate: a real PDF, here the dossier's own receipt.
  const receipt = await page.request.get(`${server.url}/ho-so/${code}/phieu-tiep-nhan.pdf`);
  await page.setInputFiles('#f-file', {
    name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: await receipt.body(),
  });
  assert.equal(await page.locator('#f-sign').isChecked(), true, 'signing is offered and proposed');
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('thong-bao') === 'ket-qua'),
    page.getByRole('button', { name: 'Đính kèm kết quả' }).click(),
  ]);
  const badge = page.locator('a.signature-badge').first();
  const verifyUrl = await badge.getAttribute('href');
  assert.match(verifyUrl, /^\/xac-thuc\/[A-Za-z0-9_-]+$/);
  const resultUrl = await page.locator('.tracking-results a[download]').first().getAttribute('href');
  const signed = await (await page.request.get(new URL(resultUrl, server.url).href)).body();
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-sig-'));
  writeFileSync(path.join(dir, 'signed.pdf'), signed);
  const pdfsig = execFileSync('pdfsig', [path.join(dir, 'signed.pdf')]).toString();
  assert.match(pdfsig, /Signature is Valid/);
  await logOut(page);

  // Anyone, signed in or not, follows the stamp's address.
  await page.goto(new URL(verifyUrl, server.url).href);
  await page.getByRole('heading', { name: 'Chữ ký số hợp lệ' }).waitFor();
  assert.equal((await page.locator('#verify-signed-by').textContent()).trim().length > 0, true);
  await screenshot(page, 'verify-valid');

  const altered = Buffer.from(signed);
  altered[Math.floor(altered.length / 4)] ^= 1;
  await page.setInputFiles('#f-file', {
    name: 'ban-sao.pdf', mimeType: 'application/pdf', buffer: altered,
  });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await page.getByRole('heading', { name: 'Văn bản không hợp lệ' }).waitFor();
  assert.match(await page.locator('#verify-problem').textContent(), /thay đổi sau khi ký/);
  await screenshot(page, 'verify-altered');
  assert.deepEqual(problems, []);
});
