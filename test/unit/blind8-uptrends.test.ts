/**
 * Blind round 8 (Uptrends): editing EXISTING AlertOps integrations (already-filled, conflict + replace, the user's own
 * name), the type shown in several ways and non-AlertOps editors, predefined-variable tables with several rows and the
 * value-mode select in four languages, the "choose integration type" step before the form, and escalation levels
 * (2–4 levels, built-ins, remembered names, per-level value field). Written from /work/shared/domain.md only, without
 * reading the locators' source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tick } from '../../src/dom/fields';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, findEscalationLevels, levelUrlField } from '../../src/sites/uptrends/escalation';
import { fillEditor } from '../../src/sites/uptrends/fill';
import {
  countInputs,
  expectPlainFill,
  expectTicks,
  mount,
  must,
  PROPOSED,
  q,
  resetPage,
  URL,
  wireDialog,
} from './blind-helpers';

afterEach(resetPage);

const OTHER_URL = 'https://notify.alertops.com/POSTAlert/c3a1f0e7-6d2b-4f58-9e14-0b7d5a2c8f61/Uptrends';
const LEGACY_URL =
  'https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/0f3c9a52-7e1b-4d2a-b8c6-5e4f3a2b1c0d/Uptrends';

type Lang = 'en' | 'nl' | 'de' | 'fr';

/** Value-mode drop-down of a predefined variable row; `level` selects "Specify value in escalation level". */
const MODE: Record<Lang, [string, string]> = {
  en: ['Specify value here', 'Specify value in escalation level'],
  nl: ['Waarde hier opgeven', 'Waarde opgeven in escalatieniveau'],
  de: ['Wert hier eintragen', 'Wert in Eskalationsstufe eintragen'],
  fr: ['Spécifiez la valeur ici', "Spécifiez la valeur dans le niveau d'escalade"],
};
const modeSelect = (id: string, lang: Lang) =>
  `<select id="${id}" class="form-control input-sm"><option value="Here">${MODE[lang][0]}</option><option value="Level">${MODE[lang][1]}</option></select>`;

// ---------------------------------------------------------------------------------------------------------------
// helpers: "nothing changed" checks
// ---------------------------------------------------------------------------------------------------------------

function fieldState(el: Element): string {
  if (el instanceof HTMLSelectElement) return `select:${el.selectedIndex}:${el.value}`;
  if (el instanceof HTMLInputElement) return `input:${el.value}:${el.checked}`;
  if (el instanceof HTMLTextAreaElement) return `textarea:${el.value}`;
  return `aria:${el.getAttribute('aria-checked')}`;
}

/** State of every field and ARIA toggle on the page. */
function snapshot(): Map<Element, string> {
  const map = new Map<Element, string>();
  for (const el of Array.from(
    document.querySelectorAll('input, select, textarea, [role="checkbox"], [role="switch"], [role="radio"]'),
  ))
    map.set(el, fieldState(el));
  return map;
}

function expectUnchanged(before: Map<Element, string>, except: Element[] = []): void {
  for (const [el, state] of before)
    if (!except.includes(el)) expect(fieldState(el), `unchanged: ${el.outerHTML.slice(0, 90)}`).toBe(state);
}

/** Counts input/change events on every field and clicks on every button of the page as it is now. */
function watchAll(): { events: number; clicks: number } {
  const count = { events: 0, clicks: 0 };
  for (const el of Array.from(document.querySelectorAll('input, select, textarea'))) {
    el.addEventListener('input', () => count.events++);
    el.addEventListener('change', () => count.events++);
  }
  for (const el of Array.from(document.querySelectorAll('button, [role="button"]')))
    el.addEventListener('click', () => count.clicks++);
  return count;
}

/** A non-AlertOps editor: nothing may change, nothing may be clicked. */
async function expectNotAlertOps(typeName: string): Promise<void> {
  const before = snapshot();
  const watch = watchAll();
  const editor = findIntegrationEditor(document);
  if (editor) {
    expect(editor.isAlertOps, 'isAlertOps').toBe(false);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('not-alertops');
    if (outcome.kind === 'not-alertops') expect(outcome.typeText).toContain(typeName);
  }
  expectUnchanged(before);
  expect(watch.events, 'no input/change events').toBe(0);
  expect(watch.clicks, 'no clicks').toBe(0);
  for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input, textarea')))
    expect(el.value).not.toBe(URL);
}

const GERMAN_DIALOG = `<div role="dialog" aria-modal="true" class="modal"><h4>Wert bearbeiten</h4>
<div class="radio"><label><input type="radio" name="src" value="plain"> Klartext</label></div>
<div class="radio"><label><input type="radio" name="src" value="vault" checked> Tresor-Zugangsdaten</label></div>
<div class="form-group"><label for="val">Wert</label><input id="val" type="text"></div>
<button type="button" class="btn btn-primary" id="sel">Auswählen</button><button type="button" class="btn">Abbrechen</button></div>`;
const ENGLISH_DIALOG = `<div role="dialog" aria-modal="true" class="modal"><h4>Edit value</h4>
<div class="radio"><label><input type="radio" name="src" value="plain"> Plain text</label></div>
<div class="radio"><label><input type="radio" name="src" value="vault" checked> Vault credential</label></div>
<div class="form-group"><label for="val">Value</label><input id="val" type="text"></div>
<button type="button" class="btn btn-primary" id="sel">Select</button><button type="button" class="btn">Cancel</button></div>`;
const dialogSpec = (html: string) => ({
  html,
  plainChosen: (d: Element) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
  valueField: (d: Element) => must(d.querySelector<HTMLInputElement>('#val')),
  selectButton: (d: Element) => must(d.querySelector('#sel')),
});

// ---------------------------------------------------------------------------------------------------------------
// Editing an existing AlertOps integration
// ---------------------------------------------------------------------------------------------------------------

describe('blind8: editing an existing AlertOps integration', () => {
  it('U01 en same URL already in the AlertOps row → already-filled; no field, mode or other variable touched, no button clicked', async () => {
    mount(`
<main><h1>Edit integration</h1>
<form class="form-horizontal">
 <div class="form-group"><label for="Name" class="control-label">Integration name</label><input id="Name" class="form-control" type="text" value="AlertOps – NOC"></div>
 <div class="form-group"><label for="Type" class="control-label">Integration type</label>
  <select id="Type" class="form-control" disabled><option value="Slack">Slack</option><option value="AlertOps" selected>AlertOps</option></select></div>
 <h3>Predefined variables</h3>
 <table class="table"><thead><tr><th>Variable</th><th>Value</th><th></th><th></th></tr></thead><tbody>
  <tr><td>Priority</td><td><input id="v1" type="text" class="form-control" value="P2"></td><td>${modeSelect('m1', 'en')}</td><td><button type="button">⋯</button></td></tr>
  <tr><td>AlertOpsUrl</td><td><input id="v2" type="text" class="form-control" value="${URL}"></td><td>${modeSelect('m2', 'en')}</td><td><button type="button">⋯</button></td></tr>
  <tr><td>Source</td><td><input id="v3" type="text" class="form-control" value="Uptrends"></td><td>${modeSelect('m3', 'en')}</td><td><button type="button">⋯</button></td></tr>
 </tbody></table>
 <button type="button">Send test alert</button> <button type="submit">Save</button>
</form></main>`);
    const before = snapshot();
    const watch = watchAll();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('already-filled');
    if (outcome.kind === 'already-filled') expect(outcome.uptrendsName).toBe('AlertOps – NOC');
    expectUnchanged(before);
    expect(watch.events).toBe(0);
    expect(watch.clicks).toBe(0);
  });

  it('U02 nl another AlertOps URL there → conflict, nothing changes; replace() puts the new URL in, keeps "Piket NL" and the other rows', async () => {
    mount(`
<div role="dialog" class="modal"><h3>Integratie bewerken</h3>
 <div class="form-group"><label for="n">Integratienaam</label><input id="n" type="text" value="Piket NL"></div>
 <div class="form-group"><label for="t">Integratietype</label><input id="t" type="text" readonly value="AlertOps"></div>
 <h4>Voorgedefinieerde variabelen</h4>
 <table class="table"><thead><tr><th>Variabele</th><th>Waarde</th><th></th></tr></thead><tbody>
  <tr><td>Prioriteit</td><td><input id="v1" type="text" value="P1"></td><td>${modeSelect('m1', 'nl')}</td></tr>
  <tr><td>AlertOpsUrl</td><td><input id="v2" type="text" value="${OTHER_URL}"></td><td>${modeSelect('m2', 'nl')}</td></tr>
  <tr><td>Bron</td><td><input id="v3" type="text" value="Uptrends"></td><td>${modeSelect('m3', 'nl')}</td></tr>
 </tbody></table>
 <button>Testalert versturen</button><button>Opslaan</button>
</div>`);
    const before = snapshot();
    const watch = watchAll();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('conflict');
    expectUnchanged(before);
    expect(watch.events, 'no events before replace()').toBe(0);
    if (outcome.kind !== 'conflict') return;
    expect(outcome.uptrendsName).toBe('Piket NL');
    const urlEvents = countInputs(q('#v2'));
    const replaced = await outcome.replace();
    expect(replaced.kind).toBe('filled');
    if (replaced.kind === 'filled') {
      expect(replaced.way).toBe('plain');
      expect(replaced.nameFilled).toBe(false);
      expect(replaced.uptrendsName).toBe('Piket NL');
    }
    expect(q('#v2').value).toBe(URL);
    expect(urlEvents.n).toBeGreaterThan(0);
    expectUnchanged(before, [q('#v2')]);
  });

  it('U03 de value behind "⋯" shows a legacy REST URL → conflict, dialog not opened; replace() stores the URL via Klartext/Auswählen', async () => {
    mount(`
<div class="editor"><h2>Integration bearbeiten</h2>
<dl class="dl-horizontal">
 <dt>Integrationsname</dt><dd><input id="n" type="text" value="Bereitschaft"></dd>
 <dt>Integrationstyp</dt><dd>AlertOps</dd>
</dl>
<h3>Vordefinierte Variablen</h3>
<table class="table"><thead><tr><th>Variable</th><th>Wert</th><th></th><th></th></tr></thead><tbody>
 <tr><td>AlertOpsUrl</td><td><span id="d1" class="value-display">${LEGACY_URL}</span></td><td>${modeSelect('m1', 'de')}</td>
  <td><button type="button" id="b1" class="btn btn-default" title="Wert bearbeiten">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Speichern</button></div>`);
    const state = wireDialog(q('#b1'), q('#d1'), dialogSpec(GERMAN_DIALOG));
    const before = snapshot();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('conflict');
    expect(state.opened, 'no dialog before the user agrees').toBe(0);
    expect(q('#d1').textContent).toBe(LEGACY_URL);
    expectUnchanged(before);
    if (outcome.kind !== 'conflict') return;
    expect(outcome.uptrendsName).toBe('Bereitschaft');
    const replaced = await outcome.replace();
    expect(replaced.kind).toBe('filled');
    if (replaced.kind === 'filled') expect(replaced.way).toBe('dialog');
    expect(state.stored).toBe(URL);
    expect(q('#d1').textContent).toBe(URL);
    expect(q('#n').value).toBe('Bereitschaft');
    expect(q<HTMLSelectElement>('#m1').selectedIndex).toBe(0);
  });

  it('U04 fr existing integration named "Astreinte Paris", URL emptied → filled, the name stays the user\'s', async () => {
    mount(`
<div class="modal" role="dialog"><h3 class="modal-title">Modifier l'intégration AlertOps</h3>
 <div class="form-group"><label for="n">Nom de l'intégration</label><input id="n" type="text" value="Astreinte Paris"></div>
 <h4>Variables prédéfinies</h4>
 <table class="table"><thead><tr><th>Variable</th><th>Valeur</th><th></th></tr></thead><tbody>
  <tr><td>AlertOpsUrl</td><td><input id="u" type="text" value=""></td><td>${modeSelect('m', 'fr')}</td></tr>
 </tbody></table>
 <button>Envoyer une alerte de test</button><button>Enregistrer</button>
</div>`);
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('filled');
    if (outcome.kind === 'filled') {
      expect(outcome.nameFilled).toBe(false);
      expect(outcome.uptrendsName).toBe('Astreinte Paris');
    }
    expect(q('#u').value).toBe(URL);
    expect(q('#n').value).toBe('Astreinte Paris');
    expect(q<HTMLSelectElement>('#m').selectedIndex).toBe(0);
  });

  it('U05 en heading "AlertOps integration", same URL shown next to "⋯" → already-filled, dialog never opened', async () => {
    mount(`
<section class="integration-editor"><h2>AlertOps integration</h2>
 <div class="form-group"><label for="n">Integration name</label><input id="n" type="text" value="AlertOps – NOC"></div>
 <h4>Predefined variables</h4>
 <div class="var-row"><span class="var-name">AlertOpsUrl</span> ${modeSelect('m', 'en')}
  <span id="disp" class="value-display">${URL}</span> <button type="button" id="dots" class="btn btn-default" title="Edit value">⋯</button></div>
 <button type="button">Send test alert</button><button type="submit">Save</button>
</section>`);
    const state = wireDialog(q('#dots'), q('#disp'), dialogSpec(ENGLISH_DIALOG));
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('already-filled');
    expect(state.opened).toBe(0);
    expect(q('#disp').textContent).toBe(URL);
    expect(q('#n').value).toBe('AlertOps – NOC');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Other integration types must not be filled
// ---------------------------------------------------------------------------------------------------------------

describe('blind8: other integration types are left alone', () => {
  it('U06 fr Slack editor (type as read-only input) whose user-given name mentions AlertOps: nothing filled', async () => {
    mount(`
<div class="modal" role="dialog"><h3>Modifier l'intégration</h3>
 <div class="form-group"><label for="n">Nom de l'intégration</label><input id="n" type="text" value="Alertes AlertOps → Slack"></div>
 <div class="form-group"><label for="t">Type d'intégration</label><input id="t" type="text" readonly value="Slack"></div>
 <h4>Variables prédéfinies</h4>
 <table class="table"><tbody>
  <tr><td>URL du webhook</td><td><input id="u" type="text" value=""></td><td>${modeSelect('m', 'fr')}</td></tr>
 </tbody></table>
 <button>Enregistrer</button>
</div>`);
    await expectNotAlertOps('Slack');
  });

  it('U07 nl Microsoft Teams (type in dl/dt/dd, WorkflowUrl row): nothing filled', async () => {
    mount(`
<div class="editor"><h2>Integratie bewerken</h2>
<dl><dt>Integratienaam</dt><dd><input id="n" type="text" value=""></dd>
<dt>Integratietype</dt><dd>Microsoft Teams</dd></dl>
<h3>Voorgedefinieerde variabelen</h3>
<table class="table"><thead><tr><th>Variabele</th><th>Waarde</th><th></th></tr></thead><tbody>
 <tr><td>WorkflowUrl</td><td><input id="u" type="text" value=""></td><td>${modeSelect('m', 'nl')}</td></tr>
</tbody></table>
<button>Testalert versturen</button><button>Opslaan</button></div>`);
    await expectNotAlertOps('Microsoft Teams');
  });

  it('U08 en Custom integration (disabled select lists AlertOps first) named "AlertOps (custom webhook)", ApiUrl row: nothing filled', async () => {
    mount(`
<form class="integration"><h2>Edit integration</h2>
 <div class="form-group"><label for="n">Integration name</label><input id="n" type="text" value="AlertOps (custom webhook)"></div>
 <div class="form-group"><label for="t">Integration type</label>
  <select id="t" disabled><option>AlertOps</option><option selected>Custom integration</option></select></div>
 <h4>Predefined variables</h4>
 <table class="table"><tbody>
  <tr><td>ApiUrl</td><td><input id="u" type="text" value=""></td><td>${modeSelect('m', 'en')}</td></tr>
 </tbody></table>
 <div class="form-group"><label for="body">Message body</label><textarea id="body">{"alert": "{{@Alert.Description}}"}</textarea></div>
 <button type="submit">Save</button>
</form>`);
    q<HTMLSelectElement>('#t').selectedIndex = 1;
    await expectNotAlertOps('Custom');
  });

  it('U09 de Splunk On-Call (SplunkOnCallUrl + RoutingKey), type as read-only input: nothing filled', async () => {
    mount(`
<div role="dialog" class="modal"><h3>Integration hinzufügen</h3>
 <div class="form-group"><label for="n">Integrationsname</label><input id="n" type="text" value=""></div>
 <div class="form-group"><label for="t">Integrationstyp</label><input id="t" type="text" readonly value="Splunk On-Call"></div>
 <h4>Vordefinierte Variablen</h4>
 <table class="table"><thead><tr><th>Variable</th><th>Wert</th><th></th></tr></thead><tbody>
  <tr><td>SplunkOnCallUrl</td><td><input id="u1" type="text" value=""></td><td>${modeSelect('m1', 'de')}</td></tr>
  <tr><td>RoutingKey</td><td><input id="u2" type="text" value=""></td><td>${modeSelect('m2', 'de')}</td></tr>
 </tbody></table>
 <button>Testalarm senden</button><button>Speichern</button>
</div>`);
    await expectNotAlertOps('Splunk On-Call');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Predefined variables as a table with several rows, value mode
// ---------------------------------------------------------------------------------------------------------------

describe('blind8: predefined variables table', () => {
  it('U10 fr four variables (DashboardUrl first, empty): only the AlertOpsUrl row gets the URL, name proposed', async () => {
    mount(`
<div class="modal" role="dialog"><h3>Ajouter intégration</h3>
 <div class="form-group"><label for="n">Nom de l'intégration</label><input id="n" type="text"></div>
 <div class="form-group"><label for="t">Type d'intégration</label><select id="t" disabled><option selected>AlertOps</option><option>Slack</option></select></div>
 <h4>Variables prédéfinies</h4>
 <table class="table"><thead><tr><th>Variable</th><th>Valeur</th><th></th><th></th></tr></thead><tbody>
  <tr><td>DashboardUrl</td><td><input id="v1" type="text" value=""></td><td>${modeSelect('m1', 'fr')}</td><td><button type="button">⋯</button></td></tr>
  <tr><td>AlertOpsUrl</td><td><input id="v2" type="text" value=""></td><td>${modeSelect('m2', 'fr')}</td><td><button type="button">⋯</button></td></tr>
  <tr><td>Priorité</td><td><input id="v3" type="text" value="P3"></td><td>${modeSelect('m3', 'fr')}</td><td><button type="button">⋯</button></td></tr>
  <tr><td>Source</td><td><input id="v4" type="text" value="Uptrends"></td><td>${modeSelect('m4', 'fr')}</td><td><button type="button">⋯</button></td></tr>
 </tbody></table>
 <button>Enregistrer</button>
</div>`);
    const before = snapshot();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('filled');
    if (outcome.kind === 'filled') {
      expect(outcome.way).toBe('plain');
      expect(outcome.nameFilled).toBe(true);
      expect(outcome.uptrendsName).toBe(PROPOSED);
    }
    expect(q('#v2').value).toBe(URL);
    expect(q('#n').value).toBe(PROPOSED);
    expectUnchanged(before, [q('#v2'), q('#n')]);
  });

  it('U11 de AlertOpsUrl set to "Wert in Eskalationsstufe eintragen" (no value input on its row) → per-level, URL put nowhere', async () => {
    mount(`
<div class="modal" role="dialog"><h3>Integration hinzufügen</h3>
 <div class="form-group"><label for="n">Integrationsname</label><input id="n" type="text"></div>
 <div class="form-group"><label for="t">Integrationstyp</label><input id="t" type="text" readonly value="AlertOps"></div>
 <h4>Vordefinierte Variablen</h4>
 <table class="table"><thead><tr><th>Variable</th><th>Wert</th><th></th></tr></thead><tbody>
  <tr><td>Quelle</td><td><input id="v1" type="text" value="Uptrends"></td><td>${modeSelect('m1', 'de')}</td></tr>
  <tr><td>AlertOpsUrl</td><td><span class="text-muted">Wird in der Eskalationsstufe angegeben</span></td><td>${modeSelect('m2', 'de')}</td></tr>
  <tr><td>DashboardUrl</td><td><input id="v3" type="text" value=""></td><td>${modeSelect('m3', 'de')}</td></tr>
 </tbody></table>
 <button>Speichern</button>
</div>`);
    q<HTMLSelectElement>('#m2').selectedIndex = 1;
    const before = snapshot();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('per-level');
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input'))) expect(el.value).not.toBe(URL);
    expect(q<HTMLSelectElement>('#m2').selectedIndex, 'mode left as the user set it').toBe(1);
    expectUnchanged(before, [q('#n')]);
    if (outcome.kind === 'per-level') {
      expect(q('#n').value).toBe(outcome.nameFilled ? PROPOSED : '');
      expect(outcome.uptrendsName).toBe(q('#n').value);
    }
  });

  it('U12 nl only "Prioriteit" is set per level; the AlertOpsUrl row says "Waarde hier opgeven" → filled there', async () => {
    mount(`
<div class="modal" role="dialog"><h3>Integratie toevoegen</h3>
 <div class="form-group"><label for="n">Integratienaam</label><input id="n" type="text"></div>
 <div class="form-group"><label>Integratietype</label><p class="form-control-static">AlertOps</p></div>
 <h4>Voorgedefinieerde variabelen</h4>
 <table class="table"><thead><tr><th>Variabele</th><th>Waarde</th><th></th></tr></thead><tbody>
  <tr><td>Prioriteit</td><td><span class="text-muted">—</span></td><td>${modeSelect('m1', 'nl')}</td></tr>
  <tr><td>AlertOpsUrl</td><td><input id="v2" type="text" value=""></td><td>${modeSelect('m2', 'nl')}</td></tr>
  <tr><td>Bron</td><td><input id="v3" type="text" value="Uptrends"></td><td>${modeSelect('m3', 'nl')}</td></tr>
 </tbody></table>
 <button>Opslaan</button>
</div>`);
    q<HTMLSelectElement>('#m1').selectedIndex = 1;
    await expectPlainFill({ url: '#v2', name: '#n', untouched: ['#m1', '#m2', '#m3', '#v3'] });
    expect(q<HTMLSelectElement>('#m1').selectedIndex).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// "Choose integration type" step before the form
// ---------------------------------------------------------------------------------------------------------------

/** Type chooser is on screen: nothing may be typed, nothing chosen or clicked for the user. */
async function expectNoFillOnChooser(): Promise<void> {
  const before = snapshot();
  const watch = watchAll();
  const editor = findIntegrationEditor(document);
  if (editor) {
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(['filled', 'already-filled', 'conflict', 'dialog-needs-confirm']).not.toContain(outcome.kind);
  }
  expectUnchanged(before);
  expect(watch.events, 'no input/change events on the chooser').toBe(0);
  expect(watch.clicks, 'no type chosen for the user').toBe(0);
}

const card = (type: string, text: string, button: string) =>
  `<div class="type-card"><img src="/img/${type.toLowerCase().replace(/\s/g, '')}.svg" alt=""><h4>${type}</h4><p>${text}</p><button type="button" class="btn btn-default">${button}</button></div>`;

describe('blind8: choose-type step, then the form', () => {
  it('U13 en "Add integration" cards with "Choose" and a type search box: no fill; once the AlertOps form replaces them, filled', async () => {
    mount(`
<div role="dialog" aria-labelledby="dt" class="modal"><h3 id="dt">Add integration</h3>
<div class="modal-body" id="body">
 <input type="search" id="search" placeholder="Search" aria-label="Search integration types">
 <div class="type-grid">
  ${card('AlertOps', 'Create incidents in AlertOps.', 'Choose')}
  ${card('Slack', 'Post alerts to a Slack channel.', 'Choose')}
  ${card('Microsoft Teams', 'Post alerts to a Teams channel.', 'Choose')}
  ${card('Custom integration', 'Call any webhook (ApiUrl).', 'Choose')}
 </div></div>
<div class="modal-footer"><button type="button">Cancel</button></div></div>`);
    await expectNoFillOnChooser();
    expect(q('#search').value).toBe('');
    must(document.querySelector('#body')).innerHTML = `
 <div class="form-group"><label for="n">Integration name</label><input id="n" type="text"></div>
 <div class="form-group"><label for="t">Integration type</label><input id="t" type="text" readonly value="AlertOps"></div>
 <h4>Predefined variables</h4>
 <table class="table"><tbody><tr><td>AlertOpsUrl</td><td><input id="u" type="text"></td><td>${modeSelect('m', 'en')}</td><td><button type="button">⋯</button></td></tr></tbody></table>
 <button type="button">Send test alert</button><button type="submit">Save</button>`;
    await expectPlainFill({ url: '#u', name: '#n', untouched: ['#m', '#t'] });
  });

  it('U14 nl radio list with AlertOps selected but "Kiezen" not yet clicked: no fill, radio left as is; then the form → filled', async () => {
    mount(`
<div role="dialog" class="modal"><h3>Integratie toevoegen</h3>
<div class="modal-body" id="body"><p>Kies het type integratie</p>
 <div role="radiogroup" aria-label="Integratietype">
  <label><input type="radio" name="type" value="alertops" checked> AlertOps</label>
  <label><input type="radio" name="type" value="slack"> Slack</label>
  <label><input type="radio" name="type" value="teams"> Microsoft Teams</label>
  <label><input type="radio" name="type" value="splunk"> Splunk On-Call</label>
 </div>
 <button type="button" id="choose" class="btn btn-primary">Kiezen</button></div>
<div class="modal-footer"><button type="button">Annuleren</button></div></div>`);
    await expectNoFillOnChooser();
    expect(q('input[value="alertops"]').checked).toBe(true);
    must(document.querySelector('#body')).innerHTML = `
 <div class="form-group"><label for="n">Integratienaam</label><input id="n" type="text"></div>
 <div class="form-group"><label for="t">Integratietype</label><select id="t" disabled><option selected>AlertOps</option></select></div>
 <h4>Voorgedefinieerde variabelen</h4>
 <table class="table"><tbody><tr><td>AlertOpsUrl</td><td><input id="u" type="text"></td><td>${modeSelect('m', 'nl')}</td></tr></tbody></table>
 <button>Opslaan</button>`;
    await expectPlainFill({ url: '#u', name: '#n', untouched: ['#m'] });
  });

  it('U15 de cards with "Auswählen", then the form with the type in dl/dd → filled only after the form is there', async () => {
    mount(`
<div role="dialog" class="modal"><h3>Integration hinzufügen</h3>
<div class="modal-body" id="body">
 <div class="type-grid">
  ${card('Slack', 'Alarme in einen Slack-Kanal senden.', 'Auswählen')}
  ${card('AlertOps', 'Vorfälle in AlertOps erstellen.', 'Auswählen')}
  ${card('Splunk On-Call', 'Alarme an Splunk On-Call senden.', 'Auswählen')}
 </div></div>
<div class="modal-footer"><button type="button">Abbrechen</button></div></div>`);
    await expectNoFillOnChooser();
    must(document.querySelector('#body')).innerHTML = `
 <dl><dt>Integrationsname</dt><dd><input id="n" type="text"></dd><dt>Integrationstyp</dt><dd>AlertOps</dd></dl>
 <h4>Vordefinierte Variablen</h4>
 <table class="table"><tbody>
  <tr><td>AlertOpsUrl</td><td><input id="u" type="text"></td><td>${modeSelect('m1', 'de')}</td></tr>
  <tr><td>Quelle</td><td><input id="s" type="text" value="Uptrends"></td><td>${modeSelect('m2', 'de')}</td></tr>
 </tbody></table>
 <button>Speichern</button>`;
    await expectPlainFill({ url: '#u', name: '#n', untouched: ['#s', '#m1', '#m2'] });
  });

  it('U16 fr cards with "Choisir"; the user chooses Slack and the Slack form appears → still nothing filled', async () => {
    mount(`
<div role="dialog" class="modal"><h3>Ajouter intégration</h3>
<div class="modal-body" id="body">
 <div class="type-grid">
  ${card('AlertOps', 'Créer des incidents dans AlertOps.', 'Choisir')}
  ${card('Slack', 'Publier les alertes dans un canal Slack.', 'Choisir')}
 </div></div>
<div class="modal-footer"><button type="button">Annuler</button></div></div>`);
    await expectNoFillOnChooser();
    must(document.querySelector('#body')).innerHTML = `
 <div class="form-group"><label for="n">Nom de l'intégration</label><input id="n" type="text"></div>
 <div class="form-group"><label for="t">Type d'intégration</label><input id="t" type="text" readonly value="Slack"></div>
 <h4>Variables prédéfinies</h4>
 <table class="table"><tbody><tr><td>URL du webhook</td><td><input id="u" type="text"></td><td>${modeSelect('m', 'fr')}</td></tr></tbody></table>
 <button>Enregistrer</button>`;
    await expectNotAlertOps('Slack');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Escalation levels
// ---------------------------------------------------------------------------------------------------------------

const OPTS: Record<Lang, [string, string]> = {
  en: ['Send OK alerts', 'Send reminder alerts'],
  nl: ['OK-alerts versturen', 'Herinneringsalerts versturen'],
  de: ['OK-Alarme senden', 'Erinnerungsalarme senden'],
  fr: ['Envoyer les alertes OK', 'Envoyer les alertes de rappel'],
};

/** One integration: checkbox with label, and (when checked or `expanded`) its OK/reminder options. */
const integ = (lang: Lang, id: string, name: string, checked = false, extra = '') =>
  `<li class="integration"><input type="checkbox" id="${id}"${checked ? ' checked' : ''}><label for="${id}">${name}</label>${
    checked
      ? `<div class="integration-options"><label><input type="checkbox" id="${id}-ok" checked> ${OPTS[lang][0]}</label><label><input type="checkbox" id="${id}-rem"> ${OPTS[lang][1]}</label>${extra}</div>`
      : ''
  }</li>`;

describe('blind8: escalation levels', () => {
  it('U17 en four level tabs (only level 3 shown), older "Alerts by integrations", own "Ops pager" beside "AlertOps – NOC"', () => {
    const names = ['E-mail', 'SMS', 'Phone', 'Slack', 'Ops pager', 'AlertOps – NOC'];
    const panel = (n: number) => `<div role="tabpanel" id="p${n}" aria-labelledby="t${n}"${n === 3 ? '' : ' hidden'}>
<div class="checkbox"><label><input type="checkbox" id="act${n}"${n === 1 ? ' checked' : ''}> Active</label></div>
<h4>Alerts by integrations</h4><ul class="list-unstyled">${names.map((nm, i) => integ('en', `l${n}-i${i}`, nm, i === 0)).join('')}</ul></div>`;
    mount(`<h1>Alert definition: Web shop</h1>
<div role="tablist">${[1, 2, 3, 4]
      .map(
        (n) =>
          `<button type="button" role="tab" id="t${n}" aria-controls="p${n}" aria-selected="${n === 3}">Escalation level ${n}</button>`,
      )
      .join('')}</div>
${[1, 2, 3, 4].map(panel).join('')}<button>Save</button>`);
    const before = snapshot();
    const levels = findEscalationLevels(document);
    const level3 = must(levels.find((l) => l.number === 3));
    expect(level3.active).toBe(false);
    expect(level3.integrations.map((i) => i.name)).toEqual(names);
    const choice = chooseAlertOpsBox(level3, []);
    expect(choice.kind).toBe('one');
    if (choice.kind !== 'one') return;
    expect(choice.item.box).toBe(q('#l3-i5'));
    tick(choice.item.box);
    expect(q('#l3-i5').checked).toBe(true);
    expectUnchanged(before, [q('#l3-i5')]);
  });

  it('U18 nl two AlertOps boxes on each of two levels → ambiguous (both listed, nothing ticked); remembered "AlertOps Test" picks it on level 2', () => {
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket', 'AlertOps Test'];
    const section = (n: number, on: boolean) => `<section class="level" aria-labelledby="h${n}">
<h3 id="h${n}">Escalatieniveau ${n}</h3>
<div class="checkbox"><label><input type="checkbox" id="act${n}"${on ? ' checked' : ''}> Actief</label></div>
<h4>Alerts versturen door integraties</h4><ul>${names.map((nm, i) => integ('nl', `l${n}-i${i}`, nm, i === 0)).join('')}</ul></section>`;
    mount(`<h1>Alertdefinitie bewerken</h1>${section(1, true)}${section(2, true)}<button>Opslaan</button>`);
    const before = snapshot();
    const levels = findEscalationLevels(document);
    expect(levels.map((l) => l.number)).toEqual([1, 2]);
    const choice = chooseAlertOpsBox(must(levels[0]), []);
    expect(choice.kind).toBe('ambiguous');
    if (choice.kind === 'ambiguous')
      expect(choice.items.map((i) => i.name).sort()).toEqual(['AlertOps Piket', 'AlertOps Test']);
    expectUnchanged(before);
    expectTicks(1, q('#l2-i5'), ['AlertOps Test']);
  });

  it('U19 de remembered "Pager prod" (no "AlertOps" in its name) wins over an old "AlertOps Altlast" box', () => {
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Altlast', 'Pager prod'];
    mount(`<div role="tablist"><div role="tab" aria-selected="true">Eskalationsstufe 1</div><div role="tab" aria-selected="false">Eskalationsstufe 2</div></div>
<div role="tabpanel"><label><input type="checkbox" id="act" checked> Aktiv</label>
<h4>Alarmierung durch Integrationen</h4><ul>${names.map((nm, i) => integ('de', `i${i}`, nm, i === 0)).join('')}</ul></div>`);
    const levels = expectTicks(0, q('#i5'), ['Pager prod']);
    expect(must(levels[0]).active).toBe(true);
    expect(q('#i4').checked).toBe(false);
  });

  it('U20 fr remembered "Pager prod" absent from this account: the only AlertOps box "AlertOps astreinte" is the one', () => {
    const names = ['E-mail', 'SMS', 'Téléphone', 'Slack', 'AlertOps astreinte'];
    mount(`<ul class="nav nav-tabs"><li class="active"><a role="tab" href="#l1">Niveau d'escalade 1</a></li><li><a role="tab" href="#l2">Niveau d'escalade 2</a></li></ul>
<div class="tab-content"><div class="tab-pane active" id="l1" role="tabpanel">
<div class="checkbox"><label><input type="checkbox" id="act" checked> Actif</label></div>
<h4>Alertes par intégrations</h4><ul>${names.map((nm, i) => integ('fr', `i${i}`, nm, i === 0)).join('')}</ul></div></div>`);
    const levels = expectTicks(0, q('#i4'), ['Pager prod']);
    expect(must(levels[0]).number).toBe(1);
  });

  it('U21 en neither an AlertOps-like box nor the remembered "Pager prod" (only "Pager staging") → none, nothing ticked', () => {
    const names = ['E-mail', 'SMS', 'Phone', 'Slack', 'Pager staging', 'Ops webhook'];
    mount(`<div role="tablist"><div role="tab" aria-selected="true">Escalation level 1</div></div>
<div role="tabpanel"><label><input type="checkbox" id="act" checked> Active</label>
<h4>Alerting by integrations</h4><ul>${names.map((nm, i) => integ('en', `i${i}`, nm, i === 0)).join('')}</ul></div>`);
    const before = snapshot();
    const levels = findEscalationLevels(document);
    expect(levels.length).toBe(1);
    expect(chooseAlertOpsBox(must(levels[0]), ['Pager prod']).kind).toBe('none');
    expect(chooseAlertOpsBox(must(levels[0]), []).kind).toBe('none');
    expectUnchanged(before);
  });

  it('U22 fr per-level value: AlertOps ticked with its own "AlertOpsUrl" field, a custom webhook ticked with "ApiUrl" → the AlertOps one', () => {
    const varRow = (id: string, name: string) =>
      `<div class="level-variable"><label for="${id}">${name}</label><input id="${id}" type="text" placeholder="Valeur"></div>`;
    mount(`<ul class="nav nav-tabs"><li class="active"><a role="tab" href="#l1">Niveau d'escalade 1</a></li></ul>
<div class="tab-pane active" id="l1" role="tabpanel">
<div class="checkbox"><label><input type="checkbox" id="act" checked> Actif</label></div>
<h4>Alertes par intégrations</h4><ul>
${integ('fr', 'mail', 'E-mail', true)}${integ('fr', 'sms', 'SMS')}${integ('fr', 'tel', 'Téléphone')}
${integ('fr', 'hook', 'Webhook perso', true, varRow('hook-var', 'ApiUrl'))}
${integ('fr', 'ao', 'AlertOps astreinte', true, varRow('ao-var', 'AlertOpsUrl'))}
</ul></div>`);
    const levels = findEscalationLevels(document);
    const level = must(levels[0]);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind).toBe('one');
    if (choice.kind !== 'one') return;
    expect(choice.item.box).toBe(q('#ao'));
    expect(levelUrlField(level, choice.item)).toBe(q('#ao-var'));
  });

  it('U23 en per-level field appears only once AlertOps is ticked; levelUrlField finds it then, and none for Slack', () => {
    mount(`<div role="tablist"><div role="tab" aria-selected="true">Escalation level 2</div></div>
<div role="tabpanel"><label><input type="checkbox" id="act" checked> Active</label>
<h4>Alerting by integrations</h4><ul>
${integ('en', 'mail', 'E-mail', true)}${integ('en', 'sms', 'SMS')}${integ('en', 'phone', 'Phone')}${integ('en', 'slack', 'Slack', true)}
<li class="integration" id="ao-li"><input type="checkbox" id="ao"><label for="ao">AlertOps – NOC</label></li>
</ul></div>`);
    const box = q('#ao');
    const render = () => {
      if (!box.checked || document.querySelector('#ao-var')) return;
      const div = document.createElement('div');
      div.className = 'integration-options';
      div.innerHTML = `<label><input type="checkbox" id="ao-ok" checked> Send OK alerts</label><label><input type="checkbox" id="ao-rem"> Send reminder alerts</label>
<div class="level-variable"><label for="ao-var">AlertOpsUrl</label><input id="ao-var" type="text" placeholder="Value"></div>`;
      q('#ao-li').append(div);
    };
    box.addEventListener('change', render);
    box.addEventListener('click', render);
    const levels = expectTicks(0, box);
    expect(must(levels[0]).number).toBe(2);
    const field = q('#ao-var');
    const level = must(findEscalationLevels(document)[0]);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind).toBe('one');
    if (choice.kind !== 'one') return;
    expect(levelUrlField(level, choice.item)).toBe(field);
    const slack = must(level.integrations.find((i) => i.name === 'Slack'));
    expect(levelUrlField(level, slack)).toBeUndefined();
  });

  it('U24 de two levels, options rows per ticked integration: integration names are exactly the integrations, level 2 inactive', () => {
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Bereitschaft'];
    const level = (
      n: number,
      on: boolean,
    ) => `<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Eskalationsstufe ${n}</h3></div>
<div class="panel-body"><div class="checkbox"><label><input type="checkbox" id="act${n}"${on ? ' checked' : ''}> Aktiv</label></div>
<div class="form-group"><label for="after${n}">Eskalieren nach (Minuten)</label><input id="after${n}" type="number" value="${n * 15}"></div>
<h4>Alarmierung durch Integrationen</h4><ul>${names.map((nm, i) => integ('de', `l${n}-i${i}`, nm, i === 0 || i === 3)).join('')}</ul></div></div>`;
    mount(`<h1>Meldedefinition bearbeiten</h1>${level(1, true)}${level(2, false)}<button>Speichern</button>`);
    const levels = expectTicks(1, q('#l2-i4'));
    expect(levels.map((l) => l.number)).toEqual([1, 2]);
    expect(levels.map((l) => l.active)).toEqual([true, false]);
    expect(must(levels[1]).integrations.map((i) => i.name)).toEqual(names);
    expect(must(levels[1]).label).toContain('Eskalationsstufe 2');
  });
});
