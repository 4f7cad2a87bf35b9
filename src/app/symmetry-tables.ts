/**
 * The space-group tables (moyo's WebAssembly, ~0.7 MB, ~270 KB gzip) in a chunk of their own,
 * kept off the first frame: every bundled file lists its operators, so it reads and draws
 * without them. They load once the view has drawn (when the page is idle), or at once when a
 * file names its group without operators or a panel asks for Wyckoff letters; then the
 * crystal on screen (and a scenario's keyframes) get their letters in place, and no geometry
 * is built again.
 */
import { annotateSymmetry } from '../crystal/read';
import { formatDiagnostic, type Result } from '../crystal/result';
import { isMoyoReady, NOT_LOADED } from '../crystal/symmetry/moyo';
import type { Crystal } from '../crystal/types';
import { assignWyckoff, WYCKOFF_PENDING } from '../crystal/wyckoff';
import { afterFirstFrame } from '../state/first-frame';
import type { PreparedCrystal } from '../state/loaded-structure';
import { useApp } from '../state/store';

let loading: Promise<void> | null = null;

export function ensureSymmetryTables(): Promise<void> {
  loading ??= (async () => {
    const [{ initMoyo }, { default: wasmUrl }] = await Promise.all([
      import('../crystal/symmetry/moyo'),
      import('@spglib/moyo-wasm/moyo_wasm_bg.wasm?url'),
    ]);
    await initMoyo({ module_or_path: wasmUrl });
  })();
  return loading;
}

/** Crystals read before the tables were in: their Wyckoff letters are still to fill. */
const unlettered = new WeakSet<PreparedCrystal['crystal']>();

function needsTables(r: Result<unknown>): boolean {
  const all = r.ok ? r.warnings : [r.error, ...r.warnings];
  return all.some((d) => d.message.includes(NOT_LOADED) && d.message !== WYCKOFF_PENDING);
}

/**
 * Reads with the tables if they are in; otherwise without them, and only when the file needs
 * them (a group named by symbol or number alone) loads them and reads again.
 */
export async function readWithTablesIfNeeded(
  read: () => Result<PreparedCrystal>,
): Promise<Result<PreparedCrystal>> {
  if (isMoyoReady()) return read();
  const first = read();
  if (needsTables(first)) {
    await ensureSymmetryTables();
    return read();
  }
  if (!first.ok) return first;
  unlettered.add(first.value.crystal);
  return { ...first, warnings: first.warnings.filter((w) => w.message !== WYCKOFF_PENDING) };
}

/**
 * Keyframe crystals read before the tables were in (a scenario's): lettered, and their Hall
 * numbers filled, when the tables arrive. Not only the scenario on screen: one may be on its
 * way to the store when they do.
 */
let unletteredKeyframes: Crystal[] = [];

export function letterWhenTablesArrive(crystals: readonly Crystal[]): void {
  unletteredKeyframes.push(...crystals);
  if (isMoyoReady()) letterWaitingKeyframes();
}

/**
 * Letters the keyframes read before the tables were in (once they are). Their warnings are
 * not shown, as for a scenario read with the tables in: the scenario reports its own (path
 * and model), and the bundled keyframe files are checked by the tests.
 */
export function letterWaitingKeyframes(): void {
  if (!isMoyoReady()) return;
  for (const crystal of unletteredKeyframes) annotateSymmetry(crystal);
  unletteredKeyframes = [];
}

/** Loads the tables now (a panel wants Wyckoff letters) and letters the crystal on screen. */
export function needSymmetryTables(): Promise<void> {
  return ensureSymmetryTables().then(letterShown);
}

/** After the first frame, when the page is idle: the tables load in the background. */
export function loadSymmetryTablesAfterFirstFrame(): void {
  afterFirstFrame(() => {
    const later = (run: () => void) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 3000 })
        : setTimeout(run, 200);
    later(() => void needSymmetryTables());
  });
}

function letterShown(): void {
  letterWaitingKeyframes();
  const { loaded, notify } = useApp.getState();
  if (loaded && unlettered.has(loaded.crystal)) {
    unlettered.delete(loaded.crystal);
    const warnings = assignWyckoff(loaded.crystal, loaded.cell).map((w) =>
      formatDiagnostic({ file: loaded.file, ...w }),
    );
    if (warnings.length > 0) notify('warning', warnings.join('\n'));
  }
  if (!useApp.getState().symmetryTables) useApp.setState({ symmetryTables: true });
}

/** True once the tables are in (the panels' letters are then final). */
export const symmetryTablesReady = isMoyoReady;
