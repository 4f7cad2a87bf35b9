/**
 * The peer comparison's structure for 3Dmol.js: the atoms and bonds Tunnelscope draws in
 * ball-and-stick for a supercell (the core's own model, the atoms that complete polyhedra
 * left out as that style leaves them out), written as a Tripos MOL2 file. MOL2 carries the
 * bonds, so 3Dmol.js draws exactly Tunnelscope's bonds instead of guessing its own, and,
 * unlike PDB, has no 99,999-atom limit.
 */
import { atomRadius, elementColourHex, elementSymbol } from '../crystal/elements';
import { fracToCartArray } from '../crystal/lattice';
import type { StructureModel } from '../crystal/model';
import { OUTSIDE } from '../crystal/supercell';
import type { Lattice } from '../crystal/types';
import { STYLE_SETTINGS } from '../scene/style-settings';

export interface PeerScene {
  /** Element symbol per atom. */
  symbols: string[];
  /** Cartesian positions, Å, 3 per atom. */
  xyz: Float64Array;
  /** Pairs of atom indices, 2 per bond. */
  bonds: Uint32Array;
}

/** The ball-and-stick atoms (not OUTSIDE) and the bonds between them, renumbered. */
export function peerScene(model: StructureModel, lattice: Lattice): PeerScene {
  const { atoms } = model;
  const index = new Int32Array(atoms.count).fill(-1);
  const symbols: string[] = [];
  for (let i = 0; i < atoms.count; i++) {
    if (atoms.flags[i] & OUTSIDE) continue;
    index[i] = symbols.length;
    symbols.push(elementSymbol(atoms.element[i]));
  }
  const frac = new Float64Array(3 * symbols.length);
  for (let i = 0; i < atoms.count; i++) {
    const k = index[i];
    if (k >= 0) frac.set(atoms.frac.subarray(3 * i, 3 * i + 3), 3 * k);
  }
  const xyz = fracToCartArray(lattice, frac, symbols.length, new Float64Array(frac.length));
  const kept: number[] = [];
  for (let b = 0; b < model.bonds.count; b++) {
    const i = index[model.bonds.pairs[2 * b]];
    const j = index[model.bonds.pairs[2 * b + 1]];
    if (i >= 0 && j >= 0) kept.push(i, j);
  }
  return { symbols, xyz, bonds: Uint32Array.from(kept) };
}

/** Tripos MOL2: one molecule, atoms by element symbol (atom type = symbol), single bonds. */
export function toMol2(scene: PeerScene, name: string): string {
  const n = scene.symbols.length;
  const nb = scene.bonds.length / 2;
  const out: string[] = ['@<TRIPOS>MOLECULE', name, `${n} ${nb} 0 0 0`, 'SMALL', 'NO_CHARGES', ''];
  out.push('@<TRIPOS>ATOM');
  for (let i = 0; i < n; i++) {
    const [x, y, z] = [0, 1, 2].map((d) => scene.xyz[3 * i + d].toFixed(4));
    const s = scene.symbols[i];
    out.push(`${i + 1} ${s}${i + 1} ${x} ${y} ${z} ${s} 1 UNL 0.0000`);
  }
  out.push('@<TRIPOS>BOND');
  for (let b = 0; b < nb; b++)
    out.push(`${b + 1} ${scene.bonds[2 * b] + 1} ${scene.bonds[2 * b + 1] + 1} 1`);
  return `${out.join('\n')}\n`;
}

export interface PeerStyle {
  /** 3Dmol.js atom selection. */
  sel: { elem: string };
  /** 3Dmol.js style: Tunnelscope's ball-and-stick radii and element colours. */
  style: {
    sphere: { radius: number; color: string };
    stick: { radius: number; color: string };
  };
}

/** One 3Dmol.js setStyle call per element, with the radii Tunnelscope's ball-and-stick uses. */
export function peerStyles(scene: PeerScene, atomicNumberOf: (s: string) => number): PeerStyle[] {
  const style = STYLE_SETTINGS['ball-and-stick'];
  return [...new Set(scene.symbols)].map((elem) => {
    const z = atomicNumberOf(elem);
    const color = elementColourHex(z);
    return {
      sel: { elem },
      style: {
        sphere: { radius: atomRadius(z) * style.atomScale, color },
        stick: { radius: style.bondRadius, color },
      },
    };
  });
}
