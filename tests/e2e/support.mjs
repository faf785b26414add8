// What the journey needs around the browser: the real `motcua` binary on a free port with the demo
// province in a fresh data folder, Debian's Chromium through playwright-core, and screenshots.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const artifacts = path.join(here, 'artifacts');
export const password = 'MotCua@2026';

// The flags that work on this machine (ARCHITECTURE.md); the profile folder is fresh each run.
const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Starts `binary args` and resolves once it logs "listening on http://HOST:PORT/".
export async function startProcess(binary, args, cleanup = () => {}) {
  const child = spawn(binary, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${binary} did not start:\n${log}`)), 90_000);
    const scan = (chunk) => {
      log += chunk.toString();
      const found = log.match(/listening on (http:\/\/[^\s/]+)\//);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on('data', scan);
    child.stderr.on('data', scan);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${binary} exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    log: () => log,
    // As a crash or the OOM killer would: no shutdown at all.
    async kill() {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      cleanup();
    },
  };
}

// `extraArgs` are added to `motcua serve` (e.g. --sim URL). MOTCUA_E2E_DB=URL runs the server on
// that PostgreSQL database instead of SQLite (an empty one: a suite at a time).
export async function startServer(extraArgs = []) {
  const binary = process.env.MOTCUA_BINARY || path.join(root, 'build', 'motcua');
  const data = mkdtempSync(path.join(tmpdir(), 'motcua-e2e-data-'));
  if (process.env.MOTCUA_E2E_DB) extraArgs = ['--db', process.env.MOTCUA_E2E_DB, ...extraArgs];
  // A suite signs in and posts far faster than a person: the per-address limits are raised.
  const args = ['serve', '--data', data, '--port', '0', '--demo', '--login-rate', '1000',
    '--write-rate', '10000', ...extraArgs];
  return startProcess(binary, args, () => rmSync(data, { recursive: true, force: true }));
}

// motcua-sim, playing the national systems, with that share of its calls failing.
export async function startSimulator(failRate = 0) {
  const binary = process.env.MOTCUA_SIM_BINARY || path.join(root, 'build', 'motcua-sim');
  return startProcess(binary, ['--port', '0', '--fail-rate', String(failRate)]);
}

// `options` adds to or overrides the context's (javaScriptEnabled: false for the plain-form path).
export async function startBrowser(options = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'motcua-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.MOTCUA_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

let shot = 0;
// A file a test fetched, kept beside the screenshots for a person to look at.
export function saveArtifact(name, bytes) {
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(path.join(artifacts, name), bytes);
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  shot += 1;
  const file = path.join(artifacts, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// The smallest well-formed PDF, cross-reference table included, as every PDF writer makes it:
// what a scanned birth certificate would be, in a few hundred bytes.
export function smallPdf(title) {
  const content = `BT /F1 12 Tf 20 50 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

// A real PNG of `size` × `size` pixels in one colour: small enough to upload in a blink, whole
// enough for the thumbnailer to decode.
export function smallPng(size = 32, [red, green, blue] = [200, 16, 46]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;  // bits per channel
  header[9] = 2;  // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(size).fill([red, green, blue]).flat())]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array(size).fill(row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
