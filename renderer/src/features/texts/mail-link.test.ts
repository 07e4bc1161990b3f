import { describe, expect, it } from 'vitest';
import { mailLink } from './mail-link';

describe('the mailto link of a text', () => {
  it('carries subject and text, line breaks as CRLF, as core’s link rule rebuilds it (texts.spec shows it reaching the mail app)', () => {
    const { url, withBody } = mailLink(
      'eva@example.nl',
      'Bedankt voor ons gesprek',
      'Beste Eva,\n\nDank & groet +1',
    );
    expect(withBody).toBe(true);
    expect(url).toBe(
      'mailto:eva@example.nl?subject=Bedankt%20voor%20ons%20gesprek&body=Beste%20Eva%2C%0D%0A%0D%0ADank%20%26%20groet%20%2B1',
    );
  });

  it('leaves out a text too long for a link, keeping the subject', () => {
    const { url, withBody } = mailLink('eva@example.nl', 'Hoi', 'é'.repeat(400));
    expect(withBody).toBe(false);
    expect(url).toBe('mailto:eva@example.nl?subject=Hoi');
  });
});
