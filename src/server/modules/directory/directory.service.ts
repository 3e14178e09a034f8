import type { Database, Tx } from '../../platform/db/database.js';
import { createSnapshotCache } from '../../platform/db/snapshot-cache.js';
import { newId } from '../../platform/ids.js';
import type { MetroAreaView, OrganisationView } from '../../../contracts/directory.contract.js';
import type { DirectoryRepository } from './directory.repository.js';
import { metroArea, metroAreaCities } from './metro-area.seed.js';
import {
  coordinationOffice,
  departmentName,
  departmentTemplates,
  hallTemplate,
} from './organisations.seed.js';

type OrganisationRow = Awaited<ReturnType<DirectoryRepository['listOrganisations']>>[number];

function toOrganisationView(org: OrganisationRow): OrganisationView {
  return {
    id: org.id,
    cityCode: org.cityCode,
    kind: org.kind,
    key: org.key,
    name: org.name,
    nameEn: org.nameEn,
    address: org.address,
    phone: org.phone,
  };
}

/** Public reference data of the metro area; everyone may read it. */
export function createDirectoryService({
  database,
  repository,
}: {
  database: Database;
  repository: DirectoryRepository;
}) {
  // Cities and organisations change a few times a year and are read on every page: keep a copy.
  const reference = createSnapshotCache({
    database,
    ttlMs: 60_000,
    load: async (tx) => {
      const [cityRows, orgRows] = [await repository.listCities(tx), await repository.listOrganisations(tx)];
      return {
        cities: cityRows,
        cityByCode: new Map(cityRows.map((c) => [c.code, c])),
        organisationById: new Map(orgRows.map((o) => [o.id, toOrganisationView(o)])),
      };
    },
  });

  return {
    /** The metro area with its cities and every county-level division. */
    async getMetroArea(): Promise<MetroAreaView | null> {
      return database.withActor(null, async (tx) => {
        const area = await repository.findMetroArea(tx);
        if (!area) return null;
        const [cityRows, divisionRows] = [
          await repository.listCities(tx),
          await repository.listDivisions(tx),
        ];
        return {
          code: area.code,
          name: area.name,
          nameEn: area.nameEn,
          cities: cityRows.map((city) => ({
            code: city.code,
            name: city.name,
            shortName: city.shortName,
            nameEn: city.nameEn,
            casePrefix: city.casePrefix,
            divisions: divisionRows
              .filter((d) => d.cityCode === city.code)
              .map((d) => ({ code: d.code, name: d.name })),
          })),
        };
      });
    },

    async listOrganisations(cityCode?: string): Promise<OrganisationView[]> {
      const rows = await database.withActor(null, (tx) => repository.listOrganisations(tx, cityCode));
      return rows.map(toOrganisationView);
    },

    /** Lookups for other modules; pass the caller's transaction when inside one. */
    findCity: async (tx: Tx | undefined, code: string) =>
      (await reference.get(tx)).cityByCode.get(code) ?? null,
    /** Codes of the metro area's cities, in their display order. */
    listCityCodes: async (tx?: Tx) => (await reference.get(tx)).cities.map((c) => c.code),
    async listOrganisationsIn(tx: Tx | undefined, cityCode?: string): Promise<OrganisationView[]> {
      const all = [...(await reference.get(tx)).organisationById.values()];
      return cityCode ? all.filter((o) => o.cityCode === cityCode) : all;
    },
    async findOrganisation(tx: Tx | undefined, id: string): Promise<OrganisationView | null> {
      return (await reference.get(tx)).organisationById.get(id) ?? null;
    },
    async findOrganisationByKey(
      tx: Tx | undefined,
      cityCode: string,
      key: string,
    ): Promise<OrganisationView | null> {
      const all = (await reference.get(tx)).organisationById.values();
      return [...all].find((o) => o.cityCode === cityCode && o.key === key) ?? null;
    },

    /** Loads the metro area, its cities, divisions, departments, halls and windows; does nothing if present. */
    async seedDirectory(): Promise<void> {
      await database.withSystem(async (tx) => {
        if (await repository.findMetroArea(tx)) return;
        await repository.insertMetroArea(tx, metroArea);
        for (const city of metroAreaCities()) {
          const { divisions, ...row } = city;
          await repository.insertCity(tx, { ...row, metroAreaCode: metroArea.code });
          await repository.insertDivisions(
            tx,
            divisions.map((d) => ({ ...d, cityCode: city.code })),
          );
          for (const template of departmentTemplates) {
            await repository.insertOrganisation(tx, {
              id: newId(),
              cityCode: city.code,
              kind: 'department',
              key: template.key,
              name: departmentName(template.key, city.name),
              nameEn: `${city.nameEn} ${template.nameEn}`,
              phone: '12345',
            });
          }
          const hallId = newId();
          await repository.insertOrganisation(tx, {
            id: hallId,
            cityCode: city.code,
            kind: 'service_hall',
            key: hallTemplate.key,
            name: hallTemplate.name(city.name),
            nameEn: `${city.nameEn} ${hallTemplate.nameEn}`,
            phone: '12345',
          });
          await repository.insertWindows(
            tx,
            hallTemplate.windows.map((w) => ({ id: newId(), hallId, cityCode: city.code, ...w })),
          );
        }
        await repository.insertOrganisation(tx, { id: newId(), kind: 'office', ...coordinationOffice });
      });
      reference.invalidate();
    },
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
