/**
 * CIF text → what the view draws, through the pure core. Each step returns a Result; the
 * controller shows an error and keeps the old structure when any step fails.
 */
import { expandCell } from '../crystal/expand';
import { buildModel } from '../crystal/model';
import type { Palette } from '../crystal/palettes';
import { ALKALI_POLYHEDRON_CENTRES, DEFAULT_POLYHEDRON_CENTRES } from '../crystal/polyhedra';
import { type ReadProgress, readCif } from '../crystal/read';
import { fail, ok, type Result } from '../crystal/result';
import type { LoadedStructure, PreparedCrystal, StructureSource } from '../state/loaded-structure';
import type { Supercell } from '../state/view-state';
import { toSceneModel } from './scene-model-from-core';

let loadCounter = 0;

export function prepareCrystal(
  text: string,
  file: string,
  onProgress?: ReadProgress,
): Result<PreparedCrystal> {
  const read = readCif(text, file, onProgress);
  if (!read.ok) return read;
  const [crystal, ...others] = read.value.crystals;
  const cell = expandCell(crystal);
  if (cell.count === 0) return fail(`${crystal.name} has no atoms after symmetry expansion`);
  const prepared: PreparedCrystal = {
    crystal,
    cell,
    sourceNotes: leadingComments(text),
    file,
    otherBlocks: others.map((c) => c.name),
  };
  const warnings = [...read.warnings];
  if (others.length > 0)
    warnings.push({
      file,
      message: `showing data_${crystal.name}; the file also holds ${others.map((c) => `data_${c.name}`).join(', ')}`,
    });
  return ok(prepared, warnings);
}

/** What the drawn model depends on besides the crystal. */
export interface BuildChoices {
  supercell: Supercell;
  /** Add Li/Na/K polyhedra to the transition-metal ones. */
  alkaliPolyhedra: boolean;
  /** Element colours (default: the teaching palette). */
  palette?: Palette;
}

export function buildLoaded(
  prepared: PreparedCrystal,
  source: StructureSource,
  choices: BuildChoices,
): Result<LoadedStructure> {
  const { supercell, alkaliPolyhedra } = choices;
  const polyhedronCentres = alkaliPolyhedra
    ? [...DEFAULT_POLYHEDRON_CENTRES, ...ALKALI_POLYHEDRON_CENTRES]
    : DEFAULT_POLYHEDRON_CENTRES;
  const model = buildModel(prepared.crystal, prepared.cell, { supercell, polyhedronCentres });
  if (!model.ok) return model;
  const scene = toSceneModel(prepared.crystal, model.value, supercell, choices.palette);
  return ok(
    { ...prepared, key: `load-${++loadCounter}`, source, model: model.value, scene },
    model.warnings,
  );
}

/**
 * The same structure under a key of this thread: a structure built in a worker counts its
 * keys there, which could repeat one already shown.
 */
export function withNewKey(loaded: LoadedStructure): LoadedStructure {
  return { ...loaded, key: `load-${++loadCounter}` };
}

export function rebuildLoaded(
  loaded: LoadedStructure,
  choices: BuildChoices,
): Result<LoadedStructure> {
  return buildLoaded(loaded, loaded.source, choices);
}

/**
 * The `#` comment block before the first data block as paragraphs. A comment line whose text
 * is indented continues the paragraph above (how the bundled headers wrap long citations);
 * an unindented one starts a new paragraph, an empty one ends the current paragraph.
 */
export function leadingComments(text: string): string[] {
  const paragraphs: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.trim();
    if (t === '') continue;
    if (!t.startsWith('#')) break;
    if (/^#\\#CIF_/i.test(t)) continue;
    const raw = t.replace(/^#+/, '');
    const body = raw.trim();
    const continues = /^\s{2,}/.test(raw) && paragraphs.length > 0 && body !== '';
    if (body === '') paragraphs.push('');
    else if (continues) paragraphs[paragraphs.length - 1] += ` ${body}`;
    else paragraphs.push(body);
  }
  return paragraphs.filter((p) => p !== '');
}
