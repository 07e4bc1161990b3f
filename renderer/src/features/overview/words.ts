/**
 * What Overzicht says, as a shape: `nl.ts` and `en.ts` each fill it in. Core sends figures and keys
 * (contract/overview.ts); every sentence is made here.
 */
import type { Plural } from '$contract/words/plural';

export interface OverviewWords {
  title: string;
  intro: string;
  loading: string;
  failed: string;
  retry: string;
  today: {
    title: string;
    none: string;
    moreDue: Plural;
    openReminders: string;
    notNow: string;
    notNowLabel(name: string): string;
    notNowToast(name: string): string;
    /** What each suggestion asks, by its kind. */
    ask: {
      'thank-you'(name: string): string;
      'follow-up'(name: string): string;
      'weak-tie'(name: string): string;
      'gone-quiet'(name: string): string;
      'ask-conversation'(name: string): string;
      'no-one-at-target'(organisation: string): string;
      'keep-informed'(name: string): string;
    };
    /** Why it is shown; `ago` is "3 weken" and the like, `day` a date. */
    why: {
      noOneAtTarget: string;
      /** Houd ze op de hoogte: `name` referred me to `referred`, spoken to `ago` ago (a duration). */
      keepInformed(ago: string, name: string, referred: string): string;
      thankYouToday: string;
      thankYouLate(ago: string): string;
      followUpToday: string;
      followUpLate(ago: string): string;
      weakTie(ago: string): string;
      weakTieNever: string;
      goneQuiet(ago: string): string;
      goneQuietNever: string;
      askConversation: string;
    };
    /** Beside "Bedanken" on a thank-you: the moment to ask how (the reminders' thanks dialog). */
    thanked: string;
    thankedLabel(name: string): string;
    action: {
      /** Opens the progress text (voortgang) to the helper. */
      writeUpdate: string;
      askAround: string;
      thank: string;
      followUp: string;
      logTouch: string;
      plan: string;
    };
  };
  map: {
    title: string;
    byWarmth: string;
    byStrength: string;
    viewLabel: string;
    circleColumn: string;
    noStrength: string;
    total: string;
    cellLabel(count: string, circle: string, warmth: string): string;
    strengthLabel(count: string, strength: string): string;
    /** People with no cell in the grid (no kring or no warmth), and the link to them in Contacten. */
    unplaced: Plural;
    showUnplaced: string;
    unsorted: Plural;
    sortIn: string;
    people: Plural;
    empty: string;
    toContacts: string;
  };
  dunbar: {
    title: string;
    known: Plural;
    against(limit: string): string;
    meaningFew: string;
    meaningMany: string;
    /** Instead of "Je kent 0 mensen goed" while no one has a strength: what makes it count. */
    noStrengths: string;
  };
  threeB: {
    title: string;
    recent: string;
    longer: string;
    none: string;
    few: string;
    balanced: string;
    lopsided: {
      bouwen: string;
      bevestigen: string;
      benutten: string;
    };
    fewOf: {
      bouwen: string;
      bevestigen: string;
      benutten: string;
    };
    tableCaption: string;
    periodColumn: string;
  };
  rhythm: {
    title: string;
    goal: Plural;
    streak: Plural;
    noStreak: string;
    setGoal: string;
    weekOf(date: string): string;
    weekColumn: string;
    conversations: string;
    touches: string;
    onGoal: string;
    yes: string;
    no: string;
    goalLine: string;
    tableCaption: string;
    barTitle(week: string, conversations: string, touches: string): string;
  };
  quiet: {
    title: string;
    intro: string;
    none: string;
    total: Plural;
    lastConversation(ago: string, channel: string): string;
    lastTouch(ago: string, channel: string): string;
    lastNoted(ago: string): string;
    lastKept(ago: string): string;
    never(ago: string): string;
    ideasTitle: string;
    ideas: readonly string[];
    logTouch: string;
    plan: string;
    more: Plural;
  };
  spread: {
    title: string;
    circle(count: string, of: string, circle: string): string;
    organisation(count: string, of: string, organisation: string): string;
    /** No kring or organisation holds most of them: "… met mensen van 6 organisaties en 3 kringen …". */
    spread(of: string, organisations: string, circles: string): string;
    organisations: Plural;
    circles: Plural;
    /** Fewer than five held conversations lately: what the card will say, and when. */
    tooFew: string;
  };
  touchDialog: {
    title(name: string): string;
    saved(name: string): string;
  };
  goalSetting: {
    invalid: string;
    title: string;
    label: string;
    hint: string;
    saved: string;
  };
}
