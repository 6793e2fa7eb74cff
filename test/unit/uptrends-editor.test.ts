import { afterEach, describe, expect, it } from 'vitest';
import { showPrompt } from '../../src/dom/notice';
import { findIntegrationEditor, findUrlVariable, readIntegrationType } from '../../src/sites/uptrends/editor';
import { type FillOutcome, fillEditor } from '../../src/sites/uptrends/fill';

const URL_A = 'https://notify.alertops.com/POSTAlert/5b0c9e2a-41f7-4d3b-8e6a-c2d19f7a0b35/Uptrends';
const URL_B = 'https://notify.alertops.com/POSTAlert/9a7e3c1d-0b4f-4e62-a8d5-17f3c6b2e904/Uptrends';

/** Uptrends' words in its four languages (domain.md; labels.ts). French uses the typographic apostrophe on purpose. */
const WORDS = {
  en: {
    name: 'Integration name',
    type: 'Integration type',
    description: 'Description',
    vars: 'Predefined variables',
    variable: 'Variable',
    source: 'Value source',
    value: 'Value',
    here: 'Specify value here',
    level: 'Specify value in escalation level',
    levelHint: 'The value is entered on each escalation level.',
    edit: 'Edit value',
    plain: 'Plain text',
    vault: 'Vault credential',
    vaultItem: 'Vault item',
    select: 'Select',
    cancel: 'Cancel',
    save: 'Save',
    test: 'Send test alert',
    urlDesc: 'The URL of your AlertOps API integration',
  },
  nl: {
    name: 'Integratienaam',
    type: 'Integratietype',
    description: 'Omschrijving',
    vars: 'Voorgedefinieerde variabelen',
    variable: 'Variabele',
    source: 'Waardebron',
    value: 'Waarde',
    here: 'Waarde hier opgeven',
    level: 'Waarde opgeven in escalatieniveau',
    levelHint: 'De waarde wordt per escalatieniveau opgegeven.',
    edit: 'Waarde bewerken',
    plain: 'Platte tekst',
    vault: 'Kluisreferentie',
    vaultItem: 'Kluisitem',
    select: 'Selecteren',
    cancel: 'Annuleren',
    save: 'Opslaan',
    test: 'Testalert versturen',
    urlDesc: 'De URL van uw AlertOps API-integratie',
  },
  de: {
    name: 'Integrationsname',
    type: 'Integrationstyp',
    description: 'Beschreibung',
    vars: 'Vordefinierte Variablen',
    variable: 'Variable',
    source: 'Wertquelle',
    value: 'Wert',
    here: 'Wert hier eintragen',
    level: 'Wert in Eskalationsstufe eintragen',
    levelHint: 'Der Wert wird in jeder Eskalationsstufe eingetragen.',
    edit: 'Wert bearbeiten',
    plain: 'Klartext',
    vault: 'Tresor-Anmeldedaten',
    vaultItem: 'Tresor-Eintrag',
    select: 'Auswählen',
    cancel: 'Abbrechen',
    save: 'Speichern',
    test: 'Testalarm senden',
    urlDesc: 'Die URL Ihrer AlertOps-API-Integration',
  },
  fr: {
    name: 'Nom de l’intégration',
    type: 'Type d’intégration',
    description: 'Description',
    vars: 'Variables prédéfinies',
    variable: 'Variable',
    source: 'Source de la valeur',
    value: 'Valeur',
    here: 'Spécifiez la valeur ici',
    level: 'Spécifiez la valeur dans le niveau d’escalade',
    levelHint: 'La valeur est saisie dans chaque niveau d’escalade.',
    edit: 'Modifier la valeur',
    plain: 'Texte brut',
    vault: 'Identifiants du coffre-fort',
    vaultItem: 'Élément du coffre-fort',
    select: 'Sélectionner',
    cancel: 'Annuler',
    save: 'Enregistrer',
    test: 'Envoyer une alerte de test',
    urlDesc: 'L’URL de votre intégration API AlertOps',
  },
} as const;
type Lang = keyof typeof WORDS;
type Words = (typeof WORDS)[Lang];
const LANGS = Object.keys(WORDS) as Lang[];

interface Layout {
  container: 'dialog' | 'form' | 'page';
  typeStyle: 'select' | 'readonly' | 'text';
  /** How the URL variable's value control is named: label[for], aria-labelledby, or only by its row (div grid/table). */
  varLabel: 'for' | 'aria' | 'grid' | 'table';
  entry: 'plain' | 'dialog';
  mode?: 'here' | 'level';
  /** In mode "level": what becomes of the row's value control. */
  levelValue?: 'removed' | 'disabled' | 'kept';
  type?: string;
  varName?: string;
  /** Another variable row rendered before the URL one. */
  otherVariable?: string;
}

interface Model {
  name: string;
  url: string;
  mode: 'here' | 'level';
  other: string;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function typeHtml(w: Words, layout: Layout): string {
  const type = layout.type ?? 'AlertOps';
  const options = ['Slack', 'AlertOps', 'Webhook', 'Microsoft Teams']
    .map((option) => `<option${option === type ? ' selected' : ''}>${option}</option>`)
    .join('');
  switch (layout.typeStyle) {
    case 'select':
      return `<div class="field"><label for="f-type">${w.type}</label><select id="f-type" disabled>${options}</select></div>`;
    case 'readonly':
      return `<div class="field"><label for="f-type">${w.type}</label><input id="f-type" type="text" readonly value="${type}"></div>`;
    case 'text':
      return `<div class="field"><span class="label">${w.type}</span><span class="value">${type}</span></div>`;
  }
}

function modeSelect(w: Words, mode: 'here' | 'level', id: string): string {
  return `<select class="input" data-bind="${id}-mode" aria-label="${w.source}">
      <option value="here"${mode === 'here' ? ' selected' : ''}>${w.here}</option>
      <option value="level"${mode === 'level' ? ' selected' : ''}>${w.level}</option></select>`;
}

function valueCell(w: Words, layout: Layout, model: Model, inputAttributes: string): string {
  if (layout.mode === 'level' && layout.levelValue === 'removed') return `<div class="muted">${w.levelHint}</div>`;
  if (layout.entry === 'dialog') {
    return `<div class="value-display"><span class="value-text">${esc(model.url) || '—'}</span>
      <button type="button" class="icon-btn" aria-label="${w.edit}" title="${w.edit}" data-action="edit-value">⋯</button></div>`;
  }
  const disabled = layout.mode === 'level' && layout.levelValue === 'disabled' ? ' disabled' : '';
  return `<input type="text" class="input" autocomplete="off" data-bind="url" value="${esc(model.url)}"${inputAttributes}${disabled}>`;
}

function urlRow(w: Words, layout: Layout, model: Model): string {
  const name = layout.varName ?? 'AlertOpsUrl';
  const mode = modeSelect(w, model.mode, 'url');
  switch (layout.varLabel) {
    case 'for':
      return `<div class="var-row"><label class="var-name" for="v-url">${name}</label>
        <div class="var-mode">${mode}</div><div class="var-value">${valueCell(w, layout, model, ' id="v-url"')}</div></div>`;
    case 'aria':
      return `<div class="var-row"><div class="var-label"><div id="v-url-name">${name}</div>
        <div class="muted" id="v-url-desc">${w.urlDesc}</div></div>
        <div class="var-mode">${mode}</div>
        <div class="var-value">${valueCell(w, layout, model, ' aria-labelledby="v-url-name v-url-desc"')}</div></div>`;
    case 'grid':
      return `<div class="grid-row"><div class="cell">${name}</div><div class="cell">${mode}</div>
        <div class="cell">${valueCell(w, layout, model, '')}</div></div>`;
    case 'table':
      return `<tr><td>${name}</td><td>${mode}</td><td>${valueCell(w, layout, model, '')}</td></tr>`;
  }
}

function otherRow(w: Words, layout: Layout, model: Model): string {
  if (!layout.otherVariable) return '';
  const name = layout.otherVariable;
  const input = `<input type="text" class="input" data-bind="other" value="${esc(model.other)}">`;
  const mode = modeSelect(w, 'here', 'other');
  if (layout.varLabel === 'table') return `<tr><td>${name}</td><td>${mode}</td><td>${input}</td></tr>`;
  return `<div class="var-row grid-row"><div class="cell">${name}</div><div class="cell">${mode}</div><div class="cell">${input}</div></div>`;
}

function variablesHtml(w: Words, layout: Layout, model: Model): string {
  const rows = otherRow(w, layout, model) + urlRow(w, layout, model);
  if (layout.varLabel === 'table') {
    return `<table class="vars"><thead><tr><th>${w.variable}</th><th>${w.source}</th><th>${w.value}</th></tr></thead>
      <tbody>${rows}</tbody></table>`;
  }
  return `<div class="vars">${rows}</div>`;
}

function editorHtml(w: Words, layout: Layout, model: Model): string {
  const fields = `
    <div class="field"><label for="f-name">${w.name} <span class="req" aria-hidden="true">*</span></label>
      <input id="f-name" type="text" data-bind="name" value="${esc(model.name)}"></div>
    ${typeHtml(w, layout)}
    <div class="field"><label for="f-desc">${w.description}</label><textarea id="f-desc"></textarea></div>`;
  const variables = `<section class="card" id="vars-section"><h3>${w.vars}</h3>${variablesHtml(w, layout, model)}</section>`;
  const actions = `<div class="actions"><button type="button">${w.test}</button><button type="button">${w.save}</button>
    <button type="button">${w.cancel}</button></div>`;
  switch (layout.container) {
    case 'dialog':
      return `<div role="dialog" aria-modal="true" aria-labelledby="dlg-title" id="root">
        <h2 id="dlg-title">${layout.type ?? 'AlertOps'}</h2>${fields}${variables}${actions}</div>`;
    case 'form':
      return `<main><form id="root" onsubmit="return false">${fields}${variables}${actions}</form></main>`;
    case 'page':
      return `<main><div class="page" id="root"><h1>${layout.type ?? 'AlertOps'}</h1>
        <section class="card">${fields}</section>${variables}${actions}</div></main>`;
  }
}

const NOISE = `
  <header><input type="search" placeholder="Search" aria-label="Search"><button aria-label="Help">?</button>
    <nav><a href="/Alerting/Integrations">Integrations</a><a href="/Alerting/AlertDefinitions">Alert definitions</a></nav></header>`;

/**
 * A framework-like page: the model changes only through input/change events (delegated to the document, so a
 * detached node's events never reach it); the "⋯" button opens a value dialog whose Select button commits the draft.
 */
function mount(
  lang: Lang,
  layout: Layout,
  initial: Partial<Model> = {},
  options: { dialogDefault?: 'plain' | 'vault' } = {},
) {
  const w = WORDS[lang];
  const model: Model = { name: '', url: '', mode: layout.mode ?? 'here', other: '', ...initial };
  const events: string[] = [];
  document.documentElement.lang = lang;
  document.body.innerHTML = NOISE + editorHtml(w, layout, model);
  const controller = new AbortController();
  cleanups.push(() => controller.abort());
  const { signal } = controller;
  const onValue = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const bind = target.getAttribute?.('data-bind');
    if (!bind) return;
    events.push(`${event.type}:${bind}`);
    if (bind === 'name') model.name = target.value;
    if (bind === 'url') model.url = target.value;
    if (bind === 'other') model.other = target.value;
    if (bind === 'url-mode') model.mode = target.value as Model['mode'];
  };
  document.addEventListener('input', onValue, { signal });
  document.addEventListener('change', onValue, { signal });
  document.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element).closest?.('[data-action="edit-value"]');
      if (target) openValueDialog(w, model, options.dialogDefault ?? 'plain', signal);
    },
    { signal },
  );
  return { model, events };
}

function openValueDialog(w: Words, model: Model, initial: 'plain' | 'vault', signal: AbortSignal): void {
  let source = initial;
  let draft = model.url;
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.className = 'value-dialog';
  const title = document.createElement('h2');
  title.textContent = 'AlertOpsUrl';
  const group = document.createElement('div');
  group.setAttribute('role', 'radiogroup');
  const radio = (value: 'plain' | 'vault', text: string) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'value-source';
    input.value = value;
    input.checked = source === value;
    input.addEventListener('change', () => {
      source = value;
      renderBody();
    });
    label.append(input, ` ${text}`);
    return label;
  };
  group.append(radio('plain', w.plain), radio('vault', w.vault));
  const body = document.createElement('div');
  const renderBody = () => {
    body.replaceChildren();
    const field = document.createElement('div');
    const label = document.createElement('label');
    if (source === 'plain') {
      label.htmlFor = 'value-input';
      label.textContent = w.value;
      const input = document.createElement('input');
      input.type = 'text';
      input.id = 'value-input';
      input.value = draft;
      input.addEventListener('input', () => {
        draft = input.value;
      });
      field.append(label, input);
    } else {
      label.htmlFor = 'vault-select';
      label.textContent = w.vaultItem;
      const select = document.createElement('select');
      select.id = 'vault-select';
      const empty = document.createElement('option');
      empty.value = '';
      empty.textContent = '—';
      select.append(empty);
      field.append(label, select);
    }
    body.append(field);
  };
  renderBody();
  const footer = document.createElement('div');
  const confirm = document.createElement('button');
  confirm.type = 'button';
  confirm.textContent = w.select;
  confirm.addEventListener('click', () => {
    if (source === 'plain') model.url = draft;
    dialog.remove();
    const shown = document.querySelector('.value-text');
    if (shown) shown.textContent = model.url || '—';
  });
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = w.cancel;
  cancel.addEventListener('click', () => dialog.remove());
  footer.append(confirm, cancel);
  dialog.append(title, group, body, footer);
  // Like most UI libraries, the dialog renders a moment after the click.
  setTimeout(() => {
    if (!signal.aborted) document.body.append(dialog);
  }, 5);
}

const byId = (id: string) => document.getElementById(id);
const urlInput = () => document.querySelector<HTMLInputElement>('[data-bind="url"]');
const modeSelectElement = () => document.querySelector<HTMLSelectElement>('[data-bind="url-mode"]');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.innerHTML = '';
});

const PLAIN_LAYOUTS: [string, Layout][] = [
  ['dialog, type select, label[for]', { container: 'dialog', typeStyle: 'select', varLabel: 'for', entry: 'plain' }],
  [
    'form, read-only type, aria-labelledby',
    { container: 'form', typeStyle: 'readonly', varLabel: 'aria', entry: 'plain' },
  ],
  ['page, type as text, div grid', { container: 'page', typeStyle: 'text', varLabel: 'grid', entry: 'plain' }],
  ['page, type select, table', { container: 'page', typeStyle: 'select', varLabel: 'table', entry: 'plain' }],
];
const CASES = LANGS.flatMap((lang) => PLAIN_LAYOUTS.map(([label, layout]) => [lang, label, layout] as const));

describe('findIntegrationEditor', () => {
  it.each(CASES)('[%s] %s: finds the root, the name field, the type and the URL field', (lang, _label, layout) => {
    mount(lang, layout);
    const editor = findIntegrationEditor(document);
    expect(editor).not.toBeNull();
    expect(editor?.root).toBe(byId('root'));
    expect(editor?.nameField).toBe(byId('f-name'));
    expect(editor?.typeText).toBe('AlertOps');
    expect(editor?.isAlertOps).toBe(true);
    expect(editor?.urlVariable?.field).toBe(urlInput());
    expect(editor?.urlVariable?.modeControl).toBe(modeSelectElement());
    expect(editor?.urlVariable?.mode).toBe('here');
  });

  it.each(LANGS)('[%s] the dialog way: finds the "⋯" button of the URL row', (lang) => {
    mount(lang, { container: 'page', typeStyle: 'select', varLabel: 'aria', entry: 'dialog' });
    const variable = findIntegrationEditor(document)?.urlVariable;
    expect(variable?.field).toBeUndefined();
    expect(variable?.editButton).toBe(document.querySelector('[data-action="edit-value"]'));
    expect(variable?.mode).toBe('here');
    expect(variable?.displayedValue).toBe('');
  });

  it('the dialog way: a "⋯" button named "More options" for screen readers, but not one that opens a menu', () => {
    mount('en', { container: 'page', typeStyle: 'select', varLabel: 'aria', entry: 'dialog' });
    const button = document.querySelector('[data-action="edit-value"]') as HTMLElement;
    button.textContent = '⋯';
    button.setAttribute('aria-label', 'More options');
    button.setAttribute('aria-haspopup', 'dialog');
    expect(findIntegrationEditor(document)?.urlVariable?.editButton).toBe(button);
    button.setAttribute('aria-haspopup', 'menu');
    expect(findIntegrationEditor(document)?.urlVariable?.editButton).toBeUndefined();
  });

  it.each(LANGS)('[%s] the dialog way in a div grid without labels', (lang) => {
    mount(lang, { container: 'dialog', typeStyle: 'text', varLabel: 'grid', entry: 'dialog' }, { url: URL_A });
    const variable = findIntegrationEditor(document)?.urlVariable;
    expect(variable?.editButton).toBe(document.querySelector('[data-action="edit-value"]'));
    expect(variable?.displayedValue).toContain(URL_A);
  });

  it.each(LANGS)('[%s] reads the mode "in escalation level"', (lang) => {
    mount(lang, {
      container: 'form',
      typeStyle: 'select',
      varLabel: 'for',
      entry: 'plain',
      mode: 'level',
      levelValue: 'kept',
    });
    const variable = findIntegrationEditor(document)?.urlVariable;
    expect(variable?.modeControl).toBe(modeSelectElement());
    expect(variable?.mode).toBe('level');
  });

  it.each(LANGS)('[%s] a Slack editor is not AlertOps, though the type list offers AlertOps', (lang) => {
    mount(lang, {
      container: 'dialog',
      typeStyle: 'select',
      varLabel: 'for',
      entry: 'plain',
      type: 'Slack',
      varName: 'WebhookUrl',
    });
    const editor = findIntegrationEditor(document);
    expect(editor?.typeText).toBe('Slack');
    expect(editor?.isAlertOps).toBe(false);
  });

  it('a Slack editor shown as text is not AlertOps either', () => {
    mount('nl', {
      container: 'page',
      typeStyle: 'text',
      varLabel: 'grid',
      entry: 'plain',
      type: 'Slack',
      varName: 'WebhookUrl',
    });
    expect(findIntegrationEditor(document)?.isAlertOps).toBe(false);
  });

  it('finds no editor on a page without one', () => {
    document.body.innerHTML = `${NOISE}<main><h1>Integrations</h1><table><tr><th>Name</th><th>Type</th></tr>
      <tr><td>AlertOps production</td><td>AlertOps</td></tr></table><button>Add integration</button></main>`;
    expect(findIntegrationEditor(document)).toBeNull();
  });

  it('ignores an editor that is hidden', () => {
    mount('en', { container: 'dialog', typeStyle: 'select', varLabel: 'for', entry: 'plain' });
    byId('root')?.setAttribute('hidden', '');
    expect(findIntegrationEditor(document)).toBeNull();
  });

  it('readIntegrationType reads a select, a read-only input or text beside the label', () => {
    for (const typeStyle of ['select', 'readonly', 'text'] as const) {
      mount('de', { container: 'form', typeStyle, varLabel: 'for', entry: 'plain' });
      const root = byId('root');
      if (!root) throw new Error('setup');
      expect(readIntegrationType(root), typeStyle).toBe('AlertOps');
    }
  });

  it('readIntegrationType reads the value inside the element that holds the label, never the next heading', () => {
    document.body.innerHTML = `<main id="root"><p>Type d’intégration : <strong>AlertOps</strong></p>
      <h3>Variables prédéfinies</h3></main>`;
    expect(readIntegrationType(document.body)).toBe('AlertOps');
    document.body.innerHTML = '<main><p><b>Integration type:</b> <i>Slack</i></p><h3>Predefined variables</h3></main>';
    expect(readIntegrationType(document.body)).toBe('Slack');
    document.body.innerHTML = '<main><span>Integrationstyp</span><h3>Vordefinierte Variablen</h3></main>';
    expect(readIntegrationType(document.body)).toBe('');
  });
});

describe('findUrlVariable', () => {
  it('[fr] prefers "URL de l’API" over another URL variable listed before it', () => {
    document.body.innerHTML = `<form>
      <label for="n">Nom de l'intégration</label><input id="n">
      <label for="t">Type d'intégration</label><input id="t" readonly value="AlertOps">
      <h3>Variables prédéfinies</h3>
      <div><label for="cb">URL de rappel</label><input id="cb"></div>
      <div><label for="api">URL de l’API</label><input id="api"></div>
      <button type="button">Enregistrer</button></form>`;
    expect(findIntegrationEditor(document)?.urlVariable?.field?.id).toBe('api');
  });

  it.each(LANGS)('[%s] picks the URL row, not another variable before it', (lang) => {
    mount(lang, { container: 'form', typeStyle: 'select', varLabel: 'grid', entry: 'plain', otherVariable: 'Source' });
    expect(findIntegrationEditor(document)?.urlVariable?.field).toBe(urlInput());
  });

  it('among several URL variables, prefers AlertOps’ own one', () => {
    mount('en', {
      container: 'form',
      typeStyle: 'select',
      varLabel: 'grid',
      entry: 'plain',
      otherVariable: 'CallbackUrl',
    });
    const variable = findIntegrationEditor(document)?.urlVariable;
    expect(variable?.field).toBe(urlInput());
    expect(variable?.field).not.toBe(document.querySelector('[data-bind="other"]'));
  });

  it('a variable named "API URL" in a table is found', () => {
    mount('fr', { container: 'page', typeStyle: 'select', varLabel: 'table', entry: 'plain', varName: 'API URL' });
    const root = byId('root');
    if (!root) throw new Error('setup');
    expect(findUrlVariable(root)?.field).toBe(urlInput());
  });

  it('[de] a field labelled only "Wert" is named by the other column of its row of boxes', () => {
    document.body.innerHTML = `<div class="card">
      <div><label for="n">Integrationsname</label><input id="n"></div>
      <div><span id="tl">Integrationstyp</span><span aria-labelledby="tl">AlertOps</span></div>
      <h3>Vordefinierte Variablen</h3>
      <div class="row"><div class="col">Source</div><div class="col"><label for="src">Wert</label><input id="src"></div></div>
      <div class="row"><div class="col">AlertOpsUrl</div><div class="col"><label for="url">Wert</label><input id="url"></div></div>
      <button type="button">Speichern</button></div>`;
    expect(findIntegrationEditor(document)?.urlVariable?.field?.id).toBe('url');
  });

  it('a "Value" field in a dialog over the editor is not the URL row’s field, though its row names the variable', () => {
    document.body.innerHTML = `<div class="card">
      <div><label for="n">Integration name</label><input id="n"></div>
      <div><label for="t">Integration type</label><input id="t" readonly value="AlertOps"></div>
      <h3>Predefined variables</h3>
      <div class="row"><span>AlertOpsUrl</span> <button type="button" id="dots">⋯</button></div>
      <div role="dialog"><div class="row"><div>AlertOpsUrl</div><div><label for="v">Value</label><input id="v"></div></div></div>
      <button type="button">Save</button></div>`;
    expect(findIntegrationEditor(document)?.urlVariable?.field).toBeUndefined();
  });

  it('a "Value" field of another variable is not named by the URL row above it, whose value is behind "⋯"', () => {
    document.body.innerHTML = `<div class="card">
      <div><label for="n">Integration name</label><input id="n"></div>
      <div><label for="t">Integration type</label><input id="t" readonly value="AlertOps"></div>
      <h3>Predefined variables</h3>
      <div class="vars"><div><span>AlertOpsUrl</span> <button type="button" id="dots" title="Edit value">⋯</button></div>
      <div><span>Priority</span> <label><input type="radio" name="m" checked> Here</label> <label for="p">Value</label><input id="p"></div></div>
      <button type="button">Save</button></div>`;
    expect(findIntegrationEditor(document)?.urlVariable?.field?.id).not.toBe('p');
  });

  it('does not take the integration name field for the URL variable', () => {
    mount(
      'en',
      { container: 'form', typeStyle: 'select', varLabel: 'for', entry: 'plain' },
      { name: 'https://example.test' },
    );
    const editor = findIntegrationEditor(document);
    expect(editor?.urlVariable?.field).not.toBe(editor?.nameField);
  });
});

describe('fillEditor, plain field', () => {
  it.each(CASES)('[%s] %s: fills the empty URL and name so the model hears', async (lang, _label, layout) => {
    const { model, events } = mount(lang, layout);
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    const outcome = await fillEditor(editor, URL_A, 'AlertOps - Prod');
    expect(outcome).toEqual({ kind: 'filled', way: 'plain', uptrendsName: 'AlertOps - Prod', nameFilled: true });
    expect(model.url).toBe(URL_A);
    expect(model.name).toBe('AlertOps - Prod');
    expect(events).toEqual(expect.arrayContaining(['input:url', 'change:url', 'input:name', 'change:name']));
  });

  it('keeps a name the user typed', async () => {
    const { model } = mount('nl', PLAIN_LAYOUTS[1]?.[1] as Layout, { name: 'Mijn AlertOps' });
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    const outcome = await fillEditor(editor, URL_A, 'AlertOps - Prod');
    expect(outcome).toMatchObject({ kind: 'filled', uptrendsName: 'Mijn AlertOps', nameFilled: false });
    expect(model.name).toBe('Mijn AlertOps');
    expect(model.url).toBe(URL_A);
  });

  it('reports a field already holding the URL as already filled, firing nothing', async () => {
    const { model, events } = mount('de', PLAIN_LAYOUTS[0]?.[1] as Layout, { name: 'AO', url: URL_A });
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect(await fillEditor(editor, URL_A, 'x')).toEqual({ kind: 'already-filled', uptrendsName: 'AO' });
    expect(events).toEqual([]);
    expect(model.url).toBe(URL_A);
  });

  it.each(LANGS)('[%s] never overwrites a different value: conflict, then replace() writes it', async (lang) => {
    const { model } = mount(lang, PLAIN_LAYOUTS[2]?.[1] as Layout, { name: 'AO', url: URL_B });
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    const outcome = await fillEditor(editor, URL_A, 'x');
    expect(outcome.kind).toBe('conflict');
    expect(model.url).toBe(URL_B);
    expect(urlInput()?.value).toBe(URL_B);
    if (outcome.kind !== 'conflict') return;
    const replaced = await outcome.replace();
    expect(replaced).toMatchObject({ kind: 'filled', way: 'plain' });
    expect(model.url).toBe(URL_A);
  });

  it.each(LANGS)('[%s] does nothing in a Slack editor', async (lang) => {
    const { model, events } = mount(lang, {
      container: 'dialog',
      typeStyle: 'select',
      varLabel: 'for',
      entry: 'plain',
      type: 'Slack',
      varName: 'WebhookUrl',
    });
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect(await fillEditor(editor, URL_A, 'AlertOps - Prod')).toEqual({ kind: 'not-alertops', typeText: 'Slack' });
    expect(model).toMatchObject({ name: '', url: '' });
    expect(events).toEqual([]);
  });

  it.each(LANGS)(
    '[%s] mode "in escalation level" with the row’s input still shown: per-level, URL left alone',
    async (lang) => {
      const { model } = mount(lang, {
        container: 'form',
        typeStyle: 'select',
        varLabel: 'aria',
        entry: 'plain',
        mode: 'level',
        levelValue: 'kept',
      });
      const editor = findIntegrationEditor(document);
      if (!editor) throw new Error('no editor');
      const outcome = await fillEditor(editor, URL_A, 'AlertOps - Prod');
      expect(outcome).toEqual({ kind: 'per-level', uptrendsName: 'AlertOps - Prod', nameFilled: true });
      expect(model.url).toBe('');
      expect(model.name).toBe('AlertOps - Prod');
    },
  );

  it.each([
    ['en', 'removed'],
    ['fr', 'removed'],
    ['nl', 'disabled'],
    ['de', 'disabled'],
  ] as const)('[%s] mode "in escalation level" with the value input %s: still per-level', async (lang, levelValue) => {
    const { model } = mount(lang, {
      container: 'form',
      typeStyle: 'select',
      varLabel: 'grid',
      entry: 'plain',
      mode: 'level',
      levelValue,
    });
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect(editor.urlVariable?.mode).toBe('level');
    const outcome = await fillEditor(editor, URL_A, 'AlertOps - Prod');
    expect(outcome.kind).toBe('per-level');
    expect(model.name).toBe('AlertOps - Prod');
  });

  it('still reaches the model when the name change makes the framework re-render the variables', async () => {
    const layout: Layout = { container: 'form', typeStyle: 'select', varLabel: 'aria', entry: 'plain' };
    const { model } = mount('en', layout);
    // On every model change the framework rebuilds the variables section from the model (new nodes).
    const rerender = new AbortController();
    cleanups.push(() => rerender.abort());
    document.addEventListener(
      'change',
      () => {
        const section = byId('vars-section');
        if (!section) return;
        const fresh = document.createElement('section');
        fresh.className = 'card';
        fresh.id = 'vars-section';
        fresh.innerHTML = `<h3>${WORDS.en.vars}</h3>${variablesHtml(WORDS.en, layout, model)}`;
        section.replaceWith(fresh);
      },
      { signal: rerender.signal },
    );
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    const outcome = await fillEditor(editor, URL_A, 'AlertOps - Prod');
    expect(outcome.kind).toBe('filled');
    expect(model.url).toBe(URL_A);
    expect(urlInput()?.value).toBe(URL_A);
  });
});

describe('fillEditor on a page that renders the whole editor anew', () => {
  /** React-like: on every model change the whole editor is rendered from the model again (new nodes, same look). */
  function rerenderWholeEditor(layout: Layout, model: Model): void {
    const rerender = new AbortController();
    cleanups.push(() => rerender.abort());
    const render = () => {
      const old = byId('root')?.closest('main') ?? byId('root');
      const fresh = document.createElement('div');
      fresh.innerHTML = editorHtml(WORDS.en, layout, model);
      if (old && fresh.firstElementChild) old.replaceWith(fresh.firstElementChild);
    };
    // After the model listener (registered first, on the document): the new editor shows what the model heard.
    document.addEventListener('input', render, { signal: rerender.signal });
  }

  it('fills the URL into the new editor when filling the name replaced the old one', async () => {
    const layout: Layout = { container: 'form', typeStyle: 'select', varLabel: 'aria', entry: 'plain' };
    const { model } = mount('en', layout);
    rerenderWholeEditor(layout, model);
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    const outcome = await fillEditor(editor, URL_A, 'AlertOps - Prod');
    expect(editor.root.isConnected).toBe(false);
    expect(outcome.kind).toBe('filled');
    expect(model).toMatchObject({ name: 'AlertOps - Prod', url: URL_A });
    expect(urlInput()?.value).toBe(URL_A);
  });

  it.each(['plain', 'dialog'] as const)(
    'a "Replace" answered after the page rendered the editor anew reaches the new editor (%s way)',
    async (entry) => {
      const layout: Layout = { container: 'form', typeStyle: 'select', varLabel: 'aria', entry };
      const { model } = mount('en', layout, { name: 'Mine', url: URL_B });
      rerenderWholeEditor(layout, model);
      const editor = findIntegrationEditor(document);
      if (!editor) throw new Error('no editor');
      const outcome = await fillEditor(editor, URL_A, 'AlertOps - Prod');
      if (outcome.kind !== 'conflict') throw new Error(`expected a conflict, got ${outcome.kind}`);
      // Something else the user does makes the page render the editor anew before they answer.
      byId('f-name')?.dispatchEvent(new Event('input', { bubbles: true }));
      expect(editor.root.isConnected).toBe(false);
      expect((await outcome.replace()).kind).toBe('filled');
      expect(model.url).toBe(URL_A);
    },
  );
});

describe('fillEditor, the "⋯" value dialog', () => {
  const DIALOG_LAYOUTS: Layout[] = [
    { container: 'page', typeStyle: 'select', varLabel: 'aria', entry: 'dialog' },
    { container: 'form', typeStyle: 'text', varLabel: 'grid', entry: 'dialog' },
  ];

  it.each(LANGS.flatMap((lang) => DIALOG_LAYOUTS.map((layout, index) => [lang, index, layout] as const)))(
    '[%s] layout %i: opens the dialog, types in Value and clicks Select',
    async (lang, _index, layout) => {
      const { model } = mount(lang, layout);
      const editor = findIntegrationEditor(document);
      if (!editor) throw new Error('no editor');
      const outcome = await fillEditor(editor, URL_A, 'AlertOps - Prod');
      expect(outcome).toEqual({ kind: 'filled', way: 'dialog', uptrendsName: 'AlertOps - Prod', nameFilled: true });
      expect(model.url).toBe(URL_A);
      expect(model.name).toBe('AlertOps - Prod');
      expect(document.querySelector('.value-dialog')).toBeNull();
    },
  );

  it.each(LANGS)('[%s] switches the dialog from vault to Plain text first', async (lang) => {
    const { model } = mount(lang, DIALOG_LAYOUTS[0] as Layout, { name: 'AO' }, { dialogDefault: 'vault' });
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    const outcome = await fillEditor(editor, URL_A, 'x');
    expect(outcome).toMatchObject({ kind: 'filled', way: 'dialog' });
    expect(model.url).toBe(URL_A);
  });

  it('a row already showing the URL is already filled, and no dialog opens', async () => {
    mount('en', DIALOG_LAYOUTS[0] as Layout, { name: 'AO', url: URL_A });
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect(await fillEditor(editor, URL_A, 'x')).toEqual({ kind: 'already-filled', uptrendsName: 'AO' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelector('.value-dialog')).toBeNull();
  });

  it('a row showing another URL is a conflict; replace() goes through the dialog', async () => {
    const { model } = mount('nl', DIALOG_LAYOUTS[1] as Layout, { name: 'AO', url: URL_B });
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    const outcome: FillOutcome = await fillEditor(editor, URL_A, 'x');
    expect(outcome.kind).toBe('conflict');
    expect(model.url).toBe(URL_B);
    if (outcome.kind !== 'conflict') return;
    expect(await outcome.replace()).toMatchObject({ kind: 'filled', way: 'dialog' });
    expect(model.url).toBe(URL_A);
  });
});

describe('fillEditor waits for the user before opening the "⋯" value dialog', () => {
  const LAYOUT: Layout = { container: 'page', typeStyle: 'select', varLabel: 'aria', entry: 'dialog' };
  const noDialogOpened = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return document.querySelector('.value-dialog') === null;
  };

  it('while they type: nothing opens, the name is still proposed, and the next look fills', async () => {
    const { model } = mount('de', LAYOUT);
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect(await fillEditor(editor, URL_A, 'AlertOps - Prod', () => true)).toEqual({
      kind: 'user-busy',
      nameFilled: true,
    });
    expect(await noDialogOpened()).toBe(true);
    expect(model.url).toBe('');
    const again = findIntegrationEditor(document);
    if (!again) throw new Error('no editor');
    expect(await fillEditor(again, URL_A, 'AlertOps - Prod', () => false)).toMatchObject({
      kind: 'filled',
      way: 'dialog',
    });
    expect(model.url).toBe(URL_A);
  });

  it('while the focus is in a dialog of the page that is not the editor (one they opened themselves)', async () => {
    const { model } = mount('fr', LAYOUT, { name: 'AO' });
    const own = document.createElement('div');
    own.setAttribute('role', 'dialog');
    own.innerHTML = '<label>Valeur <input id="own-value"></label>';
    document.body.append(own);
    byId('own-value')?.focus();
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect((await fillEditor(editor, URL_A, 'x')).kind).toBe('user-busy');
    expect(await noDialogOpened()).toBe(true);
    expect(model.url).toBe('');
    own.remove();
  });

  it('while a modal dialog of the page covers it, focused or not (a consent dialog)', async () => {
    const { model } = mount('en', LAYOUT, { name: 'AO' });
    const consent = document.createElement('div');
    consent.setAttribute('role', 'dialog');
    consent.setAttribute('aria-modal', 'true');
    consent.textContent = 'We use cookies';
    document.body.append(consent);
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect((await fillEditor(editor, URL_A, 'x')).kind).toBe('user-busy');
    expect(model.url).toBe('');
    consent.remove();
  });

  it("not while the focus is on the extension's own prompt", async () => {
    const { model } = mount('en', LAYOUT, { name: 'AO' });
    const prompt = showPrompt(document, {
      title: 'Replace?',
      closeLabel: 'Close',
      actions: [{ label: 'Keep it', run: () => undefined }],
    });
    prompt.element.shadowRoot?.querySelector('button')?.focus();
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect(await fillEditor(editor, URL_A, 'x')).toMatchObject({ kind: 'filled', way: 'dialog' });
    expect(model.url).toBe(URL_A);
    prompt.close();
  });

  it('not while the focus is in the editor, itself a dialog', async () => {
    const { model } = mount('nl', { ...LAYOUT, container: 'dialog' }, { name: 'AO' });
    byId('f-name')?.focus();
    const editor = findIntegrationEditor(document);
    if (!editor) throw new Error('no editor');
    expect(await fillEditor(editor, URL_A, 'x')).toMatchObject({ kind: 'filled', way: 'dialog' });
    expect(model.url).toBe(URL_A);
  });
});

describe('an editor that shows no integration type', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  function render(variable: string, title: string): void {
    document.body.innerHTML = `
      <section>
        <h2>${title}</h2>
        <aside><h4>Used on the same alert definitions</h4><p>AlertOps production</p><p>Slack ops</p></aside>
        <label for="n">Integration name</label><input id="n" type="text">
        <h3>Predefined variables</h3>
        <div><span>${variable}</span><input type="text" aria-label="${variable}"></div>
        <button type="button">Save</button>
      </section>`;
  }

  it('is not taken for AlertOps because the page around it lists AlertOps integrations', () => {
    render('SlackWebhookUrl', 'New integration');
    expect(findIntegrationEditor(document)?.isAlertOps).toBe(false);
  });

  it('is AlertOps when its own title or URL variable says so', () => {
    render('SlackWebhookUrl', 'New AlertOps integration');
    expect(findIntegrationEditor(document)?.isAlertOps).toBe(true);
    render('AlertOpsUrl', 'New integration');
    expect(findIntegrationEditor(document)?.isAlertOps).toBe(true);
  });
});

describe('a name field labelled just "Name"', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is filled inside an AlertOps editor, above its predefined variables', async () => {
    document.body.innerHTML = `
      <form aria-label="New AlertOps integration">
        <label for="n">Naam</label><input id="n" type="text">
        <h3>Voorgedefinieerde variabelen</h3>
        <div><span>AlertOpsUrl</span><input type="text" aria-label="AlertOpsUrl"></div>
        <button type="button">Opslaan</button>
      </form>`;
    const editor = findIntegrationEditor(document);
    expect(editor?.nameField?.id).toBe('n');
    const outcome = editor ? await fillEditor(editor, URL_A, 'AlertOps - Uptrends') : undefined;
    expect(outcome?.kind).toBe('filled');
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('AlertOps - Uptrends');
  });
});

describe('a variable is named by its own row before the rows around it', () => {
  const MODE =
    '<select><option selected>Specify value here</option><option>Specify value in escalation level</option></select>';

  it('never fills another variable whose name is in a read-only input, however deep its field sits', async () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="Edit integration">
        <div><label for="n">Integration name</label><input id="n" value="Ops"></div>
        <div><label for="t">Integration type</label><select id="t"><option selected>AlertOps</option></select></div>
        <h3>Predefined variables</h3>
        <div class="vars">
          <div class="row"><span>AlertOpsUrl</span>${MODE}<button type="button" aria-label="Edit value">⋯</button></div>
          <div class="row"><input readonly value="Priority"><div><div><div><div><input id="prio" aria-label="Priority value"></div></div></div></div></div>
        </div>
        <button>Save</button>
      </div>`;
    const editor = findIntegrationEditor(document);
    expect(editor?.urlVariable?.field).toBeUndefined();
    expect(editor?.urlVariable?.editButton?.getAttribute('aria-label')).toBe('Edit value');
  });

  it('never takes a row actions menu ("⋮", aria-haspopup) for the "⋯" value button', () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="Edit integration">
        <div><label for="n">Integration name</label><input id="n" value="Ops"></div>
        <div><label for="t">Integration type</label><select id="t"><option selected>AlertOps</option></select></div>
        <h3>Predefined variables</h3>
        <div class="row"><span>AlertOpsUrl</span>${MODE}<span class="val"></span>
          <button type="button" id="kebab" aria-haspopup="menu"><svg data-icon="ellipsis-vertical" class="fa-ellipsis-vertical"></svg></button>
          <button type="button" id="kebab2"><i class="mdi mdi-dots-vertical"></i></button></div>
      </div>`;
    const editor = findIntegrationEditor(document);
    expect(editor?.urlVariable?.editButton).toBeUndefined();
  });
});

describe('rules for styled fields stay inside their own field', () => {
  const mode = (level: boolean) =>
    `<select><option ${level ? '' : 'selected'}>Specify value here</option><option ${level ? 'selected' : ''}>Specify value in escalation level</option></select>`;
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
  const variables = (inner: string) => `
    <div><label for="n">Integration name</label><input id="n"></div>
    <div><label for="t">Integration type</label><select id="t"><option selected>AlertOps</option></select></div>
    <h3>Predefined variables</h3>${inner}<button>Save</button>`;

  it('a layout table row around the whole editor names none of its fields', async () => {
    document.body.innerHTML = `<table><tr><td><div class="editor">${variables(`
      <div class="row"><span>Priority</span>${mode(false)}<input id="prio"></div>
      <div class="row"><span>Url</span>${mode(true)}</div>`)}</div></td></tr></table>`;
    const outcome = await fillEditor(
      findIntegrationEditor(document) as NonNullable<ReturnType<typeof findIntegrationEditor>>,
      URL_A,
      'x',
    );
    expect(outcome.kind).toBe('per-level');
    expect(value('prio')).toBe('');
  });

  it('a row of another variable before AlertOps’ per-level row never lends its mode', () => {
    document.body.innerHTML = `<div role="dialog">${variables(`<div class="vars">
      <div class="row"><span>Priority</span>${mode(false)}<input id="prio"></div>
      <div class="row"><span>AlertOpsUrl</span>${mode(true)}</div></div>`)}</div>`;
    expect(findIntegrationEditor(document)?.urlVariable?.mode).toBe('level');
  });

  it('a label that ends a block of several fields is no floating label over the field before it', () => {
    document.body.innerHTML = `<div role="dialog">
      <div class="fields"><label for="n">Integration name</label><input id="n" value="AlertOps paging"><label>Integration type</label></div>
      <div class="type">Slack</div><h3>Predefined variables</h3>
      <div class="row"><span>WebhookUrl</span>${mode(false)}<input id="hook"></div><button>Save</button></div>`;
    const editor = findIntegrationEditor(document);
    expect(editor?.isAlertOps).toBe(false);
    expect(editor?.typeText).toBe('Slack');
  });

  it('a label wrapping a styled field reads the value beside its control, never the field’s hint', () => {
    const field = (type: string, hint: string) =>
      `<label class="q-field"><div class="q-field__control"><div class="native"><span>${type}</span><input readonly class="focus"></div><div class="q-field__label">Integration type</div></div><div class="q-field__bottom"><div class="hint">${hint}</div></div></label>`;
    document.body.innerHTML = `<div role="dialog"><div><label for="n">Integration name</label><input id="n"></div>${field('Slack', 'For paging, use AlertOps')}<h3>Predefined variables</h3><div class="row"><span>WebhookUrl</span>${mode(false)}<input id="u"></div><button>Save</button></div>`;
    expect(findIntegrationEditor(document)?.typeText).toBe('Slack');
    document.body.innerHTML = `<div role="dialog"><div><label for="n">Integration name</label><input id="n"></div>${field('AlertOps', 'Cannot be changed later')}<h3>Predefined variables</h3><div class="row"><span>AlertOpsUrl</span>${mode(false)}<input id="u"></div><button>Save</button></div>`;
    expect(findIntegrationEditor(document)?.isAlertOps).toBe(true);
  });

  it('a dialog row holding a vault search and the value is not one field’s row: the URL goes into Value', async () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Edit integration">${variables(`
      <div class="row"><span>AlertOpsUrl</span>${mode(false)}<button type="button" id="dots">⋯</button></div>`)}</div>
      <div id="win" style="display:none"><table><tr><td>Edit value</td></tr><tr><td>
        <label><input type="radio" name="k"> Plain text</label> <label><input type="radio" name="k" checked> Vault credential</label>
        <div><span>Vault item</span> <input id="vault" placeholder="Search"></div>
        <div><span>Value</span> <input id="value"></div>
        <button type="button">Select</button> <button type="button">Cancel</button></td></tr></table></div>`;
    document.getElementById('dots')?.addEventListener('click', () => {
      (document.getElementById('win') as HTMLElement).style.display = '';
    });
    await fillEditor(
      findIntegrationEditor(document) as NonNullable<ReturnType<typeof findIntegrationEditor>>,
      URL_A,
      'x',
    );
    expect(value('vault')).toBe('');
    expect(value('value')).toBe(URL_A);
  });
});

describe('AlertOps’ own per-level row and widgets that keep a native select', () => {
  const HERE =
    '<select><option selected>Specify value here</option><option>Specify value in escalation level</option></select>';
  const LEVEL =
    '<select><option>Specify value here</option><option selected>Specify value in escalation level</option></select>';
  const HEAD = `<div><label for="n">Integration name</label><input id="n" value="Ops"></div>
    <div><label for="t">Integration type</label><select id="t"><option selected>AlertOps</option></select></div>
    <h3>Predefined variables</h3>`;
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
  const editor = () => findIntegrationEditor(document) as NonNullable<ReturnType<typeof findIntegrationEditor>>;

  it('AlertOps’ per-level row without a field wins over a field that reads "AlertOpsUrl" only in the rows around it', async () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Edit integration">${HEAD}<div class="vars">
      <div class="row"><span>AlertOpsUrl</span>${LEVEL}</div>
      <div class="row"><input readonly value="CallbackUrl">${HERE}<input id="cb"></div></div></div>`;
    expect((await fillEditor(editor(), URL_A, 'x')).kind).toBe('per-level');
    expect(value('cb')).toBe('');
  });

  it('a Select2 row (hidden native select beside its combobox) keeps its mode: per level, nothing filled', async () => {
    const select2 = (level: boolean) =>
      `<select class="select2-hidden-accessible" aria-hidden="true" tabindex="-1"><option ${level ? '' : 'selected'}>Specify value here</option><option ${level ? 'selected' : ''}>Specify value in escalation level</option></select><span class="select2"><span class="select2-selection" role="combobox" aria-haspopup="true"><span class="select2-selection__rendered">${level ? 'Specify value in escalation level' : 'Specify value here'}</span></span></span>`;
    document.body.innerHTML = `<div role="dialog" aria-label="Edit integration">${HEAD}<div class="vars">
      <div class="row"><span>AlertOpsUrl</span>${select2(true)}<input id="ao"></div>
      <div class="row"><span>Priority</span>${select2(false)}<input id="p"></div></div></div>`;
    expect((await fillEditor(editor(), URL_A, 'x')).kind).toBe('per-level');
    expect(value('ao')).toBe('');
  });

  it('finds a value dialog without dialog semantics that appears a moment after the click, without waiting it out', async () => {
    document.body.innerHTML = `<div id="page"><form>${HEAD}
      <div class="row"><span>AlertOpsUrl</span>${HERE}<button type="button" id="dots" aria-label="Edit value">⋯</button></div>
      <button>Save</button></form></div>`;
    document.getElementById('dots')?.addEventListener('click', () =>
      setTimeout(() => {
        const window = document.createElement('div');
        window.innerHTML = `<table><tr><td><label><input type="radio" name="k"> Plain text</label><label><input type="radio" name="k"> Vault</label></td></tr>
          <tr><td>Value <input id="val"></td></tr><tr><td><button type="button" id="sel">Select</button></td></tr></table>`;
        document.body.append(window);
      }, 30),
    );
    const started = Date.now();
    await fillEditor(editor(), URL_A, 'x');
    expect(value('val')).toBe(URL_A);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('finds a value dialog without dialog semantics that the page draws inside the editor’s own form', async () => {
    document.body.innerHTML = `<div id="page"><form>${HEAD}
      <div class="row"><span>AlertOpsUrl</span>${HERE}<span id="shown"></span><button type="button" id="dots" aria-label="Edit value">⋯</button></div>
      <div id="win" style="display:none"><table><tr><td><label><input type="radio" name="k"> Plain text</label><label><input type="radio" name="k"> Vault</label></td></tr>
        <tr><td>Value <input id="val"></td></tr><tr><td><button type="button" id="sel">Select</button></td></tr></table></div>
      <button>Save</button></form></div>`;
    document.getElementById('dots')?.addEventListener('click', () => {
      (document.getElementById('win') as HTMLElement).style.display = '';
    });
    document.getElementById('sel')?.addEventListener('click', () => {
      (document.getElementById('shown') as HTMLElement).textContent = value('val');
      (document.getElementById('win') as HTMLElement).style.display = 'none';
    });
    expect((await fillEditor(editor(), URL_A, 'x')).kind).toBe('filled');
    expect(document.getElementById('shown')?.textContent).toBe(URL_A);
  });

  it('never takes the editor’s own rows for a value dialog: a Plain text row shown later with the Save button beside it', async () => {
    document.body.innerHTML = `<div id="page"><form>${HEAD}
      <div class="row"><span>AlertOpsUrl</span>${HERE}<button type="button" id="dots" aria-label="Edit value">⋯</button></div>
      <div id="later" style="display:none"><label><input type="radio" name="k"> Plain text</label> Value <input id="other"></div>
      <button type="button">OK</button></form></div>`;
    document.getElementById('dots')?.addEventListener('click', () => {
      (document.getElementById('later') as HTMLElement).style.display = '';
    });
    expect((await fillEditor(editor(), URL_A, 'x')).kind).toBe('dialog-failed');
    expect(value('other')).toBe('');
  });
});

describe('widget parts that are no fields, and a type shown inside a component', () => {
  const editor = (type: string, variable = '<input id="u">') => `<div role="dialog" aria-label="Edit integration">
    <div><label for="n">Integration name</label><input id="n"></div>${type}
    <h3>Predefined variables</h3><div class="row"><span>AlertOpsUrl</span>${variable}</div><button>Save</button></div>`;

  it('skips a picker’s decoration inputs (a caret, a presentational ghost) when reading the type', () => {
    document.body.innerHTML = editor(`<div><span>Integration type</span><span class="picker">
      <input type="text" readonly tabindex="-1" value="⌄"><input type="text" readonly role="none" value="Choose a type">
      <input type="text" readonly value="AlertOps"></span></div>`);
    const found = findIntegrationEditor(document);
    expect(found?.typeText).toBe('AlertOps');
    expect(found?.isAlertOps).toBe(true);
  });

  it('reads the type a component shows in its shadow root beside its own label, not its unshown options', () => {
    document.body.innerHTML = editor(
      '<x-picker><x-option hidden>AlertOps</x-option><x-option hidden>Slack</x-option></x-picker>',
    );
    const host = document.querySelector('x-picker') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<div part="form-control"><label part="label">Integration type</label><div part="combobox" role="button"><span part="display">Slack</span><span aria-hidden="true">▾</span></div></div>';
    const found = findIntegrationEditor(document);
    expect(found?.typeText).toBe('Slack');
    expect(found?.isAlertOps).toBe(false);
  });
});

describe('the value dialog’s Plain text choice must be known to be chosen', () => {
  /** A value dialog whose choices are `<input type="button" role="radio">`, named by a group label and their own. */
  function mountAriaRadios(marks: boolean) {
    document.body.innerHTML = `<div role="dialog" aria-label="Edit integration">
      <div><label for="n">Integration name</label><input id="n" value="Ops"></div>
      <div><label for="t">Integration type</label><select id="t"><option selected>AlertOps</option></select></div>
      <h3>Predefined variables</h3><div class="row"><span>AlertOpsUrl</span><span id="shown"></span>
      <button type="button" id="dots" aria-label="Edit value">⋯</button></div><button>Save</button></div>
      <div role="dialog" id="win" hidden><label for="r-plain">Store as</label>
        <input type="button" role="radio" id="r-plain" aria-checked="false"><label for="r-plain">Plain text</label>
        <input type="button" role="radio" id="r-vault" aria-checked="true"><label for="r-vault">Vault credential</label>
        <label for="val">Value</label><input id="val">
        <button type="button" id="sel">Select</button><button type="button" id="cancel">Cancel</button></div>`;
    const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
    const stored = { value: '' };
    byId('dots').addEventListener('click', () => byId('win').removeAttribute('hidden'));
    byId('cancel').addEventListener('click', () => byId('win').setAttribute('hidden', ''));
    byId('sel').addEventListener('click', () => {
      if (byId('r-plain').getAttribute('aria-checked') === 'true') stored.value = byId('val').value;
      byId('win').setAttribute('hidden', '');
    });
    for (const [id, other] of [
      ['r-plain', 'r-vault'],
      ['r-vault', 'r-plain'],
    ] as const) {
      byId(id).addEventListener('click', () => {
        if (!marks) return;
        byId(id).setAttribute('aria-checked', 'true');
        byId(other).setAttribute('aria-checked', 'false');
      });
    }
    return { stored, byId };
  }
  const editor = () => findIntegrationEditor(document) as NonNullable<ReturnType<typeof findIntegrationEditor>>;

  it('picks an ARIA radio drawn on an input of type button, named by its own label beside the group’s', async () => {
    const { stored } = mountAriaRadios(true);
    expect(await fillEditor(editor(), URL_A, 'x')).toMatchObject({ kind: 'filled', way: 'dialog' });
    expect(stored.value).toBe(URL_A);
  });

  it('reports a failure, types nothing and cancels, when Plain text never shows as chosen', async () => {
    const { stored, byId } = mountAriaRadios(false);
    expect((await fillEditor(editor(), URL_A, 'x')).kind).toBe('dialog-failed');
    expect(stored.value).toBe('');
    expect(byId('val').value).toBe('');
    expect(byId('win').hasAttribute('hidden')).toBe(true);
  });
});

describe('what the user typed is never taken for the page’s own controls', () => {
  const form = (idPrefix: string, nameAttributes = '') => `<form>
      <div><label for="${idPrefix}n">Integratienaam</label><input id="${idPrefix}n" ${nameAttributes}></div>
      <div><label for="${idPrefix}t">Integratietype</label><select id="${idPrefix}t"><option selected>AlertOps</option></select></div>
      <h4>Voorgedefinieerde variabelen</h4>
      <div><label for="${idPrefix}u">AlertOpsUrl</label><input id="${idPrefix}u"></div></form>`;

  it('an editor copied into a rich-text description (contenteditable) is left as typed; the real editor below is filled', async () => {
    document.body.innerHTML = `<section><p>Omschrijving</p><div contenteditable="true">${form('copy-')}</div></section>${form('')}`;
    const editor = findIntegrationEditor(document);
    expect(editor?.nameField?.id).toBe('n');
    expect(await fillEditor(editor as NonNullable<typeof editor>, URL_A, 'AlertOps - Ops')).toMatchObject({
      kind: 'filled',
    });
    expect((document.getElementById('u') as HTMLInputElement).value).toBe(URL_A);
    expect((document.getElementById('copy-u') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('copy-n') as HTMLInputElement).value).toBe('');
  });

  it('with only the copy in a rich-text box, there is no editor', () => {
    document.body.innerHTML = `<div contenteditable="">${form('copy-')}</div>`;
    expect(findIntegrationEditor(document)).toBeNull();
  });

  it('a proposed name longer than the field allows is cut to its limit, without a dangling separator', async () => {
    document.body.innerHTML = form('', 'maxlength="10"');
    const editor = findIntegrationEditor(document);
    await fillEditor(editor as NonNullable<typeof editor>, URL_A, 'AlertOps - Uptrends EU');
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('AlertOps');
  });

  it('a proposed name that fits keeps its closing punctuation', async () => {
    document.body.innerHTML = form('', 'maxlength="40"');
    const editor = findIntegrationEditor(document);
    await fillEditor(editor as NonNullable<typeof editor>, URL_A, 'AlertOps (Prod).');
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('AlertOps (Prod).');
  });
});

describe('a type shown only in a web component’s shadow root, its label outside it', () => {
  function mountWithType(type: string) {
    document.body.innerHTML = `<main><h1>Integratie bewerken</h1>
      <div><label for="n">Integratienaam</label><input id="n"></div>
      <div><span id="tl">Integratietype</span> <x-type-picker aria-labelledby="tl"></x-type-picker></div>
      <h2>Voorgedefinieerde variabelen</h2><div><label for="u">Url</label><input id="u"></div></main>`;
    const host = document.querySelector('x-type-picker') as HTMLElement;
    host.attachShadow({
      mode: 'open',
    }).innerHTML = `<style>div{padding:2px}</style><div role="button" aria-disabled="true"><span>${type}</span><i>▾</i></div>`;
  }

  it('reads the type the component shows', () => {
    mountWithType('AlertOps');
    expect(findIntegrationEditor(document)?.isAlertOps).toBe(true);
    mountWithType('Slack');
    const editor = findIntegrationEditor(document);
    expect(editor?.typeText).toBe('Slack');
    expect(editor?.isAlertOps).toBe(false);
  });
});

describe('a type component whose own label in its shadow root carries help text', () => {
  it('reads the choice beside the label, never a type named in the help (a Slack editor stays unfilled)', async () => {
    document.body.innerHTML = `<main><h1>Modifier l'intégration</h1>
      <div><label for="n">Nom de l'intégration</label><input id="n" value="Canal équipe"></div>
      <div><x-kind></x-kind></div>
      <h2>Variables prédéfinies</h2><div><label for="u">WebhookUrl</label><input id="u"></div></main>`;
    (document.querySelector('x-kind') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML =
      "<label>Type d'intégration <small>(AlertOps, Slack, Teams ou webhook)</small></label><span>Slack</span>";
    const editor = findIntegrationEditor(document);
    expect(editor?.typeText).toBe('Slack');
    const outcome = await fillEditor(editor as NonNullable<typeof editor>, URL_A, 'AlertOps - Ops');
    expect(outcome.kind).toBe('not-alertops');
    expect((document.getElementById('u') as HTMLInputElement).value).toBe('');
  });
});

describe('a masked URL variable', () => {
  it('a password field labelled as the URL variable is the field to fill (a console may mask the secret)', () => {
    document.body.innerHTML = `<form>
      <label for="n">Integration name</label><input id="n">
      <label for="t">Integration type</label><input id="t" readonly value="AlertOps">
      <h3>Predefined variables</h3>
      <div><label for="api">ApiUrl</label><input id="api" type="password"><button type="button" aria-label="Show">👁</button></div>
      <button type="button">Save</button></form>`;
    expect(findIntegrationEditor(document)?.urlVariable?.field?.id).toBe('api');
  });

  it('the URL row’s value button comes before a masked secret that a URL pattern also matches', () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="Edit integration">
        <div><label for="n">Integration name</label><input id="n" value="Ops"></div>
        <div><label for="t">Integration type</label><select id="t"><option selected>AlertOps</option></select></div>
        <h3>Predefined variables</h3>
        <div class="vars">
          <div class="row"><span>WebhookSecret</span><input id="secret" type="password" aria-label="WebhookSecret"></div>
          <div class="row"><span>Url</span><span>—</span><button type="button" aria-label="Edit value">⋯</button></div>
        </div>
        <button>Save</button>
      </div>`;
    const variable = findIntegrationEditor(document)?.urlVariable;
    expect(variable?.field).toBeUndefined();
    expect(variable?.editButton?.getAttribute('aria-label')).toBe('Edit value');
  });

  it('a plain field labelled as the URL variable comes before a masked one labelled so', () => {
    document.body.innerHTML = `<form>
      <label for="n">Integration name</label><input id="n">
      <label for="t">Integration type</label><input id="t" readonly value="AlertOps">
      <h3>Predefined variables</h3>
      <div><label for="key">AlertOpsUrl signing secret</label><input id="key" type="password"></div>
      <div><label for="api">AlertOpsUrl</label><input id="api"></div>
      <button type="button">Save</button></form>`;
    expect(findIntegrationEditor(document)?.urlVariable?.field?.id).toBe('api');
  });
});
