/**
 * Web benchmark, on the built app (`npm run build:web` first):
 *   - the JavaScript a browser loads before the first screen (the entry script, its preloaded
 *     chunks and everything they import statically), and what the cockpit adds, gzip level 9 as
 *     a server would send it;
 *   - the cockpit's first render in headless chromium (playwright-core, /usr/bin/chromium)
 *     against a real server on a fresh embedded database holding the demo city, signed in as
 *     the leader: from `page.goto('/')` (the cockpit is the leader's home) to the first KPI
 *     figure visible and to the first chart's canvas in place, cold (a new browser context: no
 *     cached file, the session carried over) and warm (the same page again), BENCH_RUNS each
 *     (default 10); and from opening the login page to the first figure (type, sign in, land).
 * Prints a table and writes bench/out/web.json.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/chromium';
import { report, startBenchServer } from './bench-server';

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
const results: Record<string, number | string> = {
  'initial JS: files': initial.size,
  'initial JS, KiB (gzip)': `${kib(i.raw)} (${kib(i.gz)})`,
  'cockpit adds: files': cockpit.length,
  'cockpit adds, KiB (gzip)': `${kib(c.raw)} (${kib(c.gz)})`,
  'all JS chunks, KiB (gzip)': `${kib(a.raw)} (${kib(a.gz)})`,
  'goal: initial JS ≤ 1 MiB gzip': i.gz <= 1024 * 1024 ? 'met' : 'missed',
};

// The cockpit in the browser.
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const USER = 'leader';
const server = await startBenchServer({ web: true });
results['server start with the demo city, ms'] = server.startMs;
const browser = await launchChromium();
const VIEWPORT = { width: 1440, height: 900 };
const figure = (page: Page) => page.getByTestId('kpi-output-ytd').first();
const chart = (page: Page) => page.locator('[data-testid^="chart-"] canvas').first();

/** From `goto` to the first figure and to the first chart, ms. */
async function render(page: Page, path: string) {
  const t0 = performance.now();
  await page.goto(server.base + path, { waitUntil: 'commit' });
  await figure(page).waitFor({ state: 'visible', timeout: 60_000 });
  const first = performance.now() - t0;
  await chart(page).waitFor({ state: 'visible', timeout: 60_000 });
  return { figure: first, chart: performance.now() - t0 };
}

async function signIn(context: BrowserContext) {
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(`${server.base}/login`, { waitUntil: 'commit' });
  await page.locator('#username').fill(USER);
  await page.locator('#password').fill('gongyeyun-demo');
  await page.getByTestId('login-submit').click();
  await figure(page).waitFor({ state: 'visible', timeout: 60_000 });
  return { page, ms: performance.now() - t0 };
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const summary = (xs: number[]) =>
  `${Math.round(p50(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
const runs = { login: [] as number[], cold: [] as number[][], warm: [] as number[][] };
try {
  // Sign-in to the cockpit, each time in a new context (nothing cached). The first is the
  // server's first page ever and is kept apart.
  let state: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;
  for (let k = 0; k <= RUNS; k++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const { ms } = await signIn(context);
    if (k === 0) results['sign-in to the first figure, very first time, ms'] = Math.round(ms);
    else runs.login.push(ms);
    state ??= await context.storageState();
    await context.close();
  }
  for (let k = 0; k < RUNS; k++) {
    const context = await browser.newContext({ viewport: VIEWPORT, storageState: state });
    const page = await context.newPage();
    const t = await render(page, '/');
    runs.cold.push([t.figure, t.chart]);
    await context.close();
  }
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: state });
  const page = await context.newPage();
  await render(page, '/');
  for (let k = 0; k < RUNS; k++) {
    const t = await render(page, '/');
    runs.warm.push([t.figure, t.chart]);
  }
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
results[`runs of each`] = RUNS;
results['sign-in page to the first figure, p50 (min–max), ms'] = summary(runs.login);
results['cockpit cold: goto to the first figure, p50 (min–max), ms'] = summary(
  runs.cold.map((r) => r[0]!),
);
results['cockpit cold: goto to the first chart, p50 (min–max), ms'] = summary(
  runs.cold.map((r) => r[1]!),
);
results['cockpit warm: goto to the first figure, p50 (min–max), ms'] = summary(
  runs.warm.map((r) => r[0]!),
);
results['cockpit warm: goto to the first chart, p50 (min–max), ms'] = summary(
  runs.warm.map((r) => r[1]!),
);
report('web', results, { user: USER, viewport: VIEWPORT, runs });
