import { noContactFilters, type ContactFilterChoice, type KeepInTouchState } from '$contract/contact-filters';
import type { Circle, Strength, Warmth } from '$contract/domain';

/** A value that can be chosen in a kind of filter that holds a list. */
type ListKind = 'circle' | 'warmth' | 'strength' | 'tag' | 'keepInTouch';
type ValueOf<K extends ListKind> = {
  circle: Circle;
  warmth: Warmth;
  strength: Strength;
  tag: string;
  keepInTouch: KeepInTouchState;
}[K];

/** One chosen filter, as a chip: its kind and value (booleans have no value). */
export type FilterChip =
  { [K in ListKind]: { kind: K; value: ValueOf<K> } }[ListKind] | { kind: Flag; value: null };

/** The filters that are on or off. */
type Flag = 'neverSpoken' | 'unsorted' | 'unplaced';

/**
 * The filters of Contacten (issue 13): kept while the app runs, not across restarts (a list that opens
 * filtered a week later would hide people without saying why). Core filters and counts
 * (`contacts:list`'s `filters`); this only holds the choice, and ContactsView asks again when it changes.
 *
 * Another screen opens Contacten on a part of the network by setting the whole choice, then showing the
 * screen; Overzicht's kring × warmth cell does:
 *
 *   contactFilters.setFilters({ circle: ['werk'], warmth: ['lauw'] });
 *   app.view = 'contacts';
 *
 * Kinds not given are cleared, so what the person chose before does not narrow the cell further.
 */
class ContactFilterState {
  chosen = $state<ContactFilterChoice>(noContactFilters());

  /** Every chosen filter in the order of the panel, one chip each. */
  readonly chips = $derived.by((): FilterChip[] => {
    const c = this.chosen;
    return [
      ...c.circle.map((value) => ({ kind: 'circle' as const, value })),
      ...c.warmth.map((value) => ({ kind: 'warmth' as const, value })),
      ...c.strength.map((value) => ({ kind: 'strength' as const, value })),
      ...c.keepInTouch.map((value) => ({ kind: 'keepInTouch' as const, value })),
      ...c.tag.map((value) => ({ kind: 'tag' as const, value })),
      ...(c.neverSpoken ? [{ kind: 'neverSpoken' as const, value: null }] : []),
      ...(c.unsorted ? [{ kind: 'unsorted' as const, value: null }] : []),
      ...(c.unplaced ? [{ kind: 'unplaced' as const, value: null }] : []),
    ];
  });

  /** Whether any filter is chosen. */
  readonly active = $derived(this.chips.length > 0);

  /** Replaces the whole choice; kinds not given are cleared. For other screens (see above). */
  setFilters(filters: Partial<ContactFilterChoice>): void {
    this.chosen = { ...noContactFilters(), ...$state.snapshot(filters) };
  }

  has<K extends ListKind>(kind: K, value: ValueOf<K>): boolean {
    const list = this.chosen[kind] as readonly string[];
    return kind === 'tag' ? list.some((t) => sameTag(t, value)) : list.includes(value);
  }

  /** Chooses a value of a kind, or lets it go when chosen. */
  toggle<K extends ListKind>(kind: K, value: ValueOf<K>): void {
    const list = this.chosen[kind] as readonly string[];
    const next = this.has(kind, value)
      ? list.filter((v) => (kind === 'tag' ? !sameTag(v, value) : v !== value))
      : [...list, value];
    this.chosen = { ...this.chosen, [kind]: next };
  }

  setFlag(kind: Flag, on: boolean): void {
    this.chosen = { ...this.chosen, [kind]: on };
  }

  remove(chip: FilterChip): void {
    if (chip.value === null) this.setFlag(chip.kind, false);
    else this.toggle(chip.kind, chip.value);
  }

  clear(): void {
    this.chosen = noContactFilters();
  }
}

/** Core compares tags without regard to capitals; so does the choice. */
function sameTag(a: string, b: string): boolean {
  return a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');
}

export const contactFilters = new ContactFilterState();
