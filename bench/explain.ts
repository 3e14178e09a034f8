import pg from 'pg';
import type { CapturedRequest } from './capture.js';
import { inlineParameters } from './pgbench.js';

const isRead = (sql: string) => /^\s*(select|with)\b/i.test(sql) && !/\b(insert|update|delete)\b/i.test(sql);

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every read a captured request sent inside its transaction,
 * replayed on one connection with the same role and settings, then rolled back. Writes are
 * left out (their plans are key lookups) so nothing changes.
 */
export async function explainReads(
  databaseUrl: string,
  title: string,
  captured: CapturedRequest,
): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const out: string[] = [`=== ${title}: ${captured.queries.length} statements sent ===`];
  try {
    let inTransaction = false;
    for (const query of captured.queries) {
      const text = inlineParameters(query.text, query.values).trim();
      if (/^begin\b/i.test(text)) {
        await client.query(text);
        inTransaction = true;
        continue;
      }
      if (/^(commit|rollback)\b/i.test(text)) {
        await client.query('rollback');
        inTransaction = false;
        continue;
      }
      if (!isRead(text) || /set_config\(/.test(text)) {
        out.push(`\n-- sent, not explained: ${text.slice(0, 160).replace(/\s+/g, ' ')}`);
        continue;
      }
      const plan = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`);
      out.push(`\n-- ${inTransaction ? '' : '(outside the transaction) '}${text.replace(/\s+/g, ' ')}`);
      out.push(...plan.rows.map((r) => r['QUERY PLAN']));
    }
    if (inTransaction) await client.query('rollback');
  } finally {
    await client.end();
  }
  return out.join('\n');
}
