/**
 * The options page. Settings live in storage.sync (they follow the user's browser profile) and hold nothing secret.
 * Every change is validated against SettingsSchema before it is written; input that does not validate is shown as an
 * inline error and never overwrites what is stored.
 */
import type { ComponentChildren, TargetedEvent } from 'preact';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { t } from '../core/i18n';
import { readSettings, SETTINGS_KEY, type Settings, SettingsSchema, uptrendsNameFor } from '../core/settings';
import { uiLocale } from './format';

const MAX_LEVEL = 20;
const MAX_HOURS = 24 * 365;
const PREVIEW_ALERTOPS_NAME = 'Uptrends';

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** "1, 2" or "1 2" or "1;2" → [1, 2]; anything else than whole numbers 1-20 is refused. */
function parseLevels(text: string): Parsed<number[]> {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, error: 'optionsLevelsEmpty' };
  const levels: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,2}$/.test(part)) return { ok: false, error: 'optionsLevelsInvalid' };
    const level = Number(part);
    if (level < 1 || level > MAX_LEVEL) return { ok: false, error: 'optionsLevelsInvalid' };
    if (!levels.includes(level)) levels.push(level);
  }
  return { ok: true, value: levels.sort((a, b) => a - b) };
}

function parseHours(text: string, badInput = false): Parsed<number> {
  const trimmed = text.trim();
  if (badInput || !/^\d{1,4}$/.test(trimmed)) return { ok: false, error: 'optionsForgetAfterInvalid' };
  const hours = Number(trimmed);
  if (hours > MAX_HOURS) return { ok: false, error: 'optionsForgetAfterInvalid' };
  return { ok: true, value: hours };
}

function parsePattern(text: string): Parsed<string> {
  if (!text.includes('{name}')) return { ok: false, error: 'optionsNamingMissing' };
  return { ok: true, value: text };
}

function formatLevels(levels: number[]): string {
  return levels.join(', ');
}

type TextField = 'levels' | 'hours' | 'pattern';
type Drafts = Partial<Record<TextField, string>>;
type Errors = Partial<Record<TextField, string>>;

function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}

function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<Errors>({});
  /** The levels radio the user picked but could not be saved yet ("only these" with no valid list). */
  const [levelsMode, setLevelsMode] = useState<'all' | 'some' | undefined>();
  const [status, setStatus] = useState('');
  const [saveFailed, setSaveFailed] = useState(false);
  /** What the page shows and the next write builds on (ahead of storage while a write is in flight). */
  const shown = useRef<Settings | undefined>(undefined);
  /** What storage.sync holds, as far as this page knows. */
  const stored = useRef<Settings | undefined>(undefined);
  const statusTimer = useRef<number | undefined>(undefined);
  const writes = useRef<Promise<boolean>>(Promise.resolve(true));
  const inFlight = useRef(0);

  const show = (value: Settings) => {
    shown.current = value;
    setSettings(value);
  };

  useEffect(() => {
    let alive = true;
    browser.storage.sync
      .get(SETTINGS_KEY)
      .then((items) => {
        if (!alive) return;
        stored.current = readSettings(items[SETTINGS_KEY]);
        show(stored.current);
      })
      .catch(() => {
        if (!alive) return;
        stored.current = readSettings(undefined);
        show(stored.current);
        setLoadFailed(true);
      });
    // Changed elsewhere (another options tab, another computer): follow, unless our own writes are still landing.
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area !== 'sync' || !(SETTINGS_KEY in changes) || inFlight.current > 0) return;
      stored.current = readSettings(changes[SETTINGS_KEY]?.newValue);
      show(stored.current);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const announce = (message: string) => {
    // Emptied first so that a second "Saved" in a row is announced again.
    setStatus('');
    window.clearTimeout(statusTimer.current);
    statusTimer.current = window.setTimeout(() => setStatus(message), 50);
  };

  /**
   * Validates the whole settings object and writes it. The page shows the change at once; writes run one after another,
   * each with everything changed so far, so quick successive changes are all kept. After a failed last write the page
   * shows again what is stored.
   */
  const save = (patch: Partial<Settings>): Promise<boolean> => {
    const base = shown.current;
    if (!base) return Promise.resolve(false);
    const parsed = v.safeParse(SettingsSchema, { ...base, ...patch });
    if (!parsed.success) return Promise.resolve(false);
    const next = parsed.output;
    show(next);
    inFlight.current += 1;
    const run = writes.current.then(async () => {
      try {
        await browser.storage.sync.set({ [SETTINGS_KEY]: next });
        stored.current = next;
        if (inFlight.current === 1) show(next);
        setSaveFailed(false);
        announce(t('optionsSaved'));
        return true;
      } catch {
        if (inFlight.current === 1 && stored.current) show(stored.current);
        setSaveFailed(true);
        setStatus('');
        return false;
      } finally {
        inFlight.current -= 1;
      }
    });
    writes.current = run;
    return run;
  };

  const setDraft = (field: TextField, value: string | undefined) =>
    setDrafts((current) => ({ ...current, [field]: value }));
  const setError = (field: TextField, error: string | undefined) =>
    setErrors((current) => ({ ...current, [field]: error }));

  /** Validates a text field; on success saves and drops the draft, on failure keeps both draft and stored value. */
  const commit = async <T,>(field: TextField, result: Parsed<T>, patch: (value: T) => Partial<Settings>) => {
    if (!result.ok) {
      setError(field, result.error);
      // An earlier "Saved" would contradict the field's "Nothing was saved".
      window.clearTimeout(statusTimer.current);
      setStatus('');
      return;
    }
    setError(field, undefined);
    if (await save(patch(result.value))) setDraft(field, undefined);
  };

  if (!settings) return <main class="options-main" aria-busy="true" />;

  const someLevels = levelsMode ?? (settings.autoTickLevels.length > 0 ? 'some' : 'all');
  const levelsText = drafts.levels ?? formatLevels(settings.autoTickLevels);
  const hoursText = drafts.hours ?? String(settings.forgetAfterHours);
  const patternText = drafts.pattern ?? settings.namingPattern;
  const previewPattern = parsePattern(patternText).ok ? patternText : settings.namingPattern;

  return (
    <main class="options-main">
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('optionsIntro')}</p>
      {loadFailed && (
        <p class="banner warning" role="alert">
          {t('optionsLoadFailed')}
        </p>
      )}
      <form class="settings" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset class="group">
          <legend>{t('optionsEditorLegend')}</legend>
          <Checkbox
            id="auto-fill"
            checked={settings.autoFill}
            label={t('optionsAutoFill')}
            onChange={(checked) => void save({ autoFill: checked })}
          />
          <TextInput
            id="naming-pattern"
            label={t('optionsNamingPattern')}
            hint={t('optionsNamingHint')}
            error={errors.pattern}
            value={patternText}
            maxLength={200}
            onInput={(value) => {
              setDraft('pattern', value);
              if (errors.pattern && parsePattern(value).ok) setError('pattern', undefined);
            }}
            onCommit={(value) => void commit('pattern', parsePattern(value), (namingPattern) => ({ namingPattern }))}
          >
            <p class="preview" id="naming-pattern-preview">
              {t('optionsNamingPreview', [
                PREVIEW_ALERTOPS_NAME,
                uptrendsNameFor(previewPattern, PREVIEW_ALERTOPS_NAME),
              ])}
            </p>
          </TextInput>
        </fieldset>

        <fieldset class="group">
          <legend>{t('optionsLevelsLegend')}</legend>
          <Checkbox
            id="auto-tick"
            checked={settings.autoTick}
            label={t('optionsAutoTick')}
            onChange={(checked) => void save({ autoTick: checked })}
          />
          <fieldset class="subgroup">
            <legend>{t('optionsLevelsGroup')}</legend>
            <div class="choice">
              <input
                type="radio"
                id="levels-all"
                name="levels"
                checked={someLevels === 'all'}
                onChange={() => {
                  setLevelsMode(undefined);
                  setError('levels', undefined);
                  setDraft('levels', undefined);
                  void save({ autoTickLevels: [] });
                }}
              />
              <label for="levels-all">{t('optionsLevelsAll')}</label>
            </div>
            <div class="choice">
              <input
                type="radio"
                id="levels-some"
                name="levels"
                checked={someLevels === 'some'}
                onChange={() => {
                  setLevelsMode('some');
                  const result = parseLevels(levelsText);
                  void commit('levels', result, (autoTickLevels) => ({ autoTickLevels }));
                  if (!result.ok) document.getElementById('levels-list')?.focus();
                }}
              />
              <label for="levels-some">{t('optionsLevelsSome')}</label>
            </div>
            <TextInput
              id="levels-list"
              label={t('optionsLevelsList')}
              hint={t('optionsLevelsHint')}
              error={errors.levels}
              value={levelsText}
              inputMode="numeric"
              onInput={(value) => {
                setDraft('levels', value);
                setLevelsMode('some');
                if (errors.levels && parseLevels(value).ok) setError('levels', undefined);
              }}
              onCommit={(value) => {
                setLevelsMode('some');
                void commit('levels', parseLevels(value), (autoTickLevels) => ({ autoTickLevels }));
              }}
            />
          </fieldset>
        </fieldset>

        <fieldset class="group">
          <legend>{t('optionsCapturesLegend')}</legend>
          <TextInput
            id="forget-after"
            type="number"
            label={t('optionsForgetAfter')}
            hint={t('optionsForgetAfterHint')}
            error={errors.hours}
            value={hoursText}
            min={0}
            max={MAX_HOURS}
            step={1}
            onInput={(value, badInput) => {
              setDraft('hours', value);
              if (errors.hours && parseHours(value, badInput).ok) setError('hours', undefined);
            }}
            onCommit={(value, badInput) =>
              void commit('hours', parseHours(value, badInput), (forgetAfterHours) => ({ forgetAfterHours }))
            }
          />
          <Checkbox
            id="forget-once-filled"
            checked={settings.forgetOnceFilled}
            label={t('optionsForgetOnceFilled')}
            onChange={(checked) => void save({ forgetOnceFilled: checked })}
          />
        </fieldset>
      </form>
      <Shortcut />
      {saveFailed && (
        <p class="banner warning" role="alert">
          {t('optionsSaveFailed')}
        </p>
      )}
      <p class="saved" role="status">
        {status}
      </p>
    </main>
  );
}

function Checkbox(props: { id: string; checked: boolean; label: string; onChange: (checked: boolean) => void }) {
  return (
    <div class="choice">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

interface TextInputProps {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  type?: 'text' | 'number';
  inputMode?: 'numeric';
  min?: number;
  max?: number;
  step?: number;
  maxLength?: number;
  onInput: (value: string, badInput: boolean) => void;
  onCommit: (value: string, badInput: boolean) => void;
  children?: ComponentChildren;
}

/** A labelled text field whose hint (and error, when there is one) is its description. Commits on change/Enter. */
function TextInput(props: TextInputProps) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const previewId = props.children ? `${props.id}-preview` : undefined;
  const describedBy = [props.error ? errorId : undefined, hintId, previewId].filter(Boolean).join(' ');
  const common = {
    id: props.id,
    value: props.value,
    spellcheck: false,
    autocomplete: 'off',
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (event: TargetedEvent<HTMLInputElement>) =>
      props.onInput(event.currentTarget.value, event.currentTarget.validity.badInput),
    onChange: (event: TargetedEvent<HTMLInputElement>) =>
      props.onCommit(event.currentTarget.value, event.currentTarget.validity.badInput),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.type === 'number' ? (
        <input type="number" min={props.min} max={props.max} step={props.step} {...common} />
      ) : (
        <input type="text" inputMode={props.inputMode} maxLength={props.maxLength} {...common} />
      )}
      {props.error && (
        <p class="error" id={errorId}>
          {t(props.error)}
        </p>
      )}
      <p class="hint" id={hintId}>
        {props.hint}
      </p>
      {props.children}
    </div>
  );
}

function Shortcut() {
  const [keys, setKeys] = useState<string | undefined>();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setKeys(commands.find((command) => command.name === 'fill-page')?.shortcut || undefined))
      .catch(() => setKeys(undefined))
      .finally(() => setLoaded(true));
  }, []);

  const openShortcutSettings = () => {
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
    if (typeof commands.openShortcutSettings === 'function') void commands.openShortcutSettings();
    else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  };

  return (
    <section class="group" aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">{t('optionsShortcutTitle')}</h2>
      <p>{t('commandFillPage')}</p>
      {loaded && <p>{keys ? t('optionsShortcutCurrent', [keys]) : t('optionsShortcutNone')}</p>}
      <p class="hint">{isFirefox() ? t('optionsShortcutWhereFirefox') : t('optionsShortcutWhereChrome')}</p>
      <button type="button" onClick={openShortcutSettings}>
        {t('optionsShortcutChange')}
      </button>
    </section>
  );
}

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
