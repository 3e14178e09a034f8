import type { LoggerOptions } from 'pino';

/** Paths never written to a log: credentials and personal data (PIPL). */
export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.idNumber',
  '*.legalRepresentativeIdNumber',
  '*.mobile',
  '*.token',
  '*.csrfToken',
];

export function loggerOptions(level: string): LoggerOptions {
  return { level, redact: { paths: redactedPaths, censor: '[redacted]' } };
}
