/**
 * What we know of the AlertOps console (domain.md), as data. AlertOps labels stay in English whatever the user's
 * language; both the older UI ("API URL", "Save") and the current one ("endpoint URL", "Submit", "Copy") are covered.
 */
import type { TextPattern } from '../../dom/text';

/** Console origins: app.alertops.com today, https://<tenant>.alertops.com on older accounts (one level, no deeper). */
export const CONSOLE_ORIGIN = /^https:\/\/[a-z0-9-]+\.alertops\.com$/;
/**
 * alertops.com itself (the public site; `*.alertops.com` in a match pattern takes it in too) and the hosts under it that
 * are not the console. The manifest's exclude_matches say the same.
 */
export const NOT_A_CONSOLE_ORIGIN = /^https:\/\/((notify|api|www|help|docs|support)\.)?alertops\.com$/;
/** Where a user starts step 1. */
export const CONSOLE_HOME = 'https://app.alertops.com/';

/** Text that names the generated URL next to it. Matched on normalised (lower-case, accent-free) text. */
export const URL_LABELS: readonly TextPattern[] = [
  // One expression (the script ships within a size budget): "API URL", "endpoint", "integration/webhook/… URL",
  // the French "URL de l'API", and a bare "URL".
  /\b(api\s*url|endpoint|(integration|inbound|webhook|post|alert|notify|notification)\s*url|url\s*(de l'|d')?api)\b|^url\s*:?$/,
];

/**
 * The words a caption of the URL is made of: a heading of nothing else ("API URL", "Your endpoint URL") names the URL,
 * while one with other words ("Uptrends endpoint") is the integration's name.
 */
export const URL_CAPTION_WORDS =
  /\b(api|url|endpoint|integration|inbound|webhook|post|alert|notify|notification|alertops|generated|unique|secret|copy|copier|kopieren|kopieer|your|votre|vos|uw|je|jouw|ihre|ihr|the|this|la|le|de|l|d)\b|[^a-z0-9]+/g;

/**
 * A short label of its own (a field's name, a column header, the cell before the value) may name the URL more loosely:
 * "Generated URL", "Webhook", "URL". Never an example or a sample, nor a log's "Request URL" (a URL that was called).
 */
export const SHORT_URL_LABEL = /\b(url|endpoint|webhook)\b/;
export const NOT_A_REAL_URL_LABEL = /\b(example|sample|e\.g|demo|placeholder|format|request)\b/;
export const SHORT_LABEL_MAX_LENGTH = 40;
/** Text right before a URL that introduces it as a sample ("For example:", "The URL looks like this:"). */
export const SAMPLE_INTRO = /\b(example|sample|e\.g\.?|looks like( this)?)\s*:$/;

/**
 * A button that copies the URL next to it ("Copy", "Copy URL", a clipboard icon with aria-label "Copy to clipboard", a
 * Material icon whose text is its ligature "content_copy").
 */
export const COPY_LABELS: readonly TextPattern[] = [/(\b|_)copy\b|\b(clipboard|copier)\b/];

/** Labels of the saved integration's name. */
export const NAME_LABELS: readonly TextPattern[] = [
  /^(integration|api integration|inbound integration)?\s*name\s*:?\s*\*?$/,
];
export const TEMPLATE_LABELS: readonly TextPattern[] = [
  /^(template|integration template|source|type|integration type)\s*:?$/,
];

/** The template AlertOps offers for Uptrends: of URLs captured together, the one meant for this extension. */
export const UPTRENDS_TEMPLATE = 'Uptrends';
/**
 * Templates a stored entry's template is written as, whatever the case the page used: ours and the generic one. Other
 * templates keep the page's label text.
 */
export const KNOWN_TEMPLATES = [UPTRENDS_TEMPLATE, 'Custom'];

/**
 * Attributes that may carry the URL on a Copy button, a link or a readonly field, and whose later changes are watched.
 */
export const WATCHED_URL_ATTRIBUTES = [
  'value',
  'href',
  'data-clipboard-text',
  'data-clipboard',
  'data-copy',
  'data-url',
  'data-value',
  'data-text',
  'content',
];

/**
 * Every attribute that may carry the URL. Tooltips and accessible names (title, aria-label) change all the time on busy
 * consoles and carry the URL only on elements rendered with it, which the insertion itself reveals: not watched. Bootstrap
 * moves a tooltip's title into data-bs-original-title as it starts.
 */
export const URL_ATTRIBUTES = [...WATCHED_URL_ATTRIBUTES, 'title', 'aria-label', 'data-bs-original-title'];

/** Any element whose URL attributes name the AlertOps notify host: a cheap test that the page may show a URL. */
export const URL_IN_ATTRIBUTE = URL_ATTRIBUTES.map((name) => `[${name}*="notify.alertops.com" i]`).join();

/**
 * Where free text is typed or shown that is not a saved integration's URL (a read-only textarea only displays): asides
 * (a help drawer's samples), tooltips and notes (help popovers), and comments (an ARIA article in a thread).
 */
export const FREE_TEXT_CONTAINERS =
  'textarea:not([readonly]),[contenteditable]:not([contenteditable="false" i]),pre code,blockquote,aside,[role=complementary],[role=tooltip],[role=note],[role=article]';

/**
 * Parts of a page (landmarks, sections, dialogs, live messages such as toasts) whose URL is theirs alone: the search
 * for its label stops at them.
 */
export const PAGE_PARTS =
  'section,aside,dialog,main,form,[role$=dialog],[role=region],[role=complementary],[role=main],[role=status],[role=alert],[role=log]';

/** How much nearby text may stand between the URL and its label before the label is too far away to count. */
export const LABEL_SEARCH_TEXT_LIMIT = 400;
export const LABEL_SEARCH_MAX_DEPTH = 5;

/** Punctuation inside the text around a label: sentences (a note, a comment), where a URL word is no label. */
export const SENTENCE = /[.,;!?] /;

/** More words than this in the URL's own text node make it a sentence, not a displayed value. */
export const MAX_WORDS_BESIDE_URL = 6;

/**
 * A real generated key has many distinct characters, few of them in runs; a documentation placeholder ("0000…",
 * "abcdabcd…") or a masked key that keeps a few real characters ("93c4xxxx-xxxx-…-xxxxc32b") does not. Without its
 * hyphens and runs of four or more, a key keeps at least this many distinct characters and this many characters (the
 * shortest key the URL shapes allow).
 */
export const KEY_RUNS = /-|(.)\1{3,}/g;
export const MIN_DISTINCT_KEY_CHARACTERS = 6;
export const MIN_KEY_LENGTH_OUTSIDE_RUNS = 16;
