/** `content/templates.yaml`: pre-approved communication templates. */
import { z } from 'zod';
import { id, markdown, MARKDOWN_RULE, ref } from './common.ts';
import { approvals } from './approvals.ts';

/** A communication template. */
export const templateSchema = z
  .strictObject({
    id,
    /** Display name. */
    name: z.string().min(1),
    /** Who reads it. */
    audience: z.enum([
      'internal',
      'executives',
      'customers',
      'regulator',
      'press',
      'partners',
      'law-enforcement',
      'staff',
    ]),
    /** How it is sent. */
    channel: z.enum(['email', 'status-page', 'chat', 'portal', 'phone', 'press-release', 'letter']),
    /** Severities it is meant for. Default: all. */
    severities: z.array(ref('severity')).default([]),
    /** Role that approves each use; or `approvals`, a quorum of several. */
    approver: ref('role').optional().meta({ description: 'Role that approves each use. Give this or approvals.' }),
    /** A quorum that approves each use ("2 of legal, security and communications"), instead of one approver. */
    approvals: approvals.optional(),
    /** Subject line; `{{placeholders}}` are filled in by the sender. */
    subject: z.string().optional(),
    /** Markdown: the message, with `{{placeholders}}` filled in by the sender. */
    body: markdown.meta({
      description: `Markdown: the message, with {{placeholders}} filled in by the sender. ${MARKDOWN_RULE}`,
    }),
  })
  .refine((t) => (t.approver === undefined) !== (t.approvals === undefined), {
    error:
      'must give who approves each use: either approver (one role) or approvals (a quorum, e.g. { of: [legal-counsel, ciso], needed: 2 }), not both',
  });

/** Schema of `content/templates.yaml`. */
export const templatesFile = z
  .strictObject({ templates: z.array(templateSchema).min(1) })
  .meta({ title: 'Drillbook communication templates' });
