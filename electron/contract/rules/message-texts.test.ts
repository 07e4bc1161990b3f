import fc from 'fast-check';
import type { TrailContribution } from '../trail';
import { describe, expect, it } from 'vitest';
import {
  builtInTemplate,
  contributionText,
  fillOwnTemplate,
  messageMedia,
  messageOccasions,
  messageText,
  messageVoices,
  unknownPlaceholders,
  type MessageFacts,
} from './message-texts';

const eva: MessageFacts = {
  name: 'Eva van der Meer',
  today: '2026-12-02',
  conversationOn: '2026-12-01',
  conversationGoal: 'Meer weten over beleidswerk bij de gemeente.',
  tips: ['  ', 'Kijk naar de traineeships van de provincie'],
  referrals: ['Jan Jansen', 'Fatima el Amrani'],
  offered: 'het artikel over de Omgevingswet stuur ik je deze week',
  myName: 'Sanne de Boer',
};

describe('a built-in thank-you', () => {
  it('in Dutch with je, as an e-mail, names the day, the goal, the tip, the referrals and what I offered', () => {
    const text = messageText('bedanken', 'email', 'nl', 'je', eva);
    expect(text.subject).toBe('Bedankt voor ons gesprek');
    expect(text.body).toBe(
      [
        'Beste Eva,',
        'Hartelijk dank voor ons gesprek gisteren. ' +
          'Je hebt me echt verder geholpen met mijn vraag ‘Meer weten over beleidswerk bij de gemeente’. ' +
          'Vooral je tip ‘Kijk naar de traineeships van de provincie’ ga ik zeker gebruiken. ' +
          'Fijn dat ik Jan Jansen en Fatima el Amrani mag benaderen; ik laat je weten hoe dat gaat. ' +
          'Zoals beloofd: het artikel over de Omgevingswet stuur ik je deze week.',
        'Met vriendelijke groet,\nSanne de Boer',
      ].join('\n\n'),
    );
  });

  it('with u uses the whole name and never je', () => {
    const text = messageText('bedanken', 'email', 'nl', 'u', eva);
    expect(text.body.startsWith('Beste Eva van der Meer,')).toBe(true);
    expect(text.body).toContain('Hartelijk dank voor ons gesprek gisteren.');
    expect(text.body).toContain('Vooral uw tip');
    expect(text.body).toContain('ik laat u weten');
  });

  it('on a card keeps one detail and has no subject', () => {
    const text = messageText('bedanken', 'kaartje', 'nl', 'je', eva);
    expect(text.subject).toBeNull();
    expect(text.body).toContain('Vooral je tip');
    // The card has room for the tip; the people I may call are for the e-mail.
    expect(text.body).not.toContain('Jan Jansen');
    expect(text.body).not.toContain('Omgevingswet');
    expect(text.body.split('\n')[0]).toBe('Beste Eva,');
    expect(text.body.endsWith('Hartelijke groet,\nSanne de Boer')).toBe(true);
  });

  it('as a message starts with Hoi and reads as one block', () => {
    const text = messageText('bedanken', 'bericht', 'nl', 'je', eva);
    expect(text.body.split('\n')[0]).toBe('Hoi Eva,');
    expect(text.body.split('\n')).toHaveLength(4);
  });

  it('signs with my name: a card and an e-mail whole, a message with je (or in English) with the first name', () => {
    expect(messageText('bedanken', 'bericht', 'nl', 'je', eva).body.endsWith('Groet,\nSanne')).toBe(true);
    expect(messageText('bedanken', 'bericht', 'en', 'u', eva).body.endsWith('Best,\nSanne')).toBe(true);
    expect(
      messageText('hulpvraag', 'bericht', 'nl', 'u', eva).body.endsWith(
        'Met vriendelijke groet,\nSanne de Boer',
      ),
    ).toBe(true);
    expect(
      messageText('seizoen', 'email', 'en', 'je', eva).body.endsWith('Kind regards,\nSanne de Boer'),
    ).toBe(true);
    // A name of one word, and one that is all tussenvoegsel, are signed as written.
    const one = messageText('bedanken', 'bericht', 'nl', 'je', { ...eva, myName: ' Sanne ' });
    expect(one.body.endsWith('Groet,\nSanne')).toBe(true);
    expect(fillOwnTemplate('Groet, {mijn-voornaam}', 'nl', eva)).toBe('Groet, Sanne');
  });

  it('names a date further back with its weekday, and one months ago without', () => {
    const week = messageText('bedanken', 'email', 'nl', 'je', { ...eva, conversationOn: '2026-11-24' });
    expect(week.body).toContain('ons gesprek op dinsdag 24 november.');
    const spring = messageText('bedanken', 'email', 'en', 'je', { ...eva, conversationOn: '2026-04-03' });
    expect(spring.body).toContain('our conversation on 3 April.');
  });

  it('in English says the same in English', () => {
    const text = messageText('bedanken', 'email', 'en', 'u', eva);
    expect(text.subject).toBe('Thank you for our conversation');
    expect(text.body).toContain('Dear Eva,');
    expect(text.body).toContain('Thank you for our conversation yesterday.');
    expect(text.body).toContain('I may get in touch with Jan Jansen and Fatima el Amrani');
    expect(text.body).toContain('Kind regards,\nSanne de Boer');
  });

  it('with nothing but a name still reads as a whole text', () => {
    const text = messageText('bedanken', 'email', 'nl', 'je', { name: 'Piet', today: '2026-12-02' });
    expect(text.body).toBe(
      'Beste Piet,\n\nHartelijk dank voor ons gesprek en de tijd die je ervoor vrijmaakte. ' +
        'Ik houd je graag op de hoogte van hoe het verder gaat.\n\nMet vriendelijke groet,',
    );
  });
});

describe('the other occasions', () => {
  it('a hulpvraag asks the question with its own question mark, or adds one', () => {
    const asked = messageText('hulpvraag', 'email', 'nl', 'je', {
      ...eva,
      question: 'Wie kent iemand bij de provincie Utrecht',
      lookingFor: 'een baan als beleidsadviseur in het sociaal domein',
    });
    expect(asked.subject).toBe('Wil je met me meedenken?');
    expect(asked.body).toContain('Waar ik naar zoek: een baan als beleidsadviseur in het sociaal domein.');
    expect(asked.body).toContain('misschien bij kunt helpen: Wie kent iemand bij de provincie Utrecht?');
    expect(messageText('hulpvraag', 'email', 'nl', 'u', eva).subject).toBe('Wilt u met me meedenken?');
  });

  it('the thanks once the goal is reached says where, from when, and what they did', () => {
    const text = messageText('doel-bereikt', 'email', 'nl', 'je', {
      ...eva,
      reached: { what: 'beleidsadviseur', where: 'Gemeente Utrecht', from: '2027-02-01' },
      contribution: 'je bracht me in contact met Jan Jansen',
    });
    expect(text.body).toContain('Mijn nieuwe plek: beleidsadviseur bij Gemeente Utrecht, vanaf 1 februari.');
    expect(text.body).toContain('Jij hebt daaraan bijgedragen: je bracht me in contact met Jan Jansen.');
    const english = messageText('doel-bereikt', 'email', 'en', 'je', {
      ...eva,
      reached: { where: 'Gemeente Utrecht', from: null },
    });
    expect(english.body).toContain('My new place: Gemeente Utrecht.');
  });

  it('a seasonal card wishes the coming year from July, this year before', () => {
    expect(messageText('seizoen', 'kaartje', 'nl', 'je', eva).body).toContain('een goed en gezond 2027!');
    expect(messageText('seizoen', 'kaartje', 'en', 'je', { ...eva, today: '2027-01-04' }).body).toContain(
      'all the best for 2027!',
    );
  });

  it('a progress update names the day we spoke and the people they led me to', () => {
    const text = messageText('voortgang', 'email', 'nl', 'je', eva);
    expect(text.body).toContain('Op 1 december spraken we elkaar');
    expect(text.body).toContain('Via jou kwam ik bij Jan Jansen en Fatima el Amrani terecht');
    expect(messageText('voortgang', 'email', 'nl', 'u', eva).body).toContain('Via u kwam ik bij');
  });

  it('a follow-up says the agreed next step', () => {
    const text = messageText('opvolgen', 'bericht', 'nl', 'je', {
      ...eva,
      nextStep: 'Ik bel je maandag even.',
    });
    expect(text.body).toContain('Zoals afgesproken: Ik bel je maandag even.');
    expect(text.body).not.toContain('..');
  });
});

/**
 * Facts where any field may be absent, empty or blank; written words are letters and spaces, perhaps with
 * a full stop of their own, so a stray mark in the text can only come from the template.
 */
const written = fc.stringMatching(/^[A-Za-zë]{1,8}( [A-Za-zë]{1,8}){0,3}\.?$/u);
const maybeText = fc.option(fc.oneof(fc.constant(''), fc.constant('   '), written), { nil: undefined });
const date = fc.option(
  fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);
const facts: fc.Arbitrary<MessageFacts> = fc.record({
  name: maybeText,
  today: fc.constant('2026-12-02'),
  conversationOn: date,
  conversationGoal: maybeText,
  tips: fc.array(fc.oneof(fc.constant(' '), written), { maxLength: 3 }),
  referrals: fc.array(fc.oneof(fc.constant(''), written), { maxLength: 3 }),
  offered: maybeText,
  nextStep: maybeText,
  question: maybeText,
  lookingFor: maybeText,
  reached: fc.option(fc.record({ what: maybeText, where: maybeText, from: date }), { nil: null }),
  contribution: maybeText,
  myName: maybeText,
});

describe('every built-in text, whatever is missing', () => {
  it('has no gap, placeholder or empty quote, and u never says je', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...messageOccasions),
        fc.constantFrom(...messageMedia),
        fc.constantFrom('nl' as const, 'en' as const),
        fc.constantFrom(...messageVoices),
        facts,
        (occasion, medium, language, voice, f) => {
          const { subject, body } = messageText(occasion, medium, language, voice, f);
          expect(body).not.toMatch(/\{|\}|undefined|null|‘’|\s,|\s\.|,\.|\.\.|\?\./u);
          expect(body).not.toMatch(/[^\S\n]{2}/u);
          expect(body.trim()).toBe(body);
          expect(body.split('\n').every((line) => line === '' || line.trim() !== '')).toBe(true);
          expect(subject === null).toBe(medium !== 'email');
          // Signed when my name is known: the last line is a name, not the closing's comma.
          const signs = (f.myName ?? '').trim() !== '';
          expect(/,$/u.test(body.split('\n').at(-1) ?? '')).toBe(!signs);
          if (language === 'nl' && voice === 'u') {
            const own = [f.name, f.conversationGoal, f.offered, f.nextStep, f.question, f.lookingFor]
              .concat(
                f.tips ?? [],
                f.referrals ?? [],
                f.contribution,
                f.myName,
                f.reached?.what,
                f.reached?.where,
              )
              .some((v) => v !== undefined && /\b(je|jij|jouw|hoi)\b/iu.test(v));
            if (!own) expect(`${subject ?? ''} ${body}`).not.toMatch(/\b(je|jij|jouw|Hoi)\b/iu);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('an own template', () => {
  const template = [
    'Hoi {voornaam},',
    '',
    'Dank voor ons gesprek {wanneer}. Je tip ‘{tip}’ was goud waard.',
    'Fijn dat ik {verwijzingen} mag bellen.',
    'Groet, {mijn-naam} {onbekend}',
  ].join('\n');

  it('fills what the journal knows and drops each line it does not', () => {
    const filled = fillOwnTemplate(template, 'nl', { ...eva, referrals: [], myName: 'Sanne' });
    expect(filled).toBe(
      [
        'Hoi Eva,',
        '',
        'Dank voor ons gesprek gisteren. Je tip ‘Kijk naar de traineeships van de provincie’ was goud waard.',
        'Groet, Sanne {onbekend}',
      ].join('\n'),
    );
  });

  it('takes English names for the placeholders too, in any case', () => {
    expect(fillOwnTemplate('Dear {First-Name}, {  date }', 'en', eva)).toBe('Dear Eva, 1 December');
  });

  it('points out what is no placeholder', () => {
    expect(unknownPlaceholders(template)).toEqual(['{onbekend}']);
    expect(unknownPlaceholders('{naam} {name} {NAAM}')).toEqual([]);
    expect(unknownPlaceholders('{constructor} {toString}')).toEqual(['{constructor}', '{toString}']);
  });

  it('never leaves a known placeholder in the text', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const all =
          '{naam}\n{voornaam} {wanneer}\n{datum}\n{doel}\n{tip}\n{verwijzingen}\n{aangeboden}\n' +
          '{volgende-stap}\n{hulpvraag}\n{mijn-doel}\n{nieuwe-plek}\n{bijdrage}\n{mijn-naam}';
        expect(fillOwnTemplate(all, 'nl', f)).not.toMatch(/[{}]/u);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what someone did, for the thanks once the goal is reached', () => {
  const anna: TrailContribution[] = [
    { kind: 'referred', names: ['Karin Smit'] },
    { kind: 'tips', tips: ['Volg de raadsvergaderingen.'] },
    { kind: 'conversations', count: 2, last: '2026-11-12' },
  ];

  it('names the two most telling things, in the text’s language and form', () => {
    expect(contributionText(anna, 'nl', 'je')).toBe(
      'je bracht me in contact met Karin Smit en je gaf me de tip ‘Volg de raadsvergaderingen’',
    );
    expect(contributionText(anna, 'nl', 'u')).toBe(
      'u bracht me in contact met Karin Smit en u gaf me de tip ‘Volg de raadsvergaderingen’',
    );
    expect(contributionText([{ kind: 'conversations', count: 3, last: '2026-11-12' }], 'en', 'u')).toBe(
      'you made time for 3 conversations',
    );
    expect(contributionText([{ kind: 'answered', question: 'Wie kent de provincie?' }], 'nl', 'je')).toBe(
      'je dacht mee over mijn vraag ‘Wie kent de provincie’',
    );
  });

  it('joins introductions and referrals into one list, and is undefined when there is nothing', () => {
    expect(
      contributionText(
        [
          { kind: 'introduced', names: ['Anna de Vries'] },
          { kind: 'referred', names: ['Karin Smit', 'Anna de Vries'] },
        ],
        'nl',
        'je',
      ),
    ).toBe('je bracht me in contact met Anna de Vries en Karin Smit');
    expect(contributionText([], 'nl', 'je')).toBeUndefined();
    const text = messageText('doel-bereikt', 'email', 'nl', 'je', {
      name: 'Anna de Vries',
      today: '2026-12-03',
      contribution: contributionText(anna, 'nl', 'je'),
    });
    expect(text.body).toContain(
      'Jij hebt daaraan bijgedragen: je bracht me in contact met Karin Smit en je gaf me de tip ‘Volg de raadsvergaderingen’.',
    );
  });
});

describe('an own text started from a built-in one', () => {
  const everything: MessageFacts = {
    ...eva,
    today: '2026-12-08',
    conversationOn: '2026-11-20',
    nextStep: 'Ik bel je maandag',
    question: 'Wie kent de provincie?',
    lookingFor: 'beleidsadviseur, energie',
    reached: { what: 'beleidsadviseur', where: 'Provincie Utrecht', from: '2027-02-01' },
    contribution: 'je bracht me bij Jan',
  };

  it('fills in to the very text the app suggests when every fact is known, with only known placeholders', () => {
    for (const occasion of messageOccasions)
      for (const medium of messageMedia)
        for (const [language, voice] of [
          ['nl', 'je'],
          ['nl', 'u'],
          ['en', 'je'],
        ] as const) {
          const template = builtInTemplate(occasion, medium, language, voice);
          expect(unknownPlaceholders(template.body)).toEqual([]);
          expect(fillOwnTemplate(template.body, language, everything)).toBe(
            messageText(occasion, medium, language, voice, everything).body,
          );
        }
  });

  it('leaves out only the sentence whose fact is missing, not the whole line', () => {
    const body = builtInTemplate('bedanken', 'email', 'nl', 'je').body;
    expect(body).toContain('Vooral je tip ‘{tip}’ ga ik zeker gebruiken.');
    const filled = fillOwnTemplate(body, 'nl', { ...everything, tips: [] });
    expect(filled).toContain(
      'Hartelijk dank voor ons gesprek op vrijdag 20 november. Je hebt me echt verder geholpen met mijn vraag',
    );
    expect(filled).not.toContain('tip');
    expect(filled).toContain('Fijn dat ik Jan Jansen en Fatima el Amrani mag benaderen');
  });
});
