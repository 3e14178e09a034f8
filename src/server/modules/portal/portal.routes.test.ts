import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { signIn } from '../../../../test/http-session.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import { defaultSiteSettings } from './site-settings.seed.js';

describe.each(databaseKinds())('site settings on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('serves the source page’s footer by default', async () => {
    const res = await app.inject('/api/v1/portal/site');
    expect(res.json()).toMatchObject({
      hostOrganisation: '资阳市人民政府',
      icpRecord: '蜀ICP备05007295号-1',
    });
  });

  it('lets the coordination office change the footer, and nobody else', async () => {
    const office = await signIn(app, 'office', demoPassword);
    const citizen = await signIn(app, '510104199003071237', demoPassword);
    const officer = await signIn(app, 'cd.gjj.officer', demoPassword);
    const settings = { ...defaultSiteSettings, hostOrganisation: '成都市人民政府' };
    const put = (headers: Record<string, string>, payload: object) =>
      app.inject({ method: 'PUT', url: '/api/v1/portal/site', headers, payload });

    expect((await put(citizen.headers, settings)).statusCode).toBe(403);
    expect((await put(officer.headers, settings)).statusCode).toBe(403);
    expect((await put({}, settings)).statusCode).toBe(401);
    const bad = await put(office.headers, { ...settings, hotlineLocal: '', extra: 'x' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'body.extra',
      'body.hotlineLocal',
    ]);
    expect((await put(office.headers, settings)).statusCode).toBe(200);
    expect((await app.inject('/api/v1/portal/site')).json().hostOrganisation).toBe('成都市人民政府');
  });
});
