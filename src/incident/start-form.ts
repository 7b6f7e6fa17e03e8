/**
 * The incident panel's start form: enabled once the page's script runs; the awareness time is read
 * in the responder's one zone (named in its label) and refused with a sentence when it is in the
 * future; the name stays on this device for the next incident.
 */
import { anchorRefusal } from './anchor-check.ts';
import { readProfile } from './profile-form.ts';
import type { IncidentStore } from './store.ts';
import { startIncident } from './opening.ts';
import { zoneWords } from '../plan/wall-clock.ts';

/** Enables and handles the start form; `label()` renames the awareness field after a zone change. */
export function mountStartForm(form: HTMLFormElement, store: IncidentStore): { label(): void } {
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
    'input, select, button',
  ))
    control.disabled = false;
  const name = form.elements.namedItem('name') as HTMLInputElement;
  const aware = form.elements.namedItem('awareness') as HTMLInputElement;
  const caption = aware.closest('label')?.firstChild;
  const error = Object.assign(document.createElement('span'), { className: 'db-field-error' });
  error.setAttribute('role', 'alert');
  aware.after(error);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const data = new FormData(form);
      let awareness: number | undefined;
      if (aware.value) {
        // The zoned arithmetic (Temporal) is loaded only when a time is entered.
        const { zonedInputToInstant } = await import('../plan/zoned.ts');
        awareness = zonedInputToInstant(aware.value, store.timeZone());
        const refusal = anchorRefusal('awareness', awareness, {}, Date.now(), store.timeZone());
        error.textContent = refusal ?? '';
        aware.setAttribute('aria-invalid', String(!!refusal));
        if (refusal) return aware.focus();
      }
      store.setName(String(data.get('name') ?? ''));
      startIncident(store, String(data.get('title') ?? ''), awareness, readProfile(form));
      form.reset();
      error.textContent = '';
      // The name is this device's: it stays for the next incident.
      name.value = store.name();
      form.closest('details')?.removeAttribute('open');
    })();
  });
  return {
    label() {
      if (caption) caption.textContent = `Became aware at (${zoneWords(store.timeZone(), Date.now())}) `;
    },
  };
}
