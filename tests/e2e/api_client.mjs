// Setting up through the API what a browser test then looks at: accounts, dossiers filed with
// every required paper, and back-office actions.
import { password, smallPdf } from './support.mjs';

function sampleValue(field) {
  switch (field.type) {
    case 'number': return '2';
    case 'date': return '2026-01-15';
    case 'email': return 'nguoinop@example.vn';
    case 'phone': return '0912345678';
    case 'citizen_id': return '001090000123';
    case 'checkbox': return true;
    case 'address': return { province: 'H29', commune: 'H29.12.05', street: 'Số 1 đường Lê Lợi' };
    case 'rows': return [Object.fromEntries((field.columns || []).map((c) => [c.name, sampleValue(c)]))];
    case 'file': return '';
    default:
      if ((field.type === 'select' || field.type === 'radio') && field.options?.length) return field.options[0].value;
      return 'Nguyễn Thị Mai';
  }
}

// A value for every field of the procedure's e-form.
export function sampleForm(procedure) {
  return Object.fromEntries(procedure.form.fields.map((f) => [f.name, sampleValue(f)]));
}

// `onResponse` sees every response before its body is read (which node served it, behind a proxy).
export function apiClient(base, onResponse = () => {}) {
  async function api(method, target, token, body) {
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    let payload;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${base}${target}`, { method, headers, body: payload });
    onResponse(response);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${target}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  async function tokenOf(username) {
    return (await api('POST', '/api/v1/auth/login', null, { username, password })).token;
  }

  // Files a dossier of `procedure` with a small PDF for every required component; its code.
  async function submitted(token, procedure) {
    const form = sampleForm(procedure);
    const draft = await api('POST', '/api/v1/dossiers', token, { procedure_code: procedure.code, form });
    for (const component of procedure.components.filter((c) => c.required)) {
      const upload = new FormData();
      upload.append('component_id', component.id);
      upload.append('file', new Blob([smallPdf(component.id)], { type: 'application/pdf' }), 'giay-to.pdf');
      await api('POST', `/api/v1/dossiers/${draft.id}/files`, token, upload);
    }
    return (await api('POST', `/api/v1/dossiers/${draft.id}/submit`, token, {})).code;
  }

  async function act(token, code, action, body = {}) {
    await api('POST', `/api/v1/work/dossiers/${code}/${action}`, token, body);
  }

  return { api, tokenOf, submitted, act };
}
