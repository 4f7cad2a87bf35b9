/**
 * The keyboard shortcuts list: `?` or the Keys button opens it over the page, it names the
 * view's, the timeline's and the presentation's keys, Esc closes it, and `?` typed into a
 * text field stays a character.
 */
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, screenshot, waitForStructure } from './harness';

const open = pagesForThisFile();

describe('keyboard shortcuts', () => {
  it('? and the Keys button open the list; Esc closes it; ? in a text field is typed', async () => {
    const app = await open('?s=alpha-MnO2');
    const { page } = app;
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.isVisible()).toBe(false);
    await page.keyboard.press('?');
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const part of [
      '3D view and compare panes',
      'turn the structure 10°',
      'Scenario timeline',
      'previous, next keyframe',
      'Presenting a lesson',
      'full screen',
    ])
      expect(text).toContain(part);
    await screenshot(page, 'shortcuts-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Typed into the direction field, ? is a character, not the list.
    const field = page.getByLabel('Direction u v w');
    await field.fill('');
    await field.press('?');
    expect(await field.inputValue()).toBe('?');
    expect(await dialog.isVisible()).toBe(false);
    // The top bar's button opens it too; Close closes it and focus returns to the button.
    const button = page.getByRole('button', { name: 'Keys' });
    await button.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keys');
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
