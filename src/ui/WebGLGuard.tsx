/**
 * Keeps the page alive when the 3D view fails (no WebGL, a lost context, a render error):
 * the panels stay usable and the message says what happened.
 */
import { Component, type ReactNode } from 'react';
import { noteFrameDrawn } from '../state/first-frame';

interface State {
  error: string | null;
}

export class WebGLGuard extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  componentDidCatch() {
    // No frame will come: what waits for the first one (the tables, the tunnels) runs now.
    noteFrameDrawn();
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="viewer-error" role="alert">
        <p>The 3D view could not start: {this.state.error}</p>
        <p>Tunnelscope needs WebGL 2. Try another browser, or enable hardware acceleration.</p>
      </div>
    );
  }
}
