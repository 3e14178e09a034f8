import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';

describe.each(databaseKinds())('the HTTP kernel on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    ({ app } = await buildTestApp(test.database, { BODY_LIMIT_BYTES: '2048' }));
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('answers health and names the database kind when ready', async () => {
    expect((await app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/api/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: kind });
  });

  it('answers unknown API paths with a 404 problem in Chinese by default', async () => {
    const res = await app.inject('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'request.not_found', title: '请求的地址不存在', status: 404 });
  });

  it('speaks English when the caller asks for it', async () => {
    const res = await app.inject({
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(res.json().title).toBe('There is nothing at this address');
  });

  it('tells shared caches that API answers vary with the language', async () => {
    const res = await app.inject('/api/v1/directory/organisations');
    expect(String(res.headers.vary)).toMatch(/Accept-Language/);
  });

  it('turns malformed JSON into a 400 problem, not a 500', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'content-type': 'application/json' },
      payload: '{"itemCode": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('request.malformed_json');
  });

  it('turns an oversize body into a 413 problem', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ itemCode: 'x'.repeat(5000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('request.too_large');
  });

  it('refuses a body it cannot read with 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(res.statusCode).toBe(415);
  });

  it('lists wrong types and unknown fields as located field errors', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/directory/organisations?cityCode=abc&extra=1',
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['querystring.cityCode', 'querystring.extra']);
  });

  it('publishes an OpenAPI document of the routes', async () => {
    const res = await app.inject('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/ready', '/api/v1/cases']));
  });
});

describe('listening', () => {
  it('serves over IPv6 loopback when bound to ::', async () => {
    const test = await createTestDatabase('pglite');
    const { app } = await buildTestApp(test.database);
    try {
      await app.listen({ host: '::', port: 0, ipv6Only: false });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const v6 = await fetch(`http://[::1]:${port}/api/ready`);
      expect((await v6.json()).status).toBe('ready');
      const v4 = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(v4.status).toBe(200);
    } finally {
      await app.close();
      await test.dispose();
    }
  });
});
