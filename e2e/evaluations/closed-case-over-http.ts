import { readFile } from 'node:fs/promises';
import type { FormField, ImplementationView } from '../../src/contracts/catalog.contract.js';

// Plausible answers for the demo item's fields; any other text field gets a generic answer.
const SAMPLE_ANSWERS: Record<string, string> = {
  originCity: '资阳市',
  originCentre: '资阳市住房公积金管理中心',
  originAccount: '512000100200300',
  employer: '成都同城示范科技有限公司',
};

function answer(field: FormField): string | number {
  switch (field.type) {
    case 'number':
      return 1;
    case 'date':
      return '2026-01-15';
    case 'select':
    case 'city':
      return field.options?.[0]?.value ?? '510100';
    default: {
      const text = SAMPLE_ANSWERS[field.key] ?? `浏览器测试填写的${field.label}`;
      return field.maxLength ? text.slice(0, field.maxLength) : text;
    }
  }
}

type Headers = Record<string, string>;

/** Signs in over the API: the session cookie and CSRF token, as the web app would hold them. */
async function apiSession(baseUrl: string, account: string, password: string): Promise<Headers> {
  const res = await fetch(`${baseUrl}/api/v1/identity/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** Every required material as a real scan, uploaded under the applicant's account. */
async function uploadMaterials(baseUrl: string, headers: Headers, implementation: ImplementationView) {
  const scan = await readFile(new URL('../fixtures/id-card-scan.pdf', import.meta.url));
  const materials = [];
  for (const material of implementation.materials.filter((m) => m.requirement === 'required')) {
    const body = new FormData();
    body.append('file', new Blob([scan], { type: 'application/pdf' }), `${material.name}.pdf`);
    const res = await fetch(`${baseUrl}/api/v1/uploads`, { method: 'POST', headers, body });
    if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${await res.text()}`);
    materials.push({ code: material.key, uploadId: ((await res.json()) as { id: string }).id });
  }
  return materials;
}

/**
 * A case taken to 办结 over the public API: the applicant files it (with a scan for each required
 * material), the deciding officer accepts, grants, delivers online and closes it. The journey
 * under test starts at the closed case.
 */
export async function closedCaseOverHttp(
  baseUrl: string,
  applicant: { account: string; password: string },
  officer: { account: string; password: string },
  implementation: ImplementationView,
  itemCode: string,
): Promise<{ id: string; caseNumber: string }> {
  const headers = await apiSession(baseUrl, applicant.account, applicant.password);
  const materials = await uploadMaterials(baseUrl, headers, implementation);
  const form = Object.fromEntries(implementation.form.map((field) => [field.key, answer(field)]));
  const filed = await fetch(`${baseUrl}/api/v1/cases`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ itemCode, cityCode: implementation.cityCode, form, materials }),
  });
  if (filed.status !== 201) throw new Error(`application refused: ${filed.status} ${await filed.text()}`);
  const created = (await filed.json()) as { id: string; caseNumber: string };

  const officerHeaders = await apiSession(baseUrl, officer.account, officer.password);
  for (const action of [
    { action: 'accept' },
    { action: 'grant' },
    { action: 'deliver', method: 'online' },
    { action: 'close' },
  ]) {
    const res = await fetch(`${baseUrl}/api/v1/cases/${created.id}/actions`, {
      method: 'POST',
      headers: { ...officerHeaders, 'content-type': 'application/json' },
      body: JSON.stringify(action),
    });
    if (res.status !== 200) throw new Error(`${action.action} refused: ${res.status} ${await res.text()}`);
  }
  return created;
}
