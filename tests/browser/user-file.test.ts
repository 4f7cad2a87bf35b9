/**
 * A user's own CIF in the link: the URL names the file (it cannot carry it), the file is kept
 * in this browser so a reload shows it again, and once forgotten a reload says the file is
 * not in the link instead of silently showing another structure.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, ROOT, waitForStructure } from './harness';

const open = pagesForThisFile();
const FIXTURE = path.join(ROOT, 'tests/browser/fixtures/rocksalt-NaCl.cif');
const TITLE = 'rocksalt-NaCl.cif · NaCl';

describe('a user file in the link', () => {
  it('names the file, keeps it across a reload, and says so once it is forgotten', async () => {
    const app = await open('?s=beta-MnO2');
    const { page } = app;
    await waitForStructure(page, /β-MnO₂/);
    await page.setInputFiles('input[type=file]', FIXTURE);
    await waitForStructure(page, TITLE);
    await page.waitForFunction(() => window.location.search.includes('file='));
    const params = new URL(page.url()).searchParams;
    expect(params.get('file')).toBe('rocksalt-NaCl.cif');
    expect(params.has('s')).toBe(false);
    const note = page.locator('[data-testid=kept-file]');
    await note.getByText(/kept in this browser/).waitFor();

    await page.reload();
    await waitForStructure(page, TITLE);
    expect(await page.locator('.notice', { hasText: 'not in the link' }).count()).toBe(0);

    // Back returns to the structure shown before the file.
    await page.goBack();
    await waitForStructure(page, /β-MnO₂/);
    await page.goForward();
    await waitForStructure(page, TITLE);

    await note.getByRole('button', { name: /Forget/ }).click();
    await note.getByText(/forgotten/i).waitFor();
    await page.reload();
    const notice = page.locator('.notice', { hasText: 'rocksalt-NaCl.cif' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('the file is not in the link — open it again');
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    expect(new URL(page.url()).searchParams.has('file')).toBe(false);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
