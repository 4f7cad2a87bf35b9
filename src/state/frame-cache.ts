/**
 * The frame at x, computed once per x: the scene's frame loop and every panel that follows x
 * ask for the same frame in the same animation frame, so they share one object.
 */
import { type Frame, frameAt } from '../insertion/frame';
import type { InsertionPath } from '../insertion/path-types';

let last: { path: InsertionPath; x: number; frame: Frame } | null = null;

export function frameAtShared(path: InsertionPath, x: number): Frame {
  if (last && last.path === path && last.x === x) return last.frame;
  const frame = frameAt(path, x);
  last = { path, x, frame };
  return frame;
}
