import type { Actor } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { createSnapshotCache } from '../../platform/db/snapshot-cache.js';
import { registerMessages, translate, type Locale } from '../../platform/http/i18n.js';
import { newId } from '../../platform/ids.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import type {
  ConformanceList,
  ImplementationDraft,
  ImplementationView,
  ItemComparison,
  ItemList,
  ItemListQuery,
  ItemView,
} from '../../../contracts/catalog.contract.js';
import type { DirectoryModule } from '../directory/index.js';
import {
  implementationFingerprint,
  itemFingerprint,
  type CatalogEntry,
  type ImplementationContent,
} from './catalog-entry.js';
import { catalogErrors } from './catalog.errors.js';
import { canEditImplementation, canSeeDrafts } from './catalog.policy.js';
import type { CatalogRepository, ImplementationRow, ServiceItemRow } from './catalog.repository.js';
import { compareImplementations, type ComparableImplementation } from './conformance.js';
import { implementationProblems } from './implementation-rules.js';
import { afterSearchCursor, encodeSearchCursor } from './item-search.js';
import { buildPublicCatalog, searchCatalog, type PublicCatalog } from './public-catalog.js';
import { seedItems } from './seed/all-items.js';
import { toCatalogEntries } from './seed/to-catalog-entries.js';

type Directory = Pick<
  DirectoryModule,
  'findCity' | 'findOrganisation' | 'findOrganisationByKey' | 'listCityCodes'
>;

registerMessages({
  'catalog.conformance_rule': {
    'zh-CN':
      '每个事项按申请材料、表单字段、承诺时限、法定时限、收费、是否即办、送达方式、异地受理八个方面比较四市实施清单。' +
      '四市完全一致的方面计为"无差别"，事项得分 = 无差别方面数 ÷ 8 × 100；某市在一个方面与多数城市一致即得该方面分（两两相持时无多数），' +
      '城市得分为其各事项得分的平均值；未实施该事项的城市在该事项上得 0 分。',
    en:
      'Each item is compared across the four cities on eight dimensions: materials, form fields, promised limit, ' +
      'statutory limit, fee, instant decision, delivery and off-site acceptance. A dimension where all four agree is ' +
      'uniform; the item scores uniform dimensions ÷ 8 × 100. A city scores a dimension when it holds the value most ' +
      'cities hold (a two-against-two split has no majority); its overall score is the mean over the items; a city ' +
      'that does not implement an item scores 0 on it.',
  },
});

function toComparable(row: ImplementationRow): ComparableImplementation {
  return {
    cityCode: row.cityCode,
    promisedDays: row.promisedDays,
    statutoryDays: row.statutoryDays,
    feeYuan: row.feeYuan,
    instant: row.instant,
    materials: row.materials,
    form: row.form,
    delivery: row.delivery,
    offSiteCityCodes: row.offSiteCityCodes,
  };
}

function contentOf(row: ImplementationRow): ImplementationContent {
  return {
    cityCode: row.cityCode,
    orgId: row.orgId,
    statutoryDays: row.statutoryDays,
    promisedDays: row.promisedDays,
    feeYuan: row.feeYuan,
    materials: row.materials,
    form: row.form,
    delivery: row.delivery,
    offSiteCityCodes: row.offSiteCityCodes,
    instant: row.instant,
  };
}

/** The service catalogue: public reading, comparison, city administrators' drafts, and bulk loading. */
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
      status: row.status,
      statutoryDays: row.statutoryDays,
      promisedDays: row.promisedDays,
      feeYuan: row.feeYuan,
      instant: row.instant,
      materials: row.materials,
      form: row.form,
      delivery: row.delivery,
      offSiteCityCodes: row.offSiteCityCodes,
      publishedAt: row.publishedAt?.toISOString() ?? null,
    };
  }

  async function requireItem(tx: Tx, code: string): Promise<ServiceItemRow> {
    const item = await repository.findItem(tx, code);
    if (!item) throw catalogErrors.itemNotFound();
    return item;
  }

  /** The published catalogue, kept in memory: public reads need no database round trip. */
  const publicCatalog = createSnapshotCache<PublicCatalog>({
    database,
    // A change published by another process shows here within 30 s; this process sees its own at once.
    ttlMs: 30_000,
    load: async (tx) => {
      const [items, published] = [await repository.listAllItems(tx), await repository.listAllPublished(tx)];
      const views = new Map<string, ImplementationView>();
      for (const row of published) views.set(row.id, await implementationView(tx, row));
      return buildPublicCatalog(items, published, (row) => views.get(row.id) as ImplementationView);
    },
  });

  async function assertValidContent(tx: Tx, content: ImplementationContent): Promise<void> {
    const knownCityCodes = await directory.listCityCodes(tx);
    const problems = implementationProblems(content, { cityCode: content.cityCode, knownCityCodes });
    const org = await directory.findOrganisation(tx, content.orgId);
    if (!org || org.cityCode !== content.cityCode || org.kind !== 'department') {
      problems.push({ field: 'orgId', code: 'catalog.department_invalid' });
    }
    if (problems.length) {
      throw catalogErrors.implementationInvalid({
        fieldErrors: problems.map((p) => ({ field: `body.${p.field}`, code: p.code })),
      });
    }
  }

  /** Makes the content the city's published version, superseding the one before; no-op when unchanged. */
  async function publishContent(
    tx: Tx,
    itemCode: string,
    content: ImplementationContent,
    actorId: string | null,
  ): Promise<'published' | 'unchanged'> {
    const current = await repository.findImplementation(tx, itemCode, content.cityCode, 'published');
    if (current && implementationFingerprint(contentOf(current)) === implementationFingerprint(content)) {
      return 'unchanged';
    }
    if (current) await repository.updateImplementation(tx, current.id, { status: 'superseded' });
    // A city's pending draft is left as it is; the importer refuses rows that would race one.
    await repository.insertImplementation(tx, {
      id: newId(),
      itemCode,
      ...content,
      version: (await repository.lastVersion(tx, itemCode, content.cityCode)) + 1,
      status: 'published',
      publishedAt: new Date(),
      createdBy: actorId,
      publishedBy: actorId,
    });
    return 'published';
  }

  /**
   * Writes catalogue entries in the caller's transaction: new or changed items are saved and
   * each changed implementation is published as a new version; unchanged ones are left alone,
   * so loading the same entries twice changes nothing.
   */
  async function applyEntries(
    tx: Tx,
    entries: CatalogEntry[],
    actorId: string | null,
    onProgress?: (done: number) => void,
  ) {
    const counts = { itemsCreated: 0, itemsUpdated: 0, versionsPublished: 0, unchanged: 0 };
    for (const [index, entry] of entries.entries()) {
      const existing = await repository.findItem(tx, entry.item.code);
      if (!existing) {
        await repository.insertItem(tx, entry.item);
        counts.itemsCreated += 1;
      } else if (itemFingerprint(existing) !== itemFingerprint(entry.item)) {
        await repository.updateItem(tx, entry.item.code, entry.item);
        counts.itemsUpdated += 1;
      }
      for (const content of entry.implementations) {
        const outcome = await publishContent(tx, entry.item.code, content, actorId);
        counts[outcome === 'published' ? 'versionsPublished' : 'unchanged'] += 1;
      }
      onProgress?.(index + 1);
    }
    publicCatalog.invalidate();
    return counts;
  }

  return {
    /** Public search and browsing: keyword (Chinese-aware, ranked), city, subject, mode, type, life event. */
    async listItems(query: ItemListQuery): Promise<ItemList> {
      const catalog = await publicCatalog.get();
      const ranked = searchCatalog(catalog, query).map((r) => ({
        code: r.summary.code,
        score: r.score,
        summary: r.summary,
      }));
      const rest = afterSearchCursor(ranked, query.cursor);
      if (!rest) throw platformErrors.badRequest();
      const page = rest.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        items: page.map((r) => r.summary),
        nextCursor: rest.length > query.limit && last ? encodeSearchCursor(last) : null,
        total: ranked.length,
      };
    },

    /** An item with its guide and every city's published implementation. */
    async getItem(code: string): Promise<ItemView> {
      const view = (await publicCatalog.get()).views.get(code);
      if (!view) throw catalogErrors.itemNotFound();
      return view;
    },

    /** The cities' implementations side by side with every difference and the conformance score. */
    async getComparison(code: string, locale: Locale): Promise<ItemComparison> {
      const catalog = await publicCatalog.get();
      const view = catalog.views.get(code);
      if (!view) throw catalogErrors.itemNotFound();
      const cityCodes = await directory.listCityCodes();
      const rows = catalog.publishedByItem.get(code) ?? [];
      const cities = [];
      for (const c of cityCodes)
        cities.push({ code: c, name: (await directory.findCity(undefined, c))?.name ?? c });
      const { guide: _guide, implementations, legalBasis: _l, resultType: _r, keywords: _k, ...item } = view;
      return {
        ...compareImplementations(rows.map(toComparable), cityCodes),
        item,
        cities,
        implementations,
        rule: translate('catalog.conformance_rule', locale) ?? '',
      };
    },

    /** Every item by conformance, least uniform first, and each city's average. */
    async getConformance(locale: Locale): Promise<ConformanceList> {
      const catalog = await publicCatalog.get();
      const cityCodes = await directory.listCityCodes();
      const scored = catalog.items.map(({ item }) => {
        const result = compareImplementations(
          (catalog.publishedByItem.get(item.code) ?? []).map(toComparable),
          cityCodes,
        );
        return {
          code: item.code,
          name: item.name,
          nameEn: item.nameEn,
          score: result.score,
          cityScores: result.cityScores,
          differingDimensions: result.dimensions.filter((d) => !d.uniform).map((d) => d.dimension),
        };
      });
      scored.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
      const cityAverages = Object.fromEntries(
        cityCodes.map((c) => [
          c,
          scored.length
            ? Math.round(scored.reduce((sum, s) => sum + (s.cityScores[c] ?? 0), 0) / scored.length)
            : 0,
        ]),
      );
      return { items: scored, cityAverages, rule: translate('catalog.conformance_rule', locale) ?? '' };
    },

    /** The versions of one city's implementation that the actor may see, newest first. */
    async listVersions({ actor, code, cityCode }: { actor: Actor; code: string; cityCode: string }) {
      return database.withActor(actor, async (tx) => {
        await requireItem(tx, code);
        const statuses = canSeeDrafts(actor, cityCode)
          ? (['draft', 'published', 'superseded', 'withdrawn'] as const)
          : (['published', 'superseded', 'withdrawn'] as const);
        const rows = (await repository.listImplementations(tx, code, [...statuses])).filter(
          (r) => r.cityCode === cityCode,
        );
        const views = [];
        for (const row of rows) views.push(await implementationView(tx, row));
        return views;
      });
    },

    /** Saves the city's draft of an item; a published version is never edited, a new draft version is made. */
    async saveDraft({
      actor,
      code,
      cityCode,
      draft,
    }: {
      actor: Actor;
      code: string;
      cityCode: string;
      draft: ImplementationDraft;
    }): Promise<ImplementationView> {
      if (!canEditImplementation(actor, cityCode)) throw platformErrors.forbidden();
      return database.withActor(actor, async (tx) => {
        await requireItem(tx, code);
        const content: ImplementationContent = { cityCode, ...draft };
        await assertValidContent(tx, content);
        const existing = await repository.findImplementation(tx, code, cityCode, 'draft');
        if (existing) {
          await repository.updateImplementation(tx, existing.id, { ...draft, createdBy: actor.userId });
          const saved = await repository.findImplementationById(tx, existing.id);
          return implementationView(tx, saved as ImplementationRow);
        }
        const id = newId();
        await repository.insertImplementation(tx, {
          id,
          itemCode: code,
          ...content,
          version: (await repository.lastVersion(tx, code, cityCode)) + 1,
          status: 'draft',
          createdBy: actor.userId,
        });
        return implementationView(tx, (await repository.findImplementationById(tx, id)) as ImplementationRow);
      });
    },

    /** Publishes the city's draft: it becomes the version new applications are made under. */
    async publishDraft({ actor, code, cityCode }: { actor: Actor; code: string; cityCode: string }) {
      if (!canEditImplementation(actor, cityCode)) throw platformErrors.forbidden();
      return database.withActor(actor, async (tx) => {
        await requireItem(tx, code);
        const draft = await repository.findImplementation(tx, code, cityCode, 'draft');
        if (!draft) throw catalogErrors.noDraft();
        await assertValidContent(tx, contentOf(draft));
        const current = await repository.findImplementation(tx, code, cityCode, 'published');
        if (current) await repository.updateImplementation(tx, current.id, { status: 'superseded' });
        await repository.updateImplementation(tx, draft.id, {
          status: 'published',
          publishedAt: new Date(),
          publishedBy: actor.userId,
        });
        publicCatalog.invalidate();
        return implementationView(
          tx,
          (await repository.findImplementationById(tx, draft.id)) as ImplementationRow,
        );
      });
    },

    async discardDraft({
      actor,
      code,
      cityCode,
    }: {
      actor: Actor;
      code: string;
      cityCode: string;
    }): Promise<void> {
      if (!canEditImplementation(actor, cityCode)) throw platformErrors.forbidden();
      await database.withActor(actor, async (tx) => {
        const draft = await repository.findImplementation(tx, code, cityCode, 'draft');
        if (!draft) throw catalogErrors.noDraft();
        await repository.deleteImplementation(tx, draft.id);
      });
    },

    applyEntries,

    /** Entries as the catalogue holds them now: the published version of every city. */
    async exportEntries(tx: Tx): Promise<CatalogEntry[]> {
      const [items, published] = [await repository.listAllItems(tx), await repository.listAllPublished(tx)];
      return items.map((item) => ({
        item: {
          code: item.code,
          name: item.name,
          nameEn: item.nameEn,
          type: item.type,
          subject: item.subject,
          legalBasis: item.legalBasis,
          modes: item.modes,
          lifeEvents: item.lifeEvents,
          keywords: item.keywords,
          summary: item.summary,
          summaryEn: item.summaryEn,
          resultType: item.resultType,
          guide: item.guide,
        },
        implementations: published.filter((p) => p.itemCode === item.code).map(contentOf),
      }));
    },

    /** For the case engine, inside its transaction: the item and the city's current published implementation. */
    async findApplicableImplementation(tx: Tx, itemCode: string, cityCode: string) {
      const item = await repository.findItem(tx, itemCode);
      if (!item) return null;
      const implementation = await repository.findImplementation(tx, itemCode, cityCode, 'published');
      return implementation ? { item, implementation } : null;
    },

    findItem: (tx: Tx, code: string) => repository.findItem(tx, code),

    /** Item and city pairs with a pending draft, which an import must not overtake. */
    listDraftKeys: (tx: Tx) => repository.listDraftKeys(tx),

    /** Loads the seed items in all four cities; leaves what is already there alone. */
    async seedCatalog(): Promise<void> {
      await database.withSystem(async (tx) => {
        const orgIds = new Map<string, string>();
        for (const cityCode of await directory.listCityCodes(tx)) {
          for (const seed of seedItems) {
            const key = `${cityCode}/${seed.orgKey}`;
            if (orgIds.has(key)) continue;
            const org = await directory.findOrganisationByKey(tx, cityCode, seed.orgKey);
            if (!org)
              throw new Error(`no department ${seed.orgKey} in ${cityCode}; seed the directory first`);
            orgIds.set(key, org.id);
          }
        }
        const entries = toCatalogEntries(
          seedItems,
          (cityCode, orgKey) => orgIds.get(`${cityCode}/${orgKey}`) as string,
        );
        await applyEntries(tx, entries, null);
      });
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
