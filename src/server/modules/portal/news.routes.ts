import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  articleApproveSchema,
  articleContentSchema,
  articleListQuerySchema,
  articleListSchema,
  articleNoteSchema,
  articleRejectSchema,
  articleRevisionSchema,
  articleSaveSchema,
  articleViewSchema,
  editorArticleListQuerySchema,
  editorArticleListSchema,
  editorArticleSchema,
  newsFrontPageSchema,
} from '../../../contracts/portal.contract.js';
import { requireActor } from '../../platform/http/request-context.js';
import type { NewsService } from './news.service.js';

const idParams = z.strictObject({ id: z.string().max(64) });
const langQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
// News changes when an editor publishes: caches may keep it but must ask again each time.
const PUBLIC_NEWS_CACHE = 'public, no-cache';
const EDITOR = 'Coordination office (editors of the portal’s news)';

export function newsRoutes(service: NewsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/portal/articles',
      {
        schema: {
          tags: ['portal'],
          summary: 'Published news articles, newest first, by channel (open data)',
          description:
            'channel: headlines (要闻), integration (同城化动态), notices (通知公告), policy (政策解读); an unknown channel is 404.',
          querystring: articleListQuerySchema,
          response: { 200: articleListSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_NEWS_CACHE).send(await service.listArticles(request.query)),
    );
    app.get(
      '/api/v1/portal/articles/:id',
      {
        schema: {
          tags: ['portal'],
          summary: 'A published article with its body, attachments, view count and neighbours (open data)',
          params: idParams,
          querystring: langQuery,
          response: { 200: articleViewSchema },
        },
      },
      async (request, reply) =>
        reply.header('cache-control', PUBLIC_NEWS_CACHE).send(await service.getArticle(request.params.id)),
    );
    app.get(
      '/api/v1/portal/front-page',
      {
        schema: {
          tags: ['portal'],
          summary: 'The home page’s news: featured articles and the latest of each channel',
          querystring: langQuery,
          response: { 200: newsFrontPageSchema },
        },
      },
      async (_request, reply) =>
        reply.header('cache-control', PUBLIC_NEWS_CACHE).send(await service.frontPage()),
    );

    app.get(
      '/api/v1/portal/editor/articles',
      {
        schema: {
          tags: ['portal'],
          summary: `Every article in any status (${EDITOR})`,
          querystring: editorArticleListQuerySchema,
          response: { 200: editorArticleListSchema },
        },
      },
      async (request) => service.listForEditor(requireActor(request), request.query),
    );
    app.post(
      '/api/v1/portal/editor/articles',
      {
        schema: {
          tags: ['portal'],
          summary: `Write a new draft; the body is sanitised (${EDITOR})`,
          body: articleContentSchema,
          response: { 201: editorArticleSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createArticle(requireActor(request), request.body)),
    );
    app.get(
      '/api/v1/portal/editor/articles/:id',
      {
        schema: {
          tags: ['portal'],
          summary: `An article with its status and editorial trail (${EDITOR})`,
          params: idParams,
          response: { 200: editorArticleSchema },
        },
      },
      async (request) => service.getForEditor(requireActor(request), request.params.id),
    );
    app.put(
      '/api/v1/portal/editor/articles/:id',
      {
        schema: {
          tags: ['portal'],
          summary: `Save a new revision of a draft (or of an unpublished article, which becomes a draft) (${EDITOR})`,
          params: idParams,
          body: articleSaveSchema,
          response: { 200: editorArticleSchema },
        },
      },
      async (request) => service.saveArticle(requireActor(request), request.params.id, request.body),
    );
    app.get(
      '/api/v1/portal/editor/articles/:id/revisions',
      {
        schema: {
          tags: ['portal'],
          summary: `Every saved revision, newest first (${EDITOR})`,
          params: idParams,
          response: { 200: z.object({ items: z.array(articleRevisionSchema) }) },
        },
      },
      async (request) => ({ items: await service.listRevisions(requireActor(request), request.params.id) }),
    );

    const step = (
      path: string,
      summary: string,
      run: (
        actorRequest: Parameters<typeof requireActor>[0],
        id: string,
      ) => ReturnType<NewsService['getForEditor']>,
    ) =>
      app.post(
        `/api/v1/portal/editor/articles/:id/${path}`,
        {
          schema: {
            tags: ['portal'],
            summary: `${summary} (${EDITOR})`,
            params: idParams,
            response: { 200: editorArticleSchema },
          },
        },
        async (request) => run(request, request.params.id),
      );
    step('submit', 'Submit a draft for review', (request, id) =>
      service.submitArticle(requireActor(request), id),
    );
    step('withdraw', 'Take one’s own submission back to draft', (request, id) =>
      service.withdrawArticle(requireActor(request), id),
    );

    app.post(
      '/api/v1/portal/editor/articles/:id/approve',
      {
        schema: {
          tags: ['portal'],
          summary: `Approve and publish now or at publishAt; not by its submitter or last editor (${EDITOR})`,
          params: idParams,
          body: articleApproveSchema,
          response: { 200: editorArticleSchema },
        },
      },
      async (request) =>
        service.approveArticle(requireActor(request), request.params.id, request.body.publishAt),
    );
    app.post(
      '/api/v1/portal/editor/articles/:id/reject',
      {
        schema: {
          tags: ['portal'],
          summary: `Send back to draft with a note; not by its submitter or last editor (${EDITOR})`,
          params: idParams,
          body: articleRejectSchema,
          response: { 200: editorArticleSchema },
        },
      },
      async (request) => service.rejectArticle(requireActor(request), request.params.id, request.body.note),
    );
    app.post(
      '/api/v1/portal/editor/articles/:id/unpublish',
      {
        schema: {
          tags: ['portal'],
          summary: `Take a published or scheduled article off the site (${EDITOR})`,
          params: idParams,
          body: articleNoteSchema,
          response: { 200: editorArticleSchema },
        },
      },
      async (request) =>
        service.unpublishArticle(requireActor(request), request.params.id, request.body.note),
    );
  };
}
