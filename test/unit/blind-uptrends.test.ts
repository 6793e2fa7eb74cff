/**
 * Blind renderings of the Uptrends console (integration editor + alert definition escalation levels), written from
 * /work/shared/domain.md and common UI-framework markup only, without reading the locators' source.
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

const OTHER_URL = 'https://notify.alertops.com/POSTAlert/9a7e3c1d-0b4f-4e62-a8d5-17f3c6b2e904/Uptrends';

afterEach(resetPage);

async function expectDialogFill(state: { stored: string; valueEvents: number; opened: number }, name?: string) {
  const nameField = name ? q(name) : undefined;
  const editor = findIntegrationEditor(document);
  expect(editor, 'editor found').not.toBeNull();
  expect(editor?.isAlertOps, 'isAlertOps').toBe(true);
  const outcome = await fillEditor(must(editor), URL, PROPOSED);
  expect(state.opened, 'dialog opened').toBeGreaterThan(0);
  expect(state.stored, 'value stored via Select with plain text').toBe(URL);
  expect(state.valueEvents, 'input event on the dialog value field').toBeGreaterThan(0);
  expect(outcome.kind).toBe('filled');
  if (nameField) expect(nameField.value).toBe(PROPOSED);
}

// ---------------------------------------------------------------------------------------------------------------
// Integration editor renderings
// ---------------------------------------------------------------------------------------------------------------

describe('blind: integration editor, plain way', () => {
  it('E01 en Bootstrap/Knockout horizontal form, static type, variables table with mode select', async () => {
    mount(`
<div class="modal fade in" role="dialog" style="display:block"><div class="modal-dialog"><div class="modal-content">
 <div class="modal-header"><button type="button" class="close" aria-label="Close">×</button><h4 class="modal-title">Edit integration</h4></div>
 <div class="modal-body"><form class="form-horizontal">
  <div class="form-group"><label for="Name" class="col-sm-3 control-label">Integration name</label>
   <div class="col-sm-9"><input id="Name" name="Name" class="form-control" type="text" data-bind="value: Name"></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Integration type</label>
   <div class="col-sm-9"><p class="form-control-static">AlertOps</p></div></div>
  <h4>Predefined variables</h4>
  <table class="table table-condensed"><thead><tr><th>Variable</th><th>Value source</th><th>Value</th><th></th></tr></thead>
   <tbody><tr><td>ApiUrl</td>
    <td><select id="mode" class="form-control"><option selected>Specify value here</option><option>Specify value in escalation level</option></select></td>
    <td><input id="v1" type="text" class="form-control" data-bind="value: Value"></td>
    <td><button type="button" class="btn btn-default btn-sm" title="Edit value">⋯</button></td></tr></tbody></table>
 </form></div>
 <div class="modal-footer"><button class="btn btn-default">Send test alert</button><button class="btn btn-default">Cancel</button><button class="btn btn-primary">Save</button></div>
</div></div></div>`);
    await expectPlainFill({ url: '#v1', name: '#Name', untouched: ['#mode'] });
  });

  it('E02 nl React MUI TextFields in role=dialog, MUI Select for the type, helper text via aria-describedby', async () => {
    mount(`
<div role="presentation" class="MuiDialog-root"><div class="MuiDialog-container">
<div role="dialog" aria-labelledby="dlg-title" class="MuiPaper-root MuiDialog-paper">
 <h2 id="dlg-title" class="MuiDialogTitle-root">Integratie bewerken</h2>
 <div class="MuiDialogContent-root">
  <div class="MuiFormControl-root MuiTextField-root">
   <label class="MuiInputLabel-root MuiFormLabel-root" data-shrink="false" for=":r1:" id=":r1:-label">Integratienaam<span aria-hidden="true" class="MuiFormLabel-asterisk"> *</span></label>
   <div class="MuiInputBase-root MuiOutlinedInput-root"><input aria-invalid="false" id=":r1:" type="text" required class="MuiInputBase-input" value="">
    <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>Integratienaam *</span></legend></fieldset></div>
  </div>
  <div class="MuiFormControl-root">
   <label class="MuiInputLabel-root" id=":r2:-label">Integratietype</label>
   <div class="MuiInputBase-root"><div tabindex="0" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby=":r2:-label :r2:" id=":r2:" class="MuiSelect-select">AlertOps</div>
    <input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="AlertOps">
    <svg class="MuiSvgIcon-root" aria-hidden="true"></svg></div>
  </div>
  <h6 class="MuiTypography-root MuiTypography-subtitle1">Voorgedefinieerde variabelen</h6>
  <div class="MuiStack-root">
   <div class="MuiFormControl-root"><label class="MuiInputLabel-root" id=":r3:-label">Waardebron</label>
    <div class="MuiInputBase-root"><div tabindex="0" role="combobox" aria-labelledby=":r3:-label :r3:" id=":r3:" class="MuiSelect-select">Waarde hier opgeven</div>
    <input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="here"></div></div>
   <div class="MuiFormControl-root MuiTextField-root">
    <label class="MuiInputLabel-root MuiFormLabel-root" data-shrink="false" for=":r4:" id=":r4:-label">AlertOpsUrl</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root"><input aria-invalid="false" aria-describedby=":r4:-helper-text" id=":r4:" type="text" class="MuiInputBase-input" value="">
     <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>AlertOpsUrl</span></legend></fieldset></div>
    <p class="MuiFormHelperText-root" id=":r4:-helper-text">De URL van uw AlertOps API-integratie</p>
   </div>
  </div>
 </div>
 <div class="MuiDialogActions-root"><button class="MuiButton-root" type="button">Testalert versturen</button><button class="MuiButton-root" type="button">Annuleren</button><button class="MuiButton-root" type="button">Opslaan</button></div>
</div></div></div>`);
    await expectPlainFill({ url: '[id=":r4:"]', name: '[id=":r1:"]' });
  });

  it('E03 de Angular Material mat-form-field, mat-select type, required marker span, mat-hint', async () => {
    mount(`
<mat-dialog-container role="dialog" aria-modal="true" class="mat-mdc-dialog-container"><div class="mat-mdc-dialog-surface">
 <h2 mat-dialog-title class="mat-mdc-dialog-title">Integration bearbeiten</h2>
 <mat-dialog-content class="mat-mdc-dialog-content"><form novalidate class="ng-untouched ng-pristine">
  <mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper"><div class="mat-mdc-form-field-flex"><div class="mat-mdc-form-field-infix">
   <label class="mdc-floating-label mat-mdc-floating-label" id="mat-mdc-form-field-label-0" for="mat-input-0"><mat-label>Integrationsname</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span></label>
   <input matinput formcontrolname="name" id="mat-input-0" required class="mat-mdc-input-element ng-untouched ng-pristine ng-invalid" aria-required="true">
  </div></div></div></mat-form-field>
  <mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper"><div class="mat-mdc-form-field-infix">
   <label class="mdc-floating-label" id="mat-mdc-form-field-label-2" for="mat-select-0"><mat-label>Integrationstyp</mat-label></label>
   <mat-select role="combobox" aria-haspopup="listbox" id="mat-select-0" aria-labelledby="mat-mdc-form-field-label-2 mat-select-value-0" aria-disabled="true" class="mat-mdc-select mat-mdc-select-disabled">
    <div class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="mat-select-value-0"><span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">AlertOps</span></span></div>
    <div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"><svg aria-hidden="true"></svg></div></div></div>
   </mat-select>
  </div></div></mat-form-field>
  <h3 class="mat-subheading-2">Vordefinierte Variablen</h3>
  <div class="variable-row">
   <mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-form-field-infix">
    <label class="mdc-floating-label" for="mat-input-1"><mat-label>URL</mat-label></label>
    <input matinput id="mat-input-1" class="mat-mdc-input-element" aria-describedby="mat-mdc-hint-1">
   </div><div class="mat-mdc-form-field-subscript-wrapper"><mat-hint class="mat-mdc-form-field-hint" id="mat-mdc-hint-1">AlertOps-API-URL</mat-hint></div></mat-form-field>
  </div>
 </form></mat-dialog-content>
 <mat-dialog-actions class="mat-mdc-dialog-actions"><button mat-button type="button"><span class="mdc-button__label">Testalarm senden</span></button><button mat-flat-button color="primary" type="submit"><span class="mdc-button__label">Speichern</span></button></mat-dialog-actions>
</div></mat-dialog-container>`);
    await expectPlainFill({ url: '#mat-input-1', name: '#mat-input-0' });
  });

  it('E04 fr Bootstrap, typographic apostrophe + NBSP + asterisk, colon label for the URL', async () => {
    mount(`
<div class="modal-body"><form>
 <div class="form-group"><label for="IntegrationName">Nom de l’intégration&nbsp;*</label><input id="IntegrationName" class="form-control" type="text"></div>
 <div class="form-group"><label for="IntegrationType">Type d’intégration</label><input id="IntegrationType" class="form-control" type="text" value="AlertOps" readonly></div>
 <fieldset><legend>Variables prédéfinies</legend>
  <div class="form-group row"><label for="var_Url" class="col-sm-4">URL&nbsp;:</label>
   <div class="col-sm-4"><select id="mode" class="form-control"><option selected>Spécifiez la valeur ici</option><option>Spécifiez la valeur dans le niveau d’escalade</option></select></div>
   <div class="col-sm-4"><input id="var_Url" type="text" class="form-control"></div></div>
 </fieldset>
 <button type="button" class="btn btn-default">Envoyer une alerte de test</button>
 <button type="submit" class="btn btn-primary">Enregistrer</button>
</form></div>`);
    await expectPlainFill({ url: '#var_Url', name: '#IntegrationName', untouched: ['#mode'] });
  });

  it('E05 en definition list layout', async () => {
    mount(`
<section class="integration-editor"><h2>Integration</h2>
<dl class="dl-horizontal">
 <dt>Integration name</dt><dd><input type="text" name="name"></dd>
 <dt>Integration type</dt><dd><span class="integration-type"><img src="/img/alertops.svg" alt=""> AlertOps</span></dd>
</dl>
<h3>Predefined variables</h3>
<dl>
 <dt>ApiUrl</dt><dd><input type="text" name="var-ApiUrl"></dd>
</dl>
<button type="button">Send test alert</button> <button type="submit">Save</button>
</section>`);
    await expectPlainFill({ url: '[name="var-ApiUrl"]', name: '[name="name"]' });
  });

  it('E06 en label-wrapped inputs, native type select, fieldset legend for the variables', async () => {
    mount(`
<form class="integration">
 <label>Integration name <input type="text" id="n"></label>
 <label>Integration type <select id="t" disabled><option>Slack</option><option>Microsoft Teams</option><option selected>AlertOps</option><option>Custom integration</option></select></label>
 <fieldset><legend>Predefined variables</legend>
  <label>AlertOpsUrl <input type="url" id="u"></label>
 </fieldset>
 <button type="submit">Save</button>
</form>`);
    // happy-dom 21 mis-parses <option selected> at index ≥ 2 (reports index 1); set it as a browser would.
    q<HTMLSelectElement>('#t').selectedIndex = 2;
    await expectPlainFill({ url: '#u', name: '#n', untouched: ['#t'] });
  });

  it('E07 en uppercase labels with colon, separate required span and help-icon buttons', async () => {
    mount(`
<div class="panel"><div class="panel-body">
 <div class="form-group"><label for="in-name" class="text-uppercase">INTEGRATION NAME:<span class="required">*</span></label>
  <button type="button" class="btn-help" aria-label="Help" title="Help"><i class="fa fa-question-circle"></i></button>
  <input id="in-name" type="text" class="form-control"></div>
 <div class="form-group"><label class="text-uppercase">INTEGRATION TYPE:</label> <span class="value">AlertOps</span></div>
 <h4>PREDEFINED VARIABLES</h4>
 <div class="form-group"><label for="in-url">API URL:</label>
  <button type="button" class="btn-help" aria-label="Help" title="Help">?</button>
  <input id="in-url" type="text" class="form-control"></div>
 <button class="btn btn-primary">SAVE</button>
</div></div>`);
    await expectPlainFill({ url: '#in-url', name: '#in-name' });
  });

  it('E08 nl table layout, labels in a separate column without for=, field plus ⋯ button on the row', async () => {
    mount(`
<table class="form-table">
 <tr><td class="label-cell">Integratienaam</td><td><input type="text" id="n"></td></tr>
 <tr><td class="label-cell">Integratietype</td><td>AlertOps</td></tr>
</table>
<h3>Voorgedefinieerde variabelen</h3>
<table class="table variables">
 <thead><tr><th>Variabele</th><th>Waardebron</th><th>Waarde</th><th></th></tr></thead>
 <tbody><tr><td>Url</td><td><select id="mode"><option selected>Waarde hier opgeven</option><option>Waarde opgeven in escalatieniveau</option></select></td>
  <td><input type="text" id="u"></td><td><button type="button" class="btn">⋯</button></td></tr></tbody>
</table>
<button>Opslaan</button>`);
    await expectPlainFill({ url: '#u', name: '#n', untouched: ['#mode'] });
  });

  it('E09 de aria-labelledby pointing at headings / variable-name spans', async () => {
    mount(`
<div class="editor">
 <h2 id="h-name">Integrationsname</h2><input id="n" type="text" aria-labelledby="h-name">
 <h2 id="h-type">Integrationstyp</h2><div aria-labelledby="h-type" class="readonly-value">AlertOps</div>
 <h3 id="pv">Vordefinierte Variablen</h3>
 <div role="group" aria-labelledby="pv">
  <div class="var-row"><span id="var1" class="var-name">AlertOpsUrl</span><input id="u" type="text" aria-labelledby="var1"></div>
 </div>
 <button>Speichern</button>
</div>`);
    await expectPlainFill({ url: '#u', name: '#n' });
  });

  it('E10 fr Vuetify 2 v-text-field and v-select (selection shown in a div, visible input empty), typographic apostrophe', async () => {
    mount(`
<div class="v-dialog v-dialog--active" role="dialog"><div class="v-card">
 <div class="v-card__title">Modifier l’intégration</div>
 <div class="v-card__text">
  <div class="v-input v-text-field"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot">
   <label for="input-12" class="v-label">Nom de l’intégration</label><input id="input-12" type="text"></div></div>
   <div class="v-text-field__details"><div class="v-messages"><div class="v-messages__wrapper"></div></div></div></div></div>
  <div class="v-input v-select"><div class="v-input__control"><div role="button" aria-haspopup="listbox" aria-expanded="false" aria-owns="list-14" class="v-input__slot"><div class="v-select__slot">
   <label for="input-14" class="v-label v-label--active">Type d’intégration</label>
   <div class="v-select__selections"><div class="v-select__selection v-select__selection--comma">AlertOps</div><input id="input-14" readonly="readonly" type="text" aria-readonly="false" autocomplete="off"></div>
   <div class="v-input__append-inner"><div class="v-input__icon v-input__icon--append"><i aria-hidden="true" class="v-icon mdi mdi-menu-down"></i></div></div>
   <input type="hidden" value="alertops"></div></div></div></div>
  <div class="subtitle-1">Variables prédéfinies</div>
  <div class="v-input v-text-field"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot">
   <label for="input-20" class="v-label">URL de l’API</label><input id="input-20" type="text"></div></div></div></div>
 </div>
 <div class="v-card__actions"><button type="button" class="v-btn"><span class="v-btn__content">Enregistrer</span></button></div>
</div></div>`);
    await expectPlainFill({ url: '#input-20', name: '#input-12' });
  });

  it('E11 en name already filled by the user stays; URL filled', async () => {
    mount(`
<form><div class="form-group"><label for="Name">Integration name</label><input id="Name" type="text" value="On-call AlertOps"></div>
<div class="form-group"><label for="Type">Integration type</label><select id="Type" class="form-control"><option>Slack</option><option selected>AlertOps</option></select></div>
<h4>Predefined variables</h4>
<div class="form-group"><label for="ApiUrl">ApiUrl</label><input id="ApiUrl" type="text"></div>
<button>Save</button></form>`);
    await expectPlainFill({ url: '#ApiUrl', name: '#Name', nameBefore: 'On-call AlertOps' });
  });

  it('E12 en a Slack editor (not AlertOps) is left alone', async () => {
    mount(`
<form><div class="form-group"><label for="Name">Integration name</label><input id="Name" type="text"></div>
<div class="form-group"><label for="Type">Integration type</label><select id="Type"><option selected>Slack</option><option>AlertOps</option></select></div>
<h4>Predefined variables</h4>
<div class="form-group"><label for="Url">SlackWebhookUrl</label><input id="Url" type="text"></div>
<button>Save</button></form>`);
    const editor = findIntegrationEditor(document);
    if (editor) {
      expect(editor.isAlertOps).toBe(false);
      const outcome = await fillEditor(editor, URL, PROPOSED);
      expect(outcome.kind).toBe('not-alertops');
    }
    expect(q('#Url').value).toBe('');
    expect(q('#Name').value).toBe('');
  });

  it('E13 de same URL already there → already-filled, nothing re-typed', async () => {
    mount(`
<form><label for="n">Integrationsname</label><input id="n" value="AlertOps Bereitschaft">
<label for="t">Integrationstyp</label><input id="t" readonly value="AlertOps">
<h4>Vordefinierte Variablen</h4>
<label for="u">ApiUrl</label><input id="u" value="${URL}"><button>Speichern</button></form>`);
    const u = q('#u');
    const ev = countInputs(u);
    const editor = findIntegrationEditor(document);
    expect(editor?.isAlertOps).toBe(true);
    const outcome = await fillEditor(must(editor), URL, PROPOSED);
    expect(outcome.kind).toBe('already-filled');
    expect(u.value).toBe(URL);
    expect(ev.n).toBe(0);
    expect(q('#n').value).toBe('AlertOps Bereitschaft');
  });

  it('E14 fr another URL there → conflict, value unchanged', async () => {
    mount(`
<form><label for="n">Nom de l’intégration&nbsp;*</label><input id="n" value="AlertOps">
<label for="t">Type d’intégration</label><input id="t" readonly value="AlertOps">
<h4>Variables prédéfinies</h4>
<label for="u">URL&nbsp;:</label><input id="u" value="${OTHER_URL}"><button>Enregistrer</button></form>`);
    const editor = findIntegrationEditor(document);
    expect(editor?.isAlertOps).toBe(true);
    const outcome = await fillEditor(must(editor), URL, PROPOSED);
    expect(outcome.kind).toBe('conflict');
    expect(q('#u').value).toBe(OTHER_URL);
  });

  it('E15 nl type only shown in the dialog title ("Integratie bewerken – AlertOps"), URL placeholder', async () => {
    mount(`
<div role="dialog" aria-labelledby="t1" class="modal"><h3 id="t1">Integratie bewerken – AlertOps</h3>
 <div class="form-group"><label for="n">Integratienaam</label><input id="n" type="text"></div>
 <h4>Voorgedefinieerde variabelen</h4>
 <div class="form-group"><label for="u">AlertOps URL</label><input id="u" type="text" placeholder="https://notify.alertops.com/POSTAlert/..."></div>
 <button>Testalert versturen</button><button>Opslaan</button>
</div>`);
    await expectPlainFill({ url: '#u', name: '#n' });
  });

  it('E16 en Kendo UI form (k-form-field, k-textbox), type in k-dropdownlist', async () => {
    mount(`
<div class="k-window k-dialog" role="dialog" aria-labelledby="kt"><div class="k-window-titlebar"><span id="kt" class="k-window-title">Add integration</span></div>
<div class="k-window-content"><form class="k-form">
 <div class="k-form-field"><label class="k-label" for="kname">Integration name<span class="k-required">*</span></label>
  <span class="k-textbox k-input"><input id="kname" class="k-input-inner" type="text"></span></div>
 <div class="k-form-field"><label class="k-label" id="ktype-label">Integration type</label>
  <span role="combobox" aria-labelledby="ktype-label" aria-readonly="true" class="k-dropdownlist k-picker"><span class="k-input-inner"><span class="k-input-value-text">AlertOps</span></span><button aria-label="select" tabindex="-1" class="k-input-button"></button></span></div>
 <fieldset class="k-form-fieldset"><legend class="k-form-legend">Predefined variables</legend>
  <div class="k-form-field"><label class="k-label" for="kurl">AlertOpsUrl</label>
   <span class="k-textbox k-input"><input id="kurl" class="k-input-inner" type="text"></span></div></fieldset>
 <div class="k-form-buttons"><button class="k-button" type="button">Send test alert</button><button class="k-button k-button-solid-primary" type="submit">Save</button></div>
</form></div></div>`);
    await expectPlainFill({ url: '#kurl', name: '#kname' });
  });
});

describe('blind: integration editor, dialog way (⋯ → Plain text → Value → Select)', () => {
  it('E17 en read-only span + "⋯" button, role=dialog with radios (vault preselected)', async () => {
    mount(`
<div class="editor"><div class="form-group"><label for="n">Integration name</label><input id="n" type="text"></div>
<div class="form-group"><label>Integration type</label><p class="form-control-static">AlertOps</p></div>
<h4>Predefined variables</h4>
<table class="table"><tr><td>AlertOpsUrl</td><td><select><option selected>Specify value here</option><option>Specify value in escalation level</option></select></td>
<td><span class="value-display">—</span></td><td><button type="button" id="dots" class="btn btn-default">⋯</button></td></tr></table>
<button>Save</button></div>`);
    const state = wireDialog(q('#dots'), q('.value-display'), {
      html: `<div role="dialog" aria-modal="true" class="modal"><h4>Edit value</h4>
<div class="radio"><label><input type="radio" name="src" value="plain"> Plain text</label></div>
<div class="radio"><label><input type="radio" name="src" value="vault" checked> Vault credential</label></div>
<div class="form-group"><label for="val">Value</label><input id="val" type="text"></div>
<button type="button" class="btn btn-primary" id="sel">Select</button><button type="button" class="btn">Cancel</button></div>`,
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d) => must(d.querySelector('#val')),
      selectButton: (d) => must(d.querySelector('#sel')),
    });
    await expectDialogFill(state, '#n');
    expect(q('.value-display').textContent).toBe(URL);
  });

  it('E18 nl read-only input + "…" button, native <dialog> with select "Platte tekst" and textarea', async () => {
    mount(`
<div class="editor"><label for="n">Integratienaam</label><input id="n" type="text">
<label for="t">Integratietype</label><input id="t" type="text" readonly value="AlertOps">
<h4>Voorgedefinieerde variabelen</h4>
<div class="var-row"><label for="disp">Url</label><input id="disp" type="text" readonly value=""><button type="button" id="dots">…</button></div>
<button>Opslaan</button></div>`);
    const state = wireDialog(q('#dots'), q('#disp'), {
      html: `<dialog open><form method="dialog"><h3>Waarde bewerken</h3>
<label for="src">Waardebron</label><select id="src"><option value="vault" selected>Kluisreferentie</option><option value="plain">Platte tekst</option></select>
<label for="val">Waarde</label><textarea id="val"></textarea>
<button type="button" id="sel">Selecteren</button><button type="button">Annuleren</button></form></dialog>`,
      plainChosen: (d) => must(d.querySelector<HTMLSelectElement>('#src')).value === 'plain',
      valueField: (d) => must(d.querySelector('#val')),
      selectButton: (d) => must(d.querySelector('#sel')),
    });
    await expectDialogFill(state, '#n');
    expect(q('#disp').value).toBe(URL);
  });

  it('E19 de Kendo window with k-radio "Klartext", "Wert" textbox, "Auswählen"', async () => {
    mount(`
<div class="k-form"><div class="k-form-field"><label class="k-label" for="n">Integrationsname</label><input id="n" class="k-textbox" type="text"></div>
<div class="k-form-field"><label class="k-label">Integrationstyp</label><span class="k-form-field-value">AlertOps</span></div>
<h3>Vordefinierte Variablen</h3>
<div class="k-form-field"><label class="k-label">ApiUrl</label><span class="value-display"></span>
<button type="button" id="dots" class="k-button k-button-flat" title="Wert bearbeiten">⋯</button></div>
<button class="k-button">Speichern</button></div>`);
    const state = wireDialog(q('#dots'), q('.value-display'), {
      html: `<div class="k-window k-dialog" role="dialog"><div class="k-window-titlebar"><span class="k-window-title">Wert bearbeiten</span></div>
<div class="k-window-content">
<ul class="k-radio-list"><li><input type="radio" class="k-radio" id="r-plain" name="src"><label class="k-radio-label" for="r-plain">Klartext</label></li>
<li><input type="radio" class="k-radio" id="r-vault" name="src" checked><label class="k-radio-label" for="r-vault">Tresor-Anmeldedaten</label></li></ul>
<label class="k-label" for="val">Wert</label><span class="k-textbox k-input"><input id="val" class="k-input-inner"></span></div>
<div class="k-dialog-buttongroup"><button class="k-button" id="sel">Auswählen</button><button class="k-button">Abbrechen</button></div></div>`,
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('#r-plain')).checked,
      valueField: (d) => must(d.querySelector('#val')),
      selectButton: (d) => must(d.querySelector('#sel')),
      delay: 60,
    });
    await expectDialogFill(state, '#n');
  });

  it('E20 fr Vuetify dialog, icon-only button with aria-label, role=radio chips, value field appears after "Texte brut"', async () => {
    mount(`
<div class="v-card"><div class="v-input v-text-field"><label class="v-label" for="input-1">Nom de l’intégration</label><input id="input-1" type="text"></div>
<div class="v-input"><label class="v-label" for="input-2">Type d’intégration</label><input id="input-2" type="text" readonly value="AlertOps"></div>
<div class="text-subtitle-1">Variables prédéfinies</div>
<div class="d-flex"><span class="var-name">ApiUrl</span><span class="value-display"></span>
<button type="button" id="dots" class="v-btn v-btn--icon" aria-label="Modifier la valeur"><i class="mdi mdi-dots-horizontal" aria-hidden="true"></i></button></div>
<button class="v-btn"><span class="v-btn__content">Enregistrer</span></button></div>`);
    const state = wireDialog(q('#dots'), q('.value-display'), {
      html: `<div class="v-overlay__content"><div class="v-card" role="dialog" aria-modal="true"><div class="v-card-title">Modifier la valeur</div>
<div role="radiogroup" class="v-chip-group"><div role="radio" aria-checked="false" tabindex="0" id="c-plain" class="v-chip">Texte brut</div>
<div role="radio" aria-checked="true" tabindex="0" id="c-vault" class="v-chip">Identifiants du coffre-fort</div></div>
<div class="v-input" id="val-wrap" hidden><label class="v-label" for="val">Valeur</label><input id="val" type="text"></div>
<div class="v-card-actions"><button class="v-btn" id="sel"><span class="v-btn__content">Sélectionner</span></button><button class="v-btn"><span class="v-btn__content">Annuler</span></button></div></div></div>`,
      wire: (d) => {
        const plain = must(d.querySelector('#c-plain'));
        const vault = must(d.querySelector('#c-vault'));
        const wrap = must(d.querySelector('#val-wrap'));
        plain.addEventListener('click', () => {
          plain.setAttribute('aria-checked', 'true');
          vault.setAttribute('aria-checked', 'false');
          setTimeout(() => wrap.removeAttribute('hidden'), 10);
        });
      },
      plainChosen: (d) => must(d.querySelector('#c-plain')).getAttribute('aria-checked') === 'true',
      valueField: (d) => must(d.querySelector('#val')),
      selectButton: (d) => must(d.querySelector('#sel')),
    });
    await expectDialogFill(state, '#input-1');
  });

  it('E21 en MUI dialog, "..." text button, RadioGroup with hidden native radios, Plain text preselected', async () => {
    mount(`
<div role="dialog" class="MuiDialog-paper"><div class="MuiFormControl-root"><label for=":n:">Integration name</label><input id=":n:" type="text"></div>
<div class="MuiFormControl-root"><label id=":t:-label">Integration type</label><div role="combobox" aria-labelledby=":t:-label :t:" id=":t:" aria-disabled="true">AlertOps</div></div>
<h6>Predefined variables</h6>
<div class="MuiGrid-container"><div class="MuiGrid-item"><p class="MuiTypography-body2">AlertOpsUrl</p></div>
<div class="MuiGrid-item"><p class="MuiTypography-body2 value-display"></p></div>
<div class="MuiGrid-item"><button type="button" id="dots" class="MuiButton-root">...</button></div></div>
<button class="MuiButton-root">Save</button></div>`);
    const state = wireDialog(q('#dots'), q('.value-display'), {
      html: `<div role="presentation" class="MuiDialog-root"><div role="dialog" aria-labelledby="vd-title" class="MuiDialog-paper"><h2 id="vd-title">Edit value</h2>
<div role="radiogroup" class="MuiRadioGroup-root">
<label class="MuiFormControlLabel-root"><span class="MuiRadio-root Mui-checked"><input class="PrivateSwitchBase-input" name="src" type="radio" value="plain" checked></span><span class="MuiTypography-root">Plain text</span></label>
<label class="MuiFormControlLabel-root"><span class="MuiRadio-root"><input class="PrivateSwitchBase-input" name="src" type="radio" value="vault"></span><span class="MuiTypography-root">Vault credential</span></label></div>
<div class="MuiFormControl-root MuiTextField-root"><label for=":v:" id=":v:-label">Value</label><div class="MuiInputBase-root"><input id=":v:" type="text" value=""></div></div>
<div class="MuiDialogActions-root"><button class="MuiButton-root" type="button">Cancel</button><button class="MuiButton-root" type="button" id="sel">Select</button></div></div></div>`,
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d) => must(d.querySelector<HTMLInputElement>('[id=":v:"]')),
      selectButton: (d) => must(d.querySelector('#sel')),
    });
    await expectDialogFill(state, '[id=":n:"]');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Escalation levels
// ---------------------------------------------------------------------------------------------------------------

const optionRows = (lang: 'en' | 'nl' | 'de' | 'fr', id: string) => {
  const t = {
    en: ['Send OK alerts', 'Send reminder alerts'],
    nl: ['OK-alerts versturen', 'Herinneringsalerts versturen'],
    de: ['OK-Alarme senden', 'Erinnerungsalarme senden'],
    fr: ['Envoyer les alertes OK', 'Envoyer les alertes de rappel'],
  }[lang];
  return `<div class="integration-options" style="margin-left:20px">
<div class="checkbox"><label><input type="checkbox" id="${id}-ok" checked> ${t[0]}</label></div>
<div class="checkbox"><label><input type="checkbox" id="${id}-rem"> ${t[1]}</label></div></div>`;
};

describe('blind: escalation levels', () => {
  it('S01 en Bootstrap nav-tabs, label-wrapped checkboxes with option rows, Slack + AlertOps, level 2 inactive', () => {
    const pane = (n: number, active: boolean) => `
<div role="tabpanel" class="tab-pane${n === 1 ? ' active' : ''}" id="level${n}">
 <div class="checkbox"><label><input type="checkbox" id="act${n}"${active ? ' checked' : ''}> Active</label></div>
 <div class="form-group"><label for="after${n}">Escalate after (minutes)</label><input id="after${n}" type="number" value="${n * 10}"></div>
 <h4>Alerting by integrations</h4>
 <div class="checkbox"><label><input type="checkbox" id="mail${n}" checked> E-mail</label></div>${optionRows('en', `mail${n}`)}
 <div class="checkbox"><label><input type="checkbox" id="sms${n}"> SMS</label></div>
 <div class="checkbox"><label><input type="checkbox" id="phone${n}"> Phone</label></div>
 <div class="checkbox"><label><input type="checkbox" id="slack${n}"> Slack #ops-alerts</label></div>${optionRows('en', `slack${n}`)}
 <div class="checkbox"><label><input type="checkbox" id="ao${n}"> AlertOps – Ops team</label></div>${optionRows('en', `ao${n}`)}
</div>`;
    mount(`<h2>Alert definition: Production</h2>
<ul class="nav nav-tabs" role="tablist"><li class="active"><a href="#main" role="tab">Main</a></li>
<li><a href="#level1" role="tab" aria-controls="level1">Escalation level 1</a></li><li><a href="#level2" role="tab" aria-controls="level2">Escalation level 2</a></li></ul>
<div class="tab-content">${pane(1, true)}${pane(2, false)}</div><button class="btn btn-primary">Save</button>`);
    const levels = expectTicks(0, q('#ao1'));
    expect(levels.map((l) => l.number)).toEqual([1, 2]);
    expect(levels.map((l) => l.active)).toEqual([true, false]);
    expect(must(levels[0]).integrations.map((i) => i.name)).not.toContain('Send OK alerts');
  });

  it('S02 nl Angular Material mat-tab-group (only the selected body rendered), mat-checkbox', () => {
    const mc = (id: string, text: string, checked = false) =>
      `<mat-checkbox class="mat-mdc-checkbox"><div class="mdc-form-field"><div class="mdc-checkbox"><input type="checkbox" class="mdc-checkbox__native-control" id="${id}"${checked ? ' checked' : ''}><div class="mdc-checkbox__background"><svg class="mdc-checkbox__checkmark" aria-hidden="true"></svg></div></div><label class="mdc-label" for="${id}">${text}</label></div></mat-checkbox>`;
    mount(`
<mat-tab-group class="mat-mdc-tab-group"><mat-tab-header><div class="mat-mdc-tab-list"><div role="tablist" class="mat-mdc-tab-labels">
 <div role="tab" id="mat-tab-label-0-0" aria-selected="false" aria-controls="mat-tab-content-0-0" class="mdc-tab"><span class="mdc-tab__text-label">Algemeen</span></div>
 <div role="tab" id="mat-tab-label-0-1" aria-selected="true" aria-controls="mat-tab-content-0-1" class="mdc-tab mdc-tab--active"><span class="mdc-tab__text-label">Escalatieniveau 1</span></div>
 <div role="tab" id="mat-tab-label-0-2" aria-selected="false" aria-controls="mat-tab-content-0-2" class="mdc-tab"><span class="mdc-tab__text-label">Escalatieniveau 2</span></div>
</div></div></mat-tab-header>
<div class="mat-mdc-tab-body-wrapper">
 <mat-tab-body role="tabpanel" id="mat-tab-content-0-0" aria-labelledby="mat-tab-label-0-0" class="mat-mdc-tab-body"></mat-tab-body>
 <mat-tab-body role="tabpanel" id="mat-tab-content-0-1" aria-labelledby="mat-tab-label-0-1" class="mat-mdc-tab-body mat-mdc-tab-body-active"><div class="mat-mdc-tab-body-content">
  ${mc('act', 'Actief', true)}
  <h3 class="section-title">Alerts versturen door integraties</h3>
  <div class="integrations">${mc('mail', 'E-mail', true)}${mc('sms', 'SMS')}${mc('tel', 'Telefoon')}
   ${mc('slack', 'Slack – storingen')}<div class="opts">${mc('slack-ok', 'OK-alerts versturen')}</div>
   ${mc('ao', 'AlertOps productie')}<div class="opts">${mc('ao-ok', 'OK-alerts versturen')}${mc('ao-rem', 'Herinneringsalerts versturen')}</div></div>
 </div></mat-tab-body>
 <mat-tab-body role="tabpanel" id="mat-tab-content-0-2" aria-labelledby="mat-tab-label-0-2" class="mat-mdc-tab-body"></mat-tab-body>
</div></mat-tab-group>`);
    const levels = expectTicks(0, q('#ao'));
    expect(must(levels[0]).number).toBe(1);
    expect(must(levels[0]).active).toBe(true);
  });

  it('S03 de MUI Tabs + FormControlLabel checkboxes, integration without "AlertOps" in its name, remembered name', () => {
    const cb = (id: string, text: string, checked = false) =>
      `<label class="MuiFormControlLabel-root"><span class="MuiButtonBase-root MuiCheckbox-root${checked ? ' Mui-checked' : ''}"><input class="PrivateSwitchBase-input" type="checkbox" id="${id}" data-indeterminate="false"${checked ? ' checked' : ''}><svg class="MuiSvgIcon-root" aria-hidden="true"></svg></span><span class="MuiTypography-root MuiFormControlLabel-label">${text}</span></label>`;
    mount(`
<div class="MuiTabs-root"><div class="MuiTabs-flexContainer" role="tablist">
<button class="MuiTab-root" role="tab" aria-selected="false" id="tab-0" aria-controls="panel-0">Allgemein</button>
<button class="MuiTab-root Mui-selected" role="tab" aria-selected="true" id="tab-1" aria-controls="panel-1">Eskalationsstufe 1</button>
<button class="MuiTab-root" role="tab" aria-selected="false" id="tab-2" aria-controls="panel-2">Eskalationsstufe 2</button></div></div>
<div role="tabpanel" hidden id="panel-0" aria-labelledby="tab-0"></div>
<div role="tabpanel" id="panel-1" aria-labelledby="tab-1">
 <div class="MuiFormGroup-root">${cb('act', 'Aktiv', true)}</div>
 <h6 class="MuiTypography-h6">Alarmierung durch Integrationen</h6>
 <div class="MuiFormGroup-root">${cb('mail', 'E-Mail', true)}${cb('sms', 'SMS')}${cb('tel', 'Telefon')}${cb('slack', 'Slack Betrieb')}
 <div style="padding-left:32px">${cb('slack-ok', 'OK-Alarme senden')}</div>
 ${cb('bd', 'Bereitschaftsdienst')}<div style="padding-left:32px">${cb('bd-ok', 'OK-Alarme senden')}${cb('bd-rem', 'Erinnerungsalarme senden')}</div></div>
</div>
<div role="tabpanel" hidden id="panel-2" aria-labelledby="tab-2"></div>`);
    const levels = expectTicks(0, q('#bd'), ['Bereitschaftsdienst']);
    expect(must(levels[0]).number).toBe(1);
  });

  it('S04 fr Kendo tabstrip, k-checkbox + label for, typographic apostrophe in the tab, level 2 inactive', () => {
    const kc = (id: string, text: string, checked = false) =>
      `<span class="k-checkbox-wrap"><input type="checkbox" class="k-checkbox k-checkbox-md" id="${id}"${checked ? ' checked' : ''}></span><label class="k-checkbox-label" for="${id}">${text}</label><br>`;
    const pane = (
      n: number,
      active: boolean,
    ) => `<div class="k-tabstrip-content${n === 1 ? ' k-active' : ''}" role="tabpanel" id="ts-${n}" aria-labelledby="tab-${n}">
${kc(`act${n}`, 'Actif', active)}
<h4>Alertes par intégrations</h4>
${kc(`mail${n}`, 'E-mail', true)}${kc(`sms${n}`, 'SMS')}${kc(`tel${n}`, 'Téléphone')}${kc(`slack${n}`, 'Slack – équipe')}
${kc(`ao${n}`, 'AlertOps – astreinte')}<div class="opts">${kc(`ao${n}-ok`, 'Envoyer les alertes OK')}${kc(`ao${n}-rem`, 'Envoyer les alertes de rappel')}</div></div>`;
    mount(`<div class="k-tabstrip k-tabstrip-top"><div class="k-tabstrip-items-wrapper"><ul class="k-tabstrip-items k-reset" role="tablist">
<li class="k-item" role="tab" id="tab-0"><span class="k-link">Général</span></li>
<li class="k-item k-active" role="tab" id="tab-1" aria-selected="true" aria-controls="ts-1"><span class="k-link">Niveau d’escalade 1</span></li>
<li class="k-item" role="tab" id="tab-2" aria-controls="ts-2"><span class="k-link">Niveau d’escalade 2</span></li></ul></div>
${pane(1, true)}${pane(2, false)}</div>`);
    const levels = expectTicks(1, q('#ao2'));
    expect(levels.map((l) => l.number)).toEqual([1, 2]);
    expect(levels.map((l) => l.active)).toEqual([true, false]);
  });

  it('S05 en older label "Alerts by integrations", table rows: checkbox column, name column, options column', () => {
    const row = (
      id: string,
      name: string,
      opts = true,
    ) => `<tr><td><input type="checkbox" id="${id}"></td><td>${name}</td>
<td>${opts ? `<label><input type="checkbox" id="${id}-ok"> Send OK alerts</label> <label><input type="checkbox" id="${id}-rem"> Send reminder alerts</label>` : ''}</td></tr>`;
    mount(`<div class="tab-pane active"><h3>Escalation level 1</h3>
<table class="form-table"><tr><td><label for="act">Active</label></td><td><input type="checkbox" id="act" checked></td></tr></table>
<h4>Alerts by integrations</h4>
<table class="table integrations"><thead><tr><th></th><th>Integration</th><th>Options</th></tr></thead><tbody>
${row('mail', 'E-mail')}${row('sms', 'SMS', false)}${row('phone', 'Phone', false)}${row('slack', 'Slack')}${row('ao', 'AlertOps')}
</tbody></table></div>`);
    const levels = expectTicks(0, q('#ao'));
    expect(must(levels[0]).active).toBe(true);
  });

  it('S06 en ARIA custom checkboxes (div role=checkbox, aria-labelledby) that toggle on click', () => {
    const box = (id: string, name: string, checked = false) =>
      `<div class="row"><div role="checkbox" tabindex="0" id="${id}" aria-checked="${checked}" aria-labelledby="${id}-l" class="chk"></div><span id="${id}-l">${name}</span></div>`;
    mount(`<div role="tablist"><div role="tab" aria-selected="true">Escalation level 1</div></div><div role="tabpanel">
${box('act', 'Active', true)}<h4>Alerting by integrations</h4>
${box('mail', 'E-mail', true)}${box('slack', 'Slack')}${box('ao', 'AlertOps')}${box('ao-ok', 'Send OK alerts')}</div>`);
    for (const el of document.querySelectorAll('[role="checkbox"]'))
      el.addEventListener('click', () =>
        el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true')),
      );
    expectTicks(0, q('#ao'));
  });

  it('S07 en AlertOps already ticked stays ticked', () => {
    mount(`<div role="tabpanel"><h3>Escalation level 1</h3><label><input type="checkbox" id="act" checked> Active</label>
<h4>Alerting by integrations</h4>
<label><input type="checkbox" id="mail" checked> E-mail</label><label><input type="checkbox" id="slack"> Slack</label>
<label><input type="checkbox" id="ao" checked> AlertOps</label>${optionRows('en', 'ao')}</div>`);
    const levels = findEscalationLevels(document);
    const choice = chooseAlertOpsBox(must(levels[0]), []);
    expect(choice.kind).toBe('one');
    if (choice.kind === 'one') tick(choice.item.box);
    expect(q('#ao').checked).toBe(true);
    expect(q('#slack').checked).toBe(false);
  });

  it('S08 en two AlertOps integrations: ambiguous without memory, the remembered one with it', () => {
    mount(`<div role="tabpanel"><h3>Escalation level 1</h3><label><input type="checkbox" id="act" checked> Active</label>
<h4>Alerting by integrations</h4>
<label><input type="checkbox" id="mail"> E-mail</label><label><input type="checkbox" id="slack"> Slack</label>
<label><input type="checkbox" id="ao1"> AlertOps – EU</label>${optionRows('en', 'ao1')}
<label><input type="checkbox" id="ao2"> AlertOps – US</label>${optionRows('en', 'ao2')}</div>`);
    const levels = findEscalationLevels(document);
    const choice = chooseAlertOpsBox(must(levels[0]), []);
    expect(choice.kind).toBe('ambiguous');
    if (choice.kind === 'ambiguous')
      expect(choice.items.map((i) => i.name).sort()).toEqual(['AlertOps – EU', 'AlertOps – US']);
    expectTicks(0, q('#ao2'), ['AlertOps – US']);
  });

  it('S09 nl Vuetify v-tabs + v-checkbox (selection-control markup)', () => {
    let i = 0;
    const vc = (id: string, text: string, checked = false) => {
      i++;
      return `<div class="v-input v-checkbox"><div class="v-input__control"><div class="v-selection-control${checked ? ' v-selection-control--dirty' : ''}"><div class="v-selection-control__wrapper"><div class="v-selection-control__input"><i class="mdi mdi-checkbox-blank-outline v-icon" aria-hidden="true"></i><input id="${id}" aria-disabled="false" type="checkbox" value="${i}"${checked ? ' checked' : ''}></div></div><label class="v-label" for="${id}">${text}</label></div></div></div>`;
    };
    mount(`<div class="v-tabs" role="tablist"><button class="v-tab" role="tab" aria-selected="true"><span class="v-btn__content">Escalatieniveau 1</span></button>
<button class="v-tab" role="tab" aria-selected="false"><span class="v-btn__content">Escalatieniveau 2</span></button></div>
<div class="v-window"><div class="v-window-item v-window-item--active">
${vc('c-act', 'Actief', true)}<div class="text-h6">Alerts versturen door integraties</div>
${vc('c-mail', 'E-mail', true)}${vc('c-sms', 'SMS')}${vc('c-slack', 'Slack')}${vc('c-ao', 'AlertOps')}
<div class="ml-8">${vc('c-ao-ok', 'OK-alerts versturen')}${vc('c-ao-rem', 'Herinneringsalerts versturen')}</div></div></div>`);
    expectTicks(0, q('#c-ao'));
  });

  it('S10 fr uppercase section heading and tab text as text content, NBSP before colon', () => {
    mount(`<ul class="nav nav-tabs"><li class="active"><a role="tab" href="#l1">NIVEAU D’ESCALADE 1</a></li></ul>
<div class="tab-pane active" id="l1"><div class="checkbox"><label><input type="checkbox" id="act" checked> Actif&nbsp;:</label></div>
<h4 class="section">ALERTES PAR INTÉGRATIONS</h4>
<div class="checkbox"><label><input type="checkbox" id="mail" checked> E-mail</label></div>
<div class="checkbox"><label><input type="checkbox" id="slack"> Slack</label></div>
<div class="checkbox"><label><input type="checkbox" id="ao"> AlertOps</label></div>${optionRows('fr', 'ao')}</div>`);
    const levels = expectTicks(0, q('#ao'));
    expect(must(levels[0]).number).toBe(1);
    expect(must(levels[0]).active).toBe(true);
  });

  it('S11 de Angular mat-slide-toggle (button role=switch) per integration', () => {
    const sw = (id: string, text: string, on = false) =>
      `<mat-slide-toggle class="mat-mdc-slide-toggle"><div class="mdc-form-field"><button role="switch" type="button" id="${id}" aria-checked="${on}" class="mdc-switch"><div class="mdc-switch__track"></div></button><label for="${id}">${text}</label></div></mat-slide-toggle>`;
    mount(`<div role="tablist"><div role="tab" aria-selected="true"><span class="mdc-tab__text-label">Eskalationsstufe 1</span></div></div>
<div role="tabpanel">${sw('act', 'Aktiv', true)}<h3>Alarmierung durch Integrationen</h3>
${sw('mail', 'E-Mail', true)}${sw('sms', 'SMS')}${sw('slack', 'Slack')}${sw('ao', 'AlertOps')}</div>`);
    for (const el of document.querySelectorAll('[role="switch"]'))
      el.addEventListener('click', () =>
        el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true')),
      );
    expectTicks(0, q('#ao'));
  });

  it('S12 en CSS-drawn checkboxes: native input hidden by a stylesheet, label::before is the box', () => {
    const style = document.createElement('style');
    style.textContent = '.css-check input[type=checkbox]{position:absolute;opacity:0;width:1px;height:1px}';
    document.head.append(style);
    mount(`<div class="tab-pane active"><h3>Escalation level 2</h3>
<div class="css-check"><input type="checkbox" id="act"><label for="act">Active</label></div>
<h4>Alerting by integrations</h4>
<div class="css-check"><input type="checkbox" id="mail"><label for="mail">E-mail</label></div>
<div class="css-check"><input type="checkbox" id="slack"><label for="slack">Slack – #noc</label></div>
<div class="css-check"><input type="checkbox" id="ao"><label for="ao">AlertOps NOC</label></div></div>`);
    const levels = expectTicks(0, q('#ao'));
    expect(must(levels[0]).number).toBe(2);
    expect(must(levels[0]).active).toBe(false);
  });
});
