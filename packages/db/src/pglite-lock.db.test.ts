import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from './client';
import { DatabaseLockedError } from './pglite-lock';

describe('one process per PGlite data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongyeyun-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second opener with a clear error, and frees the directory on close', async () => {
    const first = await createDb({ kind: 'pglite', dataDir: dir });
    // A second opener in this process looks like another owner once the pid differs.
    writeFileSync(join(dir, 'gongyeyun.lock'), String(process.ppid));
    await expect(createDb({ kind: 'pglite', dataDir: dir })).rejects.toThrow(DatabaseLockedError);
    await expect(createDb({ kind: 'pglite', dataDir: dir })).rejects.toThrow(
      /已被另一个进程.*in use by another process/s,
    );
    writeFileSync(join(dir, 'gongyeyun.lock'), String(process.pid));
    await first.close();
    const again = await createDb({ kind: 'pglite', dataDir: dir });
    await again.close();
    // A fresh PGlite data directory is initialised twice here: slow on a busy machine.
  }, 180_000);

  it('takes over a lock left by a process that is gone', async () => {
    writeFileSync(join(dir, 'gongyeyun.lock'), '999999999');
    const handle = await createDb({ kind: 'pglite', dataDir: dir });
    await handle.close();
  });
});
