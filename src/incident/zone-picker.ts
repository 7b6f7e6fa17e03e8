/**
 * The one clock, on screen: "Times in Europe/Amsterdam (UTC+01:00), this device's zone", with a way
 * to change it. Every time incident mode shows or takes (the incident panel, the calculator, the
 * checklist's ticks) is in this zone; the choice is kept on this device (the store). DOM text only.
 */
import { deviceTimeZone, zoneWords } from '../plan/wall-clock.ts';
import type { IncidentStore } from './store.ts';

/** Every zone the runtime knows, UTC first (older runtimes: the device's and UTC). */
function zones(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [deviceTimeZone()];
  return ['UTC', ...known.filter((z) => z !== 'UTC')];
}

/** The line naming the zone, with a disclosure to choose another; `now` gives the offset shown. */
export function zoneLine(store: IncidentStore, now: number = Date.now()): HTMLElement {
  const zone = store.timeZone();
  const device = deviceTimeZone();
  const line = document.createElement('div');
  line.className = 'db-zone';
  const text = document.createElement('p');
  const strong = Object.assign(document.createElement('strong'), { textContent: zoneWords(zone, now) });
  text.append(
    'Times in ',
    strong,
    zone === device ? ", this device's time zone." : ` (this device is in ${zoneWords(device, now)}).`,
  );
  const change = document.createElement('details');
  const label = Object.assign(document.createElement('label'), { textContent: 'Time zone ' });
  const select = document.createElement('select');
  select.name = 'time-zone';
  for (const z of zones()) select.append(new Option(z === device ? `${z} (this device)` : z, z, false, z === zone));
  select.addEventListener('change', () => store.setTimeZone(select.value));
  label.append(select);
  change.append(Object.assign(document.createElement('summary'), { textContent: 'Change time zone' }), label);
  line.append(text, change);
  return line;
}
