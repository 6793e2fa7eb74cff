/** Who may say what to the worker. Pure, so the rules are unit-tested without a browser. */
import * as ALERTOPS from '../sites/alertops/site';
import * as UPTRENDS from '../sites/uptrends/site';

export interface SenderFacts {
  extensionId: string;
  senderId?: string;
  senderUrl?: string;
  frameId?: number;
  hasTab: boolean;
  extensionOrigin: string;
}

export type SenderKind = 'extension-page' | 'alertops' | 'uptrends';

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
  if (ALERTOPS.CONSOLE_ORIGIN.test(origin) && !ALERTOPS.NOT_A_CONSOLE_ORIGIN.test(origin)) return 'alertops';
  if (UPTRENDS.CONSOLE_ORIGIN.test(origin)) return 'uptrends';
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
  restore: ['extension-page'],
  'forget-all': ['extension-page'],
  'dismiss-problem': ['extension-page'],
  'forget-set-aside': ['extension-page'],
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
