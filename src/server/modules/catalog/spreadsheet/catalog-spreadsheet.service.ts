/**
 * Spreadsheet import and export of the catalogue. The workbook is parsed before any transaction
 * opens; then, in one transaction, every row is checked against the directory, the pending
 * drafts and the existing items, and only a file without a single problem is applied.
 */
import type { Actor } from '../../../platform/actor.js';
import type { Database, Tx } from '../../../platform/db/database.js';
import { platformErrors } from '../../../platform/http/platform-errors.js';
import type { DirectoryModule } from '../../directory/index.js';
import type { ItemDefinition } from '../catalog-entry.js';
import type { CatalogService } from '../catalog.service.js';
import { importScopeFor } from './import-policy.js';
import { readCatalogWorkbook, type CatalogWorkbookRows } from './read-workbook.js';
import { sortProblems, type SheetProblem } from './sheet-problems.js';
import { validateCatalogRows, type ImportReference, type ImportScope } from './validate-rows.js';
import { catalogSheets } from './workbook-layout.js';
import { writeCatalogWorkbook, writeTemplateWorkbook } from './write-workbook.js';

type Directory = Pick<DirectoryModule, 'listCityCodes' | 'findCity' | 'listOrganisationsIn'>;
type Catalog = Pick<CatalogService, 'applyEntries' | 'exportEntries' | 'listDraftKeys' | 'findItem'>;

export interface ImportProgress {
  phase: 'validating' | 'writing';
  done: number;
  total: number;
}

export interface ImportCounts {
  itemsCreated: number;
  itemsUpdated: number;
  versionsPublished: number;
  unchanged: number;
  /** Items and implementations the file holds. */
  items: number;
  implementations: number;
}

export type ImportOutcome = { ok: true; counts: ImportCounts } | { ok: false; problems: SheetProblem[] };

const sheetOrder = catalogSheets.map((s) => s.name);

function toItemDefinition(row: NonNullable<Awaited<ReturnType<Catalog['findItem']>>>): ItemDefinition {
  return {
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    type: row.type,
    subject: row.subject,
    legalBasis: row.legalBasis,
    modes: row.modes,
    lifeEvents: row.lifeEvents,
    keywords: row.keywords,
    summary: row.summary,
    summaryEn: row.summaryEn,
    resultType: row.resultType,
    guide: row.guide,
  };
}

export function createCatalogSpreadsheetService({
  database,
  catalog,
  directory,
}: {
  database: Database;
  catalog: Catalog;
  directory: Directory;
}) {
  /** Cities in display order and every department, by the names the workbook uses. */
  async function loadDirectory(tx: Tx): Promise<Pick<ImportReference, 'cities' | 'departments'>> {
    const cities = [];
    for (const code of await directory.listCityCodes(tx)) {
      const city = await directory.findCity(tx, code);
      cities.push({ code, name: city?.name ?? code, shortName: city?.shortName ?? code });
    }
    const departments = (await directory.listOrganisationsIn(tx))
      .filter((o) => o.kind === 'department')
      .map((o) => ({ id: o.id, cityCode: o.cityCode, name: o.name }));
    return { cities, departments };
  }

  /** What the rows are checked against, read in the transaction that will write them. */
  async function loadReference(
    tx: Tx,
    rows: CatalogWorkbookRows,
    scope: ImportScope,
  ): Promise<ImportReference> {
    const draftKeys = new Set((await catalog.listDraftKeys(tx)).map((d) => `${d.itemCode}/${d.cityCode}`));
    const existingItems = new Map<string, ItemDefinition>();
    if (scope.kind === 'city') {
      const codes = new Set(rows.items.rows.map((r) => String(r.cells.code ?? '').trim()).filter(Boolean));
      for (const code of codes) {
        const row = await catalog.findItem(tx, code);
        if (row) existingItems.set(code, toItemDefinition(row));
      }
    }
    return { ...(await loadDirectory(tx)), draftKeys, existingItems };
  }

  return {
    loadReference,

    /**
     * Imports a workbook as one change: every row is validated and every problem reported with
     * its cell; only a file without problems is applied, in one transaction, publishing a new
     * version only where an implementation changed.
     */
    async importCatalogWorkbook({
      buffer,
      actor,
      onProgress,
    }: {
      buffer: Buffer;
      actor: Actor | 'system';
      onProgress?: (progress: ImportProgress) => void;
    }): Promise<ImportOutcome> {
      const scope = importScopeFor(actor);
      if (!scope) throw platformErrors.forbidden();
      const read = await readCatalogWorkbook(buffer);
      if (!read.ok) return { ok: false, problems: sortProblems(read.problems, sheetOrder) };

      const run = async (tx: Tx): Promise<ImportOutcome> => {
        const reference = await loadReference(tx, read.rows, scope);
        const { entries, problems } = validateCatalogRows(read.rows, reference, scope, (done, total) =>
          onProgress?.({ phase: 'validating', done, total }),
        );
        if (problems.length) return { ok: false, problems: sortProblems(problems, sheetOrder) };
        const applied = await catalog.applyEntries(
          tx,
          entries,
          actor === 'system' ? null : actor.userId,
          (done) => onProgress?.({ phase: 'writing', done, total: entries.length }),
        );
        return {
          ok: true,
          counts: {
            ...applied,
            items: entries.length,
            implementations: entries.reduce((sum, e) => sum + e.implementations.length, 0),
          },
        };
      };
      // A city administrator writes under row-level security, which confines them to their city.
      // The coordination office has no write policy on implementations (cities own them), so the
      // office's and the system's imports run as the schema owner, after the checks above.
      return actor !== 'system' && scope.kind === 'city'
        ? database.withActor(actor, run)
        : database.withSystem(run);
    },

    /** Every published implementation as a workbook (open data). */
    async exportCatalogWorkbook(): Promise<Buffer> {
      const { entries, names } = await database.withActor(null, async (tx) => ({
        entries: await catalog.exportEntries(tx),
        names: await loadDirectory(tx),
      }));
      return writeCatalogWorkbook(entries, names);
    },

    /** The empty workbook with 「填写说明」 and the directory of departments. */
    async templateWorkbook(): Promise<Buffer> {
      const names = await database.withActor(null, loadDirectory);
      return writeTemplateWorkbook(names);
    },
  };
}

export type CatalogSpreadsheetService = ReturnType<typeof createCatalogSpreadsheetService>;
