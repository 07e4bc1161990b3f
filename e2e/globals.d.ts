import type { Api } from '../electron/contract/contract';

declare global {
  interface Window {
    /** The API the preload exposes (in the browser harness: the same object, bridged to a real core). */
    netwerkdagboek: Api;
  }
}
