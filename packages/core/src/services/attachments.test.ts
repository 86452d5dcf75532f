import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, checkAttachment } from './attachments';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);

describe('attachments', () => {
  it.each([
    ['申请表.pdf', PDF, 'application/pdf'],
    ['现场.PNG', PNG, 'image/png'],
    ['报告.docx', ZIP, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('accepts %s', (name, head, type) => {
    expect(checkAttachment(name, 1000, head)).toEqual({ ok: true, value: type });
  });
  it('refuses other kinds, empty and oversized files, and content that lies about its kind', () => {
    expect(checkAttachment('run.exe', 100, PDF).ok).toBe(false);
    expect(checkAttachment('a.pdf', 0, PDF).ok).toBe(false);
    expect(checkAttachment('a.pdf', ATTACHMENT_MAX_BYTES + 1, PDF).ok).toBe(false);
    expect(checkAttachment('a.pdf', ATTACHMENT_MAX_BYTES, PDF).ok).toBe(true);
    expect(checkAttachment('fake.pdf', 100, PNG)).toMatchObject({
      ok: false,
      error: { en: 'The file content does not match its extension' },
    });
  });
});
