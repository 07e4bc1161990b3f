import type { RemindersWords } from './words';

/** Words of the Herinneringen screen, keeping in touch and the reminder settings, in English. */
export const remindersEN: RemindersWords = {
  title: 'Reminders',
  new: 'New reminder',
  toDo: { one: '{n} to do', other: '{n} to do' },
  upcoming: { one: '{n} planned', other: '{n} planned' },
  badge: { one: '{n} reminder to do', other: '{n} reminders to do' },
  groupHints: {
    overdue: 'Should have happened already. Still worth doing.',
    soon: 'The next 7 days',
    done: 'Newest first',
  },
  due: (when) => when,
  snoozedUntil: (when) => `Put off until ${when}`,
  doneOn: (when) => `Done ${when}`,
  skippedOn: (when) => `Skipped ${when}`,
  at: (day, time) => `${day} ${time}`,
  otherZone: (zone) => `(time in ${zone})`,

  actions: {
    done: 'Done',
    later: 'Later',
    skip: 'Skip',
    edit: 'Edit',
    open: 'Open',
    reopen: 'Reopen',
    delete: 'Delete',
  },
  openContact: (name) => `Open ${name}`,
  openConversation: 'Open the conversation',
  snoozeMenu: 'Put off',

  toasts: {
    done: 'Done.',
    actionDone: 'Done, and the action is marked done in your action plan. What did it bring?',
    reflect: 'Look back',
    thanked: (name) => `Noted: ${name} has been thanked.`,
    skipped: 'Skipped. You will find it under Done.',
    skippedUntil: (name, day) => `Skipped. The next reminder to get in touch with ${name} is on ${day}.`,
    snoozed: (when) => `Put off until ${when}.`,
    reopened: 'The reminder is open again.',
    created: 'The reminder has been added.',
    saved: 'The reminder has been saved.',
    deleted: 'The reminder has been deleted.',
  },

  thanks: {
    title: 'How did you say thank you?',
    text: (name) =>
      `Choose how you thanked ${name}. The conversation is then marked as thanked, with today’s date.`,
    textNoName:
      'Choose how you said thank you. The conversation is then marked as thanked, with today’s date.',
    methodsLabel: 'Way of thanking',
  },

  moment: {
    title: 'Put off until…',
    date: 'Date',
    time: 'Time',
    confirm: 'Put off',
  },

  form: {
    newTitle: 'New reminder',
    editTitle: 'Edit reminder',
    title: 'What do you want to be reminded of?',
    titlePlaceholder: 'E.g. Look at the council vacancy again',
    titleOwnWording: 'Your own wording',
    titleAppHint: 'Leave empty to keep the app’s wording.',
    note: 'Note',
    date: 'Date',
    time: 'Time',
    contact: 'About whom',
    contactHint: 'Optional.',
    contactPlaceholder: 'Search a contact',
    contactClear: 'Nobody',
    create: 'Add',
    about: (kind) => `${kind}. The app makes and closes this reminder itself.`,
  },
  deleteTitle: 'Delete this reminder?',
  deleteText: 'It will be gone for good. Just want it out of the way? Choose Skip instead.',
  deleteConfirm: 'Delete',

  empty: {
    kicker: 'How it works',
    title: 'Nothing waiting for you right now',
    intro:
      'You don’t have to remember it all: the app gives you a nudge at the right moment, even while it runs in the background.',
    points: [
      'The day after a networking conversation: send a thank-you. It takes little, and people remember it.',
      'Keeping in touch: people forget you when they don’t hear from you. Looser contacts fade fastest.',
      'Following up: the next step you noted, with a date, after a conversation.',
      'And your own reminders, for anything else you don’t want to forget.',
    ],
    hint: 'In Settings you choose at what time the nudges come and how often you want to speak to people.',
  },
  allClear: 'All done. Nothing is open any more.',
  showDone: 'Show done',
  hideDone: 'Hide done',
  doneLimited: (n) => `Only the latest ${n} are listed here.`,
  showMore: (n) => `Show ${n} more`,
  loadFailed: 'The reminders could not be loaded.',
  retry: 'Try again',
  cadenceField: {
    label: 'Keep in touch',
    hint: 'How often do you want to speak to this person? The app reminds you when it is time again.',
    standard: (what) => `Default (${what.toLowerCase()})`,
    days: 'Number of days',
    everyDays: { one: 'Every day', other: 'Every {n} days' },
  },

  keepInTouch: {
    title: 'Keep in touch',
    none: 'No regular rhythm. Set one with Edit if you want to keep this person in view.',
    onTrack: (date) => `On track — next time around ${date}`,
    due: 'Time to get in touch',
    dueSince: (ago) => `Time to get in touch — last contact ${ago} ago`,
    verwaterd: (ago) => `Gone quiet — nothing heard for ${ago}`,
    verwaterdNever: 'Gone quiet — no contact recorded yet',
    dueHint: 'A short message or call is enough. Afterwards, note it with Log contact.',
    cadence: (what) => `Rhythm: ${what.toLowerCase()}`,
    cadenceStandard: (what) => `Rhythm: ${what.toLowerCase()} (default)`,
  },
  ago: {
    days: { one: '{n} day', other: '{n} days' },
    weeks: { one: '{n} week', other: '{n} weeks' },
    months: { one: '{n} month', other: '{n} months' },
    years: { one: '{n} year', other: '{n} years' },
  },

  settings: {
    title: 'Reminders',
    time: 'Time of reminders',
    timeHint:
      'The thank-you the day after a conversation comes at this time, and so do the nudges to follow up and keep in touch.',
    defaults: 'Keep in touch, by default',
    defaultsHint:
      'How often you want to speak to someone, by how well you know each other. You can set it differently per contact. People you only know a little fade fastest, while they are often the ones who bring you new ideas.',
    closeToTray: 'Stay in the system tray when closed',
    closeToTrayHint:
      'When you close the window, the app keeps running quietly in the system tray (or menu bar), so reminders still arrive.',
    openAtLogin: 'Start at login',
    openAtLoginHint: 'The app starts when you log in to your computer, so you don’t miss a reminder.',
    saved: 'Saved.',
  },
};
