import { describe, expect, it } from 'vitest';
import { askStrength, LONG_AGO_DAYS, RECENT_DAYS, type AskTie } from './ask-strength';

const tie = (changes: Partial<AskTie>): AskTie => ({
  strength: 'goed',
  warmth: 'lauw',
  daysSinceContact: 30,
  helpedBefore: false,
  ...changes,
});
const verdict = (changes: Partial<AskTie>) => {
  const a = askStrength(tie(changes));
  return `${a.verdict} (${a.reason}, ${a.points})`;
};

describe('strong enough to ask a favour', () => {
  it('says yes for someone known well and spoken to a month ago (goed 2 + lauw 0 = 2, 30 days)', () => {
    expect(verdict({})).toBe('strong-enough (close-tie, 2)');
  });

  it('says yes for a warm tie known a little, in touch lately (een beetje 1 + warm 1 = 2)', () => {
    expect(verdict({ strength: 'een-beetje', warmth: 'warm', daysSinceContact: 10 })).toBe(
      'strong-enough (warm-and-recent, 2)',
    );
  });

  it('names having helped before as the reason, and counts it (een beetje 1 + lauw 0 + helped 1 = 2)', () => {
    expect(verdict({ strength: 'een-beetje', helpedBefore: true })).toBe('strong-enough (helped-before, 2)');
  });

  it('counts recent up to 90 days; a 2-point tie at 91 days wants confirming first', () => {
    expect(verdict({ daysSinceContact: RECENT_DAYS })).toBe('strong-enough (close-tie, 2)');
    expect(verdict({ daysSinceContact: RECENT_DAYS + 1 })).toBe('confirm-first (long-ago, 2)');
  });

  it('lets a close tie (3 points) carry up to 180 days of silence, not 181', () => {
    expect(verdict({ strength: 'heel-goed', daysSinceContact: LONG_AGO_DAYS })).toBe(
      'strong-enough (close-tie, 3)',
    );
    expect(verdict({ strength: 'goed', warmth: 'warm', daysSinceContact: 150 })).toBe(
      'strong-enough (close-tie, 3)',
    );
    expect(verdict({ strength: 'heel-goed', daysSinceContact: LONG_AGO_DAYS + 1 })).toBe(
      'confirm-first (long-ago, 3)',
    );
  });

  it('wants confirming first for a good tie never in touch, however strong', () => {
    expect(verdict({ strength: 'heel-goed', warmth: 'warm', daysSinceContact: null })).toBe(
      'confirm-first (never-in-touch, 4)',
    );
  });
});

describe('too weak to ask a favour', () => {
  it('says so for someone known a little and lauw, even spoken to yesterday (1 point)', () => {
    expect(verdict({ strength: 'een-beetje', daysSinceContact: 1 })).toBe('too-weak (weak-tie, 1)');
  });

  it('calls a cold relation too weak, even when known very well (heel goed 3 − koud 2 = 1)', () => {
    expect(verdict({ strength: 'heel-goed', warmth: 'koud', daysSinceContact: 5 })).toBe(
      'too-weak (cold, 1)',
    );
  });

  it('lets a cold tie known very well who helped before through (3 − 2 + 1 = 2)', () => {
    expect(verdict({ strength: 'heel-goed', warmth: 'koud', helpedBefore: true })).toBe(
      'strong-enough (helped-before, 2)',
    );
  });

  it('asks to sort them in first when the strength is not said (warm 1 = 1)', () => {
    expect(verdict({ strength: null, warmth: 'warm' })).toBe('too-weak (unknown-tie, 1)');
    expect(verdict({ strength: null, warmth: null })).toBe('too-weak (unknown-tie, 0)');
  });

  it('passes the days since contact on, for the page to say how long ago', () => {
    expect(askStrength(tie({ daysSinceContact: 200 })).daysSinceContact).toBe(200);
  });
});
