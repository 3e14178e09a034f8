import type { ConfigProviderProps } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

// antd ships CommonJS-style declarations next to its ES modules: TypeScript sees
// `{ default: Locale }` where Vite hands over the Locale itself. Accept either shape.
function unwrap(module: unknown): AntdLocale {
  const inner = (module as { default?: AntdLocale }).default;
  return inner ?? (module as AntdLocale);
}

export const antdLocales = { 'zh-CN': unwrap(zhCNModule), en: unwrap(enUSModule) };
