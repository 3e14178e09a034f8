import { Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadView } from '../../../../contracts/uploads.contract.js';
import { ApiError } from '../../../shared/api/api-error.js';
import type { MaterialFile } from './material-values.js';
import { ACCEPTED_FILES, uploadFile } from './upload-file.js';

/**
 * The files of one material: chosen, sent at once with progress, each shown with its state; a
 * refusal is announced with the server's reason (wrong type, too large). A form control: the
 * value is the file list.
 */
export function MaterialUpload({
  id,
  name,
  value,
  onChange,
}: {
  id?: string;
  /** The material's name, for the button's accessible name. */
  name: string;
  value?: MaterialFile[];
  onChange?: (files: MaterialFile[]) => void;
}) {
  const { t } = useTranslation();
  const files = value ?? [];
  const failed = files.filter((file) => file.status === 'error');
  // Told to screen readers: how the latest file is doing (failures are announced as alerts below).
  const latest = files[files.length - 1];
  const status =
    latest?.status === 'uploading'
      ? t('materials.uploading', { file: latest.name, percent: Math.round(latest.percent ?? 0) })
      : latest?.status === 'done'
        ? t('materials.uploaded', { file: latest.name })
        : '';
  return (
    <div className="material-upload">
      <Upload<UploadView>
        fileList={files}
        accept={ACCEPTED_FILES}
        multiple
        showUploadList={{ showPreviewIcon: false, showDownloadIcon: false }}
        onChange={({ fileList }) => onChange?.(fileList)}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          uploadFile(file as Blob & { name?: string }, { onProgress: (percent) => onProgress?.({ percent }) })
            .then((view) => onSuccess?.(view))
            .catch((error: unknown) => onError?.(error instanceof Error ? error : new Error(String(error))));
        }}
      >
        <Button id={id} aria-label={t('materials.chooseFor', { name })}>
          {t('materials.choose')}
        </Button>
      </Upload>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {failed.length > 0 && (
        <div role="alert">
          <ul className="material-upload-errors">
            {failed.map((file) => (
              <li key={file.uid}>
                {t('materials.failed', {
                  file: file.name,
                  message:
                    file.error instanceof ApiError
                      ? file.error.title
                      : file.error instanceof Error
                        ? file.error.message
                        : t('errors.unexpected'),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
