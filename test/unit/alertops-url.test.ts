import { describe, expect, it } from 'vitest';
import {
  findAlertOpsUrls,
  isAlertOpsUrl,
  isCurrentShape,
  maskAlertOpsUrl,
  parseAlertOpsUrl,
  urlLikePieces,
} from '../../src/core/alertops-url';

const KEY = '3f2b9c1e-7d4a-4e8b-9a61-0c5d2e7f8a90';
const CURRENT = `https://notify.alertops.com/POSTAlert/${KEY}/Uptrends`;
const LEGACY = `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${KEY}/Uptrends`;

describe('parseAlertOpsUrl', () => {
  it.each([
    [CURRENT, 'post-alert', 'Uptrends'],
    [`https://notify.alertops.com/POSTAlert/${KEY}/Custom`, 'post-alert', 'Custom'],
    [`https://notify.alertops.com/postalert/${KEY}/Alerta`, 'post-alert', 'Alerta'],
    [`https://notify.alertops.com/POSTAlert/${KEY}/My%20Integration`, 'post-alert', 'My Integration'],
    [`https://notify.alertops.com/POSTAlert/0123456789abcdef0123456789abcdef/Uptrends/`, 'post-alert', 'Uptrends'],
    [LEGACY, 'rest-api', 'Uptrends'],
    [`http://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${KEY}/Uptrends`, 'rest-api', 'Uptrends'],
    [`https://notify.alertops.com/restapi.svc/POSTAlertV2/generic/${KEY}/Nagios/host/service`, 'rest-api', 'Nagios'],
  ])('accepts %s', (url, shape, name) => {
    const parsed = parseAlertOpsUrl(url);
    expect(parsed).not.toBeNull();
    expect(parsed?.url).toBe(url);
    expect(isCurrentShape(url)).toBe(shape === 'post-alert');
    expect(parsed?.name).toBe(name);
    expect(parsed?.key.toLowerCase()).toContain(url.includes('0123456789abcdef') ? '0123456789abcdef' : KEY);
  });

  const rejected: [string, unknown][] = [
    ['lookalike suffix host', `https://notify.alertops.com.evil.net/POSTAlert/${KEY}/Uptrends`],
    ['hyphenated host', `https://notify-alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['userinfo trick', `https://notify.alertops.com@evil.net/POSTAlert/${KEY}/Uptrends`],
    ['userinfo before host', `https://user:pw@notify.alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['other subdomain', `https://app.alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['extra subdomain', `https://x.notify.alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['bare domain', `https://alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['port', `https://notify.alertops.com:8443/POSTAlert/${KEY}/Uptrends`],
    ['trailing dot host', `https://notify.alertops.com./POSTAlert/${KEY}/Uptrends`],
    ['http current shape', `http://notify.alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['javascript scheme', `javascript:alert('https://notify.alertops.com/POSTAlert/${KEY}/Uptrends')`],
    ['data scheme', `data:text/html,https://notify.alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['ftp scheme', `ftp://notify.alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['protocol-relative', `//notify.alertops.com/POSTAlert/${KEY}/Uptrends`],
    ['cyrillic o homograph', `https://notify.alert\u043eps.com/POSTAlert/${KEY}/Uptrends`],
    ['punycode host', `https://notify.xn--alertps-8ve.com/POSTAlert/${KEY}/Uptrends`],
    ['fullwidth dot', `https://notify\uff0ealertops.com/POSTAlert/${KEY}/Uptrends`],
    ['leading space', ` ${CURRENT}`],
    ['trailing newline', `${CURRENT}\n`],
    ['tab inside', `https://notify.alertops.com/POSTAlert/\t${KEY}/Uptrends`],
    ['null byte', `https://notify.alertops.com/POSTAlert/${KEY}\u0000/Uptrends`],
    ['zero-width space', `https://notify.alertops.com/POSTAlert/${KEY}\u200b/Uptrends`],
    ['query string', `${CURRENT}?next=https://evil.net`],
    ['fragment', `${CURRENT}#x`],
    ['missing name', `https://notify.alertops.com/POSTAlert/${KEY}`],
    ['missing key', 'https://notify.alertops.com/POSTAlert//Uptrends'],
    ['short key', 'https://notify.alertops.com/POSTAlert/abc123/Uptrends'],
    ['key with dot', `https://notify.alertops.com/POSTAlert/${KEY}.x/Uptrends`],
    ['extra segment on current shape', `${CURRENT}/more`],
    ['path traversal name', `https://notify.alertops.com/POSTAlert/${KEY}/..`],
    ['encoded dot-dot name', `https://notify.alertops.com/POSTAlert/${KEY}/%2e%2e`],
    ['half-encoded dot-dot name', `https://notify.alertops.com/POSTAlert/${KEY}/.%2E`],
    [
      'dot-dot in legacy extra segments',
      `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${KEY}/Uptrends/../../x`,
    ],
    ['encoded slash in key', `https://notify.alertops.com/POSTAlert/${KEY}%2F/Uptrends`],
    ['broken percent escape', `https://notify.alertops.com/POSTAlert/${KEY}/Up%zztrends`],
    ['backslash', `https://notify.alertops.com\\POSTAlert/${KEY}/Uptrends`],
    ['other path', `https://notify.alertops.com/api/${KEY}/Uptrends`],
    ['legacy without generic', `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/${KEY}/Uptrends`],
    ['over-long', `https://notify.alertops.com/POSTAlert/${KEY}/${'a'.repeat(3000)}`],
    ['empty', ''],
    ['number', 42],
    ['null', null],
    ['object', { url: CURRENT }],
  ];
  it.each(rejected)('rejects %s', (_label, input) => {
    expect(parseAlertOpsUrl(input)).toBeNull();
    expect(isAlertOpsUrl(input)).toBe(false);
  });
  it('has at least 30 rejected lookalikes and malformed inputs', () => {
    expect(rejected.length).toBeGreaterThanOrEqual(30);
  });
});

describe('maskAlertOpsUrl', () => {
  it('hides the key but its last four characters, and keeps the rest', () => {
    const masked = maskAlertOpsUrl(CURRENT);
    expect(masked).toBe('https://notify.alertops.com/POSTAlert/••••••••8a90/Uptrends');
    expect(masked).not.toContain(KEY.slice(0, 8));
    expect(maskAlertOpsUrl(LEGACY)).toBe(
      'https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/••••••••8a90/Uptrends',
    );
  });
  it('reveals nothing of something that is not an AlertOps URL', () => {
    expect(maskAlertOpsUrl('https://example.com/secret')).toBe('••••••••');
  });
});

describe('findAlertOpsUrls', () => {
  it('finds a URL in running text without trailing punctuation', () => {
    expect(findAlertOpsUrls(`Your endpoint: ${CURRENT}.`)).toEqual([CURRENT]);
    expect(findAlertOpsUrls(`(${LEGACY})`)).toEqual([LEGACY]);
  });
  it('does not pick a URL out of the middle of another token', () => {
    expect(findAlertOpsUrls(`xhttps://notify.alertops.com/POSTAlert/${KEY}/Uptrends`)).toEqual([]);
    expect(findAlertOpsUrls(`https://evil.net/https://notify.alertops.com/POSTAlert/${KEY}/Uptrends`)).toEqual([]);
  });
  it('rejects lookalikes found in text', () => {
    expect(findAlertOpsUrls(`https://notify.alertops.com.evil.net/POSTAlert/${KEY}/Uptrends`)).toEqual([]);
    expect(findAlertOpsUrls(`https://notify.alertops.com@evil.net/POSTAlert/${KEY}/Uptrends`)).toEqual([]);
  });
  it('returns each URL once', () => {
    expect(findAlertOpsUrls(`${CURRENT} and again ${CURRENT}`)).toEqual([CURRENT]);
  });
});

describe('urlLikePieces', () => {
  const page = (middle: string) => `Dashboard 12:00:01 Incidents 3 ${middle} Copy Users`;
  it('stays the same when only other text changes', () => {
    expect(urlLikePieces(page(CURRENT))).toBe(urlLikePieces(`Dashboard 12:00:02 Incidents 4 ${CURRENT} Copy Users`));
    expect(urlLikePieces(page('Loading…'))).toBe(urlLikePieces('Dashboard 12:00:02 Incidents 4 Loading… Copy Users'));
  });
  it('changes when a URL appears, goes, is regenerated, or is shown a second time', () => {
    const other = CURRENT.replace('3f2b', '4e3c');
    const seen = [
      page('Loading…'),
      page(CURRENT),
      page(other),
      page(`${other} ${CURRENT}`),
      page(`https://notify.alertops.com/POSTAlert/${KEY.slice(0, 8)}`),
      // A key regenerated with only its digits different: digits count everywhere but in the last segment.
      page(CURRENT.replace('3f2b', '5f2b')),
    ].map(urlLikePieces);
    expect(new Set(seen).size).toBe(seen.length);
  });
  it('stays the same when a counter or clock right after the URL ticks', () => {
    // Text of neighbouring cells runs together in a page's textContent: <td>URL</td><td>41</td>.
    expect(urlLikePieces(page(`${CURRENT}41`))).toBe(urlLikePieces(page(`${CURRENT}42`)));
    expect(urlLikePieces(page(`${CURRENT}12:00:01`))).toBe(urlLikePieces(page(`${CURRENT}12:00:02`)));
  });
  it('sees the host through break characters and run-together text', () => {
    expect(urlLikePieces(`API URL${CURRENT}Copy`)).toBe(`${CURRENT.replace('https://', '')}Copy`);
    expect(urlLikePieces('https://notify.\u200balertops.com/POSTAlert/x')).not.toBe(urlLikePieces('nothing'));
  });
});
