/**
 * `loop=1` in a link (an embed that should play round and round) is the play mode "loop" with
 * playback on; afterwards the link's `loop` follows the play mode the user picks.
 */
import { useApp } from '../state/store';

export function startLoopOption() {
  const s = useApp.getState();
  if (s.loop && s.scenarioId) useApp.setState({ playMode: 'loop', playing: true });
  useApp.subscribe((now, prev) => {
    if (now.playMode !== prev.playMode && now.loop !== (now.playMode === 'loop'))
      useApp.setState({ loop: now.playMode === 'loop' });
  });
}
