/**
 * Localised strings from _locales. chrome.i18n.getMessage is synchronous in Chrome and Firefox, so this needs
 * no polyfill; outside an extension (unit tests) it returns the key, which keeps tests honest about which message was chosen.
 */
import { extensionApi } from './platform';

type GetMessage = (name: string, substitutions?: string | string[]) => string;

export function t(key: string, substitutions: string[] = []): string {
  // A method call on `i18n`: an optional call on a computed callee is what web-ext lint cannot read.
  const i18n = extensionApi<{ i18n?: { getMessage?: GetMessage } }>()?.i18n;
  return i18n?.getMessage?.(key, substitutions) || key;
}
