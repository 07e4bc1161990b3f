/**
 * The built-in English texts: the same moments as the Dutch ones, one form of address. A sentence is null
 * when a fact it needs is missing, so `messageText` leaves it out.
 */
import type { BuiltInTexts, MessageMedium, MessageOccasion, Said } from './message-text-kinds';

function greeting(medium: MessageMedium, s: Said): string {
  if (s.first === null) return medium === 'bericht' ? 'Hi,' : 'Hello,';
  return medium === 'bericht' ? `Hi ${s.first},` : `Dear ${s.first},`;
}

function closing(medium: MessageMedium): string {
  if (medium === 'bericht') return 'Best,';
  if (medium === 'kaartje') return 'Warm regards,';
  return 'Kind regards,';
}

function lines(
  occasion: MessageOccasion,
  medium: MessageMedium,
  s: Said,
): { subject: string; lines: (string | null)[] } {
  const long = medium === 'email';
  switch (occasion) {
    case 'bedanken':
      return {
        subject: 'Thank you for our conversation',
        lines: [
          s.when === null
            ? 'Thank you for our conversation and for making the time.'
            : `Thank you for our conversation ${s.when}.`,
          s.goal === null ? null : `You really helped me along with my question ‘${s.goal}’.`,
          s.tip === null ? null : `Your tip ‘${s.tip}’ is one I will certainly use.`,
          s.referrals === null || (medium === 'kaartje' && s.tip !== null)
            ? null
            : `I am glad I may get in touch with ${s.referrals}; I will let you know how it goes.`,
          long && s.offered !== null ? `As promised: ${s.offered}.` : null,
          long && s.referrals === null ? 'I will keep you posted on how things go.' : null,
        ],
      };
    case 'opvolgen':
      return {
        subject: 'Following up on our conversation',
        lines: [
          s.when === null
            ? 'I would like to follow up on our conversation.'
            : `I would like to follow up on our conversation ${s.when}.`,
          s.nextStep === null ? null : `As we agreed: ${s.nextStep}.`,
          s.lookingFor === null || !long ? null : `What I am still looking for: ${s.lookingFor}.`,
          long ? 'If you have any more ideas or questions, I would love to hear them.' : null,
        ],
      };
    case 'hulpvraag':
      return {
        subject: 'Would you think along with me?',
        lines: [
          s.lookingFor === null
            ? 'I am looking for a new job.'
            : `I am looking for a new job. What I am looking for: ${s.lookingFor}.`,
          s.question === null
            ? 'I think your experience could help me on my way.'
            : `I have a question you might be able to help me with: ${s.question}`,
          `Would you think along with me?${long ? ' A short call or a cup of coffee would already help a lot.' : ''}`,
          long ? 'And if you do not know yourself: perhaps you know someone who does?' : null,
        ],
      };
    case 'voortgang':
      return {
        subject: 'How things are going',
        lines: [
          s.date === null
            ? 'I would like to let you know how my search is going.'
            : `We spoke on ${s.date}, and I would like to let you know how things have gone since.`,
          s.referrals === null
            ? null
            : `Through you I got in touch with ${s.referrals}, and that took me further.`,
          s.contribution === null ? null : `Your help: ${s.contribution}. It really made a difference.`,
          s.lookingFor === null ? null : `What I am looking for now: ${s.lookingFor}.`,
          'Thank you again; I will keep you posted.',
        ],
      };
    case 'seizoen':
      return {
        subject: 'Season’s greetings',
        lines: [
          `Happy holidays and all the best for ${s.newYear}!`,
          s.date === null ? null : `I still think back to our conversation on ${s.date}.`,
          s.contribution === null
            ? 'Thank you for your help this year.'
            : `Thank you for your help: ${s.contribution}.`,
        ],
      };
    case 'doel-bereikt':
      return {
        subject: 'I made it, and you helped',
        lines: [
          'Good news: I have found what I was looking for.',
          s.newPlace === null ? null : `My new place: ${s.newPlace}.`,
          s.contribution === null
            ? 'You contributed to it in your own way.'
            : `You contributed to it: ${s.contribution}.`,
          'I would like to thank you warmly for that.',
          long ? 'I would love to stay in touch.' : null,
        ],
      };
  }
}

export const englishTexts: BuiltInTexts = {
  text(occasion, medium, _voice, s) {
    return { ...lines(occasion, medium, s), greeting: greeting(medium, s), closing: closing(medium) };
  },
};
