/**
 * The picture on a 1280×720 projector: in the K⁺ scenario the ions stand out from the MnO₆
 * octahedra (teaching palette), no tunnel label covers an ion, the structure stays clear of
 * the title, and the VESTA palette is one switch away.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AppPage,
  canvasStats,
  type HueRange,
  pagesForThisFile,
  screenshot,
  waitForFrame,
  waitForStructure,
} from './harness';

const HUE: Record<string, HueRange> = {
  potassiumTeaching: [28, 44], // K ff9900 (teaching palette)
  potassiumVesta: [260, 284], // K a121f6 (VESTA)
};

type Rect = { left: number; top: number; right: number; bottom: number };

/** Canvas pixels inside a page rectangle: how many differ from the background, and are orange. */
async function pixelsIn(page: AppPage['page'], rect: Rect) {
  return page.evaluate((r) => {
    const canvas = document.querySelector('canvas');
    if (!canvas) throw new Error('no canvas');
    const box = canvas.getBoundingClientRect();
    const sx = canvas.width / box.width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(canvas, 0, 0);
    const x0 = Math.max(0, Math.floor((r.left - box.left) * sx));
    const y0 = Math.max(0, Math.floor((r.top - box.top) * sx));
    const x1 = Math.min(copy.width, Math.ceil((r.right - box.left) * sx));
    const y1 = Math.min(copy.height, Math.ceil((r.bottom - box.top) * sx));
    if (x1 <= x0 || y1 <= y0) return { drawn: 0, orange: 0, total: 0 };
    const { data } = ctx.getImageData(x0, y0, x1 - x0, y1 - y0);
    let drawn = 0;
    let orange = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [R, G, B] = [data[i], data[i + 1], data[i + 2]];
      if (Math.abs(R - 255) + Math.abs(G - 255) + Math.abs(B - 255) > 30) drawn++;
      // K⁺ in the teaching palette, shaded: green about 0.6 of red, almost no blue (an O
      // sphere's highlight has green and blue alike, a third of red or less).
      if (R > 120 && G > 0.45 * R && G < 0.8 * R && B < 0.25 * R) orange++;
    }
    return { drawn, orange, total: data.length / 4 };
  }, rect);
}

const openPage = pagesForThisFile();

describe('K⁺ into α-MnO₂ at 1280×720', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openPage('?scn=k-alpha-mno2&x=1', { width: 1280, height: 720 });
    await waitForStructure(app.page, /K⁺ into/);
  });

  it('shows the ions in a colour of their own, down the tunnels', async () => {
    await screenshot(app.page, 'projector-k-scenario-1280x720');
    const stats = await canvasStats(app.page, HUE);
    expect(stats.hues.potassiumTeaching).toBeGreaterThan(200);
    expect(stats.hues.potassiumVesta).toBe(0);
    expect(new URL(app.page.url()).searchParams.get('view')).toBe('001');
  });

  it('puts no tunnel label over an ion', async () => {
    // The labels arrive once the channel analysis has run, after the first frame.
    await app.page.locator('.tunnel-label:not([hidden])').first().waitFor();
    const labels = await app.page
      .locator('.tunnel-label:not([hidden])')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
    expect(labels.length).toBeGreaterThan(0);
    for (const r of labels) {
      const under = await pixelsIn(app.page, r);
      expect(under.total).toBeGreaterThan(0);
      expect(under.orange, `label at ${Math.round(r.left)},${Math.round(r.top)}`).toBe(0);
    }
  });

  it('puts no axis label over an ion', async () => {
    // K⁺ on 2b sits on the cell's c edges: down c the a and b labels would land on the
    // corner ions, and the end-on c label on the one at the origin.
    const labels = await app.page
      .locator('.axis-label')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
    expect(labels.length).toBe(3);
    for (const r of labels) {
      const under = await pixelsIn(app.page, r);
      expect(under.total).toBeGreaterThan(0);
      expect(under.orange, `axis label at ${Math.round(r.left)},${Math.round(r.top)}`).toBe(0);
    }
  });

  it('keeps the structure out from under the title', async () => {
    const title = await app.page
      .locator('.structure-info')
      .evaluate((e) => e.getBoundingClientRect().toJSON() as Rect);
    const under = await pixelsIn(app.page, title);
    expect(under.total).toBeGreaterThan(1000);
    expect(under.drawn / under.total).toBeLessThan(0.01);
  });

  it('says which keyframe is a model and which DOI is not yet confirmed', async () => {
    const keyframes = app.page.locator('.keyframes li');
    await expect.poll(() => keyframes.count()).toBe(2);
    const [empty, filled] = await keyframes.allInnerTexts();
    expect(empty).toContain('DOI to be confirmed'); // Kijima 2004: DOI not read here
    expect(empty).not.toContain('Model'); // a refinement's numbers
    expect(filled).toMatch(/Model.*averaged to tetragonal/);
  });

  it('switches to the VESTA palette and writes it into the link', async () => {
    await app.page.getByLabel('Colours').selectOption('vesta');
    await app.page.waitForFunction(() => window.location.search.includes('palette=vesta'));
    await waitForFrame(app.page);
    const stats = await canvasStats(app.page, HUE);
    expect(stats.hues.potassiumVesta).toBeGreaterThan(200);
    expect(stats.hues.potassiumTeaching).toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});

describe('todorokite down [010]', () => {
  it('draws whole walls with no loose O (screenshot for the eye; the rule is a unit test)', async () => {
    const app = await openPage('?s=todorokite&view=010', { width: 1280, height: 720 });
    await waitForStructure(app.page, /Todorokite/);
    await screenshot(app.page, 'projector-todorokite-010');
    // The walls are constructed, not refined: the title says so beside the name.
    await expect
      .poll(() => app.page.locator('.structure-info [data-testid="provenance"]').innerText())
      .toMatch(/^Model positions constructed on the published cell/);
    const stats = await canvasStats(app.page, { manganese: [285, 325] });
    expect(stats.hues.manganese).toBeGreaterThan(500);
    expect(app.errors).toEqual([]);
  });
});

describe('the colour key keeps off the structure at 1280×720', () => {
  // Tall blocks and cubes leave no room beside them at the bottom right: the key goes to a
  // row under the block, or to the top right, wherever it covers nothing drawn.
  for (const [search, name] of [
    ['?scn=na-o3-p3&x=0.5&view=110', /O3 → P3/],
    ['?scn=na-p2-o2&x=0.3', /P2 → O2/],
    ['?s=prussian-blue', 'Prussian blue Fe₄[Fe(CN)₆]₃'],
    ['?s=beta-MnO2&sc=2x2x1', 'β-MnO₂ (pyrolusite)'],
  ] as const) {
    it(search, async () => {
      const app = await openPage(search, { width: 1280, height: 720 });
      await waitForStructure(app.page, name);
      const key = app.page.locator('.colour-key');
      await waitForFrame(app.page);
      // Placed again when the camera comes to rest (its box is reported 200 ms after a move).
      const covered = async () => {
        const rect = await key.evaluate((e) => e.getBoundingClientRect().toJSON() as Rect);
        const under = await pixelsIn(app.page, rect);
        expect(under.total, search).toBeGreaterThan(1000);
        return under.drawn / under.total;
      };
      await expect.poll(covered, { timeout: 5000 }).toBeLessThan(0.01);
      await screenshot(app.page, `key-placed-${search.replace(/\W+/g, '-')}`);
      expect(app.errors).toEqual([]);
    });
  }
});
