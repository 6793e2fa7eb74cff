/**
 * `npm run package`: store-ready archives in artifacts/.
 *   uptrends-alertops-bridge-<version>-chrome.zip   upload to the Chrome Web Store
 *   uptrends-alertops-bridge-<version>-firefox.zip  upload to addons.mozilla.org
 *   uptrends-alertops-bridge-<version>-source.zip   the sources AMO asks for: `npm ci && npm run build` in it rebuilds
 *                                                   dist/firefox, byte for byte the content of the Firefox zip
 * The version comes from package.json only (vite.config.ts stamps it into both manifests).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const artifacts = join(root, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const run = (command: string, args: string[], cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });
const webExt = join(root, 'node_modules/.bin/web-ext');

for (const flavour of ['chrome', 'firefox']) {
  const file = `${name}-${version}-${flavour}.zip`;
  rmSync(join(artifacts, file), { force: true });
  run(webExt, [
    'build',
    '--source-dir',
    join(root, 'dist', flavour),
    '--artifacts-dir',
    artifacts,
    '--filename',
    file,
    '--overwrite-dest',
  ]);
}

const source = join(artifacts, `${name}-${version}-source.zip`);
rmSync(source, { force: true });
// Everything committed, nothing else: no node_modules, no dist, no local files.
run('git', ['archive', '--format=zip', `--prefix=${name}-${version}/`, '-o', source, 'HEAD']);
process.stdout.write(`\nPackages for ${version} are in ${artifacts}\n`);
