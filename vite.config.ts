/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };
const sourceManifest = JSON.parse(readFileSync(new URL('manifest.json', import.meta.url), 'utf8'));

export const GECKO_ID = 'uptrends-alertops-bridge@extension';

type Flavour = 'chrome' | 'firefox' | 'chrome-e2e';

/**
 * One manifest source, two flavours: Chrome wants a service worker, Firefox wants background scripts.
 * `chrome-e2e` is the Chrome build with the optional API host permission made required, for the browser tests only:
 * no automation tool can answer Chrome's permission prompt, and a permission already granted is not prompted for.
 */
function manifestFor(flavour: Flavour) {
  const browser = flavour === 'firefox' ? 'firefox' : 'chrome';
  const manifest = structuredClone(sourceManifest);
  manifest.version = packageJson.version;
  if (flavour === 'chrome-e2e') manifest.host_permissions = [...manifest.optional_host_permissions];
  if (browser === 'firefox') {
    const worker = manifest.background.service_worker;
    manifest.background = { scripts: [worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
    delete manifest.minimum_chrome_version;
  }
  return manifest as ManifestV3Export;
}

const contentScripts = ['src/content/alertops-capture.ts', 'src/content/uptrends-fill.ts'];

/**
 * The popup is built self-contained, one script with everything it imports, like the content scripts: every module the
 * popup reaches is resolved to a copy of its own (the same file under a marked id), so no chunk is shared with the other
 * pages or the worker. Each chunk is one more request the browser process serves before the popup's code can start, and
 * the popup shows nothing until it has run; the copies cost the package about 20 KB.
 */
function selfContainedPopup(): Plugin {
  const entry = /[\\/]src[\\/]ui[\\/]popup\.tsx$/;
  const copy = /[?&]popup-copy(&|$)/;
  return {
    name: 'self-contained-popup',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(entry.test(importer) || copy.test(importer))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith('\0')) return resolved;
      return { ...resolved, id: `${resolved.id}${resolved.id.includes('?') ? '&' : '?'}popup-copy` };
    },
  };
}

/**
 * The content scripts are minified a second time by terser, after the build's own minifier: three compress passes over
 * its output save about 2 % of their gzip size (budget: 6 KB each), which its single pass leaves; function declarations
 * hoisted to the top of their scope save a little more. Its arrow and method forms assume that no function expression
 * or object method is called with `new`: none in these scripts is.
 */
function contentScriptsMinifiedTwice(): Plugin {
  return {
    name: 'content-scripts-minified-twice',
    apply: 'build',
    // After crxjs, which emits each content script as an asset of its own build in its own late generateBundle.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const scripts = Object.values(bundle).filter(
        (file) => file.type === 'asset' && /^src\/content\/[^/]+\.js$/.test(file.fileName),
      );
      // crxjs names the files; should that change, the build must say so rather than ship them minified once.
      if (scripts.length !== contentScripts.length) this.error('content scripts not found for the second minify pass');
      for (const file of scripts) {
        if (file.type !== 'asset') continue;
        const { code } = await minify(String(file.source), {
          ecma: 2020,
          compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, hoist_funs: true },
        });
        if (code) file.source = code;
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const flavour: Flavour = mode === 'firefox' || mode === 'chrome-e2e' ? mode : 'chrome';
  const browser = flavour === 'firefox' ? 'firefox' : 'chrome';
  return {
    root,
    publicDir: 'src/static',
    plugins: [
      selfContainedPopup(),
      preact(),
      crx({ manifest: manifestFor(flavour), browser, contentScripts: { standaloneFiles: contentScripts } }),
      contentScriptsMinifiedTwice(),
    ],
    build: {
      outDir: `dist/${flavour}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: true,
      // Extension pages load their chunks in parallel; no polyfill needed in MV3 browsers.
      modulePreload: { polyfill: false },
      // Pages the manifest does not name are built as extra entries.
      rollupOptions: { input: { assistant: 'src/ui/assistant.html' } },
    },
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            root,
            include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
            environment: 'happy-dom',
          },
        },
        {
          test: {
            name: 'browser',
            root,
            include: ['test/browser/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
