/**
 * Lessons as a lecturer uses them: present a bundled lesson with the keys a presenter remote
 * sends (the picture and the caption change per step), build a lesson in the editor, save it
 * and open the saved file, refuse a bad file while keeping the lesson, and restore lesson and
 * step from a link.
 */
import { readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeLessonData } from '../../src/lesson/link';
import { LESSON_FORMAT, type Lesson } from '../../src/lesson/types';
import { pagesForThisFile, screenshot, waitForFrame } from './harness';

const open = pagesForThisFile();

async function canvasPng(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('canvas').screenshot());
}

function differingShare(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  return (
    pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 }) / (a.width * a.height)
  );
}

/** The step's structure drawn and the camera's glide (0.8 s) over. */
async function settled(page: Page) {
  await waitForFrame(page);
  await page.waitForTimeout(1200);
  await waitForFrame(page);
}

const caption = (page: Page) => page.locator('.presentation-caption').innerText();
const stepCaptions = async (page: Page) =>
  (await page.locator('.lesson-steps li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));

describe('lessons', () => {
  it('presents a bundled lesson with PageDown/PageUp, F and Esc; the link keeps the step', async () => {
    const app = await open('?lesson=mno2-tunnels&step=1');
    const { page } = app;
    await settled(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => caption(page)).toContain('(pyrolusite) down c');
    await expect.poll(() => page.locator('.presentation-count').innerText()).toBe('step 1/5');
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    await settled(page);
    const first = await canvasPng(page);

    await page.keyboard.press('PageDown');
    await expect.poll(() => caption(page)).toContain('(hollandite) down c');
    await settled(page);
    const second = await canvasPng(page);
    expect(differingShare(first, second)).toBeGreaterThan(0.02);
    expect(page.url()).toMatch(/[?&]lesson=mno2-tunnels&step=2&present=1/);
    expect(page.url()).toMatch(/[?&]s=alpha-MnO2/);

    await page.keyboard.press('PageDown');
    await expect.poll(() => caption(page)).toContain('Todorokite down b');
    await settled(page);
    expect(differingShare(second, await canvasPng(page))).toBeGreaterThan(0.02);
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('.presentation-count').innerText()).toBe('step 2/5');

    // F asks for fullscreen (headless may refuse): the presentation stays either way.
    await page.keyboard.press('f');
    await page.waitForTimeout(300);
    expect(await page.locator('.presentation').isVisible()).toBe(true);

    // Reload keeps lesson, step and presentation.
    await page.reload();
    await expect.poll(() => caption(page), { timeout: 30_000 }).toContain('(hollandite) down c');
    await settled(page);
    for (const [w, h] of [
      [1024, 768],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await settled(page);
      await screenshot(page, `presentation-${w}x${h}`);
      const size = await page
        .locator('.presentation-caption')
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(26); // px
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presentation').count()).toBe(0);
    expect(await page.locator('.sidebar').isVisible()).toBe(true);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await page.setViewportSize({ width: 1400, height: 860 });

    // The editor: a new lesson, two views added (one across a reload), reordered, saved.
    await page.getByRole('button', { name: 'New lesson' }).click();
    expect(await stepCaptions(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add this view' }).click();
    await page.getByLabel(/Caption of step 1/).fill('first view, MnO_6_');
    await page.goto(page.url().replace(/\?.*$/, '?s=beta-MnO2&sc=2x2x2&view=001'));
    await waitForFrame(page);
    await expect.poll(() => stepCaptions(page)).toEqual(['1 first view, MnO6']); // kept over reload
    await page.getByRole('button', { name: 'Add this view' }).click();
    await page.getByLabel(/Caption of step 2/).fill('second view, K^+^');
    await page.getByRole('button', { name: 'Move up' }).click();
    await expect
      .poll(() => stepCaptions(page))
      .toEqual(['1 second view, K+', '2 first view, MnO6']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save lesson' }).click(),
    ]);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.steps.map((s: { caption: string }) => s.caption)).toEqual([
      'second view, K^+^',
      'first view, MnO_6_',
    ]);
    expect(saved.steps[0]).toMatchObject({
      structure: 'beta-MnO2',
      supercell: [2, 2, 2],
      camera: { view: [0, 0, 1] },
    });

    // Re-open the saved file: the same steps.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByLabel('Open a lesson file').setInputFiles(file);
    await expect
      .poll(() => stepCaptions(page))
      .toEqual(['1 second view, K+', '2 first view, MnO6']);

    // A bad file: its error names file, step and field; the lesson stays.
    const bad = {
      ...saved,
      steps: [saved.steps[0], { ...saved.steps[1], structure: 'gamma-MnO2' }],
    };
    await page.getByLabel('Open a lesson file').setInputFiles({
      name: 'bad.lesson.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad, null, 2)),
    });
    await expect
      .poll(() => page.locator('.notice-error').last().innerText())
      .toMatch(
        /bad\.lesson\.json:\d+: step 2: structure: no bundled structure has the id "gamma-MnO2"/,
      );
    expect(await stepCaptions(page)).toEqual(['1 second view, K+', '2 first view, MnO6']);
  });

  it('a lesson opened with its own CIF shows that file at its step; without it, a notice names it', async () => {
    const app = await open();
    const { page } = app;
    await waitForFrame(page);
    const lesson = {
      format: 'tunnelscope-lesson/1',
      title: 'Own files',
      references: [],
      steps: [
        { structure: 'beta-MnO2', caption: 'a bundled one' },
        { cif: 'cifs/own-rutile.cif', caption: 'my own rutile', camera: { view: [0, 0, 1] } },
      ],
    };
    const lessonFile = {
      name: 'own.lesson.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(lesson)),
    };
    const cif = {
      name: 'own-rutile.cif',
      mimeType: 'text/plain',
      buffer: readFileSync(new URL('../../structures/beta-MnO2.cif', import.meta.url)),
    };
    const input = page.getByLabel('Open a lesson file');
    // The lesson alone: the step with the CIF is named, with what to do.
    await input.setInputFiles(lessonFile);
    await expect
      .poll(() => page.locator('.notice').allInnerTexts())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/cifs\/own-rutile\.cif \(step 2\).*together with the lesson/),
        ]),
      );
    // Lesson and CIF chosen together: step 2 shows the file.
    await input.setInputFiles([lessonFile, cif]);
    await expect.poll(() => stepCaptions(page)).toEqual(['1 a bundled one', '2 my own rutile']);
    await page.locator('.lesson-step-show').nth(1).click();
    await expect
      .poll(() => page.locator('.structure-info .title').innerText())
      .toMatch(/own-rutile\.cif/);
    await waitForFrame(page);
    expect(app.errors).toEqual([]);
  });

  it('a lesson in the link fragment opens at its step; a bad stored draft is ignored with a notice', async () => {
    const lesson: Lesson = {
      format: LESSON_FORMAT,
      title: 'Linked lesson',
      references: [],
      steps: [
        { subject: { kind: 'structure', id: 'beta-MnO2' }, caption: 'one' },
        { subject: { kind: 'structure', id: 'prussian-blue' }, caption: 'two, Fe^3+^' },
      ],
    };
    const app = await open(`?step=2#lesson=${encodeLessonData(lesson)}`);
    const { page } = app;
    await waitForFrame(page);
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Linked lesson');
    await expect
      .poll(() => page.locator('.lesson-steps li[aria-current="step"]').innerText())
      .toMatch(/^2\s*two, Fe3\+$/);
    await expect
      .poll(() => page.locator('.structure-info .title').innerText())
      .toMatch(/Prussian blue/);

    await page.evaluate(() => localStorage.setItem('tunnelscope.lesson-draft', '{"title": 5}'));
    await page.goto(page.url().replace(/\?.*$/, ''));
    await expect
      .poll(() => page.locator('.notice').allInnerTexts())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Ignored the lesson kept from last time: .*title/),
        ]),
      );
    expect(await page.evaluate(() => localStorage.getItem('tunnelscope.lesson-draft'))).toBeNull();
    expect(app.errors).toEqual([]);
  });
});
