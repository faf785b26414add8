// Phản ánh, kiến nghị as people meet it: a citizen without an account sends feedback and keeps its
// code, a leader gives it to a specialist, the specialist answers and publishes it, and anyone
// finds the answer on the portal.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSession, logIn, logOut, openSession } from './browser_session.mjs';
import { screenshot, smallPng } from './support.mjs';

let session;
let code;

before(async () => { session = await openSession(); });
after(async () => { await closeSession(session); });

test('anyone sends feedback and gets a code to follow it', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/phan-anh-kien-nghi`);
  await page.click('#feedback-send');
  assert.equal(await page.locator('#error-summary').count(), 1, 'the empty form is refused');
  await page.fill('#f-subject', 'Chờ lâu tại quầy tiếp nhận');
  await page.fill('#f-body', 'Sáng thứ Hai tôi phải chờ hơn hai giờ mới được tiếp nhận hồ sơ.');
  await page.fill('#f-contact', 'nguoidan@example.vn');
  await page.setInputFiles('#f-attachments', { name: 'hang-cho.png', mimeType: 'image/png', buffer: smallPng() });
  await page.check('#f-consent');
  await Promise.all([page.waitForURL(/thong-bao=da-gui/), page.click('#feedback-send')]);
  code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
  assert.match(code, /^PA\d{6}-[0-9A-F]{10}$/);
  assert.equal(await page.locator('#feedback-status').textContent(), 'Đã tiếp nhận');
  await screenshot(page, 'feedback-sent');
  assert.deepEqual(session.problems, []);
});

test('a leader assigns it and the specialist answers and publishes it', async () => {
  const { page, server } = session;
  await logIn(page, server.url, 'lanhdao');
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/mot-cua\/phan-anh$/), page.click('#feedback-link')]);
  await Promise.all([page.waitForURL(/\/mot-cua\/phan-anh\/PA/), page.click(`a[href="/mot-cua/phan-anh/${code}"]`)]);
  await page.selectOption('#f-assignee', 'chuyenvien');
  await Promise.all([page.waitForLoadState('load'), page.click('#feedback-assign')]);
  assert.equal(await page.locator('#feedback-status').textContent(), 'Đang xử lý');
  await logOut(page);
  await logIn(page, server.url, 'chuyenvien');
  await page.goto(`${server.url}/mot-cua/phan-anh/${code}`);
  const attachment = page.locator('#feedback-attachments a', { hasText: 'hang-cho.png' });
  const download = await page.request.get(`${server.url}${await attachment.getAttribute('href')}`);
  assert.equal(download.status(), 200);
  assert.equal(download.headers()['content-type'], 'image/png');
  await page.click('#feedback-answer');
  assert.match(await page.locator('#feedback-error').textContent(), /bắt buộc|Bắt buộc|Vui lòng/);
  await page.fill('#f-answer', 'Từ tuần này bộ phận một cửa mở thêm một quầy tiếp nhận vào sáng thứ Hai.');
  await Promise.all([page.waitForLoadState('load'), page.click('#feedback-answer')]);
  assert.equal(await page.locator('#feedback-status').textContent(), 'Đã trả lời');
  await screenshot(page, 'feedback-answered');
  await logOut(page);
});

test('anyone reads the answer by the code and finds it among the published ones', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/phan-anh-kien-nghi/${code}`);
  assert.match(await page.locator('#feedback-answer').textContent(), /mở thêm một quầy/);
  await page.goto(`${server.url}/phan-anh-kien-nghi`);
  await page.fill('#feedback-q', 'quầy tiếp nhận');
  await Promise.all([page.waitForURL(/q=/), page.press('#feedback-q', 'Enter')]);
  assert.equal(await page.locator(`a[href="/phan-anh-kien-nghi/${code}"]`).count(), 1);
  assert.doesNotMatch(await page.locator('main').innerText(), /nguoidan@example\.vn/,
    'the contact is never published');
  await screenshot(page, 'feedback-published');
  assert.deepEqual(session.problems, []);
});
