import type { ThemeConfig } from 'antd';
import type { Language } from '../i18n/index.js';

// Chinese first for Chinese pages; Latin first for English ones, or CJK fonts would draw
// apostrophes and quotes full-width.
const FONTS = {
  'zh-CN':
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  en: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
};

// Every text colour below was checked against its background for WCAG AA (4.5:1):
// antd's defaults are not (its green Tag is 3.37:1, secondary text 0.45 black is 2.85:1).
const standardTokens = {
  colorPrimary: '#1554a8', // 7.3:1 on white
  colorInfo: '#1554a8',
  colorLink: '#1554a8',
  colorInfoBg: '#e6f4ff',
  colorSuccess: '#1f6b03', // 6.5:1 on its Tag background
  colorSuccessBg: '#f6ffed',
  colorWarning: '#8a3f00', // 7.1:1
  colorWarningBg: '#fff7e6',
  colorError: '#b3161c', // 6:1
  colorErrorBg: '#fff1f0',
  colorTextSecondary: 'rgba(0, 0, 0, 0.72)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.66)', // descriptions, labels: #575757, 7:1
  colorTextQuaternary: 'rgba(0, 0, 0, 0.6)', // placeholders
  fontSize: 15,
  borderRadius: 4,
};

// 无障碍浏览: larger type and near-black on white everywhere.
const accessibleTokens = {
  ...standardTokens,
  colorPrimary: '#0a3a80',
  colorInfo: '#0a3a80',
  colorLink: '#0a3a80',
  colorText: '#000000',
  colorTextHeading: '#000000',
  colorTextSecondary: '#1a1a1a',
  colorTextTertiary: '#262626',
  colorTextQuaternary: '#333333',
  colorBorder: '#4d4d4d',
  colorSuccess: '#135200',
  colorError: '#a8071a',
  colorWarning: '#873800',
  fontSize: 19,
};

/** The antd theme for the normal or the accessible (无障碍) mode, in the UI language's fonts. */
export function buildTheme(accessible: boolean, language: Language): ThemeConfig {
  return { token: { ...(accessible ? accessibleTokens : standardTokens), fontFamily: FONTS[language] } };
}
