import { fileTypeFromBuffer } from 'file-type';
import type { UploadMediaType } from '../../../contracts/uploads.contract.js';

/** How many leading bytes the type is recognised from (file-type's own sample size). */
export const SNIFF_BYTES = 4100;

const accepted: ReadonlySet<string> = new Set<UploadMediaType>([
  'application/pdf',
  'image/jpeg',
  'image/png',
]);

/**
 * The file's type from its first bytes, or null when it is none of the accepted kinds. The name
 * and the type the browser claimed are never consulted: a .pdf name on PNG bytes is a PNG.
 */
export async function sniffMediaType(head: Uint8Array): Promise<UploadMediaType | null> {
  const found = await fileTypeFromBuffer(head);
  return found && accepted.has(found.mime) ? (found.mime as UploadMediaType) : null;
}

export const extensionOf: Record<UploadMediaType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};
