import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { arch, cpus, platform } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/**
 * The project's benchmark runner. `npm run bench` runs every entry of BENCHMARKS, one after the
 * other so they do not compete for the machine, and writes `bench/results/latest.json` (for
 * programs and comparisons) and `bench/results/latest.md` (for people). Naming entries runs only
 * those: `npm run bench -- deadlines`.
 *
 * A new benchmark is one more entry: a module that, run as a program, prints plain JSON (its
 * headline numbers and any detail), listed here with a name and a line saying what it measures.
 *
 * Each benchmark runs in a process of its own, as the server runs in one of its own: what one
 * leaves behind (heap, compiled code) must not weigh on the next. Run in one process after the
 * other two, the web benchmark's time to a clickable inbox was about twice its time alone.
 */
interface Benchmark {
  readonly name: string;
  readonly measures: string;
  /** The measuring program, relative to this file. */
  readonly program: string;
}

const BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'deadlines',
    measures: 'deadlines per second on the shipped 2015–2027 calendar, all three units',
    program: './deadlines.ts',
  },
  {
    name: 'case-commands',
    measures:
      'case commands per second on SQLite (each committed with its event), one at a time and ' +
      'with 32 cases in flight, next to raw single-row commits of the same file in the same run',
    program: './case-commands.ts',
  },
  {
    name: 'web',
    measures:
      'initial JavaScript of the inbox (gzip) and time to a clickable inbox in Chromium on ' +
      'loopback, with 10,000 open cases in the store',
    program: './web.ts',
  },
];

const RESULTS = new URL('./results/', import.meta.url);

interface Outcome {
  readonly name: string;
  readonly measures: string;
  readonly durationMs: number;
  readonly result: object;
}

interface Report {
  readonly ranAt: string;
  readonly machine: Readonly<Record<string, string | number>>;
  readonly benchmarks: readonly Outcome[];
}

async function runAll(names: readonly string[]): Promise<Report> {
  const chosen = choose(names);
  const benchmarks: Outcome[] = [];

  for (const bench of chosen) {
    process.stderr.write(`bench: ${bench.name}…\n`);

    const begin = performance.now();
    const result = await runAlone(bench);

    benchmarks.push({
      name: bench.name,
      measures: bench.measures,
      durationMs: Math.round(performance.now() - begin),
      result,
    });
  }

  return { ranAt: new Date().toISOString(), machine: machine(), benchmarks };
}

/**
 * Runs a benchmark's program in a fresh Node process with this one's loader flags (tsx), its
 * progress on our stderr, and reads the JSON it prints.
 */
function runAlone(bench: Benchmark): Promise<object> {
  const program = fileURLToPath(new URL(bench.program, import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, program], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];

  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${bench.name} exited with code ${code}`));

        return;
      }
      resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as object);
    });
  });
}

function choose(names: readonly string[]): readonly Benchmark[] {
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));

  if (unknown.length > 0) {
    const known = BENCHMARKS.map((b) => b.name).join(', ');

    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${known}`);
  }

  return names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => names.includes(b.name));
}

function machine(): Record<string, string | number> {
  const cores = cpus();

  return {
    node: process.version,
    platform: `${platform()} ${arch()}`,
    cpu: cores[0]?.model ?? 'unknown',
    cpus: cores.length,
  };
}

/** The report for people; a result's own `name` repeats its heading and is left out. */
function markdown(report: Report): string {
  const m = report.machine;
  const sections = report.benchmarks.map((b) =>
    [
      `## ${b.name}`,
      '',
      `${b.measures}; took ${(b.durationMs / 1000).toFixed(1)} s.`,
      '',
      '| Measure | Value |',
      '| --- | ---: |',
      ...flatten(b.result)
        .filter(([key]) => key !== 'name')
        .map(([key, value]) => `| ${key} | ${value} |`),
    ].join('\n'),
  );

  return [
    '# Benchmarks',
    '',
    `Run at ${report.ranAt} on Node ${m.node}, ${m.platform}, ${m.cpus} × ${m.cpu}.`,
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}

/** Nested results as `detail.working-days` rows, numbers grouped by thousands. */
function flatten(value: object, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([key, v]): [string, string][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;

    if (typeof v === 'number') return [[path, v.toLocaleString('en-US')]];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return flatten(v as object, path);

    return [[path, typeof v === 'string' ? v : JSON.stringify(v)]];
  });
}

async function write(report: Report): Promise<void> {
  await mkdir(RESULTS, { recursive: true });
  await writeFile(new URL('latest.json', RESULTS), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(new URL('latest.md', RESULTS), markdown(report));
}

try {
  const report = await runAll(process.argv.slice(2));

  await write(report);
  process.stdout.write(markdown(report));
} catch (error: unknown) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
