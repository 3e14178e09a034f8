import { describe, expect, it } from 'vitest';
import { isEmptyArticleHtml, sanitizeArticleHtml } from './news.sanitize.js';

// Nothing that can run may survive: no script element, no on* handler, no javascript:/data:/vbscript: address.
function assertInert(out: string) {
  expect(out).not.toMatch(/<script|<iframe|<object|<embed|<svg|<style|<form|<base|<meta|<link/i);
  expect(out).not.toMatch(/\son[a-z]+\s*=/i);
  expect(out).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(out).not.toMatch(/style=|srcdoc=/i);
}

describe('article body sanitiser', () => {
  it.each([
    ['script element', '<p>四市通办</p><script>alert(document.cookie)</script>', '<p>四市通办</p>'],
    ['script split across tags', '<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
    ['image with onerror', '<img src=x onerror="alert(1)">', ''],
    ['handler on a paragraph', '<p onclick="steal()" onmouseover="x()">办事指南</p>', '<p>办事指南</p>'],
    ['javascript: link', '<a href="javascript:alert(1)">点击</a>', '<a>点击</a>'],
    ['mixed-case javascript: link', '<a href=" JaVaScRiPt:alert(1)">点击</a>', '<a>点击</a>'],
    ['javascript: hidden by an entity tab', '<a href="java&#x09;script:alert(1)">点击</a>', '<a>点击</a>'],
    [
      'vbscript: and data: links',
      '<a href="vbscript:msgbox(1)">a</a><a href="data:text/html,<script>x</script>">b</a>',
      '<a>a</a><a>b</a>',
    ],
    ['svg with script', '<svg onload="alert(1)"><script>alert(1)</script></svg><p>正文</p>', '<p>正文</p>'],
    [
      'iframe, object, style, form',
      '<iframe src="https://evil.example"></iframe><object data="x"></object><style>*{}</style><form action="/x"><input></form><p>留下</p>',
      '<p>留下</p>',
    ],
    ['style and class attributes', '<p style="position:fixed" class="x" id="y">样式</p>', '<p>样式</p>'],
    [
      'data: and protocol-relative images',
      '<img src="data:image/png;base64,AAAA"><img src="//evil.example/a.png" alt="a">',
      '',
    ],
    [
      'meta refresh and base',
      '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><p>正文</p>',
      '<p>正文</p>',
    ],
  ])('neutralises %s', (_name, input, expected) => {
    const out = sanitizeArticleHtml(input);
    expect(out).toBe(expected);
    assertInert(out);
  });

  it('keeps the structure of a news story', () => {
    const story =
      '<h2>一、主要任务</h2><p><strong>市场准入</strong>同城化，<em>要素</em>同城化。</p><ul><li>第一条</li></ul><ol start="2"><li>第二条</li></ol><blockquote><p>引文</p></blockquote><table><thead><tr><th scope="col">城市</th></tr></thead><tbody><tr><td>资阳</td></tr></tbody></table><p><img src="/api/v1/uploads/3f1c" alt="会议现场"><img src="https://www.ziyang.gov.cn/a.jpg" alt="资阳线"></p><p><a href="/items/000125008000">办事指南</a> <a href="https://www.sc.gov.cn/">四川省人民政府</a></p>';
    expect(sanitizeArticleHtml(story)).toBe(
      '<h2>一、主要任务</h2><p><strong>市场准入</strong>同城化，<em>要素</em>同城化。</p><ul><li>第一条</li></ul><ol start="2"><li>第二条</li></ol><blockquote><p>引文</p></blockquote><table><thead><tr><th scope="col">城市</th></tr></thead><tbody><tr><td>资阳</td></tr></tbody></table><p><img src="/api/v1/uploads/3f1c" alt="会议现场" /><img src="https://www.ziyang.gov.cn/a.jpg" alt="资阳线" /></p><p><a href="/items/000125008000">办事指南</a> <a href="https://www.sc.gov.cn/" rel="noopener noreferrer">四川省人民政府</a></p>',
    );
  });

  it('turns an editor’s h1 into a section heading: the title is the page’s only h1', () => {
    expect(sanitizeArticleHtml('<h1>小标题</h1>')).toBe('<h2>小标题</h2>');
  });

  it('replaces an editor’s rel and never opens a new window', () => {
    expect(
      sanitizeArticleHtml('<a href="https://www.gov.cn/" target="_blank" rel="opener">中国政府网</a>'),
    ).toBe('<a href="https://www.gov.cn/" rel="noopener noreferrer">中国政府网</a>');
  });

  it('sees a body that had only unsafe content as empty', () => {
    expect(isEmptyArticleHtml(sanitizeArticleHtml('<script>alert(1)</script>'))).toBe(true);
    expect(isEmptyArticleHtml('<p> &nbsp; </p>')).toBe(true);
    expect(isEmptyArticleHtml('<p><img src="/api/v1/uploads/1" alt="图"></p>')).toBe(false);
    expect(isEmptyArticleHtml('<p>正文</p>')).toBe(false);
  });
});
