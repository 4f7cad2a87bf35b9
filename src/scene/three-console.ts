/**
 * three.js's console hook, set before the first canvas mounts. @react-three/fiber 9 builds a
 * THREE.Clock for every root (its frame loop reads the clock's delta), and three r183+ warns on
 * each construction that Clock is deprecated for THREE.Timer. The warning is about the
 * library's code, not ours, and nothing here can change it short of a fiber release that uses
 * Timer; so exactly that message is dropped and every other three.js message still reaches
 * the console as before.
 */
import { setConsoleFunction } from 'three';

const CLOCK_DEPRECATION = 'THREE.Clock: This module has been deprecated';

setConsoleFunction((type: 'log' | 'warn' | 'error', message: string, ...params: unknown[]) => {
  if (type === 'warn' && message.startsWith(CLOCK_DEPRECATION)) return;
  const stackTrace = params[0] as { isStackTrace?: boolean; getError?: (m: string) => Error };
  if (stackTrace?.isStackTrace && stackTrace.getError) console[type](stackTrace.getError(message));
  else console[type](message, ...params);
});
