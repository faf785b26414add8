// Two `motcua serve` nodes on one PostgreSQL database behind Debian's nginx, configured in a
// temporary folder (docs/deploy.md): a dossier's whole life with every request alternating between
// the nodes; files uploaded through one read through the other; a change made through one shown at
// once on the other's cached lists, and a browser's own change on its next page through the other;
// then one node killed with SIGKILL under a load of submissions:
// every submission acknowledged survives, and the other node carries on.
//   MOTCUA_NODES_PG_URL=postgresql://…/empty_db MOTCUA_BINARY=build/motcua node --test tests/nodes/
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { apiClient } from '../e2e/api_client.mjs';
import { logIn } from '../e2e/browser_session.mjs';
import { root, screenshot, startBrowser, startProcess } from '../e2e/support.mjs';

const dbUrl = process.env.MOTCUA_NODES_PG_URL;
const binary = process.env.MOTCUA_BINARY || path.join(root, 'build', 'motcua');
const nginxBinary = process.env.MOTCUA_NGINX || '/usr/sbin/nginx';
const birth = '1.001193';

let work;
let nodes = [];
let nginx;
let base;
const served = [];  // the upstream address of every response, in order
const client = () => apiClient(base, (response) => served.push(response.headers.get('x-upstream')));

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Both nodes share the data folder (keys) and the database, which keeps the uploaded files
// (docs/deploy.md); a long page cache shows that what reaches the other node is the change
// announcement, not the cache expiring.
function startNode(data) {
  return startProcess(binary, [
    'serve', '--data', data, '--db', dbUrl, '--file-store', 'database', '--port', '0', '--demo',
    '--page-cache-ms', '600000',
    '--trusted-proxy-header', 'X-Forwarded-For', '--trusted-proxies', '127.0.0.1',
    '--login-rate', '100000', '--write-rate', '1000000', '--max-drafts-per-account', '0',
  ]);
}

function nginxConfig(folder, port, upstreams) {
  const temp = (name) => `${name}_temp_path ${folder}/tmp/${name};`;
  return `worker_processes 1;
pid ${folder}/nginx.pid;
events { worker_connections 2048; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  client_max_body_size 80m;
  upstream motcua {
    ${upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=60s;`).join('\n    ')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://motcua;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      # A request the dead node never received goes to the other; one it may have received
      # (a POST) is never sent twice.
      proxy_next_upstream error timeout;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

async function startNginx(upstreams) {
  const folder = path.join(work, 'nginx');
  mkdirSync(path.join(folder, 'tmp'), { recursive: true });
  chmodSync(path.join(folder, 'tmp'), 0o777);  // workers run as nobody when started by root
  const port = await freePort();
  writeFileSync(path.join(folder, 'nginx.conf'), nginxConfig(folder, port, upstreams));
  const child = spawn(nginxBinary, ['-p', folder, '-c', path.join(folder, 'nginx.conf'),
    '-e', path.join(folder, 'error.log'), '-g', 'daemon off;'], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url };
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('nginx did not start');
}

before(async () => {
  assert.ok(dbUrl, 'MOTCUA_NODES_PG_URL names an empty PostgreSQL database');
  work = mkdtempSync(path.join(tmpdir(), 'motcua-nodes-'));
  chmodSync(work, 0o755);
  const data = path.join(work, 'data');
  mkdirSync(data);
  // One after the other: the second finds the demo province and its keys already there.
  nodes.push(await startNode(data));
  nodes.push(await startNode(data));
  nginx = await startNginx(nodes.map((node) => node.url.replace('http://', '')));
  base = nginx.url;
});

after(async () => {
  nginx?.child.kill('SIGTERM');
  for (const node of nodes) await node.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a dossier lives its whole life with every request alternating between the two nodes', async () => {
  served.length = 0;
  const { api, tokenOf, submitted, act } = client();
  const citizen = await tokenOf('congdan');
  const procedure = await api('GET', `/api/v1/procedures/${birth}`);
  const code = await submitted(citizen, procedure);
  const reception = await tokenOf('tiepnhan');
  await act(reception, code, 'receive');
  await act(reception, code, 'forward', { to: 'chuyenvien' });
  await act(await tokenOf('lanhdao'), code, 'approve', { comment: 'Đồng ý' });
  await act(reception, code, 'return-result', { method: 'online' });
  const dossier = await api('GET', `/api/v1/dossiers/${code}`, citizen);
  assert.equal(dossier.status.code, 10);
  assert.equal((await api('GET', `/api/v1/lookup/${code}`)).status.code, 10);

  const upstreams = nodes.map((node) => node.url.replace('http://', ''));
  assert.ok(served.length >= 12, `${served.length} requests`);
  served.forEach((upstream, i) => {
    assert.ok(upstreams.includes(upstream), `request ${i} served by ${upstream}`);
    if (i > 0) assert.notEqual(upstream, served[i - 1], `requests ${i - 1} and ${i} on one node`);
  });
});

test('a file uploaded through one node is read through the other', async () => {
  const { api, tokenOf } = client();
  const citizen = await tokenOf('congdan');
  const procedure = await api('GET', `/api/v1/procedures/${birth}`);
  const draft = await api('POST', '/api/v1/dossiers', citizen, { procedure_code: birth, form: {} });
  const component = procedure.components.find((c) => c.required);
  const bytes = Buffer.from(`%PDF-1.4\n% ${Date.now()} uploaded through one node\n%%EOF\n`);
  for (let reads = 0; reads < 2; reads += 1) {
    const upload = new FormData();
    upload.append('component_id', component.id);
    upload.append('file', new Blob([bytes], { type: 'application/pdf' }), 'giay-to.pdf');
    const stored = await api('POST', `/api/v1/dossiers/${draft.id}/files`, citizen, upload);
    // Whichever node stored it, the next request (the other node) returns the same bytes.
    const response = await fetch(`${base}/tep/${stored.file_id}`, {
      headers: { Authorization: `Bearer ${citizen}` },
    });
    assert.equal(response.status, 200);
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
  }
  const onDisk = existsSync(path.join(work, 'data', 'files'))
    ? readdirSync(path.join(work, 'data', 'files'), { recursive: true }) : [];
  assert.deepEqual(onDisk, [], 'the bytes went to the database, not to the shared folder');
});

test('a change through one node shows at once on the list the other node keeps in memory', async () => {
  const { api, tokenOf } = client();
  const admin = await tokenOf('quantri');  // a sign-in is a write too: before the lists are kept
  const list = async () => (await api('GET', '/api/v1/admin-units')).items.map((u) => u.name);
  const before = [await list(), await list()];  // both nodes now keep the list
  const name = `Tỉnh Thử ${Date.now()}`;
  assert.ok(!before.flat().includes(name));
  await api('PUT', '/api/v1/admin/admin-units/Z98', admin, { name, kind: 'province' });
  await new Promise((resolve) => setTimeout(resolve, 1000));  // the cache keeps pages 10 minutes
  assert.ok((await list()).includes(name), 'first node');
  assert.ok((await list()).includes(name), 'second node');
});

// The other node keeps the browser's page for ten minutes and may not have heard of the change
// yet (announcements are coalesced over a tenth of a second): the browser's marker cookie says so.
test("a browser's change through one node shows on its next page through the other", async () => {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'doanhnghiep', password: 'MotCua@2026' }),
  });
  const { token, csrf_token: csrf } = await login.json();
  let cookies = `motcua_session=${token}`;
  const upstreams = [];
  const page = async () => {
    const response = await fetch(`${base}/ho-so`, { headers: { cookie: cookies }, redirect: 'manual' });
    assert.equal(response.status, 200);
    upstreams.push(response.headers.get('x-upstream'));
    return response.text();
  };
  await page();
  await page();  // both nodes now keep this session's list
  const created = await fetch(`${base}/api/v1/dossiers`, {
    method: 'POST',
    headers: { cookie: cookies, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ procedure_code: birth, form: {} }),
  });
  assert.equal(created.status, 201);
  upstreams.push(created.headers.get('x-upstream'));
  const marker = created.headers.getSetCookie().find((c) => c.startsWith('motcua_wrote='));
  assert.ok(marker, 'the change is marked');
  cookies += `; ${marker.split(';')[0]}`;
  const { id } = await created.json();
  assert.ok((await page()).includes(`/ho-so/${id}/sua`), 'the new draft, not the kept list');
  assert.notEqual(upstreams[3], upstreams[2], `the change on ${upstreams[2]}, the list on ${upstreams[3]}`);
});

test('in Chromium, a citizen signs in through one node and goes on through the other', async () => {
  const browser = await startBrowser();
  try {
    const page = await browser.context.newPage();
    const pages = [];  // which node answered each page (not its styles and scripts)
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') pages.push(response.headers()['x-upstream']);
    });
    // The sign-in form comes from one node, its answer (and form token) goes to the next.
    await logIn(page, base, 'congdan');
    for (const target of ['/ho-so', '/tai-khoan', '/ho-so']) {
      const response = await page.goto(`${base}${target}`);
      assert.equal(response.status(), 200, target);
      assert.ok(!page.url().includes('/dang-nhap'), `${target} kept the session`);
    }
    assert.ok(await page.locator('a[href^="/ho-so/H"]').count() > 0, 'the dossiers filed above');
    assert.equal(new Set(pages).size, 2, `pages from ${pages.join(', ')}`);
    await screenshot(page, 'two-nodes-my-dossiers');
  } finally {
    await browser.close();
  }
});

test('one node killed under load: every acknowledged submission survives, the other carries on', async () => {
  const { api, tokenOf, submitted } = client();
  const citizen = await tokenOf('congdan');
  const procedure = await api('GET', `/api/v1/procedures/${birth}`);
  const acknowledged = [];
  let failed = 0;
  let killed = false;
  let afterKill = 0;
  const deadline = Date.now() + 12_000;
  const submitter = async () => {
    while (Date.now() < deadline) {
      try {
        const code = await submitted(citizen, procedure);
        acknowledged.push(code);
        if (killed) afterKill += 1;
      } catch {
        failed += 1;  // in flight on the killed node: not acknowledged, so nothing is owed
      }
    }
  };
  const load = Array.from({ length: 16 }, submitter);
  await new Promise((resolve) => setTimeout(resolve, 4000));
  assert.ok(acknowledged.length > 0, 'submissions before the kill');
  await nodes[0].kill();
  killed = true;
  await Promise.all(load);
  nodes = nodes.slice(1);

  assert.ok(afterKill > 0, `${afterKill} submissions after the kill`);
  assert.equal(new Set(acknowledged).size, acknowledged.length, 'one code per submission');
  for (const code of acknowledged) {
    const progress = await api('GET', `/api/v1/lookup/${code}`);
    assert.equal(progress.code, code);
    assert.equal(progress.status.code, 1);
  }
  assert.ok((await fetch(`${base}/healthz`)).ok);
  console.log(`acknowledged ${acknowledged.length} (${afterKill} after the kill), failed ${failed}`);
});
