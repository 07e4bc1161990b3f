import { describe, expect, it } from 'vitest';
import { BLOCK, encodeJournal, serializeJournal } from './serialize';

type Row = { id: string; name: string };
const rows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Naam ${i} — é` }));
const text = (pieces: Buffer[]) => Buffer.concat(pieces).toString('utf8');

describe('serializeJournal', () => {
  it('writes valid JSON with one record per line', () => {
    const journal = { schemaVersion: 1, contacts: rows(3), empty: [] as Row[] };
    const out = serializeJournal(journal);
    expect(JSON.parse(out)).toEqual(journal);
    expect(out.split('\n').filter((l) => l.includes('"id"'))).toHaveLength(3);
  });
});

describe('encodeJournal across saves of one journal', () => {
  it('gives exactly the bytes of a fresh encoding after edits, inserts, deletes and reorders', () => {
    const owner = {};
    let contacts = rows(200);
    const versions: Row[][] = [];
    const edit = (next: Row[]) => {
      contacts = next;
      versions.push(next);
    };
    edit(contacts.map((c, i) => (i === 7 ? { ...c, name: 'Één keer bewerkt, met "quotes"' } : c)));
    edit(contacts.map((c, i) => (i % 5 === 0 ? { ...c, name: `${c.name}!` } : c))); // more than the patch limit
    edit([...contacts, { id: 'new', name: 'Nieuw' }]);
    edit(contacts.filter((c) => c.id !== 'r3'));
    edit([...contacts].reverse());
    edit(
      contacts.map((c, i) =>
        i === 0 || i === contacts.length - 1 ? { ...c, name: 'eerste en laatste' } : c,
      ),
    );
    edit(contacts); // nothing changed
    edit([]);
    edit(rows(2));
    for (const version of versions) {
      const journal = { schemaVersion: 1, contacts: version };
      const patched = text(encodeJournal(journal, owner));
      expect(patched).toBe(serializeJournal(journal));
      expect(JSON.parse(patched)).toEqual(journal);
    }
  });

  it('reuses the blocks an edit did not touch, and stays exact across blocks', () => {
    const owner = {};
    let contacts = rows(BLOCK * 3 + 17);
    const first = encodeJournal({ contacts }, owner);
    const middle = BLOCK + 5;
    contacts = contacts.map((c, i) => (i === middle ? { ...c, name: 'Midden bewerkt' } : c));
    const second = encodeJournal({ contacts }, owner);
    // The first, third and fourth blocks are the very same buffers: nothing was gathered for them.
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[3]).toBe(first[3]);
    expect(text(second)).toBe(serializeJournal({ contacts }));
    for (const next of [
      [...contacts, { id: 'x', name: 'Achteraan' }],
      contacts.filter((_, i) => i !== BLOCK * 2),
      contacts.slice(0, BLOCK * 2),
      contacts.slice(0, BLOCK * 2 - 1),
      [{ id: 'y', name: 'Vooraan' }, ...contacts],
    ]) {
      contacts = next;
      expect(text(encodeJournal({ contacts }, owner))).toBe(serializeJournal({ contacts }));
    }
  });

  it('keeps two journals apart, whichever saves in between', () => {
    const [ownerA, ownerB] = [{}, {}];
    const a = rows(50);
    const b = rows(50).map((r) => ({ ...r, name: `B ${r.name}` }));
    encodeJournal({ contacts: a }, ownerA);
    encodeJournal({ contacts: b }, ownerB);
    const a2 = a.map((r, i) => (i === 10 ? { ...r, name: 'A bewerkt' } : r));
    expect(text(encodeJournal({ contacts: a2 }, ownerA))).toBe(serializeJournal({ contacts: a2 }));
    expect(text(encodeJournal({ contacts: b }, ownerB))).toBe(serializeJournal({ contacts: b }));
  });
});
