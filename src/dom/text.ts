/**
 * Characters a page puts into words and URLs without showing them: soft hyphens (German compounds, hyphenation
 * scripts), zero-width spaces and joiners (break opportunities), direction marks (the right-to-left trick that shows a
 * long URL's end) and the byte-order mark.
 */
export const INVISIBLE_CHARACTERS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g;

/** Text comparison that survives case, accents, punctuation and odd whitespace (all four Uptrends languages). */
export function normalizeText(text: string | null | undefined): string {
  return (
    (text ?? '')
      .replace(INVISIBLE_CHARACTERS, '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u2019\u2018`]/g, "'")
      // \s takes the no-break space too.
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

export type TextPattern = string | RegExp;

/** A string pattern matches when the normalised text contains it (normalised too); a RegExp is tested on normalised text. */
export function matchesAny(text: string | null | undefined, patterns: readonly TextPattern[]): boolean {
  const normalized = normalizeText(text);
  if (!normalized) return false;
  return patterns.some((pattern) =>
    typeof pattern === 'string' ? normalized.includes(normalizeText(pattern)) : pattern.test(normalized),
  );
}

export function equalsAny(text: string | null | undefined, candidates: readonly string[]): boolean {
  const normalized = normalizeText(text);
  return normalized !== '' && candidates.some((candidate) => normalizeText(candidate) === normalized);
}

/** A label without its trailing colon or required-field star ("Name:", "Integration type *"). */
export function withoutLabelMark(text: string): string {
  return text.replace(/[:*]\s*$/, '').trim();
}

/**
 * A cheap fingerprint of some texts: their length and a 32-bit FNV-1a hash. Tells that text was edited in place even
 * when its length stayed the same ("Loading integration" becoming "AlertOps production"). Digits all count as one, so a
 * clock or counter ticking at the same length changes nothing.
 */
export function textFingerprint(texts: readonly string[]): string {
  let hash = 0x811c9dc5;
  let length = 0;
  for (const text of texts) {
    length += text.length;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      hash = Math.imul(hash ^ (code >= 48 && code <= 57 ? 48 : code), 0x01000193);
    }
  }
  return `${length}:${hash >>> 0}`;
}
