/** Document control as the audit page and footer show it: review currency and the short digest. */
import type { DocumentControl, PlanModel } from '../plan/model.ts';

/** Review status of the plan on `today`. */
export interface ReviewStatus {
  nextReview: string;
  /** Whole days until the next review (negative when overdue). */
  daysLeft: number;
  overdue: boolean;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Whether the next review is overdue on `today` (`YYYY-MM-DD`), and by how much. */
export function reviewStatus(doc: DocumentControl, today: string): ReviewStatus {
  const daysLeft = Math.round(day(doc.nextReview) - day(today));
  return { nextReview: doc.nextReview, daysLeft, overdue: daysLeft < 0 };
}

/** The first 12 hex digits of the plan digest, as printed in every page footer. */
export function shortDigest(plan: Pick<PlanModel, 'digest'>): string {
  return plan.digest.slice(0, 12);
}
