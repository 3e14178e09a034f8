/**
 * What of a failure may be stored and logged: its kind, its code and a message with anything that
 * looks like personal data (e-mail addresses, ID and phone numbers, long digit runs) blanked out.
 * A handler's error may quote a recipient or a record; the outbox and the logs must not.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  const extra = error as Error & { code?: unknown; responseCode?: unknown };
  const parts = [error.name];
  if (typeof extra.code === 'string' || typeof extra.code === 'number') parts.push(String(extra.code));
  if (typeof extra.responseCode === 'number') parts.push(String(extra.responseCode));
  const message = error.message
    .replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '[email]')
    .replace(/\d{6,}[\dXx]?/g, '[number]')
    .slice(0, 300);
  return `${parts.join(' ')}: ${message}`;
}
