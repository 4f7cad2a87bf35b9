/**
 * The peer comparison: the same α-MnO₂ supercell drawn by Tunnelscope (the built app, in
 * ball-and-stick) and by 3Dmol.js (the bench's own page, same atoms, bonds, radii and canvas
 * size), alternating Tunnelscope, 3Dmol.js, Tunnelscope, 3Dmol.js… at each size. Each run is a
 * fresh page: time to the first complete frame (after a GPU sync), then rotated frames, each
 * timed from the start of the frame to a returned 1-pixel readPixels (the GPU has finished),
 * and the bytes of the page's live WebGL buffers.
 */
import type { Page } from 'playwright-core';
import { atomicNumber } from '../crystal/elements';
import type { Supercell } from '../insertion/path-types';
import type { BrowserBench } from './bench-browser';
import type { Peer, PeerRun } from './bench-json';
import { STRUCTURE, staticModel } from './bench-node';
import { PEER_FRAME, PEER_PATH, peerPageHtml, servePeerPage } from './bench-peer-page';
import { type PeerStyle, peerScene, peerStyles, toMol2 } from './bench-peer-scene';

export interface PeerSize {
  supercell: Supercell;
  /** Atoms Tunnelscope draws in ball-and-stick (and 3Dmol.js is given). */
  atoms: number;
  mol2: string;
  styles: PeerStyle[];
}

export function peerSize(supercell: Supercell): PeerSize {
  const { model, lattice } = staticModel(supercell);
  const scene = peerScene(model, lattice);
  return {
    supercell,
    atoms: scene.symbols.length,
    mol2: toMol2(scene, `${STRUCTURE} ${supercell.join('x')}`),
    styles: peerStyles(scene, atomicNumber),
  };
}

export interface PeerOptions {
  rounds: number;
  /** Rotated frames per run, per size. */
  frames: number[];
  log: (msg: string) => void;
}

const TIMEOUT = 300_000;
const bytes = (page: Page) => page.evaluate('window.__bench.bufferBytes()') as Promise<number>;

/** Tunnelscope: load, first complete frame, then arrow-key turns of 10° (one frame each). */
async function tunnelscopeRun(bench: BrowserBench, size: PeerSize, frames: number) {
  const { context, page, errors } = await bench.fresh(false);
  try {
    await page.goto(`${bench.origin}/?s=${STRUCTURE}&sc=${size.supercell.join('x')}&style=ball`);
    const first = await bench.waitShown(page, errors);
    const canvas = JSON.parse(
      (await page.evaluate(
        `JSON.stringify((() => { const c = document.querySelector('canvas'); return [c.clientWidth, c.clientHeight]; })())`,
      )) as string,
    ) as [number, number];
    const frameMs: number[] = [];
    for (let i = 0; i < frames; i++) {
      await page.evaluate(`(() => {
        const host = document.querySelector('[data-view-focus]');
        host.dataset.keys = 'on';
        window.__bench.frames.clear();
        host.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      })()`);
      const done = `[...window.__bench.frames.values()].find((f) => f.done !== null)?.done ?? null`;
      await page.waitForFunction(`${done} !== null`, undefined, { timeout: TIMEOUT, polling: 20 });
      frameMs.push((await page.evaluate(done)) as number);
    }
    if (errors.length) throw new Error(`Tunnelscope page errors: ${errors.join('; ')}`);
    return { first, frameMs, bufferBytes: await bytes(page), canvas };
  } finally {
    await context.close();
  }
}

/** 3Dmol.js: its page at Tunnelscope's canvas size; first complete frame; rotations of 10°. */
async function peerRun(bench: BrowserBench, size: PeerSize, frames: number, box: number[]) {
  const { context, page, errors } = await bench.fresh(false);
  try {
    const html = peerPageHtml(box[0], box[1], size.styles);
    await servePeerPage(context, bench.origin, html, size.mol2);
    await page.goto(`${bench.origin}${PEER_PATH}index.html`);
    await page.waitForFunction('window.__peer.first !== null || window.__peer.error !== null', {
      timeout: TIMEOUT,
      polling: 20,
    });
    const error = (await page.evaluate('window.__peer.error')) as string | null;
    if (error || errors.length) throw new Error(`3Dmol.js page: ${error ?? errors.join('; ')}`);
    const first = (await page.evaluate('window.__peer.first')) as number;
    const frameMs: number[] = [];
    for (let i = 0; i < frames; i++) frameMs.push((await page.evaluate(PEER_FRAME)) as number);
    return { first, frameMs, bufferBytes: await bytes(page) };
  } finally {
    await context.close();
  }
}

export async function benchPeers(
  bench: BrowserBench,
  sizes: PeerSize[],
  options: PeerOptions,
): Promise<{ runs: PeerRun[]; canvas: string }> {
  const runs: PeerRun[] = [];
  let canvas = '?';
  for (const [s, size] of sizes.entries()) {
    for (let round = 0; round < options.rounds; round++) {
      const label = `${size.atoms.toLocaleString('en')} atoms, round ${round + 1}/${options.rounds}`;
      options.log(`Peer comparison: Tunnelscope, ${label}…`);
      const a = await tunnelscopeRun(bench, size, options.frames[s]);
      canvas = `${a.canvas[0]}×${a.canvas[1]}`;
      options.log(`Peer comparison: 3Dmol.js, ${label}…`);
      const b = await peerRun(bench, size, options.frames[s], a.canvas);
      const push = (peer: Peer, x: { first: number; frameMs: number[]; bufferBytes: number }) =>
        runs.push({
          peer,
          atoms: size.atoms,
          round,
          firstCompleteMs: x.first,
          frameMs: x.frameMs,
          bufferBytes: x.bufferBytes,
        });
      push('tunnelscope', a);
      push('3dmol', b);
    }
  }
  return { runs, canvas };
}
