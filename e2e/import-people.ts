/**
 * People brought in the way the app brings them in (issue 12): a LinkedIn Connections.csv through core's
 * import channels, so a test's "imported" contacts are exactly what an import makes (importedAt set, no
 * kring, warmth or strength, "Connected On" as how you met), not contacts typed in by hand.
 */
import type { Netwerkdagboek } from '../electron/core/netwerkdagboek';

export interface Connection {
  firstName: string;
  lastName: string;
  company?: string;
  position?: string;
  /** As LinkedIn writes it: `12 Mar 2024`. */
  connectedOn?: string;
}

const quoted = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Imports `people` as one LinkedIn export; returns how many contacts it made. */
export async function importConnections(
  core: Netwerkdagboek,
  people: readonly Connection[],
): Promise<number> {
  const rows = people.map((p) =>
    [p.firstName, p.lastName, '', '', p.company ?? '', p.position ?? '', p.connectedOn ?? '']
      .map(quoted)
      .join(','),
  );
  const csv = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n');
  const read = await core.dispatch('import:read', {
    fileName: 'Connections.csv',
    data: Buffer.from(csv, 'utf8').toString('base64'),
  });
  if (!read.ok) throw new Error(`import:read refused: ${JSON.stringify(read.error)}`);
  const { importId } = read.data as { importId: string };
  const applied = await core.dispatch('import:apply', { importId });
  if (!applied.ok) throw new Error(`import:apply refused: ${JSON.stringify(applied.error)}`);
  return (applied.data as { created: number }).created;
}
