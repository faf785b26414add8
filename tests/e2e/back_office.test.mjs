// The back office as its officials meet it: the desk takes in a walk-in liên thông dossier and
// prints form 01; the ward's specialist and leader, the police and social insurance each complete
// their step in turn, and the dossier comes back resolved with every step on time.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { act, closeSession, fillBirthForm, logIn, logOut, openSession } from './browser_session.mjs';
import { screenshot } from './support.mjs';

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
