/**
 * Pins what the built extensions may do. Widening any of this (a permission, a host, a content-script match, the CSP)
 * must be a deliberate change of this file, reviewed with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './chromium.ts';

interface Manifest {
  manifest_version: number;
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    matches: string[];
    exclude_matches?: string[];
    js: string[];
    all_frames?: boolean;
    world?: string;
  }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
}

function manifest(build: string): Manifest {
  return JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;
}

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('built manifest for %s', (browserName, build) => {
  const built = manifest(build);

  it('asks for exactly these permissions, and for the Uptrends API host only as an optional one', () => {
    expect(built.manifest_version).toBe(3);
    expect(built.permissions).toEqual(['storage', 'contextMenus', 'alarms']);
    expect(built.optional_permissions).toBeUndefined();
    expect(built.host_permissions).toBeUndefined();
    expect(built.optional_host_permissions).toEqual(['https://api.uptrends.com/*']);
    expect(built.externally_connectable).toBeUndefined();
  });

  it('runs content scripts only on the consoles, in the top frame, in the isolated world', () => {
    const scripts = built.content_scripts ?? [];
    expect(scripts.map((script) => ({ matches: script.matches, exclude: script.exclude_matches ?? [] }))).toEqual([
      {
        matches: ['https://app.alertops.com/*', 'https://*.alertops.com/*'],
        exclude: [
          'https://notify.alertops.com/*',
          'https://api.alertops.com/*',
          'https://www.alertops.com/*',
          'https://help.alertops.com/*',
          'https://docs.alertops.com/*',
          'https://support.alertops.com/*',
          'https://alertops.com/*',
        ],
      },
      { matches: ['https://app.uptrends.com/*'], exclude: [] },
    ]);
    for (const script of scripts) {
      expect(script.all_frames).toBe(false);
      expect(script.world).toBeUndefined();
    }
  });

  it('exposes nothing to web pages: no web-accessible resources', () => {
    expect(built.web_accessible_resources).toBeUndefined();
  });

  it('builds content scripts as self-contained files that import nothing', () => {
    for (const script of built.content_scripts ?? []) {
      for (const file of script.js) {
        const code = readFileSync(join(build, file), 'utf8');
        expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|chrome\.runtime\.getURL/m);
        expect(code).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|document\.write/);
      }
    }
  });

  it('keeps the strict extension-page CSP', () => {
    expect(built.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    });
  });

  it('takes its version from package.json', () => {
    expect(built.version).toBe(packageVersion);
  });

  it(`has the ${browserName} background shape`, () => {
    if (browserName === 'chrome') {
      expect(built.background?.service_worker).toBeTruthy();
      expect(built.background?.scripts).toBeUndefined();
      expect(built.browser_specific_settings).toBeUndefined();
    } else {
      expect(built.background?.scripts?.length).toBe(1);
      expect(built.background?.service_worker).toBeUndefined();
      expect(built.browser_specific_settings?.gecko?.id).toBe('uptrends-alertops-bridge@extension');
      expect(built.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });
});
