/**
 * The built-in Dutch texts, in je and in u. Each sentence uses at most a few facts and is null when one is
 * missing, so `messageText` can leave it out. Written for the method's moments: thank the day after,
 * name what the conversation brought, keep helpers informed, and ask concretely.
 */
import type { BuiltInTexts, MessageMedium, MessageOccasion, MessageVoice, Said } from './message-text-kinds';

/** The words that differ between je and u. */
const forms = {
  je: { you: 'je', jou: 'jou', your: 'je', want: 'Wil je', know: 'ken je', thanksYou: 'Dank je wel' },
  u: { you: 'u', jou: 'u', your: 'uw', want: 'Wilt u', know: 'kent u', thanksYou: 'Dank u wel' },
} as const;

function greeting(medium: MessageMedium, voice: MessageVoice, s: Said): string {
  const name = voice === 'u' ? s.full : s.first;
  if (name === null) return voice === 'u' || medium !== 'bericht' ? 'Goedendag,' : 'Hoi,';
  return medium === 'bericht' && voice === 'je' ? `Hoi ${name},` : `Beste ${name},`;
}

function closing(medium: MessageMedium, voice: MessageVoice): string {
  if (medium === 'bericht') return voice === 'u' ? 'Met vriendelijke groet,' : 'Groet,';
  if (medium === 'kaartje') return 'Hartelijke groet,';
  return 'Met vriendelijke groet,';
}

function lines(
  occasion: MessageOccasion,
  medium: MessageMedium,
  voice: MessageVoice,
  s: Said,
): { subject: string; lines: (string | null)[] } {
  const f = forms[voice];
  const long = medium === 'email';
  const u = voice === 'u';
  switch (occasion) {
    case 'bedanken':
      return {
        subject: 'Bedankt voor ons gesprek',
        lines: [
          s.when === null
            ? `Hartelijk dank voor ons gesprek en de tijd die ${f.you} ervoor vrijmaakte.`
            : `Hartelijk dank voor ons gesprek ${s.when}.`,
          // The goal as written, often a question: quoted whole, so any wording reads right.
          s.goal === null
            ? null
            : `${u ? 'U heeft' : 'Je hebt'} me echt verder geholpen met mijn vraag ‘${s.goal}’.`,
          // A card has room for one detail: the tip, else the people I may call.
          s.tip === null ? null : `Vooral ${f.your} tip ‘${s.tip}’ ga ik zeker gebruiken.`,
          s.referrals === null || (medium === 'kaartje' && s.tip !== null)
            ? null
            : `Fijn dat ik ${s.referrals} mag benaderen; ik laat ${f.you} weten hoe dat gaat.`,
          long && s.offered !== null ? `Zoals beloofd: ${s.offered}.` : null,
          long && s.referrals === null
            ? `Ik houd ${f.you} graag op de hoogte van hoe het verder gaat.`
            : null,
        ],
      };
    case 'opvolgen':
      return {
        subject: 'Een vervolg op ons gesprek',
        lines: [
          s.when === null
            ? 'Ik kom graag nog even terug op ons gesprek.'
            : `Ik kom graag nog even terug op ons gesprek ${s.when}.`,
          s.nextStep === null ? null : `Zoals afgesproken: ${s.nextStep}.`,
          s.lookingFor === null || !long ? null : `Waar ik nog steeds naar zoek: ${s.lookingFor}.`,
          long ? `Als ${f.you} nog ideeën of vragen ${u ? 'heeft' : 'hebt'}, hoor ik het graag.` : null,
        ],
      };
    case 'hulpvraag':
      return {
        subject: `${f.want} met me meedenken?`,
        lines: [
          s.lookingFor === null
            ? 'Ik ben op zoek naar nieuw werk.'
            : `Ik ben op zoek naar nieuw werk. Waar ik naar zoek: ${s.lookingFor}.`,
          s.question === null
            ? `Ik denk dat ${f.you} me met ${f.your} ervaring goed op weg kunt helpen.`
            : `Ik heb een vraag waar ${f.you} me misschien bij kunt helpen: ${s.question}`,
          `${f.want} met me meedenken?${long ? ' Een kort telefoongesprek of een kop koffie zou me al veel helpen.' : ''}`,
          long ? `En als ${f.you} het zelf niet weet: misschien ${f.know} iemand die het wel weet?` : null,
        ],
      };
    case 'voortgang':
      return {
        subject: 'Hoe het nu met me gaat',
        lines: [
          s.date === null
            ? `Ik wil ${f.you} graag laten weten hoe het met mijn zoektocht gaat.`
            : `Op ${s.date} spraken we elkaar, en ik wil ${f.you} graag laten weten hoe het sindsdien gaat.`,
          s.referrals === null
            ? null
            : `Via ${f.jou} kwam ik bij ${s.referrals} terecht, en dat heeft me verder gebracht.`,
          s.contribution === null
            ? null
            : `${u ? 'Uw' : 'Jouw'} hulp: ${s.contribution}. Dat heeft me echt geholpen.`,
          s.lookingFor === null ? null : `Waar ik nu naar zoek: ${s.lookingFor}.`,
          `Nogmaals bedankt; ik houd ${f.you} op de hoogte.`,
        ],
      };
    case 'seizoen':
      return {
        subject: 'Fijne feestdagen',
        lines: [
          `Fijne feestdagen en een goed en gezond ${s.newYear}!`,
          s.date === null ? null : `Ik denk nog graag terug aan ons gesprek van ${s.date}.`,
          s.contribution === null
            ? `${f.thanksYou} voor ${f.your} hulp dit jaar.`
            : `${f.thanksYou} voor ${f.your} hulp: ${s.contribution}.`,
        ],
      };
    case 'doel-bereikt':
      return {
        subject: u ? 'Het is gelukt, dankzij uw hulp' : 'Het is gelukt, en jij hielp mee',
        lines: [
          'Goed nieuws: ik heb gevonden wat ik zocht.',
          s.newPlace === null ? null : `Mijn nieuwe plek: ${s.newPlace}.`,
          s.contribution === null
            ? `${u ? 'U heeft' : 'Jij hebt'} daar op ${f.your} manier aan bijgedragen.`
            : `${u ? 'U heeft' : 'Jij hebt'} daaraan bijgedragen: ${s.contribution}.`,
          `Daarvoor wil ik ${f.you} van harte bedanken.`,
          long ? 'Ik houd graag contact.' : null,
        ],
      };
  }
}

export const dutchTexts: BuiltInTexts = {
  text(occasion, medium, voice, s) {
    return {
      ...lines(occasion, medium, voice, s),
      greeting: greeting(medium, voice, s),
      closing: closing(medium, voice),
    };
  },
};
