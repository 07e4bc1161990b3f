import type { TrailWords } from './words';

export const trailEN: TrailWords = {
  title: 'The trail back',
  reached: (what) => (what === '' ? 'Goal reached!' : `Goal reached: ${what}.`),
  intro: (since) =>
    `These are the people who helped you on your way, as your journal shows since ${since}: who brought you to the organisation, whom you spoke with, who gave tips or answered a request for help. Let them know you made it; they will remember.`,
  progress: (thanked, total) => `${thanked} of ${total} thanked`,
  allThanked: 'Everyone on the trail has been thanked. Well done.',
  nobody:
    'Your journal does not show anyone who helped yet. Record conversations, introductions and answers to requests for help, and the people appear here.',
  worksThere: (organisation) => `Works at ${organisation}`,
  onRoute: 'On the way in',
  introduced: (names) => `Introduced you to ${names}`,
  referred: (names) => `Referred you to ${names}`,
  answered: (question) => `Answered your request ‘${question}’`,
  tips: (tips, count) => (count === 1 ? `Gave you the tip ${tips}` : `Gave you the tips ${tips}`),
  conversations: { one: '{n} conversation', other: '{n} conversations' },
  lastOn: (date) => `last on ${date}`,
  deleted: 'No longer in your journal',
  write: 'Write a thank-you…',
  markThanked: 'Mark as thanked',
  methodsLabel: (name) => `How did you thank ${name}?`,
  thankedOn: (how, date) => `Thanked ${how}, on ${date}`,
  undo: 'Undo',
  thankedToast: (name, progress) => `${name} has been thanked (${progress}).`,
  unthankedToast: (name) => `${name} is marked as not thanked again.`,
  touchNote: 'Thanked for helping me reach my goal',
  keepInTouch:
    'The people who helped you like to hear how you are doing. Keep in touch, now that you are no longer looking too: it keeps your network warm.',
  noCadence: (name) => `You get no reminder to keep in touch with ${name}.`,
  quarterly: 'Remind me every quarter',
  quarterlySet: (name) => `You will be reminded about ${name} every quarter.`,
  card: { title: 'Thank the people who helped', open: 'The trail back' },
  back: 'Back to My goal',
};
