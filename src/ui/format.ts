/** Small helpers for the extension's pages. */
import { t } from '../core/i18n';

/** The language of the messages shown, which is not always the browser's (it may speak a language this does not). */
export function uiLocale(): string {
  const language = t('uiLanguage');
  return language === 'uiLanguage' ? 'en' : language;
}

let relativeFormat: Intl.RelativeTimeFormat | undefined;

export function relativeTime(then: number, now = Date.now()): string {
  const seconds = Math.round((then - now) / 1000);
  // One formatter for the whole list: building one per entry is the slowest part of a popup with many captures.
  relativeFormat ??= new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  const format = relativeFormat;
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(seconds, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/** Copies with the async clipboard API, falling back to a selection copy where the browser refuses it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}
