// Hỏi đáp and khảo sát as people meet them: a citizen asks a question, a leader answers and
// publishes it, and it joins the questions and answers; an administrator publishes a survey, a
// citizen answers it once, and its results are public once it is closed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeSession, logIn, logOut, openSession } from './browser_session.mjs';
import { screenshot } from './support.mjs';

let session;

before(async () => { session = await openSession(); });
after(async () => { await closeSession(session); });

test('a question is answered and published among the questions and answers', async () => {
  const { page, server } = session;
  await page.goto(`${server.url}/ho-tro`);
  await Promise.all([page.waitForURL(/\/ho-tro\/hoi-dap$/), page.locator('main a[href="/ho-tro/hoi-dap"]').click()]);
  await page.fill('#f-subject', 'Lệ phí trích lục khai sinh');
  await page.fill('#f-body', 'Xin hỏi cấp bản sao trích lục khai sinh qua mạng có mất lệ phí không?');
  await page.check('#f-consent');
  await Promise.all([page.waitForURL(/thong-bao=da-gui/), page.click('#feedback-send')]);
  const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
  assert.match(code, /^HD\d{6}-[0-9A-F]{10}$/);
  assert.match(new URL(page.url()).pathname, /^\/ho-tro\/hoi-dap\//);
  await screenshot(page, 'question-sent');

  await logIn(page, server.url, 'lanhdao');
  await page.goto(`${server.url}/mot-cua/phan-anh/${code}`);
  assert.equal(await page.locator('#feedback-kind').textContent(), 'Câu hỏi');
  await page.fill('#f-answer', 'Nộp trực tuyến được miễn lệ phí cấp bản sao trích lục.');
  await Promise.all([page.waitForLoadState('load'), page.click('#feedback-answer')]);
  await logOut(page);

  await page.goto(`${server.url}/ho-tro/hoi-dap`);
  assert.equal(await page.locator(`a[href="/ho-tro/hoi-dap/${code}"]`).count(), 1);
  await page.goto(`${server.url}/phan-anh-kien-nghi`);
  assert.equal(await page.locator(`a[href="/phan-anh-kien-nghi/${code}"]`).count(), 0,
    'feedback keeps to feedback');
  await page.goto(`${server.url}/ho-tro/hoi-dap`);
  await screenshot(page, 'questions-published');
  assert.deepEqual(session.problems, []);
});

test('an administrator publishes a survey that a citizen answers once', async () => {
  const { page, server } = session;
  await logIn(page, server.url, 'quantri');
  await page.goto(`${server.url}/mot-cua`);
  await Promise.all([page.waitForURL(/\/quan-tri\/khao-sat$/), page.click('#surveys-admin-link')]);
  await page.fill('#s-title', 'Ý kiến về bộ phận một cửa');
  await page.fill('#q0_text', 'Bạn có hài lòng với thái độ phục vụ?');
  await page.selectOption('#q0_type', 'single');
  await page.fill('#q0_options', 'Có');
  await page.click('#publish-survey');
  await page.locator('#error-summary').waitFor();
  assert.equal(await page.inputValue('#s-title'), 'Ý kiến về bộ phận một cửa', 'what was typed is kept');
  await page.fill('#q0_options', 'Có\nKhông');
  await page.fill('#q1_text', 'Góp ý thêm');
  await page.selectOption('#q1_type', 'text');
  await page.uncheck('#q1_required');
  await Promise.all([page.waitForURL(/xong=1/), page.click('#publish-survey')]);
  const row = page.locator('#survey-admin-list tbody tr', { hasText: 'Ý kiến về bộ phận một cửa' });
  const id = (await row.getAttribute('id')).replace('survey-', '');
  await screenshot(page, 'survey-published');
  await logOut(page);

  await page.goto(`${server.url}/ho-tro/khao-sat`);
  await Promise.all([page.waitForURL(new RegExp(`/khao-sat/${id}$`)), page.click(`a[href="/ho-tro/khao-sat/${id}"]`)]);
  assert.equal(await page.locator('#survey-sign-in').count(), 1, 'answering needs an account');
  await logIn(page, server.url, 'congdan');
  await page.goto(`${server.url}/ho-tro/khao-sat/${id}`);
  await page.click('#survey-send');
  await page.locator('#error-summary').waitFor();
  await page.check('#q0-0');
  await page.fill('#q1-text', 'Cán bộ hướng dẫn tận tình.');
  await Promise.all([page.waitForURL(/thong-bao=da-gui/), page.click('#survey-send')]);
  assert.equal(await page.locator('#survey-answered').count(), 1);
  assert.equal(await page.locator('#survey-form').count(), 0, 'once');
  await screenshot(page, 'survey-answered');
  await logOut(page);

  await logIn(page, server.url, 'quantri');
  await page.goto(`${server.url}/mot-cua/quan-tri/khao-sat`);
  await Promise.all([page.waitForURL(/xong=1/), page.locator(`#survey-${id} .survey-toggle`).click()]);
  await logOut(page);
  await page.goto(`${server.url}/ho-tro/khao-sat/${id}`);
  assert.equal(await page.locator('#survey-responses').textContent(), '1');
  assert.match(await page.locator('#survey-results').textContent(), /Cán bộ hướng dẫn tận tình/);
  await screenshot(page, 'survey-results');
  assert.deepEqual(session.problems, []);
});
