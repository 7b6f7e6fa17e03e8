/**
 * SOC 2 (AICPA Trust Services Criteria 2017, copyrighted: ids only, titles in Drillbook's words),
 * PCI DSS v4.0 requirement 12.10 (PCI SSC, copyrighted: ids only), and the EU's DORA (Regulation
 * (EU) 2022/2554) and NIS2 (Directive (EU) 2022/2555), whose articles are summarised by Drillbook.
 */
import type { Catalog } from './types.ts';

export const SOC2_2017: Catalog = {
  id: 'soc2-tsc-2017',
  name: 'AICPA SOC 2 Trust Services Criteria (incident response)',
  source: "AICPA TSP section 100 (2017, points of focus revised 2022) criteria ids; titles in Drillbook's own words",
  controls: [
    { id: 'CC7.3', title: 'Security events are evaluated to decide whether they are incidents' },
    { id: 'CC7.4', title: 'Incidents are responded to through a defined response programme' },
    { id: 'CC7.5', title: 'Recovery from incidents is identified, developed and carried out' },
  ],
};

export const PCI_DSS_4: Catalog = {
  id: 'pci-dss-4.0',
  name: 'PCI DSS v4.0 requirement 12.10',
  source: "PCI DSS v4.0 / v4.0.1 requirement numbers; titles in Drillbook's own words",
  controls: [
    { id: '12.10.1', title: 'An incident response plan exists and can be activated at once' },
    { id: '12.10.2', title: 'The plan is reviewed, updated and tested at least every 12 months' },
    { id: '12.10.3', title: 'Named people are available around the clock to respond' },
    { id: '12.10.4', title: 'Responders are trained for their incident duties' },
    { id: '12.10.4.1', title: 'How often responders are trained follows a targeted risk analysis' },
    { id: '12.10.5', title: 'The plan covers alerts from security monitoring systems' },
    { id: '12.10.6', title: 'The plan is changed with lessons learned and industry developments' },
    { id: '12.10.7', title: 'A procedure starts when card numbers are found where they should not be' },
  ],
};

export const DORA: Catalog = {
  id: 'dora',
  name: 'DORA, Regulation (EU) 2022/2554',
  source: 'Articles of Regulation (EU) 2022/2554; summaries by Drillbook',
  controls: [
    {
      id: 'Art.11',
      title: 'ICT response and recovery: a business continuity policy with response and recovery plans, tested',
    },
    { id: 'Art.17(1)', title: 'An ICT-related incident management process detects, manages and notifies incidents' },
    { id: 'Art.17(2)', title: 'Every ICT-related incident and significant cyber threat is recorded' },
    {
      id: 'Art.17(3)',
      title:
        'The process sets early warnings, classification, roles, communication, escalation to management and response',
    },
    { id: 'Art.19(1)', title: 'Major ICT-related incidents are reported to the competent authority' },
    {
      id: 'Art.19(3)',
      title: 'Clients are informed of a major incident affecting their financial interests, and of the measures taken',
    },
    { id: 'Art.19(4)', title: 'An initial notification, intermediate report and final report are submitted' },
  ],
};

export const NIS2: Catalog = {
  id: 'nis2',
  name: 'NIS2, Directive (EU) 2022/2555',
  source: 'Articles of Directive (EU) 2022/2555; summaries by Drillbook',
  controls: [
    { id: 'Art.21(2)(b)', title: 'Incident handling is part of the cybersecurity risk-management measures' },
    { id: 'Art.21(2)(c)', title: 'Business continuity: backup management, disaster recovery and crisis management' },
    {
      id: 'Art.23(1)',
      title:
        'Significant incidents are notified to the CSIRT or competent authority, and recipients informed where needed',
    },
    { id: 'Art.23(4)(a)', title: 'An early warning within 24 hours of becoming aware' },
    { id: 'Art.23(4)(b)', title: 'An incident notification within 72 hours of becoming aware' },
    { id: 'Art.23(4)(d)', title: 'A final report within one month of the incident notification' },
  ],
};
