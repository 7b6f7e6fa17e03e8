import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contactHref, contactLinks, splitNumberAndNote } from '../../src/handbook/contact-link.ts';
import { isAllowedUrl } from '../../src/plan/safe-policy.ts';

describe('contactHref', () => {
  it('dials a phone number written with spaces, dots or brackets', () => {
    expect(contactHref('phone', '+31 20 555 0110')).toBe('tel:+31205550110');
    expect(contactHref('signal', '+1 (212) 555-0101')).toBe('tel:+12125550101');
  });

  it('mails an e-mail address and opens a web address', () => {
    expect(contactHref('email', 'soc@kestrelpay.example')).toBe('mailto:soc@kestrelpay.example');
    expect(contactHref('portal', 'https://autoriteitpersoonsgegevens.nl')).toBe(
      'https://autoriteitpersoonsgegevens.nl',
    );
  });

  it('leaves a handle, a sentence or a script URL as plain text', () => {
    expect(contactHref('pager', 'PagerDuty user sanne.bakker@kestrelpay.example')).toBeUndefined();
    expect(contactHref('chat', '#incident-bridge')).toBeUndefined();
    expect(contactHref('radio', 'channel 16')).toBeUndefined();
    expect(contactHref('portal', 'javascript:alert(1)')).toBeUndefined();
    expect(contactHref('phone', '112')).toBeUndefined();
  });

  it('only ever produces a URL the safe policy allows, with tel:, mailto: or http(s):', () => {
    const channels = ['phone', 'sms', 'email', 'chat', 'pager', 'signal', 'radio', 'portal', 'other'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...channels), fc.string(), (channel, value) => {
        const href = contactHref(channel, value);
        if (href !== undefined) {
          expect(isAllowedUrl(href)).toBe(true);
          expect(href).toMatch(/^(tel:\+?\d+|mailto:\S+|https?:\/\/\S+)$/i);
        }
      }),
    );
  });
});

describe('contactLinks', () => {
  it('lists channels in priority order and keeps the out-of-band flag', () => {
    const links = contactLinks([
      { channel: 'email', value: 'a@b.example', priority: 2, outOfBand: false, private: true },
      { channel: 'signal', value: '+31 6 5550 0101', priority: 1, outOfBand: true, private: true },
    ]);
    expect(links.map((l) => [l.channel, l.href, l.outOfBand])).toEqual([
      ['signal', 'tel:+31655500101', true],
      ['email', 'mailto:a@b.example', false],
    ]);
  });
});

describe('a number followed by a note', () => {
  it('dials the number and keeps the note beside it', () => {
    const [desk] = contactLinks([
      {
        channel: 'phone',
        value: '+31 20 555 0180 (24/7 compromise desk)',
        priority: 1,
        outOfBand: false,
        private: false,
      },
    ]);
    expect(desk).toMatchObject({ href: 'tel:+31205550180', value: '+31 20 555 0180', note: '24/7 compromise desk' });
    expect(splitNumberAndNote('+1 (212) 555-0101 (main line)')).toEqual({
      number: '+1 (212) 555-0101',
      note: 'main line',
    });
    expect(splitNumberAndNote('+44 20 7946 0000, ask for the duty officer')).toEqual({
      number: '+44 20 7946 0000',
      note: 'ask for the duty officer',
    });
    expect(splitNumberAndNote('+44 20 7946 0000 - out of hours')).toEqual({
      number: '+44 20 7946 0000',
      note: 'out of hours',
    });
    expect(splitNumberAndNote('0800 555 0199 breach hotline')).toEqual({
      number: '0800 555 0199',
      note: 'breach hotline',
    });
  });

  it('leaves a value that does not begin with a number of five digits as it is', () => {
    expect(splitNumberAndNote('Call 112 (emergency)')).toBeUndefined();
    expect(splitNumberAndNote('112 (emergency)')).toBeUndefined();
    expect(splitNumberAndNote('+31 20 555 0180')).toBeUndefined();
    const [pager] = contactLinks([
      { channel: 'email', value: '+31 20 555 0180 (desk)', priority: 1, outOfBand: false, private: false },
    ]);
    expect(pager!.href).toBeUndefined();
  });
});
