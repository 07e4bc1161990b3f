import { describe, expect, it } from 'vitest';
import { ContactListQuery } from '../../contract/contract';
import {
  ContactFields,
  ConversationFields,
  TouchFields,
  type ContactFieldsInput,
  type ConversationFieldsInput,
} from '../../contract/domain';
import type { FoundIn } from '../../contract/views';
import { useTempJournal } from '../testing/temp-journal';
import { ConversationBook } from '../conversations/conversation-book';
import { TouchLog } from '../conversations/touches';
import { ContactBook } from './contact-book';

const clock = { now: () => new Date('2026-11-23T10:00:00.000Z') };
const temp = useTempJournal(clock, 'ndb-contact-search-');

async function open() {
  const store = await temp.open();
  const contacts = new ContactBook(store, clock);
  const conversations = new ConversationBook(store, contacts, clock);
  const add = (fields: ContactFieldsInput) => contacts.create(ContactFields.parse(fields));
  const talk = (fields: ConversationFieldsInput) => conversations.create(ConversationFields.parse(fields));
  const touches = new TouchLog(store, contacts, clock);
  const touch = (contactId: string, on: string, note: string) =>
    touches.add(TouchFields.parse({ contactId, channel: 'telefoon', on, note }));
  const search = (query: string) =>
    contacts.list(ContactListQuery.parse({ query })).contacts.map((c) => ({ name: c.name, found: c.found }));
  return { store, contacts, conversations, touches, add, talk, touch, search };
}

/** The marked parts of an excerpt, as the row shows them in bold. */
function marked(found: FoundIn | null): string[] {
  return found ? found.marks.map(([from, to]) => found.text.slice(from, to)) : [];
}

describe('Contacten search looks in everything written about someone', () => {
  it('finds what I know about them, what I can offer and how we met, and says where', async () => {
    const { add, search } = await open();
    add({
      name: 'Anna de Vries',
      organisation: 'UMC',
      aboutThem: 'Weet veel van zorg in Utrecht en kent de wethouder.',
    });
    add({ name: 'Bram Jansen', canOffer: 'Mijn netwerk in de zorgsector' });
    add({ name: 'Chris Bos', howWeMet: 'Op de zorgbeurs in Jaarbeurs, 2024' });
    add({ name: 'Daan Smit', notes: 'Vraagt altijd naar de kinderen' });

    const found = await search('zorg');
    expect(found.map((f) => [f.name, f.found?.field])).toEqual([
      ['Anna de Vries', 'aboutThem'],
      ['Bram Jansen', 'canOffer'],
      ['Chris Bos', 'howWeMet'],
    ]);
    expect(found[0]!.found!.text).toBe('Weet veel van zorg in Utrecht en kent de wethouder.');
    expect(marked(found[0]!.found)).toEqual(['zorg']);
    expect(marked(found[1]!.found)).toEqual(['zorg']);
  });

  it('says nothing extra when the row already shows why: the name, role or organisation', async () => {
    const { add, search } = await open();
    add({ name: 'Eva Koster', organisation: 'Zorggroep Noord', aboutThem: 'Werkt in de zorg' });
    expect(await search('zorggroep')).toEqual([{ name: 'Eva Koster', found: null }]);
    // One word shown, the other only in what I know: the row says where the other is.
    const both = await search('koster zorg ');
    expect(both[0]!.found).toBeNull();
    const other = await search('eva werkt');
    expect(other[0]!.found).toMatchObject({ field: 'aboutThem', text: 'Werkt in de zorg' });
  });

  it('finds someone by what was written for a conversation they took part in, the latest first', async () => {
    const { add, talk, search } = await open();
    const fenna = add({ name: 'Fenna Mulder' });
    const gert = add({ name: 'Gert Visser' });
    add({ name: 'Hanna Peters' });
    talk({
      contactId: fenna.id,
      status: 'gehouden',
      date: '2026-10-01',
      notes: 'Over de arbeidsmarkt in de logistiek',
    });
    talk({
      contactId: fenna.id,
      status: 'gehouden',
      date: '2026-11-02',
      goal: 'Hoe kom ik binnen in de logistiek?',
    });
    // Gert took part in a conversation with someone else as main contact.
    const hanna = add({ name: 'Iris Kok' });
    talk({
      contactId: hanna.id,
      participantIds: [gert.id],
      status: 'gehouden',
      date: '2026-09-15',
      preparation: 'Vragen over logistiek en douane',
    });

    const found = await search('logistiek');
    expect(found.map((f) => f.name)).toEqual(['Fenna Mulder', 'Gert Visser', 'Iris Kok']);
    expect(found[0]!.found).toMatchObject({
      field: 'conversation',
      on: '2026-11-02',
      text: 'Hoe kom ik binnen in de logistiek?',
    });
    expect(found[1]!.found).toMatchObject({ field: 'conversation', on: '2026-09-15' });
    expect(marked(found[1]!.found)).toEqual(['logistiek']);
    // Every word must be found somewhere for them: in their own fields or their conversations.
    expect((await search('fenna douane')).map((f) => f.name)).toEqual([]);
    expect((await search('gert douane')).map((f) => f.name)).toEqual(['Gert Visser']);
  });

  it('finds by a conversation when the word is typed letter by letter, as when pasted', async () => {
    const { add, talk, search } = await open();
    const fenna = add({ name: 'Fenna Mulder' });
    talk({ contactId: fenna.id, status: 'gehouden', date: '2026-10-01', notes: 'Over de logistiek' });
    // Short words are matched against the contact's own text only: "lo" is not in her name.
    expect((await search('l')).map((f) => f.name)).toEqual(['Fenna Mulder']);
    expect((await search('lo')).map((f) => f.name)).toEqual([]);
    for (const typed of ['log', 'logi', 'logistiek'])
      expect(
        (await search(typed)).map((f) => f.name),
        typed,
      ).toEqual(['Fenna Mulder']);
  });

  it("does not find who sat in on someone's conversation by that person's name", async () => {
    const { add, talk, search } = await open();
    const bram = add({ name: 'Bram Jansen' });
    const iris = add({ name: 'Iris Kok' });
    talk({
      contactId: bram.id,
      participantIds: [iris.id],
      status: 'gehouden',
      date: '2026-10-01',
      notes: 'Over het inwerken',
    });
    expect((await search('jansen')).map((f) => f.name)).toEqual(['Bram Jansen']);
    // What was written for it does find her.
    expect((await search('inwerken')).map((f) => f.name)).toEqual(['Bram Jansen', 'Iris Kok']);
  });

  it('follows an edit of a conversation at once: the word written finds them, the word removed no longer', async () => {
    const { add, talk, conversations, search } = await open();
    const jan = add({ name: 'Jan Vos' });
    const held = talk({ contactId: jan.id, status: 'gehouden', date: '2026-11-10', notes: 'Over subsidies' });
    expect((await search('subsidie')).map((f) => f.name)).toEqual(['Jan Vos']);
    conversations.update(held.id, { notes: 'Over aanbestedingen' });
    expect(await search('subsidie')).toEqual([]);
    expect((await search('aanbested')).map((f) => f.name)).toEqual(['Jan Vos']);
  });

  it('ignores case and accents, and marks the word as written', async () => {
    const { add, search } = await open();
    add({
      name: 'Karin Dekker',
      aboutThem: 'Organiseert het Café Économie in Zwolle; heeft een bureau in Deventer',
    });
    const found = await search('cafe economie');
    expect(found[0]!.found!.field).toBe('aboutThem');
    expect(marked(found[0]!.found)).toEqual(['Café', 'Économie']);
    // A decomposed accent (e + combining mark) still marks the whole word.
    add({ name: 'Lotte Bakker', aboutThem: 'Kent iedereen bij de Cafe\u0301 Groep en bij de gemeente' });
    const decomposed = await search('cafe groep');
    expect(marked(decomposed.find((f) => f.name === 'Lotte Bakker')!.found)).toEqual(['Cafe\u0301', 'Groep']);
  });

  it('shows a line around a match deep in a long note, cut at words', async () => {
    const { add, search } = await open();
    const long = `${'Een lang verhaal over vroeger en werk. '.repeat(20)}Zij zoekt een opvolger voor haar team bij Rijkswaterstaat. ${'En nog veel meer. '.repeat(20)}`;
    add({ name: 'Mira Hendriks', notes: long });
    const found = (await search('opvolger'))[0]!.found!;
    expect(found.text.startsWith('…')).toBe(true);
    expect(found.text.endsWith('…')).toBe(true);
    expect(found.text.length).toBeLessThan(100);
    expect(found.text).toContain('een opvolger voor haar team');
    expect(marked(found)).toEqual(['opvolger']);
    // Cut between words, never inside one.
    expect(found.text.slice(1, 2)).toMatch(/\S/);
    expect(long).toContain(found.text.slice(1, -1));
  });

  it('finds by an e-mail address and by a tag', async () => {
    const { add, search } = await open();
    add({
      name: 'Noor Willems',
      email: 'noor@voorbeeld.nl',
      moreEmails: ['n.willems@werk.nl'],
      tags: ['recruiter'],
    });
    expect((await search('werk.nl'))[0]!.found).toMatchObject({ field: 'email' });
    expect((await search('recruit'))[0]!.found).toMatchObject({ field: 'tags', text: 'recruiter' });
  });

  it('finds someone by the note of a "Contact gehad", the latest first, and follows its deletion', async () => {
    const { add, touch, touches, search } = await open();
    const olga = add({ name: 'Olga Meijer' });
    add({ name: 'Piet de Boer' });
    touch(olga.id, '2026-10-01', 'Appje over de vacature bij het waterschap');
    const latest = touch(olga.id, '2026-11-05', 'Gebeld over het waterschap');
    const found = await search('waterschap');
    expect(found.map((f) => f.name)).toEqual(['Olga Meijer']);
    expect(found[0]!.found).toMatchObject({
      field: 'touch',
      on: '2026-11-05',
      text: 'Gebeld over het waterschap',
    });
    expect(marked(found[0]!.found)).toEqual(['waterschap']);
    // One word in her name, the other only in a touch: both needed, both found.
    expect((await search('olga vacature')).map((f) => f.name)).toEqual(['Olga Meijer']);
    expect((await search('piet vacature')).map((f) => f.name)).toEqual([]);
    touches.delete(latest.id);
    expect((await search('waterschap'))[0]!.found).toMatchObject({ on: '2026-10-01' });
  });

  it('shows the part of a conversation that holds the word, not the parts around it run into one line', async () => {
    const { add, talk, search } = await open();
    const rik = add({ name: 'Rik Smeets' });
    talk({
      contactId: rik.id,
      status: 'gehouden',
      date: '2026-11-01',
      goal: 'Weten waar hij nu aan werkt.',
      notes: 'Kijk naar Prorail.',
      preparation: 'Zijn laatste post lezen.',
    });
    const found = (await search('prorail'))[0]!.found!;
    expect(found.text).toBe('Kijk naar Prorail.');
  });
});
