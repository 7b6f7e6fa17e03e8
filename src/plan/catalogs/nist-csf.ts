/**
 * NIST Cybersecurity Framework 2.0 (NIST CSWP 29, 2024; a work of the US government, public domain):
 * the subcategories incident response answers to — Detect: Adverse Event Analysis, Respond, Recover,
 * and Identify: Improvement. Titles shortened by Drillbook.
 */
import type { Catalog } from './types.ts';

export const NIST_CSF_2: Catalog = {
  id: 'nist-csf-2.0',
  name: 'NIST Cybersecurity Framework 2.0',
  source: 'NIST CSWP 29 (2024), subcategory ids; titles shortened by Drillbook',
  controls: [
    { id: 'DE.AE-02', title: 'Potentially adverse events are analysed to understand them' },
    { id: 'DE.AE-03', title: 'Information is correlated from multiple sources' },
    { id: 'DE.AE-04', title: 'The estimated impact and scope of adverse events are understood' },
    { id: 'DE.AE-06', title: 'Information on adverse events goes to authorised staff and tools' },
    { id: 'DE.AE-07', title: 'Threat intelligence and other context are integrated into the analysis' },
    { id: 'DE.AE-08', title: 'Incidents are declared when adverse events meet the incident criteria' },
    {
      id: 'RS.MA-01',
      title: 'The incident response plan is executed with relevant third parties once an incident is declared',
    },
    { id: 'RS.MA-02', title: 'Incident reports are triaged and validated' },
    { id: 'RS.MA-03', title: 'Incidents are categorised and prioritised' },
    { id: 'RS.MA-04', title: 'Incidents are escalated or elevated as needed' },
    { id: 'RS.MA-05', title: 'The criteria for starting incident recovery are applied' },
    { id: 'RS.AN-03', title: 'Analysis establishes what happened and the root cause' },
    { id: 'RS.AN-06', title: 'Investigation actions are recorded with integrity and provenance preserved' },
    { id: 'RS.AN-07', title: 'Incident data and metadata are collected with integrity and provenance preserved' },
    { id: 'RS.AN-08', title: "An incident's magnitude is estimated and validated" },
    { id: 'RS.CO-02', title: 'Internal and external stakeholders are notified of incidents' },
    { id: 'RS.CO-03', title: 'Information is shared with designated internal and external stakeholders' },
    { id: 'RS.MI-01', title: 'Incidents are contained' },
    { id: 'RS.MI-02', title: 'Incidents are eradicated' },
    { id: 'RC.RP-01', title: 'The recovery part of the incident response plan is executed once started' },
    { id: 'RC.RP-02', title: 'Recovery actions are selected, scoped, prioritised and performed' },
    { id: 'RC.RP-03', title: 'Backups and other restoration assets are verified before use' },
    {
      id: 'RC.RP-04',
      title: 'Critical functions and cyber risk are considered in setting post-incident operating norms',
    },
    { id: 'RC.RP-05', title: 'Restored assets are verified, services restored and normal operation confirmed' },
    { id: 'RC.RP-06', title: 'The end of recovery is declared on criteria and the incident documentation completed' },
    { id: 'RC.CO-03', title: 'Recovery progress is communicated to designated stakeholders' },
    { id: 'RC.CO-04', title: 'Public updates on recovery are shared through approved methods and messages' },
    { id: 'ID.IM-02', title: 'Improvements are identified from security tests and exercises' },
    { id: 'ID.IM-03', title: 'Improvements are identified from running operational processes' },
    { id: 'ID.IM-04', title: 'Incident response and other cybersecurity plans are kept, communicated and improved' },
  ],
};
