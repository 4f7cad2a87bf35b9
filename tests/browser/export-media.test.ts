/**
 * Video and GLB export in real Chromium, through the panel's buttons: a WebM and an MP4 whose
 * frame count, size and duration ffprobe confirms, with frames that show the structure and
 * change as K⁺ enters; Cancel stopping a long video; GLBs that gltf-validator passes with the
 * mesh and vertex counts the scene model predicts (computed here in Node from the same CIF).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error gltf-validator ships no type declarations
import validator from 'gltf-validator';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLoaded, prepareCrystal } from '../../src/app/load-structure';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { CYLINDER_SEGMENTS, glbSphereSegments, sphereVertexCount } from '../../src/export/glb-bake';
import { STYLE_SETTINGS } from '../../src/scene/style-settings';
import { atomShown } from '../../src/state/scene-model';
import type { DrawStyle } from '../../src/state/view-state';
import { type AppPage, pagesForThisFile, ROOT, SHOTS, waitForStructure } from './harness';

const open = pagesForThisFile();
const OUT = path.join(SHOTS, 'export-media');
let app: AppPage;

beforeAll(async () => {
  initMoyoNode();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  app = await open('?scn=k-alpha-mno2&sc=1x1x2&x=0');
  await waitForStructure(app.page);
});

/** The Video and 3D model sections of the Export panel (opened from the top bar if closed). */
async function sections(page: Page) {
  const video = page.locator('section[aria-label="Video"]');
  if ((await video.count()) === 0)
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  await video.waitFor();
  return { video, model: page.locator('section[aria-label="3D model"]') };
}

interface Probe {
  codec: string;
  width: number;
  height: number;
  frames: number;
  duration: number;
}

function probe(file: string): Probe {
  const json = JSON.parse(
    execFileSync('ffprobe', [
      '-v', 'error', '-count_frames', '-select_streams', 'v:0',
      '-show_entries', 'stream=codec_name,width,height,nb_read_frames:format=duration',
      '-of', 'json', file,
    ]).toString(), // biome-ignore format: one option per pair
  );
  const s = json.streams[0];
  return {
    codec: s.codec_name,
    width: s.width,
    height: s.height,
    frames: Number(s.nb_read_frames),
    duration: Number(json.format.duration),
  };
}

/** Frames n of a video as PNGs (ffmpeg), decoded. */
function framesOf(file: string, picks: number[]): PNG[] {
  const select = picks.map((n) => `eq(n\\,${n})`).join('+');
  const pattern = `${file}-frame%d.png`;
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    file,
    '-vf',
    `select='${select}'`,
    '-vsync',
    '0',
    pattern,
  ]);
  return picks.map((_, i) => PNG.sync.read(readFileSync(`${file}-frame${i + 1}.png`)));
}

/** Fraction of pixels far from white, and of pixels that differ between two pictures. */
function inked(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 3 * 255 - 60) n++;
  return n / (png.width * png.height);
}

function differing(a: PNG, b: PNG): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (
      Math.abs(a.data[i] - b.data[i]) +
        Math.abs(a.data[i + 1] - b.data[i + 1]) +
        Math.abs(a.data[i + 2] - b.data[i + 2]) >
      40
    )
      n++;
  return n / (a.width * a.height);
}

/** Pixels of `png` within `tol` per channel of `hex`, in the rectangle (fractions of the size). */
function pixelsNear(
  png: PNG,
  hex: string,
  box: { x0: number; y0: number; x1: number; y1: number },
  tol = 32,
): number {
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = Math.floor(box.y0 * png.height); y < box.y1 * png.height; y++)
    for (let x = Math.floor(box.x0 * png.width); x < box.x1 * png.width; x++) {
      const i = 4 * (y * png.width + x);
      if (want.every((v, c) => Math.abs(png.data[i + c] - v) <= tol)) n++;
    }
  return n;
}

/**
 * Where the key is in a frame: the box of the pixels in the lower right quarter that differ
 * strongly from the same frame without it (codec noise and text edges stay below the mark).
 */
function keyFootprint(withKey: PNG, without: PNG) {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const { width, height } = withKey;
  for (let y = Math.floor(height / 2); y < height; y++)
    for (let x = Math.floor(width / 4); x < width; x++) {
      const i = 4 * (y * width + x);
      const d = withKey.data;
      const e = without.data;
      const diff =
        Math.abs(d[i] - e[i]) + Math.abs(d[i + 1] - e[i + 1]) + Math.abs(d[i + 2] - e[i + 2]);
      if (diff <= 150) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  return box;
}

async function saveVideo(page: Page, format: 'mp4' | 'webm', seconds: string, file: string) {
  const { video } = await sections(page);
  await video.getByLabel('Format').selectOption(format);
  await video.getByLabel('Seconds').fill(seconds);
  const download = page.waitForEvent('download', { timeout: 110_000 });
  await video.getByRole('button', { name: 'Save video' }).click();
  await (await download).saveAs(file);
  await video.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

describe('video export', () => {
  it('WebM (VP9): 12 frames at 30 fps, 1280×720, 0.4 s, the ions entering frame by frame', async () => {
    const { video } = await sections(app.page);
    await video.getByLabel('Size').selectOption('720p');
    const file = path.join(OUT, 'k-alpha.webm');
    await saveVideo(app.page, 'webm', '0.4', file);
    const p = probe(file);
    expect(p).toMatchObject({ codec: 'vp9', width: 1280, height: 720, frames: 12 });
    expect(Math.abs(p.duration - 12 / 30)).toBeLessThan(0.5 / 30);
    const [first, last] = framesOf(file, [0, 11]);
    expect(inked(first)).toBeGreaterThan(0.02);
    // K⁺ slides in and the cell grows: the last frame is not the first.
    expect(differing(first, last)).toBeGreaterThan(0.002);
  });

  it('MP4 (H.264) where the browser encodes it, else says why and offers WebM', async () => {
    const { video } = await sections(app.page);
    const mp4 = video.getByLabel('Format').locator('option[value="mp4"]');
    if (await mp4.isDisabled()) {
      await expect(video.textContent()).resolves.toContain('cannot encode H.264');
      return;
    }
    const file = path.join(OUT, 'k-alpha.mp4');
    await saveVideo(app.page, 'mp4', '0.2', file);
    const p = probe(file);
    expect(p).toMatchObject({ codec: 'h264', width: 1280, height: 720, frames: 6 });
    expect(Math.abs(p.duration - 6 / 30)).toBeLessThan(0.5 / 30);
  });

  it('carries the colour key and labels: the key’s swatches in the frame’s corner, none with the key off', async () => {
    const { video } = await sections(app.page);
    await video.getByLabel('Size').selectOption('720p');
    const colours = await app.page.$$eval('.colour-key li[data-colour]', (els) =>
      els.map((el) => (el as HTMLElement).dataset.colour ?? ''),
    );
    expect(colours).toHaveLength(3); // Mn, O and the guest K
    // The live axis labels stay put while the frames are rendered off screen.
    await app.page.evaluate(() => {
      const w = window as unknown as { axisMoves: string[]; axisWatch: MutationObserver };
      w.axisMoves = [];
      w.axisWatch = new MutationObserver((records) => {
        for (const r of records) w.axisMoves.push((r.target as HTMLElement).style.transform);
      });
      for (const el of document.querySelectorAll('.axis-label'))
        w.axisWatch.observe(el, { attributes: true, attributeFilter: ['style'] });
    });
    const before = await app.page.$$eval('.axis-label', (els) =>
      els.map((el) => (el as HTMLElement).style.transform),
    );
    const key = video.getByLabel('Colour key');
    expect(await key.isChecked()).toBe(true); // on by default, as for an image
    const on = path.join(OUT, 'k-alpha-key.webm');
    await saveVideo(app.page, 'webm', '0.1', on);
    const moves = await app.page.evaluate(() => {
      const w = window as unknown as { axisMoves: string[]; axisWatch: MutationObserver };
      w.axisWatch.disconnect();
      return w.axisMoves;
    });
    expect(moves.filter((t) => !before.includes(t))).toEqual([]);
    await key.uncheck();
    const off = path.join(OUT, 'k-alpha-nokey.webm');
    await saveVideo(app.page, 'webm', '0.1', off);
    await key.check();
    const [withKey] = framesOf(on, [2]);
    const [without] = framesOf(off, [2]);
    // The key sits bottom right, above the caption band.
    const corner = { x0: 0.8, y0: 0.5, x1: 1, y1: 1 };
    for (const colour of colours) {
      const shown = pixelsNear(withKey, colour, corner);
      expect(shown, colour).toBeGreaterThan(60);
      expect(pixelsNear(without, colour, corner), colour).toBeLessThan(shown / 10);
    }
  });

  it('places the key by the picture’s rule, once for the whole video: O3 → P3 down [110] at 720p turns it into a row', async () => {
    // This tall block reaches the bottom right corner, where a video's key used to stand as a
    // column over the bottom slab and an Na⁺; the rule (as for a PNG) lays it out as a row
    // under the block instead, the place that covers least of it.
    const tall = await open('?scn=na-o3-p3&x=0.5&view=110', { width: 1280, height: 720 });
    await waitForStructure(tall.page, /O3 → P3/);
    const { video } = await sections(tall.page);
    await video.getByLabel('Size').selectOption('720p');
    const on = path.join(OUT, 'o3-p3-key.webm');
    const off = path.join(OUT, 'o3-p3-nokey.webm');
    await saveVideo(tall.page, 'webm', '0.1', on);
    await video.getByLabel('Colour key').uncheck();
    await saveVideo(tall.page, 'webm', '0.1', off);
    await video.getByLabel('Colour key').check();
    // The first frame of each: both at the scenario's first x (the axis labels, placed round
    // the key, move a little too; they stay within the key's line).
    const [withKey] = framesOf(on, [0]);
    const [without] = framesOf(off, [0]);
    const box = keyFootprint(withKey, without);
    expect(box.right - box.left).toBeGreaterThan(700); // a row across most of the frame …
    expect(box.bottom - box.top).toBeLessThan(90); // … one line high (the old column: 145 px)
    expect(box.bottom).toBeGreaterThan(600); // under the block
    expect(tall.errors).toEqual([]);
  });

  it('Cancel stops a long video: no file, the bar goes, Save works again', async () => {
    const { video } = await sections(app.page);
    await video.getByLabel('Format').selectOption('webm');
    await video.getByLabel('Seconds').fill('20');
    let downloads = 0;
    app.page.on('download', () => downloads++);
    await video.getByRole('button', { name: 'Save video' }).click();
    // Wait for a couple of frames to be done (the count reads "n/600").
    await app.page.waitForFunction(() => {
      const t = document.querySelector('.video-export .media-export-count')?.textContent ?? '';
      return Number(t.split('/')[0]) >= 2;
    });
    await video.getByRole('button', { name: 'Cancel' }).click();
    await video.getByRole('status').filter({ hasText: 'cancelled' }).waitFor();
    expect(await video.locator('progress').count()).toBe(0);
    expect(await video.getByRole('button', { name: 'Save video' }).isEnabled()).toBe(true);
    expect(downloads).toBe(0);
  });
});

/** What the view should hold for a bundled structure in a style, from the scene model. */
function expectedGlb(id: string, supercell: [number, number, number], style: DrawStyle) {
  const text = readFileSync(path.join(ROOT, 'structures', `${id}.cif`), 'utf8');
  const prepared = prepareCrystal(text, `${id}.cif`);
  if (!prepared.ok) throw new Error(prepared.error.message);
  const loaded = buildLoaded(
    prepared.value,
    { kind: 'bundled', id },
    { supercell, alkaliPolyhedra: false },
  );
  if (!loaded.ok) throw new Error(loaded.error.message);
  const scene = loaded.value.scene;
  const settings = STYLE_SETTINGS[style];
  const as = settings.outside ? 'polyhedral' : 'other';
  const elements = new Set<number>();
  let atoms = 0;
  for (let i = 0; i < scene.atomCount; i++)
    if (atomShown(scene.outside[i], as)) {
      atoms++;
      elements.add(scene.group[i]);
    }
  const halves = new Set<number>();
  let bonds = 0;
  for (let k = 0; k < scene.bonds.length / 2; k++) {
    const [a, b] = [scene.bonds[2 * k], scene.bonds[2 * k + 1]];
    const kind =
      settings.bonds === 'all' ||
      (settings.bonds === 'non-metal' && scene.bondBetweenNonMetals[k] === 1);
    if (!kind || !atomShown(scene.outside[a], as) || !atomShown(scene.outside[b], as)) continue;
    bonds++;
    halves.add(scene.group[a]).add(scene.group[b]);
  }
  const faceColours = new Set<string>();
  for (let t = 0; settings.polyhedra && t < scene.faces.length / 3; t++)
    faceColours.add(Array.from(scene.faceColors.subarray(3 * t, 3 * t + 3)).join());
  const faces = settings.polyhedra ? scene.faces.length / 3 : 0;
  const cell = 12;
  return {
    meshes: elements.size + halves.size + faceColours.size + 1,
    vertices:
      atoms * sphereVertexCount(glbSphereSegments(atoms)) +
      (2 * bonds + cell) * 2 * CYLINDER_SEGMENTS +
      3 * faces,
    atoms,
    bonds,
  };
}

interface GlbJson {
  meshes: { primitives: { attributes: Record<string, number> }[] }[];
  accessors: { count: number }[];
  extensionsUsed?: string[];
}

function glbJson(bytes: Buffer): GlbJson {
  expect(bytes.readUInt32LE(0)).toBe(0x46546c67); // 'glTF'
  const length = bytes.readUInt32LE(12);
  return JSON.parse(bytes.subarray(20, 20 + length).toString('utf8'));
}

async function saveGlb(page: Page, search: string, file: string): Promise<Buffer> {
  await page.goto(new URL(search, page.url()).toString());
  await waitForStructure(page);
  const { model } = await sections(page);
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await model.getByRole('button', { name: 'Save GLB' }).click();
  await (await download).saveAs(file);
  return readFileSync(file);
}

describe('GLB export', () => {
  for (const [style, sc] of [
    ['polyhedral', [1, 1, 2]],
    ['ball-and-stick', [2, 2, 1]],
  ] as const) {
    it(`α-MnO₂ ${sc.join('×')} ${style}: valid glTF 2.0 with the scene model's meshes and vertices`, async () => {
      const file = path.join(OUT, `alpha-MnO2-${style}.glb`);
      const bytes = await saveGlb(
        app.page,
        `?s=alpha-MnO2&sc=${sc.join('x')}&style=${style}`,
        file,
      );
      const report = await validator.validateBytes(new Uint8Array(bytes));
      writeFileSync(`${file}.report.json`, JSON.stringify(report, null, 1));
      expect(report.issues.numErrors).toBe(0);
      const json = glbJson(bytes);
      const want = expectedGlb('alpha-MnO2', [...sc], style);
      expect(want.atoms).toBeGreaterThan(0);
      if (style === 'ball-and-stick') expect(want.bonds).toBeGreaterThan(0);
      expect(json.meshes.length).toBe(want.meshes);
      const vertices = json.meshes.reduce(
        (n, m) =>
          n + m.primitives.reduce((k, p) => k + json.accessors[p.attributes.POSITION].count, 0),
        0,
      );
      expect(vertices).toBe(want.vertices);
      // Plain meshes: positions and normals only, no instancing extension.
      expect(json.extensionsUsed ?? []).toEqual([]);
      for (const m of json.meshes)
        for (const p of m.primitives)
          expect(Object.keys(p.attributes).sort()).toEqual(['NORMAL', 'POSITION']);
    });
  }

  it('left no console errors and made no request off the page', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
