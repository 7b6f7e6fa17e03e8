/** Contacts a responder can use at 3 a.m.: a phone channel holds a number a phone can dial. */
import { hasPhoneNumber, PHONE_CHANNELS } from '../../plan/phone-number.ts';
import type { Rule } from './context.ts';

export const contactUndialable: Rule = {
  id: 'contact-undialable',
  severity: 'warning',
  description:
    'A phone or SMS channel of a person, team or party holds a number a phone can dial (a note may follow it).',
  check(ctx) {
    const holders = [
      ...ctx.plan.people.map((p) => ({ what: `person "${p.id}"`, element: p })),
      ...ctx.plan.teams.map((t) => ({ what: `team "${t.id}"`, element: t })),
      ...ctx.plan.parties.map((p) => ({ what: `party "${p.id}"`, element: p })),
    ];
    for (const { what, element } of holders)
      element.contacts.forEach((c, i) => {
        if (PHONE_CHANNELS.has(c.channel) && !hasPhoneNumber(c.value))
          ctx.report(
            element,
            ['contacts', i, 'value'],
            `${what} has a ${c.channel} contact "${c.value}" with no number to dial; write the number first, e.g. "+31 20 555 0180 (24/7 desk)", or use channel "other" for what is not a number`,
          );
      });
  },
};
