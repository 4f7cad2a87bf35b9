/// <reference lib="webworker" />
/** The microscope's Web Worker: one request in, one result out (typed arrays transferred). */
import { computeMicroscope, type MicroscopeRequest } from '../../diffraction/views';

self.onmessage = (e: MessageEvent<MicroscopeRequest>) => {
  const result = computeMicroscope(e.data);
  const transfer: Transferable[] = [];
  if (result.stem) transfer.push(result.stem.image.data.buffer);
  if (result.xrd)
    transfer.push(result.xrd.profile.twoTheta.buffer, result.xrd.profile.intensity.buffer);
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(result, transfer);
};
