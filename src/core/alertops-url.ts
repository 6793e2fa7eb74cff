/**
 * The AlertOps inbound-integration URL: recognise, parse and mask it.
 *
 * Only the shapes documented in domain.md are accepted:
 *   current: https://notify.alertops.com/POSTAlert/<key>/<name>
 *   legacy:  http(s)://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/<key>/<Source>[/...]
 * The check works on the raw string, character by character, before any URL parser gets to normalise it,
 * so userinfo, ports, IDN homographs, percent-encoded hosts and stray whitespace can never slip through.
 */

import { INVISIBLE_CHARACTERS } from '../dom/text';

export interface AlertOpsUrl {
  /** Exactly the string that was recognised: never normalised, so the clipboard gets what AlertOps showed. */
  readonly url: string;
  /** The secret part. */
  readonly key: string;
  /** Last segment of the current shape (template or integration name), or the legacy shape's Source. */
  readonly name: string;
}

export const MAX_URL_LENGTH = 2048;

const KEY = '[A-Za-z0-9](?:[A-Za-z0-9-]{14,126})[A-Za-z0-9]';
const SEGMENT = '[A-Za-z0-9._~%-]{1,128}';
const POST_ALERT = new RegExp(`^https://notify\\.alertops\\.com/POSTAlert/(${KEY})/(${SEGMENT})/?$`, 'i');
const REST_API = new RegExp(
  `^https?://notify\\.alertops\\.com/RESTAPI\\.svc/POSTAlertv2/generic/(${KEY})/(${SEGMENT})((?:/${SEGMENT}){0,6})/?$`,
  'i',
);
const PERCENT_ENCODING = /%(?![0-9A-Fa-f]{2})/;

/** Returns the parsed URL, or null for anything that is not exactly one of the known shapes. */
export function parseAlertOpsUrl(input: unknown): AlertOpsUrl | null {
  if (typeof input !== 'string' || input.length > MAX_URL_LENGTH || PERCENT_ENCODING.test(input)) return null;
  const match = POST_ALERT.exec(input) ?? REST_API.exec(input);
  if (!match || !pathIsDotSafe(input)) return null;
  return {
    url: input,
    key: match[1] as string,
    name: safeDecode(match[2] as string),
  };
}

/**
 * The current shape (POSTAlert), whose key is one integration's; the legacy shape's key is the account's, shared by
 * every source. Kept apart from parsing: the content scripts never need to know.
 */
export function isCurrentShape(url: string): boolean {
  return parseAlertOpsUrl(url) !== null && POST_ALERT.test(url);
}

/** No segment may be "." or ".." even once decoded: a URL parser would rewrite the path and drop the key. */
function pathIsDotSafe(url: string): boolean {
  const path = url.slice(url.indexOf('/', url.indexOf('//') + 2) + 1);
  return path.split('/').every((segment) => {
    const decoded = safeDecode(segment);
    return decoded !== '.' && decoded !== '..';
  });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function isAlertOpsUrl(input: unknown): input is string {
  return parseAlertOpsUrl(input) !== null;
}

const MASK = '••••••••';

/** The URL with its key hidden except for its last four characters, e.g. …/POSTAlert/••••••••3f9a/Uptrends. */
export function maskAlertOpsUrl(input: string): string {
  const parsed = parseAlertOpsUrl(input);
  if (!parsed) return MASK;
  const visibleTail = parsed.key.slice(-4);
  const keyStart = parsed.url.indexOf(parsed.key);
  return `${parsed.url.slice(0, keyStart)}${MASK}${visibleTail}${parsed.url.slice(keyStart + parsed.key.length)}`;
}

/**
 * Every recognised URL holds this host: the cheap first test before any closer look at a piece of text. Invisible break
 * characters may stand after its dots (a "breakable URL" filter).
 */
export const URL_HOST_HINT = /notify\.\W*alertops\.\W*com/i;

export function mayHoldAlertOpsUrl(text: string | null | undefined): boolean {
  return !!text && URL_HOST_HINT.test(text);
}

/** The host and whatever runs on from it (in a whole page's textContent, neighbouring elements' text runs together). */
const URL_LIKE = /notify\.\W*alertops\.\W*com\S*/gi;

/**
 * Every piece of a large text that starts like a URL, as one string: it changes when such a piece appears, goes or
 * changes, and costs one regular expression over the text. Digits after a piece's last '/' are left out: a counter or
 * clock drawn right after a URL runs into that segment, and would otherwise make every tick look like a new URL (a
 * whole-page look, ~11 ms on a 20,000-element page). A key that appears, is revealed or is regenerated changes its
 * letters too.
 */
export function urlLikePieces(text: string): string {
  return (text.match(URL_LIKE) ?? [])
    .map((piece) => piece.replace(/[^/]*$/, (last) => last.replace(/\d/g, '')))
    .join(' ');
}

/** Characters that may stand right before a URL in running text; anything else means we are inside another token. */
const CANDIDATE = /https?:\/\/[^\s"'<>`\\^{}|]+/gi;
const TOKEN_CHAR_BEFORE = /[A-Za-z0-9+.\-/@%_~]/;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/**
 * Finds every AlertOps URL in a piece of text (one text node, one attribute, one input value).
 * Callers pass small strings: never the concatenated text of a whole subtree, where neighbouring
 * elements would run into the URL ("…/UptrendsCopy").
 */
export function findAlertOpsUrls(shown: string): string[] {
  // What the page shows, not the soft hyphens, zero-width spaces and direction marks it put in for line breaks.
  const text = shown.replace(INVISIBLE_CHARACTERS, '');
  if (!text || text.length > 100_000 || !URL_HOST_HINT.test(text)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const before = match.index > 0 ? text[match.index - 1] : '';
    // Far longer than a URL may be: no URL, and trimming a long run of punctuation would take quadratic time.
    if ((before && TOKEN_CHAR_BEFORE.test(before)) || match[0].length > MAX_URL_LENGTH * 2) continue;
    const candidate = match[0].replace(TRAILING_PUNCTUATION, '');
    if (isAlertOpsUrl(candidate) && !found.includes(candidate)) found.push(candidate);
  }
  return found;
}
