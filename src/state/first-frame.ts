/**
 * Work that must not compete with the first picture (the space-group tables' WebAssembly, the
 * tunnel analysis) waits here until the view has drawn its first frame — the single view's or
 * the compare view's; or until the view has failed to start, when no frame will come.
 */
let drawn = false;
const waiting: (() => void)[] = [];

/** The view drew a frame of its content (called by the scene on every frame: cheap). */
export function noteFrameDrawn(): void {
  if (drawn) return;
  drawn = true;
  for (const run of waiting.splice(0)) run();
}

/** Runs `run` once the view has drawn its first frame (at once if it has). */
export function afterFirstFrame(run: () => void): void {
  if (drawn) run();
  else waiting.push(run);
}
