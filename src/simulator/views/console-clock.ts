/**
 * The console's clock bar: the scenario clock, its status, start / pause / resume, speed, jump to
 * the next inject (with the reason when it cannot), end, and a button that opens the projector
 * view in a second window.
 */
import { formatClock } from '../../plan/scenario-time.ts';
import { injectsWaitingFor, nextInjectTime } from '../../engine/selectors.ts';
import type { ExerciseState } from '../../engine/state.ts';
import type { ExerciseStore, StoreSnapshot } from '../store.ts';
import { SPEEDS } from '../wall-clock.ts';
import { h } from './dom.ts';
import { renderRegion } from './region.ts';

const STATUS = { ready: 'Not started', running: 'Running', paused: 'Paused', ended: 'Ended' };

const quoted = (texts: string[]) => texts.map((t) => `“${t}”`).join(' and ');

/** Why "Jump to next inject" is disabled (no scripted inject is due), in the facilitator's words. */
export function jumpReason(state: ExerciseState): string {
  const waiting = injectsWaitingFor(state);
  if (waiting.kind === 'none') return 'Every scripted inject has been delivered.';
  if (waiting.kind === 'trigger')
    return 'The injects left wait for their triggers: deliver a contingency or ad-hoc inject, or end the exercise.';
  const n = waiting.decisions.length;
  return `The next inject waits for the decision${n === 1 ? '' : 's'} ${quoted(waiting.decisions.map((d) => d.prompt))}.`;
}

/**
 * Builds the bar; returns it with an `update` to call on every store change and clock frame, and
 * `writing`, the controls that change the session (disabled while the console is read-only).
 */
export function clockBar(store: ExerciseStore, sessionId: string, title: string) {
  const time = h('p', { class: 'db-clock', role: 'timer', 'aria-label': 'Scenario clock' }, 'T+00:00');
  const status = h('p', { class: 'db-clock-status', role: 'status' });
  const controls = h('div', { class: 'db-clock-controls' });
  const speed = h(
    'select',
    { id: 'db-speed', onchange: () => store.setSpeed(Number(speed.value)) },
    SPEEDS.map((s) => h('option', { value: s }, s === 1 ? 'Real time (×1)' : `×${s}`)),
  );
  const projector = h(
    'button',
    {
      type: 'button',
      class: 'db-button',
      onclick: () => window.open(`/exercises/projector/#${sessionId}`, 'drillbook-projector', 'popup'),
    },
    'Open projector view',
  );
  const report = h('a', { href: `/exercises/report/#${sessionId}` }, 'After-action report');
  const bar = h(
    'section',
    { class: 'db-clock-bar not-content', 'aria-label': 'Scenario clock' },
    h('p', { class: 'db-console-title' }, h('strong', {}, title)),
    time,
    status,
    controls,
    h('p', {}, h('label', { for: 'db-speed' }, 'Speed '), speed),
    h('p', {}, projector, ' ', report),
  );

  const update = (snap: StoreSnapshot) => {
    const { state, clock } = snap;
    time.textContent = formatClock(store.now());
    const next = nextInjectTime(state);
    status.textContent = `${STATUS[state.status]}${state.status !== 'ended' && next !== undefined ? ` · next inject at ${formatClock(next)}` : ''}`;
    if (speed.value !== String(clock.speed)) speed.value = String(clock.speed);
    renderRegion(controls, () => {
      const b = (label: string, run: () => void, attrs: Record<string, string | boolean> = {}) =>
        h('button', { type: 'button', class: 'db-button', onclick: run, ...attrs }, label);
      if (state.status === 'ready') return [b('Start', () => store.start(), { 'aria-keyshortcuts': 'P' })];
      if (state.status === 'ended') return [h('span', {}, 'The exercise has ended.')];
      const blocked = next === undefined;
      return [
        state.status === 'running'
          ? b('Pause', () => store.pause(), { 'aria-keyshortcuts': 'P' })
          : b('Resume', () => store.resume(), { 'aria-keyshortcuts': 'P' }),
        ' ',
        b('Jump to next inject', () => store.jump(), {
          'aria-keyshortcuts': 'J',
          disabled: blocked,
          ...(blocked ? { 'aria-describedby': 'db-jump-reason' } : {}),
        }),
        blocked && h('span', { class: 'db-reason', id: 'db-jump-reason' }, jumpReason(state)),
        ' ',
        b('End exercise', () => {
          if (confirm('End the exercise? Nothing can be added afterwards.')) store.end();
        }),
      ];
    });
  };
  return { bar, update, writing: [controls, speed] };
}
