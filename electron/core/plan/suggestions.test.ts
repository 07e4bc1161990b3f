import { describe, expect, it } from 'vitest';
import type { Contact } from '../../contract/domain';
import { helpRequestRecord, profileRecord } from '../testing/plan-records';
import { namedContact } from '../testing/temp-journal';
import { suggestHelpers, type SuggestionInput } from './suggestions';

const person = (id: string, name: string, fields: Partial<Contact>): Contact => ({
  ...namedContact(id, name),
  ...fields,
});
const lastContact: Record<string, string> = {};
const suggest = (contacts: Contact[], changes: Partial<SuggestionInput> = {}) =>
  suggestHelpers({
    request: helpRequestRecord({
      question: 'Wie kent iemand bij de Gemeente Utrecht die aan warmtenetten werkt?',
      context: 'Ik ben beleidsadviseur en wil weten hoe de wijken gekozen worden.',
    }),
    contacts,
    profile: null,
    targets: new Set(),
    lastContactOn: (c) => lastContact[c.id] ?? null,
    helped: new Set(),
    asked: new Set(),
    today: '2026-12-03',
    limit: 20,
    ...changes,
  });
const summary = (contacts: Contact[], changes: Partial<SuggestionInput> = {}) =>
  suggest(contacts, changes).map(
    (s) => `${s.contact.name}: ${s.matches.map((m) => `${m.kind}=${m.text}`).join(' ')}`,
  );

describe('whom to ask for a hulpvraag', () => {
  it('finds people by organisation, tag, role and what is known about them, and nobody else', () => {
    const contacts = [
      person('a', 'Anna', { organisation: ' gemeente  utrecht ' }),
      person('b', 'Bram', { tags: ['Warmtenetten'] }),
      person('c', 'Carla', { role: 'Senior beleidsadviseur' }),
      person('d', 'Dirk', { aboutThem: 'Weet alles van de wijken in Utrecht-Oost' }),
      person('e', 'Eva', { organisation: 'Rabobank', role: 'Kassier', tags: ['bankieren'] }),
    ];
    expect(summary(contacts)).toEqual([
      // Organisation 5 (in one spelling), about 2 for each of two words (4), tag 3, role 3 (by name).
      'Anna: organisation=gemeente utrecht',
      // Two words in one part: quoted once, around the first; both count.
      'Dirk: about=… de wijken in Utrecht-Oost',
      'Bram: tag=Warmtenetten',
      'Carla: role=Senior beleidsadviseur',
    ]);
  });

  it('names the part of the contact that matched, quoting what I wrote around the word', () => {
    const contacts = [
      person('w', 'Wim', {
        aboutThem:
          'Oud-collega van mijn zus, twintig jaar actief in de warmtenetten van de regio Utrecht en omstreken',
        canOffer: 'Een introductie bij de gemeente',
      }),
      person('z', 'Zoë', { tags: ['zorg', 'warmtenetten'] }),
      person('n', 'Noor', { notes: 'Wijken' }),
    ];
    const found = suggest(contacts);
    expect(found.map((s) => [s.contact.name, s.matches.map((m) => [m.kind, m.field, m.text])])).toEqual([
      [
        'Wim',
        [
          ['about', 'canOffer', '… introductie bij de gemeente'],
          ['about', 'aboutThem', '… van de regio Utrecht en omstreken'],
        ],
      ],
      ['Zoë', [['tag', 'tags', 'warmtenetten']]],
      ['Noor', [['about', 'notes', 'Wijken']]],
    ]);
  });

  it('does not count the common words of a question ("iemand", "kent", "werkt") or short ones', () => {
    const contacts = [person('a', 'Anna', { aboutThem: 'Kent iemand die werkt bij de bank' })];
    expect(summary(contacts)).toEqual([]);
  });

  it('ranks by what matched, then strong enough to ask first, then warmth', () => {
    lastContact['warm'] = '2026-11-20';
    lastContact['cold'] = '2026-11-20';
    const contacts = [
      person('cold', 'Cees', { tags: ['warmtenetten'], strength: 'goed', warmth: 'koud' }),
      person('warm', 'Wim', { tags: ['warmtenetten'], strength: 'goed', warmth: 'warm' }),
      person('gone', 'Gijs', { tags: ['warmtenetten'], strength: 'goed', warmth: 'warm' }),
      person('org', 'Olga', { organisation: 'Gemeente Utrecht', warmth: 'koud' }),
    ];
    const found = suggest(contacts);
    expect(found.map((s) => [s.contact.name, s.ask.verdict, s.ask.reason])).toEqual([
      ['Olga', 'too-weak', 'cold'],
      ['Wim', 'strong-enough', 'close-tie'],
      ['Gijs', 'confirm-first', 'never-in-touch'],
      ['Cees', 'too-weak', 'cold'],
    ]);
    expect(found[1]!.ask.daysSinceContact).toBe(13);
  });

  it('marks who helped before and lists those asked already last', () => {
    lastContact['x'] = '2026-11-01';
    const contacts = [
      person('x', 'Xander', { tags: ['warmtenetten'], strength: 'een-beetje', warmth: 'lauw' }),
      person('y', 'Yara', { organisation: 'Gemeente Utrecht' }),
    ];
    const found = suggest(contacts, { helped: new Set(['x']), asked: new Set(['y']) });
    expect(found.map((s) => [s.contact.name, s.asked, s.ask.verdict, s.ask.reason])).toEqual([
      ['Xander', false, 'strong-enough', 'helped-before'],
      ['Yara', true, 'too-weak', 'unknown-tie'],
    ]);
  });

  it('thinks of people at a marked organisation and in the field of Mijn doel, with lower weight', () => {
    const contacts = [
      person('t', 'Tim', { organisation: 'Eneco' }),
      person('f', 'Femke', { role: 'Projectleider energietransitie' }),
      person('n', 'Nina', { organisation: 'Bakkerij' }),
    ];
    const profile = profileRecord({
      lookingFor: { role: '', field: 'energietransitie', region: '', organisationKind: '' },
    });
    expect(summary(contacts, { targets: new Set(['eneco']), profile })).toEqual([
      'Tim: target=Eneco',
      'Femke: field=Projectleider energietransitie',
    ]);
  });

  it('leaves archived people out and stops at the limit', () => {
    const contacts = [
      person('a', 'Anna', { organisation: 'Gemeente Utrecht', archived: true }),
      person('b', 'Bram', { organisation: 'Gemeente Utrecht' }),
      person('c', 'Carla', { organisation: 'Gemeente Utrecht' }),
    ];
    expect(suggest(contacts, { limit: 1 }).map((s) => s.contact.name)).toEqual(['Bram']);
  });
});
