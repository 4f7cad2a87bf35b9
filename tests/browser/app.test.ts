/**
 * The built app in real Chromium (software WebGL): what a lecturer sees. Each test asserts
 * visible results — canvas pixels, panel text — plus no console errors and no request
 * leaving the page's origin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AppPage,
  canvasStats,
  type HueRange,
  pagesForThisFile,
  screenshot,
  waitForStructure,
} from './harness';

// Hue ranges (degrees) of the default (teaching) palette's colours as they appear shaded on
// screen: VESTA's, except K and Fe.
const HUE: Record<string, HueRange> = {
  manganese: [285, 325], // Mn 168,8,158 (and its translucent MnO6 polyhedra)
  oxygen: [350, 10], // O 254,3,0
  potassium: [28, 44], // K 255,153,0
  sodium: [45, 60], // Na 249,220,60
  iron: [205, 230], // Fe 47,100,192
  carbon: [15, 28], // C 128,73,41
};

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const ROOT = path.resolve(import.meta.dirname, '../..');

const openPage = pagesForThisFile();

const open = (search = '') => openPage(search);

/**
 * Notes when the canvas first shows what the page says it shows (the harness's frame test)
 * and the resources whose fetch had begun by then.
 */
const WATCH_FIRST_FRAME = `(() => {
  const check = () => {
    if (window.__firstFrame) return;
    const showing = document.querySelector('main.stage')?.dataset.showing;
    if (!showing || document.querySelector('canvas')?.dataset.shown !== showing) return;
    window.__firstFrame = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { attributes: true, subtree: true, childList: true });
  // When the view makes its WebGL context, and the workers the page starts and ends.
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (type === 'webgl2' && window.__viewContext === undefined) window.__viewContext = performance.now();
    return getContext.call(this, type, ...rest);
  };
  window.__workers = [];
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      this.__note = { url: String(url), at: performance.now(), ended: null };
      window.__workers.push(this.__note);
    }
    terminate() {
      this.__note.ended = performance.now();
      super.terminate();
    }
  };
})()`;

/** Resources (file names) whose fetch began before the first frame; ones begun after it. */
const FETCHES = `(() => {
  const at = window.__firstFrame;
  const all = performance.getEntriesByType('resource');
  const name = (e) => e.name.split('/').pop();
  return {
    before: all.filter((e) => e.startTime < at).map(name),
    after: all.filter((e) => e.startTime >= at).map(name),
  };
})()`;

function expectClean(app: AppPage) {
  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
}

describe('first load', () => {
  it('shows α-MnO2 down c with MnO6 octahedra and O, and no errors', async () => {
    const app = await openPage('', undefined, WATCH_FIRST_FRAME);
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    // The file lists its operators: the space-group tables' WebAssembly waits for the first
    // frame, then loads in the background (Wyckoff letters, sites analysis).
    const early = (await app.page.evaluate(FETCHES)) as { before: string[]; after: string[] };
    expect(early.before.some((n) => n.endsWith('.js'))).toBe(true); // the watch saw the load
    expect(early.before.filter((n) => n.endsWith('.wasm'))).toEqual([]);
    // Nor does a worker start before it: the tunnel analysis (the labels) waits for the 3D
    // view's first frame, not for the first animation frame after the structure was built.
    expect(early.before.filter((n) => n.startsWith('worker-'))).toEqual([]);
    await app.page.waitForFunction(
      `performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm'))`,
      undefined,
      { timeout: 30_000 },
    );
    // The 3D view's chunks are asked for by index.html's modulepreload links, with the page's
    // own script, not after it has run and rendered the panels (the structure's chunk, which
    // the page script asks for as it starts, comes later).
    const order = JSON.parse(
      (await app.page.evaluate(`JSON.stringify(performance.getEntriesByType('resource')
        .map((e) => ({ name: e.name.split('/').pop(), by: e.initiatorType, at: e.startTime })))`)) as string,
    ) as { name: string; by: string; at: number }[];
    const viewerChunks = order.filter((e) => /^(Viewer|three-console)-.*\.js$/.test(e.name));
    const structureChunk = order.find((e) => /^alpha-MnO2-.*\.js$/.test(e.name));
    // (Chromium reports a modulepreload as 'other', an import() as 'script'.)
    expect(viewerChunks.map((e) => e.by)).toEqual(['other', 'other']);
    expect(structureChunk).toBeDefined();
    for (const e of viewerChunks) expect(e.at).toBeLessThan(structureChunk?.at ?? 0);
    // The GPU side of WebGL is set up first in a throwaway worker context, started before the
    // view makes its own context and ended after (once the view has drawn).
    await app.page.waitForFunction(`window.__workers.some((w) => w.ended !== null)`);
    const workers = JSON.parse(
      (await app.page.evaluate(
        `JSON.stringify({ at: window.__viewContext, workers: window.__workers })`,
      )) as string,
    ) as { at: number; workers: { url: string; at: number; ended: number | null }[] };
    const warm = workers.workers.filter((w) => w.url.startsWith('blob:'));
    expect(warm).toHaveLength(1);
    expect(warm[0].at).toBeLessThan(workers.at);
    expect(warm[0].ended).toBeGreaterThanOrEqual(workers.at);
    // …and then starts: the labels' analysis runs in its worker after the first frame.
    await app.page.waitForFunction(
      `performance.getEntriesByType('resource').some((e) => /\\/worker-[^/]*\\.js$/.test(e.name))`,
      undefined,
      { timeout: 30_000 },
    );
    await screenshot(app.page, 'default-alpha-MnO2');
    const stats = await canvasStats(app.page, HUE);
    expect(stats.coverage).toBeGreaterThan(0.1);
    expect(stats.hues.manganese).toBeGreaterThan(500);
    expect(stats.hues.oxygen).toBeGreaterThan(50);
    expect(stats.hues.potassium).toBe(0); // empty tunnels
    await expect(app.page.locator('.structure-info').innerText()).resolves.toContain('I4/m (87)');
    await expect(app.page.locator('.inspector').innerText()).resolves.toMatch(/Kijima/);
    expectClean(app);
  });
});

describe('first load of a scenario link', () => {
  it('draws before the space-group tables load; the sites panel then has Wyckoff letters', async () => {
    const app = await openPage('?scn=k-alpha-mno2&x=0', undefined, WATCH_FIRST_FRAME);
    await waitForStructure(app.page, /K⁺ into/);
    await app.page.waitForFunction('window.__firstFrame !== undefined');
    const early = (await app.page.evaluate(FETCHES)) as { before: string[]; after: string[] };
    // The keyframes were read (each bundled CIF is a chunk of its own), the tables were not.
    expect(early.before.some((n) => /^k-alpha-mno2--empty-.*\.js$/.test(n))).toBe(true);
    expect(early.before.filter((n) => n.endsWith('.wasm'))).toEqual([]);
    await app.page.waitForFunction(
      `performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm'))`,
      undefined,
      { timeout: 30_000 },
    );
    // The keyframe read without the tables gets its Hall number when they arrive: the
    // framework at x = 0 (the empty keyframe) then has lettered sites, the tunnel's 2b first.
    await app.page.getByText('Sites & channels').click();
    const list = app.page.locator('.sites-panel .sites-list');
    await list.waitFor({ timeout: 30_000 });
    expect(await list.innerText()).toMatch(/2b · r \d\.\d\d Å · CN 8/);
    expectClean(app);
  });
});

describe('every bundled structure renders with its colours', () => {
  const cases: { id: string; expect: string[]; absent?: string[] }[] = [
    { id: 'alpha-MnO2', expect: ['manganese', 'oxygen'], absent: ['potassium'] },
    { id: 'K-hollandite', expect: ['manganese', 'oxygen', 'potassium'] },
    { id: 'beta-MnO2', expect: ['manganese', 'oxygen'] },
    { id: 'todorokite', expect: ['manganese', 'oxygen'] },
    { id: 'P2-NaNiMnO2', expect: ['manganese', 'oxygen', 'sodium'] },
    // The Ni/Mn site is drawn half Ni (grey), half Mn (violet), VESTA style.
    { id: 'O3-NaNiMnO2', expect: ['oxygen', 'sodium', 'manganese'] },
    { id: 'prussian-blue', expect: ['iron'], absent: ['sodium'] },
    { id: 'prussian-white', expect: ['iron', 'sodium'] },
  ];
  let app: AppPage;
  beforeAll(async () => {
    app = await open();
    await waitForStructure(app.page);
  });
  for (const c of cases) {
    it(c.id, async () => {
      const button = app.page.locator(`[data-structure="${c.id}"]`);
      if ((await button.count()) === 0) throw new Error(`no picker entry for ${c.id}`);
      await button.click();
      await app.page.waitForFunction((id) => window.location.search.includes(`s=${id}`), c.id);
      await waitForStructure(app.page, (await button.innerText()).trim());
      await screenshot(app.page, `structure-${c.id}`);
      const stats = await canvasStats(app.page, HUE);
      expect(stats.coverage).toBeGreaterThan(0.05);
      for (const name of c.expect)
        expect(stats.hues[name], `${c.id}: ${name} visible`).toBeGreaterThan(20);
      for (const name of c.absent ?? []) expect(stats.hues[name], `${c.id}: no ${name}`).toBe(0);
      expectClean(app);
    });
  }
});

describe('inspecting an atom', () => {
  it('a click on an O atom fills the inspector with its site and neighbours', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=001');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    const stats = await canvasStats(app.page, HUE);
    const at = stats.firstAt.oxygen;
    if (!at) throw new Error('no oxygen pixel to click');
    await app.page.mouse.click(at.x, at.y + 3);
    const inspector = app.page.locator('.inspector');
    await inspector.getByText(/selected atom/i).waitFor();
    // The letter comes with the space-group tables (loaded after the first frame, or now).
    await inspector.getByText('8h').waitFor({ timeout: 30_000 });
    const text = await inspector.innerText();
    expect(text).toMatch(/O[12]\s+O²⁻/);
    expect(text).toMatch(/nearest neighbours/i);
    // The first neighbours of an O in α-MnO2 are Mn at 1.88–1.95 Å.
    const first = text.match(/Mn\d?\s+Mn\s+(\d\.\d+) Å/);
    expect(first).not.toBeNull();
    expect(Number(first?.[1])).toBeGreaterThan(1.85);
    expect(Number(first?.[1])).toBeLessThan(1.96);
    await screenshot(app.page, 'inspector-O');
    expectClean(app);
  });
});

describe('opening files', () => {
  it('a broken CIF from the file picker shows file, line and reason, and keeps the view', async () => {
    const app = await open();
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await app.page.setInputFiles('input[type=file]', path.join(FIXTURES, 'broken.cif'));
    const notice = app.page.locator('.notice-error').first();
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/broken\.cif:9: .*quote/i);
    expect(await app.page.locator('.structure-info .title').innerText()).toBe(
      'α-MnO₂ (hollandite)',
    );
    const stats = await canvasStats(app.page, HUE);
    expect(stats.hues.manganese).toBeGreaterThan(500);
    await screenshot(app.page, 'broken-cif-error');
    expect(app.foreignRequests).toEqual([]);
  });

  it('a CIF dropped on the page is shown; a broken one dropped after it keeps it on screen', async () => {
    const app = await open();
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await dropFile(app, 'rocksalt-NaCl.cif');
    await app.page
      .locator('.structure-info .title')
      .filter({ hasText: 'rocksalt-NaCl.cif · NaCl' })
      .waitFor();
    await waitForStructure(app.page);
    expect(await app.page.locator('.structure-info').innerText()).toContain('Fm3m (225)');
    await dropFile(app, 'broken.cif');
    await app.page.locator('.notice-error').first().waitFor();
    expect(await app.page.locator('.notice-error').first().innerText()).toContain('broken.cif:9:');
    expect(await app.page.locator('.structure-info .title').innerText()).toBe(
      'rocksalt-NaCl.cif · NaCl',
    );
    const stats = await canvasStats(app.page, HUE);
    expect(stats.coverage).toBeGreaterThan(0.05);
    expectClean(app);
  });
});

describe('tunnel sizes', () => {
  it('labels the 2×2 and 1×1 tunnels looking down c, hides them side-on, and can be switched off', async () => {
    const app = await open('?s=alpha-MnO2&sc=2x2x1&view=001');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    const visible = (name: string) =>
      app.page.locator(`.tunnel-label[data-tunnel="${name}"]:not([hidden])`).count();
    // A 2×2 block labels the tunnels whose whole ring of walls it draws: 2×2 at (1,1) and the
    // four ½,½ copies; 1×1 at (1,½), (1,1½), (½,1), (1½,1). Copies on the faces and corners
    // (half a ring or a quarter) have none.
    await app.page.waitForFunction(
      () => document.querySelectorAll('.tunnel-label:not([hidden])').length > 0,
    );
    expect(await visible('2×2')).toBe(5);
    expect(await visible('1×1')).toBe(4);
    const chip = await app.page.locator('.tunnel-label[data-tunnel="2×2"]').first().innerText();
    expect(chip).toMatch(/2×2\s+5\.0 Å/);
    const table = await app.page.locator('.inspector table.tunnels').innerText();
    expect(table).toMatch(/2×2\s+c\s+5\.00 Å\s+2\.20 Å/);
    expect(table).toMatch(/1×1\s+c\s+3\.29 Å/);
    await screenshot(app.page, 'tunnel-labels-alpha-MnO2');

    await app.page.getByRole('button', { name: 'a', exact: true }).click();
    await app.page.waitForFunction(() => window.location.search.includes('view=100'));
    await app.page.waitForFunction(
      () => document.querySelectorAll('.tunnel-label:not([hidden])').length === 0,
    );

    await app.page.getByRole('button', { name: 'c', exact: true }).click();
    await app.page.getByLabel('Tunnel sizes').uncheck();
    await app.page.waitForFunction(() => window.location.search.includes('tunnels=0'));
    expect(await app.page.locator('.tunnel-label').count()).toBe(0);
    expectClean(app);
  });

  it('in K-hollandite the 2×2 labels leave the K⁺ in the tunnel visible', async () => {
    const app = await open('?s=K-hollandite&sc=2x2x1&view=001');
    await waitForStructure(app.page, 'K-hollandite KₓMn₈O₁₆');
    await app.page.waitForFunction(
      () => document.querySelectorAll('.tunnel-label:not([hidden])').length > 0,
    );
    const occupied = await app.page
      .locator('.tunnel-label')
      .evaluateAll((els) =>
        els.map((e) => [
          (e as HTMLElement).dataset.tunnel,
          'occupied' in (e as HTMLElement).dataset,
        ]),
      );
    expect(occupied.filter(([name, o]) => name === '2×2' && o)).toHaveLength(5);
    expect(occupied.filter(([name, o]) => name === '1×1' && o)).toHaveLength(0);
    expect((await canvasStats(app.page, HUE)).hues.potassium).toBeGreaterThan(20);
    // K on 2b is 0.665 occupied: drawn with a white sector, and the panel says why.
    expect(await app.page.getByTestId('sector-legend').innerText()).toMatch(/white sector/);
    await screenshot(app.page, 'tunnel-labels-K-hollandite');
    expectClean(app);
  });

  it('labels the 3×3 tunnel of todorokite down b, and none on a layered oxide', async () => {
    const app = await open('?s=todorokite&sc=2x1x2&view=010');
    await waitForStructure(app.page, 'Todorokite (3×3)');
    // The 3×3 through x = z = ½ (2×2 copies, each ringed by four whole triple chains, those
    // along the block's faces included); of the 1×1 at the chain junctions x = z = 0, only the
    // middle one: the others, on the faces and corners, have half their walls or none drawn.
    const visible = (name: string) =>
      app.page.locator(`.tunnel-label[data-tunnel="${name}"]:not([hidden])`).count();
    await app.page.waitForFunction(
      () => document.querySelectorAll('.tunnel-label:not([hidden])').length > 0,
    );
    expect(await visible('3×3')).toBe(4);
    expect(await visible('1×1')).toBe(1);
    // The middle junction is where the four 3×3 tunnels meet: its label at their labels' mean.
    const centres = (name: string) =>
      app.page.locator(`.tunnel-label[data-tunnel="${name}"]:not([hidden])`).evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        }),
      );
    const big = await centres('3×3');
    const [junction] = await centres('1×1');
    for (const k of [0, 1]) {
      const mean = big.reduce((sum, c) => sum + c[k], 0) / big.length;
      expect(Math.abs(junction[k] - mean)).toBeLessThan(3);
    }
    // The four 3×3 labels sit at the corners of a parallelogram around it, one per quadrant.
    const quadrants = new Set(
      big.map(([x, y]) => `${Math.sign(x - junction[0])},${Math.sign(y - junction[1])}`),
    );
    expect(quadrants.size).toBe(4);
    expect(await app.page.locator('.tunnel-label[data-tunnel="3×3"]').first().innerText()).toMatch(
      /3×3\s+7\.9 Å/,
    );
    await screenshot(app.page, 'tunnel-labels-todorokite');
    await app.page.locator('[data-structure="P2-NaNiMnO2"]').click();
    await waitForStructure(app.page, /P2-Na/);
    expect(await app.page.locator('.tunnel-label').count()).toBe(0);
    expect(await app.page.getByLabel('Tunnel sizes').count()).toBe(0);
    expectClean(app);
  });
});

describe('tunnel labels for a file of your own', () => {
  it('a dropped ramsdellite CIF (no catalogue entry) gets its 1×2 tunnels labelled down b', async () => {
    const app = await open('?sc=2x1x2&view=010');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    const text = readFileSync(path.join(ROOT, 'structures/ramsdellite.cif'), 'utf8');
    await dropText(app, 'my-ramsdellite.cif', text);
    await app.page.getByText('my-ramsdellite.cif').first().waitFor();
    await waitForStructure(app.page);
    // 1×2 through (x, z) = (0, ½) and (½, 0): of their 3×2 and 2×3 copies in the 2×1×2 block,
    // the four inside it, (1, ½), (1, 1½), (½, 1), (1½, 1), are ringed by whole double chains.
    await app.page.waitForFunction(
      () =>
        document.querySelectorAll('.tunnel-label[data-tunnel="1×2"]:not([hidden])').length === 4,
    );
    expect(await app.page.locator('.tunnel-label:not([data-tunnel="1×2"])').count()).toBe(0);
    // The free sphere (Df ≈ 0.55 Å) plus two O²⁻ radii.
    expect(await app.page.locator('.tunnel-label').first().innerText()).toMatch(/1×2\s+3\.3 Å/);
    expect(await app.page.locator('.inspector table.tunnels').innerText()).toMatch(
      /1×2\s+b\s+3\.3\d Å\s+0\.5\d Å/,
    );
    await screenshot(app.page, 'tunnel-labels-user-ramsdellite');
    expectClean(app);
  });
});

describe('the URL is the view', () => {
  it('restores structure, supercell, view and style from the link, and keeps them on reload', async () => {
    const app = await open('?s=beta-MnO2&sc=3x2x1&view=100&style=ball-and-stick');
    await waitForStructure(app.page, 'β-MnO₂ (pyrolusite)');
    const inputs = app.page.locator('.supercell input');
    expect(
      await inputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['3', '2', '1']);
    expect(await app.page.locator('#view-heading').innerText()).toContain('[100]');
    expect(
      await app.page.getByRole('button', { name: 'Ball & stick' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await screenshot(app.page, 'url-beta-MnO2-3x2x1-100');
    await app.page.reload();
    await waitForStructure(app.page, 'β-MnO₂ (pyrolusite)');
    expect(app.page.url()).toContain('sc=3x2x1');
    expect(app.page.url()).toContain('view=100');
    expectClean(app);
  });

  it('looking down c, the c label is marked ⊙ and kept clear of the a and b labels', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=001');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    const labels = await app.page.locator('.axis-label').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const el = e as HTMLElement;
        return {
          axis: el.dataset.axis,
          endOn: el.dataset.endOn ?? null,
          r: [r.left, r.top, r.right, r.bottom],
        };
      }),
    );
    const byAxis = Object.fromEntries(labels.map((l) => [l.axis, l]));
    expect(byAxis.c.endOn).toBe('toward');
    expect(byAxis.a.endOn).toBeNull();
    expect(byAxis.b.endOn).toBeNull();
    const overlap = (p: number[], q: number[]) =>
      p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
    for (const [p, q] of [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ])
      expect(overlap(byAxis[p].r, byAxis[q].r), `${p} and ${q} labels overlap`).toBe(false);
    await screenshot(app.page, 'axis-labels-down-c');
    expectClean(app);
  });

  it('a bad parameter is named in a notice and the rest of the link still works', async () => {
    const app = await open('?s=K-hollandite&sc=2x2&view=xyz');
    await waitForStructure(app.page, 'K-hollandite KₓMn₈O₁₆');
    const notices = await app.page.locator('.notice').allInnerTexts();
    expect(notices.join('\n')).toContain('sc="2x2"');
    expect(notices.join('\n')).toContain('view="xyz"');
    expectClean(app);
  });

  it('a supercell above the cap is refused with its size, and the old one stays', async () => {
    const app = await open('?s=prussian-blue&sc=1x1x1');
    await waitForStructure(app.page, /Prussian blue/);
    const inputs = app.page.locator('.supercell input');
    for (let k = 0; k < 3; k++) await inputs.nth(k).fill('20');
    const notice = app.page.locator('.notice-error').last();
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(
      /20×20×\d+ would draw [\d,]+ atoms; the cap is 200,000/,
    );
    const values = await inputs.evaluateAll((els) =>
      els.map((e) => Number((e as HTMLInputElement).value)),
    );
    expect(values.some((v) => v < 20)).toBe(true);
    expect((await canvasStats(app.page, HUE)).hues.iron).toBeGreaterThan(20);
    expectClean(app);
  });
});

async function dropFile(app: AppPage, name: string) {
  await dropText(app, name, readFileSync(path.join(FIXTURES, name), 'utf8'));
}

async function dropText(app: AppPage, name: string, text: string) {
  await app.page.evaluate(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    },
    { name, text },
  );
}

describe('slides and embedding', () => {
  it('embed=1 shows the view alone, full width', async () => {
    const app = await open('?s=alpha-MnO2&embed=1');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    expect(await app.page.locator('.sidebar').isVisible()).toBe(false);
    expect(await app.page.locator('.details').isVisible()).toBe(false);
    expect(await app.page.locator('.topbar').isVisible()).toBe(false);
    const canvas = await app.page.locator('canvas').boundingBox();
    expect(canvas?.width).toBeGreaterThan(1300);
    expect((await canvasStats(app.page, HUE)).hues.manganese).toBeGreaterThan(500);
    await screenshot(app.page, 'embed-alpha-MnO2');
    expectClean(app);
  });

  it('Export → Save PNG downloads the view as a PNG', async () => {
    const app = await open('?s=beta-MnO2');
    await waitForStructure(app.page, 'β-MnO₂ (pyrolusite)');
    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    await app.page.locator('.export-panel').getByLabel('1×', { exact: true }).check();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Save PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tunnelscope-beta-MnO2-001.png');
    const file = await download.path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    expectClean(app);
  });
});
