/**
 * `npm run bench`: synthetic content at two sizes (bench/synthetic.ts), and for each the time and peak memory
 * of: parsing the MDX with remark alone (the baseline every other figure is divided by), loading the model, the
 * content check, comparing versions, and building the site (pages per second). Then what grows faster than the
 * content. Prints a table and writes bench/results/<time>.json. Also runs bench/pubcheck.ts,
 * bench/pubcheck-startup.ts and bench/pubcheck-long.ts when they exist.
 * Usage: node bench/run.ts [--sizes quarter,full] [--skip build,check] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { routeKind } from '../scripts/gates/site.ts';
import { breakdown, PARTS } from './profile.ts';
import { FULL_SIZE, generate, type SyntheticSize } from './synthetic.ts';

export const SIZES: Record<string, SyntheticSize> = {
  // Every count halved: four times fewer clauses in all (versions × clauses per version), twice fewer meetings and terms.
  quarter: { versions: 15, clauses: 200, meetings: 100, terms: 250, members: 20 },
  full: FULL_SIZE,
  // For trying the harness in a minute.
  tiny: { versions: 4, clauses: 40, meetings: 10, terms: 30, members: 10 },
};

interface Measure {
  /** What the process printed (kept out of the saved JSON). */
  output?: string;
  /** Wall time of the work in ms (inside the process when it reports it, else of the whole process). */
  ms: number;
  /** Wall time of the whole process in ms, and its peak resident memory in MiB. */
  wallMs: number;
  /** CPU time (user + system) of the whole process in ms, when /usr/bin/time gives it. */
  cpuMs?: number;
  peakMiB: number | null;
  exit: number;
  details?: Record<string, unknown>;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Run a command, with /usr/bin/time for peak memory when the machine has it. */
function measure(cmd: string, args: string[], env: Record<string, string> = {}): Measure {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'time');
  const start = performance.now();
  const run = TIME
    ? spawnSync(TIME, ['-f', '%M %U %S', '-o', out, cmd, ...args], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Math.round(performance.now() - start);
  const [peakKiB, user, system] =
    TIME && existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [NaN, NaN, NaN];
  const last = run.stdout.trim().split('\n').pop() ?? '';
  let details: Record<string, unknown> | undefined;
  try {
    details = last.startsWith('{') ? (JSON.parse(last) as Record<string, unknown>) : undefined;
  } catch {
    details = undefined;
  }
  if (run.status !== 0 && !details) process.stderr.write(run.stderr.slice(-2000));
  return {
    ms: typeof details?.['ms'] === 'number' ? (details['ms'] as number) : wallMs,
    wallMs,
    peakMiB: Number.isFinite(peakKiB) ? Math.round(peakKiB! / 1024) : null,
    exit: run.status ?? -1,
    ...(details ? { details } : {}),
    ...(Number.isFinite(user) && Number.isFinite(system) ? { cpuMs: Math.round((user! + system!) * 1000) } : {}),
    output: run.stdout,
  };
}

/**
 * Astro prints how long each page took ("├─ /compare/v01/v02/index.html (+20.1s)"); summed per route kind, they
 * show where the build's time goes and which kind of page gets slower per page as the content grows.
 */
function routeTimes(log: string): Record<string, { pages: number; ms: number }> {
  const kinds: Record<string, { pages: number; ms: number }> = {};
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?\)/g)) {
    const ms = Number(m[2] ?? 0) * 60_000 + Number(m[3] ?? 0) * 1000 + Number(m[4] ?? 0);
    const kind = routeKind(m[1]!.replace(/index\.html$/, ''));
    const k = (kinds[kind] ??= { pages: 0, ms: 0 });
    k.pages++;
    k.ms += ms;
  }
  return kinds;
}

function dirBytes(dir: string, pattern = '**/*'): number {
  return globSync(pattern, { cwd: dir }).reduce((s, f) => {
    const st = statSync(join(dir, f));
    return st.isFile() ? s + st.size : s;
  }, 0);
}

const { values } = parseArgs({ options: { sizes: { type: 'string' }, skip: { type: 'string' }, keep: { type: 'boolean' } } });
const sizeNames = (values.sizes ?? 'quarter,full').split(',');
const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
const node = process.execPath;

interface SizeResult {
  size: string;
  counts: SyntheticSize & { files: number; clauseFiles: number; contentMiB: number };
  /** Build time per route kind, from Astro's log. */
  routes?: Record<string, { pages: number; ms: number }>;
  generateMs: number;
  measures: Record<string, Measure>;
  pages?: number;
  pagesPerSecond?: number;
  distMiB?: number;
  compareJsonMiB?: number;
  /** Where the check's time goes (ms per part, from a CPU profile of `bench/tasks.ts check`). */
  checkProfile?: { total: number; parts: Record<string, number> };
}

/** How many times the check and its baseline run (the fastest counts). */
const RUNS = 3;
const fastest = (list: Measure[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
const results: SizeResult[] = [];

for (const name of sizeNames) {
  const size = SIZES[name];
  if (!size) throw new Error(`unknown size ${name}; expected one of ${Object.keys(SIZES).join(', ')}`);
  const content = mkdtempSync(join(tmpdir(), `midnet-synthetic-${name}-`));
  console.log(
    `\n== ${name}: generating ${size.versions} versions × ${size.clauses} clauses, ${size.meetings} meetings, ${size.terms} terms into ${content}`,
  );
  let start = performance.now();
  const { files, clauses } = generate(content, size);
  const generateMs = Math.round(performance.now() - start);
  const contentMiB = Math.round((dirBytes(content) / 2 ** 20) * 100) / 100;
  const result: SizeResult = { size: name, counts: { ...size, files, clauseFiles: clauses, contentMiB }, generateMs, measures: {} };
  // loadModel() (and so the site) reads its content folder from MIDNET_CONTENT_DIR.
  const env = { MIDNET_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };

  for (const task of ['load', 'compare']) {
    if (skip.has(task) || (task === 'compare' && !existsSync('src/model/compare.ts'))) continue;
    console.log(`   ${task}…`);
    result.measures[task] = measure(node, ['bench/tasks.ts', task, content]);
  }
  if (!skip.has('remark')) {
    // The check against its baseline: the same MDX files parsed with remark alone. The two alternate, so that both
    // meet the same load on a shared machine, and the fastest run of each counts (work inside the process).
    console.log(`   check and remark, ${RUNS} runs each, alternating…`);
    const runs: Record<'remark' | 'checkWork', Measure[]> = { remark: [], checkWork: [] };
    for (let r = 0; r < RUNS; r++) {
      runs.remark.push(measure(node, ['bench/tasks.ts', 'remark', content]));
      if (!skip.has('check')) runs.checkWork.push(measure(node, ['bench/tasks.ts', 'check', content]));
    }
    for (const [task, list] of Object.entries(runs)) if (list.length) result.measures[task] = fastest(list);
  }
  if (!skip.has('check') && existsSync('scripts/check.js')) {
    console.log('   check (npm run check, whole process)…');
    // The checker takes the content folder relative to --root.
    result.measures['check'] = fastest(
      Array.from({ length: RUNS }, () =>
        measure(node, ['scripts/check.js', '--no-cache', '--root', dirname(content), basename(content)], env),
      ),
    );
    // Where the check's time goes: one run under V8's sampling profiler.
    const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
    spawnSync(node, ['--cpu-prof', '--cpu-prof-dir', dir, 'bench/tasks.ts', 'check', content], { encoding: 'utf8' });
    const profile = globSync('*.cpuprofile', { cwd: dir })[0];
    if (profile) result.checkProfile = breakdown(join(dir, profile));
    rmSync(dir, { recursive: true, force: true });
  }
  if (!skip.has('build')) {
    const out = `${content}-dist`;
    console.log('   build (astro build)…');
    result.measures['build'] = measure(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], env);
    result.routes = routeTimes(result.measures['build'].output ?? '');
    // `npm run build` indexes the pages for search after Astro (scripts/build-search.ts); time that on its own.
    if (existsSync('scripts/build-search.ts')) {
      console.log('   search index (pagefind)…');
      result.measures['pagefind'] = measure(node, ['scripts/build-search.ts', '--site', out, '--json'], env);
    }
    result.pages = globSync('**/*.html', { cwd: out }).length;
    result.pagesPerSecond = Math.round((result.pages / (result.measures['build'].wallMs / 1000)) * 10) / 10;
    result.distMiB = Math.round((dirBytes(out) / 2 ** 20) * 10) / 10;
    if (existsSync(join(out, 'api/compare.json')))
      result.compareJsonMiB = Math.round((statSync(join(out, 'api/compare.json')).size / 2 ** 20) * 100) / 100;
    if (!values.keep) rmSync(out, { recursive: true, force: true });
  }
  if (!values.keep) rmSync(content, { recursive: true, force: true });
  for (const m of Object.values(result.measures)) delete m.output;
  results.push(result);
}

// The table: one row per figure, one column per size, then the ratio between the last two sizes.
const rows: [string, (r: SizeResult) => number | undefined][] = [
  ['clause files', (r) => r.counts.clauseFiles],
  ['all content files', (r) => r.counts.files],
  ['content MiB', (r) => r.counts.contentMiB],
  ...(['remark', 'load', 'compare', 'check', 'build', 'pagefind'] as const).flatMap(
    (t): [string, (r: SizeResult) => number | undefined][] => [
      [`${t} ms`, (r) => r.measures[t]?.ms],
      ...(t === 'remark' || t === 'check'
        ? []
        : [
            [
              `${t} × remark`,
              (r: SizeResult) => (r.measures[t] && r.measures['remark'] ? r.measures[t].ms / r.measures['remark'].ms : undefined),
            ] as [string, (r: SizeResult) => number | undefined],
          ]),
      [`${t} peak MiB`, (r) => r.measures[t]?.peakMiB ?? undefined],
    ],
  ),
  // The check ÷ raw parse ratio (issue #13): the checker's work (load + every rule) over reading and parsing the
  // same MDX files with remark alone, in wall time and in CPU time, each the fastest of the alternating runs.
  ['check work ms (load + rules)', (r) => r.measures['checkWork']?.ms],
  ['check ÷ remark (wall, work)', (r) => ratio(r.measures['checkWork']?.ms, r.measures['remark']?.ms)],
  ['check ÷ remark (CPU, work)', (r) => ratio(r.measures['checkWork']?.details?.['cpuMs'], r.measures['remark']?.details?.['cpuMs'])],
  ['check ÷ remark (CPU, whole processes)', (r) => ratio(r.measures['check']?.cpuMs, r.measures['remark']?.cpuMs)],
  ...PARTS.map(([part]): [string, (r: SizeResult) => number | undefined] => [`check profile: ${part} %`, (r) => share(r, part)]),
  ['check profile: Node, module loading, other %', (r) => share(r, 'Node, module loading, other')],
  ['compare first ms (builds compare data)', (r) => r.measures['compare']?.details?.['firstMs'] as number | undefined],
  ['compare adjacent ms (each)', (r) => r.measures['compare']?.details?.['adjacentMs'] as number | undefined],
  ['pagefind pages indexed', (r) => r.measures['pagefind']?.details?.['indexed'] as number | undefined],
  [
    'pagefind ms per indexed page',
    (r) => {
      const d = r.measures['pagefind']?.details;
      return d && typeof d['indexed'] === 'number' && d['indexed'] > 0 ? (d['ms'] as number) / d['indexed'] : undefined;
    },
  ],
  ['pages built', (r) => r.pages],
  ['pages per second', (r) => r.pagesPerSecond],
  ['dist MiB', (r) => r.distMiB],
  ['api/compare.json MiB', (r) => r.compareJsonMiB],
];
function ratio(a: unknown, b: unknown): number | undefined {
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : undefined;
}
function share(r: SizeResult, part: string): number | undefined {
  const p = r.checkProfile;
  return p && p.total ? (100 * (p.parts[part] ?? 0)) / p.total : undefined;
}
const fmt = (n: number | undefined) => (n === undefined ? '—' : n >= 100 ? String(Math.round(n)) : String(Number(n.toPrecision(3))));
const header = ['figure', ...results.map((r) => r.size), ...(results.length > 1 ? ['ratio'] : [])];
const table = rows
  .map(([label, get]) => {
    const vals = results.map(get);
    if (vals.every((v) => v === undefined)) return undefined;
    const a = vals[vals.length - 2];
    const b = vals[vals.length - 1];
    return [label, ...vals.map(fmt), ...(results.length > 1 ? [a && b ? `×${(b / a).toFixed(2)}` : '—'] : [])];
  })
  .filter((r): r is string[] => !!r);
const widths = header.map((_, i) => Math.max(...[header, ...table].map((r) => r[i]!.length)));
console.log(
  '\n' + [header, ...table].map((r) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')).join('\n'),
);

// What grows faster than the content: a figure whose ratio between the sizes exceeds the content's by a quarter.
const growth: string[] = [];
if (results.length > 1) {
  const [a, b] = results.slice(-2) as [SizeResult, SizeResult];
  // Content size is measured in bytes: later synthetic versions carry longer clauses, as real revisions do.
  const contentRatio = b.counts.contentMiB / a.counts.contentMiB;
  for (const [label, get] of rows) {
    if (!/ms$|MiB$/.test(label)) continue;
    const x = get(a);
    const y = get(b);
    if (x && y && y / x > contentRatio * 1.25)
      growth.push(`${label}: ×${(y / x).toFixed(2)} while the content grew ×${contentRatio.toFixed(2)}`);
  }
  // Per route kind: build time per page. A kind whose pages each get slower as the content grows costs
  // (pages × content) in all.
  const kinds = Object.entries(b.routes ?? {})
    .sort((x, y) => y[1].ms - x[1].ms)
    .slice(0, 8);
  if (kinds.length) {
    console.log(`\nbuild time by route kind (${a.size} → ${b.size}): pages, total s, ms per page`);
    for (const [kind, t] of kinds) {
      const before = a.routes?.[kind];
      const perPage = t.ms / t.pages;
      const perPageBefore = before ? before.ms / before.pages : undefined;
      console.log(
        `  ${kind.padEnd(28)} ${String(before?.pages ?? '—').padStart(6)} → ${String(t.pages).padEnd(6)} ${((before?.ms ?? 0) / 1000).toFixed(1).padStart(7)} → ${(t.ms / 1000).toFixed(1).padEnd(7)} ${perPageBefore?.toFixed(1) ?? '—'} → ${perPage.toFixed(1)}`,
      );
      if (perPageBefore && perPage > perPageBefore * 1.5 && t.ms > 5000) {
        growth.push(
          `build of ${kind}: ${perPage.toFixed(0)} ms per page (was ${perPageBefore.toFixed(0)}): each page's cost grows with the content`,
        );
      }
    }
  }
  console.log(`\ngrows faster than the content (content bytes ×${contentRatio.toFixed(2)}):`);
  console.log(growth.length ? growth.map((g) => `  - ${g}`).join('\n') : '  nothing');
}

let pubcheck: Measure | undefined;
if (existsSync('bench/pubcheck.ts') && !skip.has('pubcheck')) {
  console.log('\n== bench/pubcheck.ts');
  const run = spawnSync(node, ['bench/pubcheck.ts'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout);
  pubcheck = { ms: 0, wallMs: 0, peakMiB: null, exit: run.status ?? -1, details: { output: run.stdout } };
}
// The checker's command line as a whole process (start-up): its own file, bench/results/pubcheck-startup.json.
let pubcheckStartup: Measure | undefined;
if (existsSync('bench/pubcheck-startup.ts') && !skip.has('pubcheck')) {
  console.log('\n== bench/pubcheck-startup.ts');
  const run = spawnSync(node, ['bench/pubcheck-startup.ts'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout);
  pubcheckStartup = { ms: 0, wallMs: 0, peakMiB: null, exit: run.status ?? -1, details: { output: run.stdout } };
}
// One text of a million characters (a long run no pattern finishes on): bench/results/pubcheck-long.json.
let pubcheckLong: Measure | undefined;
if (existsSync('bench/pubcheck-long.ts') && !skip.has('pubcheck')) {
  console.log('\n== bench/pubcheck-long.ts');
  const run = spawnSync(node, ['bench/pubcheck-long.ts'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout);
  pubcheckLong = { ms: 0, wallMs: 0, peakMiB: null, exit: run.status ?? -1, details: { output: run.stdout } };
}

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}-${sizeNames.join('-')}.json`;
writeFileSync(
  file,
  JSON.stringify(
    { node: process.version, cpus: (await import('node:os')).cpus().length, results, growth, pubcheck, pubcheckStartup, pubcheckLong },
    null,
    2,
  ) + '\n',
);
console.log(`\nsaved ${file}`);
