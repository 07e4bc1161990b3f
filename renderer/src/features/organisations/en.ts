import type { OrganisationsWords } from './words';

export const organisationsEN: OrganisationsWords = {
  title: 'Organisations',
  intro:
    'Who do you know where? For each organisation: who you know there, what you talked about, and who can get you in.',
  searchLabel: 'Who do I know at…?',
  searchPlaceholder: 'Type an organisation',
  loading: 'Loading organisations…',
  people: { one: '{n} person', other: '{n} people' },
  held: { one: '{n} conversation', other: '{n} conversations' },
  lastHeld: (date) => `latest ${date}`,
  warmThere: (name) => `You know someone warm here: ${name}`,
  routeVia: 'Way in',
  noRoute: 'No warm way in yet. Which of your warm contacts knows someone here?',
  spellings: (n) => `${n} spellings`,
  rename: 'Rename…',
  renameTitle: (name) => `Rename ${name}`,
  renameLabel: 'New name',
  renameHelp:
    'Everyone who works here gets this name, archived contacts too. Pick the name of another organisation to merge the two.',
  renameSave: 'Save name',
  mergeTitle: (from, into) => `Merge ${from} into ${into}?`,
  mergeText: (people, from, into) =>
    `Everyone at ${from} (${people}) gets the organisation ${into}. From then on they are listed together under ${into}.`,
  mergeConfirm: 'Merge',
  renamed: (from, name, people) => `${from} is now ${name} (${people}).`,
  emptyTitle: 'No organisations yet',
  emptyText:
    'Add where your contacts work. Then you see here, per organisation, whom you know and how to get in.',
  emptyAction: 'Go to Contacts',
  noneFoundTitle: (query) => `You don’t know anyone at “${query}” yet`,
  noneFoundText: 'Think of your warm contacts: who might know someone there? Ask them for an introduction.',
  withoutOrganisation: {
    one: '{n} contact without an organisation',
    other: '{n} contacts without an organisation',
  },
  more: (shown, total) => `${shown} of ${total} shown. Type a name to search.`,
  openContact: (name) => `Open ${name}`,
  answerLabel: 'Who do I know at this organisation?',
  knownAt: (name) => `At ${name} you know:`,
  andMore: (n) => `and ${n} more`,
  showOne: (name) => `${name} in Organisations`,
  showMatching: (n) => `The ${n} matching organisations`,
};
