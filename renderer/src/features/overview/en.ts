/** Words of Overzicht, in English. */
import type { OverviewWords } from './words';

export const overviewEN: OverviewWords = {
  title: 'Overview',
  intro: 'What you can do today, and how your network is doing.',
  loading: 'Loading the overview…',
  failed: 'The overview could not be loaded.',
  retry: 'Try again',
  today: {
    title: 'Today',
    none: 'Nothing asks for attention today. A good moment to reach out to someone you have not seen in a while.',
    moreDue: { one: '{n} more reminder is open.', other: '{n} more reminders are open.' },
    openReminders: 'Go to Reminders',
    notNow: 'Not now',
    notNowLabel: (name) => `Not now: ${name}`,
    notNowToast: (name) => `${name} comes back to Today in a week.`,
    ask: {
      'thank-you': (name) => `Thank ${name}`,
      'follow-up': (name) => `Follow up on your conversation with ${name}`,
      'weak-tie': (name) => `Get in touch with ${name}`,
      'gone-quiet': (name) => `Pick up the thread with ${name}`,
      'no-one-at-target': (organisation) => `You know no one at ${organisation}: who does?`,
      'ask-conversation': (name) => `Ask ${name} for a networking conversation`,
    },
    why: {
      noOneAtTarget:
        'You want to work here. A warm contact often knows someone who does, and will gladly introduce you.',
      thankYouToday: 'A thank-you means most the day after the conversation: that is today.',
      thankYouLate: (ago) => `The conversation was ${ago} ago. A late thank-you is still welcome.`,
      followUpToday: 'You agreed on a next step for today.',
      followUpLate: (ago) => `The next step you agreed on is ${ago} overdue.`,
      weakTie: (ago) =>
        `You know each other a little and have not spoken for ${ago}. Loose ties like this often help most, and fade first.`,
      weakTieNever: 'You know each other a little, but no contact has been noted yet.',
      goneQuiet: (ago) => `No contact for ${ago}: the relation has gone quiet. A small gesture is enough.`,
      goneQuietNever: 'No contact noted ever: the relation has gone quiet.',
      askConversation:
        'No conversation is planned this week yet. Someone who knows you well is more likely to say yes.',
    },
    action: {
      askAround: 'See who you know',
      thank: 'Thank',
      followUp: 'Open conversation',
      logTouch: 'Log contact',
      plan: 'Plan a conversation',
    },
  },
  map: {
    title: 'Your network at a glance',
    byWarmth: 'Circle × warmth',
    byStrength: 'Strength',
    viewLabel: 'View',
    circleColumn: 'Circle',
    noStrength: 'Not given',
    total: 'Total',
    cellLabel: (count, circle, warmth) =>
      `${count} ${warmth.toLowerCase()} in ${circle.toLowerCase()}: show in Contacts`,
    strengthLabel: (count, strength) => `${strength}: ${count}, show in Contacts`,
    unplaced: {
      one: '{n} person is not on the map yet: no circle or warmth given.',
      other: '{n} people are not on the map yet: no circle or warmth given.',
    },
    showUnplaced: 'Show in Contacts',
    unsorted: {
      one: '{n} contact from an import has not been sorted in yet.',
      other: '{n} contacts from an import have not been sorted in yet.',
    },
    sortIn: 'Sort them in',
    people: { one: '{n} person', other: '{n} people' },
    empty:
      'No one in your network yet. Start in Contacts with the people you already know: family, friends, neighbours, former colleagues.',
    toContacts: 'Go to Contacts',
  },
  dunbar: {
    title: 'Dunbar',
    known: { one: 'You know {n} person well or very well', other: 'You know {n} people well or very well' },
    against: (limit) => `of the roughly ${limit} people anyone can really keep up with.`,
    noStrengths:
      'How many people do you know well? The app counts them once you note for your contacts how well you know each one: very well, well or a little. Then you see here how many relations you really keep up.',
    meaningFew: 'There is room: every relation you look after well counts.',
    meaningMany: 'That is a lot to keep up. Choose whom you look after actively; the rest can be calmer.',
  },
  threeB: {
    title: 'The three B’s',
    recent: 'Last 4 weeks',
    longer: 'Last 12 weeks',
    none: 'Nothing counted yet. Held conversations and noted contact count here.',
    few: 'Too little yet to say anything about the balance.',
    balanced: 'You build, reaffirm and call on your network in balance.',
    lopsided: {
      bouwen: 'You build a lot',
      bevestigen: 'You reaffirm a lot',
      benutten: 'You call on your network a lot',
    },
    fewOf: {
      bouwen: 'but build few new relations.',
      bevestigen: 'but reaffirm little: let existing contacts see you are still there.',
      benutten: 'but call on your network little: ask for advice or names, or offer help yourself.',
    },
    tableCaption: 'The three B’s per period (table)',
    periodColumn: 'Period',
  },
  rhythm: {
    title: 'Rhythm',
    goal: {
      one: 'Goal: {n} conversation or contact a week',
      other: 'Goal: {n} conversations or contacts a week',
    },
    streak: { one: 'Goal reached {n} week in a row', other: 'Goal reached {n} weeks in a row' },
    noStreak: 'No streak yet: every week on goal counts.',
    setGoal: 'Change goal',
    weekOf: (date) => `week of ${date}`,
    weekColumn: 'Week',
    conversations: 'Conversations',
    touches: 'Contact',
    onGoal: 'Goal reached',
    yes: 'yes',
    no: 'no',
    goalLine: 'Weekly goal',
    tableCaption: 'Rhythm per week (table)',
    barTitle: (week, conversations, touches) => `${week}: ${conversations} conversations, ${touches} contact`,
  },
  quiet: {
    title: 'Gone quiet',
    intro: 'People you have not heard from in a long while. The longest quiet come first.',
    none: 'No relations have gone quiet. You keep in touch well.',
    total: { one: '{n} relation', other: '{n} relations' },
    lastConversation: (ago, channel) => `Last conversation ${ago} ago (${channel.toLowerCase()})`,
    lastTouch: (ago, channel) => `Last contact ${ago} ago (${channel.toLowerCase()})`,
    lastNoted: (ago) => `Last contact ${ago} ago`,
    lastKept: (ago) => `Kept in touch ${ago} ago`,
    never: (ago) => `No contact ever noted (added ${ago} ago)`,
    ideasTitle: 'Ideas for a small gesture',
    ideas: [
      'Pass on an article or vacancy the other person can use.',
      'Congratulate them on a new job, a birthday or a milestone.',
      'Send a card, just because you thought of them.',
      'Ask how that project or course turned out.',
    ],
    logTouch: 'Log contact',
    plan: 'Plan a conversation',
    more: { one: 'And {n} other.', other: 'And {n} others.' },
  },
  spread: {
    title: 'Spread',
    circle: (count, of, circle) =>
      `${count} of your last ${of} conversations were in your ${circle.toLowerCase()} circle. Other circles know people who can help you on too.`,
    organisation: (count, of, organisation) =>
      `${count} of your last ${of} conversations were with people at ${organisation}. Look beyond that organisation too.`,
    spread: (of, organisations, circles) =>
      `Your last ${of} conversations were with people at ${organisations}, from ${circles}: nicely spread across your network.`,
    organisations: { one: '{n} organisation', other: '{n} organisations' },
    circles: { one: '{n} circle', other: '{n} circles' },
    tooFew:
      'After five conversations you will see here whether they reach across your network or stay within one circle or organisation.',
  },
  touchDialog: {
    title: (name) => `Log contact with ${name}`,
    saved: (name) => `Contact with ${name} is saved.`,
  },
  goalSetting: {
    invalid: 'Choose a whole number from 1 to 50.',
    title: 'Overview',
    label: 'Weekly goal',
    hint: 'How many conversations and moments of contact you aim for each week. Rhythm on the Overview measures against it.',
    saved: 'Saved',
  },
};
