import { useId, useState } from 'react';
import { Button, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EditorArticle } from '../../../../contracts/portal.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import type { WorkflowStep } from '../news.api.js';

/**
 * The next steps the article allows the signed-in member of the office: submit (from the
 * page's save bar), withdraw, approve now or at a time, send back with a note, unpublish.
 */
export function WorkflowPanel({
  article,
  busy,
  onStep,
}: {
  article: EditorArticle;
  busy: boolean;
  onStep: (step: WorkflowStep) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [mode, setMode] = useState<'now' | 'later'>('now');
  const [publishAt, setPublishAt] = useState('');
  const [note, setNote] = useState('');
  const timeId = useId();
  const noteId = useId();
  const unpublishId = useId();
  const [unpublishNote, setUnpublishNote] = useState('');

  if (article.status === 'in_review' && !article.canReview) {
    return (
      <section className="page-panel" aria-labelledby="article-review">
        <h2 id="article-review">{t('news.editor.review')}</h2>
        <p>{t('news.editor.waiting', { name: article.submittedByName ?? '' })}</p>
        {article.canWithdraw && (
          <Button disabled={busy} onClick={() => onStep({ step: 'withdraw' })}>
            {t('news.editor.withdraw')}
          </Button>
        )}
      </section>
    );
  }
  if (article.status === 'in_review') {
    const approve = () =>
      onStep(
        mode === 'later' && publishAt
          ? // The office works in Beijing time, whatever the browser's zone.
            { step: 'approve', publishAt: `${publishAt}:00+08:00` }
          : { step: 'approve' },
      );
    return (
      <section className="page-panel" aria-labelledby="article-review">
        <h2 id="article-review">{t('news.editor.review')}</h2>
        <fieldset className="filter-group">
          <legend style={{ float: 'none', width: 'auto' }}>{t('news.editor.publishMode')}</legend>
          <Radio.Group
            value={mode}
            onChange={(event) => setMode(event.target.value as 'now' | 'later')}
            options={[
              { value: 'now', label: t('news.editor.publishNow') },
              { value: 'later', label: t('news.editor.publishLater') },
            ]}
          />
        </fieldset>
        {mode === 'later' && (
          <p>
            <label htmlFor={timeId} style={{ display: 'block' }}>
              {t('news.editor.publishTime')}
            </label>
            <Input
              id={timeId}
              type="datetime-local"
              value={publishAt}
              onChange={(e) => setPublishAt(e.target.value)}
              style={{ maxWidth: 260 }}
            />
          </p>
        )}
        <div className="article-actions">
          <Button type="primary" disabled={busy || (mode === 'later' && !publishAt)} onClick={approve}>
            {t('news.editor.approve')}
          </Button>
        </div>
        <p style={{ marginTop: 16 }}>
          <label htmlFor={noteId} style={{ display: 'block' }}>
            {t('news.editor.rejectNote')}
          </label>
          <Input.TextArea
            id={noteId}
            rows={2}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </p>
        <Button disabled={busy || !note.trim()} onClick={() => onStep({ step: 'reject', note: note.trim() })}>
          {t('news.editor.reject')}
        </Button>
      </section>
    );
  }
  if (article.status === 'published') {
    return (
      <section className="page-panel" aria-labelledby="article-review">
        <h2 id="article-review">{t('news.statuses.published')}</h2>
        {article.publishAt && (
          <p>{t('news.editor.publishAt', { time: formatDateTime(article.publishAt, language) })}</p>
        )}
        <p>
          <label htmlFor={unpublishId} style={{ display: 'block' }}>
            {t('news.editor.unpublishNote')}
          </label>
          <Input
            id={unpublishId}
            maxLength={500}
            value={unpublishNote}
            onChange={(e) => setUnpublishNote(e.target.value)}
          />
        </p>
        <Button
          danger
          disabled={busy}
          onClick={() =>
            onStep({ step: 'unpublish', ...(unpublishNote.trim() ? { note: unpublishNote.trim() } : {}) })
          }
        >
          {t('news.editor.unpublish')}
        </Button>
      </section>
    );
  }
  return null;
}
