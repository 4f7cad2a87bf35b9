/**
 * Notices for a link full of very long values, on a 1280×720 projector: each value is cut to
 * its first 60 characters and its length, the notices stack in a scrolling area at the bottom
 * of the view that never reaches its top, sits beside the microscope panel rather than under
 * it, and every notice's × can be reached and clicked.
 */
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, screenshot, waitForStructure } from './harness';

const open = pagesForThisFile();
const long = (letter: string, n: number) => letter.repeat(n);

describe('notices', () => {
  it('long values are shortened and the notices stack without covering any ×', async () => {
    const values: [string, string][] = [
      ['s', long('a', 400)],
      ['style', long('b', 1000)],
      ['view', long('c', 5000)],
      ['bg', long('d', 700)],
      ['proj', long('e', 2500)],
    ];
    const query = values.map(([k, v]) => `${k}=${v}`).join('&');
    const app = await open(`?${query}&tem=xrd`);
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    const notices = page.locator('.notices .notice');
    await expect.poll(() => notices.count()).toBe(5);
    for (const [k, v] of values) {
      const text = await page.locator('.notice', { hasText: `URL parameter ${k}=` }).innerText();
      expect(text).toContain(
        `${k}="${v.slice(0, 60)}…" (${v.length.toLocaleString('en')} characters)`,
      );
      expect(text).not.toContain(v.slice(0, 61));
    }
    await page.locator('.microscope').waitFor();
    await screenshot(page, 'notices-long-values-1280x720');

    const box = async (selector: string) => {
      const b = await page.locator(selector).boundingBox();
      if (!b) throw new Error(`${selector} is not shown`);
      return b;
    };
    const stage = await box('main.stage');
    const area = await box('.notices');
    const panel = await box('.microscope');
    // The area keeps to the lower part of the view and to the left of the microscope panel.
    expect(area.y).toBeGreaterThan(stage.y + stage.height * 0.5);
    expect(area.y + area.height).toBeLessThanOrEqual(stage.y + stage.height);
    expect(area.x + area.width).toBeLessThanOrEqual(panel.x);
    // It scrolls when the notices are taller than it.
    const scroll = await page
      .locator('.notices')
      .evaluate((el) => ({ client: el.clientHeight, content: el.scrollHeight }));
    expect(scroll.content).toBeGreaterThan(scroll.client);

    // Every ×, once scrolled to, is the element under its own centre: nothing covers it.
    const buttons = page.locator('.notices .notice button');
    for (let i = 0; i < 5; i++) {
      const button = buttons.nth(i);
      await button.scrollIntoViewIfNeeded();
      const hit = await button.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
      });
      expect(hit, `× of notice ${i + 1}`).toBe(true);
    }
    // And a click on one closes that notice.
    await buttons.nth(0).click();
    await expect.poll(() => notices.count()).toBe(4);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
