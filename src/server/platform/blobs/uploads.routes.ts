import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uploadViewSchema } from '../../../contracts/uploads.contract.js';
import { AppError } from '../http/errors.js';
import { platformErrors } from '../http/platform-errors.js';
import { requireActor } from '../http/request-context.js';
import { inlineDisposition } from './display-name.js';
import { formatByteLimit, uploadsErrors } from './uploads.errors.js';
import { canUpload, type UploadsService } from './uploads.service.js';

/** Room for the multipart boundaries and part headers around the one file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Headers for user-supplied bytes served from our origin: the stored type only, never sniffed,
 * shown inline, and sandboxed so that even a crafted file runs no script with our cookies.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { mediaType: string; size: number; displayName: string; sha256: string },
  content: NodeJS.ReadableStream,
) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-length', String(file.size))
    .header(
      'content-disposition',
      inlineDisposition(file.displayName, file.mediaType as Parameters<typeof inlineDisposition>[1]),
    )
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-security-policy',
      "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    )
    .header('cache-control', 'private, no-store')
    .header('etag', `"${file.sha256}"`)
    .send(content);
}

/** Refuses before the body is read: anonymous callers (401) and those who may not upload (403). */
async function requireUploader(request: FastifyRequest) {
  if (!canUpload(requireActor(request))) throw uploadsErrors.notAllowed();
}

export function uploadsRoutes(service: UploadsService): FastifyPluginAsyncZod {
  return async (app) => {
    // Scoped to this plugin: no other route accepts multipart bodies.
    await app.register(multipart, {
      limits: {
        // One byte over the limit reaches the store, which then knows the file is too large.
        fileSize: service.maxFileBytes + 1,
        files: 1,
        fields: 5,
        fieldSize: 1024,
        parts: 6,
        headerPairs: 50,
      },
      throwFileSizeLimit: false,
    });

    app.post(
      '/api/v1/uploads',
      {
        onRequest: requireUploader,
        schema: {
          tags: ['uploads'],
          summary:
            'Upload one file (multipart/form-data, field "file"): PDF, JPEG or PNG by content, at most UPLOAD_MAX_FILE_BYTES',
          consumes: ['multipart/form-data'],
          querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
          response: { 201: uploadViewSchema },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!request.isMultipart()) throw uploadsErrors.fileMissing();
        const declared = Number(request.headers['content-length']);
        if (declared > service.maxFileBytes + MULTIPART_OVERHEAD_BYTES) {
          // Plainly too large: answer at once and close rather than read it all.
          reply.header('connection', 'close');
          throw uploadsErrors.tooLarge({ params: { limit: formatByteLimit(service.maxFileBytes) } });
        }
        try {
          const part = await request.file();
          if (!part) throw uploadsErrors.fileMissing();
          const upload = await service.receive({ actor, source: part.file, filename: part.filename });
          return reply.status(201).send(upload);
        } catch (error) {
          if (error instanceof AppError) throw error;
          // A broken multipart body (cut off, too many parts) is the sender's problem, not ours.
          const code = (error as { code?: string }).code ?? '';
          if (code.startsWith('FST_') || /multipart|form|boundary|terminated/i.test(String(error)))
            throw platformErrors.badRequest();
          throw error;
        }
      },
    );

    app.get(
      '/api/v1/uploads/:id/content',
      {
        schema: {
          tags: ['uploads'],
          summary: 'The uploader’s own file, as stored',
          params: z.strictObject({ id: z.uuid() }),
          querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
        },
      },
      async (request, reply) => {
        const { upload, content } = await service.openOwn({
          actor: requireActor(request),
          id: request.params.id,
        });
        return sendStoredFile(reply, upload, content);
      },
    );
  };
}
