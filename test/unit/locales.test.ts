// @vitest-environment node
/**
 * The _locales catalogues: every locale has exactly the keys of en, with the same placeholders, and en holds exactly the
 * keys the source uses. Source files are parsed (oxc, through vite) so comments never count as a use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const LOCALES = join(SRC, 'static/_locales');
/** The languages our users run Uptrends in. */
const REQUIRED_LOCALES = ['de', 'en', 'fr', 'nl'];

interface Placeholder {
  content: string;
  example?: string;
}
interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, Placeholder>;
}
type Catalogue = Record<string, Entry>;

function readCatalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Catalogue;
}

const locales = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const catalogues = new Map(locales.map((locale) => [locale, readCatalogue(locale)]));
const en = catalogues.get('en') ?? {};
const enKeys = Object.keys(en);
const others = locales.filter((locale) => locale !== 'en');

/** Placeholder names are case-insensitive in both browsers: compare them lower-cased. */
function declared(entry: Entry): Map<string, string> {
  return new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
}

/** `$NAME$` references in a message (`$$` is a literal dollar sign). */
function referenced(message: string): string[] {
  const names = [...message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  return [...new Set(names)].sort();
}

describe('locale catalogues', () => {
  it('has the four languages of Uptrends, en being the default', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { default_locale?: string };
    expect(manifest.default_locale).toBe('en');
  });

  it.each(locales)('%s is well formed', (locale) => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(catalogues.get(locale) ?? {})) {
      if (!/^[A-Za-z0-9_]+$/.test(key) || key.startsWith('@@')) problems.push(`${key}: invalid message name`);
      if (typeof entry?.message !== 'string' || entry.message.trim() === '') problems.push(`${key}: empty message`);
      for (const [name, placeholder] of Object.entries(entry?.placeholders ?? {})) {
        if (!/^[A-Za-z0-9_]+$/.test(name)) problems.push(`${key}: invalid placeholder name ${name}`);
        if (typeof placeholder?.content !== 'string') problems.push(`${key}: placeholder ${name} has no content`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(others)('%s has every key of en and no other', (locale) => {
    const keys = Object.keys(catalogues.get(locale) ?? {});
    expect({
      missing: enKeys.filter((key) => !keys.includes(key)),
      extra: keys.filter((key) => !(key in en)),
    }).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('%s has the placeholders of en (same names, same $N contents)', (locale) => {
    const catalogue = catalogues.get(locale) ?? {};
    const problems: string[] = [];
    for (const key of enKeys) {
      const entry = catalogue[key];
      const source = en[key];
      if (!entry || !source) continue;
      const want = declared(source);
      const got = declared(entry);
      for (const [name, content] of want) {
        if (!got.has(name)) problems.push(`${key}: placeholder ${name} missing`);
        else if (got.get(name) !== content)
          problems.push(`${key}: placeholder ${name} is ${got.get(name)}, en has ${content}`);
      }
      for (const name of got.keys()) if (!want.has(name)) problems.push(`${key}: extra placeholder ${name}`);
      // A translation may not drop (or invent) a substitution, nor use raw $1 instead of the named placeholder.
      if (referenced(entry.message).join() !== referenced(source.message).join())
        problems.push(`${key}: uses [${referenced(entry.message)}], en uses [${referenced(source.message)}]`);
      const rawEn = source.message.match(/\$\d/g)?.sort().join() ?? '';
      const raw = entry.message.match(/\$\d/g)?.sort().join() ?? '';
      if (raw !== rawEn) problems.push(`${key}: raw substitutions ${raw}, en has ${rawEn}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(locales)('%s declares every $PLACEHOLDER$ its messages use, and uses every one it declares', (locale) => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(catalogues.get(locale) ?? {})) {
      const names = declared(entry);
      const used = referenced(entry.message);
      for (const name of used) if (!names.has(name)) problems.push(`${key}: $${name.toUpperCase()}$ not declared`);
      for (const name of names.keys()) if (!used.includes(name)) problems.push(`${key}: ${name} declared, never used`);
      for (const [name, content] of names)
        if (!/^\$[1-9]$/.test(content)) problems.push(`${key}: placeholder ${name} content "${content}" is not $1-$9`);
    }
    expect(problems).toEqual([]);
  });

  it.each(others)(
    '%s keeps a button’s visible text inside its accessible name where en does (WCAG 2.5.3)',
    (locale) => {
      // popupCopy is shown, popupCopyLabel is the aria-label: speech users say what they see.
      const catalogue = catalogues.get(locale) ?? {};
      const normal = (text: string | undefined) => (text ?? '').replaceAll('\u00a0', ' ').toLowerCase();
      const problems: string[] = [];
      for (const label of enKeys.filter((key) => key.endsWith('Label'))) {
        const visible = label.slice(0, -'Label'.length);
        if (!(visible in en) || !normal(en[label]?.message).includes(normal(en[visible]?.message))) continue;
        if (!normal(catalogue[label]?.message).includes(normal(catalogue[visible]?.message)))
          problems.push(
            `${label} "${catalogue[label]?.message}" does not contain ${visible} "${catalogue[visible]?.message}"`,
          );
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(others)('%s keeps the product name and the {name} token', (locale) => {
    const catalogue = catalogues.get(locale) ?? {};
    const problems: string[] = [];
    for (const key of enKeys) {
      const source = en[key]?.message ?? '';
      const message = catalogue[key]?.message ?? '';
      for (const fixed of ['Uptrends ⇄ AlertOps Bridge', '{name}', 'chrome://extensions/shortcuts'])
        if (source.includes(fixed) && !message.includes(fixed)) problems.push(`${key}: lost "${fixed}"`);
    }
    expect(problems).toEqual([]);
  });
});

// ---- Which keys the source uses ------------------------------------------------------------------------------------

interface Node {
  type: string;
  [field: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const [field, value] of Object.entries(node)) {
    if (field === 'parent') continue;
    if (Array.isArray(value)) found.push(...value.filter(isNode));
    else if (isNode(value)) found.push(value);
  }
  return found;
}

/** The string a node stands for, when it is a plain string: 'x', "x", `x`, (possibly behind `as`/`satisfies`/parens). */
function stringValue(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const quasi = (node.quasis as { value: { cooked: string | null } }[])[0];
    return quasi?.value.cooked ?? undefined;
  }
  if (['TSAsExpression', 'TSSatisfiesExpression', 'ParenthesizedExpression', 'TSNonNullExpression'].includes(node.type))
    return stringValue(node.expression);
  return undefined;
}

/** Every plain string an argument may evaluate to: `cond ? 'a' : 'b'`, `x || 'a'`. */
function possibleStrings(node: unknown): string[] | undefined {
  const direct = stringValue(node);
  if (direct !== undefined) return [direct];
  if (!isNode(node)) return undefined;
  if (node.type === 'ConditionalExpression') {
    const options = [possibleStrings(node.consequent), possibleStrings(node.alternate)];
    return options.every(Boolean) ? (options.flat() as string[]) : undefined;
  }
  if (node.type === 'LogicalExpression')
    return [...(possibleStrings(node.left) ?? []), ...(possibleStrings(node.right) ?? [])];
  return undefined;
}

function calleeName(node: Node): string | undefined {
  const callee = node.callee;
  if (!isNode(callee)) return undefined;
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression' && isNode(callee.property)) return callee.property.name as string;
  return undefined;
}

function propertyName(node: Node): string | undefined {
  const key = node.key;
  if (!isNode(key)) return undefined;
  return key.type === 'Identifier' ? (key.name as string) : stringValue(key);
}

interface Usage {
  /** Every plain string literal in the file. */
  literals: Set<string>;
  /** The same, minus those used as something else than a message name: `'x' in changes`, `a === 'x'`, `o['x']`,
   *  `const STATE_KEY = 'x'` (storage keys). */
  valueLiterals: Set<string>;
  /** Strings in a position that is a message name: t('x'), getMessage('x'), report(ok, 'x'), messageKey/problem: 'x'. */
  keys: Set<string>;
  /** t(...) / getMessage(...) calls whose name is built at run time from pieces: not checkable. */
  dynamic: string[];
}

const KEY_PROPERTIES = new Set(['messageKey', 'problem']);

function scan(path: string): Usage {
  const text = readFileSync(path, 'utf8');
  const usage: Usage = { literals: new Set(), valueLiterals: new Set(), keys: new Set(), dynamic: [] };
  const notAMessage = new WeakSet<object>();
  const lang = extname(path) === '.tsx' ? 'tsx' : 'ts';
  const parsed = parseSync(path, text, { lang, sourceType: 'module' });
  if (parsed.errors.length > 0) throw new Error(`${path} does not parse: ${parsed.errors[0]?.message}`);
  const where = (node: Node) => `${relative(ROOT, path)}:${text.slice(0, node.start as number).split('\n').length}`;
  const visit = (node: Node) => {
    const value = stringValue(node);
    if (value !== undefined) {
      usage.literals.add(value);
      if (!notAMessage.has(node)) usage.valueLiterals.add(value);
    }
    if (node.type === 'BinaryExpression' && ['in', '===', '!==', '==', '!='].includes(node.operator as string)) {
      if (isNode(node.left)) notAMessage.add(node.left);
      if (node.operator !== 'in' && isNode(node.right)) notAMessage.add(node.right);
    }
    if (node.type === 'MemberExpression' && node.computed && isNode(node.property)) notAMessage.add(node.property);
    if (
      node.type === 'VariableDeclarator' &&
      isNode(node.id) &&
      /(^|_)KEY$/.test(String(node.id.name)) &&
      isNode(node.init)
    )
      notAMessage.add(node.init);
    if (node.type === 'CallExpression') {
      const name = calleeName(node);
      const args = node.arguments as Node[];
      const keyArg = name === 't' || name === 'getMessage' ? args[0] : name === 'report' ? args[1] : undefined;
      if (keyArg) {
        const strings = possibleStrings(keyArg);
        if (strings) for (const key of strings) usage.keys.add(key);
        else if (keyArg.type === 'TemplateLiteral' || keyArg.type === 'BinaryExpression')
          usage.dynamic.push(`${where(node)} ${text.slice(node.start as number, node.end as number)}`);
      }
    }
    if (node.type === 'Property' && KEY_PROPERTIES.has(propertyName(node) ?? '')) {
      for (const key of possibleStrings(node.value) ?? []) usage.keys.add(key);
    }
    for (const child of children(node)) visit(child);
  };
  visit(parsed.program as unknown as Node);
  return usage;
}

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.startsWith(LOCALES));
}

const sources = filesUnder(SRC, ['.ts', '.tsx']);
const scans = sources.map(scan);
const literals = new Set(scans.flatMap((usage) => [...usage.literals]));
const valueLiterals = new Set(scans.flatMap((usage) => [...usage.valueLiterals]));
const keyPositions = new Set(scans.flatMap((usage) => [...usage.keys]));
/** `__MSG_key__` in the manifest and the pages. */
const msgReferences = new Set(
  [join(ROOT, 'manifest.json'), ...filesUnder(SRC, ['.html', '.json'])].flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1] ?? ''),
  ),
);
/** Words message names start with (popup…, status…, options…): a literal shaped like one is probably a key. */
const keyPrefixes = new Set(enKeys.map((key) => /^[a-z]+(?=[A-Z0-9_])/.exec(key)?.[0]).filter(Boolean));

function looksLikeKey(literal: string): boolean {
  const prefix = /^([a-z]+)[A-Z][A-Za-z0-9]*$/.exec(literal)?.[1];
  return prefix !== undefined && keyPrefixes.has(prefix);
}

describe('message names used by the source', () => {
  it('found the source to check', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(keyPositions.size).toBeGreaterThan(20);
    expect(msgReferences.size).toBeGreaterThan(0);
  });

  it('builds no message name at run time', () => {
    expect(scans.flatMap((usage) => usage.dynamic)).toEqual([]);
  });

  it('uses no message name that en lacks', () => {
    const used = new Set([...keyPositions, ...msgReferences, ...[...valueLiterals].filter(looksLikeKey)]);
    const undeclared = [...used].filter((key) => !key.startsWith('@@') && !(key in en)).sort();
    expect(undeclared).toEqual([]);
  });

  it('declares no message in en that the source never uses', () => {
    // Keys reach t() through variables too (state problems, page reports): any literal equal to the key counts.
    const unused = enKeys.filter((key) => !literals.has(key) && !msgReferences.has(key));
    expect(unused).toEqual([]);
  });
});
