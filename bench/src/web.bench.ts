/**
 * Web benchmark: the JavaScript a browser loads before the first screen (the entry script, its
 * preloaded chunks and everything they import statically), and what the cockpit adds, gzip
 * level 9 as a server would send it, from the built app (`npm run build:web` first). Prints a
 * table and writes bench/out/web.json.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './bench-server';

const dist = resolve(import.meta.dirname, '../../apps/web/dist');
if (!existsSync(join(dist, 'index.html')))
  throw new Error('The web app is not built: run `npm run build:web` first.');
const assets = join(dist, 'assets');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const roots = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);

/** A chunk and every chunk it imports statically (dynamic `import()` is left out). */
function closure(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]!);
  }
  return seen;
}
const size = (files: Iterable<string>) => {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const body = readFileSync(join(assets, f));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gz };
};
const kib = (n: number) => (n / 1024).toFixed(1);

const initial = closure(roots);
const cockpitChunk = readdirSync(assets).find((f) => /^CockpitPage-.*\.js$/.test(f));
const cockpit = cockpitChunk ? [...closure([cockpitChunk])].filter((f) => !initial.has(f)) : [];
const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
const i = size(initial);
const c = size(cockpit);
const a = size(all);
report('web', {
  'initial JS: files': initial.size,
  'initial JS, KiB (gzip)': `${kib(i.raw)} (${kib(i.gz)})`,
  'cockpit adds: files': cockpit.length,
  'cockpit adds, KiB (gzip)': `${kib(c.raw)} (${kib(c.gz)})`,
  'all JS chunks, KiB (gzip)': `${kib(a.raw)} (${kib(a.gz)})`,
  'goal: initial JS ≤ 1 MiB gzip': i.gz <= 1024 * 1024 ? 'met' : 'missed',
});
