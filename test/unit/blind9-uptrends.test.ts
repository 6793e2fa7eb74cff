/**
 * Blind round 9 (Uptrends): design systems not covered before. Ant Design, Kendo UI for jQuery, Telerik ASP.NET AJAX,
 * DevExtreme, PrimeNG / PrimeReact, Chakra UI, Salesforce Lightning, Semantic UI, Bootstrap 5 floating labels and
 * definition-list forms, each rendering the integration editor (type shown as that system's select display, variables
 * in its layout, some with the "⋯" value dialog in its modal) or the escalation levels (its tabs and checkboxes).
 * Custom checkboxes are wired as the library does: a click on the visible control changes the hidden input and the
 * visible state together. Written from /work/shared/domain.md only, without reading the locators' source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findEscalationLevels } from '../../src/sites/uptrends/escalation';
import {
  addStyle,
  byText,
  DLG,
  expectDialogStored,
  expectNameProposed,
  expectNotAlertOps,
  fillExpect,
  levelNo,
  listen,
  MODE,
  tickAlertOps,
} from './blind-design-helpers';
import { type DialogSpec, mount, must, q, resetPage, URL, wireDialog } from './blind-helpers';

afterEach(resetPage);

// ---------------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------------

/** role=checkbox / switch / radio widgets that toggle on click, with the library's "checked" class. */
function wireAriaToggle(root: ParentNode, selector: string, checkedClass: string): void {
  for (const el of Array.from(root.querySelectorAll(selector)))
    el.addEventListener('click', () => {
      const radio = el.getAttribute('role') === 'radio';
      const on = radio ? true : el.getAttribute('aria-checked') !== 'true';
      if (radio)
        for (const other of Array.from(el.parentElement?.querySelectorAll('[role="radio"]') ?? [])) {
          other.setAttribute('aria-checked', 'false');
          other.classList.remove(checkedClass);
        }
      el.setAttribute('aria-checked', String(on));
      el.classList.toggle(checkedClass, on);
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Ant Design
// ---------------------------------------------------------------------------------------------------------------

const antItem = (id: string, label: string, control: string, required = false) =>
  `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-col-7 ant-form-item-label"><label for="${id}" class="${required ? 'ant-form-item-required' : ''}" title="${label}">${label}</label></div><div class="ant-col ant-col-17 ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
const antBare = (control: string) =>
  `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
const antInput = (id: string, value = '', placeholder = '') =>
  `<input id="${id}" class="ant-input ant-input-outlined" type="text" value="${value}"${placeholder ? ` placeholder="${placeholder}"` : ''}>`;
const antSelect = (id: string, text: string, disabled = false) =>
  `<div class="ant-select ant-select-outlined ant-select-single ant-select-show-arrow${disabled ? ' ant-select-disabled' : ''}"><div class="ant-select-selector"><span class="ant-select-selection-wrap"><span class="ant-select-selection-search"><input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list" readonly unselectable="on" value="" style="opacity:0"${disabled ? ' disabled' : ''}></span><span class="ant-select-selection-item" title="${text}">${text}</span></span></div><span class="ant-select-arrow" unselectable="on" aria-hidden="true"><span role="img" aria-label="down" class="anticon anticon-down ant-select-suffix"><svg viewBox="64 64 896 896" aria-hidden="true"></svg></span></span></div>`;
const antModal = (title: string, body: string, footer: string[], primary: string) =>
  `<div class="ant-modal-root"><div class="ant-modal-mask"></div><div tabindex="-1" class="ant-modal-wrap"><div role="dialog" aria-labelledby=":t${title.length}:" aria-modal="true" class="ant-modal" style="width:640px"><div class="ant-modal-content">
<button type="button" aria-label="Close" class="ant-modal-close"><span class="ant-modal-close-x"><span role="img" aria-label="close" class="anticon anticon-close"><svg aria-hidden="true"></svg></span></span></button>
<div class="ant-modal-header"><div class="ant-modal-title" id=":t${title.length}:">${title}</div></div>
<div class="ant-modal-body">${body}</div>
<div class="ant-modal-footer">${footer.map((b) => `<button type="button" class="ant-btn ant-btn-default"><span>${b}</span></button>`).join('')}<button type="button" class="ant-btn ant-btn-primary"><span>${primary}</span></button></div>
</div></div></div></div>`;
const antEllipsis = (id: string) =>
  `<button type="button" id="${id}" class="ant-btn ant-btn-default ant-btn-icon-only"><span class="ant-btn-icon"><span role="img" aria-label="ellipsis" class="anticon anticon-ellipsis"><svg viewBox="64 64 896 896" focusable="false" data-icon="ellipsis" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M176 511a56 56 0 10112 0 56 56 0 10-112 0zm280 0a56 56 0 10112 0 56 56 0 10-112 0zm280 0a56 56 0 10112 0 56 56 0 10-112 0z"></path></svg></span></span></button>`;
const antCheckbox = (text: string, checked = false) =>
  `<label class="ant-checkbox-wrapper${checked ? ' ant-checkbox-wrapper-checked' : ''} ant-checkbox-group-item"><span class="ant-checkbox ant-wave-target${checked ? ' ant-checkbox-checked' : ''}"><input class="ant-checkbox-input" type="checkbox" value="${text.toLowerCase().replace(/\W+/g, '-')}"${checked ? ' checked' : ''}><span class="ant-checkbox-inner"></span></span><span>${text}</span></label>`;

/** Ant's controlled inputs: the wrapper classes follow the native input's change. */
function wireAnt(root: ParentNode): void {
  for (const input of Array.from(
    root.querySelectorAll<HTMLInputElement>('input.ant-checkbox-input, input.ant-radio-input'),
  ))
    input.addEventListener('change', () => {
      const radio = input.type === 'radio';
      const group = radio ? Array.from(input.closest('.ant-radio-group')?.querySelectorAll('input') ?? []) : [input];
      for (const other of group) {
        if (radio && other !== input) other.checked = false;
        const kind = radio ? 'radio' : 'checkbox';
        other.closest(`.ant-${kind}-wrapper`)?.classList.toggle(`ant-${kind}-wrapper-checked`, other.checked);
        other.closest(`.ant-${kind}`)?.classList.toggle(`ant-${kind}-checked`, other.checked);
      }
    });
  wireAriaToggle(root, 'button.ant-switch', 'ant-switch-checked');
}

describe('blind9: Ant Design', () => {
  it('V01 en ant-modal, ant-form-item labels, type in ant-select (selection-item span, empty search input): the AlertOpsUrl row gets the URL, name proposed', async () => {
    const variable = (i: number, name: string, value: string) =>
      `<div class="ant-space-item"><div class="ant-row ant-row-middle"><div class="ant-col ant-col-6"><span class="ant-typography"><strong>${name}</strong></span></div><div class="ant-col ant-col-8">${antBare(antSelect(`variables_${i}_mode`, MODE.en[0]))}</div><div class="ant-col ant-col-10">${antBare(antInput(`variables_${i}_value`, value, 'Value'))}</div></div></div>`;
    mount(
      antModal(
        'Add integration',
        `<form id="integration" class="ant-form ant-form-horizontal">
${antItem('integration_name', 'Integration name', antInput('integration_name'), true)}
${antItem('integration_type', 'Integration type', antSelect('integration_type', 'AlertOps', true))}
<div class="ant-divider ant-divider-horizontal ant-divider-with-text ant-divider-with-text-left" role="separator"><span class="ant-divider-inner-text">Predefined variables</span></div>
<div class="ant-space ant-space-vertical" style="width:100%">${variable(0, 'Priority', 'P3')}${variable(1, 'AlertOpsUrl', '')}</div>
</form>`,
        ['Send test alert', 'Cancel'],
        'Save',
      ),
    );
    const url = q('#variables_1_value');
    const name = q('#integration_name');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#integration_type').value, 'ant-select search input stays empty').toBe('');
    expect(q('#variables_0_value').value).toBe('P3');
  });

  it('V02 de "⋯" is an icon-only ant-btn (anticon "ellipsis"), value dialog is a second ant-modal with Radio.Group: Klartext chosen, URL in "Wert", "Auswählen"', async () => {
    const variable = (i: number, name: string, shown: string) =>
      `<div class="ant-row ant-row-middle"><div class="ant-col ant-col-6"><span class="ant-typography"><strong>${name}</strong></span></div><div class="ant-col ant-col-8">${antBare(antSelect(`variables_${i}_mode`, MODE.de[0]))}</div><div class="ant-col ant-col-8"><span class="ant-typography ant-typography-secondary" id="disp${i}">${shown}</span></div><div class="ant-col ant-col-2">${antEllipsis(`dots${i}`)}</div></div>`;
    mount(
      antModal(
        'Integration hinzufügen',
        `<form class="ant-form ant-form-vertical">
${antItem('integration_name', 'Integrationsname', antInput('integration_name'), true)}
${antItem('integration_type', 'Integrationstyp', antSelect('integration_type', 'AlertOps', true))}
<div class="ant-divider ant-divider-horizontal ant-divider-with-text ant-divider-with-text-left" role="separator"><span class="ant-divider-inner-text">Vordefinierte Variablen</span></div>
${variable(0, 'Quelle', 'Uptrends')}${variable(1, 'AlertOpsUrl', '—')}
</form>`,
        ['Testalarm senden', 'Abbrechen'],
        'Speichern',
      ),
    );
    const t = DLG.de;
    const radio = (value: string, text: string, checked: boolean) =>
      `<label class="ant-radio-wrapper${checked ? ' ant-radio-wrapper-checked' : ''}"><span class="ant-radio ant-wave-target${checked ? ' ant-radio-checked' : ''}"><input class="ant-radio-input" type="radio" value="${value}"${checked ? ' checked' : ''}><span class="ant-radio-inner"></span></span><span>${text}</span></label>`;
    const spec: DialogSpec = {
      html: antModal(
        t.title,
        `<form class="ant-form ant-form-vertical">
${antItem('wert_source', 'Art', `<div id="wert_source" class="ant-radio-group ant-radio-group-outline">${radio('plain', t.plain, false)}${radio('vault', t.vault, true)}</div>`)}
${antItem('wert_value', t.value, antInput('wert_value'))}</form>`,
        [t.cancel],
        t.select,
      ),
      wire: wireAnt,
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d) => must(d.querySelector<HTMLInputElement>('#wert_value')),
      selectButton: (d) => must(d.querySelector('.ant-btn-primary')),
    };
    const other = wireDialog(q('#dots0'), q('#disp0'), spec);
    const state = wireDialog(q('#dots1'), q('#disp1'), spec);
    const name = q('#integration_name');
    const outcome = await fillExpect('dialog', [name]);
    expectDialogStored(state);
    expect(other.opened, 'the Quelle row dialog is not opened').toBe(0);
    expect(q('#disp1').textContent).toBe(URL);
    expect(q('#disp0').textContent).toBe('Uptrends');
    expectNameProposed(outcome, name);
    expect(document.querySelectorAll('.ant-modal-root').length, 'value dialog closed by Auswählen').toBe(1);
  });

  it('V03 nl ant-tabs (role=tab in ant-tabs-tab-btn, level 1 pane visited but display:none), ant-switch "Actief", Checkbox.Group: only "AlertOps Piket" on level 2 gets ticked', () => {
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket', 'Microsoft Teams NOC'];
    const pane = (n: number, active: boolean, shown: boolean) => `
<div role="tabpanel" tabindex="${shown ? 0 : -1}" aria-hidden="${!shown}"${shown ? '' : ' style="display:none"'} id="rc-tabs-1-panel-${n}" aria-labelledby="rc-tabs-1-tab-${n}" class="ant-tabs-tabpane${shown ? ' ant-tabs-tabpane-active' : ''}">
<form class="ant-form ant-form-horizontal">
${antItem(`levels_${n}_active`, 'Actief', `<button type="button" role="switch" id="levels_${n}_active" aria-checked="${active}" class="ant-switch${active ? ' ant-switch-checked' : ''}"><div class="ant-switch-handle"></div><span class="ant-switch-inner"><span class="ant-switch-inner-checked"></span><span class="ant-switch-inner-unchecked"></span></span></button>`)}
${antItem(`levels_${n}_after`, 'Escaleren na (minuten)', `<div class="ant-input-number"><div class="ant-input-number-input-wrap"><input id="levels_${n}_after" role="spinbutton" class="ant-input-number-input" value="${n * 15}"></div></div>`)}
${antItem(`levels_${n}_integrations`, 'Alerts versturen door integraties', `<div class="ant-checkbox-group" id="levels_${n}_integrations">${names.map((nm) => antCheckbox(nm, nm === 'E-mail')).join('')}</div>`)}
</form></div>`;
    const tab = (key: string, text: string, selected: boolean) =>
      `<div data-node-key="${key}" class="ant-tabs-tab${selected ? ' ant-tabs-tab-active' : ''}"><div role="tab" aria-selected="${selected}" class="ant-tabs-tab-btn" tabindex="${selected ? 0 : -1}" id="rc-tabs-1-tab-${key}" aria-controls="rc-tabs-1-panel-${key}">${text}</div></div>`;
    mount(`<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">Alertdefinitie: Webshop</div></div><div class="ant-card-body">
<div class="ant-tabs ant-tabs-top"><div role="tablist" aria-orientation="horizontal" class="ant-tabs-nav"><div class="ant-tabs-nav-wrap"><div class="ant-tabs-nav-list">
${tab('main', 'Algemeen', false)}${tab('1', 'Escalatieniveau 1', false)}${tab('2', 'Escalatieniveau 2', true)}${tab('3', 'Escalatieniveau 3', false)}
<div class="ant-tabs-ink-bar ant-tabs-ink-bar-animated"></div></div></div>
<div class="ant-tabs-nav-operations ant-tabs-nav-operations-hidden"><button type="button" class="ant-tabs-nav-more" tabindex="-1" aria-hidden="true" aria-haspopup="listbox" aria-controls="rc-tabs-1-more-popup" id="rc-tabs-1-more" aria-expanded="false" style="visibility:hidden;order:1"><span role="img" aria-label="ellipsis" class="anticon anticon-ellipsis"><svg aria-hidden="true"></svg></span></button></div></div>
<div class="ant-tabs-content-holder"><div class="ant-tabs-content ant-tabs-content-top">
<div role="tabpanel" tabindex="-1" aria-hidden="true" style="display:none" id="rc-tabs-1-panel-main" aria-labelledby="rc-tabs-1-tab-main" class="ant-tabs-tabpane"></div>
${pane(1, true, false)}${pane(2, true, true)}
<div role="tabpanel" tabindex="-1" aria-hidden="true" style="display:none" id="rc-tabs-1-panel-3" aria-labelledby="rc-tabs-1-tab-3" class="ant-tabs-tabpane"></div>
</div></div></div></div></div><button type="button" class="ant-btn ant-btn-primary"><span>Opslaan</span></button>`);
    wireAnt(document);
    const panel2 = q<HTMLElement>('#rc-tabs-1-panel-2');
    const target = byText('.ant-checkbox-wrapper', 'AlertOps Piket', panel2);
    const rows = Array.from(document.querySelectorAll('.ant-checkbox-wrapper, .ant-switch'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect(level.active).toBe(true);
    expect(level.label).toContain('Escalatieniveau 2');
    tickAlertOps(level, rows, target, 'AlertOps Piket');
    expect(must(target.querySelector('input')).checked, 'AlertOps input checked').toBe(true);
    expect(target.classList.contains('ant-checkbox-wrapper-checked'), 'AlertOps box shown ticked').toBe(true);
    const level1Box = byText('.ant-checkbox-wrapper', 'AlertOps Piket', q<HTMLElement>('#rc-tabs-1-panel-1'));
    expect(must(level1Box.querySelector('input')).checked).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Kendo UI for jQuery
// ---------------------------------------------------------------------------------------------------------------

/** Kendo jQuery DropDownList: the wrapper shows the text, the original <select> stays inside, display:none. */
const kendoDropDown = (id: string, name: string, shown: string, options: string[], disabled = false) =>
  `<span title="" class="k-widget k-dropdown${disabled ? ' k-state-disabled' : ''}" unselectable="on" role="listbox" aria-haspopup="true" aria-expanded="false" tabindex="${disabled ? -1 : 0}" aria-owns="${id}_listbox" aria-disabled="${disabled}" aria-busy="false"><span unselectable="on" class="k-dropdown-wrap ${disabled ? 'k-state-disabled' : 'k-state-default'}"><span unselectable="on" class="k-input">${shown}</span><span unselectable="on" class="k-select" aria-label="select"><span class="k-icon k-i-arrow-60-down"></span></span></span><select id="${id}" name="${name}" data-role="dropdownlist" style="display: none;"${disabled ? ' disabled' : ''}>${options.map((o) => `<option value="${o.toLowerCase().replace(/\W+/g, '')}">${o}</option>`).join('')}</select></span>`;
const kendoWindow = (title: string, content: string) =>
  `<div class="k-widget k-window" style="padding-top:35px;min-width:90px;min-height:50px;width:720px;top:80px;left:200px;z-index:10003"><div class="k-window-titlebar k-header" style="margin-top:-35px"><span class="k-window-title" id="editWindow_wnd_title">${title}</span><div class="k-window-actions"><a role="button" href="#" class="k-button k-bare k-button-icon k-window-action" aria-label="Close"><span class="k-icon k-i-close"></span></a></div></div>
<div id="editWindow" class="k-window-content k-content" data-role="window" tabindex="0" role="dialog" aria-labelledby="editWindow_wnd_title">${content}</div></div>`;
/** Kendo jQuery Grid: header and body are two separate tables. */
const kendoGrid = (headers: string[], rows: string[][]) =>
  `<div class="k-grid k-widget k-display-block" data-role="grid"><div class="k-grid-header" style="padding-right:17px"><div class="k-grid-header-wrap k-auto-scrollable"><table role="grid"><colgroup><col style="width:160px"><col style="width:240px"><col></colgroup><thead role="rowgroup"><tr role="row">${headers.map((h) => `<th scope="col" role="columnheader" class="k-header">${h}</th>`).join('')}</tr></thead></table></div></div>
<div class="k-grid-content k-auto-scrollable"><table role="grid"><colgroup><col style="width:160px"><col style="width:240px"><col></colgroup><tbody role="rowgroup">${rows.map((r, i) => `<tr data-uid="7a1c${i}e2-0d3f" role="row"${i % 2 ? ' class="k-alt"' : ''}>${r.map((c) => `<td role="gridcell">${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;

describe('blind9: Kendo UI for jQuery', () => {
  it('V04 fr k-window, type in a k-dropdown whose hidden <select> holds AlertOps, grid with header and body tables: the AlertOpsUrl row gets the URL', async () => {
    mount(
      kendoWindow(
        'Ajouter intégration',
        `<form id="integrationForm"><ul class="fieldlist">
<li><label for="IntegrationName">Nom de l'intégration</label><input id="IntegrationName" name="IntegrationName" class="k-textbox" type="text"></li>
<li><label for="IntegrationType">Type d'intégration</label>${kendoDropDown('IntegrationType', 'IntegrationType', 'AlertOps', ['Slack', 'Microsoft Teams', 'AlertOps'], true)}</li></ul>
<h3>Variables prédéfinies</h3>
${kendoGrid(
  ['Variable', 'Source de la valeur', 'Valeur'],
  [
    [
      'Priorité',
      kendoDropDown('Variables_0__Mode', 'Variables[0].Mode', MODE.fr[0], MODE.fr),
      '<input class="k-textbox" name="Variables[0].Value" type="text" value="P2">',
    ],
    [
      'AlertOpsUrl',
      kendoDropDown('Variables_1__Mode', 'Variables[1].Mode', MODE.fr[0], MODE.fr),
      '<input class="k-textbox" name="Variables[1].Value" type="text" value="">',
    ],
  ],
)}
<div class="k-edit-buttons"><button type="button" class="k-button">Envoyer une alerte de test</button><button type="submit" class="k-button k-primary">Enregistrer</button></div></form>`,
      ),
    );
    // happy-dom mis-reads <option selected> past index 1; select as Kendo's value() does.
    q<HTMLSelectElement>('#IntegrationType').selectedIndex = 2;
    const url = q('[name="Variables[1].Value"]');
    const name = q('#IntegrationName');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input + events.change).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q<HTMLSelectElement>('#Variables_1__Mode').selectedIndex).toBe(0);
  });

  it('V05 en k-dropdown shows "Slack" while its hidden <select> lists AlertOps first: not AlertOps, nothing filled or clicked', async () => {
    mount(
      kendoWindow(
        'Edit integration',
        `<form><ul class="fieldlist">
<li><label for="IntegrationName">Integration name</label><input id="IntegrationName" name="IntegrationName" class="k-textbox" type="text" value=""></li>
<li><label for="IntegrationType">Integration type</label>${kendoDropDown('IntegrationType', 'IntegrationType', 'Slack', ['AlertOps', 'Slack', 'Microsoft Teams'], true)}</li></ul>
<h3>Predefined variables</h3>
${kendoGrid(
  ['Variable', 'Value source', 'Value'],
  [
    [
      'WebhookUrl',
      kendoDropDown('Variables_0__Mode', 'Variables[0].Mode', MODE.en[0], MODE.en),
      '<input class="k-textbox" name="Variables[0].Value" type="text" value="">',
    ],
  ],
)}
<div class="k-edit-buttons"><button type="button" class="k-button">Send test alert</button><button type="submit" class="k-button k-primary">Save</button></div></form>`,
      ),
    );
    q<HTMLSelectElement>('#IntegrationType').selectedIndex = 1;
    await expectNotAlertOps('Slack');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Telerik UI for ASP.NET AJAX
// ---------------------------------------------------------------------------------------------------------------

const radText = (id: string, value = '', multi = false) =>
  `<span id="${id}_wrapper" class="riSingle RadInput RadInput_Metro" style="width:300px;">${
    multi
      ? `<textarea id="${id}" name="${id.replace(/_/g, '$')}" rows="3" cols="20" class="riTextBox riEnabled">${value}</textarea>`
      : `<input id="${id}" name="${id.replace(/_/g, '$')}" size="20" maxlength="500" class="riTextBox riEnabled" type="text" value="${value}">`
  }<input id="${id}_ClientState" name="${id}_ClientState" type="hidden" autocomplete="off" value='{"enabled":true,"emptyMessage":"","validationText":"${value}","valueAsString":"${value}","lastSetTextBoxValue":"${value}"}'></span>`;
const radCombo = (id: string, text: string, value: string, disabled = false) =>
  `<div id="${id}" class="RadComboBox RadComboBox_Metro${disabled ? ' rcbDisabled' : ''}" style="width:300px;"><table summary="combobox" style="border-width:0;border-collapse:collapse;width:100%"><tbody><tr class="rcbReadOnly"><td class="rcbInputCell rcbInputCellLeft" style="width:100%;"><input name="${id.replace(/_/g, '$')}" type="text" class="rcbInput radPreventDecorate${disabled ? ' rcbDisabled' : ''}" id="${id}_Input" value="${text}" readonly="readonly"${disabled ? ' disabled="disabled"' : ''}></td><td class="rcbArrowCell rcbArrowCellRight"><a id="${id}_Arrow" style="overflow:hidden;display:block;position:relative;outline:none;">select</a></td></tr></tbody></table><input id="${id}_ClientState" name="${id}_ClientState" type="hidden" autocomplete="off" value='{"logEntries":[],"value":"${value}","text":"${text}","enabled":${!disabled},"checkedIndices":[],"checkedItemsTextOverflows":false}'></div>`;
const aspHidden = `<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTI2NjY4NzY0Mw9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUQQWxlcnRPcHM="><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAW9m2nVbXzA"></div>`;
const radGrid = (id: string, headers: string[], rows: string[][]) =>
  `<div id="${id}" class="RadGrid RadGrid_Metro"><table class="rgMasterTable" id="${id}_ctl00" style="width:100%;table-layout:auto;empty-cells:show;"><colgroup><col><col><col><col></colgroup><thead><tr>${headers.map((h) => `<th scope="col" class="rgHeader">${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r, i) => `<tr class="${i % 2 ? 'rgAltRow' : 'rgRow'}" id="${id}_ctl00__${i}">${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table><input id="${id}_ClientState" name="${id}_ClientState" type="hidden" autocomplete="off"></div>`;

describe('blind9: Telerik ASP.NET AJAX', () => {
  it('V06 de RadTextBox name, RadComboBox type (read-only rcbInput "AlertOps" + ClientState), RadGrid variables: URL into the AlertOpsUrl RadTextBox, hidden state fields untouched', async () => {
    const g = 'ctl00_Main_gridVars_ctl00';
    mount(`<form method="post" action="./IntegrationEdit.aspx" id="form1">${aspHidden}
<div id="ctl00_Main_pnlEditor" class="editor"><h2><span id="ctl00_Main_lblTitle">Integration hinzufügen</span></h2>
<table class="formTable"><tbody>
<tr><td class="lbl"><label for="ctl00_Main_txtName" id="ctl00_Main_lblName">Integrationsname</label></td><td>${radText('ctl00_Main_txtName')}</td></tr>
<tr><td class="lbl"><label for="ctl00_Main_cboType_Input" id="ctl00_Main_lblType">Integrationstyp</label></td><td>${radCombo('ctl00_Main_cboType', 'AlertOps', '7', true)}</td></tr>
</tbody></table>
<h3>Vordefinierte Variablen</h3>
${radGrid(
  'ctl00_Main_gridVars',
  ['Variable', 'Wertquelle', 'Wert'],
  [
    ['Quelle', radCombo(`${g}_ctl04_cboMode`, MODE.de[0], 'Here'), radText(`${g}_ctl04_txtValue`, 'Uptrends')],
    ['AlertOpsUrl', radCombo(`${g}_ctl06_cboMode`, MODE.de[0], 'Here'), radText(`${g}_ctl06_txtValue`)],
  ],
)}
<div class="buttons"><input type="button" name="ctl00$Main$btnTest" value="Testalarm senden" id="ctl00_Main_btnTest"> <input type="button" name="ctl00$Main$btnSave" value="Speichern" id="ctl00_Main_btnSave"></div>
</div></form>`);
    const url = q(`#${g}_ctl06_txtValue`);
    const name = q('#ctl00_Main_txtName');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input + events.change).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#ctl00_Main_cboType_Input').value).toBe('AlertOps');
    expect(q(`#${g}_ctl04_txtValue`).value).toBe('Uptrends');
  });

  it('V07 nl "⋯" as <input type=button>, value dialog a classic RadWindow (table markup, no role=dialog) with RadioButtonList "Platte tekst" and "Selecteren" input button', async () => {
    const g = 'ctl00_Main_gridVars_ctl00';
    const row = (n: string, varName: string, shown: string) => [
      varName,
      radCombo(`${g}_${n}_cboMode`, MODE.nl[0], 'Here'),
      `<span id="${g}_${n}_lblValue" class="valueDisplay">${shown}</span>`,
      `<input type="button" name="${g.replace(/_/g, '$')}$${n}$btnEdit" value="⋯" id="${g}_${n}_btnEdit" title="Waarde bewerken">`,
    ];
    mount(`<form method="post" action="./IntegrationEdit.aspx" id="form1">${aspHidden}
<div class="editor"><h2>Integratie toevoegen</h2>
<table class="formTable"><tbody>
<tr><td class="lbl"><label for="ctl00_Main_txtName">Integratienaam</label></td><td>${radText('ctl00_Main_txtName')}</td></tr>
<tr><td class="lbl"><label for="ctl00_Main_cboType_Input">Integratietype</label></td><td>${radCombo('ctl00_Main_cboType', 'AlertOps', '7', true)}</td></tr>
</tbody></table>
<h3>Voorgedefinieerde variabelen</h3>
${radGrid('ctl00_Main_gridVars', ['Variabele', 'Waardebron', 'Waarde', ''], [row('ctl04', 'Prioriteit', 'P1'), row('ctl06', 'AlertOpsUrl', '')])}
<div class="buttons"><input type="button" value="Testalert versturen" id="ctl00_Main_btnTest"> <input type="button" value="Opslaan" id="ctl00_Main_btnSave"></div>
</div></form>`);
    const w = 'ctl00_Main_wndValue_C';
    const t = DLG.nl;
    const spec: DialogSpec = {
      html: `<div class="RadWindow RadWindow_Metro rwNormalWindow rwTransparentWindow" id="RadWindowWrapper_ctl00_Main_wndValue" unselectable="on" style="width:420px;height:260px;left:400px;top:200px;z-index:3001;visibility:visible;position:absolute;">
<table cellspacing="0" cellpadding="0" class="rwTable" style="height:260px"><tbody>
<tr class="rwTitleRow"><td class="rwCorner rwTopLeft">&nbsp;</td><td class="rwTitlebar"><div class="rwTopResize"></div><table cellspacing="0" cellpadding="0" class="rwTitlebarControls"><tbody><tr><td style="width:16px;"><a class="rwIcon"></a></td><td><em unselectable="on">${t.title}</em></td><td nowrap="nowrap"><ul class="rwControlButtons" style="width:32px;"><li><a class="rwCloseButton" href="javascript:void(0);" title="Sluiten"><span>Sluiten</span></a></li></ul></td></tr></tbody></table></td><td class="rwCorner rwTopRight">&nbsp;</td></tr>
<tr class="rwContentRow"><td class="rwCorner rwBodyLeft">&nbsp;</td><td class="rwWindowContent" valign="top"><div id="RadWindowWrapper_ctl00_Main_wndValue_C" style="display:block;overflow:auto;width:100%;height:100%;">
<table id="${w}_rblSource" class="rblSource"><tbody>
<tr><td><input id="${w}_rblSource_0" type="radio" name="ctl00$Main$wndValue$C$rblSource" value="Plain"><label for="${w}_rblSource_0">${t.plain}</label></td></tr>
<tr><td><input id="${w}_rblSource_1" type="radio" name="ctl00$Main$wndValue$C$rblSource" value="Vault" checked="checked"><label for="${w}_rblSource_1">${t.vault}</label></td></tr>
</tbody></table>
<label for="${w}_txtValue">${t.value}</label> ${radText(`${w}_txtValue`, '', true)}
<div class="buttons"><input type="button" name="ctl00$Main$wndValue$C$btnSelect" value="${t.select}" id="${w}_btnSelect"> <input type="button" value="${t.cancel}" id="${w}_btnCancel"></div>
</div></td><td class="rwCorner rwBodyRight">&nbsp;</td></tr>
<tr class="rwFooterRow"><td class="rwCorner rwFooterLeft">&nbsp;</td><td class="rwFooterCenter">&nbsp;</td><td class="rwCorner rwFooterRight">&nbsp;</td></tr>
</tbody></table></div>`,
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>(`#${w}_rblSource_0`)).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>(`#${w}_txtValue`)),
      selectButton: (d) => must(d.querySelector(`#${w}_btnSelect`)),
    };
    const other = wireDialog(q(`#${g}_ctl04_btnEdit`), q(`#${g}_ctl04_lblValue`), spec);
    const state = wireDialog(q(`#${g}_ctl06_btnEdit`), q(`#${g}_ctl06_lblValue`), spec);
    const name = q('#ctl00_Main_txtName');
    const outcome = await fillExpect('dialog', [name]);
    expectDialogStored(state);
    expect(other.opened, 'the Prioriteit row dialog is not opened').toBe(0);
    expect(q(`#${g}_ctl06_lblValue`).textContent).toBe(URL);
    expect(q(`#${g}_ctl04_lblValue`).textContent).toBe('P1');
    expectNameProposed(outcome, name);
  });

  it('V08 fr RadTabStrip + RadMultiPage (no ARIA; hidden views display:none), asp:CheckBox list: level 2 is the shown one, inactive, AlertOps ticked there only', () => {
    const names = ['E-mail', 'SMS', 'Téléphone', 'Slack – équipe', 'AlertOps astreinte'];
    const view = (n: number, active: boolean, shown: boolean) => {
      const p = `ctl00_Main_pvLevel${n}`;
      return `<div id="${p}" class="rmpView${shown ? '' : ' rmpHiddenView'}"${shown ? '' : ' style="display:none;"'}>
<span class="chk"><input id="${p}_chkActive" type="checkbox" name="${p.replace(/_/g, '$')}$chkActive"${active ? ' checked="checked"' : ''}><label for="${p}_chkActive">Actif</label></span>
<h4>Alertes par intégrations</h4>
<table id="${p}_cblIntegrations" class="cblIntegrations"><tbody>${names
        .map(
          (nm, i) =>
            `<tr><td><input id="${p}_cblIntegrations_${i}" type="checkbox" name="${p.replace(/_/g, '$')}$cblIntegrations$${i}"${i === 0 ? ' checked="checked"' : ''}><label for="${p}_cblIntegrations_${i}">${nm}</label></td></tr>`,
        )
        .join('')}</tbody></table></div>`;
    };
    const tab = (n: number, cls: string) =>
      `<li class="rtsLI${n === 1 ? ' rtsFirst' : ''}${n === 3 ? ' rtsLast' : ''}"><a class="rtsLink ${cls}" href="#"><span class="rtsOut"><span class="rtsIn"><span class="rtsTxt">Niveau d'escalade ${n}</span></span></span></a></li>`;
    mount(`<form method="post" action="./AlertDefinition.aspx" id="form1">${aspHidden}
<h2>Définitions d'alerte : Production</h2>
<div id="ctl00_Main_tsLevels" class="RadTabStrip RadTabStrip_Metro RadTabStripTop"><div class="rtsLevel rtsLevel1"><ul class="rtsUL">${tab(1, 'rtsBefore')}${tab(2, 'rtsSelected')}${tab(3, 'rtsAfter')}</ul></div><input id="ctl00_Main_tsLevels_ClientState" name="ctl00_Main_tsLevels_ClientState" type="hidden" value='{"selectedIndexes":["1"],"logEntries":[],"scrollState":{}}'></div>
<div id="ctl00_Main_mpLevels" class="RadMultiPage RadMultiPage_Metro">${view(1, true, false)}${view(2, false, true)}${view(3, false, false)}<input id="ctl00_Main_mpLevels_ClientState" type="hidden"></div>
<input type="button" value="Enregistrer" id="ctl00_Main_btnSave"></form>`);
    const target = q('#ctl00_Main_pvLevel2_cblIntegrations_4');
    const rows = Array.from(document.querySelectorAll('input[type="checkbox"]'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect(level.active, 'Actif is unticked on level 2').toBe(false);
    tickAlertOps(level, rows, target, 'AlertOps astreinte');
    expect(target.checked).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// DevExtreme
// ---------------------------------------------------------------------------------------------------------------

const dxTextBox = (value = '', placeholder = '', readonly = false) =>
  `<div class="dx-textbox dx-texteditor dx-editor-outlined${value ? '' : ' dx-texteditor-empty'}${readonly ? ' dx-state-readonly' : ''} dx-widget"><div class="dx-texteditor-container"><div class="dx-texteditor-input-container"><input autocomplete="off" class="dx-texteditor-input" type="text" spellcheck="false" tabindex="0" role="textbox" value="${value}"${readonly ? ' readonly aria-readonly="true"' : ''}><div data-dx_placeholder="${placeholder}" class="dx-placeholder${value ? ' dx-state-invisible' : ''}"></div></div><div class="dx-texteditor-buttons-container"><div></div></div></div></div>`;
const dxSelectBox = (text: string, key: string, readonly = false) =>
  `<div class="dx-show-invalid-badge dx-selectbox dx-textbox dx-texteditor dx-dropdowneditor-button-visible dx-editor-outlined dx-widget dx-dropdowneditor dx-dropdowneditor-field-clickable${readonly ? ' dx-state-readonly' : ''}"><div class="dx-dropdowneditor-input-wrapper dx-selectbox-container"><div class="dx-texteditor-container"><div class="dx-texteditor-input-container"><input type="hidden" value="${key}" name=""><input autocomplete="off" class="dx-texteditor-input" aria-autocomplete="list" type="text" readonly="" spellcheck="false" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false"${readonly ? ' aria-readonly="true"' : ''} value="${text}"><div data-dx_placeholder="Select..." class="dx-placeholder dx-state-invisible"></div></div><div class="dx-texteditor-buttons-container"><div class="dx-widget dx-button-mode-contained dx-button-normal dx-dropdowneditor-button" role="button" tabindex="-1"><div class="dx-button-content"><div class="dx-dropdowneditor-icon"></div></div></div></div></div></div></div>`;
const dxField = (label: string, value: string) =>
  `<div class="dx-field"><div class="dx-field-label">${label}</div><div class="dx-field-value">${value}</div></div>`;
const dxButton = (text: string, id = '', primary = false) =>
  `<div${id ? ` id="${id}"` : ''} class="dx-widget dx-button dx-button-mode-${primary ? 'contained dx-button-default' : 'text dx-button-normal'} dx-button-has-text" role="button" aria-label="${text}" tabindex="0"><div class="dx-button-content"><span class="dx-button-text">${text}</span></div></div>`;
const dxPopup = (title: string, content: string, buttons: string) =>
  `<div class="dx-overlay-wrapper dx-popup-wrapper dx-overlay-modal dx-overlay-shader" style="z-index:1501;position:fixed;inset:0"><div class="dx-overlay-content dx-popup-normal dx-resizable dx-popup-flex-height" role="dialog" aria-labelledby="dx-t-${title.length}" tabindex="0" style="width:640px">
<div class="dx-popup-title dx-toolbar dx-widget dx-visibility-change-handler dx-collection"><div class="dx-toolbar-items-container"><div class="dx-toolbar-before"><div class="dx-item dx-toolbar-item dx-toolbar-label"><div class="dx-item-content dx-toolbar-item-content"><div id="dx-t-${title.length}">${title}</div></div></div></div><div class="dx-toolbar-after"><div class="dx-item dx-toolbar-item dx-toolbar-button"><div class="dx-item-content dx-toolbar-item-content"><div class="dx-closebutton dx-button dx-button-normal dx-button-mode-text dx-widget dx-button-has-icon" role="button" aria-label="close" tabindex="0"><div class="dx-button-content"><i class="dx-icon dx-icon-close"></i></div></div></div></div></div></div></div>
<div class="dx-popup-content">${content}</div>
<div class="dx-popup-bottom dx-toolbar dx-widget dx-collection"><div class="dx-toolbar-items-container"><div class="dx-toolbar-after"><div class="dx-item dx-toolbar-item dx-toolbar-button"><div class="dx-item-content dx-toolbar-item-content">${buttons}</div></div></div></div></div>
</div></div>`;
const dxCheck = (text: string, checked = false) =>
  `<div role="checkbox" aria-checked="${checked}" class="dx-checkbox${checked ? ' dx-checkbox-checked' : ''}${text ? ' dx-checkbox-has-text' : ''} dx-widget" tabindex="0"><input type="hidden" value="${checked}"><div class="dx-checkbox-container"><span class="dx-checkbox-icon"></span>${text ? `<span class="dx-checkbox-text">${text}</span>` : ''}</div></div>`;

/** The dxTextBox input whose dx-field label is `label`. */
const dxInput = (label: string) =>
  must(byText('.dx-field', label, document).querySelector<HTMLInputElement>('input.dx-texteditor-input'));

function wireDxCheckboxes(root: ParentNode): void {
  for (const box of Array.from(root.querySelectorAll('.dx-checkbox')))
    box.addEventListener('click', () => {
      const on = box.getAttribute('aria-checked') !== 'true';
      box.setAttribute('aria-checked', String(on));
      box.classList.toggle('dx-checkbox-checked', on);
      must(box.querySelector<HTMLInputElement>('input[type="hidden"]')).value = String(on);
    });
}

describe('blind9: DevExtreme', () => {
  it('V09 de dx-field rows (label is a sibling div, no for=), type in a read-only dxSelectBox (hidden key "7"): URL into the AlertOpsUrl dxTextBox with a change event', async () => {
    mount(
      dxPopup(
        'Integration hinzufügen',
        `<div class="dx-fieldset">${dxField('Integrationsname', dxTextBox('', 'Name eingeben'))}${dxField('Integrationstyp', dxSelectBox('AlertOps', '7', true))}</div>
<div class="dx-fieldset"><div class="dx-fieldset-header">Vordefinierte Variablen</div>
${dxField('Quelle', dxTextBox('Uptrends'))}${dxField('AlertOpsUrl', dxTextBox('', 'https://notify.alertops.com/…'))}</div>`,
        `${dxButton('Testalarm senden')}${dxButton('Speichern', '', true)}`,
      ),
    );
    const url = dxInput('AlertOpsUrl');
    const name = dxInput('Integrationsname');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    // dxTextBox's default valueChangeEvent is "change": without it the widget keeps its old value.
    expect(events.change, 'change event for dxTextBox').toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(dxInput('Integrationstyp').value).toBe('AlertOps');
    expect(dxInput('Quelle').value).toBe('Uptrends');
  });

  it('V10 en AlertOpsUrl shown in a read-only dxTextBox with a "⋯" dx-button; dxPopup with dxRadioGroup (role=radio divs) "Plain text", dxTextArea "Value", dx-button "Select"', async () => {
    mount(
      dxPopup(
        'Edit integration',
        `<div class="dx-fieldset">${dxField('Integration name', dxTextBox('', 'Enter a name'))}${dxField('Integration type', dxSelectBox('AlertOps', '7', true))}</div>
<div class="dx-fieldset"><div class="dx-fieldset-header">Predefined variables</div>
<div class="dx-field" id="row-url"><div class="dx-field-label">AlertOpsUrl</div><div class="dx-field-value"><div class="row-flex">${dxTextBox('', '', true)}${dxButton('⋯', 'dots')}</div></div></div></div>`,
        `${dxButton('Send test alert')}${dxButton('Save', '', true)}`,
      ),
    );
    const display = must(q('#row-url').querySelector<HTMLInputElement>('input.dx-texteditor-input'));
    const t = DLG.en;
    const radio = (value: string, text: string, on: boolean) =>
      `<div class="dx-item dx-radiobutton${on ? ' dx-radiobutton-checked' : ''}" role="radio" aria-checked="${on}" data-value="${value}"><div class="dx-radio-value-container"><div class="dx-radiobutton-icon"><div class="dx-radiobutton-icon-dot"></div></div></div><div class="dx-item-content">${text}</div></div>`;
    const state = wireDialog(q('#dots'), display, {
      html: dxPopup(
        t.title,
        `<div class="dx-fieldset">${dxField('Value type', `<div class="dx-radiogroup dx-radiogroup-vertical dx-widget dx-collection" role="radiogroup" tabindex="0"><input type="hidden" value="vault"><div class="dx-radio-value-container-group">${radio('plain', t.plain, false)}${radio('vault', t.vault, true)}</div></div>`)}
${dxField(t.value, `<div class="dx-textarea dx-texteditor dx-editor-outlined dx-texteditor-empty dx-widget"><div class="dx-texteditor-container"><div class="dx-texteditor-input-container"><textarea class="dx-texteditor-input" spellcheck="true" role="textbox" aria-multiline="true"></textarea><div data-dx_placeholder="" class="dx-placeholder"></div></div></div></div>`)}</div>`,
        `${dxButton(t.cancel)}${dxButton(t.select, 'sel', true)}`,
      ),
      wire: (d) => wireAriaToggle(d, '[role="radio"]', 'dx-radiobutton-checked'),
      plainChosen: (d) => must(d.querySelector('[data-value="plain"]')).getAttribute('aria-checked') === 'true',
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('textarea')),
      selectButton: (d) => must(d.querySelector('#sel')),
    });
    const name = dxInput('Integration name');
    const outcome = await fillExpect('dialog', [name, display]);
    expectDialogStored(state);
    expect(display.value).toBe(URL);
    expectNameProposed(outcome, name);
    expect(document.querySelectorAll('[role="dialog"]').length, 'value popup closed by Select').toBe(1);
  });

  it('V11 fr dx-tabs (role=tab divs) above a plain content div, dx-checkbox (role=checkbox, hidden input "true"/"false"): AlertOps ticked on level 2, which is inactive', () => {
    const names = ['E-mail', 'SMS', 'Téléphone', 'Slack – équipe', 'AlertOps astreinte'];
    const tab = (n: number, selected: boolean) =>
      `<div class="dx-item dx-tab${selected ? ' dx-tab-selected' : ''}" role="tab" aria-selected="${selected}"${selected ? ' id="dx-tab-sel"' : ''}><div class="dx-item-content dx-tab-content"><span class="dx-tab-text"><span class="dx-tab-text-span">Niveau d'escalade ${n}</span></span></div></div>`;
    mount(`<h2>Définitions d'alerte : Production</h2>
<div class="dx-tabs dx-tabs-expanded dx-widget dx-visibility-change-handler dx-collection" role="tablist" tabindex="0" aria-activedescendant="dx-tab-sel"><div class="dx-tabs-wrapper">${tab(1, false)}${tab(2, true)}${tab(3, false)}</div></div>
<div class="level-content">
${dxField('Actif', dxCheck('', false))}
${dxField('Escalader après (minutes)', dxTextBox('30'))}
<div class="dx-fieldset"><div class="dx-fieldset-header">Alertes par intégrations</div>
${names.map((nm) => `<div class="integration-row">${dxCheck(nm, nm === 'E-mail')}</div>`).join('')}</div></div>
${dxButton('Enregistrer', '', true)}`);
    wireDxCheckboxes(document);
    const target = byText('.dx-checkbox', 'AlertOps astreinte');
    const rows = Array.from(document.querySelectorAll('.dx-checkbox'));
    const levels = findEscalationLevels(document);
    const level = levelNo(levels, 2);
    expect(level.active, '"Actif" is unticked').toBe(false);
    tickAlertOps(level, rows, target, 'AlertOps astreinte');
    expect(target.getAttribute('aria-checked')).toBe('true');
    expect(target.classList.contains('dx-checkbox-checked'), 'shown ticked').toBe(true);
    expect(must(target.querySelector<HTMLInputElement>('input[type="hidden"]')).value).toBe('true');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// PrimeNG / PrimeReact
// ---------------------------------------------------------------------------------------------------------------

const pDropdown = (id: string, text: string, disabled = false) =>
  `<p-dropdown class="p-element p-inputwrapper p-inputwrapper-filled"><div class="p-dropdown p-component${disabled ? ' p-disabled' : ''}"><span role="combobox" class="p-element p-dropdown-label p-inputtext" id="${id}" aria-label="${text}" aria-haspopup="listbox" aria-expanded="false"${disabled ? ' aria-disabled="true" tabindex="-1"' : ' tabindex="0"'}>${text}</span><div role="button" aria-label="dropdown trigger" aria-haspopup="listbox" aria-expanded="false" class="p-dropdown-trigger"><span class="p-dropdown-trigger-icon pi pi-chevron-down"></span></div></div></p-dropdown>`;
const pDialog = (title: string, content: string, footer: string) =>
  `<div class="p-dialog-mask p-component-overlay p-component-overlay-enter" style="z-index:1101"><div role="dialog" class="p-dialog p-component" aria-labelledby="pn_${title.length}-label" aria-modal="true" style="width:40rem">
<div class="p-dialog-header"><span class="p-dialog-title" id="pn_${title.length}-label">${title}</span><div class="p-dialog-header-icons"><button type="button" class="p-dialog-header-icon p-dialog-header-close p-link" aria-label="Close"><span class="p-dialog-header-close-icon pi pi-times"></span></button></div></div>
<div class="p-dialog-content">${content}</div><div class="p-dialog-footer">${footer}</div></div></div>`;
const pButton = (text: string, id = '', cls = '') =>
  `<button pbutton type="button"${id ? ` id="${id}"` : ''} class="p-element p-button p-component${cls}"><span class="p-button-label">${text}</span></button>`;

describe('blind9: PrimeNG / PrimeReact', () => {
  it('V12 nl p-dialog, p-float-label (label AFTER the input), type in p-dropdown label span, variables as p-inputgroup with the name in the addon', async () => {
    const variable = (i: number, name: string, value: string) =>
      `<div class="field grid"><div class="col-4">${pDropdown(`mode-${i}`, MODE.nl[0])}</div><div class="col-8"><div class="p-inputgroup"><span class="p-inputgroup-addon">${name}</span><input pinputtext type="text" id="var-${i}" class="p-inputtext p-component p-element" value="${value}"></div></div></div>`;
    mount(
      pDialog(
        'Integratie toevoegen',
        `<div class="p-fluid">
<div class="field"><span class="p-float-label"><input pinputtext id="naam" type="text" class="p-inputtext p-component p-element"><label for="naam">Integratienaam</label></span></div>
<div class="field"><span class="p-float-label">${pDropdown('type', 'AlertOps', true)}<label for="type">Integratietype</label></span></div>
<p-divider align="left"><div class="p-divider p-component p-divider-horizontal p-divider-solid p-divider-left" role="separator"><div class="p-divider-content"><b>Voorgedefinieerde variabelen</b></div></div></p-divider>
${variable(0, 'Bron', 'Uptrends')}${variable(1, 'AlertOpsUrl', '')}</div>`,
        `${pButton('Testalert versturen', '', ' p-button-text')}${pButton('Opslaan')}`,
      ),
    );
    const url = q('#var-1');
    const name = q('#naam');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#var-0').value).toBe('Uptrends');
  });

  it('V13 en icon-only p-button (pi-ellipsis-h) after a read-only p-inputtext; p-dialog with p-selectbutton (role=radio) "Plain text", textarea "Value", "Select"', async () => {
    const variable = (i: number, name: string, value: string) =>
      `<div class="field grid"><div class="col-4">${pDropdown(`mode-${i}`, MODE.en[0])}</div><div class="col-8"><div class="p-inputgroup"><span class="p-inputgroup-addon">${name}</span><input pinputtext type="text" id="var-${i}" readonly class="p-inputtext p-component p-element" value="${value}"><button pbutton type="button" id="dots-${i}" class="p-element p-button p-component p-button-icon-only"><span class="p-button-icon pi pi-ellipsis-h" aria-hidden="true"></span></button></div></div></div>`;
    mount(
      pDialog(
        'Edit integration',
        `<div class="p-fluid">
<div class="field"><label for="name">Integration name</label><input pinputtext id="name" type="text" class="p-inputtext p-component p-element"></div>
<div class="field"><label for="type">Integration type</label>${pDropdown('type', 'AlertOps', true)}</div>
<h5>Predefined variables</h5>
${variable(0, 'AlertOpsUrl', '')}${variable(1, 'Source', 'Uptrends')}</div>`,
        `${pButton('Send test alert', '', ' p-button-text')}${pButton('Save')}`,
      ),
    );
    const t = DLG.en;
    const spec: DialogSpec = {
      html: pDialog(
        t.title,
        `<div class="field"><span id="src-label" class="block mb-2">Value type</span><p-selectbutton class="p-element p-inputwrapper"><div role="group" class="p-selectbutton p-buttonset p-component" aria-labelledby="src-label">
<div class="p-ripple p-element p-button p-component" role="radio" aria-checked="false" aria-label="${t.plain}" tabindex="-1" data-value="plain"><span class="p-button-label">${t.plain}</span></div>
<div class="p-ripple p-element p-button p-component p-highlight" role="radio" aria-checked="true" aria-label="${t.vault}" tabindex="0" data-value="vault"><span class="p-button-label">${t.vault}</span></div></div></p-selectbutton></div>
<div class="field"><label for="val">${t.value}</label><textarea pinputtextarea id="val" rows="3" class="p-inputtextarea p-inputtext p-component p-element"></textarea></div>`,
        `${pButton(t.cancel, '', ' p-button-text')}${pButton(t.select, 'sel')}`,
      ),
      wire: (d) => wireAriaToggle(d, '[role="radio"]', 'p-highlight'),
      plainChosen: (d) => must(d.querySelector('[data-value="plain"]')).getAttribute('aria-checked') === 'true',
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('#val')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const state = wireDialog(q('#dots-0'), q('#var-0'), spec);
    const other = wireDialog(q('#dots-1'), q('#var-1'), spec);
    const name = q('#name');
    const outcome = await fillExpect('dialog', [name, q('#var-0')]);
    expectDialogStored(state);
    expect(other.opened, 'the Source row dialog is not opened').toBe(0);
    expect(q('#var-0').value).toBe(URL);
    expect(q('#var-1').value).toBe('Uptrends');
    expectNameProposed(outcome, name);
  });

  it('V14 de PrimeReact TabView (only the selected panel rendered), p-checkbox: hidden native input + role=checkbox box, label for= the input: only "AlertOps Bereitschaft" ticked', () => {
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Bereitschaft', 'Microsoft Teams NOC'];
    const pCheck = (id: string, text: string, checked = false) =>
      `<div class="field-checkbox"><div class="p-checkbox p-component${checked ? ' p-checkbox-checked' : ''}"><div class="p-hidden-accessible"><input type="checkbox" id="${id}" name="${id}" value="${id}"${checked ? ' checked' : ''}></div><div class="p-checkbox-box${checked ? ' p-highlight' : ''}" role="checkbox" aria-checked="${checked}"><span class="p-checkbox-icon p-c${checked ? ' pi pi-check' : ''}"></span></div></div><label for="${id}" class="p-checkbox-label">${text}</label></div>`;
    const tab = (n: number, selected: boolean) =>
      `<li class="p-unselectable-text${selected ? ' p-tabview-selected p-highlight' : ''}" role="presentation"><a role="tab" class="p-tabview-nav-link" id="pr_id_4_header_${n}" aria-controls="pr_id_4_content_${n}" aria-selected="${selected}" tabindex="${selected ? 0 : -1}"><span class="p-tabview-title">Eskalationsstufe ${n + 1}</span><span role="presentation" class="p-ink"></span></a></li>`;
    mount(`<h2>Meldedefinition bearbeiten</h2>
<div class="p-tabview p-component"><div class="p-tabview-nav-container"><div class="p-tabview-nav-content"><ul class="p-tabview-nav" role="tablist">${tab(0, true)}${tab(1, false)}<li class="p-tabview-ink-bar"></li></ul></div></div>
<div class="p-tabview-panels"><div id="pr_id_4_content_0" class="p-tabview-panel" role="tabpanel" aria-labelledby="pr_id_4_header_0">
${pCheck('l1-active', 'Aktiv', true)}
<h5>Alarmierung durch Integrationen</h5>
${names.map((nm, i) => pCheck(`l1-int-${i}`, nm, i === 0)).join('')}
</div></div></div><button type="button" class="p-button p-component"><span class="p-button-label">Speichern</span></button>`);
    for (const wrap of Array.from(document.querySelectorAll<HTMLElement>('.p-checkbox'))) {
      const input = must(wrap.querySelector('input'));
      const box = must(wrap.querySelector('.p-checkbox-box'));
      const render = (on: boolean) => {
        input.checked = on;
        box.setAttribute('aria-checked', String(on));
        box.classList.toggle('p-highlight', on);
        wrap.classList.toggle('p-checkbox-checked', on);
      };
      wrap.addEventListener('click', (e) => {
        if (e.target !== input) render(!input.checked);
      });
      input.addEventListener('change', () => render(input.checked));
    }
    const target = q('#l1-int-4').closest('.field-checkbox') as HTMLElement;
    const rows = Array.from(document.querySelectorAll('.field-checkbox'));
    const level = levelNo(findEscalationLevels(document), 1);
    expect(level.active).toBe(true);
    tickAlertOps(level, rows, target, 'AlertOps Bereitschaft');
    expect(q('#l1-int-4').checked, 'hidden input checked').toBe(true);
    const box = must(target.querySelector('.p-checkbox-box'));
    expect(box.getAttribute('aria-checked'), 'box announced checked').toBe('true');
    expect(box.classList.contains('p-highlight'), 'box shown ticked').toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Chakra UI
// ---------------------------------------------------------------------------------------------------------------

const HIDDEN_STYLE =
  'border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; width: 1px; margin: -1px; padding: 0px; overflow: hidden; white-space: nowrap; position: absolute;';

describe('blind9: Chakra UI', () => {
  it('V15 fr chakra-modal, FormControl (role=group, label for=, required indicator), chakra-select type, variable rows with a mode chakra-select: URL into "AlertOpsUrl"', async () => {
    const select = (id: string, options: string[], disabled = false) =>
      `<div class="chakra-select__wrapper css-42b2qy"><select id="${id}"${disabled ? ' disabled' : ''} class="chakra-select css-161pkch">${options.map((o) => `<option value="${o}">${o}</option>`).join('')}</select><div class="chakra-select__icon-wrapper css-iohxn1"><svg viewBox="0 0 24 24" role="presentation" class="chakra-select__icon" focusable="false" aria-hidden="true"></svg></div></div>`;
    const control = (id: string, label: string, inner: string, extra = '') =>
      `<div role="group" class="chakra-form-control css-1kxonj9"><label id="${id}-label" for="${id}" class="chakra-form__label css-g6pte">${label}${extra}</label>${inner}</div>`;
    const variable = (i: number, name: string, value: string, help = '') =>
      `<div class="chakra-stack css-1ofqig9">${control(`field-:m${i}:`, `Source de la valeur`, select(`field-:m${i}:`, MODE.fr))}${control(`field-:v${i}:`, name, `<input id="field-:v${i}:"${help ? ` aria-describedby="field-:v${i}:-helptext"` : ''} class="chakra-input css-1cjy4zv" value="${value}">${help ? `<div id="field-:v${i}:-helptext" class="chakra-form__helper-text css-186pyma">${help}</div>` : ''}`)}</div>`;
    mount(`<div class="chakra-portal"><div class="chakra-modal__overlay css-hdd9l7" style="opacity:1"></div>
<div class="chakra-modal__content-container css-1bz4qrc" tabindex="-1"><section class="chakra-modal__content css-1kb7ym3" role="dialog" id="chakra-modal-:r7:" tabindex="-1" aria-modal="true" aria-labelledby="chakra-modal--header-:r7:" aria-describedby="chakra-modal--body-:r7:">
<header class="chakra-modal__header css-9fgtzh" id="chakra-modal--header-:r7:">Ajouter intégration</header>
<button class="chakra-modal__close-btn css-1ik4h6n" type="button" aria-label="Close"><svg viewBox="0 0 24 24" focusable="false" class="chakra-icon css-onkibi" aria-hidden="true"><path fill="currentColor" d="M.439,21.44a1.5,1.5,0,0,0,2.122,2.121L11.823,14.3"></path></svg></button>
<div class="chakra-modal__body css-qlig70" id="chakra-modal--body-:r7:">
${control('field-:r8:', 'Nom de l’intégration', '<input id="field-:r8:" required aria-required="true" class="chakra-input css-1cjy4zv" value="">', '<span role="presentation" aria-hidden="true" class="chakra-form__required-indicator css-1tfjd1n">*</span>')}
${control('field-:r9:', 'Type d’intégration', select('field-:r9:', ['AlertOps'], true))}
<h2 class="chakra-heading css-1dklj6k">Variables prédéfinies</h2>
${variable(0, 'Priorité', 'P3')}${variable(1, 'AlertOpsUrl', '', 'L’URL de l’intégration API d’AlertOps')}
</div>
<footer class="chakra-modal__footer css-k0waxj"><button type="button" class="chakra-button css-1t9i4zo">Envoyer une alerte de test</button><button type="button" class="chakra-button css-ez23ye">Enregistrer</button></footer>
</section></div></div>`);
    const url = q('[id="field-:v1:"]');
    const name = q('[id="field-:r8:"]');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('[id="field-:v0:"]').value).toBe('P3');
  });

  it('V16 en chakra-tabs, chakra-switch "Active", chakra-checkbox (label-wrapped visually hidden input, aria-hidden control with data-checked): only the AlertOps one changes', () => {
    const chk = (text: string, checked = false, cls = 'checkbox') => {
      const flag = checked ? ' data-checked=""' : '';
      return `<label class="chakra-${cls} css-1uiwwan"${flag}><input class="chakra-${cls}__input" type="checkbox" style="${HIDDEN_STYLE}" value=""${checked ? ' checked' : ''}><span class="chakra-${cls}__${cls === 'switch' ? 'track' : 'control'} css-1ydjfm6" aria-hidden="true"${flag}></span><span class="chakra-${cls}__label css-1sgc0qu"${flag}>${text}</span></label>`;
    };
    const names = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'AlertOps – NOC', 'Webhook (status page)'];
    const tab = (i: number, text: string, selected: boolean) =>
      `<button type="button" id="tabs-:r1:--tab-${i}" role="tab" tabindex="${selected ? 0 : -1}" aria-selected="${selected}" aria-controls="tabs-:r1:--tabpanel-${i}" class="chakra-tabs__tab css-1ltezim">${text}</button>`;
    const panel = (i: number, inner: string, shown: boolean) =>
      `<div tabindex="0" role="tabpanel" id="tabs-:r1:--tabpanel-${i}" aria-labelledby="tabs-:r1:--tab-${i}"${shown ? '' : ' hidden'} class="chakra-tabs__tab-panel css-a5mhaz">${inner}</div>`;
    mount(`<h2 class="chakra-heading">Alert definition: Checkout</h2>
<div class="chakra-tabs css-13o7eu2"><div role="tablist" aria-orientation="horizontal" class="chakra-tabs__tablist css-fgp5ep">${tab(0, 'Main', false)}${tab(1, 'Escalation level 1', true)}${tab(2, 'Escalation level 2', false)}</div>
<div class="chakra-tabs__tab-panels css-8atqhb">${panel(0, '', false)}${panel(
      1,
      `<div class="chakra-stack css-1jx0in4">${chk('Active', true, 'switch')}
<h3 class="chakra-heading css-1dklj6k">Alerting by integrations</h3>
${names.map((nm, i) => chk(nm, i === 0)).join('')}
<div class="css-1yp4ln" style="padding-left:1.5rem">${chk('Send OK alerts', true)}${chk('Send reminder alerts')}</div></div>`,
      true,
    )}${panel(2, '', false)}</div></div>`);
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('label[class^="chakra-"] > input')))
      input.addEventListener('change', () => {
        for (const el of [input.parentElement, ...Array.from(input.parentElement?.children ?? [])])
          if (el && el !== input) el.toggleAttribute('data-checked', input.checked);
      });
    const target = byText('label.chakra-checkbox', 'AlertOps – NOC');
    const rows = Array.from(document.querySelectorAll('label.chakra-checkbox, label.chakra-switch'));
    const level = levelNo(findEscalationLevels(document), 1);
    expect(level.active).toBe(true);
    expect(level.integrations.map((i) => i.name)).not.toContain('Send OK alerts');
    tickAlertOps(level, rows, target, 'AlertOps – NOC');
    expect(must(target.querySelector('input')).checked).toBe(true);
    expect(must(target.querySelector('.chakra-checkbox__control')).hasAttribute('data-checked'), 'shown ticked').toBe(
      true,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Salesforce Lightning Design System
// ---------------------------------------------------------------------------------------------------------------

describe('blind9: Salesforce Lightning (SLDS)', () => {
  it('V17 de slds-modal, slds-form-element (abbr required), type as read-only slds-form-element__static, variables slds-table (name in th scope=row, inputs labelled "Wert" by assistive text)', async () => {
    const combo = (i: number) =>
      `<div class="slds-form-element"><div class="slds-form-element__control"><div class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click"><div class="slds-combobox__form-element slds-input-has-icon slds-input-has-icon_right" role="none"><button type="button" class="slds-input_faux slds-combobox__input slds-combobox__input-value" id="mode-${i}" aria-controls="listbox-${i}" aria-expanded="false" aria-haspopup="listbox"><span class="slds-truncate">${MODE.de[0]}</span></button><span class="slds-icon_container slds-icon-utility-down slds-input__icon slds-input__icon_right"><svg class="slds-icon slds-icon slds-icon_x-small slds-icon-text-default" aria-hidden="true"></svg></span></div></div></div></div></div>`;
    const row = (i: number, name: string, value: string) =>
      `<tr class="slds-hint-parent"><th scope="row" data-label="Variable"><div class="slds-truncate" title="${name}">${name}</div></th><td data-label="Wertquelle">${combo(i)}</td><td data-label="Wert"><div class="slds-form-element"><label class="slds-form-element__label slds-assistive-text" for="var-${i}">Wert</label><div class="slds-form-element__control"><input type="text" id="var-${i}" class="slds-input" value="${value}"></div></div></td></tr>`;
    mount(`<section role="dialog" tabindex="-1" aria-modal="true" aria-labelledby="modal-heading-01" class="slds-modal slds-fade-in-open slds-modal_medium"><div class="slds-modal__container">
<button class="slds-button slds-button_icon slds-modal__close"><svg class="slds-button__icon slds-button__icon_large" aria-hidden="true"></svg><span class="slds-assistive-text">Abbrechen und schließen</span></button>
<div class="slds-modal__header"><h1 id="modal-heading-01" class="slds-modal__title slds-hyphenate">Integration hinzufügen</h1></div>
<div class="slds-modal__content slds-p-around_medium" id="modal-content-id-1">
<div class="slds-form" role="list"><div class="slds-form__row">
<div class="slds-form__item" role="listitem"><div class="slds-form-element slds-form-element_stacked"><label class="slds-form-element__label" for="input-name"><abbr class="slds-required" title="erforderlich">* </abbr>Integrationsname</label><div class="slds-form-element__control"><input type="text" id="input-name" required class="slds-input" value=""></div></div></div>
<div class="slds-form__item" role="listitem"><div class="slds-form-element slds-form-element_stacked slds-form-element_readonly"><span class="slds-form-element__label">Integrationstyp</span><div class="slds-form-element__control"><div class="slds-form-element__static">AlertOps</div></div></div></div>
</div></div>
<h2 class="slds-text-heading_small slds-m-top_medium">Vordefinierte Variablen</h2>
<table class="slds-table slds-table_cell-buffer slds-table_bordered" aria-label="Vordefinierte Variablen"><thead><tr class="slds-line-height_reset"><th scope="col"><div class="slds-truncate" title="Variable">Variable</div></th><th scope="col"><div class="slds-truncate" title="Wertquelle">Wertquelle</div></th><th scope="col"><div class="slds-truncate" title="Wert">Wert</div></th></tr></thead>
<tbody>${row(0, 'CallbackUrl', '')}${row(1, 'AlertOpsUrl', '')}${row(2, 'Quelle', 'Uptrends')}</tbody></table>
</div>
<div class="slds-modal__footer"><button class="slds-button slds-button_neutral">Testalarm senden</button><button class="slds-button slds-button_neutral">Abbrechen</button><button class="slds-button slds-button_brand">Speichern</button></div>
</div></section><div class="slds-backdrop slds-backdrop_open" role="presentation"></div>`);
    const url = q('#var-1');
    const name = q('#input-name');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#var-0').value, 'CallbackUrl stays empty').toBe('');
    expect(q('#var-2').value).toBe('Uptrends');
  });

  it('V18 nl slds-tabs_default (slds-show / slds-hide), fieldset legend as the section, slds-checkbox with faux box, Active as slds-checkbox_toggle ("Ingeschakeld/Uitgeschakeld")', () => {
    // SLDS's own rules: hidden tab content, and only the toggle's current state word is shown.
    addStyle(
      '.slds-hide{display:none !important}.slds-show{display:block}.slds-checkbox_toggle .slds-checkbox_on{display:none}' +
        '.slds-checkbox_toggle [type=checkbox]:checked+.slds-checkbox_faux_container .slds-checkbox_on{display:block}' +
        '.slds-checkbox_toggle [type=checkbox]:checked+.slds-checkbox_faux_container .slds-checkbox_off{display:none}',
    );
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket'];
    const check = (id: string, text: string, checked = false) =>
      `<div class="slds-checkbox"><input type="checkbox" name="integrations" id="${id}" value="${id}"${checked ? ' checked' : ''}><label class="slds-checkbox__label" for="${id}"><span class="slds-checkbox_faux"></span><span class="slds-form-element__label">${text}</span></label></div>`;
    const toggle = (n: number, on: boolean) =>
      `<div class="slds-form-element"><label class="slds-checkbox_toggle slds-grid"><span class="slds-form-element__label slds-m-bottom_none">Actief</span><input type="checkbox" id="act-${n}" name="active-${n}" aria-describedby="toggle-desc-${n}"${on ? ' checked' : ''}><span id="toggle-desc-${n}" class="slds-checkbox_faux_container" aria-live="assertive"><span class="slds-checkbox_faux"></span><span class="slds-checkbox_on">Ingeschakeld</span><span class="slds-checkbox_off">Uitgeschakeld</span></span></label></div>`;
    const panel = (n: number, on: boolean, shown: boolean) =>
      `<div id="tab-default-${n}" class="slds-tabs_default__content ${shown ? 'slds-show' : 'slds-hide'}" role="tabpanel" aria-labelledby="tab-default-${n}__item">
${toggle(n, on)}
<fieldset class="slds-form-element"><legend class="slds-form-element__legend slds-form-element__label">Alerts versturen door integraties</legend><div class="slds-form-element__control">${names.map((nm, i) => check(`l${n}-i${i}`, nm, i === 0)).join('')}</div></fieldset></div>`;
    const tab = (n: number, active: boolean) =>
      `<li class="slds-tabs_default__item${active ? ' slds-is-active' : ''}" title="Escalatieniveau ${n}" role="presentation"><a class="slds-tabs_default__link" href="#" role="tab" tabindex="${active ? 0 : -1}" aria-selected="${active}" aria-controls="tab-default-${n}" id="tab-default-${n}__item">Escalatieniveau ${n}</a></li>`;
    mount(`<h1 class="slds-page-header__title">Alertdefinitie: Webshop</h1>
<div class="slds-tabs_default"><ul class="slds-tabs_default__nav" role="tablist">${tab(1, true)}${tab(2, false)}</ul>${panel(1, true, true)}${panel(2, false, false)}</div>
<button class="slds-button slds-button_brand">Opslaan</button>`);
    const target = q('#l1-i4');
    const rows = Array.from(document.querySelectorAll('input[type="checkbox"]'));
    const levels = findEscalationLevels(document);
    const level = levelNo(levels, 1);
    expect(level.active, 'Actief toggle is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    const level2 = levels.find((l) => l.number === 2);
    if (level2) expect(level2.active, 'level 2 toggle is off').toBe(false);
    tickAlertOps(level, rows, target, 'AlertOps Piket');
    expect(target.checked).toBe(true);
    expect(q('#l2-i4').checked).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Semantic UI
// ---------------------------------------------------------------------------------------------------------------

const SEMANTIC_CSS =
  '.ui.dropdown .menu{display:none}.ui.tab{display:none}.ui.tab.active{display:block}.ui.checkbox input.hidden{opacity:0;z-index:-1}';
const semDropdown = (name: string, value: string, shown: string, items: [string, string][], disabled = false) =>
  `<div class="ui selection dropdown${disabled ? ' disabled' : ''}" tabindex="${disabled ? -1 : 0}"><input type="hidden" name="${name}" value="${value}"><i class="dropdown icon"></i><div class="text">${shown}</div><div class="menu" tabindex="-1">${items.map(([v, t]) => `<div class="item${v === value ? ' active selected' : ''}" data-value="${v}">${t}</div>`).join('')}</div></div>`;
const semModal = (title: string, content: string, actions: string) =>
  `<div class="ui dimmer modals page transition visible active" style="display:flex !important"><div class="ui modal transition visible active" style="display:block !important"><i class="close icon"></i><div class="header">${title}</div><div class="content">${content}</div><div class="actions">${actions}</div></div></div>`;

/** Semantic's checkbox module: a click on the label toggles the hidden input; the wrapper's "checked" class follows. */
function wireSemantic(root: ParentNode): void {
  for (const cb of Array.from(root.querySelectorAll('.ui.checkbox'))) {
    const input = must(cb.querySelector('input'));
    const label = must(cb.querySelector('label'));
    label.addEventListener('click', () => {
      if (input.disabled) return;
      input.checked = input.type === 'radio' ? true : !input.checked;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    input.addEventListener('change', () => {
      for (const other of Array.from(root.querySelectorAll('.ui.checkbox')))
        other.classList.toggle('checked', must(other.querySelector('input')).checked);
    });
  }
}

describe('blind9: Semantic UI', () => {
  it('V19 en ui form (labels without for=), ui selection dropdown with hidden input + div.text, mode dropdown menus also list "in escalation level": URL into the AlertOpsUrl ui action input', async () => {
    addStyle(SEMANTIC_CSS);
    const modeItems: [string, string][] = [
      ['here', MODE.en[0]],
      ['level', MODE.en[1]],
    ];
    const variable = (i: number, name: string, value: string) =>
      `<div class="inline fields"><label>${name}</label><div class="six wide field">${semDropdown(`vars[${i}].mode`, 'here', MODE.en[0], modeItems)}</div><div class="ten wide field"><div class="ui action input"><input type="text" name="vars[${i}].value" placeholder="Value" value="${value}"><button type="button" class="ui icon button" title="Edit value"><i class="ellipsis horizontal icon"></i></button></div></div></div>`;
    mount(
      semModal(
        'Add integration',
        `<form class="ui form">
<div class="required field"><label>Integration name</label><input type="text" name="name" placeholder="Integration name"></div>
<div class="field"><label>Integration type</label>${semDropdown(
          'type',
          'alertops',
          'AlertOps',
          [
            ['slack', 'Slack'],
            ['teams', 'Microsoft Teams'],
            ['alertops', 'AlertOps'],
            ['custom', 'Custom integration'],
          ],
          true,
        )}</div>
<h4 class="ui dividing header">Predefined variables</h4>
${variable(0, 'Source', 'Uptrends')}${variable(1, 'AlertOpsUrl', '')}</form>`,
        '<div class="ui button">Send test alert</div><div class="ui cancel button">Cancel</div><div class="ui primary approve button">Save</div>',
      ),
    );
    const url = q('[name="vars[1].value"]');
    const name = q('[name="name"]');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('[name="vars[1].mode"]').value).toBe('here');
    expect(q('[name="type"]').value).toBe('alertops');
  });

  it('V20 nl ui tabular menu (data-tab, no ARIA; inactive segments hidden by CSS), ui checkbox (hidden input + label without for): only "AlertOps Piket" on level 1 ticked', () => {
    addStyle(SEMANTIC_CSS);
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket', 'Microsoft Teams'];
    const cb = (name: string, text: string, checked = false, toggle = false) =>
      `<div class="ui${toggle ? ' toggle' : ''} checkbox${checked ? ' checked' : ''}"><input type="checkbox" name="${name}" class="hidden" tabindex="0"${checked ? ' checked' : ''}><label>${text}</label></div>`;
    const segment = (n: number, on: boolean, shown: boolean) =>
      `<div class="ui bottom attached${shown ? ' active' : ''} tab segment" data-tab="niveau${n}">
<div class="field">${cb(`l${n}-actief`, 'Actief', on, true)}</div>
<h4 class="ui header">Alerts versturen door integraties</h4>
<div class="grouped fields">${names.map((nm, i) => `<div class="field">${cb(`l${n}-i${i}`, nm, i === 0)}</div>`).join('')}</div></div>`;
    mount(`<h2 class="ui header">Alertdefinitie: Webshop</h2><form class="ui form">
<div class="ui top attached tabular menu"><a class="item" data-tab="algemeen">Algemeen</a><a class="active item" data-tab="niveau1">Escalatieniveau 1</a><a class="item" data-tab="niveau2">Escalatieniveau 2</a></div>
<div class="ui bottom attached tab segment" data-tab="algemeen"><div class="field"><label>Naam</label><input type="text" name="naam" value="Webshop"></div></div>
${segment(1, true, true)}${segment(2, false, false)}
<div class="ui primary button">Opslaan</div></form>`);
    wireSemantic(document);
    const target = q('[name="l1-i4"]').closest('.ui.checkbox') as HTMLElement;
    const rows = Array.from(document.querySelectorAll('.ui.checkbox'));
    const levels = findEscalationLevels(document);
    const level = levelNo(levels, 1);
    expect(level.active).toBe(true);
    tickAlertOps(level, rows, target, 'AlertOps Piket');
    expect(q('[name="l1-i4"]').checked).toBe(true);
    expect(target.classList.contains('checked'), 'shown ticked').toBe(true);
    expect(q('[name="l2-i4"]').checked).toBe(false);
    expect(q('[name="naam"]').value).toBe('Webshop');
  });

  it('V21 fr ui dropdown shows "Slack" (its hidden menu lists AlertOps, the user named it "Alertes AlertOps"): not AlertOps, nothing filled or clicked', async () => {
    addStyle(SEMANTIC_CSS);
    mount(
      semModal(
        'Modifier l’intégration',
        `<form class="ui form">
<div class="required field"><label>Nom de l’intégration</label><input type="text" name="name" value="Alertes AlertOps"></div>
<div class="field"><label>Type d’intégration</label>${semDropdown(
          'type',
          'slack',
          'Slack',
          [
            ['alertops', 'AlertOps'],
            ['slack', 'Slack'],
            ['teams', 'Microsoft Teams'],
          ],
          true,
        )}</div>
<h4 class="ui dividing header">Variables prédéfinies</h4>
<div class="inline fields"><label>URL du webhook</label><div class="six wide field">${semDropdown(
          'vars[0].mode',
          'here',
          MODE.fr[0],
          [
            ['here', MODE.fr[0]],
            ['level', MODE.fr[1]],
          ],
        )}</div><div class="ten wide field"><div class="ui input"><input type="text" name="vars[0].value" value=""></div></div></div></form>`,
        '<div class="ui cancel button">Annuler</div><div class="ui primary approve button">Enregistrer</div>',
      ),
    );
    await expectNotAlertOps('Slack');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Bootstrap 5 floating labels, definition lists
// ---------------------------------------------------------------------------------------------------------------

describe('blind9: Bootstrap 5 form-floating and definition-list forms', () => {
  it('V22 de Bootstrap 5 modal, form-floating (label AFTER the input, placeholder = label), floating select for the type, input-group with "⋯": URL into "AlertOpsUrl"', async () => {
    const variable = (i: number, name: string, value: string) =>
      `<div class="row g-2 mb-2"><div class="col-md-5"><div class="form-floating"><select class="form-select" id="mode${i}"><option value="here" selected>${MODE.de[0]}</option><option value="level">${MODE.de[1]}</option></select><label for="mode${i}">Wertquelle</label></div></div>
<div class="col-md-7"><div class="input-group"><div class="form-floating"><input type="text" class="form-control" id="var${i}" placeholder="${name}" value="${value}"><label for="var${i}">${name}</label></div><button class="btn btn-outline-secondary" type="button" title="Wert bearbeiten">⋯</button></div></div></div>`;
    mount(`<div class="modal fade show" id="integrationModal" tabindex="-1" aria-labelledby="integrationModalLabel" aria-modal="true" role="dialog" style="display:block"><div class="modal-dialog modal-lg"><div class="modal-content">
<div class="modal-header"><h1 class="modal-title fs-5" id="integrationModalLabel">Integration hinzufügen</h1><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Schließen"></button></div>
<div class="modal-body"><form>
<div class="form-floating mb-3"><input type="text" class="form-control" id="name" placeholder="Integrationsname"><label for="name">Integrationsname</label></div>
<div class="form-floating mb-3"><select class="form-select" id="type" disabled><option value="alertops" selected>AlertOps</option></select><label for="type">Integrationstyp</label></div>
<h2 class="h6 mt-4">Vordefinierte Variablen</h2>
${variable(0, 'Priorität', 'P2')}${variable(1, 'AlertOpsUrl', '')}
</form></div>
<div class="modal-footer"><button type="button" class="btn btn-outline-secondary">Testalarm senden</button><button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Abbrechen</button><button type="button" class="btn btn-primary">Speichern</button></div>
</div></div></div><div class="modal-backdrop fade show"></div>`);
    const url = q('#var1');
    const name = q('#name');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#var0').value).toBe('P2');
  });

  it('V23 nl definition list with <div>-wrapped dt/dd, variables as a nested dl (value shown as text + "⋯"), dialog laid out as a dl too: "Platte tekst", "Waarde", "Selecteren"', async () => {
    const t = DLG.nl;
    const variable = (i: number, name: string, shown: string) =>
      `<div class="dl-row"><dt>${name}</dt><dd><select id="mode${i}" aria-label="Waardebron"><option selected>${MODE.nl[0]}</option><option>${MODE.nl[1]}</option></select> <span id="d${i}" class="value">${shown}</span> <button id="b${i}" type="button" title="Waarde bewerken">⋯</button></dd></div>`;
    mount(`<section class="integration-editor" aria-labelledby="h"><h2 id="h">Integratie toevoegen</h2>
<dl class="form-dl">
<div class="dl-row"><dt><label for="naam">Integratienaam</label></dt><dd><input id="naam" type="text"></dd></div>
<div class="dl-row"><dt>Integratietype</dt><dd><strong>AlertOps</strong></dd></div>
</dl>
<h3>Voorgedefinieerde variabelen</h3>
<dl class="vars">${variable(0, 'Prioriteit', 'P1')}${variable(1, 'AlertOpsUrl', '—')}</dl>
<p><button type="button">Testalert versturen</button> <button type="submit">Opslaan</button></p></section>`);
    const spec: DialogSpec = {
      html: `<div role="dialog" aria-modal="true" aria-labelledby="wt" class="value-dialog"><h4 id="wt">${t.title}</h4>
<dl><div><dt>Soort</dt><dd><label><input type="radio" name="soort" value="plain"> ${t.plain}</label> <label><input type="radio" name="soort" value="vault" checked> ${t.vault}</label></dd></div>
<div><dt><label for="wv">${t.value}</label></dt><dd><input id="wv" type="text"></dd></div></dl>
<button id="sel" type="button">${t.select}</button> <button type="button">${t.cancel}</button></div>`,
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d) => must(d.querySelector<HTMLInputElement>('#wv')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const other = wireDialog(q('#b0'), q('#d0'), spec);
    const state = wireDialog(q('#b1'), q('#d1'), spec);
    const name = q('#naam');
    const outcome = await fillExpect('dialog', [name]);
    expectDialogStored(state);
    expect(other.opened, 'the Prioriteit dialog is not opened').toBe(0);
    expect(q('#d1').textContent).toBe(URL);
    expect(q('#d0').textContent).toBe('P1');
    expectNameProposed(outcome, name);
  });
});
