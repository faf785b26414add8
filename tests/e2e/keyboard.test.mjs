// The whole submission by keyboard alone (requirements §12: keyboard-friendly forms; WCAG 2.1.1,
// 2.4.1, 2.4.3, 2.4.7): from the home page's skip link through search, login, the procedure page,
// every e-form field, an upload, review, the declaration and submission. Only page.keyboard moves
// focus and enters data; the one exception is the file chooser, which no browser lets a key press
// fill, so the focused file input gets its file through setInputFiles.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { closeSession, openSession } from './browser_session.mjs';
import { password, screenshot, smallPdf } from './support.mjs';

let server;
let browser;
let page;
let problems;

before(async () => {
  ({ server, browser, page, problems } = await openSession());
});

after(() => closeSession({ browser, server }));

const focused = () => page.evaluate(() => {
  const element = document.activeElement;
  return {
    id: element.id,
    tag: element.tagName.toLowerCase(),
    type: element.getAttribute('type') || '',
    text: (element.innerText || element.getAttribute('aria-label') || '').trim(),
    value: 'value' in element ? element.value : '',
  };
});

// Presses Tab until the focused element matches; fails when the page has no such stop.
async function tabTo(matches, what, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused();
    if (matches(now)) return now;
  }
  throw new Error(`${limit} presses of Tab never reached ${what}`);
}

const byId = (id) => (element) => element.id === id;
const byText = (tag, text) => (element) => element.tag === tag && element.text === text;

// WCAG 2.4.7: what has focus is visibly marked (an outline or a ring drawn with box-shadow).
async function assertFocusVisible(what) {
  const style = await page.evaluate(() => {
    const computed = getComputedStyle(document.activeElement);
    return { outline: computed.outlineStyle, width: computed.outlineWidth, shadow: computed.boxShadow };
  });
  const outlined = style.outline !== 'none' && parseFloat(style.width) > 0;
  assert.ok(outlined || style.shadow !== 'none', `${what} shows no focus indicator: ${JSON.stringify(style)}`);
}

// Arrow keys walk a closed <select> option by option, each step a change (the address cascade
// listens to that).
async function chooseWithArrows(value, what) {
  for (let i = 0; i < 60; i += 1) {
    if ((await focused()).value === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${what}: no option ${value}`);
}

async function typeInto(text) {
  await page.keyboard.press('Control+A');  // a prefilled answer is replaced, not extended
  await page.keyboard.type(text);
}

// Leaves the current control (a date input has a Tab stop per part) and checks where focus landed.
async function tabOutTo(id) {
  const from = (await focused()).id;
  let now = from;
  for (let i = 0; i < 4 && now === from; i += 1) {
    await page.keyboard.press('Tab');
    now = (await focused()).id;
  }
  assert.equal(now, id, `after ${from} the next stop is ${id}`);
}

let code;

test('the skip link is the first stop and moves focus to the main content', async () => {
  await page.goto(`${server.url}/`);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({
    skip: document.activeElement.classList.contains('skip-link'),
    href: document.activeElement.getAttribute('href'),
    top: document.activeElement.getBoundingClientRect().top,
  }));
  assert.ok(first.skip && first.href === '#main', 'the first Tab reaches the skip link');
  assert.ok(first.top >= 0, 'the focused skip link is on screen');
  await assertFocusVisible('the skip link');
  await screenshot(page, 'keyboard-skip-link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');

  await page.keyboard.press('Tab');
  assert.equal((await focused()).id, 'home-q', 'from the main content the next stop is the search field');
  await assertFocusVisible('the search field');
});

test('search, the result and the procedure page by keyboard; login by keyboard', async () => {
  await page.keyboard.type('khai sinh');
  await Promise.all([page.waitForURL(/\/thu-tuc\?/), page.keyboard.press('Enter')]);
  await tabTo(byText('a', 'Đăng ký khai sinh'), 'the search result');
  await assertFocusVisible('the search result');
  await Promise.all([page.waitForURL(/\/thu-tuc\/1\.001193$/), page.keyboard.press('Enter')]);

  await tabTo(byText('a', 'Đăng nhập để nộp hồ sơ trực tuyến'), 'the login link');
  await Promise.all([page.waitForURL(/\/dang-nhap/), page.keyboard.press('Enter')]);
  await tabTo(byId('f-username'), 'the user name');
  await page.keyboard.type('congdan');
  await tabOutTo('f-password');
  await page.keyboard.type(password);
  await Promise.all([page.waitForURL(/\/thu-tuc\/1\.001193$/), page.keyboard.press('Enter')]);

  await tabTo(byText('button', 'Nộp hồ sơ trực tuyến'), 'the apply button');
  await assertFocusVisible('the apply button');
  await Promise.all([page.waitForURL(/\/ho-so\/\d+\/sua$/), page.keyboard.press('Enter')]);
});

test('every e-form field is reached in order and filled from the keyboard', async () => {
  await tabTo(byId('f-ho_ten_tre'), 'the first field');
  await assertFocusVisible('a text field');
  await page.keyboard.type('Nguyễn Bảo Na');
  await tabOutTo('f-gioi_tinh');
  await chooseWithArrows('nu', 'sex');
  await assertFocusVisible('a select');
  await tabOutTo('f-ngay_sinh');
  // Day and month alike: the parts come day first or month first with the browser's locale.
  await page.keyboard.type('11112026');
  assert.equal((await focused()).value, '2026-11-11');
  await tabOutTo('f-noi_sinh-province');
  await chooseWithArrows('H29', 'province');
  await page.waitForFunction(() => document.querySelector('#f-noi_sinh-commune option[value="H29.12.05"]'));
  await tabOutTo('f-noi_sinh-commune');
  await chooseWithArrows('H29.12.05', 'commune');
  const answers = [
    ['f-noi_sinh-street', 'Bệnh viện Đa khoa tỉnh Minh An'],
    ['f-dan_toc', 'Kinh'],
    ['f-quoc_tich', 'Việt Nam'],
    ['f-ho_ten_me', 'Trần Thị Mai'],
    ['f-so_dinh_danh_me', '001190012345'],
    ['f-ho_ten_cha', 'Nguyễn Văn An'],
    ['f-so_dinh_danh_cha', '001088001234'],
    ['f-ho_ten_nguoi_di_khai', 'Nguyễn Văn An'],
    ['f-so_dinh_danh_nguoi_di_khai', '001088001234'],
  ];
  for (const [id, value] of answers) {
    await tabOutTo(id);
    await typeInto(value);
    assert.equal((await focused()).value, value);
  }
  await tabOutTo('f-quan_he_nguoi_di_khai');
  await chooseWithArrows('cha', 'relationship');
  await screenshot(page, 'keyboard-eform');
});

test('a file is chosen and uploaded from the keyboard', async () => {
  await tabTo(byId('c-giay-chung-sinh'), 'the birth certificate input');
  await assertFocusVisible('a file input');
  // The one step a key cannot take: the operating system's file chooser.
  await page.locator('input[type="file"]:focus').setInputFiles({
    name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: smallPdf('Giay chung sinh'),
  });
  await tabTo(byText('button', 'Tải lên'), 'the upload button');
  await page.keyboard.press('Enter');
  await page.locator('#c-giay-chung-sinh-block').getByRole('link', { name: 'giay-chung-sinh.pdf' }).waitFor();
  const after = await focused();
  assert.notEqual(after.tag, 'body', 'focus stays in the upload block, not lost with the old one');
  await screenshot(page, 'keyboard-uploaded');

  await tabTo(byText('button', 'Xem lại và nộp'), 'the review button');
  await Promise.all([page.waitForURL(/\/xem-lai$/), page.keyboard.press('Enter')]);
});

test('the declaration is ticked with Space and the dossier submitted with Enter', async () => {
  await page.locator('.review-answers').getByText('11/11/2026').waitFor();
  await tabTo(byId('declaration'), 'the declaration');
  await assertFocusVisible('the declaration checkbox');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#declaration'), true);
  await tabTo(byText('button', 'Nộp hồ sơ'), 'the submit button');
  await assertFocusVisible('the submit button');
  await Promise.all([page.waitForURL(/\/da-nop$/), page.keyboard.press('Enter')]);
  code = (await page.locator('#dossier-code').textContent()).trim();
  assert.match(code, /^[A-Z0-9.]+-\d{6}-\d{4,}$/);
  await screenshot(page, 'keyboard-submitted');
  assert.deepEqual(problems, []);
});
