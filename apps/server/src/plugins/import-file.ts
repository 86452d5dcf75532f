import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/** Spreadsheets above this are refused: a county's month is a few hundred kilobytes. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** The one file of a multipart import request (field `file`), refused when missing or too large. */
export async function readImportFile(
  request: FastifyRequest,
): Promise<{ buffer: Buffer; fileName: string }> {
  const part = await request.file({
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1 },
    throwFileSizeLimit: false,
  });
  if (!part) {
    const text = { zh: '请选择要导入的文件', en: 'Choose a file to import' };
    throw new AppError('VALIDATION', text, [{ field: 'file', text }]);
  }
  const buffer = await part.toBuffer();
  if (part.file.truncated) {
    const text = {
      zh: '文件超过 10 MB 上限，请分批导入',
      en: 'The file is over the 10 MB limit; import it in parts',
    };
    throw new AppError('VALIDATION', text, [{ field: 'file', text }]);
  }
  return { buffer, fileName: part.filename };
}
