/**
 * Insertion scenarios in real Chromium: playing changes the picture, the readout at a linked x
 * agrees with the inspect command, the keyboard scrubs, and nothing errors or leaves the page.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  type AppPage,
  canvasStats,
  pagesForThisFile,
  ROOT,
  screenshot,
  waitForStructure,
} from './harness';

// K⁺ ff9900 in the default (teaching) palette.
const POTASSIUM: Record<string, [number, number]> = { potassium: [28, 44] };
const SODIUM: Record<string, [number, number]> = { sodium: [45, 60] };

const openPage = pagesForThisFile();

async function open(search: string, init?: string) {
  const app = await openPage(search, undefined, init);
  await app.page.getByTestId('readout-x').waitFor({ timeout: 60_000 });
  await waitForStructure(app.page);
  return app;
}

/** Counts history writes, and those made inside an animation frame's callbacks. */
const COUNT_URL_WRITES = `(() => {
  const w = { all: 0, inFrame: 0 };
  window.__urlWrites = w;
  let depth = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) =>
    raf((ts) => {
      depth++;
      try {
        return cb(ts);
      } finally {
        depth--;
      }
    });
  for (const name of ['replaceState', 'pushState']) {
    const original = history[name];
    history[name] = function (...args) {
      w.all++;
      if (depth > 0) w.inFrame++;
      return original.apply(this, args);
    };
  }
})()`;

const readX = (app: AppPage) => app.page.getByTestId('readout-x').innerText().then(Number);

function inspect(file: string, x: number) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/inspect.ts', file, '--x', String(x)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as {
    lattice: Record<string, number>;
    composition: Record<string, number>;
  };
}

describe('K⁺ into α-MnO2', () => {
  it('the readout at x from the link matches the inspect command', async () => {
    const app = await open('?scn=k-alpha-mno2&x=0.8');
    expect(await readX(app)).toBeCloseTo(0.8, 6);
    const expected = inspect('structures/k-alpha-mno2.scenario.json', 0.8);
    for (const axis of ['a', 'b', 'c'] as const) {
      const shown = Number.parseFloat(await app.page.getByTestId(`readout-${axis}`).innerText());
      expect(shown).toBeCloseTo(expected.lattice[axis], 3);
    }
    expect(await app.page.getByTestId('readout-formula').innerText()).toBe('K₀.₈Mn₈O₁₆');
    expect(await app.page.getByTestId('scenario-caption').innerText()).toMatch(/interpolated/);
    // The a and b labels sit at the ends of the 9.8 Å cell edges, not bunched at the origin
    // (they were once placed with the lattice of the frame before the first one).
    const at = await app.page.locator('.axis-label').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
      }),
    );
    expect(Math.hypot(at[0][0] - at[1][0], at[0][1] - at[1][1])).toBeGreaterThan(150);
    // The caption sits below the view, never over the structure.
    const [caption, canvas] = await Promise.all(
      [app.page.getByTestId('scenario-caption'), app.page.locator('canvas')].map((l) =>
        l.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      ),
    );
    expect(caption.top).toBeGreaterThanOrEqual(canvas.bottom - 1);
    await screenshot(app.page, 'scenario-k-x0.8');
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('playing fills the tunnels: no K at x = 0, K visible and x at the end after playing', async () => {
    const app = await open('?scn=k-alpha-mno2&x=0', COUNT_URL_WRITES);
    expect(await readX(app)).toBe(0);
    const before = await canvasStats(app.page, POTASSIUM);
    expect(before.hues.potassium).toBe(0);
    await app.page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '4×' });
    await app.page.getByRole('button', { name: '▶ Play' }).click();
    await app.page.waitForTimeout(800);
    const midway = await readX(app);
    expect(midway).toBeGreaterThan(0);
    await app.page.getByRole('button', { name: '▶ Play' }).waitFor({ timeout: 30_000 }); // stops at the end
    expect(await readX(app)).toBeCloseTo(1.42, 6);
    await app.page.waitForFunction(() => window.location.search.includes('x=1.42'));
    // The link followed x while playing, but never from inside a frame (the frame loop
    // moves x; the write waits for an idle moment).
    const writes = (await app.page.evaluate('window.__urlWrites')) as Record<string, number>;
    expect(writes.all).toBeGreaterThan(1);
    expect(writes.inFrame).toBe(0);
    const after = await canvasStats(app.page, POTASSIUM);
    expect(after.hues.potassium).toBeGreaterThan(100);
    await screenshot(app.page, 'scenario-k-played');
    expect(app.errors).toEqual([]);
  });

  it('the keyboard scrubs: End, Home, arrows, Shift+arrow to keyframes, space plays', async () => {
    const app = await open('?scn=k-alpha-mno2&x=0.5');
    await app.page.locator('h1').click(); // focus the page, not a control
    await app.page.keyboard.press('End');
    expect(await readX(app)).toBeCloseTo(1.42, 6);
    await app.page.keyboard.press('Home');
    expect(await readX(app)).toBe(0);
    await app.page.keyboard.press('ArrowRight');
    expect(await readX(app)).toBeCloseTo(0.0142, 3);
    await app.page.keyboard.press('Shift+ArrowRight');
    expect(await readX(app)).toBeCloseTo(1.42, 6);
    await app.page.keyboard.press('Shift+ArrowLeft');
    expect(await readX(app)).toBe(0);
    await app.page.keyboard.press(' ');
    await app.page.getByRole('button', { name: '❚❚ Pause' }).waitFor();
    await app.page.waitForFunction(
      () => Number(document.querySelector('[data-testid="readout-x"]')?.textContent) > 0,
    );
    await app.page.keyboard.press(' ');
    await app.page.getByRole('button', { name: '▶ Play' }).waitFor();
    expect(await readX(app)).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });
});

describe('layered and framework scenarios', () => {
  it('Na⁺ out of P2: the c axis contracts and Na leaves as x falls', async () => {
    const full = await open('?scn=na-p2-o2');
    expect(await readX(full)).toBeCloseTo(0.6667, 3);
    const naFull = (await canvasStats(full.page, SODIUM)).hues.sodium;
    const c0 = Number.parseFloat(await full.page.getByTestId('readout-c').innerText());
    const empty = await open('?scn=na-p2-o2&x=0');
    const naEmpty = (await canvasStats(empty.page, SODIUM)).hues.sodium;
    const c1 = Number.parseFloat(await empty.page.getByTestId('readout-c').innerText());
    expect(naFull).toBeGreaterThan(50);
    expect(naEmpty).toBe(0);
    expect(c1).toBeLessThan(c0 * 0.85);
    await screenshot(empty.page, 'scenario-p2-o2-x0');
    expect(full.errors).toEqual([]);
    expect(empty.errors).toEqual([]);
  });

  it('every bundled scenario opens from the picker and draws', async () => {
    const app = await open('?scn=k-alpha-mno2');
    for (const id of ['li-alpha-mno2', 'na-p2-o2', 'na-o3-p3', 'na-pb-pw', 'k-alpha-mno2']) {
      await app.page.locator(`[data-scenario="${id}"]`).click();
      await app.page.waitForFunction((id) => window.location.search.includes(`scn=${id}`), id);
      await waitForStructure(app.page);
      const stats = await canvasStats(app.page, {});
      expect(stats.coverage, id).toBeGreaterThan(0.05);
      // The lattice chart's labels lie whole inside it (P2 → O2's −20.3 % lost its minus).
      const labels = await app.page.$$eval('.lattice-chart text', (texts) =>
        texts.map((t) => {
          const box = (t as SVGTextElement).getBBox();
          const width = (t.closest('svg') as SVGSVGElement).viewBox.baseVal.width;
          return { text: t.textContent, left: box.x, right: width - box.x - box.width };
        }),
      );
      expect(labels.length, id).toBe(4);
      for (const l of labels) {
        expect(l.left, `${id} ${l.text}`).toBeGreaterThanOrEqual(0);
        expect(l.right, `${id} ${l.text}`).toBeGreaterThanOrEqual(0);
      }
      await screenshot(app.page, `scenario-${id}`);
    }
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});

describe('inspecting during a scenario', () => {
  it('a click on a K⁺ ion in its tunnel shows its site and the 8 O around it', async () => {
    const app = await open('?scn=k-alpha-mno2&x=1.42&view=001&sc=2x2x2');
    const stats = await canvasStats(app.page, POTASSIUM);
    const at = stats.firstAt.potassium;
    if (!at) throw new Error('no K⁺ pixel to click');
    await app.page.mouse.click(at.x, at.y + 4);
    const panel = app.page.getByTestId('scenario-atom');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toMatch(/K1\s+K⁺/);
    const oxygen = [...text.matchAll(/O\d\s+O\s+(\d\.\d+) Å/g)].map((m) => Number(m[1]));
    expect(oxygen.length).toBeGreaterThanOrEqual(8);
    // K–O in the 2×2 tunnel: 8 O at ≈ 2.9 Å (Shannon r(K⁺, VIII) + r(O²⁻) = 2.91 Å).
    for (const d of oxygen.slice(0, 8)) {
      expect(d).toBeGreaterThan(2.7);
      expect(d).toBeLessThan(3.1);
    }
    await screenshot(app.page, 'scenario-inspect-K');
    expect(app.errors).toEqual([]);
  });
});

describe('tunnel names during a scenario', () => {
  it('names the interior 2×2 and 1×1 tunnels of the K⁺ scenario, without widths', async () => {
    const app = await open('?scn=k-alpha-mno2&x=0.7');
    await app.page.waitForFunction(
      () => document.querySelectorAll('.tunnel-label:not([hidden])').length > 0,
    );
    const labels = await app.page
      .locator('.tunnel-label:not([hidden])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
    // The default 2×2×4 block: five 2×2 and four 1×1 tunnels away from its faces.
    expect(labels.filter((t) => t === '2×2')).toHaveLength(5);
    expect(labels.filter((t) => t === '1×1')).toHaveLength(4);
    expect(labels.join(' ')).not.toContain('Å'); // the width changes with x: not shown
    await app.page.getByLabel('Tunnel sizes').uncheck();
    await app.page.waitForFunction(() => document.querySelectorAll('.tunnel-label').length === 0);
    expect(app.errors).toEqual([]);
  });

  it('names the tunnels of the Li⁺ scenario’s monoclinic host, found along b', async () => {
    const app = await open('?scn=li-alpha-mno2&x=2');
    await app.page.waitForFunction(
      () => document.querySelectorAll('.tunnel-label:not([hidden])').length > 0,
    );
    const labels = await app.page
      .locator('.tunnel-label:not([hidden])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
    // I2/m (a_t, −c_t, b_t), the 2×2×2 block down b: as in the K⁺ scenario, 5 and 4 inside.
    expect(labels.filter((t) => t === '2×2')).toHaveLength(5);
    expect(labels.filter((t) => t === '1×1')).toHaveLength(4);
    expect(new URL(app.page.url()).searchParams.get('view')).toBe('010');
    expect(app.errors).toEqual([]);
  });
});

describe('on a 1024×768 projector', () => {
  it('the panels, the view and the whole timeline fit without scrolling sideways', async () => {
    const app = await open('?scn=k-alpha-mno2&x=0.8');
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await app.page.waitForTimeout(300); // one resize → layout → frame
    const layout = await app.page.evaluate(() => {
      const right = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().right;
      return {
        scrollWidth: document.documentElement.scrollWidth,
        details: right('.details'),
        saveImage: right('.topbar-actions'),
        mode: [...document.querySelectorAll('.timeline select')].map(
          (e) => e.getBoundingClientRect().right,
        ),
        chart: right('.lattice-chart'),
        canvas: document.querySelector('canvas')?.getBoundingClientRect().width,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(1024);
    for (const r of [layout.details, layout.saveImage, layout.chart, ...layout.mode])
      expect(r).toBeLessThanOrEqual(1024);
    expect(layout.canvas).toBeGreaterThan(450);
    await expect(app.page.getByRole('button', { name: '▶ Play' }).isVisible()).resolves.toBe(true);
    await screenshot(app.page, 'projector-1024x768');
    expect(app.errors).toEqual([]);
  });
});
