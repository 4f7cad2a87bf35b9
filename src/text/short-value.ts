/**
 * Text from a link or a file quoted in a notice: a pasted essay or a runaway parameter must
 * not fill the screen, so anything longer than NOTICE_VALUE_CHARS is cut to its first 60
 * characters (counted as Unicode code points, so no emoji is split) and its length given.
 */

/** Longest part of a value quoted in a notice. */
export const NOTICE_VALUE_CHARS = 60;

/** A value quoted for a notice: whole when short, else its first 60 characters and its length. */
export function shortValue(value: string): string {
  const chars = [...value];
  if (chars.length <= NOTICE_VALUE_CHARS) return JSON.stringify(value);
  const head = JSON.stringify(chars.slice(0, NOTICE_VALUE_CHARS).join(''));
  return `${head.slice(0, -1)}…" (${chars.length.toLocaleString('en')} characters)`;
}

/** A parameter name for a notice, unquoted: whole when short, else cut like shortValue. */
export function shortName(name: string): string {
  const chars = [...name];
  if (chars.length <= NOTICE_VALUE_CHARS) return name;
  return `${chars.slice(0, NOTICE_VALUE_CHARS).join('')}… (${chars.length.toLocaleString('en')} characters)`;
}
