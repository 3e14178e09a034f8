import type { UploadFile } from 'antd';
import type { MaterialInput } from '../../../../contracts/cases.contract.js';
import type { UploadView } from '../../../../contracts/uploads.contract.js';

/** A file in a material's upload list; once uploaded, `response` is what the server stored. */
export type MaterialFile = UploadFile<UploadView>;

/** The form's `materials` value: the files chosen for each material code. */
export type MaterialValues = Record<string, MaterialFile[] | undefined>;

/** One material the form asks for: the implementation's list, or an item of a 补正 notice. */
export interface MaterialSlotView {
  code: string;
  name: string;
  requirement: 'required' | 'conditional' | 'optional';
  condition?: string;
  replaceableBy?: string;
  note?: string;
}

/** The uploaded files of the given materials, as the request's `materials`. */
export function toMaterialInputs(values: MaterialValues | undefined, codes: string[]): MaterialInput[] {
  return codes.flatMap((code) =>
    (values?.[code] ?? []).flatMap((file) =>
      file.status === 'done' && file.response ? [{ code, uploadId: file.response.id }] : [],
    ),
  );
}

/** The codes whose files are still on their way to the server. */
export function stillUploading(values: MaterialValues | undefined, codes: string[]): string[] {
  return codes.filter((code) => (values?.[code] ?? []).some((file) => file.status === 'uploading'));
}

/** A size as people read it: 624 B, 12.3 KB, 1.2 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
