/**
 * Contact channels as links a phone opens in one tap: a number as `tel:`, an e-mail address as
 * `mailto:`, a web address as itself. A number followed by a note ("+31 20 555 0180 (24/7 compromise
 * desk)", "+1 212 555 0199 - ask for the duty officer") is dialled, the note shown beside the link.
 * Every target passes safe-policy's isAllowedUrl; a value that is none of these (a pager handle, a
 * radio channel) stays plain text. Pure: the contacts page, the role cards and the home page's "who
 * to call first" render it, and the compiler's `contact-undialable` rule reads it.
 */
import type { PlanModel } from '../plan/model.ts';
import { isAllowedUrl } from '../plan/safe-policy.ts';
import { PHONE, splitNumberAndNote } from '../plan/phone-number.ts';

export { splitNumberAndNote };

/** One contact channel as the plan holds it (person, team or party). */
export type Contact = PlanModel['people'][number]['contacts'][number];

/** A contact channel ready to show: its kind, its value and, when it can be opened, the link. */
export interface ContactLink {
  channel: Contact['channel'];
  /** What the link shows: the number alone when a note follows it, else the whole value. */
  value: string;
  /** The words after a dialable number ("24/7 compromise desk"), shown beside the link. */
  note?: string;
  /** `tel:+31205550110`, `mailto:…`, `https://…`; undefined when the value is not dialable, mailable or a web address. */
  href?: string;
  outOfBand: boolean;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const WEB = /^https?:\/\/\S+$/i;
/** Channels whose number is a telephone number (a Signal number is one too). */
const DIALABLE = new Set<Contact['channel']>(['phone', 'sms', 'signal', 'pager', 'other']);

/** The link target of one contact value, or undefined when it has none. */
export function contactHref(channel: Contact['channel'], value: string): string | undefined {
  const v = value.trim();
  let href: string | undefined;
  if (WEB.test(v)) href = v;
  else if (EMAIL.test(v)) href = `mailto:${v}`;
  else if (DIALABLE.has(channel) && PHONE.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5)
    href = `tel:${v.replace(/[^\d+]/g, '')}`;
  return href && isAllowedUrl(href) ? href : undefined;
}

/** The channels of `contacts` in the order they are tried (priority 1 first), each with its link. */
export function contactLinks(contacts: readonly Contact[]): ContactLink[] {
  return [...contacts]
    .sort((a, b) => a.priority - b.priority)
    .map((c) => {
      const href = contactHref(c.channel, c.value);
      const split = href || !DIALABLE.has(c.channel) ? undefined : splitNumberAndNote(c.value);
      const dial = split && contactHref(c.channel, split.number);
      if (split && dial)
        return { channel: c.channel, value: split.number, note: split.note, outOfBand: c.outOfBand, href: dial };
      return { channel: c.channel, value: c.value, outOfBand: c.outOfBand, ...(href ? { href } : {}) };
    });
}

/** What a channel is called in a sentence ("e-mail", "Signal"). */
export function channelName(channel: Contact['channel']): string {
  return {
    phone: 'phone',
    sms: 'SMS',
    email: 'e-mail',
    chat: 'chat',
    pager: 'pager',
    signal: 'Signal',
    radio: 'radio',
    portal: 'portal',
    other: 'other',
  }[channel];
}
