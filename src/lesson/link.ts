/**
 * A lesson in a link. Two forms:
 *   ?lesson=<id>&step=3          a bundled lesson (structures/<id>.lesson.json), step 3
 *   ?step=3#lesson=<data>        any lesson, its JSON deflated (fflate) and base64url-coded
 *                                into the fragment: the link works offline and from a file,
 *                                and the lesson never reaches a server log.
 * `present=1` adds that the lesson is being presented. Steps count from 1, as a lecturer says.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { shortValue } from '../text/short-value';
import { lessonToJson } from './serialize';
import type { Lesson } from './types';

export const FRAGMENT_KEY = 'lesson';
/** Longest lesson link accepted (characters of the fragment): far beyond any real lesson. */
const MAX_FRAGMENT = 200_000;

export interface LessonLink {
  /** Bundled lesson id (`?lesson=`), if any. */
  bundled: string | null;
  /** Deflated lesson data from the fragment, if any (decode with decodeLessonData). */
  data: string | null;
  /** 1-based step, null when not given. */
  step: number | null;
  present: boolean;
  notices: string[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;

/** Reads the lesson parameters of a link; anything malformed is a notice, never a throw. */
export function parseLessonLink(search: string, hash: string): LessonLink {
  const params = new URLSearchParams(search);
  const link: LessonLink = { bundled: null, data: null, step: null, present: false, notices: [] };
  const lesson = params.get('lesson');
  if (lesson !== null) {
    if (ID.test(lesson)) link.bundled = lesson;
    else link.notices.push(`Ignored URL parameter lesson=${shortValue(lesson)}: not a lesson id.`);
  }
  const step = params.get('step');
  if (step !== null) {
    if (/^\d{1,4}$/.test(step) && Number(step) >= 1) link.step = Number(step);
    else
      link.notices.push(
        `Ignored URL parameter step=${shortValue(step)}: expected a step number from 1.`,
      );
  }
  const present = params.get('present');
  if (present === '1') link.present = true;
  else if (present !== null && present !== '0')
    link.notices.push(`Ignored URL parameter present=${shortValue(present)}: expected 1 or 0.`);
  const fragment = new URLSearchParams(hash.replace(/^#/, '')).get(FRAGMENT_KEY);
  if (fragment !== null) link.data = fragment;
  return link;
}

/** The lesson parameters for a link; the view parameters are written beside them. */
export function lessonSearchParams(link: {
  bundled: string | null;
  step: number;
  present: boolean;
}): [string, string][] {
  const out: [string, string][] = [];
  if (link.bundled) out.push(['lesson', link.bundled]);
  out.push(['step', String(link.step)]);
  if (link.present) out.push(['present', '1']);
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment payload for a lesson (without `#lesson=`). */
export function encodeLessonData(lesson: Lesson): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(lessonToJson(lesson))), { level: 9 }));
}

/** The lesson JSON from a fragment payload, or why it cannot be read. */
export function decodeLessonData(
  data: string,
): { ok: true; json: unknown } | { ok: false; reason: string } {
  if (data.length > MAX_FRAGMENT)
    return {
      ok: false,
      reason: `the lesson link is ${data.length} characters, at most ${MAX_FRAGMENT}`,
    };
  if (!/^[A-Za-z0-9_-]*$/.test(data))
    return {
      ok: false,
      reason: 'the lesson link holds characters that are not base64url (was it cut or re-encoded?)',
    };
  try {
    return { ok: true, json: JSON.parse(strFromU8(inflateSync(fromBase64Url(data)))) };
  } catch (e) {
    return {
      ok: false,
      reason: `the lesson link is damaged (${e instanceof Error ? e.message : String(e)}); was it cut short?`,
    };
  }
}
