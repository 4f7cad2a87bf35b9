/** A user's file being read (src/app/read/): what its progress bar shows. */
export interface ReadingProgress {
  file: string;
  /** Size of the text being read, in characters (≈ bytes for a CIF). */
  chars: number;
  /** What is being done now, in words for the bar ("reading atom sites", …). */
  stage: string;
  /** 0–1 over the whole read and build. */
  fraction: number;
}
