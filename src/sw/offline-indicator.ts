/**
 * `<drillbook-offline>`: one line in the page footer saying which version of the handbook this
 * browser keeps for offline use, and offering a reload when a newer version has been downloaded.
 * A view only: src/sw/register.ts decides what it shows.
 */
import type { OfflineStatus } from './messages.ts';

/** First 12 hex of a digest, as the handbook prints it everywhere. */
const short = (digest: string): string => `${digest.slice(0, 12)}…`;

/** The offline indicator element. */
export class OfflineIndicator extends HTMLElement {
  connectedCallback(): void {
    this.setAttribute('role', 'status');
  }

  /** The worker is still downloading the site. */
  showSaving(status?: OfflineStatus): void {
    const progress = status
      ? ` (${status.firstVisit ?? status.cached} of ${status.firstVisitTotal ?? status.total} files)`
      : '';
    this.textContent = `Offline copy: saving${progress}…`;
  }

  /** Saving the copy failed (a file could not be downloaded); the next visit tries again. */
  showFailed(): void {
    this.textContent = 'Offline copy: not saved (a download failed); it is tried again on the next visit';
  }

  /** The browser refused the service worker (private mode, blocked storage, an unsupported origin): nothing is kept offline. */
  showUnavailable(): void {
    this.textContent = 'Offline copy: not available in this browser (it refused the offline helper)';
  }

  /**
   * The worker controlling this page holds the first-visit copy (incident pages and search): "cached",
   * and while the other pages are still being saved in the background, how far that has got.
   */
  showCached(status: OfflineStatus): void {
    const first = status.firstVisitTotal ?? status.total;
    if ((status.firstVisit ?? status.cached) < first) return this.showSaving(status);
    const rest =
      status.cached < status.total
        ? ` for incidents; other pages: ${status.cached - first} of ${status.total - first} files saved`
        : '';
    this.textContent = `Offline copy: version ${status.version} (digest ${short(status.digest)}) cached${rest}`;
    this.dataset.version = status.version;
    this.dataset.digest = status.digest;
    this.dataset.complete = String(!rest);
  }

  /** A newer published version is downloaded and waits; `activate` switches to it. */
  showUpdate(status: OfflineStatus, activate: () => void): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload to update';
    button.addEventListener('click', activate, { once: true });
    this.textContent = `New version ${status.version} (digest ${short(status.digest)}) is ready. `;
    this.append(button);
    this.dataset.update = status.version;
  }
}
