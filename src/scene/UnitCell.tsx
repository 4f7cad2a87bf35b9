/** The outline of the origin unit cell, with a, b, c labelled at the ends of the edges. */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useApp } from '../state/store';
import {
  axisLabelKey,
  ionsNearCellEdges,
  placeAxisLabel,
  placeAxisLabelClear,
} from './axis-label-place';
import type { LatticeUniforms } from './gpu/lattice-uniforms';
import { registerLabelPlacer } from './label-placers';
import { centredAt, pixelsPerAngstrom, projectFrac } from './screen-point';

// The 12 edges of the unit cube in fractional coordinates.
const CORNERS = [
  [0, 0, 0, 1, 0, 0], [0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1],
  [1, 0, 0, 1, 1, 0], [1, 0, 0, 1, 0, 1], [0, 1, 0, 1, 1, 0],
  [0, 1, 0, 0, 1, 1], [0, 0, 1, 1, 0, 1], [0, 0, 1, 0, 1, 1],
  [1, 1, 0, 1, 1, 1], [1, 0, 1, 1, 1, 1], [0, 1, 1, 1, 1, 1],
].flat(); // biome-ignore format: one edge per row

const ORIGIN = [0, 0, 0] as const;

const AXES: { name: 'a' | 'b' | 'c'; frac: readonly [number, number, number]; color: string }[] = [
  { name: 'a', frac: [1.07, 0, 0], color: '#c0392b' },
  { name: 'b', frac: [0, 1.07, 0], color: '#1e8449' },
  { name: 'c', frac: [0, 0, 1.07], color: '#1f4e9c' },
];

/**
 * Axis labels are DOM text (crisp on a projector at any zoom), placed over the canvas each
 * frame by projecting their 3D anchor. Created and removed here, not through a portal, so a
 * structure switch can never leave a dangling node behind.
 */
function useAxisLabels(dark: boolean, shown: boolean) {
  const gl = useThree((s) => s.gl);
  const labels = useMemo(
    () => (shown ? AXES.map(() => document.createElement('span')) : []),
    [shown],
  );
  useEffect(() => {
    const parent = gl.domElement.parentElement;
    if (!parent) return;
    for (const [k, el] of labels.entries()) {
      el.className = 'axis-label';
      el.textContent = AXES[k].name;
      el.dataset.axis = AXES[k].name;
      parent.appendChild(el);
    }
    return () => {
      for (const el of labels) el.remove();
    };
  }, [gl, labels]);
  useEffect(() => {
    for (const [k, el] of labels.entries())
      el.style.color = dark ? lighten(AXES[k].color) : AXES[k].color;
  }, [labels, dark]);
  return labels;
}

export function UnitCell(props: {
  uniforms: LatticeUniforms;
  material: THREE.Material;
  dark: boolean;
  /** False draws the outline only (the compare view's panes share one canvas). */
  labels?: boolean;
  /** Ions no label may cover: block coordinates (3 per ion) and their drawn radius (Å). */
  ions?: { frac: ArrayLike<number>; radius: number };
}) {
  const { uniforms, material, dark, labels: labelled = true, ions } = props;
  const nearIons = useMemo<Ions | null>(() => {
    if (!ions) return null;
    const index = ionsNearCellEdges(ions.frac);
    return index.length > 0 ? { frac: ions.frac, index, radius: ions.radius } : null;
  }, [ions]);
  const lines = useMemo(() => {
    const g = new THREE.BufferGeometry();
    const attr = new THREE.BufferAttribute(new Float32Array(CORNERS), 3);
    g.setAttribute('position', attr);
    g.setAttribute('aFrac', attr);
    g.setAttribute('aFracTo', attr);
    const l = new THREE.LineSegments(g, material);
    l.frustumCulled = false;
    l.name = 'unit-cell';
    return l;
  }, [material]);
  useEffect(() => () => lines.geometry.dispose(), [lines]);
  const labels = useAxisLabels(dark, labelled);

  // Placed as the cell is drawn, not in useFrame: a scenario writes the breathing lattice in
  // its own useFrame, which may run after this component's, and the labels must use the
  // lattice of the frame on screen (on the first frame the uniforms are still the identity).
  // Only draws to the screen place them: an export's off-screen draw has another camera and
  // size (a video frame places the labels for itself through the placer below).
  useEffect(() => {
    const size = new THREE.Vector2();
    if (labels.length === 0) return;
    const placed = { key: '' };
    lines.onBeforeRender = (renderer, _scene, camera) => {
      if (renderer.getRenderTarget() !== null) return;
      renderer.getSize(size);
      placeLabels(labels, uniforms, camera, { width: size.x, height: size.y }, nearIons, placed);
    };
    const off = registerLabelPlacer((camera, frameSize) =>
      placeLabels(labels, uniforms, camera, frameSize, nearIons, placed),
    );
    return () => {
      lines.onBeforeRender = () => {};
      off();
    };
  }, [lines, labels, uniforms, nearIons]);

  return <primitive object={lines} />;
}

interface Ions {
  frac: ArrayLike<number>;
  /** The ions near the origin cell's edge lines (ionsNearCellEdges). */
  index: number[];
  radius: number;
}

/** Label half-sizes (px), read from the DOM once per label and text size. */
const halfSizes = new WeakMap<HTMLElement, { w: number; h: number; key: string }>();

function halfSize(el: HTMLElement) {
  const key = `${useApp.getState().textScale} ${el.dataset.endOn ?? ''}`;
  let s = halfSizes.get(el);
  if (!s || s.key !== key || s.w === 0) {
    s = { w: el.offsetWidth / 2, h: el.offsetHeight / 2, key };
    halfSizes.set(el, s);
  }
  return s;
}

function placeLabels(
  labels: HTMLElement[],
  uniforms: LatticeUniforms,
  camera: THREE.Camera,
  size: { width: number; height: number },
  ions: Ions | null,
  placed: { key: string },
) {
  const toScreen = (frac: readonly [number, number, number]) =>
    projectFrac(uniforms, camera, size, frac);
  const origin = toScreen(ORIGIN);
  const tips = AXES.map((axis) => toScreen(axis.frac));
  const key = axisLabelKey([origin, ...tips], size, `${useApp.getState().textScale}`);
  if (key === placed.key) return;
  placed.key = key;
  const onScreen = ions ? projectIons(ions, uniforms, camera, size) : [];
  AXES.forEach((axis, k) => {
    const el = labels[k];
    const tip = tips[k];
    // The ⊙/⊗ mark first: it widens the label, and the width decides how far it moves off
    // an ion. Written only on change: a dataset write restyles the label even when equal.
    const endOn = placeAxisLabel(origin, tip).endOn ?? '';
    if ((el.dataset.endOn ?? '') !== endOn) {
      if (endOn) el.dataset.endOn = endOn;
      else delete el.dataset.endOn;
      el.title = endOn
        ? `${axis.name} points ${endOn === 'toward' ? 'out of' : 'into'} the screen`
        : '';
    }
    const { w, h } = onScreen.length > 0 ? halfSize(el) : { w: 0, h: 0 };
    // Not laid out yet (no width to keep off the ions with): place again next frame.
    if (onScreen.length > 0 && w === 0) placed.key = '';
    const transform = centredAt(placeAxisLabelClear(origin, tip, w, h, onScreen));
    if (el.style.transform !== transform) el.style.transform = transform;
  });
}

function projectIons(
  ions: Ions,
  uniforms: LatticeUniforms,
  camera: THREE.Camera,
  size: { width: number; height: number },
) {
  const f: [number, number, number] = [0, 0, 0];
  const radius = ions.radius * pixelsPerAngstrom(uniforms, camera, size, ORIGIN);
  return ions.index.map((i) => {
    f[0] = ions.frac[3 * i];
    f[1] = ions.frac[3 * i + 1];
    f[2] = ions.frac[3 * i + 2];
    const p = projectFrac(uniforms, camera, size, f);
    return { x: p.x, y: p.y, radius };
  });
}

function lighten(hex: string): string {
  const c = new THREE.Color(hex).lerp(new THREE.Color('#ffffff'), 0.45);
  return `#${c.getHexString()}`;
}
