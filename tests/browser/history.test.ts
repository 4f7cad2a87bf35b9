/**
 * Back and forward: choosing a structure, a scenario or a style is a history entry, and Back
 * shows the previous view instead of leaving the app. Camera moves and x while playing
 * replace the current entry.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, waitForStructure } from './harness';

const open = pagesForThisFile();

const search = (page: Page) => new URLSearchParams(new URL(page.url()).search);
const historyLength = (page: Page) => page.evaluate(() => window.history.length);

describe('history', () => {
  it('Back and Forward step through structures, styles and scenarios', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1');
    const { page } = app;
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    const start = await historyLength(page);

    await page.locator('[data-structure=beta-MnO2]').click();
    await waitForStructure(page, /β-MnO₂/);
    await page.getByRole('button', { name: 'Ball & stick' }).click();
    await page.waitForFunction(() => window.location.search.includes('style=ball-and-stick'));
    await page.locator('[data-scenario=k-alpha-mno2]').click();
    await page.waitForSelector('[data-testid=readout-x]');
    await waitForStructure(page);
    // Turning the camera replaces the entry rather than adding one.
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /[?&]up=/.test(window.location.search));
    expect(await historyLength(page)).toBe(start + 3);

    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('[data-testid=readout-x]'));
    await waitForStructure(page, /β-MnO₂/);
    expect(search(page).get('s')).toBe('beta-MnO2');
    expect(search(page).get('style')).toBe('ball-and-stick');
    expect(
      await page.getByRole('button', { name: 'Ball & stick' }).getAttribute('aria-pressed'),
    ).toBe('true');

    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('style='));
    expect(await page.getByRole('button', { name: 'Polyhedra' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await page.goBack();
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    expect(search(page).get('s')).toBe('alpha-MnO2');
    expect(search(page).get('sc')).toBe('1x1x1');
    expect(new URL(page.url()).origin).not.toBe('null');

    await page.goForward();
    await waitForStructure(page, /β-MnO₂/);
    expect(search(page).get('s')).toBe('beta-MnO2');
    expect(await historyLength(page)).toBe(start + 3);
    expect(app.errors).toEqual([]);
  });

  it('a lesson link keeps its step in the link; Back from the next step returns to it', async () => {
    const app = await open('?lesson=mno2-tunnels&step=2');
    const { page } = app;
    const opened = await historyLength(page);
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    const current = page.locator('.lesson-steps li[aria-current=step] .lesson-step-n');
    await expect.poll(() => current.innerText()).toBe('2');
    // The opening entry gets the whole view beside the lesson, and no entry of its own.
    await page.waitForFunction(() => window.location.search.includes('sc=2x2x2'));
    expect(search(page).get('lesson')).toBe('mno2-tunnels');
    expect(search(page).get('step')).toBe('2');
    expect(search(page).get('s')).toBe('alpha-MnO2');
    expect(search(page).get('view')).toBe('001');
    expect(await historyLength(page)).toBe(opened);

    await page.locator('.lesson-step-show').nth(2).click();
    await waitForStructure(page, /Todorokite/i);
    await page.waitForFunction(() => window.location.search.includes('step=3'));
    expect(await historyLength(page)).toBe(opened + 1);

    await page.goBack();
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    expect(search(page).get('step')).toBe('2');
    await expect.poll(() => current.innerText()).toBe('2');
    expect(app.errors).toEqual([]);
  });
});
