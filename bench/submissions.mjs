// Dossier submissions per second through the JSON API, as citizens file them: each one a draft, its
// two papers uploaded (distinct 20 kB PDFs) and the submission,
// by CLIENTS concurrent clients for SECONDS, each a citizen of its own (registered first), since a
// province's submissions come from many people and one account's uploads queue on its quota. The
// client uses node:http with kept-alive connections and multipart bodies built by hand.
//   node bench/submissions.mjs BASE_URL [CLIENTS] [SECONDS]      (PREPARE=FILE: set-up only)
import http from 'node:http';

import { sampleForm } from '../tests/e2e/api_client.mjs';

const [base, clients = '32', seconds = '20'] = process.argv.slice(2);
const target = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(clients) });

function call(method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: target.hostname, port: target.port, method, path, agent,
      headers: { ...headers, 'content-length': body ? body.length : 0 } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if (response.statusCode >= 300) reject(new Error(`${method} ${path}: ${response.statusCode} ${text}`));
        else resolve(text ? JSON.parse(text) : null);
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

const json = (token) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
async function citizen(n) {
  const account = { username: `bench${process.pid}c${n}`, password: 'MotCua@2026' };
  await call('POST', '/api/v1/auth/register', json(''),
    Buffer.from(JSON.stringify({ ...account, full_name: 'Nguyễn Văn Thử' })));
  return (await call('POST', '/api/v1/auth/login', json(''), Buffer.from(JSON.stringify(account)))).token;
}
// One at a time: the server refuses more password hashings at once than it has cores for.
const tokens = [];
for (let n = 0; n < Number(clients); n += 1) tokens.push(await citizen(n));
const procedure = await call('GET', '/api/v1/procedures/1.001193', {});
// Two papers: the required ones first, then optional ones.
const papers = [...procedure.components].sort((a, b) => b.required - a.required).slice(0, 2);
const draftBody = Buffer.from(JSON.stringify({ procedure_code: procedure.code, form: sampleForm(procedure) }));
// PREPARE=FILE: only the set-up, written for build/submit_load, a client in C++ that takes less of
// the CPU it shares with the server than this one.
if (process.env.PREPARE) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.PREPARE, JSON.stringify({
    tokens, draft: draftBody.toString(), components: papers.map((paper) => paper.id) }));
  agent.destroy();
  process.exit(0);
}
const boundary = 'motcuabenchboundary';
const padding = 'x'.repeat(20000);

function upload(component, n) {
  const pdf = `%PDF-1.4\n% ${process.pid} ${n} ${component}\n${padding}\n%%EOF\n`;
  return Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="component_id"\r\n\r\n${component}\r\n`
    + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="giay-to.pdf"\r\n`
    + `Content-Type: application/pdf\r\n\r\n${pdf}\r\n--${boundary}--\r\n`);
}

async function submitOne(token, n) {
  const draft = await call('POST', '/api/v1/dossiers', json(token), draftBody);
  const multipart = { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` };
  for (const paper of papers) await call('POST', `/api/v1/dossiers/${draft.id}/files`, multipart, upload(paper.id, n));
  await call('POST', `/api/v1/dossiers/${draft.id}/submit`, json(token), Buffer.from('{}'));
}

let done = 0;
let failed = 0;
let counter = 0;
const started = Date.now();
const deadline = started + Number(seconds) * 1000;
await Promise.all(tokens.map(async (token) => {
  while (Date.now() < deadline) {
    try {
      await submitOne(token, counter += 1);
      done += 1;
    } catch (error) {
      failed += 1;
      if (failed === 1) console.error(error.message);
    }
  }
}));
const elapsed = (Date.now() - started) / 1000;
console.log(`${done} submissions with ${papers.length} files in ${elapsed.toFixed(1)} s: ${(done / elapsed).toFixed(0)}/s; ${failed} failed`);
agent.destroy();
