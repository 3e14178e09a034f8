import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import type { ItemView } from '../src/contracts/catalog.contract.js';
import type { UploadView } from '../src/contracts/uploads.contract.js';
import type { TestSession } from './http-session.js';

const fixture = (name: string) => readFileSync(new URL(`../e2e/fixtures/${name}`, import.meta.url));

/** Small real files: a one-page PDF scan, a PNG photo, and text dressed up with a .pdf name. */
export const fixtures = {
  pdf: fixture('id-card-scan.pdf'),
  png: fixture('id-card-photo.png'),
  textNamedPdf: fixture('not-really.pdf'),
};

/** A multipart/form-data body with one file in the field "file", as a browser's FormData sends it. */
export function multipartBody(bytes: Buffer, filename: string, contentType = 'application/octet-stream') {
  const boundary = `----TongchengTest${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** POST /api/v1/uploads with one file; the raw answer. */
export function postUpload(
  app: FastifyInstance,
  session: TestSession | null,
  bytes: Buffer = fixtures.pdf,
  filename = '身份证扫描件.pdf',
) {
  const body = multipartBody(bytes, filename);
  return app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...(session?.headers ?? {}), ...body.headers },
    payload: body.payload,
  });
}

/** Uploads one file and returns what the server stored; fails the test if it was refused. */
export async function uploadFile(
  app: FastifyInstance,
  session: TestSession,
  bytes: Buffer = fixtures.pdf,
  filename = '身份证扫描件.pdf',
): Promise<UploadView> {
  const res = await postUpload(app, session, bytes, filename);
  if (res.statusCode !== 201) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
  return res.json() as UploadView;
}

/**
 * A freshly uploaded PDF for each required material of the item's implementation in that city,
 * as an application's `materials`. Each call uploads anew: an upload goes into one case only.
 */
export async function requiredMaterials(
  app: FastifyInstance,
  session: TestSession,
  itemCode: string,
  cityCode: string,
): Promise<{ code: string; uploadId: string }[]> {
  const item = (await app.inject(`/api/v1/catalog/items/${itemCode}`)).json() as ItemView;
  const implementation = item.implementations?.find((impl) => impl.cityCode === cityCode);
  const required = implementation?.materials.filter((m) => m.requirement === 'required') ?? [];
  const materials = [];
  for (const material of required)
    materials.push({ code: material.key, uploadId: (await uploadFile(app, session)).id });
  return materials;
}

/**
 * The application body with fresh uploads for its required materials added, unless it already
 * names its materials (an idempotent retry must send the same ones again).
 */
export async function withRequiredMaterials<T extends object>(
  app: FastifyInstance,
  session: TestSession,
  body: T,
): Promise<T> {
  if ('materials' in body) return body;
  const { itemCode, cityCode } = body as { itemCode?: unknown; cityCode?: unknown };
  if (typeof itemCode !== 'string' || typeof cityCode !== 'string') return body;
  // Staff who may not upload send the body as it is, to meet the refusal the test is about.
  if ((await postUpload(app, session)).statusCode === 403) return body;
  return { ...body, materials: await requiredMaterials(app, session, itemCode, cityCode) };
}
