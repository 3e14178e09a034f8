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

/** A signed-in API client: the session cookie and CSRF token, as the web app would hold them. */
async function apiSession(baseUrl: string, account: string, password: string) {
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

/**
 * Files an application for the person over the public API, uploading a real scan for every
 * required material, while the web's upload step is being built; the journey under test starts
 * after submission.
 */
export async function applyOverHttp(
  baseUrl: string,
  credentials: { account: string; password: string },
  implementation: ImplementationView,
  itemCode: string,
): Promise<{ id: string; caseNumber: string }> {
  const headers = await apiSession(baseUrl, credentials.account, credentials.password);
  const scan = await readFile(new URL('../fixtures/id-card-scan.pdf', import.meta.url));
  const materials = [];
  for (const material of implementation.materials.filter((m) => m.requirement === 'required')) {
    const body = new FormData();
    body.append('file', new Blob([scan], { type: 'application/pdf' }), `${material.name}.pdf`);
    const res = await fetch(`${baseUrl}/api/v1/uploads`, { method: 'POST', headers, body });
    if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${await res.text()}`);
    materials.push({ code: material.key, uploadId: ((await res.json()) as { id: string }).id });
  }
  const form = Object.fromEntries(implementation.form.map((field) => [field.key, answer(field)]));
  const res = await fetch(`${baseUrl}/api/v1/cases`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ itemCode, cityCode: implementation.cityCode, form, materials }),
  });
  if (res.status !== 201) throw new Error(`application refused: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; caseNumber: string };
}
