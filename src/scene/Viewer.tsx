/**
 * The single view's 3D canvas (SceneCanvas: on demand only); anything that changes the
 * picture calls invalidate().
 */
import { useFrame } from '@react-three/fiber';
import { useApp } from '../state/store';
import { tunnelsOf } from '../state/tunnel-labels';
import { CameraRig } from './CameraRig';
import { drawingFor } from './drawing';
import { GlbExporter } from './export/glb-exporter';
import { ImageExporter } from './export/ImageExporter';
import { VideoExporters } from './export/video-exporters';
import { InsertionView } from './InsertionView';
import { KeyboardCamera } from './KeyboardCamera';
import { MotionDpr } from './MotionDpr';
import { SceneCanvas, stampFrame } from './SceneCanvas';
import { StructureBoxReporter } from './StructureBoxReporter';
import { StructureView } from './StructureView';
import './three-console';

export function Viewer() {
  const loaded = useApp((s) => s.loaded);
  const scenario = useApp((s) => (s.scenarioId ? s.loadedScenario : null));
  const projection = useApp((s) => s.projection);
  const background = useApp((s) => s.background);
  const transparent = useApp((s) => s.transparent);
  const resetCount = useApp((s) => s.cameraResetCount);
  // Found after the structure is drawn (app/tunnel-finder.ts): none until then.
  const tunnels = useApp((s) => tunnelsOf(s.tunnels, loaded?.crystal));
  const bg = background === 'black' ? '#000000' : '#ffffff';
  // Multisampling and pixel ratio by scene size (lod.ts).
  const drawing = drawingFor(
    scenario
      ? scenario.hostScene.atomCount + scenario.path.guests.count
      : (loaded?.scene.atomCount ?? 0),
  );

  return (
    <SceneCanvas
      drawing={drawing}
      className="viewer-canvas"
      style={{ background: transparent ? 'transparent' : bg }}
    >
      {!transparent && <color attach="background" args={[bg]} />}
      <MotionDpr resting={drawing.restingDpr} moving={drawing.movingDpr} />
      <ImageExporter />
      <KeyboardCamera />
      <VideoExporters />
      <GlbExporter />
      {scenario && (
        <>
          <CameraRig
            lattice={scenario.path.keyframeLattices[0].matrix}
            supercell={scenario.path.supercell}
            projection={projection}
            resetKey={`${scenario.key}/${resetCount}`}
          />
          <InsertionView key={scenario.key} scenario={scenario} />
          <StructureBoxReporter
            lattice={scenario.path.keyframeLattices[0].matrix}
            supercell={scenario.path.supercell}
          />
          <FrameStamp id={scenario.key} />
        </>
      )}
      {loaded && !scenario && (
        <>
          <CameraRig
            lattice={loaded.crystal.lattice.matrix}
            supercell={loaded.scene.supercell}
            projection={projection}
            resetKey={`${loaded.key}/${resetCount}`}
          />
          <StructureView
            key={loaded.key}
            model={loaded.scene}
            lattice={loaded.crystal.lattice.matrix}
            tunnels={tunnels}
          />
          <StructureBoxReporter
            lattice={loaded.crystal.lattice.matrix}
            supercell={loaded.scene.supercell}
          />
          <FrameStamp id={loaded.key} />
        </>
      )}
    </SceneCanvas>
  );
}

/** Stamps every frame with what it drew (SceneCanvas.stampFrame). */
function FrameStamp({ id }: { id: string }) {
  useFrame(({ gl }) => stampFrame(gl, id));
  return null;
}
