/**
 * The "CIF reader" row of `npm run bench`: readCif (parse, interpret, symmetry, Wyckoff
 * letters) over the bundled structures and, when present, the real-world corpus in
 * ../shared/cif-corpus, as MB/s and files/s in Node after a warm-up.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCif } from '../crystal/read';
import { initMoyoNode } from '../crystal/symmetry/moyo-node';
import { fmt, median, table } from './bench-stats';

const RUNS = 5;
const WARM_UP_MS = 1000;

export interface ReaderBench {
  set: string;
  files: number;
  /** Megabytes (10⁶ characters) in the set. */
  mb: number;
  medianMs: number;
  mbPerSecond: number;
  filesPerSecond: number;
}

function cifs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.m?cif$/i.test(f))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

function timeSet(set: string, texts: string[]): ReaderBench {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    for (const text of texts) readCif(text);
    runs.push(performance.now() - t0);
  }
  const ms = median(runs);
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  return {
    set,
    files: texts.length,
    mb,
    medianMs: ms,
    mbPerSecond: mb / (ms / 1000),
    filesPerSecond: texts.length / (ms / 1000),
  };
}

export function benchReader(root: string): ReaderBench[] {
  initMoyoNode();
  const bundled = cifs(path.join(root, 'structures'));
  const corpus = cifs(path.resolve(root, '../shared/cif-corpus'));
  const end = performance.now() + WARM_UP_MS;
  while (performance.now() < end) for (const t of bundled) readCif(t);
  const sets: [string, string[]][] = [['bundled structures', bundled]];
  if (corpus.length > 0) sets.push(['corpus (../shared/cif-corpus)', corpus]);
  return sets.map(([name, texts]) => timeSet(name, texts));
}

export function readerTable(rows: ReaderBench[]): string[] {
  return [
    `CIF reader: readCif (parse → sites → symmetry → Wyckoff) in Node, median of ${RUNS} passes after warm-up`,
    table(
      ['files', 'count', 'MB', 'median ms', 'MB/s', 'files/s'],
      rows.map((r) => [
        r.set,
        String(r.files),
        fmt(r.mb, 3),
        fmt(r.medianMs, 0),
        fmt(r.mbPerSecond, 2),
        fmt(r.filesPerSecond, 0),
      ]),
    ),
  ];
}
