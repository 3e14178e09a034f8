import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Result } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { useCityName } from '../../directory/directory.api.js';
import { catalogAdminKeys, useCatalogRole } from '../catalog-admin.api.js';
import { catalogKeys } from '../catalog.api.js';
import {
  EXPORT_PATH,
  TEMPLATE_PATH,
  uploadCatalogWorkbook,
  type ImportOutcome,
  type SheetProblem,
} from '../catalog-import.js';
import '../components/catalog.css';

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number | null }
  | { kind: 'processing' }
  | { kind: 'finished'; outcome: ImportOutcome }
  | { kind: 'failed'; message: string };

/** The counts the import answers with, in the order a clerk reads them. */
const COUNT_ORDER = [
  'versionsPublished',
  'itemsCreated',
  'itemsUpdated',
  'unchanged',
  'items',
  'implementations',
] as const;

function isXlsx(file: File): boolean {
  return /\.xlsx$/i.test(file.name);
}

function ImportCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const known = COUNT_ORDER.filter((key) => typeof counts[key] === 'number');
  const changed = (counts.versionsPublished ?? 0) + (counts.itemsCreated ?? 0) + (counts.itemsUpdated ?? 0);
  return (
    <>
      <Alert
        type="success"
        showIcon
        title={t('catalog.import.done')}
        description={changed === 0 ? t('catalog.import.allUnchanged') : undefined}
        style={{ marginBottom: 16 }}
      />
      <table className="data-table" style={{ maxWidth: 520 }} data-testid="import-counts">
        <caption className="visually-hidden">{t('catalog.import.countsCaption')}</caption>
        <tbody>
          {known.map((key) => (
            <tr key={key} data-count={key}>
              <th scope="row">{t(`catalog.import.counts.${key}`)}</th>
              <td>{counts[key]}</td>
            </tr>
          ))}
          {/* A count the page does not know yet is still shown, under the server's name. */}
          {Object.entries(counts)
            .filter(([key]) => !(COUNT_ORDER as readonly string[]).includes(key))
            .map(([key, value]) => (
              <tr key={key} data-count={key}>
                <th scope="row">{key}</th>
                <td>{value}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </>
  );
}

function ProblemTable({ title, problems }: { title: string; problems: SheetProblem[] }) {
  const { t } = useTranslation();
  const where = (p: SheetProblem) => {
    if (p.cell) return p.cell;
    if (p.row) return t('catalog.import.row', { row: p.row });
    return p.sheet ? t('catalog.import.wholeSheet') : t('catalog.import.wholeFile');
  };
  return (
    <>
      <Alert type="error" showIcon title={title} style={{ marginBottom: 16 }} />
      {problems.length > 0 && (
        <>
          <h3>{t('catalog.import.problemsTitle', { count: problems.length })}</h3>
          <div className="table-scroll">
            <table className="data-table" data-testid="import-problems">
              <caption className="visually-hidden">{t('catalog.import.problemsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('catalog.import.sheet')}</th>
                  <th scope="col">{t('catalog.import.cell')}</th>
                  <th scope="col">{t('catalog.import.column')}</th>
                  <th scope="col">{t('catalog.import.message')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, index) => (
                  <tr key={`${p.field}:${p.code}:${index}`} data-field={p.field}>
                    <td>{p.sheet ?? t('catalog.import.wholeFile')}</td>
                    <td>{where(p)}</td>
                    <td>{p.column ?? ''}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** Progress in words for the live region: in quarters, so a screen reader is not flooded. */
function useStageText(stage: Stage): string {
  const { t } = useTranslation();
  switch (stage.kind) {
    case 'uploading':
      return stage.sent === null
        ? t('catalog.import.uploadingUnknown')
        : t('catalog.import.uploading', { percent: Math.floor(stage.sent * 4) * 25 });
    case 'processing':
      return t('catalog.import.processing');
    case 'finished':
      return stage.outcome.ok ? t('catalog.import.done') : t('catalog.import.failed');
    case 'failed':
      return t('catalog.import.failed');
    default:
      return '';
  }
}

function Uploader() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fileId = useId();
  const helpId = useId();
  const errorId = useId();
  const progressLabelId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [fileError, setFileError] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const statusText = useStageText(stage);
  const busy = stage.kind === 'uploading' || stage.kind === 'processing';
  const percent =
    stage.kind === 'uploading' ? Math.round((stage.sent ?? 0) * 100) : stage.kind === 'idle' ? 0 : 100;

  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    if (stage.kind === 'finished' || stage.kind === 'failed') resultHeading.current?.focus();
  }, [stage.kind]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setFileError(t('catalog.import.chooseFirst'));
    if (!isXlsx(file)) return setFileError(t('catalog.import.notXlsx'));
    setFileError('');
    abort.current = new AbortController();
    setStage({ kind: 'uploading', sent: 0 });
    try {
      const outcome = await uploadCatalogWorkbook(
        file,
        (sent) =>
          setStage((current) =>
            current.kind === 'uploading' && sent !== null && sent >= 1
              ? { kind: 'processing' }
              : current.kind === 'uploading'
                ? { kind: 'uploading', sent }
                : current,
          ),
        abort.current.signal,
      );
      setStage({ kind: 'finished', outcome });
      if (outcome.ok) {
        await queryClient.invalidateQueries({ queryKey: catalogKeys.all });
        await queryClient.invalidateQueries({ queryKey: catalogAdminKeys.all });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setStage({ kind: 'failed', message: error instanceof Error ? error.message : t('errors.unexpected') });
    }
  };

  return (
    <>
      <section className="page-panel" aria-labelledby="import-upload">
        <h2 id="import-upload">{t('catalog.import.upload')}</h2>
        <form className="upload-box" onSubmit={(event) => void submit(event)} noValidate>
          <div>
            <label htmlFor={fileId} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
              {t('catalog.import.file')}
            </label>
            <p id={helpId} style={{ margin: '0 0 8px' }}>
              {t('catalog.import.fileHelp')}
            </p>
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              name="workbook"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={fileError ? `${helpId} ${errorId}` : helpId}
              aria-invalid={fileError ? true : undefined}
              onChange={() => setFileError('')}
              disabled={busy}
            />
            {fileError && (
              <p id={errorId} className="field-error" style={{ margin: '4px 0 0' }}>
                {fileError}
              </p>
            )}
          </div>
          <div>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('catalog.import.submit')}
            </Button>
          </div>
          <div>
            <span id={progressLabelId} style={{ display: 'block', marginBottom: 4 }}>
              {t('catalog.import.progress')}
            </span>
            <progress
              className="upload-progress"
              max={100}
              value={percent}
              aria-labelledby={progressLabelId}
              aria-valuetext={`${percent}%`}
            />
            <span aria-hidden="true" style={{ marginLeft: 8 }}>
              {`${percent}%`}
            </span>
          </div>
          <p
            role="status"
            aria-live="polite"
            data-testid="import-status"
            style={{ margin: 0, minHeight: '1.6em' }}
          >
            {statusText}
          </p>
        </form>
      </section>
      {(stage.kind === 'finished' || stage.kind === 'failed') && (
        <section className="page-panel" aria-labelledby="import-result">
          <h2 id="import-result" ref={resultHeading} tabIndex={-1}>
            {t('catalog.import.resultTitle')}
          </h2>
          {stage.kind === 'failed' ? (
            <ProblemTable title={stage.message} problems={[]} />
          ) : stage.outcome.ok ? (
            <ImportCounts counts={stage.outcome.counts} />
          ) : (
            <ProblemTable title={stage.outcome.title} problems={stage.outcome.problems} />
          )}
        </section>
      )}
    </>
  );
}

/** /admin/catalog/import — download the template or the catalogue; upload a workbook to import. */
export function CatalogImportPage() {
  const { t } = useTranslation();
  const cityName = useCityName();
  const { role } = useCatalogRole();
  return (
    <>
      <DocumentTitle title={t('catalog.import.title')} />
      <div className="page-panel">
        <h1>{t('catalog.import.title')}</h1>
        {role.canImport ? (
          <>
            <p>{t('catalog.import.intro')}</p>
            <p style={{ marginBottom: 0 }}>
              {role.adminCityCode
                ? t('catalog.import.scopeCity', { city: cityName(role.adminCityCode) })
                : t('catalog.import.scopeOffice')}{' '}
              <Link to="/admin/catalog">{t('catalog.admin.backToList')}</Link>
            </p>
          </>
        ) : (
          <Result status="403" subTitle={t('catalog.import.forbidden')} />
        )}
      </div>
      {role.canImport && (
        <>
          <section className="page-panel" aria-labelledby="import-downloads">
            <h2 id="import-downloads">{t('catalog.import.downloads')}</h2>
            <ul className="download-links">
              <li>
                <a className="link-button link-button-default" href={TEMPLATE_PATH} download>
                  {t('catalog.import.template')}
                </a>
              </li>
              <li>
                <a className="link-button link-button-default" href={EXPORT_PATH} download>
                  {t('catalog.import.export')}
                </a>
              </li>
            </ul>
          </section>
          <Uploader />
        </>
      )}
    </>
  );
}
