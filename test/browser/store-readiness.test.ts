/**
 * Ready for the stores: addons-linter (web-ext lint) is clean but for Preact's known warning, the packages carry the
 * package.json version, and the source archive AMO reviews rebuilds the Firefox build exactly.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, ROOT } from './chromium.ts';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

/**
 * The one warning addons-linter gives, from Preact's runtime (its dangerouslySetInnerHTML support): in the chunk the
 * options page and the assistant share, and in the popup's script, which carries its own copy (vite.config.ts).
 */
const KNOWN_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/(jsxRuntime|popup\.html)-[\w-]+\.js$/ }];

function filesWithHashes(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry);
      if (statSync(path).isDirectory()) walk(path);
      else result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return result;
}

function unzip(zip: string, into: string): void {
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, into]);
}

describe('store readiness', () => {
  it('web-ext lint reports no errors and no warnings but the known one from Preact', () => {
    const output = execFileSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json'],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(output.slice(output.indexOf('{'))) as {
      errors: unknown[];
      warnings: { code: string; file: string }[];
      notices: unknown[];
    };
    expect(report.errors).toEqual([]);
    const unexpected = report.warnings.filter(
      (warning) => !KNOWN_WARNINGS.some((known) => known.code === warning.code && known.file.test(warning.file)),
    );
    expect(unexpected).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it('packages both stores and a source archive that rebuilds the Firefox package exactly', () => {
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'test/tools/package.ts')], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const scratch = mkdtempSync(join(ROOT, '.test-tmp/package-'));
    try {
      for (const flavour of ['chrome', 'firefox']) {
        const into = join(scratch, flavour);
        unzip(join(ROOT, 'artifacts', `${name}-${version}-${flavour}.zip`), into);
        const manifest = JSON.parse(readFileSync(join(into, 'manifest.json'), 'utf8')) as { version: string };
        expect(manifest.version).toBe(version);
      }
      const sources = join(scratch, 'sources');
      unzip(join(ROOT, 'artifacts', `${name}-${version}-source.zip`), sources);
      const tree = join(sources, `${name}-${version}`);
      expect(readdirSync(tree)).not.toContain('node_modules');
      expect(readdirSync(tree)).not.toContain('dist');
      // A reviewer runs `npm ci` first; the installed packages stand in for it here.
      symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
      // As a reviewer's shell would: vitest's NODE_ENV=test would make Preact build its development runtime.
      const env = { ...process.env, NODE_ENV: 'production' };
      execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'firefox'], {
        cwd: tree,
        stdio: 'pipe',
        env,
      });
      const uncommitted = execFileSync(
        'git',
        ['status', '--porcelain', '--', 'src', 'manifest.json', 'vite.config.ts', 'package.json'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(
        filesWithHashes(join(tree, 'dist/firefox')),
        uncommitted
          ? `the source archive is HEAD, but these build inputs have uncommitted changes:\n${uncommitted}`
          : undefined,
      ).toEqual(filesWithHashes(join(scratch, 'firefox')));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
