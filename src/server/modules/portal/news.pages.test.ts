import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { signIn, type TestSession } from '../../../../test/http-session.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import { loadConfig } from '../../platform/config.js';

/** The markup with the layout whitespace between tags taken out, so assertions read it as the browser does. */
const compact = (markup: string) =>
  markup
    .replace(/>\s+</g, '><')
    .replace(/\s*\/>/g, '>')
    .replace(/\s+>/g, '>')
    .replace(/\s+/g, ' ');

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe.each(databaseKinds())('server-rendered news, feeds and sitemap on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let office: TestSession;
  let reviewer: TestSession;
  let sourceId: string;
  let draftId: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app } = await buildTestApp(test.database));
    office = await signIn(app, 'office', demoPassword);
    reviewer = await signIn(app, 'office.review', demoPassword);
    const list = await app.inject('/api/v1/portal/articles?channel=headlines');
    sourceId = (list.json() as { items: { id: string }[] }).items[0]!.id;
    const draft = await app.inject({
      method: 'POST',
      url: '/api/v1/portal/editor/articles',
      headers: office.headers,
      payload: {
        channel: 'headlines',
        title: '尚未发布的草稿 & <特殊> 字符',
        bodyHtml: '<p>草稿正文</p>',
        source: '同城化办公室',
      },
    });
    draftId = (draft.json() as { id: string }).id;
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('renders the first 要闻 as a whole HTML page: title, date, 来源, author, 浏览量, body', async () => {
    const res = await app.inject({ url: `/news/${sourceId}`, headers: { host: 'tongcheng.example.cn' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const page = compact(res.body);
    expect(page).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(page).toContain(`<link rel="canonical" href="http://tongcheng.example.cn/news/${sourceId}">`);
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toContain(
      '<meta property="og:title" content="省推进成德眉资同城化发展领导小组第九次会议召开">',
    );
    expect(page).toContain('<h1 id="article-title">省推进成德眉资同城化发展领导小组第九次会议召开</h1>');
    expect(page).toContain('<time datetime="2024-09-29T16:00:00.000Z">2024年9月30日</time>');
    expect(page).toContain('<dd lang="zh-CN">资阳日报</dd>');
    expect(page).toContain('<dd lang="zh-CN">张家华</dd>');
    expect(page).toMatch(/<dt>浏览量<\/dt><dd data-views>29\d\d<\/dd>/);
    expect(page).toContain('<p>9月29日，省推进成德眉资同城化发展领导小组第九次会议在资阳召开。');
    expect(page).toContain('（2024—2026年）');
    expect(page).toContain('着力夯实市场一体化的重要支撑');
    // The header and footer texts are the office's site settings.
    expect(page).toContain('主办：资阳市人民政府');
    expect(page).toContain('蜀ICP备05007295号-1');
    // Its neighbour in 要闻 is linked; nothing later is.
    expect(page).toMatch(
      /上一篇：<a href="\/news\/[0-9a-f-]{36}" lang="zh-CN">成德眉资四市新增一批“跨市通办”政务服务事项<\/a>/,
    );
    expect(page).toContain('下一篇：没有了');
    // No mojibake left: no pinyin in brackets, no traditional characters of the source.
    expect(page).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)|發|網|會|劃|區/);
  });

  it('answers in English when asked, keeping the article itself marked as Chinese', async () => {
    const page = compact((await app.inject(`/news/${sourceId}?lang=en`)).body);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<dt>Source</dt><dd lang="zh-CN">资阳日报</dd>');
    expect(page).toContain('<div class="news-body" lang="zh-CN">');
  });

  it('gives a real 404 page for unknown or unpublished articles and unknown channels', async () => {
    for (const url of [
      `/news/${draftId}`,
      '/news/01900000-0000-7000-8000-000000000000',
      '/news/not-an-id',
      '/news?channel=gossip',
      '/news?page=0',
      '/news?channel=headlines&page=99',
      '/feeds/gossip.xml',
      '/feeds/headlines.json',
    ]) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(res.body, url).toContain('<h1 id="news-heading">页面不存在</h1>');
    }
  });

  it('lists a channel with tabs, search and its feed link; escapes what editors typed', async () => {
    const list = compact((await app.inject('/news?channel=policy')).body);
    expect(list).toContain('<a href="/news?channel=policy" aria-current="page">政策解读</a>');
    expect(list).toContain('住房公积金异地转移接续怎么办？一文看懂');
    expect(list).toContain('<a href="/feeds/policy.xml" type="application/atom+xml">订阅本栏目（Atom）</a>');
    const search = compact((await app.inject('/news?q=' + encodeURIComponent('公积金'))).body);
    expect(search).toContain('“公积金”的搜索结果：共 3 篇');
    const hostile = compact(
      (await app.inject('/news?q=' + encodeURIComponent('"><script>alert(1)</script>'))).body,
    );
    expect(hostile).not.toContain('<script>alert(1)</script>');
    expect(hostile).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('publishes valid Atom feeds per channel holding the published articles only', async () => {
    const res = await app.inject('/feeds/headlines.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(res.body)).toBe(true);
    const feed = parser.parse(res.body) as {
      feed: {
        '@xmlns': string;
        title: string;
        entry: { title: string; id: string; link: { '@href': string } }[];
      };
    };
    expect(feed.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = asArray(feed.feed.entry);
    expect(entries.map((e) => e.title)).toEqual([
      '省推进成德眉资同城化发展领导小组第九次会议召开',
      '成德眉资四市新增一批“跨市通办”政务服务事项',
      '四市住房公积金管理中心召开同城化工作联席会议',
    ]);
    expect(entries[0]!.link['@href']).toBe(`http://localhost:80/news/${sourceId}`);
    expect(res.body).not.toContain(draftId);
  });

  it('carries a newly approved article in its feed and the sitemap, with editors’ markup escaped', async () => {
    const submit = await app.inject({
      method: 'POST',
      url: `/api/v1/portal/editor/articles/${draftId}/submit`,
      headers: office.headers,
    });
    expect(submit.statusCode).toBe(200);
    const approve = await app.inject({
      method: 'POST',
      url: `/api/v1/portal/editor/articles/${draftId}/approve`,
      headers: reviewer.headers,
      payload: {},
    });
    expect(approve.statusCode).toBe(200);
    const feed = (await app.inject('/feeds/headlines.xml')).body;
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).toContain('<title>尚未发布的草稿 &amp; &lt;特殊&gt; 字符</title>');
    const sitemap = (await app.inject('/sitemap.xml')).body;
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const urls = asArray((parser.parse(sitemap) as { urlset: { url: { loc: string }[] } }).urlset.url).map(
      (u) => u.loc,
    );
    expect(urls).toContain(`http://localhost:80/news/${draftId}`);
    expect(urls).toContain(`http://localhost:80/news/${sourceId}`);
    expect(urls).toContain('http://localhost:80/news?channel=notices');
    // Nine demo articles and this one; no draft, no unpublished article.
    expect(urls.filter((u) => /\/news\/[0-9a-f-]{36}$/.test(u))).toHaveLength(10);
  });

  it('gives the home page its news in one answer: featured items and each channel’s latest', async () => {
    const front = (await app.inject('/api/v1/portal/front-page')).json() as {
      featured: { title: string }[];
      channels: { channel: string; items: { title: string; url: string }[] }[];
    };
    expect(front.channels.map((c) => c.channel)).toEqual(['headlines', 'integration', 'notices', 'policy']);
    expect(front.channels.every((c) => c.items.length >= 2)).toBe(true);
    expect(front.featured.map((f) => f.title)).toContain('省推进成德眉资同城化发展领导小组第九次会议召开');
    expect(front.channels[0]!.items[0]!.url).toMatch(/^\/news\/[0-9a-f-]{36}$/);
  });
});
