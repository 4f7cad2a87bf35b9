/**
 * The compare view's one canvas: every pane is a scissored viewport of the same WebGL
 * context (one context however many panes), drawn on demand like the single view. Each pane
 * has its own scene and orthographic camera, placed from its own frame by the shared turn and
 * drawn at the shared scale (compare-camera.ts). A drag, a wheel or a camera key (arrows,
 * +/−, 0, on a focused pane) moves the shared turn, so all panes follow; where it comes to
 * rest goes into the store (and so the link), as the single view's camera does. The panes'
 * slots are DOM elements (`[data-compare-slot]`) laid out by the UI; this draws into their
 * rectangles.
 */
import { createPortal, useFrame, useThree } from '@react-three/fiber';
import { Fragment, useCallback, useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { Vec3 } from '../crystal/types';
import { catalogueEntry } from '../state/catalogue';
import { type CompareState, paneView, settledComparePose } from '../state/compare';
import type { LoadedStructure } from '../state/loaded-structure';
import { useApp } from '../state/store';
import { aimCamera, FRAME_MARGIN, ORTHO_DISTANCE } from './aim-camera';
import { CompareStructure } from './CompareStructure';
import { cameraFrame } from './camera-frame';
import { cameraKeyAction } from './camera-keys';
import {
  type CompareTurn,
  dragTurn,
  frameExtent,
  keyTurn,
  NO_TURN,
  type PaneFrame,
  sharedScale,
  turnedFrame,
  turnInFrame,
  wheelZoom,
} from './compare-camera';
import { drawingFor } from './drawing';
import { SceneCanvas, stampFrame } from './SceneCanvas';
import { useSettled } from './useSettled';
import './three-console';

interface Pane {
  loaded: LoadedStructure;
  scene: THREE.Scene;
  camera: THREE.OrthographicCamera;
  frame: PaneFrame;
  radius: number; // Å, bounding sphere: sets the camera's distance and clip planes
  halfWidth: number; // Å on screen when first shown, with the margin
  halfHeight: number;
}

export function CompareViewer(props: {
  compare: CompareState;
  structures: LoadedStructure[];
  /** The element holding the panes' slots (also where drags and wheels are heard). */
  root: HTMLElement;
}) {
  const { structures } = props;
  const background = useApp((s) => s.background);
  const bg = background === 'black' ? '#000000' : '#ffffff';
  const drawing = drawingFor(Math.max(...structures.map((l) => l.scene.atomCount)));
  return (
    <SceneCanvas
      drawing={drawing}
      className="compare-canvas"
      style={{ pointerEvents: 'none', background: bg }}
    >
      <Panes {...props} bg={bg} />
    </SceneCanvas>
  );
}

const ORIGIN: Vec3 = [0, 0, 0];

function Panes(props: {
  compare: CompareState;
  structures: LoadedStructure[];
  root: HTMLElement;
  bg: string;
}) {
  const { compare, structures, root, bg } = props;
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const resetCount = useApp((s) => s.compareResetCount);
  const turn = useRef<CompareTurn>(NO_TURN);
  const settle = useSettled();

  const panes = useMemo<Pane[]>(
    () =>
      structures.map((loaded) => {
        const entry = loaded.source.kind === 'bundled' ? catalogueEntry(loaded.source.id) : null;
        const view = entry ? paneView(compare.view, entry) : ([0, 0, 1] as Vec3);
        const lattice = loaded.crystal.lattice.matrix;
        const f = cameraFrame(lattice, view, loaded.scene.supercell);
        const frame = { back: f.back, up: f.up };
        const extent = frameExtent(lattice, loaded.scene.supercell, frame);
        return {
          loaded,
          scene: new THREE.Scene(),
          camera: new THREE.OrthographicCamera(),
          frame,
          radius: f.radius * FRAME_MARGIN,
          halfWidth: extent.halfWidth * FRAME_MARGIN,
          halfHeight: extent.halfHeight * FRAME_MARGIN,
        };
      }),
    [structures, compare.view],
  );

  // A new comparison, direction, Reset or Back/Forward: the cameras where the store (the
  // link) has them, or every pane at its own frame.
  // biome-ignore lint/correctness/useExhaustiveDependencies: panes and resetCount are the triggers
  useEffect(() => {
    turn.current = useApp.getState().compare?.camera ?? NO_TURN;
    invalidate();
  }, [panes, resetCount, invalidate]);

  // Once the cameras stop, their pose goes into the store as the link writes it.
  const settled = useCallback(
    () =>
      settle(() => {
        const s = useApp.getState();
        const pose = settledComparePose(turn.current);
        if (s.compare && JSON.stringify(pose) !== JSON.stringify(s.compare.camera ?? null))
          s.compareCameraSettled(pose);
      }),
    [settle],
  );

  useEffect(() => {
    for (const p of panes) p.scene.background = new THREE.Color(bg);
    invalidate();
  }, [panes, bg, invalidate]);

  // Drags, wheels and camera keys on any slot move the shared turn; a resized slot redraws.
  useEffect(() => {
    const slots = [...root.querySelectorAll<HTMLElement>('[data-compare-slot]')];
    let drag: { x: number; y: number; height: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      if (e.button !== 0) return;
      const el = e.currentTarget as HTMLElement;
      drag = { x: e.clientX, y: e.clientY, height: el.clientHeight, id: e.pointerId };
      el.setPointerCapture?.(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      turn.current = dragTurn(turn.current, e.clientX - drag.x, e.clientY - drag.y, drag.height);
      drag = { ...drag, x: e.clientX, y: e.clientY };
      invalidate();
    };
    const up = (e: PointerEvent) => {
      if (drag && e.pointerId === drag.id) {
        drag = null;
        settled();
      }
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      turn.current = wheelZoom(turn.current, e.deltaY);
      invalidate();
      settled();
    };
    const key = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const action = cameraKeyAction(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault(); // the page must not scroll under the arrows
      if (action.kind === 'reset') {
        useApp.getState().resetCompareCamera();
        return;
      }
      turn.current = keyTurn(turn.current, action);
      invalidate();
      settled();
    };
    const resize = new ResizeObserver(() => invalidate());
    for (const s of slots) {
      s.addEventListener('pointerdown', down);
      s.addEventListener('pointermove', move);
      s.addEventListener('pointerup', up);
      s.addEventListener('pointercancel', up);
      s.addEventListener('wheel', wheel, { passive: false });
      s.addEventListener('keydown', key);
      resize.observe(s);
    }
    return () => {
      resize.disconnect();
      for (const s of slots) {
        s.removeEventListener('pointerdown', down);
        s.removeEventListener('pointermove', move);
        s.removeEventListener('pointerup', up);
        s.removeEventListener('pointercancel', up);
        s.removeEventListener('wheel', wheel);
        s.removeEventListener('keydown', key);
      }
    };
  }, [root, invalidate, settled]);

  // Priority 1: this draws the frame (R3F then skips its own render of the default scene).
  useFrame(() => {
    const slots = [...root.querySelectorAll<HTMLElement>('[data-compare-slot]')];
    const canvas = gl.domElement.getBoundingClientRect();
    const rects = panes.map((_, i) => slots[i]?.getBoundingClientRect() ?? null);
    const scale = sharedScale(
      panes.map((p, i) => ({
        width: rects[i]?.width ?? 1,
        height: rects[i]?.height ?? 1,
        halfWidth: p.halfWidth,
        halfHeight: p.halfHeight,
      })),
      turn.current.zoom,
    );
    const autoClear = gl.autoClear;
    gl.autoClear = false;
    gl.setScissorTest(false);
    gl.setClearColor(bg, 1);
    gl.clear(true, true);
    panes.forEach((p, i) => {
      const r = rects[i];
      if (!r || r.width < 1 || r.height < 1) return;
      const { camera } = p;
      const f = turnedFrame(p.frame, turn.current);
      const distance = p.radius * ORTHO_DISTANCE;
      camera.left = -r.width / 2;
      camera.right = r.width / 2;
      camera.top = r.height / 2;
      camera.bottom = -r.height / 2;
      camera.zoom = scale;
      aimCamera(camera, f, ORIGIN, distance, distance);
      camera.updateProjectionMatrix();
      const left = r.left - canvas.left;
      const bottom = canvas.bottom - r.bottom;
      gl.setViewport(left, bottom, r.width, r.height);
      gl.setScissor(left, bottom, r.width, r.height);
      gl.setScissorTest(true);
      gl.render(p.scene, camera);
      gl.setScissorTest(false);
      // For tests and embedding pages: the scale drawn and the turn in the pane's own frame.
      const slot = slots[i];
      slot.dataset.scale = scale.toFixed(4);
      slot.dataset.turn = turnInFrame(p.frame, f)
        .map((k) => k.toFixed(4))
        .join(',');
      slot.dataset.shown = p.loaded.key;
    });
    gl.setViewport(0, 0, canvas.width, canvas.height);
    gl.autoClear = autoClear;
    // As the single view's FrameStamp: what the latest frame drew, for anyone waiting on it.
    stampFrame(gl, `compare:${compare.ids.join(',')}`);
  }, 1);

  return (
    <>
      {panes.map((p) => (
        <Fragment key={p.loaded.key}>
          {createPortal(
            <CompareStructure model={p.loaded.scene} lattice={p.loaded.crystal.lattice.matrix} />,
            p.scene,
            { camera: p.camera },
          )}
        </Fragment>
      ))}
    </>
  );
}
