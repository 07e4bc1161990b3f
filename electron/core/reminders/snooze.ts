/**
 * Putting a reminder off (later): the shared rule (`contract/rules/snooze.ts`, which the renderer's menu
 * previews with) on core's Temporal wall clock, for any zone. The book only stores the moment this gives.
 */
import type { SnoozeOption } from '../../contract/contract';
import type { LocalMoment } from '../../contract/domain';
import { snoozeLanding, type SnoozeContext } from '../../contract/rules/snooze';
import type { WallClock } from '../../contract/rules/wall-clock';
import { DomainError } from '../errors';
import { instantOf, momentAt } from './local-time';

export type { SnoozeContext } from '../../contract/rules/snooze';

/** Core's conversions between instants and local moments: Temporal, any IANA zone. */
export const temporalWallClock: WallClock = { momentAt, instantOf };

/**
 * Until when a reminder is put off (see `snoozeLanding`). A choice that cannot be is an `invalid_input`
 * naming the field.
 */
export function snoozeUntil(
  option: SnoozeOption,
  chosen: { date: string | null; time: string | null },
  context: SnoozeContext,
  current?: LocalMoment,
): LocalMoment {
  const landing = snoozeLanding(option, chosen, context, temporalWallClock, current);
  if (!landing.ok) throw new DomainError('invalid_input', landing.fields);
  return landing.moment;
}
