/** Every rule the compiler runs, in the order their problems are grouped in the README. */
import type { Rule } from './context.ts';
import { idUnique, phaseOrderUnique, severityRankUnique } from './ids.ts';
import { refUnresolved } from './references.ts';
import { markdownLink } from './markdown-links.ts';
import { raciManyConsulted, raciOneAccountable, raciResponsible, raciTeamAccountable, roleUnstaffed } from './raci.ts';
import { dueStart } from './due-times.ts';
import { escalationCycle, escalationFirstTimeout } from './escalation.ts';
import { obligationChain, obligationStageDuration } from './obligations.ts';
import { chapterId } from './chapters.ts';
import { controlFramework } from './controls.ts';
import { roleBackupLoop, roleBackupSelf } from './backups.ts';
import { activitySubmitsUntriggered } from './submissions.ts';
import { activityAfterCycle, activityAfterSelf, activityAfterUnknown } from './activity-order.ts';
import { businessHoursUndefined, calendarNoWorkingDays } from './calendars.ts';
import { factUnresolved } from './facts.ts';
import { stageEvent } from './stage-events.ts';
import { scaleLevel } from './scales.ts';
import { contactUnverified, documentUnapproved, exerciseStale, reviewOverdue } from './currency.ts';
import { contactUndialable } from './contacts.ts';
import { exercisePlanVersion, improvementDates, improvementOverdue, playbookTestedUnrecorded } from './follow-up.ts';
import {
  approvalBeforeChange,
  approvalCurrent,
  approvalSignature,
  approvalVersionUnchanged,
  changelogVersion,
} from './approvals.ts';

export const RULES: readonly Rule[] = [
  idUnique,
  severityRankUnique,
  phaseOrderUnique,
  refUnresolved,
  factUnresolved,
  scaleLevel,
  markdownLink,
  chapterId,
  controlFramework,
  raciOneAccountable,
  raciTeamAccountable,
  raciResponsible,
  raciManyConsulted,
  roleUnstaffed,
  roleBackupSelf,
  roleBackupLoop,
  escalationFirstTimeout,
  escalationCycle,
  obligationStageDuration,
  obligationChain,
  stageEvent,
  activitySubmitsUntriggered,
  activityAfterUnknown,
  activityAfterSelf,
  activityAfterCycle,
  dueStart,
  calendarNoWorkingDays,
  businessHoursUndefined,
  reviewOverdue,
  contactUnverified,
  contactUndialable,
  exerciseStale,
  documentUnapproved,
  improvementOverdue,
  improvementDates,
  exercisePlanVersion,
  playbookTestedUnrecorded,
  approvalSignature,
  approvalCurrent,
  approvalBeforeChange,
  approvalVersionUnchanged,
  changelogVersion,
];
