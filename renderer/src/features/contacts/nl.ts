/** Words of the contact history (timeline, chain) screens, in Dutch. */
import type { ConversationKind, TouchChannel } from '$contract/domain';
import type { Plural } from '../../app/nl';

export const historyNL = {
  timeline: {
    title: 'Tijdlijn',
    plan: 'Gesprek plannen',
    loading: 'Tijdlijn laden…',
    emptyTitle: 'Nog niets vastgelegd',
    emptyText: (name: string) =>
      `Plan een gesprek met ${name}, of leg vast dat je even contact had: een belletje, een kaartje of een berichtje telt ook. Wie niets van je hoort, vergeet je.`,
    planned: 'Gepland',
    held: 'Gehouden',
    withOther: (name: string) => `met ${name}`,
    needsEvaluation: 'Evaluatie ontbreekt',
    needsThanks: 'Nog niet bedankt',
    touch: 'Contact gehad',
    removeTouch: 'Weghalen',
    removeTouchLabel: (channel: string, date: string) => `${channel} op ${date} weghalen`,
    touchRemovedToast: 'Het contactmoment is weggehaald.',
    touchAddedToast: (name: string) => `Contact met ${name} vastgelegd.`,
  },
  touchForm: {
    open: 'Contact gehad',
    title: 'Contact gehad',
    hint: 'Voor kleine momenten tussendoor. Zo weet je later wanneer je elkaar voor het laatst sprak.',
    channel: 'Hoe',
    date: 'Wanneer',
    note: 'Notitie',
    notePlaceholder: 'Bijv. gefeliciteerd met de nieuwe baan',
    save: 'Vastleggen',
  },
  chain: {
    title: 'Via via',
    howYouKnow: (name: string) => `Hoe je ${name} kent`,
    you: 'Jij',
    pathLabel: (name: string) => `Route van jou naar ${name}`,
    noIntroducer: (name: string) =>
      `Er staat niet bij wie ${name} aan je heeft voorgesteld. Weet je het wel? Vul het in via Bewerken.`,
    introduced: (name: string) => `Wie ${name} aan je voorstelde`,
    introducedHint: (name: string) =>
      `Vertel ${name} wat deze introducties hebben opgeleverd. Wie je verder hielp, hoort graag hoe het afliep.`,
    noConversationYet: 'nog geen gesprek',
    plannedOn: (date: string) => `gesprek gepland op ${date}`,
    heldOn: (date: string) => `gesprek op ${date}`,
    evaluated: 'evaluatie ingevuld',
    notEvaluated: 'evaluatie nog niet ingevuld',
    referredIn: (name: string) => `${name} werd genoemd in`,
    referredInItem: (name: string, date: string) => `gesprek met ${name} op ${date}`,
    empty: (name: string) =>
      `Nog geen verwijzingen. Stelt ${name} je aan iemand voor, of noemt iemand anders ${name} als tip, dan zie je hier de route.`,
  },
  deleteDialog: {
    title: (name: string) => `${name} verwijderen?`,
    text: {
      one: 'Met deze persoon heb je {n} gesprek vastgelegd.',
      other: 'Met deze persoon heb je {n} gesprekken vastgelegd.',
    } satisfies Plural,
    textUnknown: 'Met deze persoon heb je gesprekken vastgelegd.',
    advice:
      'Archiveren bewaart alles en haalt het contact uit je lijst; zo kun je later het spoor terug volgen. Verwijderen haalt het contact en die gesprekken definitief weg. Verwijzingen naar deze persoon houden de naam.',
    adviceArchived:
      'Het contact staat al in je archief, dus het zit je niet in de weg. Verwijderen haalt het contact en die gesprekken definitief weg. Verwijzingen naar deze persoon houden de naam.',
    archive: 'Archiveren',
    recommended: 'aanbevolen',
    deleteWith: 'Verwijderen met gesprekken',
    deletedWithToast: (name: string) => `${name} en de gesprekken zijn verwijderd.`,
  },
  conversationKinds: {
    orienterend: 'Oriënterend gesprek',
    'tips-en-namen': 'Tips en namen vragen',
    bijpraten: 'Bijpraten',
    'hulp-aanbieden': 'Hulp aanbieden',
    anders: 'Ander soort gesprek',
  } satisfies Record<ConversationKind, string>,
  touchChannels: {
    telefoon: 'Telefoon',
    kaartje: 'Kaartje',
    bericht: 'Bericht',
    email: 'E-mail',
    persoonlijk: 'Persoonlijk',
    social: 'Sociale media',
  } satisfies Record<TouchChannel, string>,
};
