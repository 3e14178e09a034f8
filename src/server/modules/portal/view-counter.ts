import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { queryRows, type Database } from '../../platform/db/database.js';

/** The dedupe window: one visitor's views of one article count once per 30 minutes. */
export const VIEW_DEDUPE_WINDOW_MS = 30 * 60_000;

interface PendingView {
  articleId: string;
  visitorHash: string;
  seenAt: number;
}

export interface ViewCounterOptions {
  database: Database;
  windowMs?: number;
  flushIntervalMs?: number;
  /** Milliseconds since the epoch; tests pass their own to step through the window. */
  clock?: () => number;
  /** Views held in memory at most; beyond it (a flood while the database is away) views are dropped. */
  maxPending?: number;
}

// Rows per INSERT, well under PostgreSQL's 65,535 parameters (three per row).
const CHUNK = 5_000;
const PRUNE_EVERY_MS = 60_000;

/**
 * 浏览量 without making any page wait for a write. A page calls record(), which only touches
 * memory: it drops a view this process already counted for the visitor within the window and
 * queues the rest. Every second (and when the app closes) the queue is written in one statement
 * per 5,000 views: each visitor's last counted time is upserted only if the window has passed
 * since, and the rows that were upserted are added to article_view_counts with
 * `views = views + n`. So the database decides, exactly, even with many processes flushing at
 * once: a visitor counted by another process a moment ago is not counted again.
 *
 * A clean stop (SIGTERM, app.close()) flushes the queue first, so no view a page has shown is
 * lost; a crash loses at most the views of the last second. A flush that fails keeps its views
 * queued for the next one.
 */
export function createViewCounter({
  database,
  windowMs = VIEW_DEDUPE_WINDOW_MS,
  flushIntervalMs = 1_000,
  clock = Date.now,
  maxPending = 100_000,
}: ViewCounterOptions) {
  let secret: string | null = null;
  let queue: PendingView[] = [];
  const pendingByArticle = new Map<string, number>();
  // visitor|article → when this process last queued it; the database stays the judge.
  const recent = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<number> | null = null;
  let lastPrune = 0;
  let dropped = 0;
  let log: Pick<FastifyBaseLogger, 'warn'> | null = null;

  const adjustPending = (articleId: string, delta: number) => {
    const next = (pendingByArticle.get(articleId) ?? 0) + delta;
    if (next > 0) pendingByArticle.set(articleId, next);
    else pendingByArticle.delete(articleId);
  };

  async function loadSecret(): Promise<string> {
    return database.withSystem(async (tx) => {
      await tx.execute(sql`insert into article_view_key (id, secret, created_at)
        values (1, ${randomBytes(32).toString('hex')}, now()) on conflict (id) do nothing`);
      const [row] = await queryRows<{ secret: string }>(
        tx,
        sql`select secret from article_view_key where id = 1`,
      );
      if (!row) throw new Error('the view counter key is missing');
      return row.secret;
    });
  }

  async function writeChunk(chunk: PendingView[]): Promise<number> {
    const values = sql.join(
      chunk.map(
        (v) =>
          sql`(${v.articleId}::uuid, ${v.visitorHash}::varchar, ${new Date(v.seenAt).toISOString()}::timestamptz)`,
      ),
      sql`, `,
    );
    const windowSeconds = Math.floor(windowMs / 1000);
    const rows = await database.withSystem((tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`with incoming (article_id, visitor_hash, seen_at) as (values ${values}),
        counted as (
          insert into article_view_visitors (article_id, visitor_hash, last_counted_at)
          select i.article_id, i.visitor_hash, i.seen_at from incoming i
          where exists (select 1 from articles a where a.id = i.article_id)
          order by i.article_id, i.visitor_hash
          on conflict (article_id, visitor_hash) do update set last_counted_at = excluded.last_counted_at
            where article_view_visitors.last_counted_at <= excluded.last_counted_at - ${windowSeconds}::int * interval '1 second'
          returning article_id
        ),
        -- Runs although nothing selects from it: PostgreSQL always carries out data-modifying WITH parts.
        added as (
          insert into article_view_counts (article_id, views, updated_at)
          select article_id, count(*)::int, now() from counted group by article_id order by article_id
          on conflict (article_id) do update
            set views = article_view_counts.views + excluded.views, updated_at = excluded.updated_at
        )
        select count(*)::int as n from counted`,
      ),
    );
    return Number(rows[0]?.n ?? 0);
  }

  async function prune(now: number): Promise<void> {
    if (now - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now;
    const cutoff = new Date(now - windowMs).toISOString();
    await database.withSystem((tx) =>
      tx.execute(sql`delete from article_view_visitors where last_counted_at < ${cutoff}::timestamptz`),
    );
    for (const [key, at] of recent) if (now - at >= windowMs) recent.delete(key);
  }

  async function flushQueue(): Promise<number> {
    let counted = 0;
    while (queue.length > 0) {
      const taken = queue;
      queue = [];
      // One row per visitor and article in a statement (an upsert may not touch a row twice).
      const unique = new Map<string, PendingView>();
      for (const view of taken) {
        const key = `${view.articleId}|${view.visitorHash}`;
        if (unique.has(key)) adjustPending(view.articleId, -1);
        else unique.set(key, view);
      }
      const rows = [...unique.values()];
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        try {
          counted += await writeChunk(chunk);
        } catch (error) {
          // Not written: back in front of the queue for the next flush, still shown as pending.
          queue = [...rows.slice(start), ...queue];
          throw error;
        }
        for (const view of chunk) adjustPending(view.articleId, -1);
      }
    }
    await prune(clock());
    return counted;
  }

  /** Writes what is queued now; returns how many views the database counted. Serialised. */
  async function flush(): Promise<number> {
    while (flushing) await flushing.catch(() => 0);
    flushing = flushQueue().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  return {
    flush,

    /** Loads the shared key and starts the flush timer; the app awaits it before serving. */
    async start(logger?: Pick<FastifyBaseLogger, 'warn'>): Promise<void> {
      log = logger ?? null;
      secret ??= await loadSecret();
      if (timer || flushIntervalMs <= 0) return;
      timer = setInterval(() => {
        flush().catch((error: unknown) => log?.warn({ err: error }, 'view counts not written yet; retrying'));
      }, flushIntervalMs);
      timer.unref();
    },

    /**
     * Notes a view for counting; returns at once. The visitor is an HMAC of address and browser
     * under the shared key: the same person refreshing counts once, and neither the address nor
     * the browser string is kept.
     */
    record({ articleId, ip, userAgent }: { articleId: string; ip: string; userAgent: string }): boolean {
      if (!secret) return false;
      const visitorHash = createHmac('sha256', secret)
        .update(`${ip}\n${userAgent}`)
        .digest('hex')
        .slice(0, 32);
      const now = clock();
      const key = `${articleId}|${visitorHash}`;
      const last = recent.get(key);
      if (last !== undefined && now - last < windowMs) return false;
      if (queue.length >= maxPending) {
        dropped += 1;
        if (dropped === 1 || dropped % 10_000 === 0) log?.warn({ dropped }, 'view queue full; views dropped');
        return false;
      }
      if (recent.size > 500_000) recent.clear();
      recent.set(key, now);
      queue.push({ articleId, visitorHash, seenAt: now });
      adjustPending(articleId, 1);
      return true;
    },

    /** Views of the article queued in this process and not yet written, to show them at once. */
    pending(articleId: string): number {
      return pendingByArticle.get(articleId) ?? 0;
    },

    /** Stops the timer and writes the queue, so a clean stop loses no view. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
  };
}

export type ViewCounter = ReturnType<typeof createViewCounter>;
