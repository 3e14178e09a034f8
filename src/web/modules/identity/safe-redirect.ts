/**
 * The in-site path to return to after signing in. Only same-origin paths are accepted, so a
 * crafted ?next=//evil.example link cannot send people elsewhere after they log in.
 */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

/** /login?next=… for the current location. */
export function loginPathFor(location: { pathname: string; search: string }): string {
  return `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
}
