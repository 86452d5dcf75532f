import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkAttachment } from '@gongyeyun/core';
import {
  findTicketInScope,
  insertAttachment,
  listAttachments,
  type AttachmentRow,
} from '@gongyeyun/db';
import type { Actor, RequestContext } from '../../context';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';

const TICKET = { zh: '该诉求', en: 'Ticket' };
const ATTACHMENT = { zh: '该附件', en: 'Attachment' };

export interface AttachmentInfo {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
}

const present = (a: AttachmentRow): AttachmentInfo => ({
  id: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
  createdAt: a.createdAt.toISOString(),
});

/**
 * Stores an attachment of a ticket the caller can see: checked by size and content, written
 * under the files directory by a random id (never the user's file name), recorded and audited.
 */
export async function addAttachment(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  ticketId: number,
  file: { fileName: string; buffer: Buffer },
): Promise<AttachmentInfo> {
  if (!(await findTicketInScope(deps.db, actor.scope, ticketId))) throw notFound(TICKET);
  const checked = checkAttachment(file.fileName, file.buffer.length, file.buffer.subarray(0, 8));
  if (!checked.ok)
    throw new AppError('VALIDATION', checked.error, [{ field: 'file', text: checked.error }]);
  const id = randomBytes(16).toString('hex');
  await mkdir(deps.config.filesDir, { recursive: true, mode: 0o700 });
  await writeFile(join(deps.config.filesDir, id), file.buffer, { mode: 0o600, flag: 'wx' });
  const fileName = [...file.fileName]
    .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c))
    .join('')
    .slice(0, 200);
  return deps.db.transaction(async (tx) => {
    const row = await insertAttachment(tx, {
      id,
      ticketId,
      fileName,
      contentType: checked.value,
      size: file.buffer.length,
      uploadedBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'attach',
      entity: 'ticket',
      entityId: ticketId,
      after: { attachmentId: id, fileName, size: row.size },
    });
    return present(row);
  });
}

export async function ticketAttachments(
  deps: Deps,
  actor: Actor,
  ticketId: number,
): Promise<AttachmentInfo[]> {
  if (!(await findTicketInScope(deps.db, actor.scope, ticketId))) throw notFound(TICKET);
  return (await listAttachments(deps.db, ticketId)).map(present);
}

/** The file of an attachment of a ticket the caller can see. */
export async function readAttachment(
  deps: Deps,
  actor: Actor,
  ticketId: number,
  attachmentId: string,
): Promise<{ info: AttachmentInfo; content: Buffer }> {
  if (!(await findTicketInScope(deps.db, actor.scope, ticketId))) throw notFound(TICKET);
  const row = (await listAttachments(deps.db, ticketId)).find((a) => a.id === attachmentId);
  if (!row) throw notFound(ATTACHMENT);
  return { info: present(row), content: await readFile(join(deps.config.filesDir, row.id)) };
}
