/** Who may say what to the worker. Pure, so the rules are unit-tested without a browser. */
export interface SenderFacts {
  extensionId: string;
  senderId?: string;
  senderUrl?: string;
  frameId?: number;
  hasTab: boolean;
  extensionOrigin: string;
}

export type SenderKind = 'extension-page' | 'alertops' | 'uptrends';

export const ALERTOPS_CONSOLE = /^https:\/\/([a-z0-9-]+\.)*alertops\.com$/;
export const UPTRENDS_CONSOLE = /^https:\/\/app\.uptrends\.com$/;
/** Hosts under alertops.com that are not the console (the URL we capture points at notify). */
const NOT_A_CONSOLE = /^https:\/\/(notify|api|www|help|docs|support)\.alertops\.com$/;

export function classifySender(facts: SenderFacts): SenderKind | { rejected: string } {
  if (facts.senderId !== facts.extensionId) return { rejected: 'message from another extension' };
  if (!facts.senderUrl) return { rejected: 'sender without a URL' };
  // Compared as a prefix: Firefox may report "null" as the origin of a moz-extension: URL.
  if (facts.extensionOrigin && facts.senderUrl.startsWith(facts.extensionOrigin)) return 'extension-page';
  let origin: string;
  try {
    origin = new URL(facts.senderUrl).origin;
  } catch {
    return { rejected: 'sender URL unreadable' };
  }
  if (!facts.hasTab) return { rejected: 'content message without a tab' };
  if (facts.frameId !== 0) return { rejected: 'message from a sub-frame' };
  if (ALERTOPS_CONSOLE.test(origin) && !NOT_A_CONSOLE.test(origin)) return 'alertops';
  if (UPTRENDS_CONSOLE.test(origin)) return 'uptrends';
  return { rejected: 'sender origin is not a console' };
}

/** Which kind of sender may send which message. */
export const ALLOWED: Record<string, readonly SenderKind[]> = {
  capture: ['alertops'],
  'get-fill-context': ['uptrends'],
  filled: ['uptrends'],
  attached: ['uptrends'],
  'get-state': ['extension-page'],
  forget: ['extension-page'],
  'forget-all': ['extension-page'],
  'dismiss-problem': ['extension-page'],
  choose: ['extension-page'],
  'fill-tab': ['extension-page'],
  'tab-status': ['extension-page'],
  'api-status': ['extension-page'],
  'api-connect': ['extension-page'],
  'api-disconnect': ['extension-page'],
  'api-overview': ['extension-page'],
  'api-apply': ['extension-page'],
  'api-retry': ['extension-page'],
};
