import type { Locale } from '../../platform/http/i18n.js';
import { negotiateLocale } from '../../platform/http/i18n.js';

/**
 * The few pages the provider itself draws (sign-out question, signed out, errors), rendered on
 * the server in the person's language. The sign-in and consent steps are pages of the web app.
 */

/** The value of the sign-out question's "sign out of Tongcheng" button (any value means yes to the library). */
export const SIGN_OUT_OF_TONGCHENG = 'tongcheng';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** ui_locales from the site wins (it knows the language its visitor chose), then Accept-Language. */
export function pageLocale(uiLocales: unknown, acceptLanguage: string | undefined): Locale {
  if (typeof uiLocales === 'string') {
    for (const tag of uiLocales.split(' ')) {
      const lower = tag.toLowerCase();
      if (lower.startsWith('zh')) return 'zh-CN';
      if (lower.startsWith('en')) return 'en';
    }
  }
  return negotiateLocale(acceptLanguage);
}

const texts = {
  'zh-CN': {
    brand: '同城 · 统一身份认证',
    logoutTitle: '退出登录',
    logoutQuestion: (site: string) => `您已退出“${site}”。是否同时退出同城账号？`,
    logoutQuestionNoSite: '您正在退出登录。是否同时退出同城账号？',
    logoutExplain:
      '退出同城账号后，在本浏览器中登录过的其他接入网站再次登录时需要重新输入密码。在公共电脑上请选择退出同城账号。',
    logoutEverywhere: '退出同城账号',
    logoutSiteOnly: (site: string) => `仅退出“${site}”`,
    logoutSiteOnlyNoSite: '仅退出该网站',
    signedOutTitle: '已退出',
    signedOut: '您已安全退出。',
    signedOutSite: (site: string) => `您已退出“${site}”。`,
    backHome: '返回同城首页',
    errorTitle: '无法完成登录',
    errorLead: '登录请求有误，同城没有把您转回原网站。请回到原网站重新点击登录；如仍有问题，请联系该网站。',
    errorDetails: '技术信息（供网站管理员参考）',
  },
  en: {
    brand: 'Tongcheng · Unified sign-in',
    logoutTitle: 'Sign out',
    logoutQuestion: (site: string) => `You have signed out of “${site}”. Sign out of Tongcheng as well?`,
    logoutQuestionNoSite: 'You are signing out. Sign out of Tongcheng as well?',
    logoutExplain:
      'After signing out of Tongcheng, other sites you used in this browser will ask for your password again. On a shared computer, sign out of Tongcheng.',
    logoutEverywhere: 'Sign out of Tongcheng',
    logoutSiteOnly: (site: string) => `Only sign out of “${site}”`,
    logoutSiteOnlyNoSite: 'Only sign out of that site',
    signedOutTitle: 'Signed out',
    signedOut: 'You have signed out.',
    signedOutSite: (site: string) => `You have signed out of “${site}”.`,
    backHome: 'Tongcheng home page',
    errorTitle: 'Sign-in could not be completed',
    errorLead:
      'The sign-in request was not valid, so Tongcheng did not send you back to the site. Go back to the site and sign in again; if it keeps happening, contact that site.',
    errorDetails: 'Technical details (for the site’s administrator)',
  },
} satisfies Record<Locale, unknown>;

// Colours as in the web app (checked for WCAG AA); the focus ring is the site's yellow.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f2f4f7;color:#1f1f1f;line-height:1.6;font-size:15px;
font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif}
html[lang=en] body{font-family:system-ui,"Segoe UI",Roboto,Arial,"Noto Sans","Noto Sans CJK SC",sans-serif}
header{background:#1554a8;color:#fff;padding:12px 24px;font-size:18px;font-weight:600}
main{max-width:560px;margin:40px auto;background:#fff;padding:24px 32px;border-radius:4px}
h1{font-size:24px;margin:0 0 16px}
p{margin:0 0 16px}
.actions{display:flex;flex-direction:column;gap:12px;margin-top:24px}
button,.link-button{font:inherit;padding:8px 16px;border-radius:4px;border:1px solid #1554a8;cursor:pointer;text-align:center;text-decoration:none}
.primary{background:#1554a8;color:#fff}
.secondary{background:#fff;color:#1554a8}
a{color:#1554a8}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1f1f1f}
details{margin-top:16px;color:#4a4a4a}
code{word-break:break-all}
`;

function layout(locale: Locale, title: string, body: string): string {
  const t = texts[locale];
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - ${escapeHtml(t.brand)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><span>${escapeHtml(t.brand)}</span></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}

/**
 * The question a site's sign-out asks: leave only that site, or Tongcheng too. `form` is the
 * provider's hidden form with its anti-forgery token; both buttons submit it.
 */
export function logoutPage(
  locale: Locale,
  { siteName, form }: { siteName: string | null; form: string },
): string {
  const t = texts[locale];
  const question = siteName ? t.logoutQuestion(siteName) : t.logoutQuestionNoSite;
  const siteOnly = siteName ? t.logoutSiteOnly(siteName) : t.logoutSiteOnlyNoSite;
  return layout(
    locale,
    t.logoutTitle,
    `<p>${escapeHtml(question)}</p>
<p>${escapeHtml(t.logoutExplain)}</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="${SIGN_OUT_OF_TONGCHENG}" class="primary" autofocus>${escapeHtml(t.logoutEverywhere)}</button>
<button type="submit" form="op.logoutForm" class="secondary">${escapeHtml(siteOnly)}</button>
</div>`,
  );
}

/** Shown when a site signed someone out without saying where to go back to. */
export function signedOutPage(locale: Locale, { siteName }: { siteName: string | null }): string {
  const t = texts[locale];
  return layout(
    locale,
    t.signedOutTitle,
    `<p>${escapeHtml(siteName ? t.signedOutSite(siteName) : t.signedOut)}</p>
<p><a href="/">${escapeHtml(t.backHome)}</a></p>`,
  );
}

/**
 * A request the provider refuses without sending the browser back to the site, e.g. an
 * unregistered redirect address: the error is shown here, as the specification requires.
 */
export function errorPage(
  locale: Locale,
  { error, description }: { error: string; description?: string },
): string {
  const t = texts[locale];
  const detail = description ? `${error}: ${description}` : error;
  return layout(
    locale,
    t.errorTitle,
    `<p>${escapeHtml(t.errorLead)}</p>
<details><summary>${escapeHtml(t.errorDetails)}</summary><p><code>${escapeHtml(detail)}</code></p></details>
<p><a href="/">${escapeHtml(t.backHome)}</a></p>`,
  );
}
