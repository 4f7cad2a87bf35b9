/**
 * A lecture hall: at 1280×720 and 1024×768 the controls are on screen, the panels fold away
 * (the view takes their width), labels are large enough to read from the back, space groups
 * are typeset, and an embedded scenario keeps its readout (controls=0 drops the timeline).
 * One page, navigated between the cases.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, screenshot, waitForFrame, waitForStructure } from './harness';

const open = pagesForThisFile();

/** The selectors a lecturer reaches for, and where each must be fully on screen. */
const CONTROLS = [
  '.panels-toggle',
  '[data-structure="alpha-MnO2"]',
  '[data-scenario="na-pb-pw"]',
  '#view-heading',
  'section[aria-labelledby="view-heading"] .segmented button >> nth=0',
  'section[aria-labelledby="view-heading"] .segmented button >> nth=4',
  'button:has-text("Reset")',
  '[aria-label="Repeats along a"]',
  '[aria-label="Repeats along c"]',
];

async function offScreen(page: Page, selectors: readonly string[]) {
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport');
  const out: string[] = [];
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox();
    if (
      !box ||
      box.x < 0 ||
      box.y < 0 ||
      box.x + box.width > size.width + 0.5 ||
      box.y + box.height > size.height + 0.5
    )
      out.push(`${selector} at ${JSON.stringify(box)}`);
  }
  return out;
}

/** Rendered font size in CSS px: computed size times the zoom and SVG scale above it. */
function shownFontPx(selector: string): number[] {
  return [...document.querySelectorAll<Element>(selector)].map((el) => {
    const px = Number.parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
    let zoom = 1;
    for (let e: Element | null = el; e; e = e.parentElement)
      zoom *= Number(getComputedStyle(e).zoom) || 1;
    return px * scale * zoom;
  });
}

async function go(page: Page, search: string) {
  await page.goto(new URL(`/${search}`, page.url()).href);
}

describe('layout for a hall', () => {
  it('controls on screen, panels fold away, labels large, symbols typeset, embed readout', async () => {
    const app = await open('?s=beta-MnO2');
    const { page } = app;

    // 1280×720, a structure: every control on screen, tunnel labels and the symbol typeset.
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForStructure(page, 'β-MnO₂ (pyrolusite)');
    expect(await offScreen(page, CONTROLS)).toEqual([]);
    expect(await page.getByTestId('space-group').innerText()).toBe('P4₂/mnm');
    await page.locator('.tunnel-label').first().waitFor();
    const tunnelPx = await page.evaluate(shownFontPx, '.tunnel-label, .tunnel-label small');
    expect(tunnelPx.length).toBeGreaterThan(2);
    expect(Math.min(...tunnelPx)).toBeGreaterThanOrEqual(14);
    const axisPx = await page.evaluate(shownFontPx, '.axis-label');
    expect(Math.min(...axisPx)).toBeGreaterThanOrEqual(14);
    await screenshot(page, 'hall-1280x720-beta-MnO2');

    // The Panels button folds both side panels; the view takes the width; a reload keeps it.
    const canvasWidth = () =>
      page.evaluate(() => document.querySelector('canvas')?.getBoundingClientRect().width ?? 0);
    const before = await canvasWidth();
    await page.locator('.panels-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.details').isVisible()).toBe(false);
    expect(await page.locator('.panels-toggle').getAttribute('aria-expanded')).toBe('false');
    await expect.poll(canvasWidth).toBeGreaterThan(before + 500);
    await page.reload();
    await waitForStructure(page, 'β-MnO₂ (pyrolusite)');
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    await page.locator('.panels-toggle').click();
    await expect.poll(() => page.locator('.sidebar').isVisible()).toBe(true);
    await expect.poll(canvasWidth).toBeLessThan(before + 1);

    // Another structure from the picker: the rotoinversion bar is drawn over the 3.
    await page.locator('[data-structure="prussian-blue"]').click();
    await waitForStructure(page, /Prussian blue/);
    const bar = page.locator('[data-testid="space-group"] .overbar');
    expect(await bar.innerText()).toBe('3');
    expect(await bar.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain(
      'overline',
    );
    expect(await page.getByTestId('space-group').innerText()).toBe('Fm3m');

    // 1280×720, the K⁺ scenario: chart labels at 14 px or more, the timeline on screen.
    await go(page, '?scn=k-alpha-mno2');
    await waitForStructure(page);
    expect(await page.locator('.structure-info .title .formula').innerText()).toBe('MnO₂');
    const chartPx = await page.evaluate(shownFontPx, '.lattice-chart text, .chart-legend li');
    expect(chartPx.length).toBeGreaterThanOrEqual(8);
    expect(Math.min(...chartPx)).toBeGreaterThanOrEqual(14);
    expect(await page.locator('.chart-swatch').count()).toBe(4);
    expect(await offScreen(page, [...CONTROLS, '.timeline .play', '[aria-label="x"]'])).toEqual([]);
    await screenshot(page, 'hall-1280x720-k-alpha-MnO2');

    // 1024×768: the same controls on screen, for the scenario and a structure.
    await page.setViewportSize({ width: 1024, height: 768 });
    await waitForFrame(page);
    expect(await offScreen(page, [...CONTROLS, '.timeline .play', '[aria-label="x"]'])).toEqual([]);
    await screenshot(page, 'hall-1024x768-k-alpha-MnO2');
    await go(page, '?s=alpha-MnO2');
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    expect(await offScreen(page, CONTROLS)).toEqual([]);
    expect(await page.getByTestId('space-group').innerText()).toBe('I4/m');
    await screenshot(page, 'hall-1024x768-alpha-MnO2');

    // embed=1: the view, the timeline and a one-line readout; controls=0 drops the timeline.
    await go(page, '?scn=k-alpha-mno2&embed=1&x=0.5');
    await waitForStructure(page);
    await expect.poll(() => page.getByTestId('compact-x').innerText()).toBe('0.5');
    expect(await page.getByTestId('compact-readout').innerText()).toContain('K₀.₅Mn₈O₁₆');
    expect(await page.locator('.timeline').isVisible()).toBe(true);
    await go(page, '?scn=k-alpha-mno2&embed=1&controls=0&x=0.5');
    await waitForStructure(page);
    await expect.poll(() => page.getByTestId('compact-x').innerText()).toBe('0.5');
    expect(await page.locator('.timeline').count()).toBe(0);
    expect(await page.getByTestId('compact-readout').isVisible()).toBe(true);
    await screenshot(page, 'hall-embed-controls-0');

    // A bad value is named in a notice; the rest of the link works.
    await go(page, '?s=alpha-MnO2&controls=maybe');
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    expect(await page.locator('.notice').innerText()).toContain('controls');

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
