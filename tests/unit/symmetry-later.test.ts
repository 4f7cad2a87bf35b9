/**
 * The first frame needs no space-group tables: every bundled file lists its operators, so it
 * reads and draws before moyo's WebAssembly is loaded, and the Wyckoff letters filled in
 * later (src/app/symmetry-tables.ts) are the letters a read with the tables gives. So do the
 * bundled scenarios' keyframes, which get their Hall numbers (for the sites panel) later.
 * moyo is initialised only in the last test: Vitest isolates test files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareCrystal } from '../../src/app/load-structure';
import {
  letterWaitingKeyframes,
  letterWhenTablesArrive,
  readWithTablesIfNeeded,
} from '../../src/app/symmetry-tables';
import { isMoyoReady } from '../../src/crystal/symmetry/moyo';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { assignWyckoff, WYCKOFF_PENDING } from '../../src/crystal/wyckoff';
import { type LoadedScenario, loadScenario } from '../../src/insertion/load';
import type { PreparedCrystal } from '../../src/state/loaded-structure';

const STRUCTURES = path.resolve(import.meta.dirname, '../../structures');
const FILES = readdirSync(STRUCTURES).filter((f) => f.endsWith('.cif'));
const SCENARIOS = readdirSync(STRUCTURES).filter((f) => f.endsWith('.scenario.json'));

/** A bundled scenario and its keyframes, read from structures/ as the app reads them. */
function readScenario(file: string) {
  const root = path.resolve(STRUCTURES, '..');
  const text = readFileSync(path.join(STRUCTURES, file), 'utf8');
  const r = loadScenario(text, `structures/${file}`, (p) =>
    readFileSync(path.join(root, p), 'utf8'),
  );
  if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
  return r.value;
}

describe('bundled structures before the space-group tables', () => {
  const early = new Map<string, PreparedCrystal>();

  it('every bundled CIF reads without them, with no warning about them', async () => {
    expect(FILES.length).toBeGreaterThan(15);
    for (const file of FILES) {
      const text = readFileSync(path.join(STRUCTURES, file), 'utf8');
      const r = await readWithTablesIfNeeded(() => prepareCrystal(text, file));
      if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
      expect(r.warnings.map((w) => w.message)).not.toContain(WYCKOFF_PENDING);
      expect(r.value.cell.count, file).toBeGreaterThan(0);
      expect(r.value.crystal.sites.every((s) => !s.wyckoff)).toBe(true);
      early.set(file, r.value);
    }
    expect(isMoyoReady()).toBe(false); // nothing loaded the tables
  });

  const scenarios = new Map<string, LoadedScenario>();

  it('every bundled scenario reads without them; its keyframes wait for their Hall numbers', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(5);
    for (const file of SCENARIOS) {
      const core = readScenario(file);
      for (const c of core.crystals) expect(c.spaceGroup.hallNumber, file).toBeNull();
      letterWhenTablesArrive(core.crystals);
      letterWaitingKeyframes(); // no tables yet: nothing happens
      for (const c of core.crystals) expect(c.spaceGroup.hallNumber, file).toBeNull();
      scenarios.set(file, core);
    }
    expect(isMoyoReady()).toBe(false);
  });

  it('letters filled in once the tables arrive are those a read with the tables gives', () => {
    initMoyoNode();
    for (const file of FILES) {
      const later = early.get(file);
      if (!later) throw new Error(`${file} was not read`);
      expect(assignWyckoff(later.crystal, later.cell), file).toEqual([]);
      const now = prepareCrystal(readFileSync(path.join(STRUCTURES, file), 'utf8'), file);
      if (!now.ok) throw new Error(now.error.message);
      const letters = (p: PreparedCrystal) => p.crystal.sites.map((s) => s.wyckoff);
      expect(letters(later), file).toEqual(letters(now.value));
      expect(letters(later).every(Boolean), file).toBe(true);
      expect(later.crystal.spaceGroup, file).toEqual(now.value.crystal.spaceGroup);
    }
  });

  it('keyframes lettered once the tables arrive match a scenario read with the tables', () => {
    expect(isMoyoReady()).toBe(true);
    letterWaitingKeyframes();
    for (const file of SCENARIOS) {
      const later = scenarios.get(file);
      if (!later) throw new Error(`${file} was not read`);
      const now = readScenario(file);
      later.crystals.forEach((c, k) => {
        expect(c.spaceGroup.hallNumber, file).not.toBeNull();
        expect(c.spaceGroup, `${file} keyframe ${k}`).toEqual(now.crystals[k].spaceGroup);
        expect(c.sites.map((s) => s.wyckoff)).toEqual(now.crystals[k].sites.map((s) => s.wyckoff));
      });
    }
  });
});
