/**
 * Tunnel labels: the n×m name and the O–O width at each tunnel of the drawn block, shown while
 * the view looks down the tunnels (a label floating over a side view would point at nothing).
 * DOM text placed each frame by projection, like the axis labels, so it stays crisp on a
 * projector; created and removed here so a structure switch leaves nothing behind.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { drawnColumns } from '../crystal/tunnel-walls';
import type { TunnelSize } from '../crystal/tunnels';
import { useApp } from '../state/store';
import type { LatticeUniforms } from './gpu/lattice-uniforms';
import { type Point, placeClear } from './label-clearance';
import { registerLabelPlacer } from './label-placers';
import { centredAt, pixelsPerAngstrom, projectFrac } from './screen-point';
import {
  anchorsOverIons,
  MAX_TUNNEL_LABELS,
  type TunnelAnchor,
  tunnelAnchors,
} from './tunnel-anchors';

/** Labels show while the line of sight is within this angle of the tunnel axis. */
const MAX_TILT_DEG = 25;
const COS_MAX_TILT = Math.cos((MAX_TILT_DEG * Math.PI) / 180);

const sight = new THREE.Vector3();
const axisDir = new THREE.Vector3();
const downAxis = [false, false, false];

export function TunnelLabels(props: {
  tunnels: readonly TunnelSize[];
  supercell: readonly [number, number, number];
  uniforms: LatticeUniforms;
  /**
   * Names only, as plain text: during a scenario the lattice breathes (a width measured once
   * would be stale) and ions fill the tunnels (a chip would hide them).
   */
  namesOnly?: boolean;
  /**
   * The ions a label must not cover: block coordinates (3 per ion) and their drawn radius (Å).
   * A label over a tunnel that holds ions moves off the ions' column.
   */
  ions?: { frac: ArrayLike<number>; radius: number };
  /**
   * The drawn atoms (block coordinates, 3 per atom, and the model's `outside` marks): a label
   * stands only on a tunnel copy whose whole ring of walls is drawn among them.
   */
  atoms?: { frac: ArrayLike<number>; outside: ArrayLike<number> };
}) {
  const { tunnels, supercell, uniforms, namesOnly = false, ions, atoms } = props;
  const gl = useThree((s) => s.gl);
  const anchors = useMemo(() => {
    // Ligands added beyond the block to complete a polyhedron are no wall of a tunnel in it.
    const axes = [...new Set(tunnels.map((t) => t.axis))];
    const drawn = atoms && drawnColumns(atoms.frac, axes, (i) => atoms.outside[i] === 1);
    // A scenario's block is drawn without the half walls on its faces: interior tunnels only.
    const all = tunnelAnchors(tunnels, supercell, namesOnly, drawn);
    return all.length > MAX_TUNNEL_LABELS ? [] : all;
  }, [tunnels, supercell, namesOnly, atoms]);

  const labels = useMemo(
    () =>
      anchors.map((anchor) => {
        const tunnel = tunnels[anchor.tunnel];
        const el = document.createElement('span');
        el.className = 'tunnel-label';
        el.dataset.tunnel = tunnel.name;
        if (tunnel.occupied || namesOnly) el.dataset.occupied = '';
        const name = document.createElement('b');
        name.textContent = tunnel.name;
        el.append(name);
        if (!namesOnly) {
          const size = document.createElement('small');
          size.textContent = `${tunnel.across.toFixed(1)} Å`;
          el.append(size);
          el.title = tunnelTitle(tunnel);
        }
        return el;
      }),
    [anchors, tunnels, namesOnly],
  );

  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const parent = gl.domElement.parentElement;
    if (!parent) return;
    for (const el of labels) parent.appendChild(el);
    // The labels come after the structure's first frame: draw one to place them.
    invalidate();
    return () => {
      for (const el of labels) el.remove();
    };
  }, [gl, labels, invalidate]);

  const placed = useMemo(() => new Float32Array(2 * anchors.length).fill(Number.NaN), [anchors]);
  const overIons = useMemo(
    () => (ions ? anchorsOverIons(anchors, ions.frac, supercell) : anchors.map(() => false)),
    [anchors, ions, supercell],
  );
  // Label half-sizes (px), read from the DOM once, again when the text size changes.
  const halfSize = useMemo(() => new Float32Array(2 * anchors.length), [anchors]);
  const textScale = useApp((s) => s.textScale);
  useEffect(() => {
    if (textScale > 0) halfSize.fill(0);
    placed.fill(Number.NaN);
  }, [textScale, halfSize, placed]);

  /**
   * Places the labels for a camera and size. `cache` holds the live view's last placement
   * (style writes are skipped when nothing moved); a video frame's placement passes none, so
   * the live cache still describes the live placement that is put back afterwards.
   */
  function place(
    camera: THREE.Camera,
    size: { width: number; height: number },
    cache: Float32Array | null,
  ) {
    // Once per frame for each lattice axis: does the view look down it?
    camera.getWorldDirection(sight);
    const m = uniforms.uLattice.value.elements; // column-major: column j is lattice row j
    for (let axis = 0; axis < 3; axis++) {
      axisDir.set(m[3 * axis], m[3 * axis + 1], m[3 * axis + 2]).normalize();
      downAxis[axis] = Math.abs(axisDir.dot(sight)) >= COS_MAX_TILT;
    }
    anchors.forEach((anchor, k) => {
      const el = labels[k];
      const shown = downAxis[tunnels[anchor.tunnel].axis];
      if (el.hidden === shown) el.hidden = !shown;
      if (!shown) return;
      // Whole pixels, written only when they change: a breathing lattice moves labels by
      // fractions of a pixel, and each style write restyles the label.
      let p: Point = projectFrac(uniforms, camera, size, anchor.frac);
      if (overIons[k] && ions) p = offIons(k, anchor, p, camera, size);
      const x = Math.round(p.x);
      const y = Math.round(p.y);
      if (cache) {
        if (cache[2 * k] === x && cache[2 * k + 1] === y) return;
        cache[2 * k] = x;
        cache[2 * k + 1] = y;
      }
      el.style.transform = centredAt({ x, y });
    });
  }
  const placeRef = useRef(place);
  placeRef.current = place;

  useFrame(({ camera, size }) => place(camera, size, placed));
  useEffect(() => registerLabelPlacer((camera, size) => placeRef.current(camera, size, null)), []);

  /** Moves label k off the column of ions along its tunnel axis. */
  function offIons(
    k: number,
    anchor: TunnelAnchor,
    at: Point,
    camera: THREE.Camera,
    size: { width: number; height: number },
  ): Point {
    if (halfSize[2 * k] === 0) {
      const el = labels[k];
      halfSize[2 * k] = el.offsetWidth / 2;
      halfSize[2 * k + 1] = el.offsetHeight / 2;
    }
    const ends = [0, supercell[anchor.axis]].map((v) => {
      const f: [number, number, number] = [...anchor.frac];
      f[anchor.axis] = v;
      return projectFrac(uniforms, camera, size, f);
    });
    const radius = (ions?.radius ?? 0) * pixelsPerAngstrom(uniforms, camera, size, anchor.frac);
    return placeClear(at, halfSize[2 * k], halfSize[2 * k + 1], [
      { a: ends[0], b: ends[1], radius },
    ]);
  }

  return null;
}

function tunnelTitle(t: TunnelSize): string {
  const free = t.free === null ? '' : `; free aperture ${t.free.toFixed(2)} Å after O²⁻ radii`;
  return `${t.name} tunnel: O–O across ${t.across.toFixed(2)} Å${free}`;
}
