// The national connections as a citizen and the officials meet them, against motcua-sim: the
// citizen signs in with VNeID, files on the (simulated) national portal, the desk receives the
// dossier in motcua, the citizen pays the fee through PayGov, the result goes back by post, the
// citizen is told by SMS and e-mail at each step, and the national portal shows every status.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { act, fillBirthForm, logIn, logOut, watchProblems } from './browser_session.mjs';
import { saveArtifact, screenshot, smallPdf, startBrowser, startServer, startSimulator } from './support.mjs';

let sim;
let server;
let browser;
let citizen;  // the citizen's page
let office;   // the officials' page, in a browser context of its own
let code;

async function waitFor(probe, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function simLog(system) {
  const response = await fetch(`${sim.url}/_sim/log?system=${system}`);
  return response.json();
}

async function toldBy(system, words) {
  const log = await simLog(system);
  return log.some((entry) => entry.body.text?.includes(code) && entry.body.text.includes(words));
}

before(async () => {
  sim = await startSimulator();
  server = await startServer(['--sim', sim.url, '--intake-interval-ms', '300',
    '--reconcile-interval', '1']);
  browser = await startBrowser();
  citizen = await browser.context.newPage();
  const officeContext = await browser.context.browser()?.newContext() ?? null;
  office = officeContext ? await officeContext.newPage() : await browser.context.newPage();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await sim?.stop();
});

test('the citizen signs in with VNeID', async () => {
  const problems = watchProblems(citizen);
  await citizen.goto(`${server.url}/dang-nhap`);
  await citizen.click('#vneid-login');
  await citizen.waitForURL((url) => url.pathname === '/vneid/authorize');
  await citizen.fill('#SoDinhDanh', '001090000123');
  await citizen.fill('#HoVaTen', 'Nguyễn Văn An');
  await screenshot(citizen, 'vneid-login');
  await Promise.all([
    citizen.waitForURL((url) => url.origin === server.url),
    citizen.click('#vneid-approve'),
  ]);
  const profile = await citizen.goto(`${server.url}/tai-khoan`);
  assert.equal(new URL(citizen.url()).pathname, '/tai-khoan', 'signed in: no detour to /dang-nhap');
  assert.equal(profile.status(), 200);
  assert.match(await citizen.content(), /001090000123/);
  assert.equal(await citizen.locator('.badge-verified').count(), 2, 'name and ID marked verified');
  await screenshot(citizen, 'vneid-signed-in');
  assert.deepEqual(problems, []);
});

test('the citizen signs the declaration through eSign before filing in motcua', async () => {
  const problems = watchProblems(citizen);
  await citizen.goto(`${server.url}/thu-tuc/1.001193`);
  await Promise.all([
    citizen.waitForURL(/\/ho-so\/\d+\/sua$/),
    citizen.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(),
  ]);
  await fillBirthForm(citizen);
  await citizen.fill('#f-ngay_sinh', '2026-01-15');
  await citizen.setInputFiles('#c-giay-chung-sinh', {
    name: 'chung-sinh.pdf', mimeType: 'application/pdf', buffer: smallPdf('Chung sinh'),
  });
  await Promise.all([
    citizen.waitForURL(/\/xem-lai$/),
    citizen.getByRole('button', { name: 'Xem lại và nộp', exact: true }).click(),
  ]);
  const panel = citizen.locator('#sign-declaration');
  assert.match(await panel.textContent(), /chưa được ký số/);
  // The simulated gateway fails some calls: the citizen presses again, and the draft stays.
  await waitFor(async () => {
    await citizen.click('#sign-declaration-button');
    await citizen.waitForLoadState();
    return /hợp lệ/.test(await citizen.locator('#sign-declaration').textContent());
  }, 'a signature');
  assert.match(await panel.textContent(), /Nguyễn Văn An/);
  await screenshot(citizen, 'esign-signed');
  await citizen.check('#declaration');
  await Promise.all([
    citizen.waitForURL(/\/da-nop$/),
    citizen.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click(),
  ]);
  const signedCode = (await citizen.locator('#dossier-code').textContent()).trim();
  await citizen.goto(`${server.url}/ho-so/${signedCode}`);
  assert.match(await citizen.locator('#chu-ky-to-khai').textContent(), /chữ ký hợp lệ/);
  const log = await simLog('esign');
  assert.ok(log.some((entry) => entry.body.SoDinhDanh === '001090000123'), 'the gateway signed');
  assert.deepEqual(problems.filter((p) => !/50[23]/.test(p)), []);
});

test('a dossier filed on the national portal reaches the desk in motcua', async () => {
  const problems = watchProblems(citizen);
  await citizen.goto(`${sim.url}/dvcqg/`);
  await citizen.selectOption('#procedure_code', '1.001193');
  await citizen.fill('#id_number', '001090000123');
  await citizen.fill('#full_name', 'Nguyễn Văn An');
  await citizen.fill('#summary', 'Đăng ký khai sinh cho con');
  await screenshot(citizen, 'dvcqg-filing');
  await Promise.all([
    citizen.waitForURL((url) => url.pathname.startsWith('/dvcqg/ho-so/')),
    citizen.click('#dvcqg-submit'),
  ]);
  code = decodeURIComponent(new URL(citizen.url()).pathname.split('/').pop());
  assert.match(code, /^\S+-\d{6}-\d{4}$/, 'the national portal gave the dossier its code');
  assert.deepEqual(problems, []);
  await logIn(office, server.url, 'tiepnhan');
  await waitFor(async () => (await office.goto(`${server.url}/mot-cua/ho-so/${code}`)).status() === 200,
    'the dossier in motcua', 15_000);
  await act(office, 'receive');
  await act(office, 'forward', async (form) => {
    await form.locator('#a-forward-to').selectOption('chuyenvien');
  });
  await logOut(office);
  await logIn(office, server.url, 'chuyenvien');
  await office.goto(`${server.url}/mot-cua/ho-so/${code}`);
  await act(office, 'request-payment', async (form) => {
    await form.locator('#a-request-payment-amount').fill('50000');
  });
  await screenshot(office, 'payment-requested');
});

test('the citizen pays through PayGov and the dossier goes on', async () => {
  await citizen.goto(`${server.url}/ho-so/${code}`);
  const filed = citizen.locator('.tracking-timeline li', { hasText: 'Nộp trên Cổng Dịch vụ công' });
  assert.equal(await filed.locator('.tracking-unit').first().textContent(), 'Cổng DVC quốc gia',
    'the timeline says where the dossier was filed');
  await Promise.all([citizen.waitForURL(/\/thanh-toan$/), citizen.click('#pay-online')]);
  await screenshot(citizen, 'pay-continue');
  await Promise.all([
    citizen.waitForURL((url) => url.pathname.startsWith('/paygov/pay/')),
    citizen.click('#pay-continue'),
  ]);
  await screenshot(citizen, 'paygov');
  await Promise.all([
    citizen.waitForURL((url) => url.origin === server.url),
    citizen.click('#paygov-pay'),
  ]);
  await waitFor(async () => {
    await citizen.goto(`${server.url}/ho-so/${code}`);
    return (await citizen.locator('#thanh-toan').textContent()).includes('BL');
  }, 'the receipt number');
  const confirmed = citizen.locator('.tracking-timeline li', { hasText: 'Xác nhận đã nộp phí' });
  assert.equal(await confirmed.locator('.tracking-unit').first().textContent(), 'PayGov',
    'the timeline says PayGov confirmed the payment');
  await screenshot(citizen, 'paid');
  const receipt = await citizen.request.get(
    new URL(await citizen.locator('#thanh-toan a.payment-receipt').getAttribute('href'), server.url).href);
  assert.equal(receipt.status(), 200);
  assert.equal(receipt.headers()['content-type'], 'application/pdf');
  assert.equal((await receipt.body()).subarray(0, 5).toString(), '%PDF-', 'the e-receipt downloads');
  saveArtifact('e-receipt.pdf', await receipt.body());
});

test('the result goes back by post and the national portal shows every status', async () => {
  await logOut(office);
  await logIn(office, server.url, 'lanhdao');
  await office.goto(`${server.url}/mot-cua/ho-so/${code}`);
  await act(office, 'approve');
  await logOut(office);
  await logIn(office, server.url, 'tiepnhan');
  await office.goto(`${server.url}/mot-cua/ho-so/${code}`);
  await act(office, 'return-result', async (form) => {
    await form.locator('input[name="method"][value="post"]').check();
  });
  await waitFor(async () => {
    await office.goto(`${server.url}/mot-cua/ho-so/${code}`);
    return /EB\d{9}VN/.test(await office.locator('#ket-noi').textContent());
  }, 'the waybill number');
  await screenshot(office, 'connections-panel');
  const synced = async () => (await simLog('dvcqg'))
    .filter((entry) => entry.kind === 'status' && entry.body.code === code)
    .map((entry) => entry.body.status);
  await waitFor(async () => (await synced()).includes(10), 'status 10 on the national portal');
  assert.deepEqual(await synced(), [2, 4, 6, 4, 9, 10]);
  await citizen.goto(`${sim.url}/dvcqg/ho-so/${encodeURIComponent(code)}`);
  assert.equal((await citizen.locator('#dvcqg-timeline li').count()), 7, 'filed, then six statuses');
  await screenshot(citizen, 'dvcqg-dossier-page');
});

test('the citizen was told by SMS and e-mail at each step', async () => {
  for (const words of ['đã được tiếp nhận', 'nộp phí, lệ phí', 'đã có kết quả']) {
    await waitFor(() => toldBy('sms', words), `an SMS: ${words}`);
    await waitFor(() => toldBy('email', words), `an e-mail: ${words}`);
  }
});

test('the citizen rates the service and the national portal shows the rating', async () => {
  const problems = watchProblems(citizen);
  await citizen.goto(`${server.url}/ho-so/${code}`);
  await citizen.click('#rate-submit');
  assert.equal(await citizen.locator('#danh-gia .field-error').count(), 5, 'every criterion is needed');
  await citizen.check('#r-satisfaction-2');
  for (const criterion of ['timeliness', 'attitude', 'guidance', 'online_service']) {
    await citizen.check(`#r-${criterion}-4`);
  }
  await citizen.click('#rate-submit');
  assert.match(await citizen.locator('#r-comment-error').textContent(), /lý do/,
    'the dissatisfied say why');
  assert.ok(await citizen.isChecked('#r-attitude-4'), 'the choices are kept');
  await citizen.fill('#r-comment', 'Phải chờ lâu ở khâu thanh toán');
  await Promise.all([citizen.waitForURL(/thong-bao=danh-gia/), citizen.click('#rate-submit')]);
  assert.match(await citizen.locator('#rating-given').textContent(), /Cảm ơn/);
  assert.doesNotMatch(await citizen.locator('body').innerText(), /\}\}|\{\{/, 'no template leaks');
  await screenshot(citizen, 'rated');
  await waitFor(async () => {
    await citizen.goto(`${sim.url}/dvcqg/ho-so/${encodeURIComponent(code)}`);
    return (await citizen.locator('#dvcqg-evaluation').count()) === 1;
  }, 'the rating on the national portal');
  assert.equal(await citizen.locator('#dvcqg-evaluation').textContent(), 'Không hài lòng');
  assert.deepEqual(problems, []);
});
