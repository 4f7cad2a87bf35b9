/**
 * `npm run --silent export -- --url "<query string>" --format png|mp4|webm|glb|cif --out FILE
 * [...]`: the built app (dist/) served on 127.0.0.1, opened in headless Chromium at the link,
 * and the file made by the same page hook the Export panel uses. One line of JSON on success;
 * exit 1 with a message naming the bad option, URL parameter or failure otherwise.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parseExportArgs } from '../export/options';
import { launchChromium } from './chromium';
import { exportInPage, pageAddress, waitForView } from './export-page';
import { exportSummary } from './export-result';
import { serveDir } from './export-serve';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
/** The browser tests' window: the view the app lays out there is what a PNG gets by default. */
const VIEWPORT = { width: 1400, height: 860 };

class Refusal extends Error {}

async function run(argv: string[]): Promise<string> {
  const args = parseExportArgs(argv);
  if (!args.ok) throw new Refusal(args.error.message);
  const { query, fragment, request } = args.value;
  const out = path.resolve(args.value.out);
  const folder = path.dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new Refusal(`--out: the folder ${folder} does not exist`);
  if (!existsSync(path.join(DIST, 'index.html')))
    throw new Refusal(`${DIST} is missing: run \`npm run build\` first`);

  const server = await serveDir(DIST);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORT });
    // Nothing may leave the machine: only the local server, data: and blob: URLs load.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pageAddress(server.origin, query, fragment));
    if (!(await page.evaluate('typeof window.__tunnelscopeExport === "function"')))
      throw new Refusal(`${DIST} has no export hook: rebuild it with \`npm run build\``);
    const view = await waitForView(page, query, fragment);
    if (!view.ok) throw new Refusal(`--url ${JSON.stringify(query)}: ${view.error.message}`);
    const file = await exportInPage(page, request);
    if (!file.ok) throw new Refusal(`--format ${request.format}: ${file.error.message}`);
    if (errors.length) throw new Refusal(`the page failed: ${errors.join('; ')}`);
    writeFileSync(out, file.value.data);
    const { data, mime, units, ms } = file.value;
    const summary = exportSummary(args.value.out, request.format, query, data, mime, units, ms);
    return JSON.stringify(summary);
  } finally {
    await browser?.close();
    await server.close();
  }
}

run(process.argv.slice(2)).then(
  (line) => {
    process.stdout.write(`${line}\n`);
    process.exit(0);
  },
  (e) => {
    const message = e instanceof Refusal ? e.message : ((e as Error).stack ?? String(e));
    process.stderr.write(`export: ${message}\n`);
    process.exit(1);
  },
);
