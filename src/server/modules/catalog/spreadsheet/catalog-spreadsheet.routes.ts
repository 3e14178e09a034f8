import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { platformErrors } from '../../../platform/http/platform-errors.js';
import { sendProblem } from '../../../platform/http/problem.js';
import { requireActor } from '../../../platform/http/request-context.js';
import { catalogSpreadsheetErrors } from './catalog-spreadsheet.errors.js';
import type { CatalogSpreadsheetService } from './catalog-spreadsheet.service.js';
import { importScopeFor } from './import-policy.js';
import { workbookLimits } from './read-workbook.js';
import { describeProblem } from './sheet-problems.js';
import { XLSX_CONTENT_TYPE } from './write-workbook.js';

const langQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
const workbookResponse = {
  200: {
    description: 'An Excel workbook (.xlsx)',
    content: { [XLSX_CONTENT_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
  },
};
const importCountsSchema = z.object({
  itemsCreated: z.number().int(),
  itemsUpdated: z.number().int(),
  versionsPublished: z.number().int(),
  unchanged: z.number().int(),
  items: z.number().int(),
  implementations: z.number().int(),
});
/** Public, identical for everyone: a short shared cache keeps the open-data export cheap. */
const PUBLIC_CACHE = 'public, max-age=60';

/** Today in China, for file names. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** An attachment with a Chinese name (RFC 6266 filename*) and an ASCII name for old clients. */
function sendWorkbook(reply: FastifyReply, workbook: Buffer, name: string, asciiName: string) {
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header(
      'content-disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', PUBLIC_CACHE)
    .send(workbook);
}

/** Refuses before the body is read: anonymous callers (401) and those who may not import (403). */
async function requireImporter(request: FastifyRequest) {
  if (!importScopeFor(requireActor(request))) throw platformErrors.forbidden();
}

export function catalogSpreadsheetRoutes(service: CatalogSpreadsheetService): FastifyPluginAsyncZod {
  return async (app) => {
    // Scoped to this plugin: only the import route takes a raw workbook as its body.
    app.addContentTypeParser(
      [XLSX_CONTENT_TYPE, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: workbookLimits.maxFileBytes },
      (_request, body, done) => done(null, body),
    );

    app.get(
      '/api/v1/catalog/export.xlsx',
      {
        schema: {
          tags: ['catalog'],
          summary: 'The whole catalogue as an .xlsx workbook in the import layout (open data)',
          querystring: langQuery,
          produces: [XLSX_CONTENT_TYPE],
          response: workbookResponse,
        },
      },
      async (_request, reply) =>
        sendWorkbook(
          reply,
          await service.exportCatalogWorkbook(),
          `同城事项实施清单-${today()}.xlsx`,
          `tongcheng-catalogue-${today()}.xlsx`,
        ),
    );

    app.get(
      '/api/v1/catalog/template.xlsx',
      {
        schema: {
          tags: ['catalog'],
          summary: 'The empty import template with a 填写说明 sheet explaining every column',
          querystring: langQuery,
          produces: [XLSX_CONTENT_TYPE],
          response: workbookResponse,
        },
      },
      async (_request, reply) =>
        sendWorkbook(
          reply,
          await service.templateWorkbook(),
          '同城事项实施清单导入模板.xlsx',
          'tongcheng-catalogue-template.xlsx',
        ),
    );

    app.post(
      '/api/v1/catalog/import',
      {
        bodyLimit: workbookLimits.maxFileBytes,
        onRequest: requireImporter,
        schema: {
          tags: ['catalog'],
          summary:
            'Import an .xlsx workbook (raw body); all or nothing. 400 lists every problem with its cell as errors[].field, e.g. 事项实施清单!T5',
          querystring: langQuery,
          consumes: [XLSX_CONTENT_TYPE, 'application/octet-stream'],
          body: z.instanceof(Buffer).meta({ type: 'string', format: 'binary' }),
          response: { 200: importCountsSchema },
        },
      },
      async (request, reply) => {
        const outcome = await service.importCatalogWorkbook({
          buffer: request.body,
          actor: requireActor(request),
        });
        if (outcome.ok) return outcome.counts;
        return sendProblem(
          request,
          reply,
          catalogSpreadsheetErrors.importInvalid({ params: { count: outcome.problems.length } }),
          outcome.problems.map((p) => describeProblem(p, request.locale)),
        );
      },
    );
  };
}
