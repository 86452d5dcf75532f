import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/client';
import { ensureReferenceData } from '../src/reference-data';

/**
 * Runs once per test run: migrates a PGlite template (dumped to a file each test file loads in
 * well under a second) and, when TEST_DATABASE_URL is set, a PostgreSQL template database that
 * each test file copies into a database of its own, so runs never collide.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'gongyeyun-test-'));
  const handle = await createDb({ kind: 'pglite' });
  await handle.migrate();
  await ensureReferenceData(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  const templateFile = join(dir, 'template.tar');
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplateFile', templateFile);

  const url = process.env.TEST_DATABASE_URL;
  let templateDb: string | null = null;
  if (url) {
    templateDb = `gongyeyun_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${templateDb}`);
    await admin.end();
    const pgHandle = await createDb({
      kind: 'postgres',
      url: withDatabase(url, templateDb),
      poolSize: 1,
    });
    await pgHandle.migrate();
    await ensureReferenceData(pgHandle.db);
    await pgHandle.close();
  } else {
    console.warn(
      '[db tests] TEST_DATABASE_URL is not set: database tests run on PGlite only, not on PostgreSQL.',
    );
  }
  project.provide('postgresTemplate', templateDb ? { url: url!, database: templateDb } : null);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && templateDb) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${templateDb} with (force)`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
    postgresTemplate: { url: string; database: string } | null;
  }
}
