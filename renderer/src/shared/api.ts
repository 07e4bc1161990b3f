/**
 * The renderer's only door to the main process: the object the preload exposes, typed by the contract.
 * Every other module imports `api` from here, so there is one place to see what the UI can ask for.
 */
import type { Api, AppError, Result } from '$contract/contract';

declare global {
  interface Window {
    netwerkdagboek: Api;
  }
}

export const api: Api = window.netwerkdagboek;

/** Thrown by `unwrap` so callers can show `error.message` (already in the UI language). */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

let onUnsaved: () => void = () => undefined;

/** Who hears of a call that was carried out but not saved to disk yet (`saved: false`): the app state. */
export function whenUnsaved(listener: () => void): void {
  onUnsaved = listener;
}

/**
 * Returns the data of a result, or throws an ApiError carrying the user-facing message. A result that
 * was carried out but is not on disk yet still returns its data (the change is done; doing it again
 * would make a duplicate), and tells `whenUnsaved`'s listener before the caller shows its toast.
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new ApiError(result.error);
  if (result.saved === false) onUnsaved();
  return result.data;
}
