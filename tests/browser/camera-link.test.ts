/**
 * The camera is part of the link: after the user turns and zooms the view, the URL holds the
 * direction, screen-up and zoom, the heading follows, and opening that URL shows the same
 * picture.
 */
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeLessonData } from '../../src/lesson/link';
import { LESSON_FORMAT, type Lesson } from '../../src/lesson/types';
import { pagesForThisFile, screenshot, waitForFrame, waitForStructure } from './harness';

const open = pagesForThisFile();

const FAMILY = 'beta-MnO2,ramsdellite,alpha-MnO2,todorokite';
/** A compare pane's data-turn at its own frame: back along +z, up along +y of the frame. */
const NO_TURN = '0.0000,0.0000,1.0000,0.0000,1.0000,0.0000';

/** What each compare pane last drew: its turn (in its own frame) and the shared scale. */
async function poseOf(page: Page): Promise<{ turns: string[]; scales: string[] }> {
  return page.locator('[data-compare-slot]').evaluateAll((els) => ({
    turns: els.map((e) => (e as HTMLElement).dataset.turn ?? ''),
    scales: els.map((e) => (e as HTMLElement).dataset.scale ?? ''),
  }));
}

/** Each compare pane's slot, cut out of one picture of the page. */
async function paneShots(page: Page): Promise<PNG[]> {
  const shot = PNG.sync.read(await page.screenshot());
  const slots = page.locator('[data-compare-slot]');
  const out: PNG[] = [];
  for (let i = 0; i < (await slots.count()); i++) {
    const b = await slots.nth(i).boundingBox();
    if (!b) throw new Error('no pane');
    const cut = new PNG({ width: Math.floor(b.width), height: Math.floor(b.height) });
    PNG.bitblt(shot, cut, Math.ceil(b.x), Math.ceil(b.y), cut.width, cut.height, 0, 0);
    out.push(cut);
  }
  return out;
}

async function dragPane(page: Page, pane: number, dx: number, dy: number) {
  const box = await page.locator('[data-compare-slot]').nth(pane).boundingBox();
  if (!box) throw new Error('no pane');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2);
  await page.mouse.move(x + dx, y + dy);
  await page.mouse.up();
}

/** Every pane at its own frame (no turn). */
function atFrames(turns: string[]): boolean {
  return turns.length > 0 && turns.every((t) => near(t, NO_TURN, 1e-4));
}

/** Two comma-separated lists of numbers within `tolerance` of each other, entry by entry. */
function near(a: string, b: string, tolerance: number): boolean {
  const [x, y] = [a.split(',').map(Number), b.split(',').map(Number)];
  return x.length === y.length && x.every((k, i) => Math.abs(k - y[i]) <= tolerance);
}

async function canvasPng(page: Page): Promise<PNG> {
  const shot = await page.locator('canvas').screenshot();
  return PNG.sync.read(shot);
}

async function drag(page: Page, dx: number, dy: number, button: 'left' | 'right' = 'left') {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down({ button });
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up({ button });
}

/** Share of pixels that differ between two canvas pictures of the same size. */
function differingShare(a: PNG, b: PNG): number {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  const n = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
  return n / (a.width * a.height);
}

async function waitForUrl(page: Page, pattern: RegExp) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(window.location.search),
    pattern.source,
    {
      timeout: 10_000,
    },
  );
}

describe('camera in the link', () => {
  it('turning and zooming writes view, up and zoom; the link reproduces the picture', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=001');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await drag(app.page, 90, 60);
    await app.page.waitForFunction(() => /[?&]up=/.test(window.location.search), undefined, {
      timeout: 10_000,
    });
    const box = await app.page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.wheel(0, -300);
    await app.page.waitForFunction(() => /[?&]zoom=/.test(window.location.search), undefined, {
      timeout: 10_000,
    });
    const search = new URL(app.page.url()).search;
    const params = new URLSearchParams(search);
    expect(params.get('view')).not.toBe('001');
    expect(params.get('view')?.split(',')).toHaveLength(3);
    expect(Number(params.get('zoom'))).toBeGreaterThan(1);
    // The heading follows the camera, and no preset direction button claims the view.
    const heading = await app.page.locator('#view-heading').innerText();
    expect(heading).not.toContain('[001]');
    expect(await app.page.locator('[aria-labelledby=view-heading] button.active').count()).toBe(0);
    // Wait until the last write has been drawn, then compare with a fresh page at the link.
    await app.page.waitForTimeout(400);
    const before = await canvasPng(app.page);
    await screenshot(app.page, 'camera-turned');

    const again = await open(search);
    await waitForStructure(again.page, 'α-MnO₂ (hollandite)');
    const after = await canvasPng(again.page);
    await screenshot(again.page, 'camera-from-link');
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    const differing = pixelmatch(before.data, after.data, null, before.width, before.height, {
      threshold: 0.1,
    });
    // A few edge pixels may round differently; the picture must be the same.
    expect(differing / (before.width * before.height)).toBeLessThan(0.01);
    expect(app.errors).toEqual([]);
    expect(again.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('choosing a preset direction again resets up and zoom', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=0.3,1,0.2&up=001&zoom=2');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await app.page.getByRole('button', { name: 'c', exact: true }).click();
    await app.page.waitForFunction(() => window.location.search.includes('view=001'));
    expect(app.page.url()).not.toMatch(/up=|zoom=/);
    expect(app.errors).toEqual([]);
  });

  it('turned, panned and zoomed in perspective: the link puts the camera where it was', async () => {
    const app = await open('?s=beta-MnO2&sc=2x2x2&view=001&proj=persp');
    await waitForStructure(app.page, /β-MnO₂/);
    await drag(app.page, 70, 40);
    await waitForUrl(app.page, /[?&]up=/);
    await drag(app.page, 120, -80, 'right');
    await waitForUrl(app.page, /[?&]pan=/);
    const box = await app.page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.wheel(0, -200);
    await waitForUrl(app.page, /[?&]zoom=/);
    await app.page.waitForTimeout(400);
    const search = new URL(app.page.url()).search;
    expect(search).toContain('proj=persp');
    const before = await canvasPng(app.page);
    const again = await open(search);
    await waitForStructure(again.page, /β-MnO₂/);
    const after = await canvasPng(again.page);
    await screenshot(again.page, 'camera-persp-pan-from-link');
    expect(differingShare(before, after)).toBeLessThan(0.01);
    // Without the pan the picture would be shifted: the test can tell the difference.
    const centred = await open(search.replace(/&?pan=[^&]*/, ''));
    await waitForStructure(centred.page, /β-MnO₂/);
    expect(differingShare(before, await canvasPng(centred.page))).toBeGreaterThan(0.02);
    expect([...app.errors, ...again.errors, ...centred.errors]).toEqual([]);
  });

  it('a paused scenario turned by hand: its link shows the same picture at the same x', async () => {
    const app = await open('?scn=k-alpha-mno2&x=0.8&sc=1x1x2');
    await app.page.waitForSelector('[data-testid=readout-x]');
    await waitForStructure(app.page);
    await drag(app.page, -80, 50);
    await waitForUrl(app.page, /[?&]up=/);
    await app.page.waitForTimeout(400);
    const search = new URL(app.page.url()).search;
    expect(search).toContain('x=0.8');
    const before = await canvasPng(app.page);
    const again = await open(search);
    await waitForStructure(again.page);
    await again.page.waitForTimeout(200);
    expect(differingShare(before, await canvasPng(again.page))).toBeLessThan(0.01);
    expect([...app.errors, ...again.errors]).toEqual([]);
  });

  it('Reset goes back to the chosen direction after the camera was turned', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=100');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await drag(app.page, 60, 30);
    await waitForUrl(app.page, /[?&]up=/);
    await app.page.getByRole('button', { name: 'Reset' }).click();
    await waitForUrl(app.page, /view=100(&|$)/);
    expect(app.page.url()).not.toMatch(/up=|zoom=|pan=/);
    expect(await app.page.locator('#view-heading').innerText()).toContain('[100]');
    expect(app.errors).toEqual([]);
  });

  it('compare view: four linked panes at one scale, named, in the single view’s colours', async () => {
    const size = { width: 1280, height: 720 };
    const app = await open('?cmp=beta-MnO2,ramsdellite,alpha-MnO2,todorokite&view=001', size);
    await waitForFrame(app.page);
    const panes = app.page.locator('.compare-pane');
    expect(await panes.count()).toBe(4);
    expect(await app.page.locator('.compare-name').allInnerTexts()).toEqual([
      'β-MnO₂ (pyrolusite)',
      'Ramsdellite MnO₂',
      'α-MnO₂ (hollandite)',
      'Todorokite (3×3)',
    ]);
    // Each structure down its own tunnel axis: c for the tetragonal ones, b for the others.
    expect(await app.page.locator('.compare-dir').allInnerTexts()).toEqual([
      'down [001]',
      'down [010]',
      'down [001]',
      'down [010]',
    ]);
    // Each pane's tunnels named from the analysis.
    await app.page.locator('.compare-channels').nth(3).waitFor({ timeout: 20_000 });
    const names = await app.page
      .locator('.compare-channels')
      .evaluateAll((tables) => tables.map((t) => t.querySelector('tbody td')?.textContent));
    expect(names).toEqual(['1×1', '1×2', '2×2', '3×3']);
    expect(await app.page.locator('canvas').count()).toBe(1); // one WebGL context for all

    const slots = app.page.locator('[data-compare-slot]');
    // One page picture, cut into the four panes' slots.
    const shots = () => paneShots(app.page);
    const before = await shots();
    // The single view's violet MnO6 and red O, drawn in every pane.
    const main = await open('?s=alpha-MnO2', size);
    await waitForStructure(main.page, 'α-MnO₂ (hollandite)');
    const mainHue = colours(await canvasPng(main.page)).violetHue;
    for (const png of before) {
      const c = colours(png);
      expect(c.coverage).toBeGreaterThan(0.05);
      expect(c.violet).toBeGreaterThan(0.01);
      expect(c.red).toBeGreaterThan(0.001);
      expect(Math.abs(c.violetHue - mainHue)).toBeLessThan(6);
    }
    const turnOf = () =>
      slots.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.turn ?? ''));
    const scaleOf = () =>
      slots.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.scale)));
    const turn0 = await turnOf();
    const scale0 = await scaleOf();
    expect(new Set(scale0).size).toBe(1); // one Å-per-pixel for all panes

    // A drag in the second pane turns all four, the same way in each one's own frame.
    const box = await slots.nth(1).boundingBox();
    if (!box) throw new Error('no pane');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await app.page.mouse.move(x, y);
    await app.page.mouse.down();
    await app.page.mouse.move(x + 30, y + 20);
    await app.page.mouse.move(x + 60, y + 30);
    await app.page.mouse.up();
    await app.page.mouse.wheel(0, -200);
    await app.page.waitForFunction(
      (old) =>
        [...document.querySelectorAll<HTMLElement>('[data-compare-slot]')].every(
          (e) => e.dataset.turn !== old.turn && Number(e.dataset.scale) > old.scale,
        ),
      { turn: turn0[0], scale: scale0[0] },
    );
    await waitForFrame(app.page);
    const turn1 = await turnOf();
    expect(new Set(turn1).size).toBe(1);
    expect(turn1[0]).not.toBe(turn0[0]);
    const scale1 = await scaleOf();
    expect(new Set(scale1).size).toBe(1);
    expect(scale1[0]).toBeGreaterThan(scale0[0]);
    const after = await shots();
    for (let i = 0; i < 4; i++) expect(differingShare(before[i], after[i])).toBeGreaterThan(0.02);
    await screenshot(app.page, 'compare-turned');
    expect([...app.errors, ...main.errors]).toEqual([]);
    expect([...app.foreignRequests, ...main.foreignRequests]).toEqual([]);
  });

  it('compare view: the linked cameras go into the link, and the link and Back bring them back', async () => {
    const size = { width: 1280, height: 720 };
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=001', size);
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await app.page.locator(`[data-compare="${FAMILY}"]`).click();
    await waitForUrl(app.page, /^\?cmp=/);
    await waitForFrame(app.page);
    const entries = await app.page.evaluate(() => window.history.length);
    const flat = await paneShots(app.page);
    await dragPane(app.page, 1, 60, 30);
    await app.page.mouse.wheel(0, -200);
    await waitForUrl(app.page, /[?&]turn=-?[\d.]+,-?[\d.]+&zoom=[\d.]+/);
    await waitForFrame(app.page);
    const search = new URL(app.page.url()).search;
    const params = new URLSearchParams(search);
    expect(params.get('cmp')).toBe(FAMILY);
    expect(params.get('view')).toBe('001');
    expect(Number(params.get('zoom'))).toBeGreaterThan(1);
    // A turn of the camera refines the entry, as in the single view: no new history entry.
    expect(await app.page.evaluate(() => window.history.length)).toBe(entries);
    const pose = await poseOf(app.page);
    expect(new Set(pose.turns).size).toBe(1);
    const turned = await paneShots(app.page);
    for (let i = 0; i < 4; i++) expect(differingShare(flat[i], turned[i])).toBeGreaterThan(0.02);
    await screenshot(app.page, 'compare-link-turned');

    // The link (a reload, a colleague) shows the same pose and the same picture in every pane.
    const again = await open(search, size);
    await waitForFrame(again.page);
    expect(new URL(again.page.url()).search).toBe(search);
    const repose = await poseOf(again.page);
    // The link holds the pose to 0.01° and a zoom to 0.001: the same to within that.
    expect(near(repose.scales.join(), pose.scales.join(), 0.002 * Number(pose.scales[0]))).toBe(
      true,
    );
    for (let i = 0; i < 4; i++) expect(near(repose.turns[i], pose.turns[i], 3e-4)).toBe(true);
    const reopened = await paneShots(again.page);
    await screenshot(again.page, 'compare-link-reopened');
    for (let i = 0; i < 4; i++) expect(differingShare(turned[i], reopened[i])).toBeLessThan(0.01);

    // Back to the single view, then Back again: the comparison as it was left.
    await app.page.getByRole('button', { name: 'Back to the single view' }).click();
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await app.page.goBack();
    await waitForUrl(app.page, /^\?cmp=/);
    expect(new URL(app.page.url()).search).toBe(search);
    await waitForFrame(app.page);
    expect(near((await poseOf(app.page)).turns.join(), pose.turns.join(), 3e-4)).toBe(true);
    // Reset puts every pane back at its own frame and the pose out of the link.
    await app.page.getByRole('button', { name: 'Reset view' }).click();
    await app.page.waitForFunction(() => !/[?&](turn|zoom)=/.test(window.location.search));
    await waitForFrame(app.page);
    expect(atFrames((await poseOf(app.page)).turns)).toBe(true);
    expect([...app.errors, ...again.errors]).toEqual([]);
  });

  it('compare view: a bad turn or zoom in the link is named in a notice; the panes at their frames', async () => {
    const app = await open(`?cmp=${FAMILY}&view=001&turn=400,0&zoom=big`);
    await waitForFrame(app.page);
    const turn = app.page.locator('.notices .notice', { hasText: 'turn=' });
    await expect.poll(() => turn.innerText()).toContain('expected two angles in degrees');
    const zoom = app.page.locator('.notices .notice', { hasText: 'zoom=' });
    await expect.poll(() => zoom.innerText()).toContain('expected a number from');
    expect(atFrames((await poseOf(app.page)).turns)).toBe(true);
    expect(new URL(app.page.url()).search).toBe(`?cmp=${FAMILY}&view=001`);
    // The same picture as the link without them.
    const plain = await open(`?cmp=${FAMILY}&view=001`);
    await waitForFrame(plain.page);
    expect((await poseOf(plain.page)).scales).toEqual((await poseOf(app.page)).scales);
    await screenshot(app.page, 'compare-link-bad-pose');
    expect([...app.errors, ...plain.errors]).toEqual([]);
  });

  it('compare view: the camera keys on a pane turn and zoom every pane; 0 resets; up= and pan= get a notice', async () => {
    const app = await open(`?cmp=${FAMILY}&view=001&up=010&pan=0.2,0`);
    await waitForFrame(app.page);
    const notice = app.page.locator('.notices .notice', { hasText: 'up and pan' });
    await expect.poll(() => notice.innerText()).toContain('turns its panes with turn=yaw,pitch');
    expect(await app.page.locator('#compare-keys').innerText()).toMatch(
      /Drag or ← ↑ ↓ → turn · wheel or \+ − zoom · 0 resets/,
    );
    const flat = await paneShots(app.page);
    // Tab reaches the panes; the keys go to the one focused, and every pane follows.
    const pane = app.page.locator('[data-compare-slot="2"]');
    await pane.focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp', '+'])
      await app.page.keyboard.press(key);
    await waitForUrl(app.page, /[?&]turn=20,10&zoom=1\.25(&|$)/);
    await waitForFrame(app.page);
    const pose = await poseOf(app.page);
    expect(new Set(pose.turns).size).toBe(1);
    expect(atFrames(pose.turns)).toBe(false);
    const turned = await paneShots(app.page);
    for (let i = 0; i < 4; i++) expect(differingShare(flat[i], turned[i])).toBeGreaterThan(0.02);
    await screenshot(app.page, 'compare-keys-turned');
    // The page did not scroll under the arrows.
    expect(await app.page.evaluate(() => window.scrollY)).toBe(0);
    await app.page.keyboard.press('0');
    await app.page.waitForFunction(() => !/[?&](turn|zoom)=/.test(window.location.search));
    await waitForFrame(app.page);
    expect(atFrames((await poseOf(app.page)).turns)).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('compare view: a lesson step’s turn places the linked cameras, also between two steps of one comparison', async () => {
    const ids = FAMILY.split(',');
    const lesson: Lesson = {
      format: LESSON_FORMAT,
      title: 'Turned comparison',
      references: [],
      steps: [
        { subject: { kind: 'structure', id: ids[0] }, cmp: ids, caption: 'down the tunnels' },
        {
          subject: { kind: 'structure', id: ids[0] },
          cmp: ids,
          turn: { yaw: 30, pitch: 10, zoom: 1.2 },
          caption: 'turned',
        },
      ],
    };
    const app = await open(`?step=1#lesson=${encodeLessonData(lesson)}`);
    await waitForFrame(app.page);
    await app.page.waitForFunction(() => window.location.search.startsWith('?cmp='));
    await expect.poll(async () => atFrames((await poseOf(app.page)).turns)).toBe(true);
    const flat = await poseOf(app.page);
    // The same panes, the next step: the cameras take its turn and zoom, and the link says so.
    await app.page.locator('.lesson-step-show').nth(1).click();
    await waitForUrl(app.page, /[?&]turn=30,10&zoom=1\.2(&|$)/);
    await expect.poll(async () => atFrames((await poseOf(app.page)).turns)).toBe(false);
    const turned = await poseOf(app.page);
    expect(new Set(turned.turns).size).toBe(1);
    expect(Number(turned.scales[0])).toBeCloseTo(1.2 * Number(flat.scales[0]), 3);
    // And back: every pane at its own frame again.
    await app.page.locator('.lesson-step-show').nth(0).click();
    await expect.poll(async () => atFrames((await poseOf(app.page)).turns)).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('a bad comparison says what to write and shows the single view', async () => {
    const app = await open('?cmp=alpha-MnO2&view=100');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    const notice = app.page.locator('.notices .notice', { hasText: 'cmp=' });
    await expect.poll(() => notice.innerText()).toContain('list 2 to 4 bundled structures');
    expect(await app.page.locator('.compare-pane').count()).toBe(0);
    // The picker's comparison opens it, the link follows; leaving goes back where the user was.
    await app.page.locator('[data-compare="O3-NaNiMnO2,P2-NaNiMnO2"]').click();
    await app.page.waitForFunction(() =>
      window.location.search.startsWith('?cmp=O3-NaNiMnO2,P2-NaNiMnO2'),
    );
    expect(await app.page.locator('.compare-name').allInnerTexts()).toEqual([
      'O3-NaNi₀.₅Mn₀.₅O₂',
      'P2-Na₂/₃Ni₁/₃Mn₂/₃O₂',
    ]);
    await waitForFrame(app.page);
    await app.page.getByRole('button', { name: 'Back to the single view' }).click();
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await app.page.waitForFunction(() => /[?&]view=100(&|$)/.test(window.location.search));
    expect(app.page.url()).not.toContain('cmp=');
    expect(app.errors).toEqual([]);
  });
});

/** Share of pixels off the white background; violet (MnO₆) and red (O) shares; violet mean hue. */
function colours(png: PNG) {
  let off = 0;
  let violet = 0;
  let red = 0;
  let hueSum = 0;
  const n = png.width * png.height;
  for (let i = 0; i < n; i++) {
    const [r, g, b] = [png.data[4 * i], png.data[4 * i + 1], png.data[4 * i + 2]].map(
      (k) => k / 255,
    );
    if (r + g + b < 2.9) off++;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    if (max < 0.2 || (max - min) / max < 0.35) continue;
    const d = max - min;
    let hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    hue = (hue * 60 + 360) % 360;
    if (hue >= 270 && hue <= 330) {
      violet++;
      hueSum += hue;
    } else if (hue >= 345 || hue <= 15) red++;
  }
  return {
    coverage: off / n,
    violet: violet / n,
    red: red / n,
    violetHue: hueSum / Math.max(1, violet),
  };
}
