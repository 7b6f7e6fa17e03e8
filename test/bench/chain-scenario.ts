/**
 * A scenario whose injects form one long trigger chain, for benchmarks and tests of reachability:
 * the first inject is on the clock, and each next one is delivered once the one before it was
 * (`when: { delivered: inject-<i-1> }`). Valid against test/fixtures/minimal.
 */

/** Options of {@link chainScenarioText}. */
export interface ChainOptions {
  /** List the injects last to first, the order that needs the most passes of a naive search. Default false. */
  reversed?: boolean;
  /** Make inject `brokenAt` wait instead for an option of the last inject's decision, so it and every inject after it are unreachable. */
  brokenAt?: number;
}

/** The YAML text of a scenario of `injects` chained injects. */
export function chainScenarioText(injects: number, options: ChainOptions = {}): string {
  const head = [
    'id: chain',
    'title: A long chain of injects',
    'summary: Each inject is delivered once the one before it was.',
    'incidentType: data-breach',
    'duration: PT80H',
    'roles: [incident-commander]',
    'objectives:',
    '  - { id: respond, title: Respond, capability: Operational Coordination, elements: [severity:sev1] }',
    'injects:',
  ];
  const items: string[][] = [];
  for (let i = 0; i < injects; i++) {
    const trigger =
      i === 0
        ? '    at: T+00:00'
        : i === options.brokenAt
          ? `    when: { decided: last/go }`
          : `    when: { delivered: inject-${i - 1} }`;
    const item = [
      `  - id: inject-${i}`,
      trigger,
      '    to: [incident-commander]',
      '    channel: email',
      '    from: Chain',
      `    subject: Link ${i}`,
      '    body: The next link.',
    ];
    if (i === injects - 1)
      item.push(
        '    decisions:',
        '      - { id: last, prompt: Go on?, owner: incident-commander, options: [{ id: go, label: Go on }] }',
      );
    items.push(item);
  }
  if (options.reversed) items.reverse();
  return [...head, ...items.flat()].join('\n') + '\n';
}
