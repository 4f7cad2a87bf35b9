/**
 * A user's file being read: what the progress bar shows, and the Cancel the app registers
 * (the read runs in src/app/read/, which the panels do not import).
 */
export interface ReadingProgress {
  file: string;
  /** Size of the text being read, in characters (≈ bytes for a CIF). */
  chars: number;
  /** What is being done now, in words for the bar ("reading atom sites", …). */
  stage: string;
  /** 0–1 over the whole read and build. */
  fraction: number;
}

let canceller: (() => void) | null = null;

/** The app registers how to stop a read; the returned function removes it again. */
export function setReadCanceller(cancel: () => void): () => void {
  canceller = cancel;
  return () => {
    if (canceller === cancel) canceller = null;
  };
}

/** Cancel pressed: the read stops and what was on screen stays. */
export function cancelReading(): void {
  canceller?.();
}
