import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../../contracts/portal.contract.js';

const colours = {
  draft: 'default',
  in_review: 'warning',
  published: 'success',
  scheduled: 'processing',
  unpublished: 'error',
};

/** 草稿 · 待审核 · 已发布 · 定时发布 · 已撤稿, in words (the colour only repeats them). */
export function ArticleStatusTag({ status, scheduled }: { status: ArticleStatus; scheduled: boolean }) {
  const { t } = useTranslation();
  const key = scheduled ? 'scheduled' : status;
  return <Tag color={colours[key]}>{t(`news.statuses.${key}`)}</Tag>;
}
