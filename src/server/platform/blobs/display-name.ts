import type { UploadMediaType } from '../../../contracts/uploads.contract.js';
import { extensionOf } from './media-types.js';

export const MAX_DISPLAY_NAME_LENGTH = 120;

// Control characters, and the bidirectional overrides that make "gpj.exe" read as "exe.jpg".
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The uploader's file name, fit for showing: no directories, no control or direction-changing
 * characters, no surrounding dots or spaces, at most 120 characters with the extension kept.
 * It is only ever shown; the file is stored under its hash.
 */
export function toDisplayName(raw: string | undefined, mediaType: UploadMediaType): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const name = cleaned || `材料${extensionOf[mediaType]}`;
  const chars = Array.from(name);
  if (chars.length <= MAX_DISPLAY_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const stem = Array.from(extension ? name.slice(0, dot) : name);
  return stem.slice(0, MAX_DISPLAY_NAME_LENGTH - Array.from(extension).length - 1).join('') + '…' + extension;
}

/** An ASCII stand-in for the Content-Disposition filename parameter; the real name goes in filename*. */
export function asciiFileName(name: string, mediaType: UploadMediaType): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  return /[A-Za-z0-9]/.test(ascii) ? ascii : `material${extensionOf[mediaType]}`;
}

/** RFC 6266: inline, with the name as UTF-8 (filename*) and an ASCII fallback. */
export function inlineDisposition(name: string, mediaType: UploadMediaType): string {
  return `inline; filename="${asciiFileName(name, mediaType)}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
