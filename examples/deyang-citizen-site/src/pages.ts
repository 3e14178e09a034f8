import type { SignedInPerson } from './sessions.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** 138****1234: the site shows a phone number masked, as Chinese sites do. */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/^\+86/, '');
  return digits.length === 11 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** 5101**********1237 */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length === 18 ? `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}` : '****';
}

const STYLE = `
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;background:#f5f7f6;color:#1f1f1f;line-height:1.6}
header{background:#0b6b3a;color:#fff;padding:16px 24px}
header p{margin:0;font-size:20px;font-weight:600}
main{max-width:640px;margin:32px auto;background:#fff;padding:24px 32px;border-radius:4px}
h1{font-size:24px;margin-top:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 16px}
dt{font-weight:600}
dd{margin:0}
.button{display:inline-block;font:inherit;font-size:16px;padding:8px 24px;border-radius:4px;border:1px solid #0b6b3a;background:#0b6b3a;color:#fff;text-decoration:none;cursor:pointer}
.notice{border-left:4px solid #8a3f00;background:#fff7e6;padding:8px 12px}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
`;

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - 德阳市民服务</title><style>${STYLE}</style></head>
<body>
<header><p>德阳市民服务</p></header>
<main>
${body}
</main>
</body>
</html>`;
}

export function homePage(person: SignedInPerson | undefined, notice?: string): string {
  const noticeHtml = notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : '';
  if (!person) {
    return layout(
      '首页',
      `<h1>欢迎访问德阳市民服务</h1>
${noticeHtml}
<p>使用成德眉资同城账号登录，一个账号办理四市事项，无需另行注册。</p>
<p><a class="button" href="/login">登录</a></p>`,
    );
  }
  const name = person.name ?? '（未提供）';
  return layout(
    '我的服务',
    `<h1>您好，${escapeHtml(name)}</h1>
${noticeHtml}
<p>您已通过同城统一身份认证登录。</p>
<dl>
<dt>姓名</dt><dd>${escapeHtml(name)}</dd>
<dt>手机号码</dt><dd>${person.phoneNumber ? escapeHtml(maskPhone(person.phoneNumber)) : '未提供'}</dd>
<dt>身份证号码</dt><dd>${person.idNumber ? escapeHtml(maskIdNumber(person.idNumber)) : '未提供'}</dd>
</dl>
<form method="post" action="/logout"><button class="button" type="submit">退出</button></form>`,
  );
}

export function errorPage(message: string): string {
  return layout(
    '登录未完成',
    `<h1>登录未完成</h1><p>${escapeHtml(message)}</p><p><a href="/">返回首页</a></p>`,
  );
}
