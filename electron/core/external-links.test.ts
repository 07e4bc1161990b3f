import { describe, expect, it } from 'vitest';
import { allowedExternalUrl } from './external-links';

describe('https links', () => {
  it.each([
    ['https://www.linkedin.com/in/someone', 'https://www.linkedin.com/in/someone'],
    ['https://example.nl/vacature?id=3#top', 'https://example.nl/vacature?id=3#top'],
    ['HTTPS://EXAMPLE.NL', 'https://example.nl/'],
  ])('opens %s as %s', (input, expected) => {
    expect(allowedExternalUrl(input)).toBe(expected);
  });

  it.each([
    'https://user:pw@example.nl/',
    'https://user@example.nl/',
    'https://:pw@example.nl/',
    'https://%75ser@example.nl/',
    'http://example.nl/',
    'https:',
    'https://',
  ])('refuses %s (credentials, plain http, no host)', (input) => {
    expect(allowedExternalUrl(input)).toBeNull();
  });
});

describe('mailto links', () => {
  it.each([
    ['mailto:jan@example.nl', 'mailto:jan@example.nl'],
    ['mailto:jan.de-vries+werk@example.co.uk', 'mailto:jan.de-vries+werk@example.co.uk'],
    ['mailto:a@b.nl,c@d.nl', 'mailto:a@b.nl,c@d.nl'],
    ['mailto:a@b.nl?subject=Hallo%20Jan', 'mailto:a@b.nl?subject=Hallo%20Jan'],
    [
      'mailto:a@b.nl?subject=Koffie&body=Tot%20morgen%0D%0AGroet&cc=c@d.nl',
      'mailto:a@b.nl?subject=Koffie&body=Tot%20morgen%0D%0AGroet&cc=c%40d.nl',
    ],
    // A plus in a mailto query is a plus (RFC 6068), not a space as in a form.
    ['mailto:a@b.nl?subject=1+1', 'mailto:a@b.nl?subject=1%2B1'],
  ])('opens %s as %s', (input, expected) => {
    expect(allowedExternalUrl(input)).toBe(expected);
  });

  it.each([
    ['mailto:a@b.nl?attach=~/.ssh/id_rsa', 'mailto:a@b.nl'],
    ['mailto:a@b.nl?attachment=/etc/passwd', 'mailto:a@b.nl'],
    ['mailto:a@b.nl?ATTACH=~/.ssh/id_rsa', 'mailto:a@b.nl'],
    ['mailto:a@b.nl?Attach=~/.ssh/id_rsa&subject=Hoi', 'mailto:a@b.nl?subject=Hoi'],
    ['mailto:a@b.nl?%61ttach=~/.ssh/id_rsa', 'mailto:a@b.nl'],
    ['mailto:a@b.nl?%41TTACH=~/.ssh/id_rsa', 'mailto:a@b.nl'],
    ['mailto:a@b.nl?%20attach=~/.ssh/id_rsa', 'mailto:a@b.nl'],
    ['mailto:a@b.nl?bcc=spy@evil.example', 'mailto:a@b.nl'],
    ['mailto:a@b.nl?BCC=spy@evil.example&body=x', 'mailto:a@b.nl?body=x'],
    ['mailto:a@b.nl?to=spy@evil.example', 'mailto:a@b.nl'],
    ['mailto:a@b.nl?from=boss@example.nl', 'mailto:a@b.nl'],
    ['mailto:a@b.nl#attach=x', 'mailto:a@b.nl'],
  ])('drops the parameters a mail app must not get: %s → %s', (input, expected) => {
    expect(allowedExternalUrl(input)).toBe(expected);
  });

  it('keeps a second ? inside the value it belongs to, encoded, so it adds no parameter', () => {
    expect(allowedExternalUrl('mailto:a@b.nl?subject=hoi?attach=/etc/passwd')).toBe(
      'mailto:a@b.nl?subject=hoi%3Fattach%3D%2Fetc%2Fpasswd',
    );
    expect(allowedExternalUrl('mailto:a@b.nl??attach=/etc/passwd')).toBe('mailto:a@b.nl');
    expect(allowedExternalUrl('mailto:a@b.nl?subject=a%26attach%3D%2Fetc%2Fpasswd')).toBe(
      'mailto:a@b.nl?subject=a%26attach%3D%2Fetc%2Fpasswd',
    );
  });

  it('takes the first of a repeated parameter, and uppercase keys as their lowercase selves', () => {
    expect(allowedExternalUrl('mailto:a@b.nl?SUBJECT=een&subject=twee&Body=drie')).toBe(
      'mailto:a@b.nl?subject=een&body=drie',
    );
  });

  it('keeps a subject on one line, where a line break could start a header of its own', () => {
    expect(allowedExternalUrl('mailto:a@b.nl?subject=Hoi%0D%0ABcc:%20spy@evil.example')).toBe(
      'mailto:a@b.nl?subject=Hoi%20Bcc%3A%20spy%40evil.example',
    );
  });

  it('drops a cc that is not a list of plain addresses', () => {
    expect(allowedExternalUrl('mailto:a@b.nl?cc=c@d.nl%3Fattach%3Dx')).toBe('mailto:a@b.nl');
    expect(allowedExternalUrl('mailto:a@b.nl?cc=c@d.nl,e@f.nl')).toBe('mailto:a@b.nl?cc=c%40d.nl%2Ce%40f.nl');
  });

  it.each([
    'mailto:',
    'mailto:?subject=hoi',
    'mailto:?attach=~/.ssh/id_rsa',
    'mailto:a@b.nl%3Fattach=~/.ssh/id_rsa',
    'mailto:a@b.nl%26attach=~/.ssh/id_rsa',
    'mailto:not-an-address',
    'mailto:a@b.nl,javascript:alert(1)',
    'mailto:%E0%A4%A',
    'mailto:a@b.nl%0D%0ABcc:spy@evil.example',
  ])('refuses %s, whose address part is not a list of plain addresses', (input) => {
    expect(allowedExternalUrl(input)).toBeNull();
  });

  it('leaves out a parameter that does not decode, and keeps the rest', () => {
    expect(allowedExternalUrl('mailto:a@b.nl?subject=%E0%A4%A&body=ok')).toBe('mailto:a@b.nl?body=ok');
  });
});

describe('tel links', () => {
  it.each([
    ['tel:+31201234567', 'tel:+31201234567'],
    ['tel:+31 (0)20-123 45 67', 'tel:+310201234567'],
    ['tel:020.123.4567', 'tel:0201234567'],
  ])('opens %s as %s', (input, expected) => {
    expect(allowedExternalUrl(input)).toBe(expected);
  });

  it.each(['tel:', 'tel:+', 'tel:+31?attach=x', 'tel:+31#x', 'tel:+31;ext=2', 'tel:abc', 'tel:%2B31%0A'])(
    'refuses %s',
    (input) => {
      expect(allowedExternalUrl(input)).toBeNull();
    },
  );
});

describe('everything else', () => {
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'netwerkdagboek://app/index.html',
    'http://localhost:5173/',
    'not a url',
    '',
  ])('refuses %s', (input) => {
    expect(allowedExternalUrl(input)).toBeNull();
  });

  it('refuses what is not a string, or too long to be a link a person clicked', () => {
    expect(allowedExternalUrl(undefined)).toBeNull();
    expect(allowedExternalUrl({ href: 'https://example.nl/' })).toBeNull();
    expect(allowedExternalUrl(`https://example.nl/${'a'.repeat(2_000)}`)).toBeNull();
  });
});
