import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { requiredMaterials } from '../../../../test/materials.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';
import type {
  ImplementationView,
  ItemComparison,
  ItemList,
  ItemView,
} from '../../../contracts/catalog.contract.js';
import { itemImplementations } from './catalog.tables.js';

const HOUSING_FUND_TRANSFER = '000125008000';

describe.each(databaseKinds())('the service catalogue on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let meishanAdmin: TestSession;

  const search = async (query: string) =>
    (await app.inject(`/api/v1/catalog/items?${query}`)).json() as ItemList;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    meishanAdmin = await signIn(app, 'ms.admin', demoPassword);
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('finds 住房公积金异地转移接续 when people type 公积金', async () => {
    const result = await search(`keyword=${encodeURIComponent('公积金')}`);
    expect(result.items.map((i) => i.name)).toContain('住房公积金异地转移接续');
    expect(result.items.every((i) => `${i.name}${i.summary}`.includes('公积金'))).toBe(true);
  });

  it('puts 营业执照设立登记 first when people type 营业执照', async () => {
    const result = await search(`keyword=${encodeURIComponent('营业执照')}`);
    expect(result.items[0]?.name).toMatch(/营业执照/);
  });

  it('still finds the item through a typo', async () => {
    const result = await search(`keyword=${encodeURIComponent('公积全转移接续')}`);
    expect(result.items.map((i) => i.code)).toContain(HOUSING_FUND_TRANSFER);
  });

  it('finds nothing for words that are not in the catalogue', async () => {
    expect((await search(`keyword=${encodeURIComponent('火星移民')}`)).items).toEqual([]);
  });

  it('filters by subject, mode and city, and pages with a cursor', async () => {
    const firms = await search('subject=legal_person&limit=100');
    expect(firms.items.length).toBeGreaterThan(3);
    expect(firms.items.every((i) => i.subject !== 'individual')).toBe(true);
    const instantInZiyang = await search('mode=instant&cityCode=512000&limit=100');
    expect(instantInZiyang.items.every((i) => i.instantCityCodes.includes('512000'))).toBe(true);
    const first = await search('limit=10');
    expect(first.items).toHaveLength(10);
    expect(first.total).toBeGreaterThanOrEqual(30);
    const second = await search(`limit=10&cursor=${first.nextCursor}`);
    expect(second.items[0]?.code).not.toBe(first.items[0]?.code);
    expect(new Set([...first.items, ...second.items].map((i) => i.code)).size).toBe(20);
  });

  it('answers a forged cursor and an unknown filter value with 400', async () => {
    expect((await app.inject('/api/v1/catalog/items?cursor=abc')).statusCode).toBe(400);
    expect((await app.inject('/api/v1/catalog/items?subject=alien')).statusCode).toBe(400);
  });

  it('serves an item with its guide and the four cities’ implementations', async () => {
    const item = (await app.inject(`/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}`)).json() as ItemView;
    expect(item.implementations.map((i) => i.cityCode)).toEqual(['510100', '510600', '511400', '512000']);
    expect(item.implementations[0]?.orgName).toBe('成都住房公积金管理中心');
    expect(item.guide.steps.length).toBeGreaterThan(2);
    expect((await app.inject('/api/v1/catalog/items/999999999999')).statusCode).toBe(404);
  });

  it('compares the four implementations and scores their conformance', async () => {
    const comparison = (
      await app.inject(`/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}/comparison`)
    ).json() as ItemComparison;
    expect(comparison.cities.map((c) => c.name)).toEqual(['成都市', '德阳市', '眉山市', '资阳市']);
    expect(comparison.score).toBeLessThan(100);
    expect(comparison.dimensions.some((d) => !d.uniform)).toBe(true);
    expect(comparison.rule).toMatch(/八个方面/);
  });

  it('lists items by conformance, least uniform first, with city averages', async () => {
    const list = (await app.inject('/api/v1/catalog/conformance')).json() as {
      items: { score: number }[];
      cityAverages: Record<string, number>;
    };
    const scores = list.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.some((s) => s === 100)).toBe(true);
    expect(scores.some((s) => s < 100)).toBe(true);
    expect(Object.keys(list.cityAverages)).toEqual(['510100', '510600', '511400', '512000']);
  });

  describe('editing by a city administrator', () => {
    let published: ImplementationView;
    const draftUrl = `/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}/cities/511400/draft`;

    function draftBody(change: Record<string, unknown> = {}) {
      return {
        orgId: published.orgId,
        statutoryDays: published.statutoryDays,
        promisedDays: 2,
        feeYuan: published.feeYuan,
        instant: published.instant,
        materials: published.materials,
        form: published.form,
        delivery: published.delivery,
        offSiteCityCodes: published.offSiteCityCodes,
        ...change,
      };
    }

    beforeAll(async () => {
      const item = (await app.inject(`/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}`)).json() as ItemView;
      published = item.implementations.find((i) => i.cityCode === '511400') as ImplementationView;
    });

    it('keeps other cities’ implementations out of reach', async () => {
      const res = await app.inject({
        method: 'PUT',
        url: `/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}/cities/510100/draft`,
        headers: meishanAdmin.headers,
        payload: draftBody(),
      });
      expect(res.statusCode).toBe(403);
    });

    it('rejects an invalid form definition when it is saved, with located errors', async () => {
      const res = await app.inject({
        method: 'PUT',
        url: draftUrl,
        headers: meishanAdmin.headers,
        payload: draftBody({
          promisedDays: 99,
          form: [
            { key: 'reason', label: '原因', labelEn: 'Reason', type: 'select', required: true },
            { key: 'reason', label: '重复', labelEn: 'Again', type: 'text', required: false },
          ],
        }),
      });
      expect(res.statusCode).toBe(400);
      const fields = (res.json().errors as { field: string }[]).map((e) => e.field).sort();
      expect(fields).toEqual(['body.form.0.options', 'body.form.1.key', 'body.promisedDays']);
    });

    it('saves a draft as a new version the public does not see, then publishes it', async () => {
      const saved = await app.inject({
        method: 'PUT',
        url: draftUrl,
        headers: meishanAdmin.headers,
        payload: draftBody(),
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({
        status: 'draft',
        version: published.version + 1,
        promisedDays: 2,
      });
      const publicView = (
        await app.inject(`/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}`)
      ).json() as ItemView;
      expect(publicView.implementations.find((i) => i.cityCode === '511400')?.promisedDays).toBe(
        published.promisedDays,
      );

      const done = await app.inject({
        method: 'POST',
        url: `${draftUrl}/publish`,
        headers: meishanAdmin.headers,
      });
      expect(done.json()).toMatchObject({ status: 'published', version: published.version + 1 });
      const versions = await app.inject({
        url: `/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}/cities/511400/versions`,
        headers: meishanAdmin.headers,
      });
      expect((versions.json().items as { status: string }[]).map((v) => v.status)).toEqual([
        'published',
        'superseded',
      ]);
    });

    it('never lets a published version change, even in SQL', async () => {
      await expect(
        test.database.withSystem((tx) =>
          tx
            .update(itemImplementations)
            .set({ promisedDays: 1 })
            .where(eq(itemImplementations.id, published.id)),
        ),
      ).rejects.toSatisfy((e: unknown) =>
        /cannot be changed/.test(String((e as { cause?: Error }).cause?.message)),
      );
    });

    it('keeps an application on the version it was made under', async () => {
      const citizen = await registerCitizen(app, '钱多多');
      const current = (await app.inject(`/api/v1/catalog/items/${HOUSING_FUND_TRANSFER}`)).json() as ItemView;
      const meishan = current.implementations.find((i) => i.cityCode === '511400') as ImplementationView;
      const applied = await app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { ...citizen.headers, 'idempotency-key': randomUUID() },
        payload: {
          itemCode: HOUSING_FUND_TRANSFER,
          cityCode: '511400',
          form: {
            originCity: '重庆市',
            originCentre: '重庆市住房公积金管理中心',
            employer: '眉山某公司',
            reason: 'job_change',
          },
          materials: await requiredMaterials(app, citizen, HOUSING_FUND_TRANSFER, '511400'),
        },
      });
      expect(applied.statusCode).toBe(201);
      expect(applied.json().implementationVersion).toBe(meishan.version);

      await app.inject({
        method: 'PUT',
        url: draftUrl,
        headers: meishanAdmin.headers,
        payload: draftBody({ promisedDays: 1 }),
      });
      await app.inject({ method: 'POST', url: `${draftUrl}/publish`, headers: meishanAdmin.headers });
      const later = await app.inject({ url: `/api/v1/cases/${applied.json().id}`, headers: citizen.headers });
      expect(later.json()).toMatchObject({
        implementationVersion: meishan.version,
        promisedDays: meishan.promisedDays,
      });
    });
  });
});
