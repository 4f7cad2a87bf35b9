/**
 * "Sites & channels" on a user's own file: drop a CIF the catalogue does not know, open the
 * panel, see its channels, sites and ion table; click a site and see its anions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AppPage, pagesForThisFile, screenshot, waitForStructure } from './harness';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const open = pagesForThisFile();

async function dropFile(app: AppPage, name: string) {
  const text = readFileSync(path.join(FIXTURES, name), 'utf8');
  await app.page.evaluate(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    },
    { name, text },
  );
}

describe('Sites & channels', () => {
  it('a dropped perovskite: a 3D channel, the empty A-site cage (1b, 12 O) and the ion table', async () => {
    const app = await open();
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await dropFile(app, 'perovskite-SrTiO3.cif');
    await app.page.getByText('perovskite-SrTiO3.cif · SrTiO3', { exact: true }).waitFor();
    await waitForStructure(app.page);
    await app.page.getByText('Sites & channels').click();
    const panel = app.page.locator('.sites-panel');
    await panel.locator('table.channels').waitFor();
    // Window of four O at a/2 less r(O²⁻): Df = 2(1.9525 − 1.40) = 1.105 Å along a, b and c.
    const channels = await panel.locator('table.channels').innerText();
    expect(channels).toMatch(/3D\s+\[\d{3}\] \[\d{3}\] \[\d{3}\]\s+1\.1\d? Å\s+2\.72 Å/);
    for (const d of ['[100]', '[010]', '[001]']) expect(channels).toContain(d);
    const fits = await panel.locator('table.fits').innerText();
    // Li⁺ (0.76 Å) fits the cage (r 1.36 Å) but not the 0.55 Å window; K⁺ (1.51 Å) neither.
    expect(fits).toMatch(/Li\+\s+no\s+yes/);
    expect(fits).toMatch(/K\+\s+no\s+no/);
    const cage = panel.getByRole('button', { name: /^1b · r 1\.36 Å · CN 12$/ });
    await cage.waitFor();
    await screenshot(app.page, 'sites-perovskite');

    // The cage's twelve O at a/√2 = 2.761 Å.
    await cage.click();
    expect(await cage.getAttribute('aria-pressed')).toBe('true');
    const rows = panel.locator('table.site-neighbours tr');
    expect(await rows.count()).toBe(12);
    for (const t of await rows.allInnerTexts()) expect(t).toMatch(/^O\s+2\.761 Å$/);
    expect(await panel.locator('.site-detail').innerText()).toMatch(/0\.5, 0\.5, 0\.5/);

    // A probe wider than the cage: nothing left open.
    await panel.locator('input[type=number]').fill('1.5');
    await panel.getByText('No open space for a probe of 1.5 Å.').waitFor();
    expect(await panel.locator('.sites-list .site').count()).toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
