/**
 * One export in a page of the built app: open `?<query>`, wait until the view has drawn what
 * the link asks for, refuse when the app raised a notice about it (a bad URL parameter, a
 * file that failed), then run the page hook and return the file's bytes.
 *
 * In-page code is passed as strings so that the TypeScript runner's helpers never leak into
 * the page.
 */
import type { Page } from 'playwright-core';
import type { ExportHookResult, ExportHookStatus } from '../app/export-hook';
import { fail, ok, type Result } from '../crystal/result';
import type { ExportRequest } from '../export/request';
import { noticeProblem } from './export-result';

export interface ExportedFile {
  data: Buffer;
  mime: string;
  /** Time inside the page's maker, ms. */
  ms: number;
  /** Units of work the maker reported (video frames; 1 otherwise). */
  units: number;
}

/** Longest wait for the first frame: a 10⁵-atom view takes SwiftShader tens of seconds. */
export const VIEW_TIMEOUT_MS = 180_000;

const STATUS = 'window.__tunnelscopeExportStatus ? window.__tunnelscopeExportStatus() : null';

/** True once the page says something is wrong, or the canvas shows what the store holds. */
function settledExpression(wantLesson: boolean): string {
  return `(() => {
    const st = ${STATUS};
    if (!st) return false;
    if (st.notices.some((n) => n.kind !== 'info')) return true;
    const showing = document.querySelector('main.stage')?.dataset.showing;
    const shown = document.querySelector('canvas')?.dataset.shown;
    return !st.busy && st.showing !== '' && showing === st.showing && shown === showing &&
      (${wantLesson} ? st.lessonStep >= 0 : true);
  })()`;
}

const TWO_FRAMES =
  'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(0))))';

async function status(page: Page): Promise<ExportHookStatus | null> {
  return (await page.evaluate(STATUS)) as ExportHookStatus | null;
}

/** The page to open for a link: the query, then the fragment that carries a whole lesson. */
export function pageAddress(origin: string, query: string, fragment: string): string {
  return `${origin}/${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** A bundled lesson (`?lesson=id`) or a whole one in the fragment (`#lesson=data`). */
export function linksLesson(query: string, fragment: string): boolean {
  return new URLSearchParams(query).has('lesson') || new URLSearchParams(fragment).has('lesson');
}

/** Waits until the page has settled on one view (a lesson link loads its step after the first view). */
export async function waitForView(
  page: Page,
  query: string,
  fragment = '',
): Promise<Result<ExportHookStatus>> {
  const wantLesson = linksLesson(query, fragment);
  const deadline = Date.now() + VIEW_TIMEOUT_MS;
  let last = '';
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return fail(`the view did not draw within ${VIEW_TIMEOUT_MS / 1000} s`);
    try {
      await page.waitForFunction(settledExpression(wantLesson), undefined, {
        timeout: left,
        polling: 100,
      });
    } catch {
      return fail(`the view did not draw within ${VIEW_TIMEOUT_MS / 1000} s`);
    }
    await page.evaluate(TWO_FRAMES);
    await page.waitForTimeout(300);
    const st = await status(page);
    if (!st) return fail('the page has no export hook (is dist/ an old build?)');
    const problem = noticeProblem(st.notices);
    if (problem) return fail(problem);
    // The same content twice in a row: nothing else is on its way.
    if (st.showing === last) return ok(st);
    last = st.showing;
  }
}

export async function exportInPage(
  page: Page,
  request: ExportRequest,
): Promise<Result<ExportedFile>> {
  const r = (await page.evaluate(
    `window.__tunnelscopeExport(${JSON.stringify(request)})`,
  )) as ExportHookResult;
  if (!r.ok) return fail(r.error);
  return ok({ data: Buffer.from(r.base64, 'base64'), mime: r.type, ms: r.ms, units: r.units });
}
