/**
 * Opens the session named in the page URL (`#<session-id>`) for a view: fetches the plan model,
 * loads the saved session and creates its store. When the session cannot be read, renders the
 * recovery panel instead (the message, "Download raw data", "Start fresh") — never a blank page.
 * A view that writes the log (the console) asks for the session's writer lock first.
 */
import type { PlanModel } from '../../plan/model.ts';
import { openRepository, type SessionRepository } from '../storage.ts';
import { openSync, type SessionSync } from '../sync.ts';
import { createExerciseStore, type ExerciseStore } from '../store.ts';
import { acquireWriterLock } from '../writer-lock.ts';
import { download, fill, h } from './dom.ts';

/** What a view gets once its session is open. */
export interface OpenedSession {
  plan: PlanModel;
  store: ExerciseStore;
  repository: SessionRepository;
  sync: SessionSync;
  /** Closes the store and the channel and gives up the writer lock: call it when the view leaves the page. */
  close(): void;
}

let planPromise: Promise<PlanModel> | undefined;
/** The compiled plan the handbook was built from (cached by the service worker for offline use). */
export function fetchPlan(): Promise<PlanModel> {
  planPromise ??= fetch('/exercises/data/plan.json').then((r) => {
    if (!r.ok) throw new Error(`the plan data could not be loaded (HTTP ${r.status})`);
    return r.json() as Promise<PlanModel>;
  });
  return planPromise;
}

/** The browser's session repository. */
export const browserRepository = (): SessionRepository => openRepository(window.localStorage);

/** The session id in the URL hash, or an empty string. */
export const sessionIdFromUrl = (): string => decodeURIComponent(location.hash.slice(1));

/** Options of `openSession`. */
export interface OpenOptions {
  /** Whether this view writes the event log, and so must be the session's only writer. Default false. */
  writer?: boolean;
}

/** Opens the session of this page into `host`, or shows why it cannot and how to get out. */
export async function openSession(
  host: HTMLElement,
  { writer = false }: OpenOptions = {},
): Promise<OpenedSession | undefined> {
  const id = sessionIdFromUrl();
  const repository = browserRepository();
  if (!id) return void recovery(host, repository, '', 'No session is selected. Choose one from the exercises page.');
  const loaded = repository.load(id);
  if (!loaded.ok) return void recovery(host, repository, id, `This saved session cannot be opened: ${loaded.message}.`);
  try {
    const [plan, lock] = await Promise.all([fetchPlan(), writer ? acquireWriterLock(id) : undefined]);
    // Another window may have saved events while the plan and the lock were awaited.
    const session = lock ? repository.load(id) : loaded;
    if (!session.ok) throw new Error(session.message);
    const sync = openSync();
    const store = createExerciseStore({ plan, session: session.session, repository, sync, lock });
    const close = () => {
      store.close();
      sync.close();
      lock?.release();
    };
    return { plan, store, repository, sync, close };
  } catch (e) {
    recovery(host, repository, id, `This saved session cannot be replayed: ${(e as Error).message}.`);
    return undefined;
  }
}

/** The way out of unreadable data: keep a copy, or delete it and start again. */
export function recovery(host: HTMLElement, repository: SessionRepository, id: string, message: string): void {
  const panel = h(
    'section',
    { class: 'db-recovery', role: 'alert', 'aria-labelledby': 'db-recovery-title' },
    h('h2', { id: 'db-recovery-title' }, 'The session could not be opened'),
    h('p', {}, message),
    id &&
      h(
        'p',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'db-button',
            onclick: () => download(`drillbook-session-${id}-raw.json`, repository.raw(id), 'application/json'),
          },
          'Download raw data',
        ),
        ' ',
        h(
          'button',
          {
            type: 'button',
            class: 'db-button',
            onclick: () => {
              repository.remove(id);
              location.href = '/exercises/';
            },
          },
          'Start fresh',
        ),
      ),
    h('p', {}, h('a', { href: '/exercises/' }, 'Back to the exercises')),
  );
  fill(host, panel);
}
