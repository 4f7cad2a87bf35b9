/**
 * Whether the side panels are folded away (the Panels button in the top bar), kept in this
 * browser so a lecturer who folded them once finds the view wide on the next visit.
 */
const KEY = 'tunnelscope:panels';

/** The stored choice; a browser without storage (or a private window) starts with panels. */
export function storedPanelsHidden(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'hidden';
  } catch {
    return false;
  }
}

export function storePanelsHidden(hidden: boolean): void {
  try {
    if (hidden) globalThis.localStorage?.setItem(KEY, 'hidden');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Storage refused (quota, privacy settings): the choice lasts for this page only.
  }
}
