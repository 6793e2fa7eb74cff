import { describe, expect, it } from 'vitest';
import { ALLOWED, classifySender, type SenderFacts, type SenderKind } from '../../src/background/senders';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const chrome = (extra: Partial<SenderFacts> = {}): SenderFacts => ({
  extensionId: CHROME_ID,
  senderId: CHROME_ID,
  extensionOrigin: `chrome-extension://${CHROME_ID}/`,
  hasTab: true,
  frameId: 0,
  ...extra,
});

const FIREFOX_UUID = '7d4a4e8b-9a61-4c5d-8e7f-0c5d2e7f8a90';
const firefox = (extra: Partial<SenderFacts> = {}): SenderFacts => ({
  extensionId: 'uptrends-alertops-bridge@extension',
  senderId: 'uptrends-alertops-bridge@extension',
  extensionOrigin: `moz-extension://${FIREFOX_UUID}/`,
  hasTab: true,
  frameId: 0,
  ...extra,
});

describe('classifySender: extension pages', () => {
  it('recognises its own pages in Chrome and Firefox, with or without a tab', () => {
    expect(classifySender(chrome({ senderUrl: `chrome-extension://${CHROME_ID}/src/ui/popup.html` }))).toBe(
      'extension-page',
    );
    expect(
      classifySender(
        chrome({ senderUrl: `chrome-extension://${CHROME_ID}/src/ui/options.html`, hasTab: false, frameId: undefined }),
      ),
    ).toBe('extension-page');
    expect(classifySender(firefox({ senderUrl: `moz-extension://${FIREFOX_UUID}/src/ui/popup.html` }))).toBe(
      'extension-page',
    );
  });

  it('does not take another extension’s page (same scheme, other id) for its own', () => {
    const otherPage = classifySender(
      chrome({ senderUrl: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }),
    );
    expect(typeof otherPage).toBe('object');
    // An id that merely starts with ours is another extension too.
    const longer = classifySender(chrome({ senderUrl: `chrome-extension://${CHROME_ID}x/popup.html` }));
    expect(typeof longer).toBe('object');
    const mozOther = classifySender(
      firefox({ senderUrl: 'moz-extension://00000000-1111-2222-3333-444444444444/x.html' }),
    );
    expect(typeof mozOther).toBe('object');
  });

  it('refuses messages from another extension id, even from a console page', () => {
    expect(
      classifySender(chrome({ senderId: 'otherextension', senderUrl: 'https://app.alertops.com/integrations' })),
    ).toEqual({ rejected: expect.stringContaining('another extension') });
    expect(
      classifySender(chrome({ senderId: undefined, senderUrl: `chrome-extension://${CHROME_ID}/x.html` })),
    ).toEqual({ rejected: expect.any(String) });
  });

  it('refuses a sender without a URL', () => {
    expect(classifySender(chrome({ senderUrl: undefined }))).toEqual({ rejected: expect.any(String) });
    expect(classifySender(chrome({ senderUrl: '' }))).toEqual({ rejected: expect.any(String) });
  });
});

describe('classifySender: content scripts', () => {
  it.each([
    'https://app.alertops.com/integrations/inbound',
    'https://app.alertops.com/',
    'https://acme.alertops.com/login.aspx',
    'https://my-tenant.alertops.com/Integrations/Edit/42?tab=api',
  ])('recognises the AlertOps console at %s', (url) => {
    expect(classifySender(chrome({ senderUrl: url }))).toBe('alertops');
    expect(classifySender(firefox({ senderUrl: url }))).toBe('alertops');
  });

  it('recognises the Uptrends console', () => {
    expect(classifySender(chrome({ senderUrl: 'https://app.uptrends.com/Alerting/Integrations' }))).toBe('uptrends');
  });

  it.each([
    ['notify host (where the captured URL points)', 'https://notify.alertops.com/POSTAlert/x/Uptrends'],
    ['API host', 'https://api.alertops.com/api/v2/integrations/inbound'],
    ['public site (the bare domain)', 'https://alertops.com/docs/api-integration'],
    ['suffix lookalike', 'https://alertops.com.evil.net/integrations'],
    ['subdomain of a lookalike', 'https://app.alertops.com.evil.net/'],
    ['host two levels under alertops.com (no console is)', 'https://x.notify.alertops.com/'],
    ['host three levels under alertops.com', 'https://a.b.c.alertops.com/integrations'],
    ['prefix lookalike', 'https://evilalertops.com/'],
    ['hyphen lookalike', 'https://app-alertops.com/'],
    ['plain http', 'http://app.alertops.com/integrations'],
    ['other port', 'https://app.alertops.com:8443/integrations'],
    ['userinfo trick', 'https://app.alertops.com@evil.net/'],
    ['uptrends lookalike', 'https://app.uptrends.com.evil.net/'],
    ['other uptrends host', 'https://api.uptrends.com/v4/Integration'],
    ['plain http uptrends', 'http://app.uptrends.com/'],
    ['unrelated site', 'https://example.com/'],
    ['file URL', 'file:///tmp/app.alertops.com.html'],
  ])('rejects %s', (_label, url) => {
    expect(classifySender(chrome({ senderUrl: url }))).toEqual({ rejected: expect.any(String) });
  });

  it('rejects an unreadable URL', () => {
    expect(classifySender(chrome({ senderUrl: 'not a url' }))).toEqual({ rejected: expect.any(String) });
  });

  it('rejects console messages from a sub-frame or without a tab', () => {
    const url = 'https://app.alertops.com/integrations';
    expect(classifySender(chrome({ senderUrl: url, frameId: 3 }))).toEqual({
      rejected: expect.stringContaining('sub-frame'),
    });
    expect(classifySender(chrome({ senderUrl: url, frameId: undefined }))).toEqual({ rejected: expect.any(String) });
    expect(classifySender(chrome({ senderUrl: url, hasTab: false }))).toEqual({
      rejected: expect.stringContaining('tab'),
    });
    expect(classifySender(chrome({ senderUrl: 'https://app.uptrends.com/', frameId: 1 }))).toEqual({
      rejected: expect.any(String),
    });
  });
});

describe('ALLOWED', () => {
  const kinds: SenderKind[] = ['extension-page', 'alertops', 'uptrends'];
  const matrix: Record<string, SenderKind> = {
    capture: 'alertops',
    'get-fill-context': 'uptrends',
    filled: 'uptrends',
    attached: 'uptrends',
    'get-state': 'extension-page',
    forget: 'extension-page',
    'forget-all': 'extension-page',
    'dismiss-problem': 'extension-page',
    choose: 'extension-page',
    'fill-tab': 'extension-page',
    'tab-status': 'extension-page',
  };

  it.each(Object.entries(matrix))('lets only %s come from %s', (type, kind) => {
    for (const other of kinds) expect(ALLOWED[type]?.includes(other)).toBe(other === kind);
  });

  it('lets any other message type come from the extension’s own pages only', () => {
    const others = Object.keys(ALLOWED).filter((type) => !(type in matrix));
    for (const type of others) expect(ALLOWED[type], type).toEqual(['extension-page']);
  });

  it('lets consoles send only capture (AlertOps) and the fill reports (Uptrends)', () => {
    const fromConsoles = Object.entries(ALLOWED)
      .filter(([, kinds]) => kinds.some((kind) => kind !== 'extension-page'))
      .map(([type]) => type)
      .sort();
    expect(fromConsoles).toEqual(['attached', 'capture', 'filled', 'get-fill-context']);
  });

  it('never lets a console page read the state or forget captures', () => {
    for (const type of ['get-state', 'forget', 'forget-all', 'choose', 'fill-tab']) {
      expect(ALLOWED[type]).not.toContain('alertops');
      expect(ALLOWED[type]).not.toContain('uptrends');
    }
  });
});
