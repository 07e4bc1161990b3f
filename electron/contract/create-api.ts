import type { Api } from './contract';

/** Builds the API object over an invoke function. Self-contained on purpose: the browser harness injects its source. */
export function createApi(
  names: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
) {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of names) {
    const [domain, action] = name.split(':') as [string, string];
    (api[domain] ??= {})[action] = (input?: unknown) => invoke(name, input);
  }
  return api as unknown as Api;
}
