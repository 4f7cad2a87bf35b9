/**
 * Keyboard and screen-reader use: axe-core finds no serious or critical violation in the main
 * states (a structure, the K⁺ scenario, the lesson panel, presentation mode, the microscope
 * panel, the sites panel); the 3D view is reached with Tab, named for what it shows, turns with
 * the arrow keys and zooms with + while the link follows; a click on the view leaves the arrow
 * keys to the timeline; a selected atom is announced; the page loads with no console warning.
 *
 * Rules run: every axe-core rule tagged wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa or
 * best-practice (none disabled). Violations of impact "serious" or "critical" fail the test.
 */
import AxeBuilder from '@axe-core/playwright';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  type AppPage,
  canvasStats,
  pagesForThisFile,
  screenshot,
  waitForFrame,
  waitForStructure,
} from './harness';

const open = pagesForThisFile();

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);
const VIEW = '[data-view-focus]';

/** The serious and critical violations, one line each (rule, impact, first offending nodes). */
async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

async function canvasPng(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('canvas').screenshot());
}

function differingShare(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  return (
    pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 }) / (a.width * a.height)
  );
}

/** Presses Tab until the element matching `selector` has focus (from the keyboard). */
async function tabTo(page: Page, selector: string) {
  for (let k = 0; k < 200; k++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
      return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const viewLabel = (page: Page) => page.locator(VIEW).getAttribute('aria-label');
const announced = (page: Page) => page.getByTestId('view-announcer').innerText();

let app: AppPage;

async function goto(search: string) {
  if (app) {
    await app.page.goto(new URL(`/${search}`, app.page.url()).href);
    return;
  }
  app = await open(search);
  // Tall enough that every panel of the side bars is on screen: axe can judge the contrast of
  // text only where it is painted, not below the fold of a scrolled panel.
  await app.page.setViewportSize({ width: 1400, height: 1700 });
}

describe('keyboard and screen readers', () => {
  it('loads with no console warning; the view is named, reached with Tab, turned and zoomed by keys', async () => {
    await goto('?s=alpha-MnO2&sc=1x1x1&view=001');
    const { page } = app;
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    expect(app.warnings).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(await viewLabel(page)).toBe(
      '3D view of α-MnO₂ (hollandite), looking down [0 0 1], supercell 1 × 1 × 1, polyhedra, orthographic',
    );
    expect(await page.locator(VIEW).getAttribute('role')).toBe('application');
    expect(await blockingViolations(page)).toEqual([]);

    await tabTo(page, VIEW);
    expect(await page.locator(VIEW).evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    const ring = await page
      .locator(VIEW)
      .evaluate((el) => getComputedStyle(el, '::after').borderTopWidth);
    expect(ring).toBe('2px');
    await page.locator('#view-keys').waitFor({ state: 'visible' });
    expect(await page.locator('#view-keys').innerText()).toMatch(/rotate.*zoom/);
    await screenshot(page, 'a11y-view-focus');

    const before = await canvasPng(page);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(page, 'view'), { timeout: 10_000 }).not.toBe('001');
    await waitForFrame(page);
    const after = await canvasPng(page);
    expect(differingShare(before, after)).toBeGreaterThan(0.01);
    // The name follows, and the change is announced.
    await expect.poll(() => viewLabel(page)).not.toContain('[0 0 1]');
    expect(await announced(page)).toMatch(/^3D view of α-MnO₂ \(hollandite\), looking down \[/);

    await page.keyboard.press('+');
    await expect.poll(() => Number(param(page, 'zoom')), { timeout: 10_000 }).toBeCloseTo(1.25, 2);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => Number(param(page, 'zoom')), { timeout: 10_000 }).toBeCloseTo(0.8, 2);
    // 0 goes back to the chosen direction, as Reset does.
    await page.keyboard.press('0');
    await expect.poll(() => param(page, 'view'), { timeout: 10_000 }).toBe('001');
    expect(app.errors).toEqual([]);
  });

  it('a clicked atom is announced', async () => {
    const { page } = app;
    await page.locator(VIEW).blur();
    await waitForFrame(page);
    const stats = await canvasStats(page, { oxygen: [350, 10] });
    const at = stats.firstAt.oxygen;
    if (!at) throw new Error('no oxygen pixel to click');
    await page.mouse.click(at.x, at.y + 3);
    await expect
      .poll(() => announced(page))
      .toMatch(/^Selected atom O\d, O²⁻, Wyckoff site 8h, at x/);
    expect(await announced(page)).toMatch(/nearest Mn\d? at 1\.\d\d Å\.$/);
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('in the K⁺ scenario the arrows nudge x unless the view was reached with Tab', async () => {
    await goto('?scn=k-alpha-mno2');
    const { page } = app;
    await page.getByTestId('readout-x').waitFor({ timeout: 60_000 });
    await waitForStructure(page);
    expect(await viewLabel(page)).toMatch(
      /^3D view of insertion scenario K⁺ into .*α-MnO2.*supercell/,
    );
    expect(await blockingViolations(page)).toEqual([]);

    const x = () => page.getByTestId('readout-x').innerText().then(Number);
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + 20, box.y + box.height - 20);
    const view = param(page, 'view');
    const x0 = await x();
    await page.keyboard.press('ArrowRight');
    await expect.poll(x).toBeGreaterThan(x0);
    expect(param(page, 'view')).toBe(view);

    await tabTo(page, VIEW);
    const x1 = await x();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(page, 'view'), { timeout: 10_000 }).not.toBe(view);
    expect(await x()).toBe(x1);
    expect(app.errors).toEqual([]);
  });

  it('a dropdown shows the same 2 px focus ring as a button', async () => {
    const { page } = app;
    await tabTo(page, '.timeline select');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    expect(outline).toBe('solid 2px');
    await screenshot(page, 'a11y-select-focus');
  });

  it('the lesson panel and presentation mode have no serious violations', async () => {
    await goto('?lesson=mno2-tunnels&step=1');
    const { page } = app;
    await page.locator('.lesson-panel').waitFor();
    await waitForFrame(page);
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.locator('.presentation-caption').waitFor();
    await waitForFrame(page);
    expect(await blockingViolations(page)).toEqual([]);
    await screenshot(page, 'a11y-presentation');
  });

  it('the microscope and the sites panels have no serious violations', async () => {
    await goto('?s=alpha-MnO2&tem=stem,saed,xrd');
    const { page } = app;
    await waitForStructure(page);
    await page.locator('.microscope-xrd[data-peaks]').waitFor({ timeout: 60_000 });
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByText('Sites & channels').click();
    await page.locator('table.channels').waitFor({ timeout: 60_000 });
    expect(await blockingViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
