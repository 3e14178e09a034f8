import { useState } from 'react';
import { Alert, Button, Form, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ArticleRevision, EditorArticle } from '../../../../contracts/portal.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { isApiStatus } from '../../../shared/api/api-error.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { NotFoundPage } from '../../../shared/components/NotFoundPage.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';
import type { FieldProblem } from '../../../shared/api/api-error.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import {
  useCreateArticle,
  useEditorArticle,
  useSaveArticle,
  useWorkflowStep,
  type WorkflowStep,
} from '../news.api.js';
import {
  ArticleForm,
  ARTICLE_FIELD_NAMES,
  emptyArticle,
  toContent,
  type ArticleFormValues,
} from './ArticleForm.js';
import { ArticleHistory } from './ArticleHistory.js';
import { ArticleStatusTag } from './ArticleStatusTag.js';
import { useNewsEditorRole } from './useNewsEditorRole.js';
import { WorkflowPanel } from './WorkflowPanel.js';

function valuesOf(article: EditorArticle | ArticleRevision): ArticleFormValues {
  return {
    channel: article.channel,
    title: article.title,
    subtitle: article.subtitle,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    source: article.source,
    author: article.author,
    coverImageUrl: article.coverImageUrl ?? '',
    coverImageAlt: article.coverImageAlt,
    attachments: article.attachments,
    featured: article.featured,
  };
}

const STEP_DONE = {
  submit: 'news.editor.submitted',
  withdraw: 'news.editor.withdrawn',
  approve: 'news.editor.approved',
  reject: 'news.editor.rejected',
  unpublish: 'news.editor.unpublished',
} as const satisfies Record<WorkflowStep['step'], string>;

function Editor({ article }: { article: EditorArticle | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<ArticleFormValues>();
  const [dirty, setDirty] = useState(false);
  // A new article arrives here from /admin/news/new with the notice of its creation.
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const create = useCreateArticle();
  const save = useSaveArticle(article?.id ?? '');
  const step = useWorkflowStep(article?.id ?? '');
  const editable = !article || article.status === 'draft' || article.status === 'unpublished';
  const busy = create.isPending || save.isPending || step.isPending;

  const fail = (failure: unknown) => {
    setNotice('');
    setError(failure);
    setUnplaced(showServerFieldErrors(form, failure, ARTICLE_FIELD_NAMES));
  };

  /** Saves the form as a new revision (or the first); returns the saved article, or null on a problem. */
  const saveForm = async (): Promise<EditorArticle | null> => {
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    const content = toContent(form.getFieldsValue(true));
    setError(null);
    try {
      const saved = article
        ? await save.mutateAsync({ ...content, baseRevision: article.revision })
        : await create.mutateAsync(content);
      setDirty(false);
      // The server's sanitised body is what was saved: show that.
      form.setFieldsValue(valuesOf(saved));
      if (!article) {
        void navigate(`/admin/news/${saved.id}`, {
          replace: true,
          state: { notice: t('news.editor.created') },
        });
      } else {
        setNotice(t('news.editor.saved', { revision: saved.revision }));
      }
      return saved;
    } catch (failure) {
      fail(failure);
      return null;
    }
  };

  const runStep = async (next: WorkflowStep) => {
    setError(null);
    try {
      const done = await step.mutateAsync(next);
      const scheduled = next.step === 'approve' && done.scheduled && done.publishAt;
      setNotice(
        scheduled
          ? t('news.editor.approvedScheduled', { time: formatDateTime(done.publishAt ?? '', language) })
          : t(STEP_DONE[next.step]),
      );
    } catch (failure) {
      fail(failure);
    }
  };

  const submitForReview = async () => {
    if (dirty && !(await saveForm())) return;
    await runStep({ step: 'submit' });
  };

  const restore = (revision: ArticleRevision) => {
    form.setFieldsValue(valuesOf(revision));
    setDirty(true);
    setNotice(t('news.editor.restored', { revision: revision.revision }));
  };

  const title = article ? t('news.editor.editTitle') : t('news.editor.newTitle');
  return (
    <>
      <DocumentTitle title={article ? `${title}：${article.title}` : title} />
      <p>
        <Link to="/admin/news">{t('news.admin.backToList')}</Link>
      </p>
      <section className="page-panel" aria-labelledby="article-editor-title">
        <h1 id="article-editor-title">{title}</h1>
        {article && (
          <div className="article-status-line">
            <ArticleStatusTag status={article.status} scheduled={article.scheduled} />
            <span>
              {t('news.editor.statusLine', {
                status: t(`news.statuses.${article.scheduled ? 'scheduled' : article.status}`),
                revision: article.revision,
              })}
            </span>
            {article.publishAt && (
              <span>{t('news.editor.publishAt', { time: formatDateTime(article.publishAt, language) })}</span>
            )}
            <span>{t('news.editor.views', { count: article.views })}</span>
            {article.status === 'published' && !article.scheduled && (
              <a href={article.url}>{t('news.editor.viewOnSite')}</a>
            )}
          </div>
        )}
        <p role="status" className="article-notice">
          {notice}
        </p>
        {!editable && (
          <Alert type="info" showIcon title={t('news.editor.readOnly')} style={{ marginBottom: 16 }} />
        )}
        <FormErrorSummary error={error} unplaced={unplaced} />
        <ArticleForm
          form={form}
          initialValues={article ? valuesOf(article) : emptyArticle}
          readOnly={!editable}
          onChange={() => setDirty(true)}
        />
        {editable && (
          <div className="article-actions">
            <Button
              type="primary"
              loading={save.isPending || create.isPending}
              disabled={busy}
              onClick={() => void saveForm()}
            >
              {t('news.editor.save')}
            </Button>
            {article?.status === 'draft' && (
              <Button disabled={busy} onClick={() => void submitForReview()}>
                {t('news.editor.submit')}
              </Button>
            )}
            {dirty && <span>{t('news.editor.unsaved')}</span>}
          </div>
        )}
      </section>
      {article && <WorkflowPanel article={article} busy={busy} onStep={(next) => void runStep(next)} />}
      {article && <ArticleHistory article={article} canRestore={editable} onRestore={restore} />}
    </>
  );
}

/** /admin/news/new and /admin/news/:id: write, save revisions, submit, review, publish, unpublish. */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { isEditor, isPending } = useNewsEditorRole();
  const article = useEditorArticle(id);
  if (isPending) return null;
  if (!isEditor) {
    return (
      <div className="page-panel">
        <DocumentTitle title={t('news.admin.title')} />
        <Result
          status="403"
          title={<h1 style={{ fontSize: 24 }}>{t('news.admin.title')}</h1>}
          subTitle={t('news.admin.forbidden')}
        />
      </div>
    );
  }
  if (!id) return <Editor article={null} />;
  if (isApiStatus(article.error, 404)) return <NotFoundPage />;
  return <QueryState query={article}>{(data) => <Editor key={data.id} article={data} />}</QueryState>;
}
