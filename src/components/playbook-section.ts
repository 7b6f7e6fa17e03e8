/** Props shared by the components that render a playbook, alone on its page or one of many on /print/. */
import type { PlanModel, Playbook } from '../plan/model.ts';
import type { ResolvedRef } from '../plan/refs.ts';

export interface PlaybookSectionProps {
  plan: PlanModel;
  playbook: Playbook;
  refs: Map<string, ResolvedRef>;
  /** Prefix for element ids, so several playbooks can share one page (print). Default none. */
  idPrefix?: string;
  /** Heading level of the playbook's section headings. Default 2. */
  level?: 2 | 3;
}
