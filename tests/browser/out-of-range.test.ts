/**
 * Values out of range get a notice like any other bad value, and never a dead view: x beyond
 * the scenario's range in a link, supercell repeats of 0, negative, fractional or empty (in a
 * link or typed; the field says why and keeps the last good value), and a linked supercell
 * over the atom cap, which shows the largest block under the cap and stays editable.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasStats, type HueRange, pagesForThisFile, waitForStructure } from './harness';

const open = pagesForThisFile();
const IRON: Record<string, HueRange> = { iron: [205, 230] }; // Fe in Prussian blue
const showing = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('main.stage')?.dataset.showing ?? '');
const repeats = (page: Page) =>
  page
    .locator('.supercell input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('out-of-range values', () => {
  it('x beyond the scenario range in a link: a notice, and the scenario at its first x', async () => {
    const app = await open('?scn=k-alpha-mno2&x=5');
    const { page } = app;
    await page.getByTestId('readout-x').waitFor({ timeout: 60_000 });
    await waitForStructure(page);
    const notice = page.locator('.notice', { hasText: 'x=5' });
    expect(await notice.innerText()).toContain(
      "Ignored URL parameter x=5: outside this scenario's range, x = 0 to 1.42; showing x = 0.",
    );
    expect(Number(await page.getByTestId('readout-x').innerText())).toBe(0);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('x') === '0');
    expect(app.errors).toEqual([]);
  });

  it('repeats of 0, negative, fractional or empty: in a link, and typed in the field', async () => {
    const app = await open('?s=beta-MnO2&sc=3x0x2');
    const { page } = app;
    await waitForStructure(page, /β-MnO₂/);
    expect(await page.locator('.notice', { hasText: 'sc="3x0x2"' }).innerText()).toContain(
      'b: 0 is less than 1; each repeat must be a whole number, at least 1 and at most 20',
    );
    expect(await repeats(page)).toEqual(['3', '3', '2']); // β-MnO₂'s own default
    const before = await showing(page);
    const b = page.getByLabel('Repeats along b');
    const problem = page.locator('#supercell-problem');
    for (const [typed, why] of [
      ['0', '0 is less than 1'],
      ['-3', '-3 is less than 1'],
      ['1.5', '1.5 is not a whole number'],
      ['', 'empty'],
    ]) {
      await b.fill(typed);
      // While the field holds it, the field says why and nothing is rebuilt.
      expect(await problem.innerText()).toBe(
        `b: ${why}; each repeat must be a whole number, at least 1 and at most 20.`,
      );
      expect(await b.getAttribute('aria-invalid')).toBe('true');
      await b.press('Enter');
      // Committed: a notice, the last good value back in the field, the same view.
      await page.locator('.notice', { hasText: `Supercell b: ${why};` }).waitFor();
      expect(await b.inputValue()).toBe('3');
      expect(await problem.innerText()).toContain('kept 3');
      expect(await showing(page)).toBe(before);
    }
    expect(param(page, 'sc')).toBe('3x3x2');
    // A good value afterwards is applied and clears the message.
    await b.fill('1');
    await page.waitForFunction(() => window.location.search.includes('sc=3x1x2'));
    await waitForStructure(page, /β-MnO₂/);
    expect(await problem.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('an over-cap supercell in a link shows the largest block under the cap, and stays editable', async () => {
    const app = await open('?s=prussian-blue&sc=20x20x20');
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 560 }); // ~190k atoms: keep the frames small
    await waitForStructure(page, /Prussian blue/);
    const notice = await page.locator('.notice', { hasText: 'Supercell 20×20×20' }).innerText();
    expect(notice).toMatch(
      /would draw 472,361 atoms, above the cap of 200,000: showing 14×15×15 \(189,565 atoms\) instead\./,
    );
    expect(await repeats(page)).toEqual(['14', '15', '15']);
    await page.waitForFunction(() => window.location.search.includes('sc=14x15x15'));
    expect((await canvasStats(page, IRON)).hues.iron).toBeGreaterThan(20);
    const fitted = await showing(page);
    // Changing one repeat rebuilds from there.
    await page.getByLabel('Repeats along c').fill('1');
    await page.waitForFunction((key) => {
      const now = document.querySelector<HTMLElement>('main.stage')?.dataset.showing;
      return Boolean(now) && now !== key;
    }, fitted);
    await waitForStructure(page, /Prussian blue/);
    expect(await repeats(page)).toEqual(['14', '15', '1']);
    expect(param(page, 'sc')).toBe('14x15x1');
    expect((await canvasStats(page, IRON)).hues.iron).toBeGreaterThan(20);
    expect(await page.locator('.notice-error').count()).toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
