import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import type { MetroAreaView } from '../../../contracts/directory.contract.js';

describe.each(databaseKinds())('the directory on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const built = await buildTestApp(test.database);
    app = built.app;
    await built.modules.directory.seedDirectory();
    await built.modules.directory.seedDirectory();
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('lists the four cities with their GB/T 2260 codes and every county-level division', async () => {
    const area = (await app.inject('/api/v1/directory/metro-area')).json() as MetroAreaView;
    expect(area.cities.map((c) => `${c.code} ${c.name} ${c.casePrefix}`)).toEqual([
      '510100 成都市 CD',
      '510600 德阳市 DY',
      '511400 眉山市 MS',
      '512000 资阳市 ZY',
    ]);
    const counts = Object.fromEntries(area.cities.map((c) => [c.shortName, c.divisions.length]));
    expect(counts).toEqual({ 成都: 20, 德阳: 6, 眉山: 6, 资阳: 3 });
    const chengdu = area.cities[0]?.divisions ?? [];
    expect(chengdu).toContainEqual({ code: '510104', name: '锦江区' });
    expect(chengdu).toContainEqual({ code: '510185', name: '简阳市' });
  });

  it('lists each city’s departments and its service hall, once however often it is seeded', async () => {
    const res = await app.inject('/api/v1/directory/organisations?cityCode=512000');
    const names = (res.json().items as { name: string }[]).map((o) => o.name).sort();
    expect(names).toEqual(
      [
        '资阳市住房公积金管理中心',
        '资阳市医疗保障局',
        '资阳市市场监督管理局',
        '资阳市公安局',
        '资阳市人力资源和社会保障局',
        '资阳市民政局',
        '资阳市自然资源和规划局',
        '资阳市卫生健康委员会',
        '资阳市教育局',
        '资阳市住房和城乡建设局',
        '国家税务总局资阳市税务局',
        '资阳市政务服务中心',
      ].sort(),
    );
  });
});
