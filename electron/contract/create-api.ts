import type { Api } from './contract';

/**
 * Builds the API object over an invoke function and a way to listen to main's events.
 * Self-contained on purpose: the browser harness injects its source.
 */
export function createApi(
  names: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  subscribe: (listener: (event: unknown) => void) => () => void,
) {
  const api: Record<string, Record<string, (input?: unknown) => unknown>> = {};
  for (const name of names) {
    const [domain, action] = name.split(':') as [string, string];
    (api[domain] ??= {})[action] = (input?: unknown) => invoke(name, input);
  }
  api['events'] = { subscribe: (listener?: unknown) => subscribe(listener as (event: unknown) => void) };
  return api as unknown as Api;
}
