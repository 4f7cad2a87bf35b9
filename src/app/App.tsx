/** The page: side panels around the 3D view. Panels are DOM; the view is one canvas. */
import { lazy, Suspense } from 'react';
import { useApp } from '../state/store';
import { ColourKey } from '../ui/ColourKey';
import { CompactReadout } from '../ui/CompactReadout';
import { ComparePanes } from '../ui/ComparePanes';
import { ComparePicker } from '../ui/ComparePicker';
import { ExportMenu } from '../ui/export/ExportMenu';
import { FileDrop } from '../ui/FileDrop';
import { Inspector } from '../ui/Inspector';
import { KeptFileNote } from '../ui/KeptFileNote';
import { LessonPanel } from '../ui/LessonPanel';
import { MicroscopeSlot } from '../ui/microscope/MicroscopeSlot';
import { Notices } from '../ui/Notices';
import { PanelsToggle } from '../ui/PanelsToggle';
import { Presentation } from '../ui/Presentation';
import { ReadProgress } from '../ui/ReadProgress';
import { ScenarioCaption } from '../ui/ScenarioCaption';
import { ScenarioPanel } from '../ui/ScenarioPanel';
import { ShortcutsHelp } from '../ui/ShortcutsHelp';
import { SitesPanel } from '../ui/SitesPanel';
import { StructureInfo } from '../ui/StructureInfo';
import { StructurePicker } from '../ui/StructurePicker';
import { StyleControls } from '../ui/StyleControls';
import { SupercellControl } from '../ui/SupercellControl';
import { Timeline } from '../ui/Timeline';
import { FormulaText } from '../ui/Typeset';
import { ViewControls } from '../ui/ViewControls';
import { ViewFocus } from '../ui/ViewFocus';
import { WebGLGuard } from '../ui/WebGLGuard';

// three.js and the renderer load in their own chunk, so the panels paint before them.
const Viewer = lazy(() => import('../scene/Viewer').then((m) => ({ default: m.Viewer })));
const CompareViewer = lazy(() =>
  import('../scene/CompareViewer').then((m) => ({ default: m.CompareViewer })),
);

export function App() {
  const busy = useApp((s) => s.busy);
  const dark = useApp((s) => s.background === 'black');
  const scenario = useApp((s) => (s.scenarioId ? s.loadedScenario : null));
  const loaded = useApp((s) => s.loaded);
  const embed = useApp((s) => s.embed);
  const transparent = useApp((s) => s.transparent);
  const textScale = useApp((s) => s.textScale);
  const presenting = useApp((s) => s.presenting && s.lesson !== null);
  const panelsHidden = useApp((s) => s.panelsHidden && !s.embed);
  const controls = useApp((s) => s.controls || !s.embed);
  const compare = useApp((s) => s.compare);
  const compared = useApp((s) => s.compareLoaded);
  if (compare) return <CompareApp compare={compare} compared={compared} />;
  return (
    <div
      className={[
        'app',
        dark && 'dark',
        embed && 'embed',
        presenting && 'presenting',
        panelsHidden && 'panels-hidden',
        transparent && 'transparent',
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ '--text-scale': textScale } as React.CSSProperties}
    >
      <header className="topbar" hidden={embed}>
        <PanelsToggle />
        <h1>
          Tunnelscope<span className="tagline"> · battery host structures in 3D</span>
        </h1>
        <div className="topbar-actions">
          <ShortcutsHelp />
          <FileDrop />
          <ExportMenu />
        </div>
      </header>
      <aside
        className="sidebar"
        id="side-panels"
        hidden={embed || panelsHidden}
        aria-label="Structure and view"
      >
        <StructurePicker />
        <KeptFileNote />
        <ViewControls />
        <SupercellControl />
        <ComparePicker />
        <StyleControls />
        <LessonPanel />
      </aside>
      <main className="stage" aria-busy={busy} data-showing={scenario?.key ?? loaded?.key ?? ''}>
        <ViewFocus>
          <WebGLGuard>
            <Suspense fallback={<div className="busy">Loading the 3D view…</div>}>
              <Viewer />
            </Suspense>
          </WebGLGuard>
        </ViewFocus>
        {scenario ? (
          <div className="structure-info">
            <div className="title">
              <FormulaText text={scenario.path.scenario.title} />
            </div>
          </div>
        ) : (
          <StructureInfo />
        )}
        <ColourKey />
        {busy && <div className="busy">Building…</div>}
        <ReadProgress />
        {!embed && <MicroscopeSlot />}
        <Notices />
      </main>
      {scenario && (
        <footer className="timeline-area">
          {embed && <CompactReadout scenario={scenario} />}
          <ScenarioCaption scenario={scenario} />
          {controls && <Timeline scenario={scenario} />}
        </footer>
      )}
      {presenting && <Presentation />}
      <aside
        className="details"
        id="details-panels"
        hidden={embed || panelsHidden}
        aria-label="Details"
      >
        {scenario ? <ScenarioPanel scenario={scenario} /> : <Inspector />}
        <SitesPanel />
      </aside>
    </div>
  );
}

/** The compare view's page: the picker stays (choosing a structure leaves the comparison). */
function CompareApp(props: {
  compare: NonNullable<ReturnType<typeof useApp.getState>['compare']>;
  compared: ReturnType<typeof useApp.getState>['compareLoaded'];
}) {
  const { compare, compared } = props;
  const busy = useApp((s) => s.busy);
  const dark = useApp((s) => s.background === 'black');
  const embed = useApp((s) => s.embed);
  const textScale = useApp((s) => s.textScale);
  const panelsHidden = useApp((s) => s.panelsHidden && !s.embed);
  return (
    <div
      className={[
        'app',
        'comparing',
        dark && 'dark',
        embed && 'embed',
        panelsHidden && 'panels-hidden',
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ '--text-scale': textScale } as React.CSSProperties}
    >
      <header className="topbar" hidden={embed}>
        <PanelsToggle />
        <h1>
          Tunnelscope<span className="tagline"> · battery host structures in 3D</span>
        </h1>
        <div className="topbar-actions">
          <ShortcutsHelp />
        </div>
      </header>
      <aside
        className="sidebar"
        id="side-panels"
        hidden={embed || panelsHidden}
        aria-label="Structure and view"
      >
        <StructurePicker />
        <ComparePicker />
        <StyleControls />
        <LessonPanel />
      </aside>
      <main className="stage" aria-busy={busy} data-showing={`compare:${compare.ids.join(',')}`}>
        <WebGLGuard>
          <ComparePanes
            compare={compare}
            viewer={(root) =>
              compared && (
                <Suspense fallback={null}>
                  <CompareViewer compare={compare} structures={compared} root={root} />
                </Suspense>
              )
            }
          />
        </WebGLGuard>
        <Notices />
      </main>
    </div>
  );
}
