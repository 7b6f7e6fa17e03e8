/**
 * `<db-session-list>`: the sessions saved in this browser. Each can be resumed (console), shown on
 * the projector, reported on, exported as a file, or deleted; an unreadable one shows its problem
 * with "Download raw data" and "Delete". A session read from a file says so, with the file and when.
 */
import { browserRepository } from './open-session.ts';
import { download, fill, h } from './dom.ts';
import { sessionFile } from '../session-file.ts';

/** Renders the list; re-renders after a delete. */
export function defineSessionList(): void {
  customElements.define(
    'db-session-list',
    class extends HTMLElement {
      connectedCallback() {
        this.render();
      }
      render() {
        const repository = browserRepository();
        const sessions = repository.list();
        if (!sessions.length)
          return fill(
            this,
            h('p', {}, 'No sessions are saved in this browser yet. Start one from a scenario briefing.'),
          );
        const remove = (id: string, title: string) => {
          if (!confirm(`Delete the session "${title}"? This cannot be undone.`)) return;
          repository.remove(id);
          this.render();
        };
        const when = (iso: string) => new Date(iso).toLocaleString();
        const rows = sessions.map((s) => {
          // The row's name, as its header reads: an imported copy is not a duplicate of its original.
          const name = `${s.title}${s.imported ? ' (imported)' : ''}`;
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, s.title, s.imported && h('span', { class: 'db-imported' }, ' (imported)')),
            h(
              'td',
              {},
              s.createdAt ? when(s.createdAt) : '—',
              s.imported &&
                h('span', { class: 'db-meta' }, h('br'), `Imported ${when(s.imported.at)} from ${s.imported.file}`),
            ),
            h(
              'td',
              {},
              s.problem ? h('span', { class: 'db-bad' }, `Cannot be opened: ${s.problem}`) : `${s.events} events`,
            ),
            h(
              'td',
              { class: 'db-actions' },
              s.problem
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'db-button',
                      onclick: () =>
                        download(`drillbook-session-${s.id}-raw.json`, repository.raw(s.id), 'application/json'),
                    },
                    'Download raw data',
                  )
                : [
                    h('a', { href: `/exercises/run/#${s.id}`, 'aria-label': `Resume ${name}` }, 'Resume'),
                    h(
                      'a',
                      { href: `/exercises/projector/#${s.id}`, 'aria-label': `Projector view of ${name}` },
                      'Projector',
                    ),
                    h('a', { href: `/exercises/report/#${s.id}`, 'aria-label': `Report of ${name}` }, 'Report'),
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'db-button',
                        'aria-label': `Export ${name}`,
                        onclick: () => {
                          const r = repository.load(s.id);
                          if (r.ok)
                            download(
                              `drillbook-session-${r.session.scenarioId}-${s.id}.json`,
                              sessionFile(r.session),
                              'application/json',
                            );
                        },
                      },
                      'Export',
                    ),
                  ],
              h(
                'button',
                {
                  type: 'button',
                  class: 'db-button',
                  'aria-label': `Delete ${name}`,
                  onclick: () => remove(s.id, name),
                },
                'Delete',
              ),
            ),
          );
        });
        fill(
          this,
          h(
            'table',
            { class: 'db-sessions' },
            h('caption', {}, 'Sessions saved in this browser'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Scenario'),
                h('th', { scope: 'col' }, 'Created'),
                h('th', { scope: 'col' }, 'Events'),
                h('th', { scope: 'col' }, 'Actions'),
              ),
            ),
            h('tbody', {}, rows),
          ),
        );
      }
    },
  );
}
