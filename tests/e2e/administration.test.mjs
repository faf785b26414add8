// Administration as an administrator meets it: a new version of a procedure with a changed fee and
// a new e-form field, published from today; the next citizen's form asks for the new field.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSession, logIn, logOut, openSession } from './browser_session.mjs';
import { screenshot } from './support.mjs';

let session;

before(async () => { session = await openSession(); });
after(async () => { await closeSession(session); });

test('an administrator publishes a version with a new fee and a new field', async () => {
  const { page, server } = session;
  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, server.url, 'quantri');
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/thu-tuc$/), page.click('#procedures-admin-link')]);
  await page.fill('#p-q', 'khai sinh');
  await Promise.all([page.waitForURL(/q=/), page.click('form[role="search"] button')]);
  await Promise.all([
    page.waitForURL(/\/quan-tri\/thu-tuc\/1\.001193$/),
    page.locator('#procedure-list a', { hasText: 'Đăng ký khai sinh' }).first().click(),
  ]);
  const fees = await page.locator('.fee-row').count();
  const last = fees - 1;
  // A field name with a space is refused, and what was typed is kept.
  await page.fill(`#p-fee-name-${last}`, 'Phí cấp bản sao trích lục');
  await page.fill(`#p-fee-amount-${last}`, '8000');
  await page.fill('#p-new-field-label', 'Số điện thoại liên hệ');
  await page.fill('#p-new-field-name', 'so dien thoai');
  await page.selectOption('#p-new-field-type', 'phone');
  await page.check('#p-new-field-required');
  await page.click('#publish-version');
  await page.locator('#error-summary').waitFor();
  assert.equal(await page.inputValue(`#p-fee-amount-${last}`), '8000');
  await screenshot(page, 'procedure-version-refused');
  await page.fill('#p-new-field-name', 'so_dien_thoai_lien_he');
  await Promise.all([page.waitForURL(/da-cong-bo=1/), page.click('#publish-version')]);
  assert.equal(await page.locator('#procedure-versions tbody tr').count(), 2);
  assert.match(await page.locator('#procedure-versions tbody tr').first().textContent(), /Đang áp dụng/);
  await screenshot(page, 'procedure-version-published');

  await page.goto(`${server.url}/thu-tuc/1.001193`);
  assert.match(await page.content(), /Phí cấp bản sao trích lục/);
  await logOut(page);
  await logIn(page, server.url, 'congdan');
  await page.goto(`${server.url}/thu-tuc/1.001193`);
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  await page.locator('#f-so_dien_thoai_lien_he').waitFor();
  assert.deepEqual(session.problems, []);
});

test('an administrator opens an account whose first password must be changed', async () => {
  const { page, server } = session;
  await logOut(page);
  await logIn(page, server.url, 'quantri');
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/nguoi-dung$/), page.click('#users-admin-link')]);
  await page.click('#create-user');
  await page.locator('#error-summary').waitFor();
  await page.fill('#u-username', 'motcua_moi');
  await page.fill('#u-full_name', 'Hồ Thị Mới');
  await page.selectOption('#u-roles', 'specialist');
  await page.selectOption('#u-unit', 'H29.50');
  await page.click('#create-user');
  const password = (await page.locator('#initial-password-value').textContent()).trim();
  assert.ok(password.length >= 12, password);
  assert.match(await page.locator('#user-motcua_moi').textContent(), /Hồ Thị Mới/);
  await screenshot(page, 'user-created');
  await page.locator('#user-motcua_moi .user-toggle').click();
  await page.waitForURL(/xong=1/);
  assert.match(await page.locator('#user-motcua_moi').textContent(), /Đã khóa/);
  await page.locator('#user-motcua_moi .user-toggle').click();
  await page.waitForURL(/xong=1/);
  await logOut(page);
  await page.goto(`${server.url}/dang-nhap`);
  await page.fill('#f-username', 'motcua_moi');
  await page.fill('#f-password', password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/dang-nhap'),
    page.click('form[action="/dang-nhap"] button[type="submit"]'),
  ]);
  assert.match(page.url(), /mat-khau/, 'the first password must be changed at once');
  assert.deepEqual(session.problems, []);
});

test('the audit page shows what the administrator did', async () => {
  const { page, server } = session;
  await page.context().clearCookies();  // the new official stopped at the password change
  await logIn(page, server.url, 'quantri');
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/nhat-ky$/), page.click('#audit-link')]);
  const log = await page.locator('#audit-log').textContent();
  for (const action of ['procedure_version', 'user_disable', 'user_enable', 'login']) {
    assert.match(log, new RegExp(action));
  }
  await page.fill('#a-action', 'user_disable');
  await Promise.all([page.waitForURL(/action=user_disable/), page.click('form.queue-search button')]);
  assert.equal(await page.locator('#audit-log tbody tr').count(), 1);
  const csv = await page.request.get(`${server.url}${await page.locator('#audit-csv').getAttribute('href')}`);
  assert.equal(csv.status(), 200);
  assert.match(await csv.text(), /motcua_moi/);
  await screenshot(page, 'audit-log');
  assert.deepEqual(session.problems, []);
});

test('an administrator adds a unit beneath the province and cannot put it beneath itself', async () => {
  const { page, server } = session;
  await logOut(page);
  await logIn(page, server.url, 'quantri');
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/don-vi$/), page.click('#units-admin-link')]);
  await page.fill('#unit-code', 'H29.77');
  await page.fill('#unit-name', 'Ủy ban nhân dân xã Hòa Bình');
  await page.selectOption('#unit-parent', 'H29');
  await page.selectOption('#unit-kind', 'commune');
  await page.fill('#unit-phone', '12');
  await page.click('#save-unit');
  await page.locator('#error-summary').waitFor();
  assert.equal(await page.inputValue('#unit-name'), 'Ủy ban nhân dân xã Hòa Bình');
  await page.fill('#unit-phone', '02003800877');
  await Promise.all([page.waitForURL(/xong=1/), page.click('#save-unit')]);
  assert.match(await page.locator('#unit-H29\\.77').textContent(), /Hòa Bình/);
  await screenshot(page, 'unit-added');
  await page.goto(`${server.url}/mot-cua/quan-tri/don-vi?ma=H29`);
  await page.selectOption('#unit-parent', 'H29.77');
  await page.click('#save-unit');
  await page.locator('#error-summary').waitFor();
  assert.match(await page.locator('#error-summary').textContent(), /trực thuộc chính nó/);
  assert.deepEqual(session.problems, []);
});

test('an administrator renames a ward after a reorganisation, and imports a catalog file', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/don-vi-hanh-chinh$/), page.click('#admin-units-link')]);
  assert.match(await page.locator('#admin-unit-list').textContent(), /Thành phố Hà Nội/);
  await Promise.all([page.waitForURL(/tinh=H29/), page.getByRole('link', { name: 'Xem xã, phường Tỉnh Minh An' }).click()]);
  await Promise.all([page.waitForURL(/ma=H29\.12\.11/), page.getByRole('link', { name: 'Đổi tên, chuyển Phường Tây Thành' }).click()]);
  assert.equal(await page.getAttribute('#admin-unit-code', 'readonly'), '');
  await page.fill('#admin-unit-name', '');
  await page.click('#save-admin-unit');
  await page.locator('#error-summary').waitFor();
  assert.equal(await page.inputValue('#admin-unit-code'), 'H29.12.11');
  await page.fill('#admin-unit-name', 'Phường Tây Minh An');
  await Promise.all([page.waitForURL(/tinh=H29&xong=1/), page.click('#save-admin-unit')]);
  assert.match(await page.locator('#admin-unit-H29\\.12\\.11').textContent(), /Phường Tây Minh An/);
  await Promise.all([page.waitForURL(/lich-su=H29\.12\.11/), page.getByRole('link', { name: 'Lịch sử Phường Tây Minh An' }).click()]);
  const history = await page.locator('#admin-unit-changes').textContent();
  assert.match(history, /Phường Tây Thành/);
  assert.match(history, /quantri/);
  await screenshot(page, 'admin-unit-renamed');
  const communes = await (await page.request.get(`${server.url}/api/v1/admin-units?parent=H29`)).json();
  assert.ok(communes.items.some((u) => u.code === 'H29.12.11' && u.name === 'Phường Tây Minh An'),
    'the e-form offers the new name');

  const file = (units) => ({ name: 'don-vi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ units })) });
  const units = [{ code: 'H29', name: 'Tỉnh Minh An', kind: 'province', position: 0 },
    { code: 'H29.12.90', name: 'Đặc khu Hòn Mây', kind: 'special_zone', parent: 'H29' },
    { code: 'H29.12.91', name: 'Xã Lạc', kind: 'commune', parent: 'H77' }];
  await page.setInputFiles('#admin-unit-file', file(units));
  await page.click('#import-admin-units');
  await page.locator('#error-summary').waitFor();
  assert.match(await page.locator('#admin-unit-import-problems').textContent(), /Đơn vị thứ 3 trong tệp, mục Thuộc tỉnh, thành phố: Không có tỉnh/);
  await screenshot(page, 'admin-units-import-refused');
  await page.goto(`${server.url}/mot-cua/quan-tri/don-vi-hanh-chinh`);
  await page.setInputFiles('#admin-unit-file', file(units.slice(0, 2)));
  await Promise.all([page.waitForURL(/nhap=1/), page.click('#import-admin-units')]);
  assert.match(await page.locator('.flash, [role=status]').first().textContent(), /1 đơn vị mới/);
  await page.goto(`${server.url}/mot-cua/quan-tri/don-vi-hanh-chinh?tinh=H29`);
  assert.match(await page.locator('#admin-unit-list').textContent(), /Đặc khu Hòn Mây/);
  assert.deepEqual(session.problems, []);
});

test('an administrator adds a holiday to the working calendar and removes it', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/lich-lam-viec$/), page.click('#calendar-admin-link')]);
  await page.fill('#day-name', 'Nghỉ bù Quốc khánh');
  await page.click('#save-day');
  await page.locator('#error-summary').waitFor();
  await page.fill('#day-date', '2027-09-03');
  await Promise.all([page.waitForURL(/xong=1/), page.click('#save-day')]);
  assert.match(await page.locator('#day-2027-09-03').textContent(), /Nghỉ bù Quốc khánh/);
  await screenshot(page, 'calendar-day-added');
  await Promise.all([page.waitForURL(/xong=1/), page.locator('#day-2027-09-03 button').click()]);
  assert.equal(await page.locator('#day-2027-09-03').count(), 0);
  assert.deepEqual(session.problems, []);
});

test('an administrator adds a fee type to the shared catalogs', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/danh-muc$/), page.click('#catalogs-admin-link')]);
  await Promise.all([page.waitForURL(/loai=fee_type/), page.getByRole('link', { name: 'Loại phí, lệ phí' }).click()]);
  await page.fill('#catalog-code', 'phí có dấu');
  await page.fill('#catalog-name', 'Phí thẩm định');
  await page.click('#save-item');
  await page.locator('#error-summary').waitFor();
  assert.equal(await page.inputValue('#catalog-name'), 'Phí thẩm định');
  await page.fill('#catalog-code', 'PHI-THAMDINH');
  await Promise.all([page.waitForURL(/xong=1/), page.click('#save-item')]);
  assert.match(await page.locator('#catalog-items').textContent(), /Phí thẩm định/);
  await screenshot(page, 'catalog-item-added');
  assert.deepEqual(session.problems, []);
});

test('an administrator writes the FAQ and the portal shows it', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/trang-thong-tin$/), page.click('#pages-admin-link')]);
  await page.fill('#page-text', '## Nộp hồ sơ\n? Nộp hồ sơ vào thứ Bảy được không?\nĐược, trên Cổng mọi lúc.\n- Kết quả trả trong giờ hành chính.');
  await Promise.all([page.waitForURL(/xong=1/), page.click('#save-page')]);
  await page.goto(`${server.url}/ho-tro/cau-hoi-thuong-gap`);
  await page.locator('#written-page summary', { hasText: 'Nộp hồ sơ vào thứ Bảy được không?' }).click();
  assert.match(await page.locator('#written-page').textContent(), /trên Cổng mọi lúc/);
  await screenshot(page, 'faq-written');
  assert.deepEqual(session.problems, []);
});
