/**
 * The Sites & channels overlays: each channel's free path as a translucent tube (src/voids/
 * channel-path.ts: the ridge of the free-space field), the candidate sites as small spheres
 * coloured by free radius, and the ions placed at sites. Two instanced meshes (tube segments,
 * site spheres) plus one small mesh per placed ion. Mounted only while the panel is open with
 * the overlays on, so when hidden nothing is in the scene and nothing runs per frame.
 *
 * Positions are fractional (the analysis' cell, repeated over the drawn block) and go through
 * the view's lattice uniforms on the CPU, redone only when the lattice changes (a scenario at
 * x), so they follow the supercell and the lattice like the atoms.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { atomicNumber, atomRadius } from '../crystal/elements';
import { paletteColourHex } from '../crystal/palettes';
import type { Vec3 } from '../crystal/types';
import { useApp } from '../state/store';
import type { VoidAnalysis } from '../voids/analyse';
import { channelPaths } from '../voids/channel-path';
import {
  type SiteInstances,
  siteInstances,
  type TubeSegments,
  tubeSegments,
} from '../voids/overlay-block';
import { ionByName } from '../voids/placed-ion';
import { siteColour } from '../voids/site-colour';
import type { LatticeUniforms } from './gpu/lattice-uniforms';
import { fracCentre, pickSphere } from './picking';
import { SelectionMarker } from './SelectionMarker';

/** Å: drawn radius of a site sphere (small: a marker, not the site's size, which is its colour). */
export const SITE_SPHERE_RADIUS = 0.32;
/** Clicks count within this multiple of the drawn radius (a small target on a projector). */
const SITE_PICK_SLACK = 1.4;
/**
 * Tube radius: the largest sphere that travels along the channel (Df / 2), so an ion narrower
 * than the tube passes through. Inside the walls' spheres by construction, so the walls (and
 * the tunnel's outline down its axis) stay in view around it.
 */
const TUBE_MIN_RADIUS = 0.12; // Å: a channel just at the probe still shows
const TUBE_ON_WHITE = '#009e9e';
const TUBE_ON_BLACK = '#4fe0e0';
const TUBE_OPACITY = 0.35;

export interface OverlayData {
  analysis: VoidAnalysis;
  tubes: TubeSegments;
  /** Tube radius per channel (Å). */
  tubeRadius: number[];
  sites: SiteInstances;
}

/** The overlays for the drawn block, or null when they are not shown. */
export function useVoidOverlay(block: readonly [number, number, number]): OverlayData | null {
  const analysis = useApp((s) => (s.sites && s.siteOverlays ? s.voids : null));
  const [a, b, c] = block;
  return useMemo(() => {
    if (!analysis) return null;
    const size = [a, b, c];
    const paths = channelPaths(analysis);
    const tubeRadius = analysis.channels.map((ch) => Math.max(TUBE_MIN_RADIUS, ch.Df / 2));
    return {
      analysis,
      tubes: tubeSegments(paths, size),
      tubeRadius,
      sites: siteInstances(analysis.sites, size),
    };
  }, [analysis, a, b, c]);
}

/** The site copy under the pointer (instance index and distance along the ray), or null. */
export function pickOverlaySite(
  ray: THREE.Ray,
  data: OverlayData | null,
  uniforms: LatticeUniforms,
): { index: number; distance: number } | null {
  if (!data) return null;
  return pickSphere(
    ray,
    data.sites.count,
    (i, out) => {
      fracCentre(uniforms, data.sites.frac, i, out);
      return true;
    },
    () => SITE_SPHERE_RADIUS * SITE_PICK_SLACK,
  );
}

/** Selects the picked site copy in the store (the panel shows it). */
export function selectOverlaySite(data: OverlayData, index: number) {
  const f = data.sites.frac;
  const frac: Vec3 = [f[3 * index], f[3 * index + 1], f[3 * index + 2]];
  useApp.getState().selectSite({ site: data.sites.site[index], frac });
}

const up = new THREE.Vector3(0, 1, 0);
const pa = new THREE.Vector3();
const pb = new THREE.Vector3();
const dir = new THREE.Vector3();
const quat = new THREE.Quaternion();
const scl = new THREE.Vector3();
const mat = new THREE.Matrix4();

/** A key for the lattice as drawn now: the overlays are placed again only when it changes. */
function latticeKey(u: LatticeUniforms): string {
  return `${u.uLattice.value.elements.join(',')}|${u.uOffset.value.toArray().join(',')}`;
}

function placeTubes(mesh: THREE.InstancedMesh, data: OverlayData, u: LatticeUniforms) {
  const { ends, channel } = data.tubes;
  for (let s = 0; s < data.tubes.count; s++) {
    fracCentre(u, ends, 2 * s, pa);
    fracCentre(u, ends, 2 * s + 1, pb);
    dir.subVectors(pb, pa);
    const len = dir.length();
    quat.setFromUnitVectors(up, dir.normalize());
    const r = data.tubeRadius[channel[s]];
    mat.compose(pa.add(pb).multiplyScalar(0.5), quat, scl.set(r, len, r));
    mesh.setMatrixAt(s, mat);
  }
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
}

const zAxis = new THREE.Vector3(0, 0, 1);

/** Discs closing each strand where it leaves the block (what a tube seen end-on shows). */
function placeCaps(mesh: THREE.InstancedMesh, data: OverlayData, u: LatticeUniforms) {
  const { caps, capChannel } = data.tubes;
  for (let c = 0; c < capChannel.length; c++) {
    fracCentre(u, caps, 2 * c, pa);
    // The direction is a fractional step: through the lattice without the block's offset.
    dir.set(caps[6 * c + 3], caps[6 * c + 4], caps[6 * c + 5]).applyMatrix3(u.uLattice.value);
    quat.setFromUnitVectors(zAxis, dir.normalize());
    const r = data.tubeRadius[capChannel[c]];
    mat.compose(pa, quat, scl.set(r, r, r));
    mesh.setMatrixAt(c, mat);
  }
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
}

function placeSites(mesh: THREE.InstancedMesh, data: OverlayData, u: LatticeUniforms) {
  for (let i = 0; i < data.sites.count; i++) {
    fracCentre(u, data.sites.frac, i, pa);
    mat.makeScale(SITE_SPHERE_RADIUS, SITE_SPHERE_RADIUS, SITE_SPHERE_RADIUS).setPosition(pa);
    mesh.setMatrixAt(i, mat);
  }
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
}

export function VoidOverlays(props: {
  data: OverlayData;
  uniforms: LatticeUniforms;
  dark: boolean;
  /** The style's atom scale: placed ions are drawn like the atoms. */
  atomScale: number;
}) {
  const { data, uniforms, dark, atomScale } = props;
  const invalidate = useThree((s) => s.invalidate);
  const placed = useApp((s) => s.placedIons);
  const palette = useApp((s) => s.palette);
  const selection = useApp((s) => s.siteSelection);

  const tubeGeometry = useMemo(() => new THREE.CylinderGeometry(1, 1, 1, 20, 1, true), []);
  const sphereGeometry = useMemo(() => new THREE.SphereGeometry(1, 20, 14), []);
  const capGeometry = useMemo(() => new THREE.CircleGeometry(1, 28), []);
  const tubeMaterial = useMemo(
    () =>
      new THREE.MeshLambertMaterial({
        transparent: true,
        opacity: TUBE_OPACITY,
        depthWrite: false,
        side: THREE.DoubleSide,
      }),
    [],
  );
  const siteMaterial = useMemo(() => new THREE.MeshLambertMaterial(), []);
  useEffect(
    () => () => {
      for (const d of [tubeGeometry, sphereGeometry, capGeometry, tubeMaterial, siteMaterial])
        d.dispose();
    },
    [tubeGeometry, sphereGeometry, capGeometry, tubeMaterial, siteMaterial],
  );
  useLayoutEffect(() => {
    tubeMaterial.color.set(dark ? TUBE_ON_BLACK : TUBE_ON_WHITE);
    invalidate();
  }, [dark, tubeMaterial, invalidate]);

  const tubes = useMemo(() => {
    const m = new THREE.InstancedMesh(tubeGeometry, tubeMaterial, Math.max(1, data.tubes.count));
    m.count = data.tubes.count;
    m.name = 'channel-tubes';
    m.renderOrder = 3;
    return m;
  }, [data, tubeGeometry, tubeMaterial]);
  const caps = useMemo(() => {
    const n = data.tubes.capChannel.length;
    const m = new THREE.InstancedMesh(capGeometry, tubeMaterial, Math.max(1, n));
    m.count = n;
    m.name = 'channel-tube-caps';
    m.renderOrder = 3;
    return m;
  }, [data, capGeometry, tubeMaterial]);
  const sites = useMemo(() => {
    const m = new THREE.InstancedMesh(sphereGeometry, siteMaterial, Math.max(1, data.sites.count));
    m.count = data.sites.count;
    m.name = 'site-spheres';
    const colour = new THREE.Color();
    for (let i = 0; i < data.sites.count; i++) {
      const [r, g, b] = siteColour(data.analysis.sites[data.sites.site[i]].radius);
      m.setColorAt(i, colour.setRGB(r, g, b, THREE.SRGBColorSpace));
    }
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    return m;
  }, [data, sphereGeometry, siteMaterial]);
  useEffect(
    () => () => {
      tubes.dispose();
      caps.dispose();
      sites.dispose();
    },
    [tubes, caps, sites],
  );

  const ions = useMemo(
    () =>
      placed.map((p) => {
        const element = ionByName(p.ion)?.element ?? 'X';
        const z = atomicNumber(element);
        const material = new THREE.MeshLambertMaterial();
        material.color.set(paletteColourHex(z, palette));
        return { frac: Float32Array.from(p.frac), radius: atomRadius(z), material };
      }),
    [placed, palette],
  );
  useEffect(
    () => () => {
      for (const i of ions) i.material.dispose();
    },
    [ions],
  );
  const ionRefs = useRef<(THREE.Mesh | null)[]>([]);

  const placedKey = useRef('');
  // New meshes (or ions): place them on the next frame, whatever the lattice.
  const meshes = useMemo(() => ({ tubes, caps, sites, ions }), [tubes, caps, sites, ions]);
  useLayoutEffect(() => {
    if (meshes) placedKey.current = '';
    invalidate();
  }, [meshes, invalidate]);
  useFrame(() => {
    const key = latticeKey(uniforms);
    if (key === placedKey.current) return;
    placedKey.current = key;
    placeTubes(tubes, data, uniforms);
    placeCaps(caps, data, uniforms);
    placeSites(sites, data, uniforms);
    ions.forEach((ion, i) => {
      const mesh = ionRefs.current[i];
      if (mesh) fracCentre(uniforms, ion.frac, 0, mesh.position);
    });
  });

  const marker = useMemo(() => {
    if (!selection) return null;
    const f = Float32Array.from(selection.frac);
    return (out: THREE.Vector3) => {
      fracCentre(uniforms, f, 0, out);
      return true;
    };
  }, [selection, uniforms]);

  return (
    <group name="void-overlays">
      <hemisphereLight args={['#ffffff', '#666666', 2.2]} />
      <directionalLight position={[3, 5, 8]} intensity={1.2} />
      <primitive object={tubes} />
      <primitive object={caps} />
      <primitive object={sites} />
      {ions.map((ion, i) => (
        <mesh
          // biome-ignore lint/suspicious/noArrayIndexKey: placements are a stack; the index is their identity
          key={i}
          name="placed-ion"
          ref={(m) => {
            ionRefs.current[i] = m;
          }}
          geometry={sphereGeometry}
          material={ion.material}
          scale={ion.radius * atomScale}
        />
      ))}
      <SelectionMarker place={marker} radius={SITE_SPHERE_RADIUS} dark={dark} />
    </group>
  );
}
