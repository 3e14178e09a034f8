import type { Executor } from '../db/database.js';
import { newId } from '../ids.js';
import { outboxEvents } from './jobs.tables.js';

/** An event as written to the outbox; the payload names records, never copies personal data. */
export interface OutboxEventInput {
  type: string;
  payload: Record<string, unknown>;
  /** Not before this time; now by default. */
  availableAt?: Date;
}

/**
 * Writes an event in the caller's transaction: it is delivered only if that transaction commits.
 * No RETURNING, because the application role may insert into the outbox but not read it.
 */
export async function enqueueEvent(tx: Executor, event: OutboxEventInput): Promise<void> {
  const at = new Date();
  await tx.insert(outboxEvents).values({
    id: newId(),
    type: event.type,
    payload: event.payload,
    availableAt: event.availableAt ?? at,
    createdAt: at,
  });
}
