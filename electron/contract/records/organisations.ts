/**
 * What the person says about an organisation itself, beside the contacts who work there (issue 13):
 * that they want to work there ("wil ik werken"). An organisation can be marked before anyone there is
 * known; that is when the mark matters most. Found by its name grouped the way Organisaties groups the
 * contacts' organisations (trimmed, single spaces, lower case).
 */
import { z } from 'zod';
import { Id, limits, text, Timestamp } from './fields';

export const OrganisationMark = z.strictObject({
  id: Id,
  name: text(limits.shortText).min(1, { error: 'required' }),
  /**
   * Whether the person wants to work there. Taking the mark away keeps the record with `false`, so that a
   * copy of the journal from another computer that still has the mark is merged as an older version of
   * it, not as a record to bring back.
   */
  target: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OrganisationMark = z.output<typeof OrganisationMark>;
