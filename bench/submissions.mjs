// Dossier submissions per second through the JSON API, as citizens file them: each one a draft, its
// required papers uploaded (distinct 20 kB PDFs; two for birth registration) and the submission, by CLIENTS concurrent clients for SECONDS.
//   node bench/submissions.mjs BASE_URL [CLIENTS] [SECONDS]
import { apiClient, sampleForm } from '../tests/e2e/api_client.mjs';

const [base, clients = '32', seconds = '20'] = process.argv.slice(2);
const { api, tokenOf } = apiClient(base);
const token = await tokenOf('congdan');
const procedure = await api('GET', '/api/v1/procedures/1.001193');
const papers = procedure.components.filter((c) => c.required);
const form = sampleForm(procedure);
let done = 0;
let failed = 0;
const deadline = Date.now() + Number(seconds) * 1000;

async function submitOne(n) {
  const draft = await api('POST', '/api/v1/dossiers', token, { procedure_code: procedure.code, form });
  for (const paper of papers) {
    const upload = new FormData();
    upload.append('component_id', paper.id);
    const bytes = `%PDF-1.4\n% ${process.pid} ${n} ${paper.id}\n${'x'.repeat(20000)}\n%%EOF\n`;
    upload.append('file', new Blob([bytes], { type: 'application/pdf' }), 'giay-to.pdf');
    await api('POST', `/api/v1/dossiers/${draft.id}/files`, token, upload);
  }
  await api('POST', `/api/v1/dossiers/${draft.id}/submit`, token, {});
}

let counter = 0;
const started = Date.now();
await Promise.all(Array.from({ length: Number(clients) }, async () => {
  while (Date.now() < deadline) {
    try {
      await submitOne(counter += 1);
      done += 1;
    } catch (error) {
      failed += 1;
      if (failed === 1) console.error(error.message);
    }
  }
}));
const elapsed = (Date.now() - started) / 1000;
console.log(`${done} submissions with two files in ${elapsed.toFixed(1)} s: ${(done / elapsed).toFixed(0)}/s; ${failed} failed`);
