/** Text size for the back row: `?text=` and the Style panel's control scale panels and labels. */
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, screenshot, waitForStructure } from './harness';

const open = pagesForThisFile();

/** On-screen height of an element's text: font size times the zoom of its ancestors. */
function shownTextPx(selector: string) {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return 0;
  return el.getBoundingClientRect().height;
}

describe('text size', () => {
  it('scales panel headings and the tunnel labels, and is written into the link', async () => {
    const normal = await open('?s=alpha-MnO2&sc=1x1x1&view=001');
    await waitForStructure(normal.page, 'α-MnO₂ (hollandite)');
    const big = await open('?s=alpha-MnO2&sc=1x1x1&view=001&text=1.5');
    await waitForStructure(big.page, 'α-MnO₂ (hollandite)');
    // The tunnel labels arrive once the channel analysis has run, after the first frame.
    for (const page of [normal.page, big.page])
      await page.locator('.tunnel-label').first().waitFor();
    for (const selector of ['#style-heading', '.tunnel-label']) {
      const a = await normal.page.evaluate(shownTextPx, selector);
      const b = await big.page.evaluate(shownTextPx, selector);
      expect(a, selector).toBeGreaterThan(0);
      expect(b / a, selector).toBeGreaterThan(1.35);
      expect(b / a, selector).toBeLessThan(1.65);
    }
    await screenshot(big.page, 'text-size-150');
    // The control goes back to 100 % and the link forgets the parameter.
    await big.page.getByLabel('Text size').selectOption('1');
    await big.page.waitForFunction(() => !window.location.search.includes('text='));
    await normal.page.getByLabel('Text size').selectOption('2');
    await normal.page.waitForFunction(() => window.location.search.includes('text=2'));
    expect(normal.errors).toEqual([]);
    expect(big.errors).toEqual([]);
    expect(normal.foreignRequests).toEqual([]);
  });
});
