/**
 * The layering the design asks for, checked on every source file: the core imports no React,
 * three.js or zustand; scene/, ui/ and state/ never import the app's wiring (app/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const CORE = ['crystal', 'insertion', 'lesson', 'export', 'diffraction', 'voids'];
const BELOW_APP = ['scene', 'ui', 'state', ...CORE];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** Every module a file imports (static, dynamic, type-only, re-export), resolved under src/. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith('.') ? relative(SRC, resolve(file, '..', s)) : s));
}

function offenders(folders: string[], bad: (spec: string) => boolean): string[] {
  return folders.flatMap((f) =>
    sources(join(SRC, f)).flatMap((file) =>
      imports(file)
        .filter(bad)
        .map((spec) => `${relative(SRC, file)} → ${spec}`),
    ),
  );
}

describe('layers', () => {
  it('the core imports no React, three.js or zustand', () => {
    const ui = /^(react|react-dom|three|@react-three\/|zustand)(\/|$)/;
    expect(offenders(CORE, (s) => ui.test(s))).toEqual([]);
  });

  it('nothing below app/ imports from app/', () => {
    expect(offenders(BELOW_APP, (s) => s === 'app' || s.startsWith('app/'))).toEqual([]);
  });

  it('finds imports at all (the check would catch one)', () => {
    expect(imports(join(SRC, 'main.tsx'))).toContain('app/controller');
  });
});
