import { useTranslation } from 'react-i18next';
import type { ArticleSummary, NewsFrontPage } from '../../../../contracts/portal.contract.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useFrontPage } from '../news.api.js';
import { articleHref, channelHref, formatNewsDate } from '../news.format.js';
import './news.css';

// Articles are server-rendered pages (readable without JavaScript, shared and indexed as they
// are): plain links, not router links.
function ArticleLink({ item }: { item: ArticleSummary }) {
  const language = useLanguage();
  return (
    <a href={articleHref(item.url, language)} lang="zh-CN">
      {item.title}
    </a>
  );
}

function Featured({ items }: { items: ArticleSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (items.length === 0) return null;
  return (
    <section className="page-panel" aria-labelledby="home-featured">
      <h3 id="home-featured">{t('news.home.featured')}</h3>
      <ul className="news-featured">
        {items.map((item) => (
          <li key={item.id}>
            <h4>
              <ArticleLink item={item} />
            </h4>
            <p className="news-featured-meta">
              <span>{t(`news.channels.${item.channel}`)}</span>
              <time dateTime={item.publishedAt}>{formatNewsDate(item.publishedAt, language)}</time>
            </p>
            <p lang="zh-CN">{item.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Channels({ channels }: { channels: NewsFrontPage['channels'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="news-channels">
      {channels.map(({ channel, items }) => {
        const name = t(`news.channels.${channel}`);
        return (
          <section
            key={channel}
            className="page-panel news-channel"
            aria-labelledby={`home-channel-${channel}`}
          >
            <h3 id={`home-channel-${channel}`}>{name}</h3>
            {items.length === 0 ? (
              <p>{t('news.home.empty')}</p>
            ) : (
              <ul className="news-headlines">
                {items.map((item) => (
                  <li key={item.id}>
                    <ArticleLink item={item} />
                    <time dateTime={item.publishedAt}>{formatNewsDate(item.publishedAt, language)}</time>
                  </li>
                ))}
              </ul>
            )}
            <p className="news-more">
              <a href={channelHref(channel, language)}>{t('news.home.more', { channel: name })}</a>
            </p>
          </section>
        );
      })}
    </div>
  );
}

/** 新闻动态 on the home page: featured items, then 要闻, 同城化动态, 通知公告 and 政策解读. */
export function NewsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const frontPage = useFrontPage();
  return (
    <section aria-labelledby="home-news">
      <h2 id="home-news" className="section-heading">
        {t('news.home.title')}
      </h2>
      <QueryState query={frontPage}>
        {(data) => (
          <>
            <Featured items={data.featured} />
            <Channels channels={data.channels} />
          </>
        )}
      </QueryState>
      <p>
        <a className="link-button link-button-default" href={language === 'en' ? '/news?lang=en' : '/news'}>
          {t('news.home.all')}
        </a>
      </p>
    </section>
  );
}
