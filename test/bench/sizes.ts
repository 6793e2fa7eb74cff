/**
 * Sizes of the built extension (raw and gzip -9), what each entry loads, and, for the content scripts, which source
 * module the minified bytes come from (a rolldown bundle of the same entry with a source map, bytes attributed
 * through the map).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../browser/chromium.ts';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface EntrySize {
  entry: string;
  /** The entry and everything it loads (static imports, scripts and styles of an HTML page). */
  files: FileSize[];
  raw: number;
  gzip: number;
  /** Runtime loads the build could not follow (dynamic import, runtime.getURL): listed, not counted. */
  unresolved: string[];
}

export interface ModuleShare {
  module: string;
  /** Minified bytes attributed to the module, and its proportional share of the file's gzip size. */
  bytes: number;
  gzipShare: number;
}

export function sizeOf(dir: string, file: string): FileSize {
  const data = readFileSync(join(dir, file));
  return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function resolveRef(dir: string, from: string, ref: string): string | undefined {
  if (/^(https?:|data:|chrome:|#)/.test(ref)) return undefined;
  const clean = ref.split(/[?#]/)[0] ?? '';
  const path = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(from), clean);
  return existsSync(join(dir, path)) ? posix.normalize(path) : undefined;
}

/** Follows an entry (HTML or JS) through its static loads. */
export function entrySize(dir: string, entry: string): EntrySize {
  const seen = new Set<string>();
  const unresolved: string[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    const refs: string[] = [];
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) refs.push(m[1] as string);
      for (const m of text.matchAll(/<link[^>]*\shref="([^"]+)"/g)) refs.push(m[1] as string);
    } else if (file.endsWith('.js')) {
      for (const m of text.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g))
        refs.push(m[1] as string);
      for (const m of text.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) unresolved.push(`import(${m[1]})`);
      if (/\bimport\s*\(\s*[^"'`\s)]/.test(text)) unresolved.push('import(<computed>)');
      for (const m of text.matchAll(/getURL\(\s*["'`]([^"'`]+)["'`]/g)) unresolved.push(`getURL(${m[1]})`);
    } else if (file.endsWith('.css')) {
      for (const m of text.matchAll(/@import\s+(?:url\()?["']?([^"')\s]+)/g)) refs.push(m[1] as string);
    }
    for (const ref of refs) {
      const path = resolveRef(dir, file, ref);
      if (path) queue.push(path);
      else if (!/^(https?:|data:|#)/.test(ref)) unresolved.push(ref);
    }
  }
  const files = [...seen].map((file) => sizeOf(dir, file));
  return {
    entry,
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    unresolved,
  };
}

export function contentScripts(dir: string): string[] {
  const folder = join(dir, 'src/content');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => `src/content/${name}`);
}

export function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map line's segments: [generatedColumn, sourceIndex?] with absolute values. */
function decodeMappings(mappings: string): { column: number; source: number | undefined }[][] {
  const lines: { column: number; source: number | undefined }[][] = [];
  let source = 0;
  for (const lineText of mappings.split(';')) {
    const line: { column: number; source: number | undefined }[] = [];
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1] ?? 0;
      line.push({ column, source: fields.length >= 4 ? source : undefined });
    }
    lines.push(line);
  }
  return lines;
}

/** Bundles `entry` the way the build does (IIFE, minified) and attributes the output bytes to source modules. */
export async function attributeModules(
  entry: string,
): Promise<{ shares: ModuleShare[]; raw: number; gzip: number } | undefined> {
  let rolldown: typeof import('rolldown').rolldown;
  try {
    ({ rolldown } = await import('rolldown'));
  } catch {
    return undefined;
  }
  const bundle = await rolldown({ input: join(ROOT, entry), cwd: ROOT, logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'iife', minify: true, sourcemap: true });
  await bundle.close();
  const chunk = output[0];
  const map = chunk.map;
  if (!map) return undefined;
  const code = chunk.code;
  const gzip = gzipSync(code, { level: 9 }).length;
  const bytesBySource = new Map<string, number>();
  const codeLines = code.split('\n');
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const lineLength = codeLines[lineIndex]?.length ?? 0;
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? lineLength;
      const name =
        segment.source === undefined
          ? '(bundle glue)'
          : relative(ROOT, resolve(ROOT, map.sources[segment.source] ?? '?'));
      bytesBySource.set(name, (bytesBySource.get(name) ?? 0) + Math.max(0, end - segment.column));
    });
  });
  const total = code.length;
  const shares = [...bytesBySource.entries()]
    .map(([module, bytes]) => ({
      module: module.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, ''),
      bytes,
      gzipShare: (bytes / total) * gzip,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  return { shares, raw: total, gzip };
}

/** The same content script, bundled without minifying: for profiles with readable function names. */
export async function bundleReadable(entry: string): Promise<string | undefined> {
  let rolldown: typeof import('rolldown').rolldown;
  try {
    ({ rolldown } = await import('rolldown'));
  } catch {
    return undefined;
  }
  const bundle = await rolldown({ input: join(ROOT, entry), cwd: ROOT, logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'iife', minify: false });
  await bundle.close();
  return output[0].code;
}

/** In a readable bundle, the source module a line belongs to (from rolldown's `// src/…` region comments). */
export function moduleAtLine(code: string, line: number): string | undefined {
  const lines = code.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(lines[i] ?? '');
    if (match) return match[1];
  }
  return undefined;
}
