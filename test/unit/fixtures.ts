/** Stored-state fixtures the unit tests share. */
import type { Capture } from '../../src/core/state';

/** A stored capture numbered `index`, with a URL of the current shape unless `extra` says otherwise. */
export function storedCapture(index: number, capturedAt: number, extra: Partial<Capture> = {}): Capture {
  return {
    id: `c${index}`,
    url: `https://notify.alertops.com/POSTAlert/3f2b9c1e-7d4a-4e8b-9a61-${String(index).padStart(12, '0')}/Uptrends`,
    integrationName: `Integration ${index}`,
    template: 'Uptrends',
    consoleHost: 'app.alertops.com',
    capturedAt,
    lastSeenAt: capturedAt,
    attachments: [],
    ...extra,
  };
}
