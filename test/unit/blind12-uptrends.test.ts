/**
 * Blind round 12 (Uptrends): design systems not covered before. Vaadin, Ionic, Ext JS, SAP UI5, Blueprint,
 * Radix / shadcn, daisyUI, Syncfusion, Webix, Oracle JET, Spectrum web components, Material Web, Dojo / dijit,
 * Angular Material (CDK overlays) and Skeleton (Svelte), each rendering the integration editor (plain field or the
 * "⋯" value dialog), the escalation levels, or a case where nothing may change. Web components get the open shadow
 * roots their library gives them (slots for light-DOM inputs, shadow inputs where the library keeps them there), and
 * custom checkboxes are wired as the library does. Written from /work/shared/domain.md and the README only, without
 * reading the locators' source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, findEscalationLevels } from '../../src/sites/uptrends/escalation';
import { fillEditor } from '../../src/sites/uptrends/fill';
import {
  addStyle,
  byText,
  DLG,
  expectDialogStored,
  expectNameProposed,
  expectNotAlertOps,
  expectUnchanged,
  fillExpect,
  levelNo,
  listen,
  MODE,
  snapshot,
  tickAlertOps,
} from './blind-design-helpers';
import { cleanups, type DialogSpec, mount, must, PROPOSED, q, resetPage, URL, wireDialog } from './blind-helpers';

afterEach(resetPage);

// ---------------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------------

/** Gives every element matching `selector` an open shadow root, as its web component would. */
function hydrate(selector: string, html: (host: HTMLElement) => string, root: ParentNode = document): ShadowRoot[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).map((host) => {
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    shadow.innerHTML = html(host);
    return shadow;
  });
}

function shadowInput(host: Element): HTMLInputElement {
  return must(host.shadowRoot?.querySelector<HTMLInputElement>('input'));
}

/** Like wireDialog, but the value dialog opens inside `container` (an overlay container the page already has). */
function wireDialogInto(button: Element, display: Element, spec: DialogSpec, container: Element) {
  const state = { stored: '', valueEvents: 0, opened: 0 };
  button.addEventListener('click', () => {
    const timer = setTimeout(() => {
      const holder = document.createElement('div');
      holder.innerHTML = spec.html;
      const dialog = holder.firstElementChild as HTMLElement;
      spec.wire?.(dialog);
      spec.valueField(dialog).addEventListener('input', () => state.valueEvents++);
      spec.selectButton(dialog).addEventListener('click', () => {
        if (spec.plainChosen(dialog)) state.stored = spec.valueField(dialog).value;
        dialog.remove();
        display.textContent = state.stored;
      });
      container.append(dialog);
      state.opened++;
    }, spec.delay ?? 10);
    cleanups.push(() => clearTimeout(timer));
  });
  return state;
}

/** Native radios whose wrapper takes a "checked" class after a change (dijit, Angular Material). */
function wireRadioWrappers(root: ParentNode, selector: string, wrapper: string, cls: string): void {
  const radios = Array.from(root.querySelectorAll<HTMLInputElement>(selector));
  for (const radio of radios)
    radio.addEventListener('change', () => {
      for (const other of radios) {
        other.closest(wrapper)?.classList.toggle(cls, other.checked);
        other.setAttribute('aria-checked', String(other.checked));
      }
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Vaadin (v24 web components, light-DOM slotted inputs and labels)
// ---------------------------------------------------------------------------------------------------------------

const VAADIN_FIELD_SHADOW = () =>
  '<div class="vaadin-field-container"><div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div><vaadin-input-container part="input-field"><slot name="prefix" slot="prefix"></slot><slot name="input"></slot><slot name="suffix" slot="suffix"></slot></vaadin-input-container><div part="helper-text"><slot name="helper"></slot></div><div part="error-message"><slot name="error-message"></slot></div></div><slot name="tooltip"></slot>';

let vaadinId = 0;
const vText = (label: string, value = '', extra = '') => {
  const n = vaadinId++;
  return `<vaadin-text-field has-label${value ? ' has-value' : ''}${extra}><label slot="label" id="label-vaadin-text-field-${n}" for="input-vaadin-text-field-${n}">${label}</label><input slot="input" type="text" id="input-vaadin-text-field-${n}" aria-labelledby="label-vaadin-text-field-${n}" value="${value}"><div slot="error-message" id="error-message-vaadin-text-field-${n}" hidden></div></vaadin-text-field>`;
};
const vSelect = (label: string, text: string, hideLabel = false) => {
  const n = vaadinId++;
  return `<vaadin-select has-value${hideLabel ? ` aria-label="${label}"` : ' has-label'}>${hideLabel ? '' : `<label slot="label" id="label-vaadin-select-${n}">${label}</label>`}<vaadin-select-value-button slot="value" role="button" aria-haspopup="listbox" aria-expanded="false" tabindex="0"${hideLabel ? '' : ` aria-labelledby="label-vaadin-select-${n}"`}><vaadin-select-item selected role="option" aria-selected="true">${text}</vaadin-select-item></vaadin-select-value-button><div slot="error-message" hidden></div></vaadin-select>`;
};
const vCheckbox = (id: string, text: string, checked = false) =>
  `<vaadin-checkbox has-label${checked ? ' checked' : ''}><input type="checkbox" slot="input" id="${id}"${checked ? ' checked' : ''}><label slot="label" for="${id}">${text}</label></vaadin-checkbox>`;
const vButton = (text: string, theme = '') =>
  `<vaadin-button role="button" tabindex="0"${theme ? ` theme="${theme}"` : ''}>${text}</vaadin-button>`;

function hydrateVaadin(): void {
  hydrate('vaadin-text-field, vaadin-combo-box, vaadin-select', VAADIN_FIELD_SHADOW);
  hydrate(
    'vaadin-checkbox',
    () =>
      '<div class="vaadin-checkbox-container"><div part="checkbox" aria-hidden="true"></div><slot name="input"></slot><div part="label"><slot name="label"></slot><div part="required-indicator"></div></div></div><slot name="tooltip"></slot>',
  );
  hydrate(
    'vaadin-checkbox-group',
    () =>
      '<div class="vaadin-group-field-container"><div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div><div part="group-field"><slot></slot></div><div part="helper-text"><slot name="helper"></slot></div><div part="error-message"><slot name="error-message"></slot></div></div>',
  );
  hydrate(
    'vaadin-button',
    () =>
      '<div class="vaadin-button-container"><span part="prefix"><slot name="prefix"></slot></span><span part="label"><slot></slot></span><span part="suffix"><slot name="suffix"></slot></span></div><slot name="tooltip"></slot>',
  );
  hydrate(
    'vaadin-dialog-overlay',
    () =>
      '<div part="backdrop" id="backdrop"></div><div part="overlay" id="overlay" tabindex="0"><section id="resizerContainer" class="resizer-container"><header part="header"><div part="title"><slot name="title"></slot></div><div part="header-content"><slot name="header-content"></slot></div></header><div part="content" id="content"><slot></slot></div><footer part="footer" role="toolbar"><slot name="footer"></slot></footer></section></div>',
  );
  hydrate('vaadin-tab', () => '<slot></slot><slot name="tooltip"></slot>');
  hydrate(
    'vaadin-tabsheet',
    () =>
      '<div part="tabs-container"><slot name="prefix"></slot><slot name="tabs"></slot><slot name="suffix"></slot></div><div part="content"><div part="loader"></div><slot id="panel-slot"></slot></div>',
  );
  // CheckboxMixin: the host reflects `checked`; a click on the host itself goes to its input.
  for (const host of Array.from(document.querySelectorAll<HTMLElement>('vaadin-checkbox'))) {
    const input = must(host.querySelector<HTMLInputElement>('input[slot="input"]'));
    input.addEventListener('change', () => host.toggleAttribute('checked', input.checked));
    host.addEventListener('click', (event) => {
      if (event.target === host) input.click();
    });
  }
}

describe('blind12: Vaadin', () => {
  it('B12-U01 Vaadin (en): vaadin-dialog-overlay, vaadin-text-field with slotted label/input, read-only vaadin-combo-box "AlertOps", variables as vaadin-select + vaadin-text-field pairs: URL into "AlertOpsUrl", name proposed', async () => {
    const variable = (name: string, value: string) =>
      `<vaadin-horizontal-layout theme="spacing" style="align-items: baseline">${vSelect('Value source', MODE.en[0])}${vText(name, value)}</vaadin-horizontal-layout>`;
    vaadinId = 0;
    mount(`<vaadin-dialog opened style="display: none"></vaadin-dialog>
<vaadin-dialog-overlay id="overlay" opened role="dialog" aria-modal="true" aria-labelledby="dialog-title" has-header has-footer>
<h2 slot="title" id="dialog-title" class="draggable">Add integration</h2>
<vaadin-form-layout>${vText('Integration name', '', ' required')}
<vaadin-combo-box readonly has-value has-label><label slot="label" id="label-vaadin-combo-box-90" for="input-vaadin-combo-box-91">Integration type</label><input slot="input" id="input-vaadin-combo-box-91" role="combobox" aria-expanded="false" aria-autocomplete="list" readonly value="AlertOps" aria-labelledby="label-vaadin-combo-box-90"><div slot="error-message" hidden></div></vaadin-combo-box></vaadin-form-layout>
<h4>Predefined variables</h4>
<vaadin-vertical-layout>${variable('Priority', 'P3')}${variable('AlertOpsUrl', '')}${variable('Source', 'Uptrends')}</vaadin-vertical-layout>
${vButton('Send test alert', 'tertiary')}${vButton('Cancel')}${vButton('Save', 'primary')}
</vaadin-dialog-overlay>`);
    hydrateVaadin();
    const name = byText<HTMLLabelElement>('label', 'Integration name');
    const nameInput = q(`#${name.htmlFor}`);
    const urlLabel = byText<HTMLLabelElement>('label', 'AlertOpsUrl');
    const url = q(`#${urlLabel.htmlFor}`);
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, nameInput]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, nameInput);
    expect(q(`#${byText<HTMLLabelElement>('label', 'Priority').htmlFor}`).value).toBe('P3');
    expect(q(`#${byText<HTMLLabelElement>('label', 'Source').htmlFor}`).value).toBe('Uptrends');
    expect(q('#input-vaadin-combo-box-91').value, 'type untouched').toBe('AlertOps');
  });

  it('B12-U02 Vaadin (nl): vaadin-tabsheet (hidden panels), vaadin-checkbox "Actief", vaadin-checkbox-group "Alerts versturen door integraties": only "AlertOps Piket" on level 2 is ticked', () => {
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket'];
    const tab = (n: number, selected: boolean) =>
      `<vaadin-tab id="vaadin-tabsheet-tab-${n}" role="tab" aria-selected="${selected}" aria-controls="vaadin-tabsheet-panel-${n}" tabindex="${selected ? 0 : -1}"${selected ? ' selected' : ''}>Escalatieniveau ${n}</vaadin-tab>`;
    const panel = (n: number, on: boolean, shown: boolean) =>
      `<div tab="level-${n}" role="tabpanel" id="vaadin-tabsheet-panel-${n}" aria-labelledby="vaadin-tabsheet-tab-${n}"${shown ? '' : ' hidden'}><vaadin-vertical-layout theme="spacing">
${vCheckbox(`input-vaadin-checkbox-${n}0`, 'Actief', on)}
${vText('Escaleren na (minuten)', String(n * 15))}
<vaadin-checkbox-group theme="vertical" role="group" aria-labelledby="label-vaadin-checkbox-group-${n}" has-label><label slot="label" id="label-vaadin-checkbox-group-${n}">Alerts versturen door integraties</label>${names.map((nm, i) => vCheckbox(`l${n}-i${i}`, nm, i === 0)).join('')}<div slot="error-message" hidden></div></vaadin-checkbox-group></vaadin-vertical-layout></div>`;
    mount(`<h2>Alertdefinitie: Webshop</h2>
<vaadin-tabsheet><vaadin-tabs slot="tabs" role="tablist" orientation="horizontal" selected="1">${tab(1, false)}${tab(2, true)}${tab(3, false)}</vaadin-tabs>
${panel(1, true, false)}${panel(2, true, true)}${panel(3, false, false)}</vaadin-tabsheet>
${vButton('Opslaan', 'primary')}`);
    hydrateVaadin();
    const target = must(q('#l2-i4').closest('vaadin-checkbox'));
    const rows = Array.from(document.querySelectorAll('vaadin-checkbox'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect(level.active, '"Actief" is ticked on level 2').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps Piket');
    expect(q('#l2-i4').checked, 'input checked').toBe(true);
    expect(target.hasAttribute('checked'), 'vaadin-checkbox shows it checked').toBe(true);
    expect(q('#l1-i4').checked, 'level 1 left alone').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Ionic (v7/v8: ion-input scoped, ion-select / ion-checkbox / ion-toggle with shadow roots)
// ---------------------------------------------------------------------------------------------------------------

let ionId = 0;
const ionInput = (label: string, value = '') => {
  const n = ionId++;
  return `<ion-input label="${label}" label-placement="stacked" fill="outline" class="sc-ion-input-md-h sc-ion-input-md-s md input-fill-outline input-label-placement-stacked hydrated${value ? ' has-value' : ''}"><label class="input-wrapper sc-ion-input-md" for="ion-input-${n}"><div class="label-text-wrapper sc-ion-input-md"><div class="label-text sc-ion-input-md">${label}</div></div><div class="native-wrapper sc-ion-input-md"><input class="native-input sc-ion-input-md" id="ion-input-${n}" autocapitalize="off" autocomplete="off" autocorrect="off" name="ion-input-${n}" spellcheck="false" type="text" value="${value}"></div><div class="input-outline-container sc-ion-input-md"><div class="input-outline-start sc-ion-input-md"></div><div class="input-outline-notch sc-ion-input-md"><div class="notch-spacer sc-ion-input-md" aria-hidden="true">${label}</div></div><div class="input-outline-end sc-ion-input-md"></div></div></label></ion-input>`;
};
const ionSelect = (label: string, options: [string, string][], value: string, disabled = false) => {
  const n = ionId++;
  return `<ion-select label="${label}" label-placement="stacked" fill="outline" interface="popover" value="${value}"${disabled ? ' disabled' : ''} class="md select-fill-outline select-label-placement-stacked has-value hydrated${disabled ? ' select-disabled' : ''}">${options.map(([v, t]) => `<ion-select-option value="${v}" class="md hydrated">${t}</ion-select-option>`).join('')}<input type="hidden" class="aux-input" name="ion-sel-${n}" value="${value}"></ion-select>`;
};
const ionField = (label: string): HTMLInputElement =>
  must(
    Array.from(document.querySelectorAll('ion-input'))
      .find((el) => el.getAttribute('label') === label)
      ?.querySelector<HTMLInputElement>('input.native-input'),
  );
const ionButton = (text: string, fill = 'clear') =>
  `<ion-button fill="${fill}" class="md button button-${fill} ion-activatable ion-focusable hydrated">${text}</ion-button>`;

function hydrateIonSelects(): void {
  addStyle('ion-select-option{display:none}');
  hydrate('ion-select', (host) => {
    const label = host.getAttribute('label') ?? '';
    const value = host.getAttribute('value');
    const text =
      Array.from(host.querySelectorAll('ion-select-option')).find((o) => o.getAttribute('value') === value)
        ?.textContent ?? '';
    return `<label class="select-wrapper" id="select-label"><div class="label-text-wrapper" part="label"><div class="label-text">${label}</div><slot name="label"></slot></div><div class="select-wrapper-inner"><slot name="start"></slot><div class="native-wrapper" part="container"><div class="select-text" part="text">${text}</div></div><slot name="end"></slot><div class="select-icon" part="icon" aria-hidden="true" role="presentation"></div></div><div class="select-highlight"></div></label><button id="ion-sel-btn" aria-label="${text}, ${label}" aria-haspopup="dialog" aria-expanded="false"${host.hasAttribute('disabled') ? ' disabled' : ''}></button>`;
  });
}

/** Ionic 8 ion-checkbox / ion-toggle: the host is the role=checkbox/switch and toggles on click. */
function wireIonToggles(): void {
  hydrate(
    'ion-checkbox',
    () =>
      '<label class="checkbox-wrapper" part="container"><div class="label-text-wrapper" part="label"><slot></slot></div><div class="native-wrapper"><svg class="checkbox-icon" viewBox="0 0 24 24" part="container"><path d="M5.9,12.5l3.8,3.8l8.8-8.8" part="mark"></path></svg></div></label>',
  );
  hydrate(
    'ion-toggle',
    () =>
      '<label class="toggle-wrapper" part="container"><div class="label-text-wrapper" part="label"><slot></slot></div><div class="native-wrapper"><div class="toggle-icon" part="track"><div class="toggle-icon-wrapper"><div class="toggle-inner" part="handle"></div></div></div></div></label>',
  );
  for (const host of Array.from(document.querySelectorAll<HTMLElement>('ion-checkbox, ion-toggle')))
    host.addEventListener('click', () => {
      const kind = host.tagName.toLowerCase() === 'ion-toggle' ? 'toggle' : 'checkbox';
      const on = host.getAttribute('aria-checked') !== 'true';
      host.setAttribute('aria-checked', String(on));
      host.classList.toggle(`${kind}-checked`, on);
      const aux = host.querySelector<HTMLInputElement>('input.aux-input');
      if (aux) aux.value = on ? 'on' : '';
    });
}

const ionCheck = (kind: 'checkbox' | 'toggle', text: string, checked: boolean) =>
  `<ion-${kind} justify="space-between" label-placement="start" role="${kind === 'toggle' ? 'switch' : 'checkbox'}" aria-checked="${checked}" tabindex="0" class="md in-item interactive hydrated${checked ? ` ${kind}-checked` : ''}">${text}<input type="hidden" class="aux-input" name="ion-${kind === 'toggle' ? 'tg' : 'cb'}-${ionId++}" value="${checked ? 'on' : ''}"></ion-${kind}>`;

describe('blind12: Ionic', () => {
  it('B12-U03 Ionic (fr): ion-modal, ion-input (scoped: label text in div.label-text, notch spacer repeats it), ion-select type shown only in its shadow root, variables in ion-items: URL into "AlertOpsUrl", name proposed', async () => {
    ionId = 0;
    const modes: [string, string][] = [
      ['here', MODE.fr[0]],
      ['level', MODE.fr[1]],
    ];
    const item = (inner: string) =>
      `<ion-item class="md item-lines-default item-fill-none hydrated">${inner}</ion-item>`;
    mount(`<ion-modal class="show-modal md modal-default hydrated" aria-modal="true" role="dialog" tabindex="-1" style="z-index: 20001;">
<div class="ion-page"><ion-header class="md header-md header-collapse-none hydrated" role="banner"><ion-toolbar class="md in-toolbar hydrated"><ion-title class="md title-default hydrated">Ajouter intégration</ion-title><ion-buttons slot="end" class="buttons-last-slot sc-ion-buttons-md-h sc-ion-buttons-md-s md hydrated">${ionButton('Annuler')}</ion-buttons></ion-toolbar></ion-header>
<ion-content class="ion-padding md content-ltr hydrated"><ion-list class="md list-md hydrated">
${item(ionInput("Nom de l'intégration"))}
${item(
  ionSelect(
    "Type d'intégration",
    [
      ['slack', 'Slack'],
      ['alertops', 'AlertOps'],
      ['teams', 'Microsoft Teams'],
    ],
    'alertops',
    true,
  ),
)}
<ion-list-header class="md hydrated"><ion-label class="sc-ion-label-md-h sc-ion-label-md-s md hydrated">Variables prédéfinies</ion-label></ion-list-header>
${item(ionSelect('Source de la valeur', modes, 'here'))}${item(ionInput('Priorité', 'P2'))}
${item(ionSelect('Source de la valeur', modes, 'here'))}${item(ionInput('AlertOpsUrl'))}
</ion-list>${ionButton('Envoyer une alerte de test', 'outline')}${ionButton('Enregistrer', 'solid')}</ion-content></div></ion-modal>`);
    hydrateIonSelects();
    const name = ionField("Nom de l'intégration");
    const url = ionField('AlertOpsUrl');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(ionField('Priorité').value).toBe('P2');
  });

  it('B12-U04 Ionic (de): the ion-select shows "Slack" in its shadow root while its (hidden) light-DOM options list AlertOps too: not AlertOps, nothing filled or clicked', async () => {
    ionId = 0;
    mount(`<ion-modal class="show-modal md modal-default hydrated" aria-modal="true" role="dialog" tabindex="-1">
<div class="ion-page"><ion-header class="md hydrated"><ion-toolbar class="md hydrated"><ion-title class="md title-default hydrated">Integration bearbeiten</ion-title></ion-toolbar></ion-header>
<ion-content class="ion-padding md hydrated"><ion-list class="md hydrated">
<ion-item class="md hydrated">${ionInput('Integrationsname', 'Bereitschaft Slack')}</ion-item>
<ion-item class="md hydrated">${ionSelect(
      'Integrationstyp',
      [
        ['alertops', 'AlertOps'],
        ['slack', 'Slack'],
        ['teams', 'Microsoft Teams'],
      ],
      'slack',
      true,
    )}</ion-item>
<ion-list-header class="md hydrated"><ion-label class="md hydrated">Vordefinierte Variablen</ion-label></ion-list-header>
<ion-item class="md hydrated">${ionSelect(
      'Wertquelle',
      [
        ['here', MODE.de[0]],
        ['level', MODE.de[1]],
      ],
      'here',
    )}</ion-item>
<ion-item class="md hydrated">${ionInput('WebhookUrl')}</ion-item>
</ion-list>${ionButton('Testalarm senden', 'outline')}${ionButton('Speichern', 'solid')}</ion-content></div></ion-modal>`);
    hydrateIonSelects();
    await expectNotAlertOps('Slack');
  });

  it('B12-U05 Ionic (en): ion-segment tabs (host role=tab), only the selected level rendered, ion-toggle "Active" and ion-checkbox hosts (role on the host, text in light DOM, hidden aux inputs): only "AlertOps – Ops" ticked', () => {
    ionId = 0;
    const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'AlertOps – Ops'];
    const seg = (n: number, on: boolean) =>
      `<ion-segment-button value="level-${n}" role="tab" aria-selected="${on}" tabindex="${on ? 0 : -1}" class="md segment-button-layout-icon-top ion-activatable ion-focusable hydrated${on ? ' segment-button-checked' : ''}"><ion-label class="md hydrated">Escalation level ${n}</ion-label></ion-segment-button>`;
    mount(`<ion-header class="md hydrated"><ion-toolbar class="md hydrated"><ion-title class="md hydrated">Alert definition: Checkout</ion-title></ion-toolbar></ion-header>
<ion-content class="md hydrated"><ion-segment value="level-2" role="tablist" class="md segment-scrollable hydrated">${seg(1, false)}${seg(2, true)}${seg(3, false)}</ion-segment>
<ion-list class="md hydrated"><ion-item class="md hydrated">${ionCheck('toggle', 'Active', true)}</ion-item>
<ion-item class="md hydrated">${ionInput('Escalate after (minutes)', '30')}</ion-item></ion-list>
<ion-list class="md hydrated"><ion-list-header class="md hydrated"><ion-label class="md hydrated">Alerting by integrations</ion-label></ion-list-header>
${names.map((nm, i) => `<ion-item class="md hydrated">${ionCheck('checkbox', nm, i === 0)}</ion-item>`).join('')}</ion-list>
${ionButton('Save', 'solid')}</ion-content>`);
    wireIonToggles();
    const target = byText('ion-checkbox', 'AlertOps – Ops');
    const rows = Array.from(document.querySelectorAll('ion-checkbox, ion-toggle'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect(level.active, '"Active" toggle is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps – Ops');
    expect(target.getAttribute('aria-checked'), 'ion-checkbox checked').toBe('true');
    expect(target.classList.contains('checkbox-checked'), 'shown ticked').toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Ext JS 4.2 (classic: form items as tables, labels in their own cell, checkboxes/radios as input type=button)
// ---------------------------------------------------------------------------------------------------------------

let extId = 1010;
const extLabelCell = (forId: string, label: string) =>
  `<td id="${forId.replace('-inputEl', '')}-labelCell" valign="top" halign="left" width="155" class="x-field-label-cell"><label id="${forId.replace('-inputEl', '')}-labelEl" for="${forId}" class="x-form-item-label x-unselectable x-form-item-label-left" style="width:150px;margin-right:5px;" unselectable="on">${label}${label ? ':' : ''}</label></td>`;
const extText = (label: string, value = '', readonly = false) => {
  const id = `textfield-${extId++}`;
  return `<table class="x-field x-table-plain x-form-item x-form-type-text x-field-default x-anchor-form-item" cellpadding="0" id="${id}" style="table-layout: fixed; width: 560px;"><tbody><tr id="${id}-inputRow">${extLabelCell(`${id}-inputEl`, label)}<td class="x-form-item-body" id="${id}-bodyEl" colspan="2" role="presentation"><input id="${id}-inputEl" type="text" class="x-form-field x-form-text" autocomplete="off" name="${id}-inputEl" value="${value}"${readonly ? ' readonly' : ''} style="width: 100%;" aria-invalid="false"></td></tr></tbody></table>`;
};
const extCombo = (label: string, value: string, disabled = false) => {
  const id = `combobox-${extId++}`;
  return `<table class="x-field x-table-plain x-form-item x-form-type-text x-field-default x-anchor-form-item${disabled ? ' x-item-disabled' : ''}" cellpadding="0" id="${id}" style="table-layout: fixed; width: 560px;"><tbody><tr id="${id}-inputRow">${extLabelCell(`${id}-inputEl`, label)}<td class="x-form-item-body x-form-trigger-wrap-focus" id="${id}-bodyEl" colspan="2" role="presentation"><table id="${id}-triggerWrap" class="x-form-trigger-wrap" cellpadding="0" cellspacing="0" style="width: 100%; table-layout: fixed;"><tbody><tr><td id="${id}-inputCell" class="x-form-trigger-input-cell" style="width: 100%;"><div class="x-hide-display x-form-data-hidden" role="presentation" id="ext-gen${extId}"></div><input id="${id}-inputEl" type="text" class="x-form-field x-form-text" autocomplete="off" name="${id}-inputEl" value="${value}" readonly${disabled ? ' disabled' : ''} role="combobox" aria-invalid="false" style="width: 100%;"></td><td valign="top" class=" x-trigger-cell x-unselectable" style="width:17px"><div class="x-trigger-index-0 x-form-trigger x-form-arrow-trigger x-form-trigger-first" role="button"></div></td></tr></tbody></table></td></tr></tbody></table>`;
};
const extCheck = (kind: 'checkbox' | 'radio', fieldLabel: string, boxLabel: string, checked: boolean, name = '') => {
  const id = `${kind}field-${extId++}`;
  return `<table class="x-field x-table-plain x-form-item x-form-type-${kind === 'checkbox' ? 'checkbox' : 'radio'} x-field-default${checked ? ' x-form-cb-checked' : ''}" cellpadding="0" id="${id}" style="table-layout: auto;"><tbody><tr id="${id}-inputRow">${fieldLabel ? extLabelCell(`${id}-inputEl`, fieldLabel) : ''}<td class="x-form-item-body x-form-cb-wrap" id="${id}-bodyEl" colspan="${fieldLabel ? 2 : 3}" role="presentation"><input type="button" id="${id}-inputEl" role="${kind}" aria-checked="${checked}" class="x-form-field x-form-${kind} x-form-cb" autocomplete="off" hidefocus="true"${name ? ` name="${name}"` : ''} aria-invalid="false" data-errorqtip="">${boxLabel ? `<label id="${id}-boxLabelEl" class="x-form-cb-label x-form-cb-label-after" for="${id}-inputEl">${boxLabel}</label>` : ''}</td></tr></tbody></table>`;
};
const extButton = (text: string, id = `button-${extId++}`) =>
  `<a class="x-btn x-unselectable x-box-item x-toolbar-item x-btn-default-small x-noicon x-btn-noicon x-btn-default-small-noicon" hidefocus="on" unselectable="on" role="button" tabindex="0" id="${id}"><span id="${id}-btnWrap" role="presentation" class="x-btn-wrap" unselectable="on"><span id="${id}-btnEl" class="x-btn-button" role="presentation"><span id="${id}-btnInnerEl" class="x-btn-inner x-btn-inner-center" unselectable="on">${text}</span><span role="presentation" id="${id}-btnIconEl" class="x-btn-icon-el" unselectable="on"></span></span></span></a>`;
const extWindow = (title: string, body: string, buttons: string) => {
  const id = `window-${extId++}`;
  return `<div class="x-window x-layer x-window-default x-closable x-window-closable x-window-default-closable" role="dialog" aria-labelledby="${id}_header_hd-textEl" id="${id}" tabindex="-1" style="width: 620px; left: 300px; top: 80px; z-index: 19001;"><div class="x-window-header x-header x-header-horizontal x-unselectable x-window-header-default x-horizontal x-window-header-horizontal x-window-header-default-horizontal x-top x-window-header-top x-window-header-default-top x-docked x-docked-top x-window-header-docked-top x-window-header-default-docked-top" id="${id}_header"><div id="${id}_header-body" class="x-window-header-body x-window-header-body-default"><div id="${id}_header-innerCt" class="x-box-inner" role="presentation"><div class="x-component x-window-header-text-container x-box-item x-component-default" id="${id}_header_hd"><span id="${id}_header_hd-textEl" class="x-window-header-text x-window-header-text-default">${title}</span></div><div class="x-tool x-box-item x-tool-default x-tool-after-title" role="button"><img class="x-tool-img x-tool-close" src="data:image/gif;base64,R0lGODlhAQABAID/AMDAwAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt=""></div></div></div></div><div id="${id}-body" class="x-window-body x-window-body-default x-closable x-window-body-closable x-window-body-default-closable"><div class="x-form-item-container">${body}</div></div><div class="x-toolbar x-docked x-toolbar-footer x-docked-bottom x-toolbar-docked-bottom x-toolbar-footer-docked-bottom x-box-layout-ct" role="toolbar"><div class="x-box-inner" role="presentation"><div class="x-box-target">${buttons}</div></div></div></div><div class="x-mask" style="z-index: 19000; width: 100%; height: 100%;"></div>`;
};

/** Ext's checkbox/radio: a click on the type=button input toggles the x-form-cb-checked class of its table. */
function wireExt(root: ParentNode): void {
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input.x-form-cb')))
    input.addEventListener('click', () => {
      const table = must(input.closest('table.x-form-item'));
      const radio = input.getAttribute('role') === 'radio';
      const on = radio ? true : !table.classList.contains('x-form-cb-checked');
      if (radio)
        for (const other of Array.from(root.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`))) {
          must(other.closest('table.x-form-item')).classList.remove('x-form-cb-checked');
          other.setAttribute('aria-checked', 'false');
        }
      table.classList.toggle('x-form-cb-checked', on);
      input.setAttribute('aria-checked', String(on));
    });
}

describe('blind12: Ext JS', () => {
  it('B12-U06 Ext JS (de): x-tab-panel (only the active card shown), "Aktiv:" label cell beside a boxless type=button checkbox, checkboxgroup labelled "Alarmierung durch Integrationen:" in its own cell: only "AlertOps Bereitschaft" on level 2', () => {
    addStyle('.x-hide-display{display:none!important}');
    extId = 1010;
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Bereitschaft'];
    const tab = (n: number, active: boolean) =>
      `<a class="x-tab x-unselectable x-box-item x-tab-default x-top x-tab-top x-tab-default-top${active ? ' x-tab-active x-tab-default-active x-top-active' : ''}" hidefocus="on" unselectable="on" id="tab-${900 + n}" tabindex="0" role="tab" aria-selected="${active}"><span id="tab-${900 + n}-btnWrap" role="presentation" class="x-tab-wrap" unselectable="on"><span id="tab-${900 + n}-btnEl" class="x-tab-button" role="presentation"><span id="tab-${900 + n}-btnInnerEl" class="x-tab-inner x-tab-inner-center" unselectable="on">Eskalationsstufe ${n}</span><span role="presentation" class="x-tab-icon-el" unselectable="on"></span></span></span></a>`;
    const card = (n: number, on: boolean, shown: boolean) => {
      const group = `checkboxgroup-${extId++}`;
      return `<div class="x-panel x-tabpanel-child x-panel-default${shown ? '' : ' x-hide-display'}" id="panel-${950 + n}" role="tabpanel" aria-labelledby="tab-${900 + n}"><div id="panel-${950 + n}-body" class="x-panel-body x-panel-body-default x-panel-body-default">
${extCheck('checkbox', 'Aktiv', '', on)}
${extText('Eskalieren nach (Minuten)', String(n * 10))}
<table class="x-field x-table-plain x-form-item x-form-type-checkboxgroup x-field-default" cellpadding="0" id="${group}"><tbody><tr id="${group}-inputRow"><td id="${group}-labelCell" valign="top" class="x-field-label-cell" width="155"><label id="${group}-labelEl" class="x-form-item-label x-unselectable x-form-item-label-left" style="width:150px;margin-right:5px;">Alarmierung durch Integrationen:</label></td><td class="x-form-item-body" id="${group}-bodyEl" colspan="2" role="presentation"><div id="${group}-containerEl" class="x-form-checkboxgroup-body" role="group" aria-labelledby="${group}-labelEl"><table class="x-table-layout" cellspacing="0" cellpadding="0" role="presentation"><tbody>${names.map((nm, i) => `<tr><td class="x-table-layout-cell">${extCheck('checkbox', '', nm, i === 0)}</td></tr>`).join('')}</tbody></table></div></td></tr></tbody></table></div></div>`;
    };
    mount(`<div class="x-panel x-panel-default" role="presentation"><div class="x-panel-header x-header"><span class="x-panel-header-text">Meldedefinition: Webshop</span></div>
<div class="x-panel x-tabpanel x-panel-default"><div class="x-tab-bar x-docked x-tab-bar-default x-horizontal x-tab-bar-horizontal x-top" role="tablist"><div class="x-tab-bar-body x-tab-bar-body-default"><div class="x-box-inner" role="presentation"><div class="x-box-target">${tab(1, false)}${tab(2, true)}${tab(3, false)}</div></div></div><div class="x-tab-bar-strip x-tab-bar-strip-default"></div></div>
<div class="x-panel-body x-panel-body-default">${card(1, true, false)}${card(2, true, true)}${card(3, false, false)}</div></div>
<div class="x-toolbar x-docked x-toolbar-footer" role="toolbar">${extButton('Speichern')}</div></div>`);
    wireExt(document);
    const boxes = Array.from(document.querySelectorAll<HTMLInputElement>('input.x-form-cb'));
    const rows = boxes.map((b) => must(b.closest('table.x-form-item')));
    const label = byText<HTMLLabelElement>('#panel-952 label.x-form-cb-label', 'AlertOps Bereitschaft');
    const input = q(`#${label.htmlFor}`);
    const target = must(input.closest('table.x-form-item'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect.soft(level.active, '"Aktiv:" is ticked on level 2').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps Bereitschaft');
    expect(target.classList.contains('x-form-cb-checked'), 'Ext shows it checked').toBe(true);
    expect(input.getAttribute('aria-checked')).toBe('true');
  });

  it('B12-U07 Ext JS (en): x-window, fieldcontainer per variable ("AlertOpsUrl:" label cell, mode combo, display field, "…" x-btn); value x-window with type=button radios "Plain text", textarea "Value:", x-btn "Select"', async () => {
    extId = 1010;
    const variable = (i: number, name: string, shown: string) => {
      const id = `fieldcontainer-${extId++}`;
      return `<table class="x-field x-table-plain x-form-item x-form-type-text x-fieldcontainer x-field-default" cellpadding="0" id="${id}"><tbody><tr><td id="${id}-labelCell" valign="top" class="x-field-label-cell" width="155"><label id="${id}-labelEl" class="x-form-item-label x-unselectable x-form-item-label-left" style="width:150px;margin-right:5px;">${name}:</label></td><td class="x-form-item-body" id="${id}-bodyEl" colspan="2" role="presentation"><div class="x-container x-fieldcontainer x-hbox-layout-ct" id="${id}-containerEl"><div class="x-box-inner"><div class="x-box-target">${extCombo('', MODE.en[0])}<div id="displayfield-${i}-inputEl" class="x-form-display-field x-box-item" role="textbox" aria-readonly="true">${shown}</div>${extButton('…', `dots-${i}`)}</div></div></div></td></tr></tbody></table>`;
    };
    mount(
      extWindow(
        'Add integration',
        `${extText('Integration name')}${extCombo('Integration type', 'AlertOps', true)}
<fieldset class="x-fieldset x-fieldset-default" id="fieldset-1"><legend class="x-fieldset-header x-fieldset-header-default"><div class="x-component x-fieldset-header-text x-component-default">Predefined variables</div></legend><div class="x-fieldset-body">${variable(0, 'Priority', 'P2')}${variable(1, 'AlertOpsUrl', '')}</div></fieldset>`,
        `${extButton('Send test alert')}${extButton('Save')}${extButton('Cancel')}`,
      ),
    );
    const t = DLG.en;
    const spec: DialogSpec = {
      html: `<div class="ext-value-window">${extWindow(
        t.title,
        `<div class="x-form-checkboxgroup-body" role="radiogroup">${extCheck('radio', 'Value type', t.plain, false, 'kind')}${extCheck('radio', '', t.vault, true, 'kind')}</div>
<table class="x-field x-table-plain x-form-item x-form-type-text x-field-default" cellpadding="0" id="textareafield-2000"><tbody><tr>${extLabelCell('textareafield-2000-inputEl', t.value)}<td class="x-form-item-body" colspan="2" role="presentation"><textarea id="textareafield-2000-inputEl" name="value" rows="4" class="x-form-field x-form-text x-form-textarea" autocomplete="off"></textarea></td></tr></tbody></table>`,
        `${extButton(t.select, 'sel')}${extButton(t.cancel)}`,
      )}</div>`,
      wire: wireExt,
      plainChosen: (d) =>
        must(byText('label.x-form-cb-label', t.plain, d).closest('table')).classList.contains('x-form-cb-checked'),
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('textarea')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const other = wireDialog(q('#dots-0'), q('#displayfield-0-inputEl'), spec);
    const state = wireDialog(q('#dots-1'), q('#displayfield-1-inputEl'), spec);
    const name = q('#textfield-1010-inputEl');
    const outcome = await fillExpect('dialog', [name]);
    expectDialogStored(state);
    expect(other.opened, 'the Priority row dialog is not opened').toBe(0);
    expect(q('#displayfield-1-inputEl').textContent).toBe(URL);
    expect(q('#displayfield-0-inputEl').textContent).toBe('P2');
    expectNameProposed(outcome, name);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// SAP UI5 / Fiori (sap.m)
// ---------------------------------------------------------------------------------------------------------------

let ui5Id = 0;
const ui5Label = (id: string, text: string, forId = '', required = false) =>
  `<label id="${id}"${forId ? ` for="${forId}"` : ''} class="sapMLabel sapUiSelectable sapMLabelMaxWidth${required ? ' sapMLabelRequired' : ''}"${required ? ' aria-required="true"' : ''}><span class="sapMLabelTextWrapper"><bdi id="${id}-bdi">${text}</bdi></span><span data-colon=":" class="sapMLabelColonAndRequired"></span></label>`;
const ui5Input = (id: string, value = '', labelledby = '') =>
  `<div id="${id}" class="sapMInput sapMInputBase sapMInputBaseHeightMargin" style="width: 100%;"><div id="${id}-content" class="sapMInputBaseContentWrapper" style="width: 100%;"><input id="${id}-inner" value="${value}" type="text" autocomplete="off" class="sapMInputBaseInner"${labelledby ? ` aria-labelledby="${labelledby}"` : ''}></div></div>`;
const ui5Select = (id: string, text: string, labelledby: string, disabled = false) =>
  `<div id="${id}" class="sapMSlt sapMSltAutoAdjustedWidth sapMSltWithArrow${disabled ? ' sapMSltDisabled' : ''}" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${labelledby} ${id}-label"${disabled ? ' aria-disabled="true" tabindex="-1"' : ' tabindex="0"'}><div class="sapMSltLabel"><span id="${id}-label" class="sapMSelectListItemText sapMSltLabelText">${text}</span></div><span id="${id}-arrow" class="sapMSltArrow sapUiIcon" data-sap-ui-icon-content="" aria-hidden="true"></span></div>`;
const ui5Button = (text: string, emphasized = false) => {
  const id = `__button${ui5Id++}`;
  return `<button id="${id}" data-sap-ui="${id}" class="sapMBtn sapMBtnBase" type="button"><span id="${id}-inner" class="sapMBtnInner sapMBtnHoverable sapMFocusable sapMBtnText${emphasized ? ' sapMBtnEmphasized' : ' sapMBtnDefault'}"><span id="${id}-content" class="sapMBtnContent"><bdi id="${id}-BDI-content">${text}</bdi></span></span></button>`;
};
const ui5Cb = (id: string, text: string, checked: boolean) =>
  `<div id="${id}" data-sap-ui="${id}" class="sapMCb" role="checkbox" aria-checked="${checked}" tabindex="0" aria-labelledby="${id}-label"><div id="${id}-CbBg" class="sapMCbBg sapMCbHoverable${checked ? ' sapMCbMarkChecked' : ''}"><input type="CheckBox" id="${id}-CB"${checked ? ' checked' : ''} tabindex="-1" aria-hidden="true"></div><label id="${id}-label" for="${id}-CB" class="sapMLabel sapMCbLabel sapUiSelectable"><span class="sapMLabelTextWrapper"><bdi id="${id}-label-bdi">${text}</bdi></span><span data-colon=":" class="sapMLabelColonAndRequired"></span></label></div>`;

/** sap.m.CheckBox: a tap anywhere on the control toggles `selected` and re-renders box, ARIA and input. */
function wireUi5(root: ParentNode): void {
  for (const cb of Array.from(root.querySelectorAll<HTMLElement>('.sapMCb')))
    cb.addEventListener('click', () => {
      const on = cb.getAttribute('aria-checked') !== 'true';
      cb.setAttribute('aria-checked', String(on));
      must(cb.querySelector('.sapMCbBg')).classList.toggle('sapMCbMarkChecked', on);
      must(cb.querySelector<HTMLInputElement>('input')).checked = on;
    });
}

const ui5Dialog = (title: string, content: string, buttons: string) =>
  `<div id="__dialog0" data-sap-ui="__dialog0" tabindex="-1" role="dialog" aria-modal="true" aria-labelledby="__dialog0-title" class="sapMDialog sapMDialogOpen sapMPopup-CTX sapUiShd sapMDialogStretchContent" style="width: 680px; z-index: 61; visibility: visible;"><span id="__dialog0-firstfe" tabindex="0" class="sapMPopupHiddenFocusable"></span><header><div class="sapMDialogTitleGroup"><div id="__bar0" class="sapMIBar sapMIBar-CTX sapMBar sapMHeader-CTX sapMBarTitleAlignAuto" role="toolbar"><div id="__bar0-BarMiddle" class="sapMBarMiddle"><div id="__bar0-BarPH" class="sapMBarPH sapMBarContainer"><h1 id="__dialog0-title" class="sapMTitle sapMTitleStyleAuto sapMTitleNoWrap sapUiSelectable sapMTitleMaxWidth"><span id="__dialog0-title-inner" dir="auto">${title}</span></h1></div></div></div></div></header><section id="__dialog0-cont" class="sapMDialogSection"><div id="__dialog0-scrollCont" class="sapMDialogScroll"><div id="__dialog0-scroll" class="sapMDialogScrollCont">${content}</div></div></section><footer class="sapMDialogFooter"><div id="__toolbar0" class="sapMIBar sapMTB sapMTBNewFlex sapMTBStandard sapMTB-Auto-CTX sapMFooter-CTX" role="toolbar"><div class="sapMTBSpacer sapMTBSpacerFlex"></div>${buttons}</div></footer><span id="__dialog0-lastfe" tabindex="0" class="sapMPopupHiddenFocusable"></span></div><div id="sap-ui-blocklayer-popup" tabindex="0" class="sapUiBLy" style="z-index: 60; visibility: visible;"></div>`;

describe('blind12: SAP UI5', () => {
  it('B12-U08 UI5 (fr): sap.m.Dialog, SimpleForm (sapMLabel for="…-inner", bdi text, colon span), type in a disabled sapMSlt (role=combobox div), variables in a sap.m.Table: URL into the AlertOpsUrl sapMInput, name proposed', async () => {
    ui5Id = 0;
    const cell = (inner: string) => `<td class="sapMListTblCell" data-sap-ui-column="__column">${inner}</td>`;
    const row = (i: number, name: string, value: string) =>
      `<tr id="__item${i}" class="sapMLIB sapMLIB-CTX sapMLIBShowSeparator sapMLIBTypeInactive sapMListTblRow" role="row" tabindex="-1">${cell(`<span id="__text${i}" class="sapMText sapUiSelectable sapMTextMaxLine">${name}</span>`)}${cell(ui5Select(`__mode${i}`, MODE.fr[0], '__colmode'))}${cell(ui5Input(`__var${i}`, value, `__text${i}`))}</tr>`;
    mount(
      ui5Dialog(
        'Ajouter intégration',
        `<div class="sapUiForm sapUiSimpleForm sapUiFormLblColon sapUiFormEdit sapUiFormEdit-CTX"><div class="sapUiRespGrid sapUiRespGridHSpace0 sapUiRespGridVSpace0 sapUiFormResGrid">
<div class="sapUiRespGridSpanL4 sapUiRespGridSpanM4 sapUiFormElementLbl">${ui5Label('__label0', "Nom de l'intégration", '__input0-inner', true)}</div><div class="sapUiRespGridSpanL8 sapUiRespGridSpanM8">${ui5Input('__input0', '', '__label0')}</div>
<div class="sapUiRespGridSpanL4 sapUiRespGridSpanM4 sapUiFormElementLbl">${ui5Label('__label1', "Type d'intégration")}</div><div class="sapUiRespGridSpanL8 sapUiRespGridSpanM8">${ui5Select('__select0', 'AlertOps', '__label1', true)}</div></div></div>
<div class="sapMTitle sapMTitleStyleH4"><span dir="auto">Variables prédéfinies</span></div>
<div id="__table0" class="sapMList sapMListTblCnt"><table id="__table0-listUl" class="sapMListTbl" role="grid"><thead><tr class="sapMListTblHeader" role="row"><th class="sapMListTblCell" role="columnheader"><div class="sapMColumnHeader"><span class="sapMText">Variable</span></div></th><th class="sapMListTblCell" role="columnheader" id="__colmode"><div class="sapMColumnHeader"><span class="sapMText">Source de la valeur</span></div></th><th class="sapMListTblCell" role="columnheader"><div class="sapMColumnHeader"><span class="sapMText">Valeur</span></div></th></tr></thead><tbody id="__table0-tblBody">${row(0, 'Priorité', 'P3')}${row(1, 'AlertOpsUrl', '')}${row(2, 'Source', 'Uptrends')}</tbody></table></div>`,
        `${ui5Button('Envoyer une alerte de test')}${ui5Button('Enregistrer', true)}${ui5Button('Annuler')}`,
      ),
    );
    const url = q('#__var1-inner');
    const name = q('#__input0-inner');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#__var0-inner').value).toBe('P3');
    expect(q('#__var2-inner').value).toBe('Uptrends');
  });

  it('B12-U09 UI5 (nl): sap.m.IconTabBar (only the selected filter’s content rendered), sap.m.CheckBox controls (role=checkbox div + hidden input + label for=input): only "AlertOps Piket" on level 2', () => {
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket', 'Webhook statuspagina'];
    const filter = (n: number, selected: boolean) =>
      `<div id="__filter${n}" data-sap-ui="__filter${n}" class="sapMITBItem sapMITBFilterNeutral sapMITBHorizontal sapMITBFilterNoIcon${selected ? ' sapMITBSelected' : ''}" role="tab" aria-selected="${selected}" aria-controls="__bar0-content" tabindex="${selected ? 0 : -1}"><div class="sapMITBFilterWrapper"><div class="sapMITBTab"><div class="sapMITBText"><span class="sapMITHTextContent">Escalatieniveau ${n}</span></div></div></div></div>`;
    mount(`<div class="sapMPage"><header class="sapMPageHeader"><div class="sapMBar"><div class="sapMBarMiddle"><h2 class="sapMTitle"><span>Alertdefinitie: Webshop</span></h2></div></div></header>
<section class="sapMPageEnableScrolling"><div id="__bar0" class="sapMITB sapMITBNoContentPadding"><div id="__bar0--header" class="sapMITH sapMITHTextOnly"><div class="sapMITHTabContainer"><div id="__bar0--header-head" class="sapMITBHead" role="tablist" aria-orientation="horizontal">${filter(1, false)}${filter(2, true)}${filter(3, false)}</div></div></div>
<div id="__bar0-containerContent" class="sapMITBContainerContent"><div id="__bar0-content" class="sapMITBContent" role="tabpanel" aria-labelledby="__filter2">
${ui5Cb('__box0', 'Actief', true)}
<div class="sapMTitle sapMTitleStyleH5"><span dir="auto">Alerts versturen door integraties</span></div>
<div class="sapMFlexBox sapMVBox" role="group">${names.map((nm, i) => `<div class="sapMFlexItem">${ui5Cb(`__box${i + 1}`, nm, i === 0)}</div>`).join('')}</div>
</div></div></div></section>
<footer class="sapMPageFooter"><div class="sapMIBar sapMTB" role="toolbar">${ui5Button('Opslaan', true)}</div></footer></div>`);
    wireUi5(document);
    const target = q<HTMLElement>('#__box5');
    const rows = Array.from(document.querySelectorAll('.sapMCb'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect(level.active, '"Actief" is ticked').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps Piket');
    expect(target.getAttribute('aria-checked'), 'UI5 announces it checked').toBe('true');
    expect(must(target.querySelector('.sapMCbBg')).classList.contains('sapMCbMarkChecked'), 'shown ticked').toBe(true);
    expect(q('#__box5-CB').checked).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Blueprint.js (v5)
// ---------------------------------------------------------------------------------------------------------------

const bpGroup = (id: string, label: string, control: string, muted = '') =>
  `<div class="bp5-form-group"><label class="bp5-label" for="${id}">${label}${muted ? ` <span class="bp5-text-muted">${muted}</span>` : ''}</label><div class="bp5-form-content">${control}</div></div>`;
const bpInput = (id: string, value = '') =>
  `<div class="bp5-input-group"><input type="text" id="${id}" class="bp5-input" value="${value}"></div>`;
const bpSelect = (id: string, options: string[], index: number, disabled = false, aria = '') =>
  `<div class="bp5-html-select${disabled ? ' bp5-disabled' : ''}"><select id="${id}"${disabled ? ' disabled' : ''}${aria ? ` aria-label="${aria}"` : ''}>${options.map((o, i) => `<option value="${o}"${i === index ? ' selected' : ''}>${o}</option>`).join('')}</select><span aria-hidden="true" class="bp5-icon bp5-icon-double-caret-vertical"><svg data-icon="double-caret-vertical" height="16" role="img" viewBox="0 0 16 16" width="16"><path d="M5 7h6a1.003 1.003 0 00.71-1.71l-3-3C8.53 2.11 8.28 2 8 2s-.53.11-.71.29l-3 3A1.003 1.003 0 005 7zm6 2H5a1.003 1.003 0 00-.71 1.71l3 3c.18.18.43.29.71.29s.53-.11.71-.29l3-3A1.003 1.003 0 0011 9z" fill-rule="evenodd"></path></svg></span></div>`;
const bpButton = (text: string, intent = '', id = '') =>
  `<button type="button"${id ? ` id="${id}"` : ''} class="bp5-button${intent ? ` bp5-intent-${intent}` : ''}"><span class="bp5-button-text">${text}</span></button>`;
const bpDialog = (title: string, body: string, footer: string, icon = 'cog') =>
  `<div class="bp5-portal"><div class="bp5-overlay bp5-overlay-open bp5-overlay-scroll-container"><div class="bp5-overlay-backdrop bp5-overlay-appear-done bp5-overlay-enter-done" tabindex="0"></div><div class="bp5-dialog-container bp5-overlay-content bp5-overlay-appear-done bp5-overlay-enter-done" tabindex="0"><div class="bp5-dialog" role="dialog" aria-labelledby="title-bp5-dialog-header-${title.length}"><div class="bp5-dialog-header"><span aria-hidden="true" class="bp5-icon bp5-icon-${icon}"><svg data-icon="${icon}" height="20" role="img" viewBox="0 0 20 20" width="20"><path d="M19 8h-2.31c-.14-.46-.33-.89-.56-1.3l1.7-1.7a.996.996 0 000-1.41l-1.41-1.41a.996.996 0 00-1.41 0l-1.7 1.7c-.41-.22-.84-.41-1.3-.55V1c0-.55-.45-1-1-1H9c-.55 0-1 .45-1 1v2.33z" fill-rule="evenodd"></path></svg></span><h6 id="title-bp5-dialog-header-${title.length}" class="bp5-heading">${title}</h6><button aria-label="Close" class="bp5-button bp5-minimal bp5-dialog-close-button" type="button"><span aria-hidden="true" class="bp5-icon bp5-icon-small-cross"></span></button></div><div class="bp5-dialog-body">${body}</div><div class="bp5-dialog-footer"><div class="bp5-dialog-footer-actions">${footer}</div></div></div></div></div></div>`;
const bpControl = (kind: 'checkbox' | 'switch' | 'radio', id: string, text: string, checked: boolean, name = '') =>
  `<label class="bp5-control bp5-${kind}"><input type="${kind === 'radio' ? 'radio' : 'checkbox'}" id="${id}"${name ? ` name="${name}" value="${id}"` : ''}${checked ? ' checked' : ''}${kind === 'switch' ? ' role="switch"' : ''}><span class="bp5-control-indicator"></span>${text}</label>`;

describe('blind12: Blueprint', () => {
  it('B12-U10 Blueprint (en): bp5-dialog in a bp5-portal, bp5-form-group label with "(required)" muted span, bp5-html-table variables with icon-only "more" bp5-button; value dialog with bp5-radio "Plain text", "Value", "Select"', async () => {
    const row = (i: number, name: string, shown: string) =>
      `<tr><td>${name}</td><td>${bpSelect(`mode-${i}`, MODE.en, 0, false, 'Value source')}</td><td><code class="bp5-code" id="shown-${i}">${shown}</code></td><td><button type="button" id="dots-${i}" class="bp5-button bp5-minimal bp5-small" aria-label="Edit value"><span aria-hidden="true" class="bp5-icon bp5-icon-more"><svg data-icon="more" height="16" role="img" viewBox="0 0 16 16" width="16"><path d="M2 6.03a2 2 0 100 4 2 2 0 100-4zM14 6.03a2 2 0 100 4 2 2 0 100-4zM8 6.03a2 2 0 100 4 2 2 0 100-4z" fill-rule="evenodd"></path></svg></span></button></td></tr>`;
    mount(
      bpDialog(
        'Add integration',
        `${bpGroup('integration-name', 'Integration name', bpInput('integration-name'), '(required)')}
${bpGroup('integration-type', 'Integration type', bpSelect('integration-type', ['Slack', 'AlertOps', 'Microsoft Teams'], 1, true))}
<h5 class="bp5-heading">Predefined variables</h5>
<table class="bp5-html-table bp5-compact bp5-html-table-striped"><thead><tr><th>Variable</th><th>Value source</th><th>Value</th><th></th></tr></thead><tbody>${row(0, 'Source', 'Uptrends')}${row(1, 'AlertOpsUrl', '')}${row(2, 'Priority', 'P2')}</tbody></table>`,
        `${bpButton('Send test alert', '', '')}${bpButton('Cancel')}${bpButton('Save', 'primary')}`,
      ),
    );
    const t = DLG.en;
    const spec: DialogSpec = {
      html: bpDialog(
        t.title,
        `<div class="bp5-radio-group" role="radiogroup" aria-labelledby="kind-label"><label class="bp5-label" id="kind-label">Value type</label>${bpControl('radio', 'kind-plain', t.plain, false, 'kind')}${bpControl('radio', 'kind-vault', t.vault, true, 'kind')}</div>
${bpGroup('value-text', t.value, '<textarea id="value-text" class="bp5-input bp5-fill" rows="3"></textarea>')}`,
        `${bpButton(t.cancel)}${bpButton(t.select, 'primary', 'sel')}`,
        'edit',
      ),
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('#kind-plain')).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('#value-text')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const other0 = wireDialog(q('#dots-0'), q('#shown-0'), spec);
    const state = wireDialog(q('#dots-1'), q('#shown-1'), spec);
    const other2 = wireDialog(q('#dots-2'), q('#shown-2'), spec);
    const name = q('#integration-name');
    const outcome = await fillExpect('dialog', [name]);
    expectDialogStored(state);
    expect(other0.opened + other2.opened, 'other rows’ dialogs not opened').toBe(0);
    expect(q('#shown-1').textContent).toBe(URL);
    expect(q('#shown-0').textContent).toBe('Uptrends');
    expectNameProposed(outcome, name);
  });

  it('B12-U11 Blueprint (nl): level 1 lists E-mail, SMS, Telefoon, Slack and Teams but no AlertOps (level 2, hidden, has one): no AlertOps box is chosen on level 1 and nothing changes', () => {
    addStyle('.bp5-tab-panel[aria-hidden="true"]{display:none}');
    const tab = (n: number, selected: boolean) =>
      `<div aria-controls="bp5-tab-panel_levels_${n}" aria-disabled="false" aria-expanded="${selected}" aria-selected="${selected}" class="bp5-tab" data-tab-id="${n}" id="bp5-tab-title_levels_${n}" role="tab" tabindex="${selected ? 0 : -1}">Escalatieniveau ${n}</div>`;
    const panel = (n: number, names: string[], shown: boolean) =>
      `<div aria-labelledby="bp5-tab-title_levels_${n}" aria-hidden="${!shown}" class="bp5-tab-panel" id="bp5-tab-panel_levels_${n}" role="tabpanel">${bpControl('switch', `l${n}-active`, 'Actief', true)}<h5 class="bp5-heading">Alerts versturen door integraties</h5>${names.map((nm, i) => bpControl('checkbox', `l${n}-i${i}`, nm, i === 0)).join('')}</div>`;
    const base = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'Microsoft Teams NOC'];
    mount(`<h3 class="bp5-heading">Alertdefinitie: Webshop</h3>
<div class="bp5-tabs"><div class="bp5-tab-list" role="tablist"><div class="bp5-tab-indicator-wrapper" style="left: 0px; top: 0px; width: 120px; height: 30px;"><div class="bp5-tab-indicator"></div></div>${tab(1, true)}${tab(2, false)}</div>
${panel(1, base, true)}${panel(2, [...base, 'AlertOps Piket'], false)}</div>
${bpButton('Opslaan', 'primary')}`);
    const before = snapshot();
    const level = levelNo(findEscalationLevels(document), 1);
    expect(level.integrations.map((i) => i.name)).toEqual(base);
    const choice = chooseAlertOpsBox(level, ['AlertOps Piket']);
    expect(choice.kind, 'no AlertOps integration on level 1').not.toBe('one');
    expectUnchanged(before);
    expect(q('#l2-i5').checked, 'hidden level 2 untouched').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Radix UI / shadcn/ui (React 18: useId ids with colons)
// ---------------------------------------------------------------------------------------------------------------

const BUBBLE_STYLE =
  'transform: translateX(-100%); position: absolute; pointer-events: none; opacity: 0; margin: 0px; width: 16px; height: 16px;';
const rdxCheckbox = (id: string, checked: boolean, role: 'checkbox' | 'switch' = 'checkbox') =>
  `<button type="button" role="${role}" aria-checked="${checked}" data-state="${checked ? 'checked' : 'unchecked'}" value="on" class="peer h-4 w-4 shrink-0 rounded-sm border border-primary ring-offset-background focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-50 data-[state=checked]:bg-primary data-[state=checked]:text-primary-foreground" id="${id}" aria-describedby="${id}-description" aria-invalid="false">${checked ? '<span data-state="checked" class="flex items-center justify-center text-current" style="pointer-events: none;"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-check h-4 w-4"><path d="M20 6 9 17l-5-5"></path></svg></span>' : ''}</button><input type="checkbox" aria-hidden="true" tabindex="-1" value="on" style="${BUBBLE_STYLE}"${checked ? ' checked' : ''}>`;

/** Radix Checkbox / Switch: the button toggles on click; the bubble input follows (for the form). */
function wireRadix(root: ParentNode): void {
  for (const button of Array.from(
    root.querySelectorAll<HTMLButtonElement>('button[role="checkbox"], button[role="switch"]'),
  ))
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-checked') !== 'true';
      button.setAttribute('aria-checked', String(on));
      button.dataset.state = on ? 'checked' : 'unchecked';
      button.innerHTML = on ? '<span data-state="checked" style="pointer-events: none;"></span>' : '';
      const bubble = button.nextElementSibling;
      if (bubble instanceof HTMLInputElement) bubble.checked = on;
    });
}

const rdxSelect = (id: string, text: string, options: [string, string][], value: string, disabled = false) =>
  `<button type="button" role="combobox" aria-controls="radix-${id}-content" aria-expanded="false" aria-autocomplete="none" dir="ltr" data-state="closed"${disabled ? ' data-disabled="" disabled' : ''} class="flex h-10 w-full items-center justify-between rounded-md border border-input bg-background px-3 py-2 text-sm" id="${id}" aria-describedby="${id}-description" aria-invalid="false"><span style="pointer-events: none;">${text}</span><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-chevron-down h-4 w-4 opacity-50" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg></button><select aria-hidden="true" tabindex="-1" style="position: absolute; border: 0px; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; overflow-wrap: normal;">${options.map(([v, t]) => `<option value="${v}"${v === value ? ' selected' : ''}>${t}</option>`).join('')}</select>`;
const rdxLabel = (forId: string, text: string, cls = 'text-sm font-medium leading-none') =>
  `<label class="${cls} peer-disabled:cursor-not-allowed peer-disabled:opacity-70" for="${forId}">${text}</label>`;

describe('blind12: Radix / shadcn', () => {
  it('B12-U12 Radix/shadcn (de): Tabs (inactive contents empty and hidden), Switch "Aktiv", FormItem checkboxes (button role=checkbox + bubble input, Label htmlFor ":r…:-form-item"): only "AlertOps Bereitschaft" on level 2', () => {
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Bereitschaft'];
    const trigger = (n: number, active: boolean) =>
      `<button type="button" role="tab" aria-selected="${active}" aria-controls="radix-:r1:-content-${n}" data-state="${active ? 'active' : 'inactive'}" id="radix-:r1:-trigger-${n}" class="inline-flex items-center justify-center whitespace-nowrap rounded-sm px-3 py-1.5 text-sm font-medium data-[state=active]:bg-background" tabindex="-1" data-orientation="horizontal" data-radix-collection-item="">Eskalationsstufe ${n}</button>`;
    const item = (i: number, nm: string) =>
      `<div class="flex flex-row items-start space-x-3 space-y-0" data-item="${i}">${rdxCheckbox(`:r${10 + i}:-form-item`, i === 0)}${rdxLabel(`:r${10 + i}:-form-item`, nm, 'text-sm font-normal leading-none')}</div>`;
    mount(`<h1 class="text-2xl font-semibold tracking-tight">Meldedefinition: Webshop</h1>
<form class="space-y-8"><div dir="ltr" data-orientation="horizontal" class="w-full"><div role="tablist" aria-orientation="horizontal" class="inline-flex h-10 items-center justify-center rounded-md bg-muted p-1 text-muted-foreground" tabindex="0" data-orientation="horizontal" style="outline: none;">${trigger(1, false)}${trigger(2, true)}${trigger(3, false)}</div>
<div data-state="inactive" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-:r1:-trigger-1" hidden id="radix-:r1:-content-1" tabindex="0" class="mt-2"></div>
<div data-state="active" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-:r1:-trigger-2" id="radix-:r1:-content-2" tabindex="0" class="mt-2 space-y-6">
<div class="flex flex-row items-center justify-between rounded-lg border p-4"><div class="space-y-0.5">${rdxLabel(':r5:-form-item', 'Aktiv', 'text-base')}<p id=":r5:-form-item-description" class="text-sm text-muted-foreground">Diese Stufe benachrichtigen</p></div>${rdxCheckbox(':r5:-form-item', true, 'switch')}</div>
<div class="space-y-2"><div class="mb-4">${rdxLabel(':r8:-form-item', 'Alarmierung durch Integrationen', 'text-base')}<p id=":r8:-form-item-description" class="text-sm text-muted-foreground">Wählen Sie, wer bei dieser Stufe alarmiert wird.</p></div>
${names.map((nm, i) => item(i, nm)).join('')}</div></div>
<div data-state="inactive" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-:r1:-trigger-3" hidden id="radix-:r1:-content-3" tabindex="0" class="mt-2"></div></div>
<button type="submit" class="inline-flex items-center justify-center rounded-md bg-primary px-4 py-2 text-sm text-primary-foreground">Speichern</button></form>`);
    wireRadix(document);
    const target = q<HTMLElement>('[data-item="4"]');
    const rows = Array.from(document.querySelectorAll('[data-item]'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect.soft(level.active, '"Aktiv" switch is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps Bereitschaft');
    const button = must(target.querySelector('button'));
    expect(button.getAttribute('aria-checked'), 'Radix checkbox checked').toBe('true');
    expect(button.dataset.state).toBe('checked');
    expect(must(target.querySelector<HTMLInputElement>('input')).checked, 'bubble input follows').toBe(true);
  });

  it('B12-U13 shadcn (fr): Radix Dialog, FormItem label/input pairs with ":r…:" ids, type in a disabled Select trigger (span text + hidden native select), the name the user typed stays; URL into "AlertOpsUrl"', async () => {
    const modes: [string, string][] = [
      ['here', MODE.fr[0]],
      ['level', MODE.fr[1]],
    ];
    const field = (id: string, label: string, control: string) =>
      `<div class="space-y-2">${rdxLabel(id, label)}${control}<p id="${id}-description" class="text-[0.8rem] text-muted-foreground"></p></div>`;
    const input = (id: string, value = '') =>
      `<input class="flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-sm" id="${id}" aria-describedby="${id}-description" aria-invalid="false" name="${id}" value="${value}">`;
    const variable = (n: number, name: string, value: string) =>
      `<div class="grid grid-cols-2 gap-4">${field(`:r${n}:-form-item`, 'Source de la valeur', rdxSelect(`:r${n}:-form-item`, MODE.fr[0], modes, 'here'))}${field(`:r${n + 1}:-form-item`, name, input(`:r${n + 1}:-form-item`, value))}</div>`;
    mount(`<div data-state="open" class="fixed inset-0 z-50 bg-black/80" style="pointer-events: auto;" data-aria-hidden="true" aria-hidden="true"></div>
<div role="dialog" id="radix-:r3:" aria-describedby="radix-:r5:" aria-labelledby="radix-:r4:" data-state="open" class="fixed left-[50%] top-[50%] z-50 grid w-full max-w-lg gap-4 border bg-background p-6 shadow-lg sm:rounded-lg" tabindex="-1" style="pointer-events: auto;">
<div class="flex flex-col space-y-1.5 text-center sm:text-left"><h2 id="radix-:r4:" class="text-lg font-semibold leading-none tracking-tight">Ajouter intégration</h2><p id="radix-:r5:" class="text-sm text-muted-foreground">Alerte › Intégrations</p></div>
<form class="space-y-4">${field(':r9:-form-item', "Nom de l'intégration", input(':r9:-form-item', 'Astreinte Ops'))}
${field(
  ':ra:-form-item',
  "Type d'intégration",
  rdxSelect(
    ':ra:-form-item',
    'AlertOps',
    [
      ['slack', 'Slack'],
      ['alertops', 'AlertOps'],
      ['teams', 'Microsoft Teams'],
    ],
    'alertops',
    true,
  ),
)}
<h3 class="text-sm font-semibold">Variables prédéfinies</h3>${variable(11, 'Priorité', 'P1')}${variable(13, 'AlertOpsUrl', '')}</form>
<div class="flex flex-col-reverse sm:flex-row sm:justify-end sm:space-x-2"><button type="button" class="border border-input">Envoyer une alerte de test</button><button type="button" class="border border-input">Annuler</button><button type="button" class="bg-primary text-primary-foreground">Enregistrer</button></div>
<button type="button" class="absolute right-4 top-4 rounded-sm opacity-70"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="lucide lucide-x h-4 w-4"><path d="M18 6 6 18"></path><path d="m6 6 12 12"></path></svg><span class="sr-only">Close</span></button></div>`);
    const url = must(document.getElementById(':r14:-form-item')) as HTMLInputElement;
    const name = must(document.getElementById(':r9:-form-item')) as HTMLInputElement;
    const events = listen(url);
    const outcome = await fillExpect('plain', [url]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expect(name.value, 'the user’s name stays').toBe('Astreinte Ops');
    if (outcome.kind === 'filled') {
      expect(outcome.nameFilled).toBe(false);
      expect(outcome.uptrendsName).toBe('Astreinte Ops');
    }
    expect((must(document.getElementById(':r12:-form-item')) as HTMLInputElement).value).toBe('P1');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// daisyUI (Tailwind)
// ---------------------------------------------------------------------------------------------------------------

describe('blind12: daisyUI', () => {
  it('B12-U14 daisyUI (nl): <dialog class="modal">, label.form-control with span.label-text, variables in a fieldset/legend; "AlertOpsUrl" already holds what the user typed → never overwritten, nothing changes', async () => {
    const typed = 'https://notify.alertops.com/POSTAlert/0f3a7c21';
    const variable = (i: number, name: string, value: string) =>
      `<div class="grid grid-cols-2 gap-3"><label class="form-control w-full"><div class="label"><span class="label-text">Waardebron</span></div><select class="select select-bordered select-sm" id="mode-${i}">${MODE.nl.map((m) => `<option>${m}</option>`).join('')}</select></label><label class="form-control w-full"><div class="label"><span class="label-text">${name}</span></div><input type="text" class="input input-bordered input-sm w-full" id="var-${i}" value="${value}"></label></div>`;
    mount(`<dialog id="integration_modal" class="modal modal-open" open><div class="modal-box w-11/12 max-w-3xl">
<form method="dialog"><button class="btn btn-sm btn-circle btn-ghost absolute right-2 top-2">✕</button></form>
<h3 class="text-lg font-bold">Integratie bewerken</h3>
<label class="form-control w-full"><div class="label"><span class="label-text">Integratienaam</span><span class="label-text-alt">verplicht</span></div><input type="text" id="name" class="input input-bordered w-full" value="AlertOps Piket"></label>
<label class="form-control w-full"><div class="label"><span class="label-text">Integratietype</span></div><select class="select select-bordered" id="type" disabled><option>Slack</option><option selected>AlertOps</option><option>Microsoft Teams</option></select></label>
<fieldset class="border border-base-300 rounded-box p-4 mt-4"><legend class="px-2 font-semibold">Voorgedefinieerde variabelen</legend>${variable(0, 'Bron', 'Uptrends')}${variable(1, 'AlertOpsUrl', typed)}</fieldset>
<div class="modal-action"><button class="btn btn-ghost">Testalert versturen</button><button class="btn">Annuleren</button><button class="btn btn-primary">Opslaan</button></div>
</div><form method="dialog" class="modal-backdrop"><button>close</button></form></dialog>`);
    const url = q('#var-1');
    const events = listen(url);
    const before = snapshot();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(url.value, 'what the user typed is kept').toBe(typed);
    expect(events.input + events.change, 'nothing typed over it').toBe(0);
    expect(outcome.kind, 'not reported as filled').not.toBe('filled');
    expectUnchanged(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Syncfusion (EJ2)
// ---------------------------------------------------------------------------------------------------------------

const sfFloat = (id: string, label: string, value = '') =>
  `<div class="e-float-input e-control-wrapper${value ? ' e-valid-input' : ''}"><input type="text" id="${id}" name="${id}" required value="${value}"><span class="e-float-line"></span><label class="e-float-text ${value ? 'e-label-top' : 'e-label-bottom'}">${label}</label></div>`;
const sfDdl = (id: string, label: string, text: string, value: string, disabled = false) =>
  `<span class="e-input-group e-control-wrapper e-ddl e-lib e-keyboard e-valid-input e-float-input${disabled ? ' e-disabled' : ''}" tabindex="-1" style="width: 100%;"${disabled ? ' aria-disabled="true"' : ''}><input class="e-input" readonly tabindex="${disabled ? -1 : 0}" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-readonly="true" aria-labelledby="label_${id}" id="${id}" value="${text}"${disabled ? ' disabled aria-disabled="true"' : ''}><select aria-hidden="true" tabindex="-1" class="e-ddl-hidden" name="${id}" id="${id}_hidden"><option selected value="${value}">${text}</option></select><span class="e-float-line"></span><label class="e-float-text e-label-top" id="label_${id}" for="${id}">${label}</label><span class="e-input-group-icon e-ddl-icon e-search-icon"></span></span>`;
const sfButton = (text: string, primary = false) =>
  `<button class="e-control e-btn e-lib${primary ? ' e-primary' : ' e-flat'}" type="button">${text}</button>`;

describe('blind12: Syncfusion', () => {
  it('B12-U15 Syncfusion (de): e-dialog, e-float-input (label AFTER the input, no for=), type in a disabled e-ddl (read-only input + hidden select), one float input per variable: URL into "AlertOpsUrl", name proposed', async () => {
    const variable = (i: number, name: string, value: string) =>
      `<div class="e-row"><div class="e-col-5">${sfDdl(`mode${i}`, 'Wertquelle', MODE.de[0], 'here')}</div><div class="e-col-7">${sfFloat(`var${i}`, name, value)}</div></div>`;
    mount(`<div class="e-dlg-container e-dlg-center-center" style="display: flex; z-index: 1001;"><div id="integrationDialog" class="e-control e-dialog e-lib e-popup e-popup-open e-dlg-modal" role="dialog" aria-modal="true" aria-labelledby="integrationDialog_title" aria-describedby="integrationDialog_dialog-content" tabindex="-1" style="width: 640px; z-index: 1002;">
<div class="e-dlg-header-content" id="integrationDialog_dialog-header"><button class="e-dlg-closeicon-btn e-control e-btn e-lib e-flat e-icon-btn" type="button" title="Close" aria-label="Close"><span class="e-btn-icon e-icon-dlg-close e-icons"></span></button><div class="e-dlg-header" id="integrationDialog_title">Integration hinzufügen</div></div>
<div class="e-dlg-content" id="integrationDialog_dialog-content">${sfFloat('name', 'Integrationsname')}${sfDdl('type', 'Integrationstyp', 'AlertOps', 'alertops', true)}
<h4 class="e-section-title">Vordefinierte Variablen</h4>${variable(0, 'Quelle', 'Uptrends')}${variable(1, 'AlertOpsUrl', '')}${variable(2, 'Priorität', 'P2')}</div>
<div class="e-footer-content">${sfButton('Testalarm senden')}${sfButton('Speichern', true)}${sfButton('Abbrechen')}</div></div><div class="e-dlg-overlay"></div></div>`);
    const url = q('#var1');
    const name = q('#name');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#var0').value).toBe('Uptrends');
    expect(q('#var2').value).toBe('P2');
  });

  it('B12-U16 Syncfusion (en): e-tab (toolbar items, e-item panes), e-switch wrapper role=switch "Active", e-checkbox-wrapper (hidden input, e-frame, e-label): only "On-call (AlertOps)" on level 2', () => {
    addStyle(
      '.e-tab .e-content > .e-item{display:none}.e-tab .e-content > .e-item.e-active{display:block}.e-checkbox-wrapper input[type="checkbox"]{position:absolute;opacity:0;width:1px;height:1px}',
    );
    const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'On-call (AlertOps)', 'Webhook – status page'];
    const tab = (n: number, active: boolean) =>
      `<div class="e-toolbar-item e-template${active ? ' e-active' : ''}" aria-disabled="false"><div class="e-tab-wrap" role="tab" id="e-item-tab_${n}" aria-controls="e-content-tab_${n}" aria-selected="${active}" tabindex="${active ? 0 : -1}"><div class="e-text-wrap"><div class="e-tab-text">Escalation level ${n}</div></div></div></div>`;
    const check = (n: number, i: number, nm: string, checked: boolean) =>
      `<div class="e-checkbox-wrapper e-wrapper"><label for="l${n}-i${i}"><input id="l${n}-i${i}" class="e-control e-checkbox e-lib" type="checkbox"${checked ? ' checked' : ''}><span class="e-ripple-container" data-ripple="true"></span><span class="e-icons e-frame${checked ? ' e-check' : ''}"></span><span class="e-label">${nm}</span></label></div>`;
    const pane = (n: number, on: boolean, active: boolean) =>
      `<div class="e-item${active ? ' e-active' : ''}" id="e-content-tab_${n}" role="tabpanel" aria-labelledby="e-item-tab_${n}"><div class="level">
<div class="e-switch-wrapper e-wrapper${on ? ' e-switch-active' : ''}" role="switch" aria-checked="${on}" tabindex="0" aria-labelledby="l${n}-active-label"><input type="checkbox" class="e-control e-switch e-lib" id="l${n}-active"${on ? ' checked' : ''}><span class="e-switch-inner${on ? ' e-switch-active' : ''}"><span class="e-switch-on">ON</span><span class="e-switch-off">OFF</span></span><span class="e-switch-handle${on ? ' e-switch-active' : ''}"></span></div><label id="l${n}-active-label" for="l${n}-active">Active</label>
<h4>Alerting by integrations</h4>${names.map((nm, i) => check(n, i, nm, i === 0)).join('')}</div></div>`;
    mount(`<h2>Alert definition: Checkout</h2>
<div id="tab" class="e-control e-tab e-lib e-keyboard" role="tablist" aria-orientation="horizontal"><div class="e-tab-header e-control e-toolbar e-lib e-keyboard" role="toolbar"><div class="e-items e-toolbar-items">${tab(1, false)}${tab(2, true)}${tab(3, false)}${tab(4, false)}</div><div class="e-indicator"></div></div>
<div class="e-content">${pane(1, true, false)}${pane(2, true, true)}${pane(3, false, false)}${pane(4, false, false)}</div></div>
${sfButton('Save', true)}`);
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input.e-checkbox')))
      input.addEventListener('change', () =>
        must(input.parentElement?.querySelector('.e-frame')).classList.toggle('e-check', input.checked),
      );
    const target = must(q('#l2-i4').closest('.e-checkbox-wrapper'));
    const rows = Array.from(document.querySelectorAll('.e-checkbox-wrapper, .e-switch-wrapper'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect.soft(level.active, '"Active" switch is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'On-call (AlertOps)');
    expect(q('#l2-i4').checked).toBe(true);
    expect(must(target.querySelector('.e-frame')).classList.contains('e-check'), 'shown ticked').toBe(true);
    expect(q('#l1-i4').checked, 'level 1 left alone').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Webix (v8+ custom checkboxes: button role=checkbox)
// ---------------------------------------------------------------------------------------------------------------

describe('blind12: Webix', () => {
  it('B12-U17 Webix (fr): tabbar + multiview (hidden views display:none), webix_section title as a sibling view, "Actif" as left webix_inp_label, button.webix_custom_checkbox rows: only "AlertOps astreinte" on level 1', () => {
    const names = ['E-mail', 'SMS', 'Téléphone', 'Slack – équipe', 'AlertOps astreinte'];
    let wid = 1712345678900;
    const view = (cls: string, inner: string, extra = '') =>
      `<div class="webix_view ${cls}" view_id="$${cls.split(' ')[0]}${wid++}" style="display: inline-block; vertical-align: top; border-width: 0px; margin-top: 0px; margin-left: 0px; width: 560px; height: 38px;"${extra}>${inner}</div>`;
    const checkbox = (left: string, right: string, checked: boolean) => {
      const id = String(wid++);
      return view(
        'webix_control webix_el_checkbox',
        `<div class="webix_el_box" style="width:560px; height:38px"><label class="webix_inp_label " style="text-align:left; line-height:22px; width:160px;">${left}</label><button type="button" class="webix_custom_checkbox" role="checkbox" aria-checked="${checked}" id="${id}" style="line-height:22px"></button>${right ? `<label class="webix_label_right" for="${id}" style="line-height:22px;">${right}</label>` : ''}</div>`,
      );
    };
    const level = (n: number, on: boolean, shown: boolean) =>
      `<div class="webix_view webix_form webix_layout_form" view_id="level${n}" role="form" style="${shown ? '' : 'display: none; '}border-width: 0px; width: 600px;"><div class="webix_scroll_cont"><div class="webix_view webix_layout_line" style="width: 580px;">
${checkbox('Actif', '', on)}
${view('webix_control webix_el_counter', `<div class="webix_el_box"><label class="webix_inp_label" for="${wid}" style="width:160px;">Escalader après (min)</label><input type="text" id="${wid}" value="${n * 15}"></div>`)}
<div class="webix_view webix_section" view_id="$section${n}" style="width: 560px; height: 40px;"><div class="webix_section"><span>Alertes par intégrations</span></div></div>
${names.map((nm, i) => checkbox('', nm, i === 0)).join('')}</div></div></div>`;
    const tab = (n: number, selected: boolean) =>
      `<div class="webix_item_tab${selected ? ' webix_selected' : ''}" button_id="level${n}" aria-selected="${selected}" role="tab" tabindex="${selected ? 0 : -1}" style="width:180px;">Niveau d'escalade ${n}</div>`;
    mount(`<div class="webix_view webix_layout_line"><div class="webix_view webix_template" view_id="$template1"><div class="webix_template">Définitions d'alerte : Production</div></div>
<div class="webix_view webix_control webix_el_tabbar" view_id="levelTabs"><div class="webix_el_box" style="width:600px; height:42px"><div class="webix_all_tabs" role="tablist">${tab(1, true)}${tab(2, false)}${tab(3, false)}</div></div></div>
<div class="webix_view webix_multiview" view_id="levels">${level(1, true, true)}${level(2, false, false)}${level(3, false, false)}</div>
<div class="webix_view webix_control webix_el_button webix_primary"><div class="webix_el_box"><button type="button" class="webix_button">Enregistrer</button></div></div></div>`);
    for (const button of Array.from(document.querySelectorAll<HTMLElement>('.webix_custom_checkbox')))
      button.addEventListener('click', () =>
        button.setAttribute('aria-checked', String(button.getAttribute('aria-checked') !== 'true')),
      );
    const rows = Array.from(document.querySelectorAll('.webix_el_checkbox'));
    const label = byText<HTMLLabelElement>('[view_id="level1"] label.webix_label_right', 'AlertOps astreinte');
    const target = must(label.closest('.webix_el_checkbox'));
    const lvl = levelNo(findEscalationLevels(document), 1);
    expect.soft(lvl.active, '"Actif" is ticked').toBe(true);
    expect(lvl.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(lvl, rows, target, 'AlertOps astreinte');
    expect(must(target.querySelector('button')).getAttribute('aria-checked'), 'Webix shows it checked').toBe('true');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Oracle JET (Redwood, label-edge inside; ids with "|input")
// ---------------------------------------------------------------------------------------------------------------

const ojText = (id: string, label: string, value = '') =>
  `<oj-input-text id="${id}" label-hint="${label}" class="oj-inputtext oj-form-control oj-text-field oj-component oj-complete oj-form-control-label-inside${value ? '' : ' oj-form-control-empty'}"><div class="oj-text-field-container" role="presentation"><div class="oj-text-field-middle"><label for="${id}|input" class="oj-label-group oj-text-field-label" id="${id}|label">${label}</label><input data-oj-internal="" type="text" class="oj-inputtext-input oj-text-field-input oj-component-initnode" id="${id}|input" aria-invalid="false" autocomplete="off" value="${value}"></div></div></oj-input-text>`;
const ojSelect = (id: string, label: string, text: string, disabled = false) =>
  `<oj-select-single id="${id}" label-hint="${label}" class="oj-select-single oj-form-control oj-text-field oj-component oj-complete oj-form-control-label-inside${disabled ? ' oj-disabled' : ''}"><div class="oj-text-field-container" role="presentation"><div class="oj-text-field-middle"><label for="${id}|input" class="oj-label-group oj-text-field-label">${label}</label><input type="text" role="combobox" readonly aria-expanded="false" aria-autocomplete="list" class="oj-text-field-input oj-searchselect-input" id="${id}|input" value="${text}"${disabled ? ' disabled' : ''}></div><span class="oj-text-field-end"><span class="oj-searchselect-arrow oj-searchselect-open-icon oj-component-icon" role="presentation"></span></span></div></oj-select-single>`;

describe('blind12: Oracle JET', () => {
  it('B12-U18 Oracle JET (nl): oj-dialog, oj-select-single shows "Microsoft Teams" (the user named it "Piket-kanaal (vroeger AlertOps)"), WorkflowUrl empty: not AlertOps, nothing filled or clicked', async () => {
    mount(`<oj-dialog id="integrationDialog" dialog-title="Integratie bewerken" class="oj-dialog oj-component oj-complete oj-dialog-resizable" role="dialog" aria-modal="true" aria-labelledby="integrationDialog_layer_title" style="position: relative; width: 640px;"><div class="oj-dialog-container"><div class="oj-dialog-header"><h1 class="oj-dialog-title" id="integrationDialog_layer_title">Integratie bewerken</h1></div>
<div class="oj-dialog-body-wrapper"><div class="oj-dialog-body"><oj-form-layout class="oj-form-layout oj-complete" direction="column"><div class="oj-form oj-form-cols-labels-inline">
${ojText('name', 'Integratienaam', 'Piket-kanaal (vroeger AlertOps)')}${ojSelect('type', 'Integratietype', 'Microsoft Teams', true)}</div></oj-form-layout>
<h2 class="oj-typography-heading-xs">Voorgedefinieerde variabelen</h2>
<oj-form-layout class="oj-form-layout oj-complete" max-columns="2"><div class="oj-form">${ojSelect('mode0', 'Waardebron', MODE.nl[0])}${ojText('var0', 'WorkflowUrl')}</div></oj-form-layout></div></div>
<div class="oj-dialog-footer"><oj-button class="oj-button oj-component oj-complete" chroming="borderless"><button class="oj-button-button" aria-labelledby="btn1_oj8|text"><div class="oj-button-label"><span class="oj-button-text" id="btn1_oj8|text">Testalert versturen</span></div></button></oj-button><oj-button class="oj-button oj-component oj-complete" chroming="callToAction"><button class="oj-button-button"><div class="oj-button-label"><span class="oj-button-text">Opslaan</span></div></button></oj-button></div></div></oj-dialog>`);
    await expectNotAlertOps('Microsoft Teams');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Spectrum web components (inputs inside shadow roots, labels as light-DOM text)
// ---------------------------------------------------------------------------------------------------------------

/** SWC CheckboxMixin: the input lives in the shadow root; host.click() clicks it; the host reflects `checked`. */
function hydrateSwcChecks(): void {
  for (const host of Array.from(document.querySelectorAll<HTMLElement>('sp-checkbox, sp-switch'))) {
    const isSwitch = host.tagName.toLowerCase() === 'sp-switch';
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<input id="input" type="checkbox"${isSwitch ? ' role="switch"' : ''}${host.hasAttribute('checked') ? ' checked' : ''}>${isSwitch ? '<span id="switch"></span>' : '<span id="box"><sp-icon-checkmark100 id="checkmark" class="spectrum-UIIcon-Checkmark100"></sp-icon-checkmark100><sp-icon-dash100 id="partialCheckmark" class="spectrum-UIIcon-Dash100"></sp-icon-dash100></span>'}<label id="label" for="input"><slot></slot></label>`;
    const input = must(shadow.querySelector('input'));
    input.addEventListener('change', () => {
      host.toggleAttribute('checked', input.checked);
      host.dispatchEvent(new Event('change', { bubbles: true }));
    });
    host.click = () => input.click();
  }
}

describe('blind12: Spectrum web components', () => {
  it('B12-U19 Spectrum (de): sp-tabs (sp-tab label in the shadow root), sp-tab-panel[selected], sp-switch "Aktiv", sp-field-group of sp-checkbox (shadow input, light-DOM text): only "AlertOps Bereitschaft" on level 2', () => {
    addStyle('sp-tab-panel:not([selected]){display:none}');
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Bereitschaft'];
    const tab = (n: number, selected: boolean) =>
      `<sp-tab label="Eskalationsstufe ${n}" value="${n}" role="tab" id="sp-tab-${n}" aria-selected="${selected}" aria-controls="sp-tab-panel-${n}" tabindex="${selected ? 0 : -1}"${selected ? ' selected' : ''} dir="ltr"></sp-tab>`;
    const panel = (n: number, on: boolean, selected: boolean) =>
      `<sp-tab-panel value="${n}" slot="tab-panel" role="tabpanel" id="sp-tab-panel-${n}" aria-labelledby="sp-tab-${n}" aria-hidden="${!selected}"${selected ? ' selected' : ''}>
<sp-switch emphasized${on ? ' checked' : ''} dir="ltr">Aktiv</sp-switch>
<sp-field-label for="after-${n}" size="m">Eskalieren nach (Minuten)</sp-field-label><sp-number-field id="after-${n}" value="${n * 10}"></sp-number-field>
<sp-field-label id="ints-${n}-label" size="m">Alarmierung durch Integrationen</sp-field-label>
<sp-field-group vertical id="ints-${n}" role="group" aria-labelledby="ints-${n}-label">${names.map((nm, i) => `<sp-checkbox size="m" dir="ltr"${i === 0 ? ' checked' : ''} data-n="${n}-${i}">${nm}</sp-checkbox>`).join('')}</sp-field-group></sp-tab-panel>`;
    mount(`<sp-theme system="spectrum" color="light" scale="medium" dir="ltr"><h2 class="spectrum-Heading spectrum-Heading--sizeM">Meldedefinition: Webshop</h2>
<sp-tabs selected="2" label="Eskalationsstufen" direction="horizontal" size="m" dir="ltr" role="tablist">${tab(1, false)}${tab(2, true)}${tab(3, false)}
${panel(1, true, false)}${panel(2, true, true)}${panel(3, false, false)}</sp-tabs>
<sp-button variant="accent" role="button" tabindex="0">Speichern</sp-button></sp-theme>`);
    hydrate('sp-tab', (host) => `<div id="item-label" role="presentation">${host.getAttribute('label')}</div>`);
    hydrateSwcChecks();
    const target = q<HTMLElement>('[data-n="2-4"]');
    const rows = Array.from(document.querySelectorAll('sp-checkbox, sp-switch'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect.soft(level.active, '"Aktiv" switch is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps Bereitschaft');
    expect(shadowInput(target).checked, 'the shadow input is checked').toBe(true);
    expect(target.hasAttribute('checked'), 'sp-checkbox reflects it').toBe(true);
    expect(q<HTMLElement>('[data-n="1-4"]').hasAttribute('checked'), 'level 1 left alone').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Material Web (md-* components: inputs inside shadow roots, labelled by the `label` attribute)
// ---------------------------------------------------------------------------------------------------------------

function hydrateMdFields(): void {
  addStyle('md-outlined-select md-select-option{display:none}');
  hydrate(
    'md-dialog',
    () =>
      '<div class="scrim"></div><dialog aria-labelledby="headline" open><div class="container"><div class="headline"><h2 id="headline"><slot name="headline"></slot></h2></div><div class="scroller"><div class="content"><slot name="content"></slot></div></div><div class="actions"><slot name="actions"></slot></div></div></dialog>',
  );
  for (const host of Array.from(document.querySelectorAll<HTMLElement>('md-outlined-text-field'))) {
    const label = host.getAttribute('label') ?? '';
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<span class="text-field"><md-outlined-field class="field" label="${label}"${host.getAttribute('value') ? ' populated' : ''}><span class="label" aria-hidden="true">${label}</span><input class="input" aria-label="${label}" aria-describedby="description" aria-invalid="false" type="text"></md-outlined-field><div id="description" class="supporting-text"></div></span>`;
    const input = must(shadow.querySelector('input'));
    input.value = host.getAttribute('value') ?? '';
    Object.defineProperty(host, 'value', {
      configurable: true,
      get: () => input.value,
      set: (v: string) => {
        input.value = v;
      },
    });
  }
  hydrate('md-outlined-select', (host) => {
    const label = host.getAttribute('label') ?? '';
    const text = host.querySelector('md-select-option[selected]')?.textContent ?? '';
    return `<span class="select"><md-outlined-field class="field" label="${label}" populated${host.hasAttribute('disabled') ? ' disabled' : ''}><div id="label" class="label" aria-hidden="true">${label}</div><div class="select-value" role="combobox" aria-labelledby="label" aria-expanded="false" aria-haspopup="listbox" tabindex="0"><div class="headline">${text}</div></div></md-outlined-field><md-menu part="menu" class="menu" aria-hidden="true"><slot></slot></md-menu></span>`;
  });
}

const mdSelect = (label: string, options: string[], selected: number, disabled = false) =>
  `<md-outlined-select label="${label}"${disabled ? ' disabled' : ''}>${options.map((o, i) => `<md-select-option value="${i}"${i === selected ? ' selected' : ''}><div slot="headline">${o}</div></md-select-option>`).join('')}</md-outlined-select>`;

describe('blind12: Material Web', () => {
  it('B12-U20 Material Web (fr): md-dialog (native <dialog> in its shadow root, content slotted), md-outlined-text-field (input in the shadow root, aria-label = label), md-outlined-select type: URL into "AlertOpsUrl", name proposed', async () => {
    const variable = (name: string, value: string) =>
      `<div class="variable-row" style="display:flex;gap:16px">${mdSelect('Source de la valeur', MODE.fr, 0)}<md-outlined-text-field label="${name}" value="${value}"></md-outlined-text-field></div>`;
    mount(`<md-dialog open><div slot="headline">Ajouter intégration</div>
<form slot="content" id="integration-form" method="dialog" style="display:flex;flex-direction:column;gap:16px">
<md-outlined-text-field label="Nom de l'intégration" required></md-outlined-text-field>
${mdSelect("Type d'intégration", ['Slack', 'AlertOps', 'Microsoft Teams'], 1, true)}
<h3 class="md-typescale-title-small">Variables prédéfinies</h3>${variable('Priorité', 'P2')}${variable('AlertOpsUrl', '')}</form>
<div slot="actions"><md-text-button>Envoyer une alerte de test</md-text-button><md-text-button form="integration-form" value="cancel">Annuler</md-text-button><md-filled-button form="integration-form" value="save">Enregistrer</md-filled-button></div></md-dialog>`);
    hydrateMdFields();
    const host = (label: string) => q<HTMLElement>(`md-outlined-text-field[label="${label}"]`);
    const url = shadowInput(host('AlertOpsUrl'));
    const name = shadowInput(host("Nom de l'intégration"));
    const events = listen(url);
    const outcome = await fillExpect('plain', []);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(shadowInput(host('Priorité')).value).toBe('P2');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Dojo / dijit
// ---------------------------------------------------------------------------------------------------------------

const dijitText = (id: string, value = '', readonly = false) =>
  `<div class="dijit dijitReset dijitInline dijitLeft dijitTextBox${readonly ? ' dijitTextBoxReadOnly dijitReadOnly' : ''}" id="widget_${id}" role="presentation" widgetid="${id}"><div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" data-dojo-attach-point="textbox,focusNode" autocomplete="off" type="text" tabindex="0" id="${id}" value="${value}"${readonly ? ' readonly aria-readonly="true"' : ''}></div></div>`;
const dijitFiltering = (id: string, text: string, value: string, disabled = false) =>
  `<div class="dijit dijitReset dijitInline dijitLeft dijitTextBox dijitComboBox dijitValidationTextBox${disabled ? ' dijitTextBoxDisabled dijitComboBoxDisabled dijitValidationTextBoxDisabled dijitDisabled' : ''}" id="widget_${id}" role="combobox" aria-haspopup="true" data-dojo-attach-point="_popupStateNode" widgetid="${id}" aria-expanded="false"${disabled ? ' aria-disabled="true"' : ''}><div class="dijitReset dijitRight dijitButtonNode dijitArrowButton dijitDownArrowButton dijitArrowButtonContainer" data-dojo-attach-point="_buttonNode" role="presentation"><input class="dijitReset dijitInputField dijitArrowButtonInner" value="▼ " type="text" tabindex="-1" readonly="readonly" role="button presentation" aria-hidden="true"${disabled ? ' disabled' : ''}></div><div class="dijitReset dijitValidationContainer"><input class="dijitReset dijitInputField dijitValidationIcon dijitValidationInner" value="Χ " type="text" tabindex="-1" readonly="readonly" role="presentation"></div><div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" type="text" autocomplete="off" data-dojo-attach-point="textbox,focusNode" role="textbox" aria-haspopup="true" id="${id}" tabindex="0" value="${text}"${disabled ? ' disabled aria-disabled="true"' : ''}><input type="hidden" name="${id}" value="${value}"></div></div>`;
const dijitSelect = (id: string, text: string, value: string) =>
  `<table class="dijit dijitReset dijitInline dijitLeft dijitDownArrowButton dijitSelect dijitValidationTextBox" data-dojo-attach-point="_buttonNode,tableNode,focusNode,_popupStateNode" cellspacing="0" cellpadding="0" role="listbox" aria-haspopup="true" tabindex="0" id="${id}" widgetid="${id}" aria-expanded="false" aria-invalid="false" aria-label="Waardebron"><tbody role="presentation"><tr role="presentation"><td class="dijitReset dijitStretch dijitButtonContents" role="presentation"><div class="dijitReset dijitInputField dijitButtonText" data-dojo-attach-point="containerNode,textDirNode" role="presentation"><span role="option" aria-selected="true" class="dijitReset dijitInline dijitSelectLabel">${text}</span></div><div class="dijitReset dijitValidationContainer"><input class="dijitReset dijitInputField dijitValidationIcon dijitValidationInner" value="Χ " type="text" tabindex="-1" readonly="readonly" role="presentation"></div><input type="hidden" data-dojo-attach-point="valueNode" value="${value}" aria-hidden="true" name="${id}"></td><td class="dijitReset dijitRight dijitButtonNode dijitArrowButton dijitDownArrowButton dijitArrowButtonContainer" data-dojo-attach-point="titleNode" role="presentation"><input class="dijitReset dijitInputField dijitArrowButtonInner" value="▼ " type="text" tabindex="-1" readonly="readonly" role="presentation"></td></tr></tbody></table>`;
const dijitButton = (id: string, text: string, title = '') =>
  `<span class="dijit dijitReset dijitInline dijitButton" role="presentation" widgetid="${id}"><span class="dijitReset dijitInline dijitButtonNode" data-dojo-attach-event="ondijitclick:__onClick" role="presentation"><span class="dijitReset dijitStretch dijitButtonContents" data-dojo-attach-point="titleNode,focusNode" role="button" aria-labelledby="${id}_label" tabindex="0" id="${id}"${title ? ` title="${title}"` : ''}><span class="dijitReset dijitInline dijitIcon dijitNoIcon" data-dojo-attach-point="iconNode"></span><span class="dijitReset dijitToggleButtonIconChar">●</span><span class="dijitReset dijitInline dijitButtonText" id="${id}_label" data-dojo-attach-point="containerNode">${text}</span></span></span><input type="button" value="" class="dijitOffScreen" data-dojo-attach-event="onclick:_onClick" tabindex="-1" role="presentation" aria-hidden="true" data-dojo-attach-point="valueNode"></span>`;
const dijitDialog = (id: string, title: string, content: string) =>
  `<div class="dijitDialog dijitDialogFocused dijitFocused" role="dialog" aria-labelledby="${id}_title" id="${id}" widgetid="${id}" style="position: absolute; left: 300px; top: 80px; opacity: 1; z-index: 950;"><div data-dojo-attach-point="titleBar" class="dijitDialogTitleBar"><span data-dojo-attach-point="titleNode" class="dijitDialogTitle" id="${id}_title" role="heading" level="1">${title}</span><span data-dojo-attach-point="closeButtonNode" class="dijitDialogCloseIcon" title="Annuleren" role="button" tabindex="-1"><span data-dojo-attach-point="closeText" class="closeText" title="Annuleren">x</span></span></div><div data-dojo-attach-point="containerNode" class="dijitDialogPaneContent">${content}</div></div><div class="dijitDialogUnderlayWrapper" id="${id}_underlay_wrapper" style="display: block; z-index: 949;"><div class="dijitDialogUnderlay _underlay" data-dojo-attach-point="node" id="${id}_underlay"></div></div>`;

describe('blind12: Dojo', () => {
  it('B12-U21 Dojo/dijit (nl): dijitDialog, formTable with "Integratienaam:" labels, disabled FilteringSelect (arrow "▼ " and "Χ " inputs), dijit Select per variable, "⋯" dijit Button; value dijitDialog with dijit RadioButton "Platte tekst", "Waarde", "Selecteren"', async () => {
    addStyle(
      '.dijitToggleButtonIconChar{display:none!important}.dijitOffScreen{position:absolute!important;left:-10000px!important;top:-10000px!important}',
    );
    const row = (i: number, name: string, shown: string) =>
      `<tr><td class="varName">${name}</td><td>${dijitSelect(`mode${i}`, MODE.nl[0], 'here')}</td><td>${dijitText(`val${i}`, shown, true)}</td><td>${dijitButton(`dots${i}`, '⋯', 'Waarde bewerken')}</td></tr>`;
    mount(
      dijitDialog(
        'integrationDlg',
        'Integratie toevoegen',
        `<table class="formTable"><tbody><tr><td><label for="name">Integratienaam:</label></td><td>${dijitText('name')}</td></tr>
<tr><td><label for="type">Integratietype:</label></td><td>${dijitFiltering('type', 'AlertOps', 'alertops', true)}</td></tr></tbody></table>
<h3>Voorgedefinieerde variabelen</h3>
<table class="variables"><thead><tr><th>Variabele</th><th>Waardebron</th><th>Waarde</th><th></th></tr></thead><tbody>${row(0, 'Bron', 'Uptrends')}${row(1, 'AlertOpsUrl', '')}</tbody></table>
<div class="dijitDialogPaneActionBar">${dijitButton('test', 'Testalert versturen')}${dijitButton('save', 'Opslaan')}${dijitButton('cancel', 'Annuleren')}</div>`,
      ),
    );
    const t = DLG.nl;
    const radio = (id: string, value: string, text: string, checked: boolean) =>
      `<div class="dijit dijitReset dijitInline dijitRadio${checked ? ' dijitRadioChecked dijitChecked' : ''}" role="presentation" widgetid="${id}"><input type="radio" class="dijitReset dijitCheckBoxInput" data-dojo-attach-point="focusNode" name="kind" value="${value}" id="${id}" tabindex="0" aria-checked="${checked}"${checked ? ' checked' : ''}></div><label for="${id}">${text}</label>`;
    const spec: DialogSpec = {
      html: `<div class="dijit-value-dialog">${dijitDialog(
        'valueDlg',
        t.title,
        `<div role="radiogroup">${radio('kindPlain', 'plain', t.plain, false)}<br>${radio('kindVault', 'vault', t.vault, true)}</div>
<label for="valueTa">${t.value}:</label><br><textarea id="valueTa" class="dijitTextBox dijitTextArea dijitExpandingTextArea" rows="3" widgetid="valueTa"></textarea>
<div class="dijitDialogPaneActionBar">${dijitButton('valueSel', t.select)}${dijitButton('valueCancel', t.cancel)}</div>`,
      )}</div>`,
      wire: (d) => wireRadioWrappers(d, 'input.dijitCheckBoxInput', '.dijitRadio', 'dijitRadioChecked'),
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('#kindPlain')).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('#valueTa')),
      selectButton: (d) => must(d.querySelector('[widgetid="valueSel"]')),
    };
    const other = wireDialog(q('[widgetid="dots0"]'), q('#val0'), spec);
    const state = wireDialog(q('[widgetid="dots1"]'), q('#val1'), spec);
    const name = q('#name');
    const outcome = await fillExpect('dialog', [name, q('#val1')]);
    expectDialogStored(state);
    expect(other.opened, 'the Bron row dialog is not opened').toBe(0);
    expect(q('#val1').value).toBe(URL);
    expect(q('#val0').value).toBe('Uptrends');
    expectNameProposed(outcome, name);
    expect(q('#type').value, 'type untouched').toBe('AlertOps');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Angular Material (MDC) with CDK overlays
// ---------------------------------------------------------------------------------------------------------------

let matId = 0;
const matField = (label: string, control: string, controlId: string, type = 'mat-input') => {
  const n = matId++;
  return `<mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-${type} mat-form-field-appearance-outline mat-primary ng-star-inserted"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-flex"><div matformfieldnotchedoutline class="mdc-notched-outline ng-star-inserted"><div class="mat-mdc-notch-piece mdc-notched-outline__leading"></div><div class="mat-mdc-notch-piece mdc-notched-outline__notch"><label matformfieldfloatinglabel class="mdc-floating-label mat-mdc-floating-label ng-star-inserted" id="mat-mdc-form-field-label-${n}" for="${controlId}"><mat-label>${label}</mat-label></label></div><div class="mat-mdc-notch-piece mdc-notched-outline__trailing"></div></div><div class="mat-mdc-form-field-infix">${control}</div></div></div><div class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align"><div class="mat-mdc-form-field-hint-wrapper"><div class="mat-mdc-form-field-hint-spacer"></div></div></div></mat-form-field>`;
};
const matSelect = (id: string, text: string, disabled = false) =>
  `<mat-select role="combobox" aria-haspopup="listbox" class="mat-mdc-select${disabled ? ' mat-mdc-select-disabled' : ''}" id="${id}" tabindex="${disabled ? -1 : 0}" aria-labelledby="mat-mdc-form-field-label-${matId} ${id}-value" aria-required="false" aria-disabled="${disabled}" aria-invalid="false" aria-expanded="false"><div class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="${id}-value"><span class="mat-mdc-select-value-text ng-star-inserted"><span class="mat-mdc-select-min-line ng-star-inserted">${text}</span></span></div><div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" focusable="false" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></div></div></div></mat-select>`;
const matButton = (text: string, kind: 'button' | 'flat' = 'button', id = '') =>
  `<button${id ? ` id="${id}"` : ''} mat-${kind === 'flat' ? 'flat-' : ''}button class="mdc-button${kind === 'flat' ? ' mdc-button--unelevated mat-mdc-unelevated-button mat-primary' : ' mat-mdc-button mat-unthemed'} mat-mdc-button-base" type="button"><span class="mat-mdc-button-persistent-ripple mdc-button__ripple"></span><span class="mdc-button__label">${text}</span><span class="mat-mdc-focus-indicator"></span><span class="mat-mdc-button-touch-target"></span></button>`;
const matPane = (n: number, title: string, content: string, actions: string) =>
  `<div class="cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing"></div><div class="cdk-global-overlay-wrapper" dir="ltr" style="justify-content: center; align-items: center;"><div id="cdk-overlay-${n}" class="cdk-overlay-pane mat-mdc-dialog-panel" style="max-width: 80vw; position: static;"><mat-dialog-container tabindex="-1" class="mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--open" id="mat-mdc-dialog-${n}" role="dialog" aria-modal="true" aria-labelledby="mat-mdc-dialog-title-${n}"><div class="mdc-dialog__container"><div class="mat-mdc-dialog-surface mdc-dialog__surface"><ng-component class="ng-star-inserted"><h2 mat-dialog-title class="mat-mdc-dialog-title mdc-dialog__title" id="mat-mdc-dialog-title-${n}">${title}</h2><mat-dialog-content class="mat-mdc-dialog-content mdc-dialog__content">${content}</mat-dialog-content><mat-dialog-actions class="mat-mdc-dialog-actions mdc-dialog__actions" align="end">${actions}</mat-dialog-actions></ng-component></div></div></mat-dialog-container></div></div>`;

describe('blind12: Angular Material', () => {
  it('B12-U22 Angular Material (de): mat-dialog in the cdk-overlay-container, mat-form-field (label in the notch), mat-select type, mat-table variables with a mat-icon-button whose text is the ligature "more_horiz"; the value dialog opens as a second pane: mat-radio "Klartext", textarea "Wert", "Auswählen"', async () => {
    matId = 0;
    const row = (i: number, name: string, shown: string) =>
      `<tr mat-row class="mat-mdc-row mdc-data-table__row cdk-row ng-star-inserted" role="row"><td mat-cell class="mat-mdc-cell mdc-data-table__cell cdk-cell cdk-column-name mat-column-name ng-star-inserted" role="cell">${name}</td><td mat-cell class="mat-mdc-cell mdc-data-table__cell cdk-cell cdk-column-source mat-column-source" role="cell">${matSelect(`mat-select-${10 + i}`, MODE.de[0])}</td><td mat-cell class="mat-mdc-cell mdc-data-table__cell cdk-cell cdk-column-value mat-column-value" role="cell"><span class="value-preview" id="shown-${i}">${shown}</span></td><td mat-cell class="mat-mdc-cell mdc-data-table__cell cdk-cell cdk-column-actions mat-column-actions" role="cell"><button mat-icon-button id="dots-${i}" class="mdc-icon-button mat-mdc-icon-button mat-unthemed mat-mdc-button-base" aria-label="Wert bearbeiten" type="button"><span class="mat-mdc-button-persistent-ripple mdc-icon-button__ripple"></span><mat-icon role="img" class="mat-icon notranslate material-icons mat-ligature-font mat-icon-no-color" aria-hidden="true" data-mat-icon-type="font">more_horiz</mat-icon><span class="mat-mdc-focus-indicator"></span><span class="mat-mdc-button-touch-target"></span></button></td></tr>`;
    const header = ['Variable', 'Wertquelle', 'Wert', '']
      .map(
        (h) =>
          `<th mat-header-cell class="mat-mdc-header-cell mdc-data-table__header-cell cdk-header-cell" role="columnheader">${h}</th>`,
      )
      .join('');
    mount(`<app-root ng-version="17.3.0"><main class="content">Alarmierung › Integrationen</main></app-root>
<div class="cdk-overlay-container">${matPane(
      0,
      'Integration hinzufügen',
      `<form novalidate class="ng-untouched ng-pristine ng-valid">${matField('Integrationsname', '<input matinput class="mat-mdc-input-element mdc-text-field__input mat-mdc-form-field-input-control ng-untouched ng-pristine ng-valid cdk-text-field-autofill-monitored" id="mat-input-0" required aria-required="true" aria-invalid="false">', 'mat-input-0')}
${matField('Integrationstyp', matSelect('mat-select-0', 'AlertOps', true), 'mat-select-0', 'mat-select')}
<h3 class="mat-subtitle-2">Vordefinierte Variablen</h3>
<table mat-table class="mat-mdc-table mdc-data-table__table cdk-table" role="table"><thead role="rowgroup"><tr mat-header-row class="mat-mdc-header-row mdc-data-table__header-row cdk-header-row" role="row">${header}</tr></thead><tbody class="mdc-data-table__content" role="rowgroup">${row(0, 'Quelle', 'Uptrends')}${row(1, 'AlertOpsUrl', '')}</tbody></table></form>`,
      `${matButton('Testalarm senden')}${matButton('Abbrechen')}${matButton('Speichern', 'flat')}`,
    )}</div>`);
    const t = DLG.de;
    const radio = (n: number, value: string, text: string, checked: boolean) =>
      `<mat-radio-button class="mat-mdc-radio-button mat-accent ng-star-inserted${checked ? ' mat-mdc-radio-checked' : ''}" id="mat-radio-${n}"><div class="mdc-form-field mat-internal-form-field"><div class="mdc-radio"><div class="mat-mdc-radio-touch-target"></div><input type="radio" class="mdc-radio__native-control" id="mat-radio-${n}-input" name="mat-radio-group-1" value="${value}" tabindex="${checked ? 0 : -1}"${checked ? ' checked' : ''}><div class="mdc-radio__background"><div class="mdc-radio__outer-circle"></div><div class="mdc-radio__inner-circle"></div></div><div mat-ripple class="mat-ripple mat-radio-ripple mat-focus-indicator"><div class="mat-ripple-element mat-radio-persistent-ripple"></div></div></div><label class="mdc-label" for="mat-radio-${n}-input">${text}</label></div></mat-radio-button>`;
    const spec: DialogSpec = {
      html: `<div class="value-pane">${matPane(
        1,
        t.title,
        `<label id="kind-label" class="mat-body-strong">Art des Werts</label><mat-radio-group role="radiogroup" class="mat-mdc-radio-group" aria-labelledby="kind-label">${radio(2, 'plain', t.plain, false)}${radio(3, 'vault', t.vault, true)}</mat-radio-group>
${matField(t.value, '<textarea matinput class="mat-mdc-input-element mdc-text-field__input" id="mat-input-5" rows="3"></textarea>', 'mat-input-5')}`,
        `${matButton(t.cancel)}${matButton(t.select, 'flat', 'sel')}`,
      )}</div>`,
      wire: (d) => wireRadioWrappers(d, 'input.mdc-radio__native-control', 'mat-radio-button', 'mat-mdc-radio-checked'),
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('#mat-input-5')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const container = q<HTMLElement>('.cdk-overlay-container');
    const other = wireDialogInto(q('#dots-0'), q('#shown-0'), spec, container);
    const state = wireDialogInto(q('#dots-1'), q('#shown-1'), spec, container);
    const name = q('#mat-input-0');
    const outcome = await fillExpect('dialog', [name]);
    expectDialogStored(state);
    expect(other.opened, 'the Quelle row dialog is not opened').toBe(0);
    expect(q('#shown-1').textContent).toBe(URL);
    expect(q('#shown-0').textContent).toBe('Uptrends');
    expectNameProposed(outcome, name);
    expect(document.querySelectorAll('mat-dialog-container').length, 'value pane closed by Auswählen').toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Skeleton (Svelte + Tailwind)
// ---------------------------------------------------------------------------------------------------------------

describe('blind12: Skeleton', () => {
  it('B12-U23 Skeleton (en): TabGroup (label > div role=tab with a zero-size radio inside), only the selected panel rendered, SlideToggle "Active" (div role=switch around a hidden checkbox), checkbox labels with <p> text: only "On-call (AlertOps)" on level 3', () => {
    addStyle('.hidden{display:none}.h-0{height:0}.w-0{width:0}.overflow-hidden{overflow:hidden}');
    const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'On-call (AlertOps)', 'Status page webhook'];
    const tab = (n: number, selected: boolean) =>
      `<label class="flex-none" title=""><div class="tab text-center cursor-pointer transition-colors duration-100 flex-none ${selected ? 'border-b-2 border-surface-900-50-token' : 'border-b-0'} -mb-[1px] px-4 py-2 rounded-tl-container-token rounded-tr-container-token hover:variant-soft" data-testid="tab" role="tab" aria-controls="level-panel" aria-selected="${selected}" tabindex="${selected ? 0 : -1}"><div class="h-0 w-0 overflow-hidden"><input type="radio" name="tabSet" title="" tabindex="-1" value="${n}"${selected ? ' checked' : ''}></div><div class="tab-interface flex justify-center items-center gap-1 flex-col"><div class="tab-label">Escalation level ${n}</div></div></div></label>`;
    mount(`<h2 class="h2">Alert definition: Checkout</h2>
<div class="tab-group space-y-4" data-testid="tab-group"><div class="tab-list flex overflow-x-auto hide-scrollbar border-b border-surface-400-500-token" role="tablist" aria-labelledby="">${tab(1, false)}${tab(2, false)}${tab(3, true)}${tab(4, false)}</div>
<div class="tab-panel" role="tabpanel" aria-labelledby="" id="level-panel" tabindex="0"><section class="card p-4 space-y-4">
<div class="slide-toggle" data-testid="slide-toggle" role="switch" aria-label="Active" aria-checked="true" tabindex="0"><label class="slide-toggle-label flex items-center space-x-4 cursor-pointer"><input type="checkbox" class="slide-toggle-input hidden" name="active" checked><div class="slide-toggle-track flex transition-all duration-[200ms] w-12 h-6 variant-filled-primary cursor-pointer rounded-token"><div class="slide-toggle-thumb w-[100%] h-full scale-[0.8] shadow rounded-token bg-white/75" style="transform: translateX(100%);"></div></div><div class="slide-toggle-text ml-3">Active</div></label></div>
<label class="label"><span>Escalate after (minutes)</span><input class="input" type="number" value="45"></label>
<h4 class="h4">Alerting by integrations</h4>
<div class="space-y-2">${names.map((nm, i) => `<label class="flex items-center space-x-2" data-i="${i}"><input class="checkbox" type="checkbox"${i === 0 ? ' checked' : ''}><p>${nm}</p></label>`).join('')}</div>
</section></div></div>
<button type="button" class="btn variant-filled-primary">Save</button>`);
    const target = q<HTMLElement>('[data-i="4"]');
    const rows = Array.from(document.querySelectorAll('[data-i], .slide-toggle, [role="tab"]'));
    const level = levelNo(findEscalationLevels(document), 3);
    expect.soft(level.active, '"Active" slide toggle is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'On-call (AlertOps)');
    expect(must(target.querySelector('input')).checked).toBe(true);
    expect(q<HTMLInputElement>('input[name="tabSet"][value="3"]').checked, 'tab radios untouched').toBe(true);
  });
});
