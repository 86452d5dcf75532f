import type { LocalizedText } from '../common/locale';
import { err, ok, type Result } from '../common/result';

/** Largest attachment accepted, in bytes. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Kinds accepted, recognised by their first bytes (the name's extension must agree). */
const KINDS: { type: string; extensions: string[]; magic: number[] }[] = [
  { type: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
  { type: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
];

/**
 * Checks an upload by size, extension and content: PDF, PNG, JPEG, .docx or .xlsx up to
 * 10 MB, whose first bytes match the extension. Returns the content type to store.
 */
export function checkAttachment(
  fileName: string,
  size: number,
  head: Uint8Array,
): Result<string, LocalizedText> {
  if (size === 0) return err({ zh: '文件为空', en: 'The file is empty' });
  if (size > ATTACHMENT_MAX_BYTES)
    return err({ zh: '附件不能超过 10 MB', en: 'An attachment may not exceed 10 MB' });
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = KINDS.find((k) => k.extensions.includes(extension));
  if (!kind)
    return err({
      zh: '只接受 PDF、PNG、JPEG、Word（.docx）和 Excel（.xlsx）文件',
      en: 'Only PDF, PNG, JPEG, Word (.docx) and Excel (.xlsx) files are accepted',
    });
  if (!kind.magic.every((b, i) => head[i] === b))
    return err({
      zh: '文件内容与扩展名不符',
      en: 'The file content does not match its extension',
    });
  return ok(kind.type);
}
