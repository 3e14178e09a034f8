import type { Database, Tx } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { ImplementationView, ItemSummary, ItemView } from '../../../contracts/catalog.contract.js';
import type { DirectoryModule } from '../directory/index.js';
import type { CatalogRepository, ImplementationRow, ServiceItemRow } from './catalog.repository.js';
import { catalogErrors } from './catalog.errors.js';
import { housingFundTransferImplementations, housingFundTransferItem } from './items.seed.js';

type Directory = Pick<DirectoryModule, 'findCity' | 'findOrganisation' | 'findOrganisationByKey'>;

function toSummary(item: ServiceItemRow): ItemSummary {
  return {
    code: item.code,
    name: item.name,
    nameEn: item.nameEn,
    type: item.type,
    subject: item.subject,
    modes: item.modes,
    summary: item.summary,
  };
}

/** The service catalogue: public reading, and the lookups the case engine needs. */
export function createCatalogService({
  database,
  repository,
  directory,
}: {
  database: Database;
  repository: CatalogRepository;
  directory: Directory;
}) {
  async function implementationView(tx: Tx, row: ImplementationRow): Promise<ImplementationView> {
    const [city, org] = [
      await directory.findCity(tx, row.cityCode),
      await directory.findOrganisation(tx, row.orgId),
    ];
    return {
      id: row.id,
      cityCode: row.cityCode,
      cityName: city?.name ?? row.cityCode,
      orgId: row.orgId,
      orgName: org?.name ?? '',
      version: row.version,
      statutoryDays: row.statutoryDays,
      promisedDays: row.promisedDays,
      feeYuan: row.feeYuan,
      materials: row.materials,
      form: row.form,
      delivery: row.delivery,
      offSiteCityCodes: row.offSiteCityCodes,
    };
  }

  return {
    async listItems(keyword?: string): Promise<ItemSummary[]> {
      const rows = await database.withActor(null, (tx) => repository.listItems(tx, keyword));
      return rows.map(toSummary);
    },

    /** An item with its guide and every city's published implementation. */
    async getItem(code: string): Promise<ItemView> {
      return database.withActor(null, async (tx) => {
        const item = await repository.findItem(tx, code);
        if (!item) throw catalogErrors.itemNotFound();
        const implementations = [];
        for (const row of await repository.listPublishedImplementations(tx, code)) {
          implementations.push(await implementationView(tx, row));
        }
        return {
          ...toSummary(item),
          legalBasis: item.legalBasis,
          resultType: item.resultType,
          guide: item.guide,
          implementations,
        };
      });
    },

    /** For the case engine, inside its transaction: the item and the city's current published implementation. */
    async findApplicableImplementation(tx: Tx, itemCode: string, cityCode: string) {
      const item = await repository.findItem(tx, itemCode);
      if (!item) return null;
      const implementation = await repository.findPublishedImplementation(tx, itemCode, cityCode);
      return implementation ? { item, implementation } : null;
    },

    findItem: (tx: Tx, code: string) => repository.findItem(tx, code),

    /** Loads the demo items and their four implementations; leaves existing ones alone. */
    async seedCatalog(): Promise<void> {
      await database.withSystem(async (tx) => {
        await repository.insertItem(tx, housingFundTransferItem);
        for (const impl of housingFundTransferImplementations) {
          const org = await directory.findOrganisationByKey(tx, impl.cityCode, impl.orgKey);
          if (!org)
            throw new Error(`no organisation ${impl.orgKey} in ${impl.cityCode}; seed the directory first`);
          const { orgKey: _orgKey, ...fields } = impl;
          await repository.insertImplementation(tx, {
            ...fields,
            id: newId(),
            itemCode: housingFundTransferItem.code,
            orgId: org.id,
            version: 1,
            status: 'published',
            publishedAt: new Date(),
          });
        }
      });
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
