/**
 * Blind round 15 (Uptrends): FIELD AND PAGE STATES. The integration editor in view-only mode (disabled, readonly,
 * aria-readonly fields, a disabled fieldset, aria-disabled on the form's wrapper, values shown as text behind an
 * "Edit" button), while loading or saving (aria-busy, an overlay, skeleton placeholders, a field disabled until the
 * variables load), with constraints (maxlength shorter than the URL, type=url/pattern/required, a field marked
 * invalid, a name field limited to 20 characters, a name fixed read-only), rendered twice (a hidden mobile copy, a
 * <template>, an inert background editor behind a modal one, a closed <details>), and escalation levels whose boxes
 * cannot be used (level inactive, saving, read-only summary, view mode). Written from /work/shared/domain.md, the
 * README and the earlier blind tests only, without reading the locators' source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tick } from '../../src/dom/fields';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, type EscalationLevel, findEscalationLevels } from '../../src/sites/uptrends/escalation';
import { fillEditor } from '../../src/sites/uptrends/fill';
import {
  expectNameProposed,
  expectUnchanged,
  fillExpect,
  type Lang,
  listen,
  MODE,
  type Outcome,
  snapshot,
} from './blind-design-helpers';
import { mount, must, PROPOSED, q, resetPage, URL } from './blind-helpers';

afterEach(resetPage);

// ---------------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------------

const OTHER_URL = 'https://notify.alertops.com/POSTAlert/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/Uptrends';

const W: Record<
  Lang,
  {
    title: string;
    name: string;
    type: string;
    vars: string;
    prio: string;
    save: string;
    edit: string;
    test: string;
    level: string;
    active: string;
    section: string;
  }
> = {
  en: {
    title: 'Edit integration',
    name: 'Integration name',
    type: 'Integration type',
    vars: 'Predefined variables',
    prio: 'Priority',
    save: 'Save',
    edit: 'Edit',
    test: 'Send test alert',
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
  },
  nl: {
    title: 'Integratie bewerken',
    name: 'Integratienaam',
    type: 'Integratietype',
    vars: 'Voorgedefinieerde variabelen',
    prio: 'Prioriteit',
    save: 'Opslaan',
    edit: 'Bewerken',
    test: 'Testalert versturen',
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
  },
  de: {
    title: 'Integration bearbeiten',
    name: 'Integrationsname',
    type: 'Integrationstyp',
    vars: 'Vordefinierte Variablen',
    prio: 'Priorität',
    save: 'Speichern',
    edit: 'Bearbeiten',
    test: 'Testalarm senden',
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
  },
  fr: {
    title: 'Modifier l’intégration',
    name: 'Nom de l’intégration',
    type: 'Type d’intégration',
    vars: 'Variables prédéfinies',
    prio: 'Priorité',
    save: 'Enregistrer',
    edit: 'Modifier',
    test: 'Envoyer une alerte de test',
    level: 'Niveau d’escalade',
    active: 'Actif',
    section: 'Alertes par intégrations',
  },
};

interface EditorOptions {
  /** Prefix of every id, so that two editors can share a page. */
  p?: string;
  dialogAttrs?: string;
  formAttrs?: string;
  nameAttrs?: string;
  typeAttrs?: string;
  prioAttrs?: string;
  urlAttrs?: string;
  modeAttrs?: string;
  saveAttrs?: string;
  /** Markup inside the form, before the first field / after the last row. */
  before?: string;
  after?: string;
  /** Wraps the form's content (e.g. a fieldset). */
  wrap?: [string, string];
  /** Replaces the URL row's field (e.g. a skeleton). */
  urlField?: string;
  footer?: string;
}

/** The value-source select of a variable row, "here" chosen. */
const modeSelect = (id: string, lang: Lang, attrs = '') =>
  `<select id="${id}" class="form-control input-sm"${attrs}><option value="0" selected>${MODE[lang][0]}</option><option value="1">${MODE[lang][1]}</option></select>`;

/** A Bootstrap-like AlertOps editor: name, type (read-only input), a Priority row (P3) and the AlertOpsUrl row. */
function editor(lang: Lang, o: EditorOptions = {}): string {
  const w = W[lang];
  const p = o.p ?? '';
  const [open, close] = o.wrap ?? ['', ''];
  const urlField =
    o.urlField ?? `<input id="${p}v2" type="text" class="form-control" autocomplete="off"${o.urlAttrs ?? ''}>`;
  return `<div class="modal in" role="dialog" aria-labelledby="${p}t"${o.dialogAttrs ?? ''}><div class="modal-content">
<div class="modal-header"><h4 class="modal-title" id="${p}t">${w.title}</h4></div>
<div class="modal-body"><form class="form-horizontal"${o.formAttrs ?? ''}>${open}${o.before ?? ''}
<div class="form-group"><label for="${p}nm" class="control-label">${w.name}</label><input id="${p}nm" type="text" class="form-control"${o.nameAttrs ?? ''}></div>
<div class="form-group"><label for="${p}tp" class="control-label">${w.type}</label><input id="${p}tp" type="text" class="form-control" readonly value="AlertOps"${o.typeAttrs ?? ''}></div>
<h4>${w.vars}</h4>
<div class="form-group var"><label for="${p}v1" class="control-label">${w.prio}</label>${modeSelect(`${p}m1`, lang, o.modeAttrs)}<input id="${p}v1" type="text" class="form-control" value="P3"${o.prioAttrs ?? ''}></div>
<div class="form-group var"><label for="${p}v2" class="control-label">AlertOpsUrl</label>${modeSelect(`${p}m2`, lang, o.modeAttrs)}${urlField}</div>
${o.after ?? ''}${close}</form></div>
<div class="modal-footer">${o.footer ?? `<button type="button" class="btn btn-default">${w.test}</button><button type="submit" class="btn btn-primary"${o.saveAttrs ?? ''}>${w.save}</button>`}</div>
</div></div>`;
}

function noUrlAnywhere(): void {
  for (const el of Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')))
    expect(el.value, `no URL in #${el.id}`).not.toBe(URL);
}

/**
 * A page where the user cannot write: finding and filling changes no field, fires no input/change event, clicks
 * nothing (no "Edit" button either), and no outcome claims the URL went in. An editor that is not found at all is
 * accepted (nothing to fill). Returns the outcome for further checks.
 */
async function expectNothingWritten(proposed = PROPOSED): Promise<Outcome | undefined> {
  const before = snapshot();
  const count = { events: 0, clicks: 0 };
  for (const el of Array.from(document.querySelectorAll('input, select, textarea'))) {
    el.addEventListener('input', () => count.events++);
    el.addEventListener('change', () => count.events++);
  }
  for (const el of Array.from(document.querySelectorAll('button, [role="button"], a')))
    el.addEventListener('click', () => count.clicks++);
  const found = findIntegrationEditor(document);
  const outcome = found ? await fillEditor(found, URL, proposed) : undefined;
  expectUnchanged(before);
  expect(count.events, 'no input/change events').toBe(0);
  expect(count.clicks, 'no clicks').toBe(0);
  noUrlAnywhere();
  if (outcome) expect(outcome.kind, 'the outcome does not claim the URL went in').not.toBe('filled');
  return outcome;
}

/** Plain way: the URL goes into `url` only (plus the proposed name into `name` when given), with an input event. */
async function expectPlainUrl(url: HTMLInputElement, name?: HTMLInputElement) {
  const events = listen(url);
  const outcome = await fillExpect('plain', name ? [url, name] : [url]);
  expect(url.value).toBe(URL);
  expect(events.input, 'input event on the URL field').toBeGreaterThan(0);
  if (name) expectNameProposed(outcome, name);
  return outcome;
}

/** Tabs + one panel per level; only the selected panel is shown (the others carry `hidden`). */
function levelTabs(labels: string[], selected: number, panel: (n: number) => string): string {
  const tabs = labels
    .map(
      (label, i) =>
        `<li role="presentation"${i + 1 === selected ? ' class="active"' : ''}><a role="tab" id="tab-${i + 1}" href="#lv${i + 1}" aria-controls="lv${i + 1}" aria-selected="${i + 1 === selected}">${label}</a></li>`,
    )
    .join('');
  const panels = labels
    .map(
      (_, i) =>
        `<div role="tabpanel" class="tab-pane${i + 1 === selected ? ' active' : ''}" id="lv${i + 1}" aria-labelledby="tab-${i + 1}"${i + 1 === selected ? '' : ' hidden'}>${panel(i + 1)}</div>`,
    )
    .join('');
  return `<ul class="nav nav-tabs" role="tablist">${tabs}</ul><div class="tab-content">${panels}</div>`;
}

const checkboxRow = (id: string, text: string, on = false, attrs = '') =>
  `<div class="checkbox int"><label><input type="checkbox" id="${id}"${on ? ' checked' : ''}${attrs}> ${text}</label></div>`;

/**
 * A level where no box may be used: no level offers a usable AlertOps box (no "one" choice, with or without the
 * remembered name), ticking what was offered changes nothing, and nothing is clicked.
 */
function expectNoTick(remembered: string[]): EscalationLevel[] {
  const before = snapshot();
  const clicks = { n: 0 };
  for (const el of Array.from(document.querySelectorAll('button, [role="button"], a[href]')))
    el.addEventListener('click', () => clicks.n++);
  const levels = findEscalationLevels(document);
  for (const level of levels)
    for (const choice of [chooseAlertOpsBox(level, []), chooseAlertOpsBox(level, remembered)]) {
      expect(
        choice.kind,
        `no usable AlertOps box on "${level.label}" (offered: ${level.integrations.map((i) => i.name).join(' | ')})`,
      ).not.toBe('one');
      if (choice.kind === 'one') tick(choice.item.box);
    }
  expectUnchanged(before);
  expect(clicks.n, 'no button clicked').toBe(0);
  return levels;
}

// ---------------------------------------------------------------------------------------------------------------
// view-only editors
// ---------------------------------------------------------------------------------------------------------------

describe('blind15: the editor when the user may not edit', () => {
  it('S01 (en) view-only access: every field and select `disabled`, Save disabled, a banner "You have view-only access" → nothing written, the outcome is not "filled"', async () => {
    const off = ' disabled';
    mount(
      editor('en', {
        before:
          '<div class="alert alert-info" role="status">You have view-only access to this integration. Ask an account administrator for edit rights.</div>',
        nameAttrs: `${off} value="AlertOps – Ops"`,
        urlAttrs: off,
        prioAttrs: off,
        modeAttrs: off,
        typeAttrs: off,
        saveAttrs: off,
      }),
    );
    await expectNothingWritten();
  });

  it('S02 (nl) view-only: name and URL `readonly` holding another AlertOps URL, a "Bewerken" button instead of Opslaan → nothing written; no outcome claims "filled", and no "Replace" may write into the read-only field', async () => {
    mount(
      editor('nl', {
        nameAttrs: ' readonly value="AlertOps Piket"',
        urlAttrs: ` readonly value="${OTHER_URL}"`,
        prioAttrs: ' readonly',
        modeAttrs: ' disabled',
        footer: '<button type="button" class="btn btn-default">Bewerken</button>',
      }),
    );
    const outcome = await expectNothingWritten();
    if (outcome?.kind === 'conflict') {
      const again = await outcome.replace();
      expect(again.kind, 'replace() into a read-only field').not.toBe('filled');
      expect(q('#v2').value, 'read-only value kept').toBe(OTHER_URL);
    }
  });

  it('S03 (de) the whole form inside `<fieldset disabled>` (the inputs carry no disabled attribute of their own) → nothing written, not "filled"', async () => {
    mount(editor('de', { wrap: ['<fieldset disabled>', '</fieldset>'], saveAttrs: ' disabled' }));
    await expectNothingWritten();
  });

  it('S04 (fr) a framework that enforces read-only in script: name and URL fields `aria-readonly="true"` (no readonly attribute) with a "Modifier" button → debatable (a native field without readonly); safe: nothing written, not "filled"', async () => {
    mount(
      editor('fr', {
        nameAttrs: ' aria-readonly="true" value="AlertOps – astreinte"',
        urlAttrs: ' aria-readonly="true"',
        prioAttrs: ' aria-readonly="true"',
        footer: '<button type="button" class="btn btn-default">Modifier</button>',
      }),
    );
    await expectNothingWritten();
  });

  it('S05 (en) the form sits in a wrapper `aria-disabled="true"` (class "is-disabled", pointer-events:none), its inputs plain → debatable (ARIA disables the descendants); safe: nothing written, not "filled"', async () => {
    mount(
      editor('en', {
        wrap: [
          '<div class="form-wrap is-disabled" aria-disabled="true" style="pointer-events:none;opacity:.6">',
          '</div>',
        ],
        saveAttrs: ' aria-disabled="true"',
      }),
    );
    await expectNothingWritten();
  });

  it('S06 (de) view mode: values shown as text in a <dl> ("Integrationstyp AlertOps", "AlertOpsUrl —") with a "Bearbeiten" button, no inputs → nothing written, "Bearbeiten" not clicked', async () => {
    mount(`<div class="modal in" role="dialog" aria-labelledby="t"><div class="modal-content">
<div class="modal-header"><h4 class="modal-title" id="t">Integration: AlertOps Bereitschaft</h4></div>
<div class="modal-body"><dl class="dl-horizontal">
<dt>Integrationsname</dt><dd>AlertOps Bereitschaft</dd>
<dt>Integrationstyp</dt><dd>AlertOps</dd></dl>
<h4>Vordefinierte Variablen</h4><dl class="dl-horizontal">
<dt>Priorität</dt><dd>P3</dd><dt>AlertOpsUrl</dt><dd class="text-muted">—</dd></dl></div>
<div class="modal-footer"><button type="button" class="btn btn-default">Schließen</button><button type="button" class="btn btn-primary">Bearbeiten</button></div>
</div></div>`);
    await expectNothingWritten();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// loading and saving
// ---------------------------------------------------------------------------------------------------------------

describe('blind15: the editor while loading or saving', () => {
  it('S07 (nl) the URL field is rendered `disabled` (placeholder "Laden…") until the variables load, the name field enabled → first pass: URL untouched, not "filled"; once the page enables it: the URL goes in', async () => {
    mount(editor('nl', { urlAttrs: ' disabled placeholder="Laden…"', prioAttrs: ' disabled' }));
    const url = q('#v2');
    const events = listen(url);
    const first = findIntegrationEditor(document);
    const firstOutcome = first ? await fillEditor(first, URL, PROPOSED) : undefined;
    expect(url.value, 'disabled URL field left empty').toBe('');
    expect(events.input + events.change, 'no events on the disabled field').toBe(0);
    if (firstOutcome) expect(firstOutcome.kind, 'first pass not "filled"').not.toBe('filled');
    // The variables arrive: the page enables the field.
    url.disabled = false;
    url.placeholder = '';
    q('#v1').disabled = false;
    const second = must(findIntegrationEditor(document));
    const outcome = await fillEditor(second, URL, PROPOSED);
    expect(outcome.kind).toBe('filled');
    expect(url.value).toBe(URL);
    expect(q('#v1').value, 'Priority kept').toBe('P3');
    expect(q('#nm').value, 'name proposed once').toBe(PROPOSED);
  });

  it('S08 (fr) variables still loading: skeleton placeholders (aria-busy, "Chargement des variables…") where the value fields will be, no URL input yet → no field gets the URL, not "filled"', async () => {
    mount(
      editor('fr', {
        urlField:
          '<div class="skeleton skeleton-input" aria-busy="true" aria-label="Chargement des variables…" style="height:34px;background:#eee"></div>',
        after: '<p class="text-muted" role="status">Chargement des variables…</p>',
      }),
    );
    const found = findIntegrationEditor(document);
    const outcome = found ? await fillEditor(found, URL, PROPOSED) : undefined;
    noUrlAnywhere();
    expect(q('#v1').value, 'Priority kept').toBe('P3');
    if (outcome) expect(outcome.kind, 'not "filled" without a URL field').not.toBe('filled');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// constraints on the fields
// ---------------------------------------------------------------------------------------------------------------

describe('blind15: field constraints', () => {
  it('S10 (de) URL field required, marked invalid before any input (aria-invalid="true", "Dieses Feld ist erforderlich" via aria-describedby) → URL goes in, the page clears its error', async () => {
    mount(
      editor('de', {
        urlAttrs: ' required aria-invalid="true" aria-describedby="err"',
        after: '<span id="err" class="help-block text-danger">Dieses Feld ist erforderlich.</span>',
      }),
    );
    const url = q('#v2');
    url.addEventListener('input', () => {
      if (url.value) {
        url.removeAttribute('aria-invalid');
        q('#err').textContent = '';
      }
    });
    await expectPlainUrl(url, q('#nm'));
    expect(url.getAttribute('aria-invalid'), 'the page saw the value').toBeNull();
  });

  it('S11 (en) URL field `maxlength="40"`, shorter than the URL → never a truncated URL: either the whole URL ("filled") or nothing (not "filled")', async () => {
    mount(editor('en', { urlAttrs: ' maxlength="40"' }));
    const found = must(findIntegrationEditor(document));
    const outcome = await fillEditor(found, URL, PROPOSED);
    const value = q('#v2').value;
    expect([URL, ''], `value "${value}" is the whole URL or empty`).toContain(value);
    if (value === '') expect(outcome.kind).not.toBe('filled');
    else expect(outcome.kind).toBe('filled');
  });

  it('S12 (nl) URL field `type="url" required pattern="https://.*" spellcheck="false" inputmode="url"` → URL goes in, the field is valid', async () => {
    mount(editor('nl', { urlAttrs: ' required pattern="https://.*" spellcheck="false" inputmode="url"' }));
    // The shared template renders type="text"; this page renders type="url".
    q('#v2').setAttribute('type', 'url');
    await expectPlainUrl(q('#v2'), q('#nm'));
    expect(q('#v2').checkValidity(), 'valid URL').toBe(true);
  });

  it('S13 (fr) name field `maxlength="20"`, proposed name "AlertOps – Astreinte production" → name cut to at most 20 characters, starting "AlertOps", no dangling separator; URL goes in', async () => {
    mount(editor('fr', { nameAttrs: ' maxlength="20"' }));
    const proposed = 'AlertOps – Astreinte production';
    const outcome = await fillEditor(must(findIntegrationEditor(document)), URL, proposed);
    expect(outcome.kind).toBe('filled');
    expect(q('#v2').value).toBe(URL);
    const name = q('#nm').value;
    expect(name.length, `"${name}" fits`).toBeLessThanOrEqual(20);
    expect(name.startsWith('AlertOps'), `"${name}" starts with AlertOps`).toBe(true);
    expect(name, `"${name}" ends cleanly`).not.toMatch(/[\s–\-:,(]$/);
    if (outcome.kind === 'filled') expect(outcome.uptrendsName, 'the name reported is the one in the field').toBe(name);
  });

  it('S14 (de) name fixed read-only by the page ("AlertOps Bereitschaft"), URL field editable → URL goes in, name untouched, no name claimed as filled', async () => {
    mount(editor('de', { nameAttrs: ' readonly value="AlertOps Bereitschaft"' }));
    const outcome = await fillExpect('plain', [q('#v2')]);
    expect(q('#v2').value).toBe(URL);
    expect(q('#nm').value).toBe('AlertOps Bereitschaft');
    if (outcome.kind === 'filled') expect(outcome.nameFilled, 'name not claimed as filled').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// duplicates
// ---------------------------------------------------------------------------------------------------------------

describe('blind15: the editor rendered more than once', () => {
  it('S15 (en) the editor twice: a mobile copy first with inline display:none, the desktop one visible → only the visible copy is filled', async () => {
    mount(
      `<div class="visible-xs" style="display:none">${editor('en', { p: 'm-' })}</div><div class="hidden-xs">${editor('en', { p: 'd-' })}</div>`,
    );
    await expectPlainUrl(q('#d-v2'), q('#d-nm'));
    expect(q('#m-v2').value, 'hidden copy untouched').toBe('');
    expect(q('#m-nm').value, 'hidden copy name untouched').toBe('');
  });

  it('S16 (nl) a <template> copy of the editor before the live one → the live one is filled, the template content untouched', async () => {
    mount(`<template id="tpl">${editor('nl', { p: 't-' })}</template>${editor('nl')}`);
    await expectPlainUrl(q('#v2'), q('#nm'));
    const tpl = q<HTMLTemplateElement>('#tpl').content;
    expect(must(tpl.querySelector<HTMLInputElement>('#t-v2')).value, 'template untouched').toBe('');
  });

  it('S17 (de) an `inert` page editor of an existing AlertOps integration (URL empty) behind a modal "new integration" editor (aria-modal) → only the modal editor is filled', async () => {
    mount(
      `<main inert><h1>Integrationen</h1>${editor('de', { p: 'bg-', nameAttrs: ' value="AlertOps Bereitschaft"' }).replace('class="modal in" role="dialog"', 'class="panel"')}</main>
<div class="modal-backdrop in"></div>${editor('de', { p: 'fg-', dialogAttrs: ' aria-modal="true"' })}`,
    );
    await expectPlainUrl(q('#fg-v2'), q('#fg-nm'));
    expect(q('#bg-v2').value, 'inert editor untouched').toBe('');
    expect(q('#bg-nm').value).toBe('AlertOps Bereitschaft');
  });

  it('S18 (fr) the editor twice: an off-canvas copy first kept in place with inline visibility:hidden, the visible one second → only the visible copy is filled', async () => {
    mount(
      `<aside class="offcanvas" style="visibility:hidden">${editor('fr', { p: 'o-' })}</aside><main>${editor('fr', { p: 'n-' })}</main>`,
    );
    await expectPlainUrl(q('#n-v2'), q('#n-nm'));
    expect(q('#o-v2').value, 'hidden copy untouched').toBe('');
    expect(q('#o-nm').value, 'hidden copy name untouched').toBe('');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// escalation levels that cannot be changed
// ---------------------------------------------------------------------------------------------------------------

describe('blind15: escalation levels in states where nothing may be ticked', () => {
  it('S19 (nl) level 2 shown and not Actief: the page disables all its integration boxes until Actief is on → level 2 reported inactive, no AlertOps box chosen, nothing ticked (Actief not switched on either)', () => {
    const list = ['E-mail', 'SMS', 'Telefoon', 'AlertOps Piket'];
    mount(
      `<h1>Alertdefinitie: Webshop</h1>${levelTabs(
        [1, 2].map((n) => `${W.nl.level} ${n}`),
        2,
        (n) =>
          `${checkboxRow(`l${n}-act`, W.nl.active, n === 1)}<h4>${W.nl.section}</h4><div class="ints${n === 2 ? ' disabled' : ''}">${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, false, n === 2 ? ' disabled' : '')).join('')}</div>`,
      )}<button class="btn btn-primary">Opslaan</button>`,
    );
    const levels = expectNoTick(['AlertOps Piket']);
    const shown = levels.find((l) => l.integrations.some((i) => q('#lv2').contains(i.box)) || l.number === 2);
    if (shown) expect(shown.active, 'level 2 is not Actief').toBe(false);
    expect(q('#l2-i3').checked).toBe(false);
    expect(q('#l2-act').checked).toBe(false);
  });

  it('S20 (de) level 1 while it saves: panel `aria-busy="true"`, every integration box (native) `aria-disabled="true"` → no AlertOps box chosen, nothing ticked', () => {
    const list = ['E-Mail', 'SMS', 'Telefon', 'AlertOps Bereitschaft'];
    mount(
      `<h1>Meldedefinition: Shop</h1>${levelTabs(
        [1, 2].map((n) => `${W.de.level} ${n}`),
        1,
        (n) =>
          `<div class="level"${n === 1 ? ' aria-busy="true"' : ''}>${checkboxRow(`l${n}-act`, W.de.active, true, n === 1 ? ' aria-disabled="true"' : '')}<h4>${W.de.section}</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0, n === 1 ? ' aria-disabled="true"' : '')).join('')}${n === 1 ? '<div role="status" class="saving">Wird gespeichert…</div>' : ''}</div>`,
      )}<button class="btn btn-primary" disabled>Speichern</button>`,
    );
    // Level 2 is hidden and not busy: it may be found, but only level 1 is shown; it alone must be left alone here.
    const before = snapshot();
    const levels = findEscalationLevels(document);
    for (const level of levels)
      for (const choice of [chooseAlertOpsBox(level, []), chooseAlertOpsBox(level, ['AlertOps Bereitschaft'])]) {
        if (choice.kind !== 'one') continue;
        expect(choice.item.box, 'never a box that is aria-disabled while saving').not.toBe(q('#l1-i3'));
        expect(q('#lv1').contains(choice.item.box), 'no box of the saving level').toBe(false);
      }
    expectUnchanged(before);
  });

  it('S21 (fr) read-only summary of the levels (ticks shown as ✓ icons, no boxes) with a "Modifier" button → no box offered, nothing clicked', () => {
    const item = (nm: string, on: boolean) =>
      `<li><span class="${on ? 'icon-check text-success' : 'icon-minus text-muted'}" aria-label="${on ? 'activée' : 'désactivée'}">${on ? '✓' : '–'}</span> ${nm}</li>`;
    mount(`<h1>Définition d’alerte : Production</h1><div class="summary">
<section><h3>${W.fr.level} 1</h3><p><span class="icon-check">✓</span> ${W.fr.active}</p><h4>${W.fr.section}</h4>
<ul class="list-unstyled">${item('E-mail', true)}${item('SMS', false)}${item('AlertOps – astreinte', false)}</ul></section>
<section><h3>${W.fr.level} 2</h3><p><span class="icon-minus">–</span> ${W.fr.active}</p><h4>${W.fr.section}</h4>
<ul class="list-unstyled">${item('E-mail', false)}${item('AlertOps – astreinte', true)}</ul></section>
<a href="#edit" role="button" class="btn btn-primary">Modifier</a></div>`);
    const levels = expectNoTick(['AlertOps – astreinte']);
    for (const level of levels)
      expect(
        level.integrations.map((i) => i.name),
        `boxes of "${level.label}"`,
      ).toEqual([]);
  });

  it('S22 (en) level in view mode: every box (Active too) natively `disabled`, E-mail ticked, "AlertOps – Ops" not, an "Edit" button → no AlertOps box chosen, nothing ticked, "Edit" not clicked', () => {
    const list = ['E-mail', 'SMS', 'Phone', 'AlertOps – Ops'];
    mount(
      `<h1>Alert definition: Checkout</h1>${levelTabs(
        [1, 2].map((n) => `${W.en.level} ${n}`),
        1,
        (n) =>
          `${checkboxRow(`l${n}-act`, W.en.active, true, ' disabled')}<h4>${W.en.section}</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0, ' disabled')).join('')}`,
      )}<button type="button" class="btn btn-default">Edit</button>`,
    );
    expectNoTick(['AlertOps – Ops']);
    expect(q('#l1-i3').checked).toBe(false);
  });

  it('S23 (nl) view mode with ARIA boxes: role=checkbox items `aria-readonly="true"` (the page ignores their clicks), "Bewerken" button → no AlertOps box chosen (a read-only box cannot be ticked); at the least, tick() does not report a tick that did not happen', () => {
    const list = ['E-mail', 'SMS', 'AlertOps Piket'];
    mount(`<h1>Alertdefinitie: Webshop</h1><div role="tabpanel"><h3>${W.nl.level} 1</h3>
<div><span role="checkbox" id="act" aria-checked="true" aria-readonly="true" aria-labelledby="act-n"></span><span id="act-n">${W.nl.active}</span></div>
<h4 id="sec">${W.nl.section}</h4><div role="group" aria-labelledby="sec">
${list.map((nm, i) => `<div class="int"><span role="checkbox" tabindex="0" id="i${i}" aria-checked="${i === 0}" aria-readonly="true" aria-labelledby="n${i}"></span><span id="n${i}">${nm}</span></div>`).join('')}
</div><button type="button" class="btn btn-default">Bewerken</button></div>`);
    // The page's boxes toggle on click only when not read-only.
    for (const box of Array.from(document.querySelectorAll('[role="checkbox"]')))
      box.addEventListener('click', () => {
        if (box.getAttribute('aria-readonly') === 'true') return;
        box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true'));
      });
    const before = snapshot();
    const level = must(findEscalationLevels(document)[0]);
    const choice = chooseAlertOpsBox(level, ['AlertOps Piket']);
    expect.soft(choice.kind, 'no read-only box chosen').not.toBe('one');
    if (choice.kind === 'one') {
      const ticked = tick(choice.item.box) === 'clicked';
      expect(
        ticked,
        `tick() reports a click: ${ticked}, while aria-checked is ${choice.item.box.getAttribute('aria-checked')}`,
      ).toBe(choice.item.box.getAttribute('aria-checked') === 'true');
    }
    expectUnchanged(before);
  });

  it('S24 (en) the integration list rendered twice: a mobile copy first with inline display:none, the desktop list visible → the visible AlertOps box is ticked, the hidden copy untouched', () => {
    const list = ['E-mail', 'SMS', 'Slack #ops', 'AlertOps – Ops'];
    const rows = (p: string) => list.map((nm, i) => checkboxRow(`${p}${i}`, nm, i === 0)).join('');
    mount(`<h1>Alert definition: Checkout</h1><div role="tabpanel"><h3>${W.en.level} 1</h3>
${checkboxRow('act', W.en.active, true)}<h4>${W.en.section}</h4>
<div class="visible-xs" style="display:none">${rows('m')}</div><div class="hidden-xs">${rows('d')}</div>
<button class="btn btn-primary">Save</button></div>`);
    const before = snapshot();
    const levels = findEscalationLevels(document);
    expect(levels.length, 'levels found').toBeGreaterThan(0);
    const choices = levels.map((level) => chooseAlertOpsBox(level, []));
    const one = choices.find((c) => c.kind === 'one');
    expect(one?.kind, `choices: ${choices.map((c) => c.kind).join(', ')}`).toBe('one');
    if (one?.kind !== 'one') return;
    expect(one.item.box, 'the visible AlertOps box').toBe(q('#d3'));
    tick(one.item.box);
    expect(q('#d3').checked).toBe(true);
    expectUnchanged(before, [q('#d3')]);
  });
});
