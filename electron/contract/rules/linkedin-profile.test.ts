import { describe, expect, it } from 'vitest';
import { linkedInProfile, sameLinkedIn } from './linkedin-profile';

describe('one LinkedIn link rule', () => {
  it('writes one profile one way, however it was copied', () => {
    const anna = 'https://www.linkedin.com/in/anna-de-vries';
    for (const link of [
      'https://www.linkedin.com/in/anna-de-vries',
      'http://nl.linkedin.com/in/Anna-de-Vries/',
      'www.linkedin.com/in/anna-de-vries?trk=public_profile',
      'linkedin.com/in/anna-de-vries#about',
      'https://www.linkedin.com/mwlite/in/anna-de-vries',
      '  https://be.linkedin.com/in/ANNA-DE-VRIES/  ',
    ]) {
      expect(linkedInProfile(link), link).toBe(anna);
    }
    expect(linkedInProfile('https://www.linkedin.com/in/ren%C3%A9-bakker')).toBe(
      'https://www.linkedin.com/in/rené-bakker',
    );
    // Not a person's profile: no key, so nobody is matched by it.
    expect(linkedInProfile('https://www.linkedin.com/company/asml')).toBe('');
    expect(linkedInProfile('https://notlinkedin.com.evil.example/in/anna')).toBe('');
  });

  it('says two contacts hold the same link the way the duplicates list and the merge dialog ask', () => {
    expect(sameLinkedIn('https://linkedin.com/in/anna/', 'https://nl.linkedin.com/in/Anna?trk=x')).toBe(true);
    expect(sameLinkedIn('https://www.linkedin.com/in/anna', 'https://www.linkedin.com/in/anna-b')).toBe(
      false,
    );
    // A link that is not a profile still compares as a person means it.
    expect(sameLinkedIn('https://www.annabakker.nl/', 'annabakker.nl')).toBe(true);
    expect(sameLinkedIn('https://www.annabakker.nl/', 'https://www.bram.nl')).toBe(false);
  });
});
