import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { NewsRepository } from './news.repository.js';
import { sanitizeArticleHtml } from './news.sanitize.js';
import { demoArticles } from './news.seed.js';

// Seeded articles were written and approved by the office as an institution, not by a person.
const OFFICE_ID = '00000000-0000-0000-0000-000000000000';
const OFFICE_NAME = '同城化办公室';

/** Loads the demo articles once: only into an empty news table, so editors' changes stay. */
export async function seedDemoNews({
  database,
  repository,
}: {
  database: Database;
  repository: NewsRepository;
}): Promise<void> {
  await database.withSystem(async (tx) => {
    // Processes starting together seed one after the other; the second finds the articles there.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('tongcheng.news.seed'))`);
    if ((await repository.countArticles(tx)) > 0) return;
    for (const seed of demoArticles) {
      const id = newId();
      const at = new Date(seed.publishAt);
      const content = {
        channel: seed.channel,
        title: seed.title,
        subtitle: seed.subtitle ?? '',
        summary: seed.summary,
        bodyHtml: sanitizeArticleHtml(seed.bodyHtml),
        source: seed.source,
        author: seed.author ?? '',
        coverImageUrl: null,
        coverImageAlt: '',
        attachments: seed.attachments ?? [],
        featured: seed.featured ?? false,
      };
      await repository.insertArticle(tx, {
        id,
        ...content,
        status: 'published',
        revision: 1,
        publishAt: at,
        createdBy: OFFICE_ID,
        createdByName: OFFICE_NAME,
        updatedBy: OFFICE_ID,
        updatedByName: OFFICE_NAME,
        reviewedBy: OFFICE_ID,
        reviewedByName: OFFICE_NAME,
        createdAt: at,
        updatedAt: at,
      });
      await repository.insertRevision(tx, {
        articleId: id,
        revision: 1,
        ...content,
        savedBy: OFFICE_ID,
        savedByName: OFFICE_NAME,
        savedAt: at,
      });
      for (const action of ['created', 'approved'] as const) {
        await repository.insertEvent(tx, {
          id: newId(),
          articleId: id,
          action,
          revision: 1,
          actorId: OFFICE_ID,
          actorName: OFFICE_NAME,
          publishAt: action === 'approved' ? at : null,
          createdAt: at,
        });
      }
      await repository.seedViewCount(tx, id, seed.views);
    }
  });
}
