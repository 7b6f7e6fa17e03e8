/**
 * ISO/IEC 27001:2022 Annex A, the incident-management controls (5.24–5.30) and event reporting (6.8),
 * and ISO/IEC 27035-1:2023's incident management phases. ISO's texts are copyrighted: the ids are
 * ISO's, the titles Drillbook's own words; the 27035 ids are Drillbook's labels for its five phases.
 */
import type { Catalog } from './types.ts';

export const ISO_27001_2022: Catalog = {
  id: 'iso-27001-2022',
  name: 'ISO/IEC 27001:2022 Annex A (incident management)',
  source: "ISO/IEC 27001:2022 Annex A control numbers; titles in Drillbook's own words",
  controls: [
    { id: 'A.5.24', title: 'Incident management is planned and prepared: process, roles and responsibilities' },
    { id: 'A.5.25', title: 'Security events are assessed and it is decided whether they are incidents' },
    { id: 'A.5.26', title: 'Incidents are responded to according to documented procedures' },
    { id: 'A.5.27', title: 'Lessons from incidents strengthen the controls' },
    { id: 'A.5.28', title: 'Evidence about events is identified, collected and preserved' },
    { id: 'A.5.29', title: 'Security is maintained at an appropriate level during disruption' },
    { id: 'A.5.30', title: 'ICT readiness for business continuity is planned, implemented and tested' },
    { id: 'A.6.8', title: 'Staff have a way to report observed or suspected security events promptly' },
  ],
};

export const ISO_27035_2023: Catalog = {
  id: 'iso-27035-2023',
  name: 'ISO/IEC 27035-1:2023 incident management phases',
  source: "Phases of ISO/IEC 27035-1:2023; ids and wording are Drillbook's own (not clause numbers)",
  controls: [
    { id: 'plan-prepare', title: 'Plan and prepare: policy, plan, team, awareness and training, testing' },
    { id: 'detect-report', title: 'Detect and report events, by people and by monitoring' },
    { id: 'assess-decide', title: 'Assess events and decide whether they are incidents, and how severe' },
    { id: 'respond', title: 'Respond: contain, eradicate, recover, communicate, collect evidence' },
    { id: 'learn', title: 'Learn lessons and improve the controls, the plan and the process' },
  ],
};
