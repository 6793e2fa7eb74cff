/**
 * Localised strings from _locales. chrome.i18n.getMessage is synchronous in Chrome and Firefox, so this needs
 * no polyfill; outside an extension (unit tests) it returns the key, which keeps tests honest about which message was chosen.
 */
import { extensionApi } from './platform';

type GetMessage = (name: string, substitutions?: string | string[]) => string;

function platformGetMessage(): GetMessage | undefined {
  return extensionApi<{ i18n?: { getMessage?: GetMessage } }>()?.i18n?.getMessage;
}

export function t(key: string, substitutions: string[] = []): string {
  const getMessage = platformGetMessage();
  const message = getMessage?.(key, substitutions);
  return message || key;
}
