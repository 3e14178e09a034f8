// The CSRF token of the current session. The identity module writes it whenever it learns the
// session (session query, login, registration) and clears it on sign-out; the API client reads it.
let currentToken: string | null = null;

/** Remembers the token every state-changing request must echo in X-CSRF-Token. */
export function setCsrfToken(token: string | null): void {
  currentToken = token;
}

export function getCsrfToken(): string | null {
  return currentToken;
}
