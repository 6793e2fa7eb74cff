/**
 * Property-based tests of URL recognition: thousands of generated valid URLs round-trip, thousands of generated
 * lookalikes and malformed strings are rejected. Run counts are printed in the test names so the README can quote them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAlertOpsUrls, maskAlertOpsUrl, parseAlertOpsUrl } from '../../src/core/alertops-url';

const RUNS = 5000;
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const guid = fc
  .tuple(hex(8), hex(4), hex(4), hex(4), hex(12))
  .map((parts) => parts.join('-'))
  .filter((key) => new Set(key).size >= 6);
// A name never ends with punctuation here: in running text "…/Custom." ends a sentence, and the finder strips the dot.
const name = fc.stringMatching(/^[A-Za-z0-9._~-]{0,39}[A-Za-z0-9_~-]$/);
const caseOf = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join(''));

const currentUrl = fc.tuple(caseOf('POSTAlert'), guid, name, fc.boolean()).map(([segment, key, last, slash]) => ({
  url: `https://notify.alertops.com/${segment}/${key}/${last}${slash ? '/' : ''}`,
  key,
  last,
}));
const legacyUrl = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    caseOf('RESTAPI.svc'),
    caseOf('POSTAlertv2'),
    guid,
    name,
    fc.array(name, { maxLength: 4 }),
  )
  .map(([scheme, svc, post, key, source, more]) => ({
    url: `${scheme}://notify.alertops.com/${svc}/${post}/generic/${key}/${[source, ...more].join('/')}`,
    key,
    last: source,
  }));
const validUrl = fc.oneof(currentUrl, legacyUrl);

describe(`valid URLs round-trip (${RUNS * 2} generated)`, () => {
  it('parse keeps the exact string, finds the key and the name', () => {
    fc.assert(
      fc.property(validUrl, ({ url, key, last }) => {
        const parsed = parseAlertOpsUrl(url);
        expect(parsed?.url).toBe(url);
        expect(parsed?.key).toBe(key);
        expect(parsed?.name).toBe(last);
      }),
      { numRuns: RUNS },
    );
  });
  it('mask hides the key, keeps everything else, and never reveals more than four key characters', () => {
    fc.assert(
      fc.property(validUrl, ({ url, key }) => {
        const masked = maskAlertOpsUrl(url);
        expect(masked).not.toContain(key);
        expect(masked).toBe(url.replace(key, `••••••••${key.slice(-4)}`));
        expect(findAlertOpsUrls(`API URL: ${url}`)).toEqual([url]);
      }),
      { numRuns: RUNS },
    );
  });
});

const lookalikeHost = fc.oneof(
  fc.constantFrom(
    'notify.alertops.com.evil.net',
    'notify-alertops.com',
    'notifyalertops.com',
    'alertops.com',
    'app.alertops.com',
    'x.notify.alertops.com',
    'notify.alertops.co',
    'notify.alertops.com.',
    'notify.alert0ps.com',
    'notify.aIertops.com',
    'notify.xn--alertps-8ve.com',
    'xn--notify-alertops.com',
    'notify.alertops.com:443',
    'notify.alertops.com:8080',
    'evil.net',
    '127.0.0.1',
    '[::1]',
  ),
  // Homographs: one letter replaced by a look-alike from Cyrillic, Greek or fullwidth forms.
  fc
    .tuple(
      fc.integer({ min: 0, max: 18 }),
      fc.constantFrom('\u043e', '\u0430', '\u0435', '\u0455', '\u03bf', '\uff4f', '\u0131', '\u217c', '\uff0e'),
    )
    .map(([index, glyph]) => {
      const host = 'notify.alertops.com';
      return host.slice(0, index) + glyph + host.slice(index + 1);
    }),
  // Userinfo tricks: the real host name placed before an @.
  fc.constantFrom(
    'notify.alertops.com@evil.net',
    'user:pass@notify.alertops.com',
    'notify.alertops.com%40evil.net',
    'evil.net#@notify.alertops.com',
  ),
);

const badScheme = fc.constantFrom(
  'javascript:',
  'data:text/html,',
  'ftp://',
  'file://',
  'ws://',
  'wss://',
  '//',
  'https:/',
  'https:\\\\',
  'blob:https://',
  'HTTPS;//',
);
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const oddSpace = fc.constantFrom(' ', '\u00a0', '\u200b', '\u2028', '\ufeff', '\t', '\n', '\u3000');

describe('lookalikes and malformed input are never accepted', () => {
  it(`rejects lookalike hosts (${RUNS} generated)`, () => {
    fc.assert(
      fc.property(lookalikeHost, guid, name, (host, key, last) => {
        const url = `https://${host}/POSTAlert/${key}/${last}`;
        expect(parseAlertOpsUrl(url)).toBeNull();
        expect(findAlertOpsUrls(`API URL ${url}`)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
  it(`rejects other schemes (${RUNS} generated)`, () => {
    fc.assert(
      fc.property(badScheme, currentUrl, (scheme, { url }) => {
        expect(parseAlertOpsUrl(url.replace('https://', scheme))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
  it(`rejects whitespace and control characters anywhere (${RUNS} generated)`, () => {
    fc.assert(
      fc.property(validUrl, fc.oneof(controlChar, oddSpace), fc.nat(), ({ url }, char, at) => {
        const index = at % (url.length + 1);
        expect(parseAlertOpsUrl(url.slice(0, index) + char + url.slice(index))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
  it(`rejects over-long input (${RUNS / 10} generated)`, () => {
    fc.assert(
      fc.property(currentUrl, fc.integer({ min: 2100, max: 20_000 }), ({ url }, length) => {
        expect(parseAlertOpsUrl(url + 'a'.repeat(length))).toBeNull();
        expect(parseAlertOpsUrl(`${url}/${'a'.repeat(length)}`)).toBeNull();
      }),
      { numRuns: RUNS / 10 },
    );
  });
  it(`accepts nothing from arbitrary strings that merely mention the host (${RUNS} generated)`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (before, after) => {
        const candidate = `${before}notify.alertops.com${after}`;
        const parsed = parseAlertOpsUrl(candidate);
        if (parsed) {
          // Only a string that really is one of the known shapes may pass.
          expect(candidate).toMatch(
            /^https?:\/\/notify\.alertops\.com\/(POSTAlert|RESTAPI\.svc\/POSTAlertv2\/generic)\//i,
          );
          expect(candidate).not.toMatch(/[\s@?#]/);
        }
      }),
      { numRuns: RUNS },
    );
  });
  it(`finds no URL in the middle of another token or inside another URL (${RUNS} generated)`, () => {
    fc.assert(
      fc.property(validUrl, fc.stringMatching(/^[A-Za-z0-9+.\-/@%_~]{1,10}$/), ({ url }, prefix) => {
        expect(findAlertOpsUrls(`${prefix}${url}`)).toEqual([]);
        expect(findAlertOpsUrls(`https://evil.net/r?to=${url}`)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
