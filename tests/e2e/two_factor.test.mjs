// Two-step verification as a user meets it (requirements §8): an official turns it on from the
// account page by the QR code's key, keeps the recovery codes, and from then on signs in with the
// password and the code an authenticator app shows.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import { closeSession, logIn, logOut, openSession } from './browser_session.mjs';
import { password, screenshot } from './support.mjs';

let session;

before(async () => {
  session = await openSession();
});

after(async () => {
  await closeSession(session ?? {});
});

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/\s/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

// RFC 6238, as an authenticator app computes it, `shift` seconds from now.
function totp(secret, shift = 0) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor((Date.now() / 1000 + shift) / 30)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

test('an official turns on two-step verification and signs in with a code', async () => {
  const { page, server, problems } = session;
  await logIn(page, server.url, 'chuyenvien');
  await page.goto(`${server.url}/tai-khoan`);
  await page.getByRole('link', { name: 'Xác thực hai bước' }).click();
  await page.fill('#f-current_password', password);
  await page.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
  await page.locator('.qr-code svg').waitFor();
  await screenshot(page, 'two-factor-enrol');
  const secret = await page.locator('.secret').textContent();
  await page.fill('#f-code', '000000');
  await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await page.locator('#error-summary a[href="#f-code"]').waitFor();
  await page.fill('#f-code', totp(secret));
  await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
  const codes = page.locator('.code-list li');
  await codes.first().waitFor();
  assert.equal(await codes.count(), 10);
  await screenshot(page, 'two-factor-recovery-codes');

  await page.goto(`${server.url}/mot-cua`);
  await logOut(page);
  await page.fill('#f-username', 'chuyenvien');
  await page.fill('#f-password', password);
  await Promise.all([
    page.waitForURL(/\/dang-nhap\/ma-xac-thuc/),
    page.click('form[action="/dang-nhap"] button[type="submit"]'),
  ]);
  await page.goto(`${server.url}/mot-cua`);
  assert.match(page.url(), /\/dang-nhap\/ma-xac-thuc/, 'nothing opens before the code');
  await page.fill('#f-code', '111111');
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.locator('#error-summary a[href="#f-code"]').waitFor();
  await screenshot(page, 'two-factor-code-refused');
  await page.fill('#f-code', totp(secret, 30));
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/mot-cua'),
    page.getByRole('button', { name: 'Xác nhận' }).click(),
  ]);
  await page.goto(`${server.url}/tai-khoan/xac-thuc-hai-buoc`);
  assert.match(await page.locator('.status-line').textContent(), /đang bật/);
  assert.deepEqual(problems, []);
});
