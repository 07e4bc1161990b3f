import type { Dictionary } from '../../app/nl';

/** Words of the contact history (timeline, chain) screens, in English. */
export const historyEN: Dictionary['history'] = {
  timeline: {
    title: 'Timeline',
    plan: 'Plan a conversation',
    loading: 'Loading timeline…',
    emptyTitle: 'Nothing recorded yet',
    emptyText: (name: string) =>
      `Plan a conversation with ${name}, or note that you were in touch: a call, a card or a short message counts too. People forget you when they don't hear from you.`,
    planned: 'Planned',
    held: 'Held',
    withOther: (name: string) => `with ${name}`,
    needsEvaluation: 'Evaluation missing',
    needsThanks: 'Not thanked yet',
    touch: 'Were in touch',
    removeTouch: 'Remove',
    removeTouchLabel: (channel: string, date: string) => `Remove ${channel} on ${date}`,
    touchRemovedToast: 'The moment of contact was removed.',
    touchAddedToast: (name: string) => `Contact with ${name} recorded.`,
  },
  touchForm: {
    open: 'Were in touch',
    title: 'Were in touch',
    hint: 'For small moments in between, so you know later when you last spoke.',
    channel: 'How',
    date: 'When',
    note: 'Note',
    notePlaceholder: 'E.g. congratulated them on the new job',
    save: 'Record',
  },
  chain: {
    title: 'Referral chain',
    howYouKnow: (name: string) => `How you know ${name}`,
    you: 'You',
    pathLabel: (name: string) => `Path from you to ${name}`,
    noIntroducer: (name: string) =>
      `It doesn't say who introduced ${name} to you. If you know, add it under Edit.`,
    introduced: (name: string) => `Whom ${name} introduced you to`,
    introducedHint: (name: string) =>
      `Tell ${name} what these introductions led to. People who helped you like to hear how it went.`,
    noConversationYet: 'no conversation yet',
    plannedOn: (date: string) => `conversation planned on ${date}`,
    heldOn: (date: string) => `conversation on ${date}`,
    evaluated: 'evaluation filled in',
    notEvaluated: 'evaluation not filled in yet',
    referredIn: (name: string) => `${name} was mentioned in`,
    referredInItem: (name: string, date: string) => `conversation with ${name} on ${date}`,
    empty: (name: string) =>
      `No referrals yet. When ${name} introduces you to someone, or someone mentions ${name} as a tip, you will see the path here.`,
  },
  deleteDialog: {
    title: (name: string) => `Delete ${name}?`,
    text: {
      one: 'You recorded {n} conversation with this person.',
      other: 'You recorded {n} conversations with this person.',
    },
    textUnknown: 'You recorded conversations with this person.',
    advice:
      'Archiving keeps everything and takes the contact out of your list, so you can still follow the trail back later. Deleting removes the contact and those conversations for good. Referrals to this person keep the name.',
    adviceArchived:
      'The contact is already in your archive, so it is out of your way. Deleting removes the contact and those conversations for good. Referrals to this person keep the name.',
    archive: 'Archive',
    recommended: 'recommended',
    deleteWith: 'Delete with conversations',
    deletedWithToast: (name: string) => `${name} and the conversations were deleted.`,
  },
  conversationKinds: {
    orienterend: 'Exploratory conversation',
    'tips-en-namen': 'Asking for tips and names',
    bijpraten: 'Catching up',
    'hulp-aanbieden': 'Offering help',
    anders: 'Other conversation',
  },
  touchChannels: {
    telefoon: 'Phone',
    kaartje: 'Card',
    bericht: 'Message',
    email: 'E-mail',
    persoonlijk: 'In person',
    social: 'Social media',
  },
};
