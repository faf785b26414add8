// Steps every journey takes in the browser: log in and out, take a back-office action, fill the
// birth-registration e-form, and record console errors (a CSP violation shows up there).
import { password, startBrowser, startServer } from './support.mjs';

export function watchProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    // Pages answer 400/404 on purpose (a form with errors, an unknown code); Chromium logs those.
    const expected = /Failed to load resource: the server responded with a status of 40[049]/;
    if (message.type() === 'error' && !expected.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('response', (response) => {
    if (response.url().includes('/static/') && response.status() >= 400) {
      problems.push(`asset ${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}

export async function logIn(page, base, username) {
  await page.goto(`${base}/dang-nhap`);
  await page.fill('#f-username', username);
  await page.fill('#f-password', password);
  await Promise.all([
    page.waitForURL((target) => target.pathname !== '/dang-nhap'),
    page.click('form[action="/dang-nhap"] button[type="submit"]'),
  ]);
}

export async function logOut(page) {
  await Promise.all([page.waitForURL(/\/dang-nhap/), page.click('form[action="/dang-xuat"] button')]);
}

// Takes one back-office action through its small form and waits for the notice that follows.
export async function act(page, action, fill = async () => {}) {
  const form = page.locator(`#action-${action}`);
  await fill(form);
  await Promise.all([
    page.waitForURL((target) => target.searchParams.get('xong') === action),
    form.locator('button[type="submit"]').click(),
  ]);
  await page.locator('.flash').waitFor();
}

export const birth = {
  '#f-ho_ten_tre': 'Nguyễn Bảo Na',
  '#f-noi_sinh-street': 'Bệnh viện Đa khoa tỉnh Minh An',
  '#f-dan_toc': 'Kinh',
  '#f-quoc_tich': 'Việt Nam',
  '#f-ho_ten_me': 'Trần Thị Mai',
  '#f-so_dinh_danh_me': '001190012345',
  '#f-ho_ten_cha': 'Nguyễn Văn An',
};

// Everything the birth-registration e-form asks for, except the date of birth.
export async function fillBirthForm(page) {
  for (const [selector, value] of Object.entries(birth)) await page.fill(selector, value);
  await page.selectOption('#f-noi_sinh-province', 'H29');
  await page.selectOption('#f-noi_sinh-commune', 'H29.12.05');  // filled by the script from the catalog
  await page.selectOption('#f-gioi_tinh', 'nu');
  await page.selectOption('#f-quan_he_nguoi_di_khai', 'cha');
  if (!(await page.inputValue('#f-so_dinh_danh_nguoi_di_khai'))) {
    await page.fill('#f-so_dinh_danh_nguoi_di_khai', '001088001234');
  }
}

// The e-form's last steps: on to the review page, tick the declaration, submit.
export async function reviewAndSubmit(page) {
  await Promise.all([
    page.waitForURL(/\/xem-lai$/),
    page.getByRole('button', { name: 'Xem lại và nộp', exact: true }).click(),
  ]);
  await page.check('#declaration');
  await Promise.all([
    page.waitForURL(/\/da-nop$/),
    page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click(),
  ]);
}

// What most test files share: the server, the browser and one page whose console problems are
// watched. Opened in a file's before() hook and closed in its after() hook.
export async function openSession(browserOptions) {
  const server = await startServer();
  const browser = await startBrowser(browserOptions);
  const page = await browser.context.newPage();
  return { server, browser, page, problems: watchProblems(page) };
}

export async function closeSession({ browser, server }) {
  await browser?.close();
  await server?.stop();
}
