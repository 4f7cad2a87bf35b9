/**
 * URL ⇄ view state. Parsing is pure and total: an unknown or malformed parameter is ignored
 * with a notice that says which parameter and why, never a crash.
 *
 *   ?s=alpha-MnO2&style=polyhedral&sc=2x2x3&view=001&proj=persp&bg=black
 *   ?scn=k-alpha-mno2&x=0.42&play=1
 *   ?s=alpha-MnO2&sites=1&probe=0.6&mobile=Na,K
 *   ?cmp=beta-MnO2,ramsdellite,alpha-MnO2,todorokite&view=001   (view: the panes' direction)
 *   ?cmp=…&turn=-35.5,12&zoom=1.4   (the linked cameras: yaw, pitch in degrees; shared zoom)
 */

import { PALETTES } from '../crystal/palettes';
import { shortName, shortValue } from '../text/short-value';
import {
  type ComparePose,
  type CompareState,
  formatComparePose,
  parseCompareIds,
  parseCompareTurn,
} from './compare';
import {
  formatMobile,
  formatUvw,
  formatX,
  parseDirection,
  parseMobile,
  parsePan,
  parseProbe,
  parseStyle,
  parseSupercell,
  parseTem,
  round4,
} from './url-values';
import {
  DEFAULT_VIEW_STATE,
  DRAW_STYLES,
  MAX_PAN,
  MAX_PROBE,
  MAX_TEXT_SCALE,
  MAX_ZOOM,
  MIN_PROBE,
  MIN_TEXT_SCALE,
  MIN_ZOOM,
  type Palette,
  TEM_VIEWS,
  type Uvw,
  type ViewState,
} from './view-state';

export interface UrlParseResult {
  state: ViewState;
  notices: string[];
}

const MAX_FILE_NAME = 255; // characters, as most file systems allow

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;

/** `knownStructures`/`knownScenarios` let the parser reject ids that are not bundled. */
export function parseViewUrl(
  search: string,
  knownStructures: readonly string[],
  knownScenarios: readonly string[] = [],
): UrlParseResult {
  const params = new URLSearchParams(search);
  const state: ViewState = {
    ...DEFAULT_VIEW_STATE,
    supercell: [...DEFAULT_VIEW_STATE.supercell],
    mobile: [...DEFAULT_VIEW_STATE.mobile],
  };
  const notices: string[] = [];
  const reject = (name: string, value: string, why: string) =>
    notices.push(`Ignored URL parameter ${name}=${shortValue(value)}: ${why}.`);
  let view: Uvw | null = null;
  let zoom: number | null = null;
  let turn: Pick<ComparePose, 'yaw' | 'pitch'> | null = null;

  for (const [name, value] of params) {
    switch (name) {
      case 's':
        if (ID_PATTERN.test(value) && knownStructures.includes(value)) state.structureId = value;
        else reject(name, value, `no bundled structure has that id`);
        break;
      case 'file':
        if (value.trim() !== '' && value.length <= MAX_FILE_NAME) state.file = value;
        else reject(name, value, `expected a file name of 1 to ${MAX_FILE_NAME} characters`);
        break;
      case 'style': {
        const style = parseStyle(value);
        if (style) state.style = style;
        else reject(name, value, `expected one of ${DRAW_STYLES.join(', ')}`);
        break;
      }
      case 'sc': {
        const sc = parseSupercell(value);
        if (typeof sc === 'string') reject(name, value, sc);
        else state.supercell = sc;
        break;
      }
      case 'view': {
        const uvw = parseDirection(value);
        if (uvw) view = uvw;
        else reject(name, value, 'expected a direction [uvw] such as 001, 110 or 1,-1,0');
        break;
      }
      case 'up': {
        const uvw = parseDirection(value);
        if (uvw) state.up = uvw;
        else reject(name, value, 'expected a direction [uvw] such as 010 or 0,0.5,1');
        break;
      }
      case 'zoom': {
        const z = Number(value);
        if (value.trim() !== '' && Number.isFinite(z) && z >= MIN_ZOOM && z <= MAX_ZOOM) zoom = z;
        else reject(name, value, `expected a number from ${MIN_ZOOM} to ${MAX_ZOOM}`);
        break;
      }
      case 'turn': {
        const angles = parseCompareTurn(value);
        if (typeof angles === 'string') reject(name, value, angles);
        else turn = angles;
        break;
      }
      case 'pan': {
        const pan = parsePan(value);
        if (pan) state.pan = pan;
        else
          reject(name, value, `expected two numbers from −${MAX_PAN} to ${MAX_PAN}, e.g. 0.2,-0.1`);
        break;
      }
      case 'proj':
        if (value === 'ortho' || value === 'persp')
          state.projection = value === 'ortho' ? 'orthographic' : 'perspective';
        else reject(name, value, 'expected ortho or persp');
        break;
      case 'bg':
        if (value === 'white' || value === 'black') state.background = value;
        else reject(name, value, 'expected white or black');
        break;
      case 'scn':
        if (ID_PATTERN.test(value) && knownScenarios.includes(value)) state.scenarioId = value;
        else reject(name, value, 'no bundled scenario has that id');
        break;
      case 'x': {
        const x = Number(value);
        if (value.trim() !== '' && Number.isFinite(x)) state.x = x;
        else reject(name, value, 'expected a number');
        break;
      }
      case 'alkali':
        if (value === '1' || value === '0') state.alkaliPolyhedra = value === '1';
        else reject(name, value, 'expected 1 or 0');
        break;
      case 'tunnels':
        if (value === '1' || value === '0') state.tunnelLabels = value === '1';
        else reject(name, value, 'expected 1 or 0');
        break;
      case 'key':
        if (value === '1' || value === '0') state.colourKey = value === '1';
        else reject(name, value, 'expected 1 or 0');
        break;
      case 'loop':
      case 'transparent':
        if (value === '1' || value === '0') state[name] = value === '1';
        else reject(name, value, 'expected 1 or 0');
        break;
      case 'embed':
        if (value === '1' || value === '0') state.embed = value === '1';
        else reject(name, value, 'expected 1 or 0');
        break;
      case 'controls':
        if (value === '1' || value === '0') state.controls = value === '1';
        else reject(name, value, 'expected 1 or 0');
        break;
      case 'palette':
        if ((PALETTES as readonly string[]).includes(value)) state.palette = value as Palette;
        else reject(name, value, `expected one of ${PALETTES.join(', ')}`);
        break;
      case 'text': {
        const t = Number(value);
        if (value.trim() !== '' && t >= MIN_TEXT_SCALE && t <= MAX_TEXT_SCALE) state.textScale = t;
        else
          reject(name, value, `expected a text scale from ${MIN_TEXT_SCALE} to ${MAX_TEXT_SCALE}`);
        break;
      }
      case 'play':
        if (value === '1' || value === '0') state.playing = value === '1';
        else reject(name, value, 'expected 1 or 0');
        break;
      case 'lesson':
      case 'step':
      case 'present':
        break; // the lesson link's own parameters (src/lesson/link.ts reads them)
      case 'tem': {
        const views = parseTem(value);
        if (views) state.tem = views;
        else reject(name, value, `expected a comma-separated list of ${TEM_VIEWS.join(', ')}`);
        break;
      }
      case 'mode':
        if (value === 'haadf' || value === 'abf') state.temMode = value;
        else reject(name, value, 'expected haadf or abf');
        break;
      case 'sites':
        if (value === '1' || value === '0') state.sites = value === '1';
        else reject(name, value, 'expected 1 or 0');
        break;
      case 'probe': {
        const probe = parseProbe(value);
        if (probe === null)
          reject(name, value, `expected a probe radius from ${MIN_PROBE} to ${MAX_PROBE} Å`);
        else state.probe = probe;
        break;
      }
      case 'mobile': {
        const mobile = parseMobile(value);
        if (typeof mobile === 'string') reject(name, value, mobile);
        else state.mobile = mobile;
        break;
      }
      case 'cmp': {
        const ids = parseCompareIds(value, knownStructures);
        if (typeof ids === 'string') reject(name, value, ids);
        else state.compare = { ids, view: null };
        break;
      }
      default:
        notices.push(`Ignored unknown URL parameter ${shortName(name)}.`);
    }
  }
  // In the compare view, view= is the panes' direction (each in its own setting) and zoom=
  // with turn= where the linked cameras were left.
  if (state.compare) {
    state.compare.view = view;
    if (turn || zoom !== null)
      state.compare.camera = { yaw: 0, pitch: 0, ...turn, zoom: zoom ?? 1 };
    // The panes' cameras are placed by turn= from each pane's own frame; a screen-up or a pan
    // written for one structure means nothing in the others.
    const single = [state.up && 'up', state.pan && 'pan'].filter(Boolean);
    if (single.length > 0) {
      const names = single.join(' and ');
      notices.push(
        `Ignored URL parameter${single.length > 1 ? 's' : ''} ${names}: the compare view turns its panes with turn=yaw,pitch.`,
      );
      state.up = null;
      state.pan = null;
    }
  } else {
    if (view) state.view = view;
    if (zoom !== null) state.zoom = zoom;
    if (turn) notices.push('Ignored URL parameter turn: it needs a comparison (cmp=…).');
  }
  if (state.compare && (state.scenarioId !== null || state.file !== null)) {
    notices.push('Ignored URL parameters scn and file: the compare view shows bundled structures.');
    state.scenarioId = null;
    state.file = null;
  }
  if (state.scenarioId === null && (state.x !== null || state.playing)) {
    notices.push('Ignored URL parameters x and play: they need a scenario (scn=…).');
    state.x = null;
    state.playing = false;
  }
  return { state, notices };
}

/**
 * The query string for a state. Supercell and view are always written (each structure has
 * its own defaults, so a link must carry them); style, projection and background only when
 * they differ from the defaults, so links stay short.
 */
export function viewStateToSearch(
  state: ViewState,
  options: { includeStructure: boolean },
): string {
  const params = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (state.compare) return compareToSearch(state, state.compare);
  if (state.scenarioId !== null) {
    params.set('scn', state.scenarioId);
    if (state.x !== null) params.set('x', formatX(state.x));
    if (state.playing) params.set('play', '1');
  } else if (state.file !== null) {
    params.set('file', state.file);
  } else if (options.includeStructure) {
    params.set('s', state.structureId);
  }
  if (state.style !== d.style) params.set('style', state.style);
  params.set('sc', state.supercell.join('x'));
  params.set('view', formatUvw(state.view));
  if (state.up) params.set('up', formatUvw(state.up));
  if (state.zoom !== d.zoom) params.set('zoom', String(round4(state.zoom)));
  if (state.pan) params.set('pan', state.pan.map(round4).join(','));
  if (state.projection !== d.projection) params.set('proj', 'persp');
  if (state.background !== d.background) params.set('bg', state.background);
  if (state.alkaliPolyhedra) params.set('alkali', '1');
  if (!state.tunnelLabels) params.set('tunnels', '0');
  if (!state.colourKey) params.set('key', '0');
  if (state.loop && state.scenarioId !== null) params.set('loop', '1');
  if (state.transparent) params.set('transparent', '1');
  if (state.embed) params.set('embed', '1');
  if (!state.controls) params.set('controls', '0');
  if (state.palette !== d.palette) params.set('palette', state.palette);
  if (state.textScale !== d.textScale) params.set('text', String(round4(state.textScale)));
  if (state.tem.length > 0) {
    params.set('tem', state.tem.join(','));
    params.set('mode', state.temMode);
  }
  // The analysis' settings travel with the open panel only (they do nothing while it is shut).
  if (state.sites) {
    params.set('sites', '1');
    if (state.probe !== d.probe) params.set('probe', String(round4(state.probe)));
    if (!sameElements(state.mobile, d.mobile)) params.set('mobile', formatMobile(state.mobile));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function sameElements(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((e) => b.includes(e));
}

/**
 * A compare view's link: the structures, the panes' direction, where the linked cameras were
 * left and how they are drawn; the single view's camera and supercell are not part of it
 * (each pane frames its own structure).
 */
function compareToSearch(state: ViewState, compare: CompareState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  params.set('cmp', compare.ids.join(','));
  if (compare.view) params.set('view', formatUvw(compare.view));
  if (compare.camera) {
    const { turn, zoom } = formatComparePose(compare.camera);
    if (turn) params.set('turn', turn);
    if (zoom) params.set('zoom', zoom);
  }
  if (state.style !== d.style) params.set('style', state.style);
  if (state.background !== d.background) params.set('bg', state.background);
  if (state.palette !== d.palette) params.set('palette', state.palette);
  if (state.textScale !== d.textScale) params.set('text', String(round4(state.textScale)));
  if (state.embed) params.set('embed', '1');
  if (state.transparent) params.set('transparent', '1');
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
