import 'i18next';
import type { Messages } from './zh-CN.js';

// Typed translation keys: a key missing from zh-CN.ts is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}
