/**
 * Second blind round of Uptrends console renderings (integration editor as a full page with a sidebar, variables tables,
 * Knockout/ASP.NET MVC markup; escalation levels as accordions and cards), written from /work/shared/domain.md only,
 * without reading the locators' source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tick } from '../../src/dom/fields';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, findEscalationLevels } from '../../src/sites/uptrends/escalation';
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

const CALLBACK = 'https://status.example.com/hooks/uptrends';

afterEach(resetPage);

/** A non-AlertOps editor: nothing may change. */
async function expectLeftAlone(fields: string[]) {
  const before = fields.map((s) => [q(s), q(s).value] as const);
  const editor = findIntegrationEditor(document);
  if (editor) {
    expect(editor.isAlertOps, 'isAlertOps').toBe(false);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('not-alertops');
  }
  for (const [el, v] of before) expect(el.value, `untouched ${el.id}`).toBe(v);
}

/** Full-page shell: top bar, sidebar listing the account's other integrations, main content. */
const shell = (main: string, lang: 'en' | 'nl' | 'de' | 'fr' = 'en') => {
  const t = {
    en: ['Alerting', 'Integrations', 'Add integration', 'Alert definitions'],
    nl: ['Alerting', 'Integraties', 'Integratie toevoegen', 'Alertdefinities'],
    de: ['Alarmierung', 'Integrationen', 'Integration hinzufügen', 'Meldedefinitionen'],
    fr: ['Alerte', 'Intégrations', 'Ajouter intégration', "Définitions d'alerte"],
  }[lang];
  return `
<header class="navbar navbar-default"><a class="navbar-brand" href="/">Uptrends</a>
 <ul class="nav navbar-nav"><li class="dropdown"><a href="#">${t[0]}</a><ul class="dropdown-menu">
  <li><a href="/Alerting/Integrations">${t[1]}</a></li><li><a href="/Alerting/AlertDefinitions">${t[3]}</a></li></ul></li></ul></header>
<div class="container-fluid"><div class="row">
 <nav class="col-sm-3 sidebar" aria-label="${t[1]}">
  <h3>${t[1]}</h3><a class="btn btn-default btn-sm" href="/Integrations/New">${t[2]}</a>
  <ul class="list-group">
   <li class="list-group-item"><a href="/Integrations/Edit/1"><span class="badge">AlertOps</span> AlertOps staging</a></li>
   <li class="list-group-item"><a href="/Integrations/Edit/2"><span class="badge">Slack</span> Slack ops</a></li>
   <li class="list-group-item"><a href="/Integrations/Edit/3"><span class="badge">Microsoft Teams</span> Teams NOC</a></li>
  </ul></nav>
 <main class="col-sm-9" role="main">${main}</main>
</div></div>`;
};

const modeSelect = (id: string, lang: 'en' | 'nl' | 'de' | 'fr' = 'en') => {
  const t = {
    en: ['Specify value here', 'Specify value in escalation level'],
    nl: ['Waarde hier opgeven', 'Waarde opgeven in escalatieniveau'],
    de: ['Wert hier eintragen', 'Wert in Eskalationsstufe eintragen'],
    fr: ['Spécifiez la valeur ici', "Spécifiez la valeur dans le niveau d'escalade"],
  }[lang];
  return `<select id="${id}" class="form-control input-sm" data-bind="value: ValueMode"><option value="Here">${t[0]}</option><option value="Level">${t[1]}</option></select>`;
};

// ---------------------------------------------------------------------------------------------------------------
// Integration editor as a full page
// ---------------------------------------------------------------------------------------------------------------

describe('blind2: integration editor, full page', () => {
  it('P01 en full page with sidebar, heading "New AlertOps integration", table Name|Value|mode|⋯ with AlertOpsUrl + CallbackUrl', async () => {
    mount(
      shell(`
<h1>New AlertOps integration</h1>
<form method="post" action="/Integrations/Save" class="form-horizontal" data-bind="submit: save">
 <div class="form-group"><label for="Name" class="col-sm-3 control-label">Integration name</label>
  <div class="col-sm-6"><input id="Name" name="Name" class="form-control" type="text" data-bind="value: Name, valueUpdate: 'input'"></div></div>
 <h3>Predefined variables</h3>
 <table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead>
  <tbody data-bind="foreach: Variables">
   <tr><td data-bind="text: Name">AlertOpsUrl</td><td><input id="v1" type="text" class="form-control" data-bind="value: Value"></td>
    <td>${modeSelect('m1')}</td><td><button type="button" class="btn btn-default btn-sm">⋯</button></td></tr>
   <tr><td data-bind="text: Name">CallbackUrl</td><td><input id="v2" type="text" class="form-control" data-bind="value: Value"></td>
    <td>${modeSelect('m2')}</td><td><button type="button" class="btn btn-default btn-sm">⋯</button></td></tr>
  </tbody></table>
 <button type="button" class="btn btn-default">Send test alert</button> <button type="submit" class="btn btn-primary">Save</button>
</form>`),
    );
    await expectPlainFill({ url: '#v1', name: '#Name', untouched: ['#v2', '#m1', '#m2'] });
  });

  it('P02 en Dashboard URL row listed BEFORE the AlertOps URL row, human-readable variable names', async () => {
    mount(
      shell(`
<h1>Edit integration</h1>
<div class="form-group"><label for="Name">Integration name</label><input id="Name" class="form-control" type="text"></div>
<div class="form-group"><label>Integration type</label> <span class="label label-info">AlertOps</span></div>
<h3>Predefined variables</h3>
<table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead><tbody>
 <tr><td>Dashboard URL</td><td><input id="v1" type="text" class="form-control"></td><td>${modeSelect('m1')}</td><td><button type="button">⋯</button></td></tr>
 <tr><td>AlertOps URL</td><td><input id="v2" type="text" class="form-control"></td><td>${modeSelect('m2')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Save</button>`),
    );
    await expectPlainFill({ url: '#v2', name: '#Name', untouched: ['#v1'] });
  });

  it('P03 en variables "API URL" and "Callback URL" — API URL is the AlertOps one (KB wording)', async () => {
    mount(
      shell(`
<h1>New AlertOps integration</h1>
<div class="form-group"><label for="Name">Integration name</label><input id="Name" class="form-control" type="text"></div>
<h3>Predefined variables</h3>
<table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead><tbody>
 <tr><td>Callback URL</td><td><input id="v1" type="text" class="form-control"></td><td>${modeSelect('m1')}</td><td><button type="button">⋯</button></td></tr>
 <tr><td>API URL</td><td><input id="v2" type="text" class="form-control"></td><td>${modeSelect('m2')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Save</button>`),
    );
    await expectPlainFill({ url: '#v2', name: '#Name', untouched: ['#v1'] });
  });

  it('P05 de labels only by aria-label, type in a badge next to the heading', async () => {
    mount(
      shell(
        `
<h1>Integration bearbeiten <span class="badge badge-secondary">AlertOps</span></h1>
<input id="Name" class="form-control" type="text" aria-label="Integrationsname">
<h3>Vordefinierte Variablen</h3>
<table class="table"><thead><tr><th>Name</th><th>Wert</th><th></th><th></th></tr></thead><tbody>
 <tr><td>AlertOpsUrl</td><td><input id="v1" type="text" class="form-control" aria-label="Wert für AlertOpsUrl"></td><td>${modeSelect('m1', 'de')}</td><td><button type="button" aria-label="Wert bearbeiten">⋯</button></td></tr>
 <tr><td>CallbackUrl</td><td><input id="v2" type="text" class="form-control" aria-label="Wert für CallbackUrl"></td><td>${modeSelect('m2', 'de')}</td><td><button type="button" aria-label="Wert bearbeiten">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Speichern</button>`,
        'de',
      ),
    );
    await expectPlainFill({ url: '#v1', name: '#Name', untouched: ['#v2'] });
  });

  it('P06 fr heading "Nouvelle intégration AlertOps", label given by a preceding <span> in the same cell', async () => {
    mount(
      shell(
        `
<h1>Nouvelle intégration AlertOps</h1>
<table class="form-table"><tbody>
 <tr><td><span class="field-label">Nom de l'intégration</span> <input id="Name" type="text" class="form-control"></td></tr>
</tbody></table>
<h3>Variables prédéfinies</h3>
<table class="table"><tbody>
 <tr><td><span class="var-name">URL d'API</span> <input id="v1" type="text" class="form-control"></td><td>${modeSelect('m1', 'fr')}</td><td><button type="button">⋯</button></td></tr>
 <tr><td><span class="var-name">URL de rappel</span> <input id="v2" type="text" class="form-control"></td><td>${modeSelect('m2', 'fr')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Enregistrer</button>`,
        'fr',
      ),
    );
    await expectPlainFill({ url: '#v1', name: '#Name', untouched: ['#v2'] });
  });

  it('P07 en ASP.NET MVC input-group-addon carries the variable name, label for= on the name', async () => {
    mount(
      shell(`
<h2>Edit integration</h2>
<form action="/Integrations/Edit/7" method="post"><input name="__RequestVerificationToken" type="hidden" value="abc">
 <div class="form-group"><label class="control-label" for="Integration_Name">Integration name</label>
  <input class="form-control text-box single-line" id="Integration_Name" name="Integration.Name" type="text" value=""></div>
 <div class="form-group"><label class="control-label" for="Integration_Type">Integration type</label>
  <input class="form-control" id="Integration_Type" name="Integration.Type" type="text" value="AlertOps" readonly></div>
 <fieldset><legend>Predefined variables</legend>
  <div class="form-group"><div class="input-group"><span class="input-group-addon">AlertOpsUrl</span>
   <input class="form-control" id="Variables_0__Value" name="Variables[0].Value" type="text" value="">
   <span class="input-group-btn"><button class="btn btn-default" type="button">⋯</button></span></div></div>
  <div class="form-group"><div class="input-group"><span class="input-group-addon">CallbackUrl</span>
   <input class="form-control" id="Variables_1__Value" name="Variables[1].Value" type="text" value="">
   <span class="input-group-btn"><button class="btn btn-default" type="button">⋯</button></span></div></div>
 </fieldset>
 <input type="submit" class="btn btn-primary" value="Save">
</form>`),
    );
    await expectPlainFill({
      url: '#Variables_0__Value',
      name: '#Integration_Name',
      untouched: ['#Variables_1__Value', '#Integration_Type'],
    });
  });

  it('P08 nl Knockout: type in a disabled select, variable name via data-bind text span, aria-label "Waarde"', async () => {
    mount(
      shell(
        `
<h1>Nieuwe integratie</h1>
<div class="form-group"><label for="Name">Integratienaam</label><input id="Name" type="text" class="form-control" data-bind="textInput: name"></div>
<div class="form-group"><label for="Type">Integratietype</label>
 <select id="Type" class="form-control" disabled data-bind="options: types, value: type"><option>AlertOps</option><option>Slack</option><option>Microsoft Teams</option></select></div>
<h3>Voorgedefinieerde variabelen</h3>
<div data-bind="foreach: variables">
 <div class="row variable-row"><div class="col-sm-3"><span data-bind="text: name">AlertOpsUrl</span></div>
  <div class="col-sm-5"><input id="v1" type="text" class="form-control" aria-label="Waarde" data-bind="textInput: value"></div>
  <div class="col-sm-3">${modeSelect('m1', 'nl')}</div><div class="col-sm-1"><button type="button" class="btn btn-link">⋯</button></div></div>
 <div class="row variable-row"><div class="col-sm-3"><span data-bind="text: name">DashboardUrl</span></div>
  <div class="col-sm-5"><input id="v2" type="text" class="form-control" aria-label="Waarde" data-bind="textInput: value"></div>
  <div class="col-sm-3">${modeSelect('m2', 'nl')}</div><div class="col-sm-1"><button type="button" class="btn btn-link">⋯</button></div></div>
</div>
<button class="btn btn-primary">Opslaan</button>`,
        'nl',
      ),
    );
    await expectPlainFill({ url: '#v1', name: '#Name', untouched: ['#v2', '#Type'] });
  });

  it('P09 en name already typed by the user stays; Callback URL pre-filled with a non-AlertOps URL stays', async () => {
    mount(
      shell(`
<h1>New AlertOps integration</h1>
<div class="form-group"><label for="Name">Integration name</label><input id="Name" class="form-control" type="text" value="On-call bridge"></div>
<h3>Predefined variables</h3>
<table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead><tbody>
 <tr><td>AlertOpsUrl</td><td><input id="v1" type="text" class="form-control"></td><td>${modeSelect('m1')}</td><td><button type="button">⋯</button></td></tr>
 <tr><td>CallbackUrl</td><td><input id="v2" type="text" class="form-control" value="${CALLBACK}"></td><td>${modeSelect('m2')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Save</button>`),
    );
    await expectPlainFill({ url: '#v1', name: '#Name', nameBefore: 'On-call bridge', untouched: ['#v2'] });
  });

  it('P10 en AlertOps row already holds the URL → already-filled, no input event', async () => {
    mount(
      shell(`
<h1>Edit integration</h1><span class="badge">AlertOps</span>
<div class="form-group"><label for="Name">Integration name</label><input id="Name" class="form-control" type="text" value="AlertOps prod"></div>
<h3>Predefined variables</h3>
<table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead><tbody>
 <tr><td>AlertOpsUrl</td><td><input id="v1" type="text" class="form-control" value="${URL}"></td><td>${modeSelect('m1')}</td><td><button type="button">⋯</button></td></tr>
 <tr><td>CallbackUrl</td><td><input id="v2" type="text" class="form-control"></td><td>${modeSelect('m2')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>`),
    );
    const ev = countInputs(q('#v1'));
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('already-filled');
    expect(ev.n).toBe(0);
    expect(q('#v2').value).toBe('');
  });

  it('P11 en AlertOps row set to "Specify value in escalation level" → per-level, nothing filled', async () => {
    mount(
      shell(`
<h1>New AlertOps integration</h1>
<div class="form-group"><label for="Name">Integration name</label><input id="Name" class="form-control" type="text"></div>
<h3>Predefined variables</h3>
<table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead><tbody>
 <tr><td>AlertOpsUrl</td><td><input id="v1" type="text" class="form-control" disabled></td><td>${modeSelect('m1')}</td><td><button type="button">⋯</button></td></tr>
 <tr><td>CallbackUrl</td><td><input id="v2" type="text" class="form-control"></td><td>${modeSelect('m2')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>`),
    );
    q<HTMLSelectElement>('#m1').selectedIndex = 1;
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('per-level');
    expect(q('#v1').value).toBe('');
    expect(q('#v2').value).toBe('');
  });

  it('P12 de dialog way inside the table: the ⋯ button of the AlertOps row, not of the Callback row', async () => {
    mount(
      shell(
        `
<h1>Neue AlertOps-Integration</h1>
<div class="form-group"><label for="Name">Integrationsname</label><input id="Name" class="form-control" type="text"></div>
<h3>Vordefinierte Variablen</h3>
<table class="table"><thead><tr><th>Name</th><th>Wert</th><th></th><th></th></tr></thead><tbody>
 <tr><td>CallbackUrl</td><td><span id="d1" class="form-control-static">—</span></td><td>${modeSelect('m1', 'de')}</td><td><button type="button" id="b1" class="btn btn-default">⋯</button></td></tr>
 <tr><td>AlertOpsUrl</td><td><span id="d2" class="form-control-static">—</span></td><td>${modeSelect('m2', 'de')}</td><td><button type="button" id="b2" class="btn btn-default">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Speichern</button>`,
        'de',
      ),
    );
    const html = `<div role="dialog" aria-modal="true" class="modal"><h4>Wert</h4>
<div class="radio"><label><input type="radio" name="src" value="plain" checked> Klartext</label></div>
<div class="radio"><label><input type="radio" name="src" value="vault"> Tresor-Zugangsdaten</label></div>
<div class="form-group"><label for="val">Wert</label><input id="val" type="text"></div>
<button type="button" class="btn btn-primary" id="sel">Auswählen</button><button type="button" class="btn">Abbrechen</button></div>`;
    const spec = {
      html,
      plainChosen: (d: Element) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d: Element) => must(d.querySelector<HTMLInputElement>('#val')),
      selectButton: (d: Element) => must(d.querySelector('#sel')),
    };
    const wrong = wireDialog(q('#b1'), q('#d1'), spec);
    const right = wireDialog(q('#b2'), q('#d2'), spec);
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(wrong.opened, 'callback row dialog not opened').toBe(0);
    expect(right.stored).toBe(URL);
    expect(outcome.kind).toBe('filled');
    expect(q('#d1').textContent).toBe('—');
  });

  it('P13 en AlertOps chip is in the sidebar too; the main editor is the AlertOps one via its heading only', async () => {
    mount(
      shell(`
<div class="page-header"><h1>New AlertOps integration</h1></div>
<div class="panel panel-default"><div class="panel-body">
 <div class="form-group"><input id="Name" class="form-control" type="text" placeholder="Integration name"></div>
 <h4>Predefined variables</h4>
 <table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead><tbody>
  <tr><td>AlertOpsUrl</td><td><input id="v1" type="text" class="form-control" placeholder="Value"></td><td>${modeSelect('m1')}</td><td><button type="button">⋯</button></td></tr>
 </tbody></table>
</div><div class="panel-footer"><button class="btn btn-primary">Save</button></div></div>`),
    );
    await expectPlainFill({ url: '#v1', name: '#Name' });
  });
});

describe('blind2: other integration types on a full page must not be filled', () => {
  it('P14 en Microsoft Teams editor (WorkflowUrl), sidebar lists "AlertOps staging"', async () => {
    mount(
      shell(`
<h1>Edit integration</h1>
<div class="form-group"><label for="Name">Integration name</label><input id="Name" class="form-control" type="text" value="Teams NOC"></div>
<div class="form-group"><label>Integration type</label> <span class="badge">Microsoft Teams</span></div>
<h3>Predefined variables</h3>
<table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead><tbody>
 <tr><td>WorkflowUrl</td><td><input id="v1" type="text" class="form-control"></td><td>${modeSelect('m1')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Save</button>`),
    );
    await expectLeftAlone(['#Name', '#v1']);
  });

  it('P15 en new Custom integration (ApiUrl), heading "New Custom integration", empty name', async () => {
    mount(
      shell(`
<h1>New Custom integration</h1>
<div class="form-group"><label for="Name">Integration name</label><input id="Name" class="form-control" type="text"></div>
<h3>Predefined variables</h3>
<table class="table"><thead><tr><th>Name</th><th>Value</th><th></th><th></th></tr></thead><tbody>
 <tr><td>ApiUrl</td><td><input id="v1" type="text" class="form-control"></td><td>${modeSelect('m1')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>
<button class="btn btn-primary">Save</button>`),
    );
    await expectLeftAlone(['#Name', '#v1']);
  });

  it('P16 nl Custom integration type in a disabled select ("Aangepast"), ApiUrl by placeholder', async () => {
    mount(
      shell(
        `
<h1>Integratie bewerken</h1>
<div class="form-group"><label for="Name">Integratienaam</label><input id="Name" class="form-control" type="text" value=""></div>
<div class="form-group"><label for="Type">Integratietype</label>
 <select id="Type" class="form-control" disabled><option>AlertOps</option><option>Aangepaste integratie</option><option>Slack</option></select></div>
<h3>Voorgedefinieerde variabelen</h3>
<table class="table"><tbody>
 <tr><td>ApiUrl</td><td><input id="v1" type="text" class="form-control" placeholder="https://…"></td><td>${modeSelect('m1', 'nl')}</td><td><button type="button">⋯</button></td></tr>
</tbody></table>`,
        'nl',
      ),
    );
    q<HTMLSelectElement>('#Type').selectedIndex = 1;
    await expectLeftAlone(['#Name', '#v1']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Escalation levels: accordions and cards
// ---------------------------------------------------------------------------------------------------------------

/** Makes every role=switch / role=checkbox toggle on click, like a real widget. */
function wireAria() {
  for (const el of Array.from(document.querySelectorAll('[role="switch"], [role="checkbox"]')))
    el.addEventListener('click', () =>
      el.setAttribute('aria-checked', el.getAttribute('aria-checked') === 'true' ? 'false' : 'true'),
    );
}

const L = {
  en: {
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    ok: 'Send OK alerts',
    rem: 'Send reminder alerts',
    mail: 'E-mail',
    phone: 'Phone',
  },
  nl: {
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    ok: 'OK-alerts versturen',
    rem: 'Herinneringsalerts versturen',
    mail: 'E-mail',
    phone: 'Telefoon',
  },
  de: {
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    ok: 'OK-Alarme senden',
    rem: 'Erinnerungsalarme senden',
    mail: 'E-Mail',
    phone: 'Telefon',
  },
  fr: {
    level: "Niveau d'escalade",
    active: 'Actif',
    section: 'Alertes par intégrations',
    ok: 'Envoyer les alertes OK',
    rem: 'Envoyer les alertes de rappel',
    mail: 'E-mail',
    phone: 'Téléphone',
  },
};
type Lang = keyof typeof L;

/** Integrations table: checkbox column, name in the next cell, OK / reminder checkboxes in later columns. */
const integrationsTable = (lang: Lang, p: string, names: string[], checked: string[] = [], withOpts = true) => {
  const t = L[lang];
  const rows = names
    .map((n, i) => {
      const id = `${p}-i${i}`;
      return `<tr><td class="col-check"><input type="checkbox" id="${id}"${checked.includes(n) ? ' checked' : ''}></td><td>${n}</td>${
        withOpts
          ? `<td><input type="checkbox" id="${id}-ok" aria-label="${t.ok}" checked></td><td><input type="checkbox" id="${id}-rem" aria-label="${t.rem}"></td>`
          : ''
      }</tr>`;
    })
    .join('');
  return `<h4>${t.section}</h4><table class="table table-striped"><thead><tr><th></th><th>Integration</th>${
    withOpts ? `<th>${t.ok}</th><th>${t.rem}</th>` : ''
  }</tr></thead><tbody>${rows}</tbody></table>`;
};
const switchActive = (lang: Lang, id: string, on: boolean) =>
  `<div class="form-switch"><button type="button" role="switch" id="${id}" aria-checked="${on}" aria-labelledby="${id}-l" class="switch"></button> <span id="${id}-l">${L[lang].active}</span></div>`;
const NAMES = ['E-mail', 'SMS', 'Phone', 'Slack ops', 'AlertOps production'];

describe('blind2: escalation levels as accordions', () => {
  it('A01 en <details>/<summary> accordion, level 1 open, role=switch Active, integrations table', () => {
    const lvl = (n: number, open: boolean, on: boolean) => `<details class="level"${open ? ' open' : ''}>
<summary>${L.en.level} ${n}</summary><div class="level-body">${switchActive('en', `act${n}`, on)}
<div class="form-group"><label for="after${n}">Escalate after (minutes)</label><input id="after${n}" type="number" value="${n * 15}"></div>
${integrationsTable('en', `l${n}`, NAMES, ['E-mail'])}</div></details>`;
    mount(
      `<h1>Alert definition: Production</h1>${lvl(1, true, true)}${lvl(2, false, false)}${lvl(3, false, false)}<button>Save</button>`,
    );
    wireAria();
    const levels = expectTicks(0, q('#l1-i4'));
    expect(must(levels[0]).number).toBe(1);
    expect(must(levels[0]).active).toBe(true);
    expect(must(levels[0]).integrations.map((i) => i.name)).toContain('AlertOps production');
    expect(must(levels[0]).integrations.map((i) => i.name)).not.toContain(L.en.ok);
  });

  it('A02 nl <details> accordion, tick on level 2 of 3 (all open), level 2 inactive', () => {
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps dienst'];
    const lvl = (n: number, on: boolean) => `<details open><summary><h3 class="h4">${L.nl.level} ${n}</h3></summary>
${switchActive('nl', `act${n}`, on)}${integrationsTable('nl', `l${n}`, names, ['E-mail'])}</details>`;
    mount(`<h1>Alertdefinitie bewerken</h1>${lvl(1, true)}${lvl(2, false)}${lvl(3, false)}<button>Opslaan</button>`);
    wireAria();
    const levels = expectTicks(1, q('#l2-i4'));
    expect(levels.map((l) => l.number)).toEqual([1, 2, 3]);
    expect(levels.map((l) => l.active)).toEqual([true, false, false]);
  });

  it('A03 de WAI-ARIA accordion (h3 > button aria-expanded), collapsed panels hidden, open level 2', () => {
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Bereitschaft'];
    const lvl = (n: number, open: boolean, on: boolean) => `
<h3><button type="button" aria-expanded="${open}" aria-controls="p${n}" id="h${n}">${L.de.level} ${n}</button></h3>
<div role="region" id="p${n}" aria-labelledby="h${n}"${open ? '' : ' hidden'}>${switchActive('de', `act${n}`, on)}
${integrationsTable('de', `l${n}`, names, ['E-Mail'])}</div>`;
    mount(
      `<h1>Meldedefinition</h1><div class="accordion">${lvl(1, false, true)}${lvl(2, true, true)}${lvl(3, false, false)}</div>`,
    );
    wireAria();
    const levels = findEscalationLevels(document);
    const open = must(levels.find((l) => l.number === 2));
    const choice = chooseAlertOpsBox(open, []);
    expect(choice.kind).toBe('one');
    if (choice.kind === 'one') {
      tick(choice.item.box);
      expect(q('#l2-i4').checked).toBe(true);
    }
    expect(q('#l1-i4').checked).toBe(false);
    expect(q('#l3-i4').checked).toBe(false);
    expect(open.active).toBe(true);
  });

  it('A04 fr Bootstrap collapse accordion (button aria-expanded + .collapse.in), typographic apostrophe', () => {
    const names = ['E-mail', 'SMS', 'Téléphone', 'Slack équipe', 'AlertOps astreinte'];
    const lvl = (n: number, open: boolean, on: boolean) => `<div class="panel panel-default">
<div class="panel-heading" role="tab" id="hd${n}"><h4 class="panel-title"><button type="button" class="btn btn-link" data-toggle="collapse" data-target="#c${n}" aria-expanded="${open}" aria-controls="c${n}">Niveau d’escalade ${n}</button></h4></div>
<div id="c${n}" class="panel-collapse collapse${open ? ' in' : ''}" role="tabpanel" aria-labelledby="hd${n}"><div class="panel-body">
<div class="checkbox"><label><input type="checkbox" id="act${n}"${on ? ' checked' : ''}> ${L.fr.active}</label></div>
${integrationsTable('fr', `l${n}`, names, ['E-mail'])}</div></div></div>`;
    mount(`<div class="panel-group" id="acc" role="tablist">${lvl(1, true, true)}${lvl(2, false, false)}</div>`);
    const levels = expectTicks(0, q('#l1-i4'));
    expect(must(levels[0]).number).toBe(1);
    expect(must(levels[0]).active).toBe(true);
  });

  it('A05 en accordion: two AlertOps integrations in the table → ambiguous, remembered name picks one', () => {
    const names = ['E-mail', 'SMS', 'AlertOps staging', 'AlertOps production'];
    mount(`<details open><summary>${L.en.level} 1</summary>${switchActive('en', 'act1', true)}
${integrationsTable('en', 'l1', names)}</details>`);
    wireAria();
    const levels = findEscalationLevels(document);
    const lvl = must(levels[0]);
    expect(chooseAlertOpsBox(lvl, []).kind).toBe('ambiguous');
    expectTicks(0, q('#l1-i3'), ['AlertOps production']);
    expect(lvl.number).toBe(1);
  });
});

describe('blind2: escalation levels as cards, all visible', () => {
  it('C01 en Bootstrap cards, one per level, each with its own switch and integrations table; tick level 2', () => {
    const card = (n: number, on: boolean) => `<div class="card mb-3" data-level="${n}">
<div class="card-header d-flex"><h5 class="mb-0">${L.en.level} ${n}</h5>
 <div class="form-check form-switch ms-auto"><input class="form-check-input" type="checkbox" role="switch" id="act${n}"${on ? ' checked' : ''}><label class="form-check-label" for="act${n}">${L.en.active}</label></div></div>
<div class="card-body">${integrationsTable('en', `l${n}`, NAMES, ['E-mail'])}</div></div>`;
    mount(
      `<h1>Alert definition</h1>${card(1, true)}${card(2, true)}${card(3, false)}<button class="btn btn-primary">Save</button>`,
    );
    const levels = expectTicks(1, q('#l2-i4'));
    expect(levels.map((l) => l.number)).toEqual([1, 2, 3]);
    expect(levels.map((l) => l.active)).toEqual([true, true, false]);
  });

  it('C02 nl cards with button role=switch "Actief", table without option columns, level 3 inactive', () => {
    const names = ['E-mail', 'SMS', 'Telefoon', 'AlertOps dienst'];
    const card = (n: number, on: boolean) => `<section class="card" aria-labelledby="t${n}">
<header class="card-header"><h3 id="t${n}">${L.nl.level} ${n}</h3>${switchActive('nl', `act${n}`, on)}</header>
<div class="card-body">${integrationsTable('nl', `l${n}`, names, [], false)}</div></section>`;
    mount(`${card(1, true)}${card(2, true)}${card(3, false)}`);
    wireAria();
    const levels = expectTicks(2, q('#l3-i3'));
    expect(levels.map((l) => l.active)).toEqual([true, true, false]);
    expect(must(levels[2]).number).toBe(3);
  });

  it('C03 de cards, Active switch labelled only by aria-label, integration not named "AlertOps" (remembered)', () => {
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'Bereitschaft 24/7'];
    const card = (n: number, on: boolean) => `<div class="card"><div class="card-header">${L.de.level} ${n}
 <button type="button" role="switch" aria-label="${L.de.active}" id="act${n}" aria-checked="${on}"></button></div>
<div class="card-body">${integrationsTable('de', `l${n}`, names, ['E-Mail'])}</div></div>`;
    mount(`${card(1, true)}${card(2, false)}`);
    wireAria();
    const levels = expectTicks(0, q('#l1-i4'), ['Bereitschaft 24/7']);
    expect(levels.map((l) => l.active)).toEqual([true, false]);
    expect(levels.map((l) => l.number)).toEqual([1, 2]);
  });

  it('C04 fr cards: AlertOps already ticked on level 1 stays ticked', () => {
    const names = ['E-mail', 'SMS', 'AlertOps astreinte'];
    const card = (
      n: number,
    ) => `<div class="card"><div class="card-header"><h4>${L.fr.level} ${n}</h4></div><div class="card-body">
${switchActive('fr', `act${n}`, true)}${integrationsTable('fr', `l${n}`, names, n === 1 ? ['AlertOps astreinte'] : [])}</div></div>`;
    mount(`${card(1)}${card(2)}`);
    wireAria();
    const levels = findEscalationLevels(document);
    const choice = chooseAlertOpsBox(must(levels[0]), []);
    expect(choice.kind).toBe('one');
    if (choice.kind === 'one') {
      expect(choice.item.box).toBe(q('#l1-i2'));
      tick(choice.item.box);
    }
    expect(q('#l1-i2').checked).toBe(true);
    expect(q('#l2-i2').checked).toBe(false);
  });

  it('C05 en Knockout cards: name cell is a link, checkbox bound with data-bind checked, Active in a table row', () => {
    const card = (
      n: number,
      on: boolean,
    ) => `<div class="panel panel-default escalation-level" data-bind="with: level${n}">
<div class="panel-heading"><span class="panel-title">${L.en.level} ${n}</span></div><div class="panel-body">
<table class="form-table"><tr><td><label for="act${n}">${L.en.active}</label></td><td><input type="checkbox" id="act${n}" data-bind="checked: IsActive"${on ? ' checked' : ''}></td></tr></table>
<h4>${L.en.section}</h4>
<table class="table"><tbody data-bind="foreach: Integrations">
 <tr><td><input type="checkbox" id="l${n}-mail" data-bind="checked: IsActive" checked></td><td><span data-bind="text: Name">E-mail</span></td></tr>
 <tr><td><input type="checkbox" id="l${n}-slack" data-bind="checked: IsActive"></td><td><a href="/Integrations/Edit/2" data-bind="text: Name">Slack ops</a></td></tr>
 <tr><td><input type="checkbox" id="l${n}-ao" data-bind="checked: IsActive"></td><td><a href="/Integrations/Edit/1" data-bind="text: Name">AlertOps production</a></td></tr>
</tbody></table></div></div>`;
    mount(`${card(1, true)}${card(2, false)}`);
    const levels = expectTicks(0, q('#l1-ao'));
    expect(levels.map((l) => l.number)).toEqual([1, 2]);
    expect(levels.map((l) => l.active)).toEqual([true, false]);
  });

  it('C06 en cards with role=checkbox rows in a grid (role=grid, gridcell), name in the next gridcell', () => {
    const card = (n: number) => `<div class="card"><h3>${L.en.level} ${n}</h3>${switchActive('en', `act${n}`, true)}
<h4>${L.en.section}</h4><div role="grid" aria-label="${L.en.section}">
${['E-mail', 'SMS', 'Slack ops', 'AlertOps production']
  .map(
    (nm, i) =>
      `<div role="row"><div role="gridcell"><span role="checkbox" tabindex="0" id="l${n}-i${i}" aria-checked="false" aria-label="${nm}"></span></div><div role="gridcell">${nm}</div></div>`,
  )
  .join('')}</div></div>`;
    mount(`${card(1)}${card(2)}`);
    wireAria();
    const levels = expectTicks(1, q('#l2-i3'));
    expect(levels.map((l) => l.number)).toEqual([1, 2]);
  });
});
