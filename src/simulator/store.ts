/**
 * The simulator's store: one saved session, its engine state and the facilitator's clock.
 * Views subscribe and call commands; the store turns each command into one engine action stamped
 * with the current scenario time, saves it, tells other windows, and notifies subscribers.
 * A refused action is not saved: the state stays as it was and `message` says why.
 *
 *   command ──action{at}──▶ engine reduce ──ok──▶ repository.append ──▶ sync.changed ──▶ subscribers
 *                                        └refused──▶ message
 *   load: state = replay(plan, scenario, saved log)      refresh(): re-read (projector window)
 *
 * With a writer `lock`, only the window holding it saves: while another window holds it the store
 * is read-only (commands are refused, `refresh()` follows the saved log), and on getting the lock it
 * re-reads the saved session before its first write. An append also checks that the saved log has
 * exactly the events this store replayed, so a write from another window is never interleaved.
 */
import type {
  ExerciseAction,
  ActivityDoneAction,
  AdHocInject,
  AnswerAction,
  DecideAction,
  InsufficientAction,
  ObservationAction,
  ReviewAction,
} from '../engine/actions.ts';
import type { PlanModel } from '../plan/model.ts';
import { reduce, replay } from '../engine/reduce.ts';
import { nextInjectTime, refusal } from '../engine/selectors.ts';
import type { ExerciseState } from '../engine/state.ts';
import type { SavedSession, ImprovementRow } from './session.ts';
import { LogConflictError, type SessionRepository } from './storage.ts';
import type { SessionSync } from './sync.ts';
import type { WriterLock } from './writer-lock.ts';
import { catchUp, pausedAt, runningFrom, scenarioTime, withSpeed, type WallClock } from './wall-clock.ts';

const MINUTE = 60_000;

/** What views render. */
export interface StoreSnapshot {
  session: SavedSession;
  state: ExerciseState;
  clock: WallClock;
  /** Why the last command was refused or could not be saved; cleared by the next success. */
  message?: string;
  /** True while another window is the session's writer: this one only follows. Default false. */
  readOnly?: boolean;
}

/** The message of a command given to a read-only store. */
export const READ_ONLY_MESSAGE = 'This window follows the exercise read-only; take over here to run it.';

/** What a decision command carries: the logged action but for its type and time, which the store sets. */
export type DecideInput = Omit<DecideAction, 'type' | 'at'>;

/** The store of one session. */
export interface ExerciseStore {
  get(): StoreSnapshot;
  /** Calls `listener` now and after every change; returns an unsubscribe function. */
  subscribe(listener: (s: StoreSnapshot) => void): () => void;
  /** Drops every subscriber and stops following the writer lock. */
  close(): void;
  /** Scenario time the clock shows now. */
  now(): number;
  start(): void;
  pause(): void;
  resume(): void;
  setSpeed(speed: number): void;
  jump(): void;
  /** Saves a clock tick when the clock passed a minute or an inject fell due; otherwise does nothing. */
  tick(): void;
  deliver(inject: string): void;
  adHoc(inject: AdHocInject): void;
  decide(input: DecideInput): void;
  note(text: string, by?: string): void;
  /** Records an answer to a discussion question (`question/answer`). */
  answer(input: Omit<AnswerAction, 'type' | 'at'>): void;
  /** Records a facilitator observation on an objective (`observation/add`). */
  observe(input: Omit<ObservationAction, 'type' | 'at'>): void;
  /** Records the evaluator's outcome of an expectation, with a reason (`review/outcome`). */
  review(input: Omit<ReviewAction, 'type' | 'at'>): void;
  /** Records a plan activity done by a role without a scripted option (`activity/done`). */
  markDone(input: Omit<ActivityDoneAction, 'type' | 'at'>): void;
  /** Marks a recorded answer insufficient (`answer/insufficient`). */
  insufficient(input: Omit<InsufficientAction, 'type' | 'at'>): void;
  end(): void;
  saveImprovements(rows: ImprovementRow[]): void;
  /** Re-reads the saved session (after another window changed it). */
  refresh(): void;
  /** Makes this window the session's writer (the writer window becomes read-only). */
  takeOver(): Promise<void>;
}

/** Where the store gets its collaborators; `wall` defaults to `Date.now`. */
export interface StoreOptions {
  plan: PlanModel;
  session: SavedSession;
  repository: SessionRepository;
  sync?: SessionSync;
  wall?: () => number;
  /** This window's right to write the session; without one the store always writes. */
  lock?: WriterLock;
}

/** Opens the store of `session`; its state is the replay of the saved log. */
export function createExerciseStore({
  plan,
  session,
  repository,
  sync,
  wall = Date.now,
  lock,
}: StoreOptions): ExerciseStore {
  const listeners = new Set<(s: StoreSnapshot) => void>();
  const readOnly = () => (lock ? !lock.writable() : false);
  const fromSaved = (s: SavedSession): StoreSnapshot => {
    const state = replay(plan, s.scenario, s.log);
    return { session: s, state, clock: catchUp(s.clock, state.now, wall()), ...(readOnly() ? { readOnly: true } : {}) };
  };
  let snap = fromSaved(session);
  const emit = () => listeners.forEach((l) => l(snap));
  const set = (next: StoreSnapshot) => {
    snap = next;
    emit();
  };
  const saveClock = (clock: WallClock) => {
    repository.saveMeta(snap.session.id, { clock });
    return clock;
  };
  /** Applies, saves and publishes one action; `clockAfter` updates the clock once it is accepted. */
  const act = (action: ExerciseAction, clockAfter?: (state: ExerciseState) => WallClock) => {
    if (snap.readOnly) return set({ ...snap, message: READ_ONLY_MESSAGE });
    const state = reduce(snap.state, action);
    const refused = refusal(state);
    if (refused) return set({ ...snap, message: refused });
    try {
      repository.append(snap.session.id, action, snap.session.log.length);
      let clock = catchUp(snap.clock, state.now, wall());
      if (clockAfter) clock = saveClock(clockAfter(state));
      else if (clock !== snap.clock) saveClock(clock);
      set({ session: { ...snap.session, log: [...snap.session.log, action], clock }, state, clock });
    } catch (e) {
      if (e instanceof LogConflictError) return refresh(e.message);
      return set({ ...snap, message: `could not save the event (${(e as Error).message}); export the session now` });
    }
    sync?.changed(snap.session.id);
  };
  /** Re-reads the saved session; `message` says why, when it is not just another window's change. */
  const refresh = (message?: string) => {
    const r = repository.load(snap.session.id);
    if (r.ok) set({ ...fromSaved(r.session), ...(message ? { message } : {}) });
    else
      set({ ...snap, readOnly: readOnly(), message: message ?? `the saved session cannot be re-read: ${r.message}` });
  };
  const unlock = lock?.subscribe(() => refresh());
  const at = () => Math.max(snap.state.now, scenarioTime(snap.clock, wall()));

  return {
    get: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      listener(snap);
      return () => listeners.delete(listener);
    },
    close() {
      unlock?.();
      listeners.clear();
    },
    now: () => (snap.state.status === 'ended' ? snap.state.now : at()),
    start: () =>
      act({ type: 'exercise/start', at: 0, playedAt: new Date(wall()).toISOString() }, (s) =>
        runningFrom(snap.clock, s.now, wall()),
      ),
    pause: () => act({ type: 'clock/pause', at: at() }, (s) => pausedAt(snap.clock, s.now)),
    resume: () => act({ type: 'clock/resume', at: snap.state.now }, (s) => runningFrom(snap.clock, s.now, wall())),
    setSpeed(speed) {
      if (snap.readOnly) return set({ ...snap, message: READ_ONLY_MESSAGE });
      set({ ...snap, clock: saveClock(withSpeed(snap.clock, speed, wall())), message: undefined });
      sync?.changed(snap.session.id);
    },
    jump: () =>
      act({ type: 'clock/jump', at: at() }, (s) =>
        snap.clock.running ? runningFrom(snap.clock, s.now, wall()) : pausedAt(snap.clock, s.now),
      ),
    tick() {
      if (snap.readOnly || snap.state.status !== 'running') return;
      const t = scenarioTime(snap.clock, wall());
      const due = nextInjectTime(snap.state);
      const minutePassed = Math.floor(t / MINUTE) > Math.floor(snap.state.now / MINUTE);
      if (minutePassed || (due !== undefined && due <= t)) act({ type: 'clock/tick', at: t });
    },
    deliver: (inject) => act({ type: 'inject/deliver', at: at(), inject }),
    adHoc: (inject) => act({ type: 'inject/ad-hoc', at: at(), inject }),
    decide: (input) => act({ type: 'decision/take', at: at(), ...input }),
    note: (text, by) => act({ type: 'note/add', at: at(), text, ...(by ? { by } : {}) }),
    answer: (input) => act({ type: 'question/answer', at: at(), ...input }),
    observe: (input) => act({ type: 'observation/add', at: at(), ...input }),
    review: (input) =>
      act({ type: 'review/outcome', at: snap.state.status === 'ended' ? snap.state.now : at(), ...input }),
    markDone: (input) => act({ type: 'activity/done', at: at(), ...input }),
    insufficient: (input) =>
      act({ type: 'answer/insufficient', at: snap.state.status === 'ended' ? snap.state.now : at(), ...input }),
    end: () => act({ type: 'exercise/end', at: at() }, (s) => pausedAt(snap.clock, s.now)),
    saveImprovements(rows) {
      if (snap.readOnly) return set({ ...snap, message: READ_ONLY_MESSAGE });
      try {
        repository.saveMeta(snap.session.id, { improvements: rows });
        set({ ...snap, session: { ...snap.session, improvements: rows }, message: undefined });
      } catch (e) {
        set({ ...snap, message: `could not save the improvement plan (${(e as Error).message})` });
      }
      sync?.changed(snap.session.id);
    },
    refresh: () => refresh(),
    takeOver: async () => lock?.takeOver(),
  };
}
