// WCAG 2.1 AA on every page (Circular 21/2023 S1 Art 4.5b; requirements §12): axe-core runs on each
// page a visitor, a citizen and an official can reach by following links, at phone and desktop
// widths, and must report no violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fillBirthForm, logIn, watchProblems } from './browser_session.mjs';
import { screenshot, smallPdf, smallPng, startBrowser, startServer } from './support.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const widths = [1280, 360];

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Links worth following: same origin, pages rather than files, and no action that changes state.
function followable(base, href) {
  const url = new URL(href, base);
  if (url.origin !== base) return null;
  if (/^\/(static|api|tep)\//.test(url.pathname) || /\.(pdf|xml|txt|csv|png|jpe?g)$/.test(url.pathname)) {
    return null;
  }
  if (url.pathname === '/dang-xuat') return null;
  url.hash = '';
  return url;
}

// One representative of each family of pages: three procedures, not all of them; one language
// switch, not one per page.
function family(url) {
  const shape = url.pathname.replace(/\/thu-tuc\/[^/]+/, '/thu-tuc/:code')
    .replace(/\/ho-so\/[^/]+/, '/ho-so/:ref').replace(/\/mot-cua\/ho-so\/[^/]+/, '/mot-cua/ho-so/:code');
  const keys = [...url.searchParams.keys()].filter((key) => key !== 'page').sort();
  return `${shape}?${keys.join('&')}`;
}

async function audit(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
}

// Visits up to `limit` pages reachable from `start`, auditing each at every width.
async function crawlAndAudit(page, start, limit, exclude = () => false) {
  const base = server.url;
  const queue = [new URL(start, base)];
  const seenFamilies = new Map();
  const visited = new Set();
  const findings = [];
  while (queue.length > 0 && visited.size < limit) {
    const url = queue.shift();
    const key = family(url);
    const count = seenFamilies.get(key) || 0;
    if (visited.has(url.href) || count >= (key.startsWith('/thu-tuc/:code') ? 3 : 1) || exclude(url)) {
      continue;
    }
    seenFamilies.set(key, count + 1);
    visited.add(url.href);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(url.href);
      assert.ok(response.status() < 500, `${url.href} answered ${response.status()}`);
      for (const violation of await audit(page)) findings.push({ url: url.pathname + url.search, width, ...violation });
    }
    const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')));
    for (const href of hrefs) {
      const next = followable(base, href);
      if (next && !visited.has(next.href)) queue.push(next);
    }
  }
  return { visited: [...visited], findings };
}

// Audits the page as it is now (a form after a failed post, say) at every width, without reloading.
async function auditInPlace(page, label) {
  const findings = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const violation of await audit(page)) findings.push({ url: label, width, ...violation });
  }
  return findings;
}

function report(findings) {
  return findings.map((f) => `${f.url} @${f.width}px: ${f.id} (${f.impact}) ${f.help} → ${f.targets.join(', ')}`).join('\n');
}

test('every public page passes axe at 360 and 1280 px', async () => {
  const page = await browser.context.newPage();
  const problems = watchProblems(page);
  const { visited, findings } = await crawlAndAudit(page, '/', 80);
  assert.ok(visited.length >= 15, `only ${visited.length} public pages reached: ${visited.join(' ')}`);
  assert.deepEqual(findings, [], report(findings));
  assert.deepEqual(problems, []);
  await page.close();
});

test('every page of a signed-in citizen passes axe', async () => {
  const page = await browser.context.newPage();
  await logIn(page, server.url, 'congdan');
  // The public pages were audited above; here only what needs an account.
  const { visited, findings } = await crawlAndAudit(page, '/ho-so', 40,
    (url) => !/^\/(ho-so|tai-khoan|thong-bao|thu-tuc\/[^/]+\/nop)/.test(url.pathname));
  assert.ok(visited.length >= 2, `citizen pages reached: ${visited.join(' ')}`);
  assert.deepEqual(findings, [], report(findings));
  await screenshot(page, 'a11y-citizen-last-page');
  await page.close();
});

test('the back office passes axe', async () => {
  const page = await browser.context.newPage();
  await logIn(page, server.url, 'tiepnhan');
  const { visited, findings } = await crawlAndAudit(page, '/mot-cua', 30,
    (url) => !url.pathname.startsWith('/mot-cua'));
  assert.ok(visited.length >= 1);
  assert.deepEqual(findings, [], report(findings));
  await page.close();
});

// The administrator's pages (the workflow editor, with a procedure's steps and with a refused row)
// and the province leader's dashboard.
test('the workflow editor and the dashboard pass axe', async () => {
  const page = await browser.context.newPage();
  const findings = [];
  await logIn(page, server.url, 'quantri');
  await page.goto(`${server.url}/mot-cua/quy-trinh?thu-tuc=LT.0001`);
  findings.push(...await auditInPlace(page, '/mot-cua/quy-trinh'));
  await page.fill('#f-buoc-5-ten', 'Bước thiếu thời hạn');
  await page.getByRole('button', { name: 'Lưu quy trình' }).click();
  await page.locator('#error-summary').waitFor();
  findings.push(...await auditInPlace(page, '/mot-cua/quy-trinh (refused)'));
  const leader = await browser.context.newPage();
  await logIn(leader, server.url, 'lanhdaotinh');
  await leader.goto(`${server.url}/mot-cua/bao-cao`);
  findings.push(...await auditInPlace(leader, '/mot-cua/bao-cao'));
  assert.deepEqual(findings, [], report(findings));
  await page.close();
  await leader.close();
});

// The administration pages, with a refused form where they have one, and the leader's reports.
test("the administrator's and the leader's pages pass axe", async () => {
  const page = await browser.context.newPage();
  const findings = [];
  await logIn(page, server.url, 'quantri');
  for (const path of ['/mot-cua/quan-tri/thu-tuc', '/mot-cua/quan-tri/thu-tuc/1.001193',
    '/mot-cua/quan-tri/nguoi-dung', '/mot-cua/quan-tri/nhat-ky', '/mot-cua/quan-tri/khao-sat',
    '/mot-cua/quan-tri/don-vi', '/mot-cua/quan-tri/lich-lam-viec', '/mot-cua/quan-tri/danh-muc',
    '/mot-cua/quan-tri/trang-thong-tin', '/mot-cua/phan-anh',
    '/mot-cua/quan-tri/don-vi-hanh-chinh?tinh=H29&lich-su=H29.12.05']) {
    await page.goto(`${server.url}${path}`);
    findings.push(...await auditInPlace(page, path));
  }
  await page.goto(`${server.url}/mot-cua/quan-tri/khao-sat`);
  await page.click('#publish-survey');
  await page.locator('#error-summary').waitFor();
  findings.push(...await auditInPlace(page, '/mot-cua/quan-tri/khao-sat (refused)'));
  await page.goto(`${server.url}/mot-cua/quan-tri/don-vi`);
  await page.click('#save-unit');
  await page.locator('#error-summary').waitFor();
  findings.push(...await auditInPlace(page, '/mot-cua/quan-tri/don-vi (refused)'));
  await page.goto(`${server.url}/mot-cua/quan-tri/don-vi-hanh-chinh`);
  await page.setInputFiles('#admin-unit-file', { name: 'units.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ units: [{ code: 'x', name: '', kind: 'ward', parent: 'H99' }] })) });
  await page.click('#import-admin-units');
  await page.locator('#error-summary').waitFor();
  findings.push(...await auditInPlace(page, '/mot-cua/quan-tri/don-vi-hanh-chinh (refused file)'));
  await page.goto(`${server.url}/mot-cua/quan-tri/trang-thong-tin?trang=guide&ngon-ngu=vi`);
  await page.fill('#page-text', '## Bắt đầu\nĐăng nhập rồi chọn thủ tục.\n- Bước một\n? Có mất phí không?\nKhông.');
  await page.click('#save-page');
  await page.waitForURL(/xong=1/);
  await page.goto(`${server.url}/ho-tro/huong-dan-su-dung`);
  findings.push(...await auditInPlace(page, '/ho-tro/huong-dan-su-dung (written)'));
  const leader = await browser.context.newPage();
  await logIn(leader, server.url, 'lanhdaotinh');
  for (const path of ['/mot-cua/bao-cao/dinh-ky', '/mot-cua/bao-cao/chi-so']) {
    await leader.goto(`${server.url}${path}`);
    findings.push(...await auditInPlace(leader, path));
  }
  assert.deepEqual(findings, [], report(findings));
  await page.close();
  await leader.close();
});

// Pages no link crawl reaches: a draft's e-form before and after a failed save, its review page,
// the upload and replace pages with and without a refusal, the account pages, the draft-deletion
// and withdrawal confirmations, and the owner's page of a filed dossier.
test('the e-form, review, upload, account and confirmation pages pass axe', async () => {
  const page = await browser.context.newPage();
  const problems = watchProblems(page);
  const findings = [];
  const check = async (path, label = path) => {
    const response = await page.goto(server.url + path);
    assert.ok(response.status() < 500, `${path} answered ${response.status()}`);
    findings.push(...await auditInPlace(page, label));
  };
  await logIn(page, server.url, 'congdan');
  await page.goto(`${server.url}/thu-tuc/1.001193`);
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  const draft = new URL(page.url()).pathname.replace(/\/sua$/, '');
  findings.push(...await auditInPlace(page, `${draft}/sua (new)`));
  await page.getByRole('button', { name: 'Xem lại và nộp', exact: true }).click();
  await page.locator('#error-summary').waitFor();
  findings.push(...await auditInPlace(page, `${draft}/sua (errors in the browser)`));
  await check(`${draft}/sua?kiem-tra=1`, `${draft}/sua (errors from the server)`);
  assert.ok(await page.locator('#error-summary li').count() > 0, 'the server listed what is missing');

  await check(`${draft}/giay-to/giay-chung-sinh`);
  await page.setInputFiles('#c-giay-chung-sinh', { name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('văn bản') });
  await Promise.all([page.waitForResponse((r) => r.url().includes('/giay-to/') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Tải lên' }).click()]);
  await page.locator('#c-giay-chung-sinh-error').waitFor();
  findings.push(...await auditInPlace(page, `${draft}/giay-to/giay-chung-sinh (refused)`));

  await page.goto(`${server.url}${draft}/sua`);
  await fillBirthForm(page);
  await page.fill('#f-ngay_sinh', '2026-11-25');
  await page.setInputFiles('#c-giay-chung-sinh', [
    { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: smallPdf('Giay chung sinh') },
    { name: 'anh.png', mimeType: 'image/png', buffer: smallPng() },
  ]);
  await page.locator('#c-giay-chung-sinh-block').getByRole('button', { name: 'Tải lên' }).click();
  await page.locator('#c-giay-chung-sinh-block img.upload-thumb').waitFor();
  findings.push(...await auditInPlace(page, `${draft}/sua (with files)`));
  await Promise.all([page.waitForURL(/thong-bao=saved/), page.locator('.eform-save').click()]);
  const replace = await page.locator('#c-giay-chung-sinh-block .upload-replace').first().getAttribute('formaction');
  await check(replace);
  await page.setInputFiles('#replacement', { name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('văn bản') });
  await page.getByRole('button', { name: 'Thay tệp', exact: true }).click();
  await page.locator('#replacement-error').waitFor();
  findings.push(...await auditInPlace(page, `${replace} (refused)`));

  await check(`${draft}/xem-lai`);
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await page.locator('#declaration-error').waitFor();
  findings.push(...await auditInPlace(page, `${draft}/xem-lai (no declaration)`));
  await page.check('#declaration');
  await Promise.all([page.waitForURL(/\/da-nop$/), page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click()]);
  const code = (await page.locator('#dossier-code').textContent()).trim();
  findings.push(...await auditInPlace(page, `/ho-so/${code}/da-nop`));

  await check(`/ho-so/${code}`);
  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await page.locator('#f-reason-error').waitFor();
  findings.push(...await auditInPlace(page, `/ho-so/${code} (withdrawal without a reason)`));
  await page.fill('#f-reason', 'Gia đình đăng ký trực tiếp tại phường.');
  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Xác nhận rút hồ sơ' }).waitFor();
  findings.push(...await auditInPlace(page, `/ho-so/${code}/rut (confirmation)`));

  await page.goto(`${server.url}/thu-tuc/1.001193`);
  await Promise.all([
    page.waitForURL(/\/ho-so\/\d+\/sua$/),
    page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  await check(new URL(page.url()).pathname.replace(/\/sua$/, '/xoa'));
  await check('/tai-khoan');
  await check('/tai-khoan/mat-khau');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.locator('#error-summary').waitFor();
  findings.push(...await auditInPlace(page, '/tai-khoan/mat-khau (errors)'));
  await check('/thong-bao');

  assert.deepEqual(findings, [], report(findings));
  assert.deepEqual(problems, []);
  await page.close();
});
