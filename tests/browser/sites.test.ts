/**
 * "Sites & channels" on a user's own file: drop a CIF the catalogue does not know, open the
 * panel, see its channels, sites and ion table; click a site and see its anions. α-MnO₂ from a
 * link: the tubes and site spheres in the view, a site clicked there, K⁺ placed at it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AppPage,
  canvasStats,
  pagesForThisFile,
  screenshot,
  waitForFrame,
  waitForStructure,
} from './harness';

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
    // The analysis ran in its worker: the page kept drawing meanwhile.
    expect(await panel.locator('.sites-run').getAttribute('data-where')).toBe('worker');
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

// Hues on the canvas: the tube's teal (translucent over white) and the 2b cage's site blue.
const OVERLAY_HUES = { tube: [165, 192], site: [193, 230] } as const satisfies Record<
  string,
  [number, number]
>;

describe('Sites & channels in the view', () => {
  it('α-MnO₂ with sites=1: tubes and sites drawn, a site clicked, K⁺ placed, the link kept', async () => {
    const app = await open('?s=alpha-MnO2&sites=1&view=001&tunnels=0', {
      width: 1280,
      height: 720,
    });
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    const panel = app.page.locator('.sites-panel');
    await panel.locator('table.channels').waitFor();
    expect(await panel.getAttribute('open')).not.toBeNull();
    await waitForFrame(app.page);
    const shown = await canvasStats(app.page, OVERLAY_HUES);
    // Down c the tubes show as discs (their caps) in the 2×2 tunnels, the 2b sites inside.
    expect(shown.hues.tube).toBeGreaterThan(500);
    expect(shown.hues.site).toBeGreaterThan(20);
    await screenshot(app.page, 'sites-overlays-alpha-001');

    // A click on a site sphere: its position, letter and eight O at 2.877 Å in the panel.
    const at = shown.firstAt.site;
    if (!at) throw new Error('no site pixel to click');
    await app.page.mouse.click(at.x, at.y);
    const detail = panel.locator('.site-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toMatch(/Site 2b at \(0, 0, 0\.5\)/);
    const rows = detail.locator('table.site-neighbours tr');
    expect(await rows.count()).toBe(8);
    for (const t of await rows.allInnerTexts()) expect(t).toMatch(/^O\s+2\.877 Å$/);

    // K⁺ placed there: its eight K–O distances against 1.51 + 1.40 Å.
    await detail.locator('select').selectOption('K+');
    await detail.getByRole('button', { name: 'Place K⁺ here' }).click();
    const contacts = panel.locator('.placed-ion table.ion-contacts tbody tr');
    await contacts.first().waitFor();
    expect(await contacts.count()).toBe(8);
    for (const t of await contacts.allInnerTexts())
      expect(t).toMatch(/^O\s+2\.877 Å\s+2\.91 Å\s+−0\.033 Å$/);
    expect(await panel.locator('.placed-ion').innerText()).toMatch(
      /modelled\s+K⁺ at 2b .*CN 8, r\(K⁺, CN VIII\) 1\.51 Å/,
    );
    await waitForFrame(app.page);
    await screenshot(app.page, 'sites-k-placed');
    await panel.getByRole('button', { name: 'Undo' }).click();
    expect(await panel.locator('.placed-ion').count()).toBe(0);

    // Probe and mobile species go into the link.
    await panel.locator('input[type=number]').fill('0.6');
    await panel.locator('input:not([type])').fill('Na,K');
    await app.page.waitForFunction(() => location.search.includes('mobile='));
    const params = new URLSearchParams(new URL(app.page.url()).search);
    expect(params.get('sites')).toBe('1');
    expect(params.get('probe')).toBe('0.6');
    expect(params.get('mobile')).toBe('Na,K');

    // Overlays off: nothing teal or site-blue left on the canvas.
    await panel.getByLabel('tubes and sites in the view').uncheck();
    await waitForFrame(app.page);
    const hidden = await canvasStats(app.page, OVERLAY_HUES);
    expect(hidden.hues.tube).toBe(0);
    expect(hidden.hues.site).toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('a scenario: the framework at x, analysed in the background', async () => {
    const app = await open('?scn=k-alpha-mno2&x=0.5&sites=1', { width: 1280, height: 720 });
    await waitForStructure(app.page, /K⁺ into/);
    const panel = app.page.locator('.sites-panel');
    await panel.locator('table.channels').waitFor();
    expect(await panel.innerText()).toContain('The framework at x');
    expect(await panel.locator('.sites-run').getAttribute('data-where')).toBe('worker');
    // K⁺ is mobile, left out: the framework's 2×2 tunnel is open along c.
    expect(await panel.locator('table.channels').innerText()).toContain('[001]');
    expect(await panel.locator('.sites-run').innerText()).toMatch(
      // Seconds to 2 decimals as the panel writes numbers: 0.2, not 0.20.
      /Analysed in \d+(\.\d{1,2})? s in the background/,
    );
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
