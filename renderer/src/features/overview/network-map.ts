import type { NetworkMap } from '$contract/contract';

/**
 * How many people of the map have no cell in Overzicht's kring × warmth grid: no kring, or no warmth, or
 * neither. Each active contact is in exactly one of core's cells, so this is the sum of those cells; the
 * same people as Contacten's filter 'Zonder kring of warmte' (`unplaced`).
 */
export function unplacedCount(network: Pick<NetworkMap, 'cells'>): number {
  let n = 0;
  for (const cell of network.cells) if (cell.circle === null || cell.warmth === null) n += cell.count;
  return n;
}
