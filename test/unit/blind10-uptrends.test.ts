/**
 * Blind round 10 (Uptrends): design systems not covered before. Microsoft Fluent UI v9, IBM Carbon, VMware Clarity,
 * Element Plus, Quasar, Mantine, Bulma, Foundation, UIkit and one legacy jQuery UI page, each rendering the integration
 * editor (type shown as that system shows a chosen value, variables in its layout, some with the "⋯" value dialog in its
 * modal, one variable set per level, two editors of another type) or the escalation levels (its tabs, checkboxes and
 * switches). Custom checkboxes are wired as the library does: a click on what the user clicks changes the state the
 * user sees. Written from /work/shared/domain.md only, without reading the locators' source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, findEscalationLevels, levelUrlField } from '../../src/sites/uptrends/escalation';
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
import { type DialogSpec, mount, must, PROPOSED, q, resetPage, URL, wireDialog } from './blind-helpers';

afterEach(resetPage);

/** Another AlertOps integration's URL (a different key): the user's, never to be overwritten silently. */
const OTHER_URL = 'https://notify.alertops.com/POSTAlert/0f3a7c21-9b8e-4d52-a6f1-3e7d9c0b1a24/Uptrends';

// ---------------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------------

/** Native radios styled by a library: after a change, every radio of the group re-renders its classes. */
function wireRadioClasses(root: ParentNode, selector: string, onClass: (input: HTMLInputElement, on: boolean) => void) {
  const radios = Array.from(root.querySelectorAll<HTMLInputElement>(selector));
  for (const radio of radios)
    radio.addEventListener('change', () => {
      for (const other of radios) onClass(other, other.checked);
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Microsoft Fluent UI v9 (React)
// ---------------------------------------------------------------------------------------------------------------

const fuiField = (id: string, label: string, control: string, required = false) =>
  `<div class="fui-Field ___1mg8qsn"><label id="${id}__label" for="${id}__control" class="fui-Label fui-Field__label ___1yevxz2">${label}${required ? '<span aria-hidden="true" class="fui-Label__required ___1hyvr1h">*</span>' : ''}</label>${control}</div>`;
const fuiInput = (id: string, value = '', extra = '') =>
  `<span class="fui-Input r1oeeo9n ___1e9q2v5"><input type="text" id="${id}__control" class="fui-Input__input r12stul0" value="${value}"${extra}></span>`;
const fuiDropdown = (id: string, text: string, disabled = false, labelledby = '') =>
  `<div class="fui-Dropdown r1ds8ks ___6dbk2k0"><button type="button" id="${id}__control" class="fui-Dropdown__button r18i7s5p" role="combobox" aria-expanded="false" aria-haspopup="listbox"${labelledby ? ` aria-labelledby="${labelledby}"` : ''}${disabled ? ' disabled' : ''}>${text}<span class="fui-Dropdown__expandIcon r4ia2bl" aria-hidden="true"><svg class="fui-Icon-regular" fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20"><path d="M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0Z"></path></svg></span></button></div>`;
const fuiButton = (text: string, primary = false, id = '') =>
  `<button type="button"${id ? ` id="${id}"` : ''} class="fui-Button r1alrhcs${primary ? ' fui-Button--primary' : ''}">${text}</button>`;
const fuiDots = (id: string, label: string) =>
  `<button type="button" id="${id}" class="fui-Button r1alrhcs ___1s8wj1m" aria-label="${label}"><span class="fui-Button__icon rywnvv2"><svg class="fui-Icon-regular ___12fm75w" fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20"><path d="M6.25 10a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0Zm5 0a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0ZM15 11.25a1.25 1.25 0 1 0 0-2.5 1.25 1.25 0 0 0 0 2.5Z"></path></svg></span></button>`;
const fuiDialog = (title: string, body: string, actions: string) =>
  `<div class="fui-FluentProvider fui-FluentProviderr${title.length}" dir="ltr" data-portal-node="true"><div class="fui-DialogSurface__backdrop" aria-hidden="true"></div><div aria-modal="true" role="dialog" aria-labelledby="dialog-title-r${title.length}" tabindex="-1" class="fui-DialogSurface"><div class="fui-DialogBody"><h2 id="dialog-title-r${title.length}" class="fui-DialogTitle">${title}</h2><div class="fui-DialogContent">${body}</div><div class="fui-DialogActions">${actions}</div></div></div></div>`;
const fuiDivider = (text: string) =>
  `<div role="separator" aria-orientation="horizontal" class="fui-Divider"><div class="fui-Divider__wrapper">${text}</div></div>`;
/** Fluent's Tab: unselected tabs also render a hidden copy of their text to reserve the bold width. */
const fuiTab = (text: string, selected: boolean) =>
  `<button type="button" role="tab" aria-selected="${selected}" tabindex="${selected ? 0 : -1}" class="fui-Tab rhjd1bf"><span class="fui-Tab__content">${text}</span>${selected ? '' : `<span class="fui-Tab__content fui-Tab__content--reserved-space" aria-hidden="true">${text}</span>`}</button>`;
const fuiCheckbox = (id: string, text: string, checked = false) =>
  `<span class="fui-Checkbox r10zo65y"><input type="checkbox" class="fui-Checkbox__input r1f29ykk" id="${id}"${checked ? ' checked' : ''}><div aria-hidden="true" class="fui-Checkbox__indicator r1n2k4e3">${checked ? '<svg class="fui-Icon-filled" fill="currentColor" aria-hidden="true" width="12" height="12" viewBox="0 0 12 12"><path d="M9.76 3.2c.3.29.32.76.04 1.06l-4.25 4.5a.75.75 0 0 1-1.08.02L2.22 6.53a.75.75 0 0 1 1.06-1.06l1.7 1.7L8.7 3.24a.75.75 0 0 1 1.06-.04Z"></path></svg>' : ''}</div><label class="fui-Label fui-Checkbox__label r1iyvxlx" for="${id}">${text}</label></span>`;

describe('blind10: Fluent UI v9', () => {
  it('W01 en fui-DialogSurface, fui-Field labels (required star), type in a disabled fui-Dropdown button, variables as Fields beside a mode Dropdown: the URL goes into "AlertOpsUrl", name proposed', async () => {
    const variable = (i: number, name: string, value: string) =>
      `<div class="variable-row" style="display:flex;gap:12px">${fuiField(`field-rm${i}`, 'Value source', fuiDropdown(`field-rm${i}`, MODE.en[0]))}${fuiField(`field-rv${i}`, name, fuiInput(`field-rv${i}`, value))}</div>`;
    mount(
      fuiDialog(
        'Add integration',
        `<div class="form" style="display:flex;flex-direction:column;gap:16px">
${fuiField('field-r1', 'Integration name', fuiInput('field-r1', '', ' required aria-required="true"'), true)}
${fuiField('field-r2', 'Integration type', fuiDropdown('field-r2', 'AlertOps', true))}
${fuiDivider('Predefined variables')}
${variable(0, 'Priority', 'P3')}${variable(1, 'AlertOpsUrl', '')}${variable(2, 'Source', 'Uptrends')}</div>`,
        `${fuiButton('Send test alert')}${fuiButton('Cancel')}${fuiButton('Save', true)}`,
      ),
    );
    const url = q('#field-rv1__control');
    const name = q('#field-r1__control');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#field-rv0__control').value).toBe('P3');
    expect(q('#field-rv2__control').value).toBe('Uptrends');
    expect(must(q('#field-rm1__control').firstChild).textContent, 'mode dropdown still shows its choice').toBe(
      MODE.en[0],
    );
  });

  it('W02 de fui-Table of variables (read-only fui-Input + icon-only "⋯" fui-Button), value dialog a second fui-DialogSurface with RadioGroup "Klartext", Textarea "Wert", "Auswählen"', async () => {
    const row = (i: number, name: string, shown: string) =>
      `<tr class="fui-TableRow" role="row"><td class="fui-TableCell" role="cell"><div class="fui-TableCellLayout"><div class="fui-TableCellLayout__content"><span class="fui-TableCellLayout__main">${name}</span></div></div></td><td class="fui-TableCell" role="cell">${fuiDropdown(`mode-r${i}`, MODE.de[0], false, 'col-source')}</td><td class="fui-TableCell" role="cell"><div style="display:flex">${fuiInput(`val-r${i}`, shown, ' readonly aria-label="Wert"')}${fuiDots(`dots-r${i}`, 'Wert bearbeiten')}</div></td></tr>`;
    mount(
      fuiDialog(
        'Integration hinzufügen',
        `${fuiField('field-r1', 'Integrationsname', fuiInput('field-r1'), true)}
${fuiField('field-r2', 'Integrationstyp', fuiInput('field-r2', 'AlertOps', ' readonly'))}
${fuiDivider('Vordefinierte Variablen')}
<table role="table" class="fui-Table"><thead class="fui-TableHeader" role="rowgroup"><tr class="fui-TableRow" role="row"><th class="fui-TableHeaderCell" role="columnheader"><div class="fui-TableHeaderCell__button">Variable</div></th><th class="fui-TableHeaderCell" role="columnheader" id="col-source"><div class="fui-TableHeaderCell__button">Wertquelle</div></th><th class="fui-TableHeaderCell" role="columnheader"><div class="fui-TableHeaderCell__button">Wert</div></th></tr></thead>
<tbody class="fui-TableBody" role="rowgroup">${row(0, 'Quelle', 'Uptrends')}${row(1, 'AlertOpsUrl', '')}</tbody></table>`,
        `${fuiButton('Testalarm senden')}${fuiButton('Abbrechen')}${fuiButton('Speichern', true)}`,
      ),
    );
    const t = DLG.de;
    const radio = (id: string, value: string, text: string, checked: boolean) =>
      `<span class="fui-Radio"><input type="radio" class="fui-Radio__input" id="${id}" name="radio-r20" value="${value}"${checked ? ' checked' : ''}><div aria-hidden="true" class="fui-Radio__indicator"></div><label class="fui-Label fui-Radio__label" for="${id}">${text}</label></span>`;
    const spec: DialogSpec = {
      html: fuiDialog(
        t.title,
        `<div class="fui-Field" role="group" aria-labelledby="field-r21__label"><label class="fui-Label fui-Field__label" id="field-r21__label">Art des Werts</label><div role="radiogroup" class="fui-RadioGroup" aria-labelledby="field-r21__label">${radio('radio-r22', 'plain', t.plain, false)}${radio('radio-r23', 'vault', t.vault, true)}</div></div>
${fuiField('field-r24', t.value, '<span class="fui-Textarea"><textarea id="field-r24__control" class="fui-Textarea__textarea"></textarea></span>')}`,
        `${fuiButton(t.cancel)}${fuiButton(t.select, true, 'sel')}`,
      ),
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('textarea')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const other = wireDialog(q('#dots-r0'), q('#val-r0__control'), spec);
    const state = wireDialog(q('#dots-r1'), q('#val-r1__control'), spec);
    const name = q('#field-r1__control');
    const outcome = await fillExpect('dialog', [name, q('#val-r1__control')]);
    expectDialogStored(state);
    expect(other.opened, 'the Quelle row dialog is not opened').toBe(0);
    expect(q('#val-r1__control').value).toBe(URL);
    expect(q('#val-r0__control').value).toBe('Uptrends');
    expectNameProposed(outcome, name);
    expect(document.querySelectorAll('[role="dialog"]').length, 'value dialog closed by Auswählen').toBe(1);
  });

  it('W03 nl fui-TabList (unselected tabs carry a hidden copy of their text), only the selected content rendered, fui-Switch "Actief", fui-Checkbox list in a Field group: only "AlertOps Piket" ticked on level 1', () => {
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket', 'Microsoft Teams NOC'];
    mount(`<h1 class="fui-Text fui-Title3">Alertdefinitie: Webshop</h1>
<div role="tablist" aria-orientation="horizontal" class="fui-TabList r1pqfnwa">${fuiTab('Algemeen', false)}${fuiTab('Escalatieniveau 1', true)}${fuiTab('Escalatieniveau 2', false)}${fuiTab('Escalatieniveau 3', false)}</div>
<div class="level-content">
<div class="fui-Switch"><input type="checkbox" role="switch" id="switch-r5" class="fui-Switch__input" checked><div aria-hidden="true" class="fui-Switch__indicator"><svg fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20"><path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Z"></path></svg></div><label class="fui-Label fui-Switch__label" for="switch-r5">Actief</label></div>
${fuiField('field-r6', 'Escaleren na (minuten)', fuiInput('field-r6', '15'))}
<div class="fui-Field" role="group" aria-labelledby="field-r7__label"><label id="field-r7__label" class="fui-Label fui-Field__label">Alerts versturen door integraties</label><div style="display:flex;flex-direction:column">${names.map((nm, i) => fuiCheckbox(`checkbox-r${10 + i}`, nm, i === 0)).join('')}</div></div>
</div>${fuiButton('Opslaan', true)}`);
    const target = q('#checkbox-r14');
    const rows = Array.from(document.querySelectorAll('input'));
    const levels = findEscalationLevels(document);
    const level = levelNo(levels, 1);
    expect(level.label).toContain('Escalatieniveau 1');
    expect(level.active, '"Actief" switch is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps Piket');
    expect(target.checked, 'AlertOps Piket shown ticked').toBe(true);
    expect(q('#checkbox-r10').checked, 'E-mail stays ticked').toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// IBM Carbon (v11, React)
// ---------------------------------------------------------------------------------------------------------------

/** Carbon Dropdown: the chosen item in a span of the toggle button; the chevron's <title> is text too. */
const cdsDropdown = (id: string, label: string, text: string, disabled = false, hideLabel = false) =>
  `<div class="cds--dropdown__wrapper cds--list-box__wrapper${disabled ? ' cds--dropdown__wrapper--disabled' : ''}"><label class="cds--label${disabled ? ' cds--label--disabled' : ''}${hideLabel ? ' cds--visually-hidden' : ''}" id="${id}-label" for="${id}-toggle-button">${label}</label><div class="cds--dropdown cds--list-box cds--list-box--md${disabled ? ' cds--dropdown--disabled cds--list-box--disabled' : ''}"><button type="button" class="cds--list-box__field" id="${id}-toggle-button" role="combobox" aria-activedescendant="" aria-controls="${id}-menu" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${id}-label" tabindex="0"${disabled ? ' disabled' : ''}><span class="cds--list-box__label">${text}</span><div class="cds--list-box__menu-icon"><svg focusable="false" preserveAspectRatio="xMidYMid meet" fill="currentColor" name="chevron--down" aria-label="Open menu" width="16" height="16" viewBox="0 0 16 16" role="img"><path d="M8 11L3 6 3.7 5.3 8 9.6 12.3 5.3 13 6z"></path><title>Open menu</title></svg></div></button><ul id="${id}-menu" role="listbox" aria-labelledby="${id}-label" class="cds--list-box__menu"></ul></div></div>`;
const cdsText = (id: string, label: string, value = '', hideLabel = false) =>
  `<div class="cds--form-item cds--text-input-wrapper"><label for="${id}" class="cds--label${hideLabel ? ' cds--visually-hidden' : ''}">${label}</label><div class="cds--text-input__field-outer-wrapper"><div class="cds--text-input__field-wrapper"><input id="${id}" type="text" class="cds--text-input cds--text-input--md cds--layout--size-md" title="" value="${value}"></div></div></div>`;
const cdsModal = (label: string, heading: string, body: string, buttons: string) =>
  `<div role="presentation" class="cds--modal is-visible" tabindex="-1"><span tabindex="0" role="link" class="cds--visually-hidden">Focus sentinel</span><div role="dialog" class="cds--modal-container" aria-label="${heading}" aria-modal="true" tabindex="-1"><div class="cds--modal-header"><h2 class="cds--modal-header__label cds--type-delta">${label}</h2><h3 class="cds--modal-header__heading cds--type-beta">${heading}</h3><div class="cds--modal-close-button"><button class="cds--modal-close" type="button" aria-label="Close"><svg focusable="false" fill="currentColor" width="20" height="20" viewBox="0 0 32 32" aria-hidden="true" class="cds--modal-close__icon"><path d="M17.4141 16L24 9.4141 22.5859 8 16 14.5859 9.4143 8 8 9.4141 14.5859 16 8 22.5859 9.4143 24 16 17.4141 22.5859 24 24 22.5859 17.4141 16z"></path></svg></button></div></div><div class="cds--modal-content">${body}</div><div class="cds--modal-footer cds--btn-set">${buttons}</div></div><span tabindex="0" role="link" class="cds--visually-hidden">Focus sentinel</span></div>`;
const cdsButton = (text: string, kind: 'primary' | 'secondary' | 'ghost' = 'secondary') =>
  `<button tabindex="0" class="cds--btn cds--btn--${kind}" type="button">${text}</button>`;
const cdsTable = (title: string, headers: string[], rows: string[][]) =>
  `<div class="cds--data-table-container"><div class="cds--data-table-header"><h4 class="cds--data-table-header__title">${title}</h4></div><section class="cds--data-table-content"><table class="cds--data-table cds--data-table--md cds--data-table--no-border"><thead><tr>${headers.map((h) => `<th scope="col"><div class="cds--table-header-label">${h}</div></th>`).join('')}</tr></thead><tbody aria-live="polite">${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></section></div>`;
const cdsCheckbox = (id: string, text: string, checked = false) =>
  `<div class="cds--form-item cds--checkbox-wrapper"><input type="checkbox" class="cds--checkbox" id="${id}"${checked ? ' checked' : ''}><label for="${id}" class="cds--checkbox-label" title=""><span class="cds--checkbox-label-text">${text}</span></label><div class="cds--checkbox__validation-msg"></div></div>`;
const cdsToggle = (id: string, label: string, on: boolean) =>
  `<div class="cds--form-item"><div class="cds--toggle"><button id="${id}" class="cds--toggle__button" role="switch" type="button" aria-checked="${on}" aria-labelledby="${id}_label"></button><label for="${id}" class="cds--toggle__label"><span id="${id}_label" class="cds--toggle__label-text">${label}</span><div class="cds--toggle__appearance"><div class="cds--toggle__switch${on ? ' cds--toggle__switch--checked' : ''}"></div><span class="cds--toggle__text" aria-hidden="true">${on ? 'On' : 'Off'}</span></div></label></div></div>`;

function wireCarbonToggles(root: ParentNode): void {
  for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('.cds--toggle__button')))
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-checked') !== 'true';
      button.setAttribute('aria-checked', String(on));
      const toggle = must(button.closest('.cds--toggle'));
      must(toggle.querySelector('.cds--toggle__switch')).classList.toggle('cds--toggle__switch--checked', on);
      must(toggle.querySelector('.cds--toggle__text')).textContent = on ? 'On' : 'Off';
    });
}

describe('blind10: IBM Carbon', () => {
  it('W04 fr cds--modal, cds--form-item text input, type in a disabled cds--list-box (label span + chevron <title>), variables in a cds--data-table with hidden-label inputs: URL into "AlertOpsUrl"', async () => {
    const row = (i: number, name: string, value: string) => [
      name,
      cdsDropdown(`mode-${i}`, 'Source de la valeur', MODE.fr[0], false, true),
      cdsText(`var-${i}`, 'Valeur', value, true),
    ];
    mount(
      cdsModal(
        'Alerte › Intégrations',
        'Ajouter intégration',
        `${cdsText('integration-name', 'Nom de l’intégration')}
${cdsDropdown('integration-type', 'Type d’intégration', 'AlertOps', true)}
${cdsTable('Variables prédéfinies', ['Variable', 'Source de la valeur', 'Valeur'], [row(0, 'Priorité', 'P2'), row(1, 'AlertOpsUrl', ''), row(2, 'CallbackUrl', '')])}`,
        `${cdsButton('Envoyer une alerte de test', 'ghost')}${cdsButton('Annuler')}${cdsButton('Enregistrer', 'primary')}`,
      ),
    );
    const url = q('#var-1');
    const name = q('#integration-name');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#var-0').value).toBe('P2');
    expect(q('#var-2').value, 'CallbackUrl stays empty').toBe('');
  });

  it('W05 en cds--tabs (button role=tab, hidden panels), Toggle "Active" (button role=switch, "On"), fieldset legend "Alerting by integrations", cds--checkbox: only "AlertOps – NOC" on level 2', () => {
    const names = ['E-mail', 'SMS', 'Phone', 'PagerDuty (legacy)', 'AlertOps – NOC'];
    const tab = (n: number, selected: boolean) =>
      `<button type="button" role="tab" aria-selected="${selected}" aria-controls="tab-panel-${n}" id="tab-${n}" class="cds--tabs__nav-item cds--tabs__nav-link${selected ? ' cds--tabs__nav-item--selected' : ''}" tabindex="${selected ? 0 : -1}"><div class="cds--tabs__nav-item-label-wrapper"><span class="cds--tabs__nav-item-label">Escalation level ${n}</span></div></button>`;
    const panel = (n: number, on: boolean, shown: boolean) =>
      `<div role="tabpanel" id="tab-panel-${n}" aria-labelledby="tab-${n}" class="cds--tab-content" tabindex="0"${shown ? '' : ' hidden'}>
${cdsToggle(`active-${n}`, 'Active', on)}
${cdsText(`after-${n}`, 'Escalate after (minutes)', String(n * 15))}
<fieldset class="cds--fieldset"><legend class="cds--label">Alerting by integrations</legend>${names.map((nm, i) => cdsCheckbox(`l${n}-i${i}`, nm, i === 0)).join('')}</fieldset></div>`;
    mount(`<h1 class="cds--type-productive-heading-04">Alert definition: Checkout</h1>
<div class="cds--tabs"><div class="cds--tab--list" role="tablist" aria-label="Escalation levels">${tab(1, false)}${tab(2, true)}${tab(3, false)}</div></div>
${panel(1, true, false)}${panel(2, true, true)}${panel(3, false, false)}
${cdsButton('Save', 'primary')}`);
    wireCarbonToggles(document);
    const target = q('#l2-i4');
    const rows = Array.from(document.querySelectorAll('input[type="checkbox"], .cds--toggle__button'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect(level.label).toContain('Escalation level 2');
    expect(level.active, 'Toggle "Active" is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps – NOC');
    expect(target.checked, 'shown ticked').toBe(true);
    expect(q('#l1-i4').checked, 'level 1 left alone').toBe(false);
    expect(q('#active-2').getAttribute('aria-checked')).toBe('true');
  });

  it('W06 nl cds--list-box shows "Slack" for an integration the user named "AlertOps-meldingen (oud)": not AlertOps, nothing filled or clicked', async () => {
    mount(
      cdsModal(
        'Alerting › Integraties',
        'Integratie bewerken',
        `${cdsText('integration-name', 'Integratienaam', 'AlertOps-meldingen (oud)')}
${cdsDropdown('integration-type', 'Integratietype', 'Slack', true)}
${cdsTable('Voorgedefinieerde variabelen', ['Variabele', 'Waardebron', 'Waarde'], [['WebhookUrl', cdsDropdown('mode-0', 'Waardebron', MODE.nl[0], false, true), cdsText('var-0', 'Waarde', '', true)]])}`,
        `${cdsButton('Testalert versturen', 'ghost')}${cdsButton('Annuleren')}${cdsButton('Opslaan', 'primary')}`,
      ),
    );
    await expectNotAlertOps('Slack');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// VMware Clarity (Angular)
// ---------------------------------------------------------------------------------------------------------------

const clrModal = (title: string, body: string, footer: string, srStart: string) =>
  `<div class="modal"><div class="modal-dialog modal-lg" role="dialog" aria-hidden="false" aria-labelledby="clr-id-1"><div class="clr-sr-only">${srStart}</div><div class="modal-content-wrapper"><div class="modal-content"><div class="modal-header--accessible"><div class="modal-title-wrapper" id="clr-id-1" tabindex="-1"><h3 class="modal-title">${title}</h3></div><button type="button" class="close" aria-label="Schließen"><cds-icon shape="window-close" role="img"></cds-icon></button></div><div class="modal-body-wrapper"><div class="modal-body">${body}</div></div><div class="modal-footer">${footer}</div></div></div></div></div><div class="modal-backdrop" aria-hidden="true"></div>`;
const clrInput = (id: string, label: string, value = '') =>
  `<clr-input-container class="clr-form-control clr-row"><label for="${id}" class="clr-control-label clr-col-12 clr-col-md-3">${label}</label><div class="clr-control-container clr-col-md-9 clr-col-12"><div class="clr-input-wrapper"><div class="clr-input-group"><input clrinput type="text" id="${id}" name="${id}" class="clr-input" value="${value}"></div><cds-icon class="clr-validate-icon" shape="exclamation-circle" status="danger" aria-hidden="true"></cds-icon></div></div></clr-input-container>`;
const clrSelect = (id: string, options: string[], disabled = false, aria = '') =>
  `<div class="clr-select-wrapper"><select clrselect id="${id}" class="clr-select"${aria ? ` aria-label="${aria}"` : ''}${disabled ? ' disabled' : ''}>${options.map((o) => `<option value="${o}">${o}</option>`).join('')}</select></div>`;
const clrCheck = (id: string, text: string, checked = false, kind: 'checkbox' | 'toggle' = 'checkbox') =>
  `<clr-${kind}-wrapper class="clr-${kind}-wrapper"><input type="checkbox" clr${kind} id="${id}" class="clr-${kind}"${checked ? ' checked' : ''}><label for="${id}" class="clr-control-label">${text}</label></clr-${kind}-wrapper>`;

describe('blind10: VMware Clarity', () => {
  it('W07 de clr modal (sr-only "Beginn des modalen Inhalts"), clr-input-container, type in a disabled clr-select, variables in a Clarity table; the name the user typed stays', async () => {
    const row = (i: number, name: string, value: string) =>
      `<tr><td class="left">${name}</td><td>${clrSelect(`mode-${i}`, MODE.de, false, 'Wertquelle')}</td><td><input type="text" class="clr-input" id="var-${i}" aria-label="Wert" value="${value}"></td></tr>`;
    mount(
      clrModal(
        'Integration hinzufügen',
        `<form clrform class="clr-form clr-form-horizontal">
${clrInput('name', 'Integrationsname', 'Bereitschaft Ops')}
<clr-select-container class="clr-form-control clr-row"><label for="type" class="clr-control-label clr-col-12 clr-col-md-3">Integrationstyp</label><div class="clr-control-container clr-col-md-9 clr-col-12">${clrSelect('type', ['Slack', 'Microsoft Teams', 'AlertOps'], true)}</div></clr-select-container>
<h4>Vordefinierte Variablen</h4>
<table class="table table-compact"><thead><tr><th class="left">Variable</th><th>Wertquelle</th><th>Wert</th></tr></thead><tbody>${row(0, 'Quelle', 'Uptrends')}${row(1, 'AlertOpsUrl', '')}</tbody></table></form>`,
        '<button type="button" class="btn btn-outline">Testalarm senden</button><button type="button" class="btn btn-outline">Abbrechen</button><button type="button" class="btn btn-primary">Speichern</button>',
        'Beginn des modalen Inhalts',
      ),
    );
    q<HTMLSelectElement>('#type').selectedIndex = 2;
    const url = q('#var-1');
    const name = q('#name');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expect(name.value, 'the user’s name stays').toBe('Bereitschaft Ops');
    if (outcome.kind === 'filled') {
      expect(outcome.nameFilled).toBe(false);
      expect(outcome.uptrendsName).toBe('Bereitschaft Ops');
    }
    expect(q('#var-0').value).toBe('Uptrends');
  });

  it('W08 fr clr-tabs (button role=tab, hidden sections), clr-toggle "Actif" off, clr-checkbox-container "Alertes par intégrations": level 2 inactive, only its AlertOps box ticked', () => {
    const names = ['E-mail', 'SMS', 'Téléphone', 'Slack – équipe', 'AlertOps astreinte'];
    const tab = (i: number, text: string, active: boolean) =>
      `<li role="presentation" class="nav-item"><button class="btn btn-link nav-link${active ? ' active' : ''}" role="tab" type="button" id="clr-tab-link-${i}" aria-controls="clr-tab-content-${i}" aria-selected="${active}" tabindex="${active ? 0 : -1}">${text}</button></li>`;
    const section = (i: number, inner: string, active: boolean) =>
      `<section id="clr-tab-content-${i}" role="tabpanel" class="tab-content${active ? ' active' : ''}" aria-labelledby="clr-tab-link-${i}" aria-hidden="${!active}"${active ? '' : ' hidden'}>${inner}</section>`;
    const level = (n: number, on: boolean) => `<form clrform class="clr-form clr-form-horizontal">
<clr-toggle-container class="clr-form-control clr-row"><label class="clr-control-label clr-col-12 clr-col-md-3">Statut</label><div class="clr-control-container clr-col-md-9 clr-col-12">${clrCheck(`l${n}-active`, 'Actif', on, 'toggle')}</div></clr-toggle-container>
<clr-checkbox-container class="clr-form-control clr-row"><label class="clr-control-label clr-col-12 clr-col-md-3">Alertes par intégrations</label><div class="clr-control-container clr-col-md-9 clr-col-12">${names.map((nm, i) => clrCheck(`l${n}-i${i}`, nm, i === 0)).join('')}</div></clr-checkbox-container></form>`;
    mount(`<h2>Définitions d’alerte : Production</h2>
<clr-tabs><ul class="nav" role="tablist">${tab(0, 'Général', false)}${tab(1, 'Niveau d’escalade 1', false)}${tab(2, 'Niveau d’escalade 2', true)}</ul>
${section(0, clrInput('def-name', 'Nom', 'Production'), false)}${section(1, level(1, true), false)}${section(2, level(2, false), true)}</clr-tabs>
<button type="button" class="btn btn-primary">Enregistrer</button>`);
    const target = q('#l2-i4');
    const rows = Array.from(document.querySelectorAll('input[type="checkbox"]'));
    const levels = findEscalationLevels(document);
    const lvl = levelNo(levels, 2);
    expect(lvl.active, '"Actif" is off on level 2').toBe(false);
    expect(lvl.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(lvl, rows, target, 'AlertOps astreinte');
    expect(target.checked).toBe(true);
    expect(q('#l2-active').checked, 'the level stays inactive: the user decides').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Element Plus (Vue 3)
// ---------------------------------------------------------------------------------------------------------------

const elItem = (label: string, content: string, forId = '', required = false) =>
  `<div class="el-form-item${required ? ' is-required asterisk-left' : ''}"><label${forId ? ` for="${forId}"` : ''} class="el-form-item__label" style="width: 150px;">${label}</label><div class="el-form-item__content">${content}</div></div>`;
const elInput = (id: string, value = '', readonly = false) =>
  `<div class="el-input"><div class="el-input__wrapper" tabindex="-1"><input class="el-input__inner" type="text" autocomplete="off" tabindex="0" id="${id}" value="${value}"${readonly ? ' readonly' : ''}></div></div>`;
/** Element Plus 2.5+ select: an empty read-only combobox input; the chosen label sits in the "placeholder" span. */
const elSelect = (id: string, text: string, disabled = false) =>
  `<div class="el-select${disabled ? ' is-disabled' : ''}"><div class="el-select__wrapper${disabled ? ' is-disabled' : ''}" tabindex="-1"><div class="el-select__selection"><div class="el-select__selected-item el-select__input-wrapper is-hidden"><input type="text" class="el-select__input" autocomplete="off" tabindex="0" role="combobox" readonly aria-activedescendant="" aria-controls="${id}-listbox" aria-expanded="false" aria-autocomplete="none" aria-haspopup="listbox" id="${id}"${disabled ? ' disabled' : ''} value=""></div><div class="el-select__selected-item el-select__placeholder"><span>${text}</span></div></div><div class="el-select__suffix"><i class="el-icon el-select__caret el-select__icon"><svg viewBox="0 0 1024 1024" xmlns="http://www.w3.org/2000/svg"><path fill="currentColor" d="M831.872 340.864 512 652.672 192.128 340.864a30.592 30.592 0 0 0-42.752 0 29.12 29.12 0 0 0 0 41.6L489.664 714.24a32 32 0 0 0 44.672 0l340.288-331.712a29.12 29.12 0 0 0 0-41.728 30.592 30.592 0 0 0-42.752 0z"></path></svg></i></div></div></div>`;
const elDialog = (title: string, body: string, footer: string) =>
  `<div class="el-overlay" style="z-index: 2001;"><div class="el-overlay-dialog" role="dialog" aria-modal="true" aria-label="${title}" aria-describedby="el-id-${title.length}-body"><div class="el-dialog" tabindex="-1" style="--el-dialog-width: 640px;"><header class="el-dialog__header"><span role="heading" aria-level="2" class="el-dialog__title">${title}</span><button aria-label="Close this dialog" class="el-dialog__headerbtn" type="button"><i class="el-icon el-dialog__close"><svg viewBox="0 0 1024 1024" xmlns="http://www.w3.org/2000/svg"><path fill="currentColor" d="M764.288 214.592 512 466.88 259.712 214.592a31.936 31.936 0 0 0-45.12 45.12L466.752 512 214.528 764.224a31.936 31.936 0 1 0 45.12 45.184L512 557.184l252.288 252.288a31.936 31.936 0 0 0 45.12-45.12L557.12 512.064l252.288-252.352a31.936 31.936 0 1 0-45.12-45.184z"></path></svg></i></button></header><div id="el-id-${title.length}-body" class="el-dialog__body">${body}</div><footer class="el-dialog__footer"><div class="dialog-footer">${footer}</div></footer></div></div></div>`;
const elButton = (text: string, primary = false, id = '') =>
  `<button aria-disabled="false" type="button"${id ? ` id="${id}"` : ''} class="el-button${primary ? ' el-button--primary' : ''}"><span>${text}</span></button>`;
const elDivider = (text: string) =>
  `<div class="el-divider el-divider--horizontal" role="separator" style="--el-border-style: solid;"><div class="el-divider__text is-left">${text}</div></div>`;
const elTable = (headers: string[], rows: string[][]) => {
  const cols = `<colgroup>${headers.map((_, i) => `<col name="el-table_1_column_${i + 1}" width="160">`).join('')}</colgroup>`;
  return `<div class="el-table--fit el-table--enable-row-hover el-table--enable-row-transition el-table el-table--layout-fixed is-scrolling-none" style="width: 100%;"><div class="el-table__inner-wrapper"><div class="hidden-columns">${headers.map(() => '<div></div>').join('')}</div><div class="el-table__header-wrapper"><table class="el-table__header" border="0" cellpadding="0" cellspacing="0" style="width: 100%;">${cols}<thead><tr>${headers.map((h, i) => `<th class="el-table_1_column_${i + 1} is-leaf el-table__cell" colspan="1" rowspan="1"><div class="cell">${h}</div></th>`).join('')}</tr></thead></table></div><div class="el-table__body-wrapper"><div class="el-scrollbar"><div class="el-scrollbar__wrap el-scrollbar__wrap--hidden-default"><div class="el-scrollbar__view" style="display: inline-block; vertical-align: middle;"><table class="el-table__body" cellspacing="0" cellpadding="0" border="0" style="table-layout: fixed; width: 100%;">${cols}<tbody>${rows.map((r) => `<tr class="el-table__row">${r.map((c, i) => `<td class="el-table_1_column_${i + 1} el-table__cell" rowspan="1" colspan="1"><div class="cell">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div><div class="el-scrollbar__bar is-horizontal" style="display: none;"><div class="el-scrollbar__thumb"></div></div><div class="el-scrollbar__bar is-vertical" style="display: none;"><div class="el-scrollbar__thumb"></div></div></div></div></div><div class="el-table__column-resize-proxy" style="display: none;"></div></div>`;
};
const elCheckbox = (id: string, text: string, checked = false) =>
  `<label class="el-checkbox el-checkbox--default${checked ? ' is-checked' : ''}"><span class="el-checkbox__input${checked ? ' is-checked' : ''}"><input class="el-checkbox__original" type="checkbox" id="${id}" value="${text}"${checked ? ' checked' : ''}><span class="el-checkbox__inner"></span></span><span class="el-checkbox__label">${text}</span></label>`;

/** Element Plus v-model re-render: the label and its box take "is-checked" after the native change. */
function wireElement(root: ParentNode): void {
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input.el-checkbox__original')))
    input.addEventListener('change', () => {
      input.closest('.el-checkbox')?.classList.toggle('is-checked', input.checked);
      input.closest('.el-checkbox__input')?.classList.toggle('is-checked', input.checked);
    });
  wireRadioClasses(root, 'input.el-radio__original', (input, on) => {
    input.closest('.el-radio')?.classList.toggle('is-checked', on);
    input.closest('.el-radio__input')?.classList.toggle('is-checked', on);
  });
  for (const sw of Array.from(root.querySelectorAll<HTMLElement>('.el-switch')))
    sw.addEventListener('click', () => {
      const input = must(sw.querySelector<HTMLInputElement>('input.el-switch__input'));
      input.checked = !input.checked;
      input.setAttribute('aria-checked', String(input.checked));
      sw.classList.toggle('is-checked', input.checked);
    });
}

describe('blind10: Element Plus', () => {
  it('W09 en el-dialog, el-form-item labels, type in a disabled el-select (empty combobox input, value in the "placeholder" span), el-table variables with "⋯"; value el-dialog with el-radio "Plain text"', async () => {
    const row = (i: number, name: string, shown: string) => [
      name,
      elSelect(`mode-${i}`, MODE.en[0]),
      `<span class="value-text" id="shown-${i}">${shown}</span>`,
      elButton('⋯', false, `dots-${i}`),
    ];
    mount(
      elDialog(
        'Add integration',
        `<form class="el-form el-form--default el-form--label-right">
${elItem('Integration name', elInput('el-id-1024-6'), 'el-id-1024-6', true)}
${elItem('Integration type', elSelect('el-id-1024-8', 'AlertOps', true), 'el-id-1024-8')}
${elDivider('Predefined variables')}
${elTable(['Variable', 'Value source', 'Value', ''], [row(0, 'AlertOpsUrl', '—'), row(1, 'Priority', 'P2')])}</form>`,
        `${elButton('Send test alert')}${elButton('Cancel')}${elButton('Save', true)}`,
      ),
    );
    const t = DLG.en;
    const radio = (value: string, text: string, checked: boolean) =>
      `<label class="el-radio${checked ? ' is-checked' : ''}"><span class="el-radio__input${checked ? ' is-checked' : ''}"><input class="el-radio__original" name="el-id-2048-1" type="radio" value="${value}"${checked ? ' checked' : ''}><span class="el-radio__inner"></span></span><span class="el-radio__label">${text}</span></label>`;
    const spec: DialogSpec = {
      html: elDialog(
        t.title,
        `<form class="el-form el-form--default el-form--label-top">
<div class="el-form-item" role="group" aria-labelledby="el-id-2048-2"><label id="el-id-2048-2" class="el-form-item__label">Value type</label><div class="el-form-item__content"><div class="el-radio-group" role="radiogroup" aria-label="radio-group">${radio('plain', t.plain, false)}${radio('vault', t.vault, true)}</div></div></div>
${elItem(t.value, '<div class="el-textarea"><textarea class="el-textarea__inner" id="el-id-2048-4" tabindex="0" autocomplete="off" rows="3"></textarea></div>', 'el-id-2048-4')}</form>`,
        `${elButton(t.cancel)}${elButton(t.select, true, 'sel')}`,
      ),
      wire: wireElement,
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('textarea')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const state = wireDialog(q('#dots-0'), q('#shown-0'), spec);
    const other = wireDialog(q('#dots-1'), q('#shown-1'), spec);
    const name = q('#el-id-1024-6');
    const outcome = await fillExpect('dialog', [name]);
    expectDialogStored(state);
    expect(other.opened, 'the Priority row dialog is not opened').toBe(0);
    expect(q('#shown-0').textContent).toBe(URL);
    expect(q('#shown-1').textContent).toBe('P2');
    expectNameProposed(outcome, name);
    expect(q('#el-id-1024-8').value, 'type combobox input stays empty').toBe('');
  });

  it('W10 nl el-row variables; the AlertOpsUrl mode el-select shows "Waarde opgeven in escalatieniveau" (no value input on its row) → per-level, the URL goes nowhere', async () => {
    const row = (i: number, name: string, mode: string, value: string | null) =>
      `<div class="el-row is-align-middle" style="margin-left:-8px;margin-right:-8px"><div class="el-col el-col-6" style="padding:0 8px"><span class="var-name">${name}</span></div><div class="el-col el-col-10" style="padding:0 8px">${elSelect(`mode-${i}`, mode)}</div><div class="el-col el-col-8" style="padding:0 8px">${value === null ? '<span class="el-text el-text--info">Wordt per escalatieniveau opgegeven</span>' : elInput(`var-${i}`, value)}</div></div>`;
    mount(
      elDialog(
        'Integratie toevoegen',
        `<form class="el-form el-form--default el-form--label-right">
${elItem('Integratienaam', elInput('naam'), 'naam', true)}
${elItem('Integratietype', elSelect('type', 'AlertOps', true), 'type')}
${elDivider('Voorgedefinieerde variabelen')}
${row(0, 'Prioriteit', MODE.nl[0], 'P1')}${row(1, 'AlertOpsUrl', MODE.nl[1], null)}${row(2, 'Bron', MODE.nl[0], 'Uptrends')}</form>`,
        `${elButton('Testalert versturen')}${elButton('Annuleren')}${elButton('Opslaan', true)}`,
      ),
    );
    const before = snapshot();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('per-level');
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input, textarea')))
      expect(el.value).not.toBe(URL);
    expectUnchanged(before, [q('#naam')]);
    expect(must(q('#mode-1').closest('.el-select')).textContent, 'mode left as the user set it').toBe(MODE.nl[1]);
    if (outcome.kind === 'per-level') {
      expect(q('#naam').value).toBe(outcome.nameFilled ? PROPOSED : '');
      expect(outcome.uptrendsName).toBe(q('#naam').value);
    }
  });

  it('W11 de el-tabs (is-active item, other panes display:none), el-switch "Aktiv", el-checkbox-group with el-checkbox__original inputs: only "AlertOps Bereitschaft" on level 2 is ticked', () => {
    const names = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Bereitschaft'];
    const tab = (key: string, text: string, active: boolean) =>
      `<div class="el-tabs__item is-top${active ? ' is-active' : ''}" id="tab-${key}" aria-controls="pane-${key}" role="tab" aria-selected="${active}" tabindex="${active ? 0 : -1}">${text}</div>`;
    const pane = (n: number, on: boolean, shown: boolean) =>
      `<div id="pane-${n}" class="el-tab-pane" role="tabpanel" aria-hidden="${!shown}" aria-labelledby="tab-${n}"${shown ? '' : ' style="display: none;"'}><form class="el-form el-form--default el-form--label-right">
${elItem('Aktiv', `<div class="el-switch${on ? ' is-checked' : ''}"><input class="el-switch__input" type="checkbox" role="switch" id="l${n}-active" aria-checked="${on}" aria-disabled="false"${on ? ' checked' : ''}><span class="el-switch__core"><div class="el-switch__action"></div></span></div>`, `l${n}-active`)}
<div class="el-form-item" role="group" aria-labelledby="l${n}-int-label"><label id="l${n}-int-label" class="el-form-item__label" style="width: 150px;">Alarmierung durch Integrationen</label><div class="el-form-item__content"><div class="el-checkbox-group" role="group" aria-label="checkbox-group">${names.map((nm, i) => elCheckbox(`l${n}-i${i}`, nm, i === 0)).join('')}</div></div></div></form></div>`;
    mount(`<div class="el-card is-always-shadow"><div class="el-card__header"><span>Meldedefinition: Webshop</span></div><div class="el-card__body">
<div class="el-tabs el-tabs--top"><div class="el-tabs__header is-top"><div class="el-tabs__nav-wrap is-top"><div class="el-tabs__nav-scroll"><div class="el-tabs__nav is-top" role="tablist" style="transform: translateX(0px);"><div class="el-tabs__active-bar is-top" style="width: 120px; transform: translateX(260px);"></div>${tab('0', 'Allgemein', false)}${tab('1', 'Eskalationsstufe 1', false)}${tab('2', 'Eskalationsstufe 2', true)}</div></div></div></div>
<div class="el-tabs__content"><div id="pane-0" class="el-tab-pane" role="tabpanel" aria-hidden="true" aria-labelledby="tab-0" style="display: none;"></div>${pane(1, true, false)}${pane(2, true, true)}</div></div>
</div></div>${elButton('Speichern', true)}`);
    wireElement(document);
    const target = must(q('#l2-i4').closest('.el-checkbox'));
    const rows = Array.from(document.querySelectorAll('.el-checkbox, .el-switch'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect(level.active, '"Aktiv" switch is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps Bereitschaft');
    expect(q('#l2-i4').checked, 'native input checked').toBe(true);
    expect(target.classList.contains('is-checked'), 'shown ticked').toBe(true);
    expect(q('#l1-i4').checked, 'level 1 left alone').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Quasar (Vue 3)
// ---------------------------------------------------------------------------------------------------------------

/** QInput: the whole field is a <label>; the floating label is a div AFTER the native input. */
const qInput = (id: string, label: string, value = '') =>
  `<label class="q-field row no-wrap items-start q-field--outlined q-input q-field--labeled${value ? ' q-field--float' : ''}" for="${id}"><div class="q-field__inner relative-position col self-stretch"><div class="q-field__control relative-position row no-wrap" tabindex="-1"><div class="q-field__control-container col relative-position row no-wrap q-anchor--skip"><input class="q-field__native q-placeholder" tabindex="0" id="${id}" type="text" value="${value}"><div class="q-field__label no-pointer-events absolute ellipsis">${label}</div></div></div><div class="q-field__bottom row items-start q-field__bottom--animated"></div></div></label>`;
/** QSelect: the chosen option is a <span> in q-field__native; the focus target input stays empty. */
const qSelect = (id: string, label: string, text: string, disabled = false) =>
  `<label class="q-field row no-wrap items-start q-field--outlined q-select q-field--auto-height q-select--without-input q-select--without-chips q-select--single q-field--float q-field--labeled${disabled ? ' q-field--disabled' : ''}" for="${id}"${disabled ? ' aria-disabled="true"' : ''}><div class="q-field__inner relative-position col self-stretch"><div class="q-field__control relative-position row no-wrap" tabindex="-1"><div class="q-field__control-container col relative-position row no-wrap q-anchor--skip"><div class="q-field__native row items-center"><span>${text}</span><input class="q-select__focus-target" id="${id}" readonly tabindex="-1" value="" aria-readonly="true" aria-autocomplete="none" aria-expanded="false" aria-controls="${id}_lb" role="combobox"${disabled ? ' disabled' : ''}></div><div class="q-field__label no-pointer-events absolute ellipsis">${label}</div></div><div class="q-field__append q-field__marginal row no-wrap items-center q-anchor--skip"><i class="q-icon notranslate material-icons q-select__dropdown-icon" aria-hidden="true" role="presentation">arrow_drop_down</i></div></div></div></label>`;
const qBtn = (text: string, cls = 'text-primary') =>
  `<button class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--rectangle ${cls} q-btn--actionable q-focusable q-hoverable" tabindex="0" type="button"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row"><span class="block">${text}</span></span></button>`;
const qDialog = (title: string, body: string, actions: string) =>
  `<div class="q-dialog fullscreen no-pointer-events q-dialog--modal" role="dialog" aria-modal="true"><div class="q-dialog__backdrop fixed-full" aria-hidden="true" tabindex="-1"></div><div class="q-dialog__inner flex no-pointer-events q-dialog__inner--minimized q-dialog__inner--standard fixed-full flex-center" tabindex="-1"><div class="q-card" style="min-width: 560px;"><div class="q-card__section q-card__section--vert"><div class="text-h6">${title}</div></div><div class="q-card__section q-card__section--vert q-pt-none">${body}</div><div class="q-card__actions justify-end q-card__actions--horiz row">${actions}</div></div></div></div>`;
const qCheck = (text: string, checked: boolean, kind: 'checkbox' | 'toggle' = 'checkbox') =>
  `<div class="q-${kind} cursor-pointer no-outline row inline no-wrap items-center" tabindex="0" role="${kind === 'toggle' ? 'switch' : 'checkbox'}" aria-checked="${checked}"><div class="q-${kind}__inner relative-position non-selectable q-${kind}__inner--${checked ? 'truthy' : 'falsy'}" aria-hidden="true">${kind === 'checkbox' ? '<div class="q-checkbox__bg absolute"><svg class="q-checkbox__svg fit absolute-full" viewBox="0 0 24 24" aria-hidden="true"><path class="q-checkbox__truthy" fill="none" d="M1.73,12.91 8.1,19.28 22.79,4.59"></path><path class="q-checkbox__indet" d="M4,14H20V10H4"></path></svg></div>' : '<div class="q-toggle__track"></div><div class="q-toggle__thumb absolute flex flex-center no-wrap"></div>'}</div><div class="q-${kind}__label q-anchor--skip">${text}</div></div>`;

/** Quasar toggles its model on a click anywhere on the component root. */
function wireQuasar(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('.q-checkbox, .q-toggle')))
    el.addEventListener('click', () => {
      const kind = el.classList.contains('q-toggle') ? 'toggle' : 'checkbox';
      const on = el.getAttribute('aria-checked') !== 'true';
      el.setAttribute('aria-checked', String(on));
      const inner = must(el.querySelector(`.q-${kind}__inner`));
      inner.classList.toggle(`q-${kind}__inner--truthy`, on);
      inner.classList.toggle(`q-${kind}__inner--falsy`, !on);
    });
}

describe('blind10: Quasar', () => {
  it('W12 fr q-dialog, q-input with floating label after the input, type in a disabled q-select (span), variables as q-select + q-input pairs: URL into "AlertOpsUrl", name proposed', async () => {
    const variable = (i: number, name: string, value: string) =>
      `<div class="row q-col-gutter-md"><div class="col-5">${qSelect(`f_m${i}`, 'Source de la valeur', MODE.fr[0])}</div><div class="col-7">${qInput(`f_v${i}`, name, value)}</div></div>`;
    mount(
      qDialog(
        'Ajouter intégration',
        `<form class="q-form q-gutter-md">
${qInput('f_name', 'Nom de l’intégration')}
${qSelect('f_type', 'Type d’intégration', 'AlertOps', true)}
<hr class="q-separator q-separator--horizontal" aria-orientation="horizontal">
<div class="text-subtitle2">Variables prédéfinies</div>
${variable(0, 'Priorité', 'P2')}${variable(1, 'AlertOpsUrl', '')}</form>`,
        `${qBtn('Envoyer une alerte de test')}${qBtn('Annuler')}${qBtn('Enregistrer', 'bg-primary text-white')}`,
      ),
    );
    const url = q('#f_v1');
    const name = q('#f_name');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#f_v0').value).toBe('P2');
    expect(q('#f_type').value, 'q-select focus target stays empty').toBe('');
  });

  it('W13 en q-tabs (q-tab--active, role=tab), only the active q-tab-panel rendered, q-toggle "Active", q-option-group of q-checkbox (role=checkbox, no native input): only "AlertOps – NOC" on level 3', () => {
    const names = ['E-mail', 'SMS', 'Phone', 'Ops pager', 'AlertOps – NOC', 'Status page webhook'];
    const tab = (text: string, active: boolean) =>
      `<div class="q-tab relative-position self-stretch flex flex-center text-center q-tab--${active ? 'active' : 'inactive'} q-tab--no-caps q-focusable q-hoverable cursor-pointer" tabindex="${active ? 0 : -1}" role="tab" aria-selected="${active}"><div class="q-focus-helper" tabindex="-1"></div><div class="q-tab__content self-stretch flex-center relative-position q-anchor--skip non-selectable column"><div class="q-tab__label">${text}</div></div><div class="q-tab__indicator absolute-bottom${active ? '' : ' text-transparent'}"></div></div>`;
    mount(`<div class="text-h5">Alert definition: Checkout</div>
<div class="q-tabs row no-wrap items-center q-tabs--not-scrollable q-tabs--horizontal q-tabs__arrows--inside text-primary" role="tablist"><div class="q-tabs__content scroll--mobile row no-wrap items-center self-stretch hide-scrollbar relative-position q-tabs__content--align-left">${tab('Main', false)}${tab('Escalation level 1', false)}${tab('Escalation level 2', false)}${tab('Escalation level 3', true)}</div></div>
<hr class="q-separator q-separator--horizontal" aria-orientation="horizontal">
<div class="q-tab-panels q-panel-parent"><div class="q-panel scroll" role="tabpanel"><div class="q-tab-panel">
${qCheck('Active', true, 'toggle')}
<div class="text-subtitle1 q-mt-md">Alerting by integrations</div>
<div class="q-option-group q-gutter-x-sm">${names.map((nm, i) => `<div>${qCheck(nm, i === 0)}</div>`).join('')}</div>
</div></div></div>${qBtn('Save', 'bg-primary text-white')}`);
    wireQuasar(document);
    const target = byText('.q-checkbox', 'AlertOps – NOC');
    const rows = Array.from(document.querySelectorAll('.q-checkbox, .q-toggle'));
    const level = levelNo(findEscalationLevels(document), 3);
    expect(level.active, '"Active" toggle is on').toBe(true);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps – NOC');
    expect(target.getAttribute('aria-checked'), 'announced checked').toBe('true');
    expect(
      must(target.querySelector('.q-checkbox__inner')).classList.contains('q-checkbox__inner--truthy'),
      'shown ticked',
    ).toBe(true);
  });

  it('W14 de q-select shows "Microsoft Teams" (WorkflowUrl row empty): not AlertOps, nothing filled or clicked', async () => {
    mount(
      qDialog(
        'Integration hinzufügen',
        `<form class="q-form q-gutter-md">
${qInput('f_name', 'Integrationsname')}
${qSelect('f_type', 'Integrationstyp', 'Microsoft Teams', true)}
<div class="text-subtitle2">Vordefinierte Variablen</div>
<div class="row q-col-gutter-md"><div class="col-5">${qSelect('f_m0', 'Wertquelle', MODE.de[0])}</div><div class="col-7">${qInput('f_v0', 'WorkflowUrl')}</div></div></form>`,
        `${qBtn('Testalarm senden')}${qBtn('Abbrechen')}${qBtn('Speichern', 'bg-primary text-white')}`,
      ),
    );
    await expectNotAlertOps('Microsoft Teams');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Mantine (v7, React)
// ---------------------------------------------------------------------------------------------------------------

const mText = (id: string, label: string, value = '', extra = '', required = false) =>
  `<div class="m_46b77525 mantine-InputWrapper-root mantine-TextInput-root"><label class="m_8fdc1311 mantine-InputWrapper-label mantine-TextInput-label" for="${id}" id="${id}-label">${label}${required ? '<span class="m_78a94662 mantine-InputWrapper-required mantine-TextInput-required" aria-hidden="true"> *</span>' : ''}</label><div class="m_6c018570 mantine-Input-wrapper mantine-TextInput-wrapper" data-variant="default"><input class="m_8fb7ebe7 mantine-Input-input mantine-TextInput-input" data-variant="default" id="${id}" aria-invalid="false" value="${value}"${extra}></div></div>`;
/** Mantine Select (not searchable): a read-only input holding the chosen label, and a hidden input with its value. */
const mSelect = (id: string, label: string, text: string, value: string, disabled = false, hideLabel = false) =>
  `<div class="m_46b77525 mantine-InputWrapper-root mantine-Select-root">${hideLabel ? '' : `<label class="m_8fdc1311 mantine-InputWrapper-label mantine-Select-label" for="${id}" id="${id}-label">${label}</label>`}<div class="m_6c018570 mantine-Input-wrapper mantine-Select-wrapper" data-variant="default" data-with-right-section="true"${disabled ? ' data-disabled="true"' : ''}><input class="m_8fb7ebe7 mantine-Input-input mantine-Select-input" data-variant="default" readonly aria-haspopup="listbox" autocomplete="off" id="${id}"${hideLabel ? ` aria-label="${label}"` : ''} aria-invalid="false" value="${text}"${disabled ? ' disabled data-disabled="true"' : ''}><div data-position="right" class="m_82577fc2 mantine-Input-section mantine-Select-section"><svg viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" style="width: 16px; height: 16px;"><path d="M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819Z" fill="currentColor"></path></svg></div></div><input type="hidden" value="${value}"></div>`;
const mButton = (text: string, variant = 'default', id = '') =>
  `<button class="mantine-focus-auto mantine-active m_77c9d27d mantine-Button-root m_87cf2631 mantine-UnstyledButton-root" data-variant="${variant}" type="button"${id ? ` id="${id}"` : ''}><span class="m_80f1301b mantine-Button-inner"><span class="m_811560b9 mantine-Button-label">${text}</span></span></button>`;
const mDots = (id: string, label: string) =>
  `<button class="mantine-focus-auto mantine-active m_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root" data-variant="default" type="button" id="${id}" aria-label="${label}"><span class="m_8d3afb97 mantine-ActionIcon-icon"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="tabler-icon tabler-icon-dots"><path d="M5 12m-1 0a1 1 0 1 0 2 0a1 1 0 1 0 -2 0"></path><path d="M12 12m-1 0a1 1 0 1 0 2 0a1 1 0 1 0 -2 0"></path><path d="M19 12m-1 0a1 1 0 1 0 2 0a1 1 0 1 0 -2 0"></path></svg></span></button>`;
const mModal = (id: string, title: string, body: string) =>
  `<div class="m_9df02822 mantine-Modal-root" data-portal="true"><div class="m_9814e45f mantine-Overlay-root mantine-Modal-overlay" style="--overlay-bg: rgba(0, 0, 0, 0.6);"></div><div class="m_60c222c7 mantine-Modal-inner"><section class="m_1b7284a3 mantine-Paper-root m_e9408a47 mantine-Modal-content" tabindex="-1" role="dialog" aria-modal="true" aria-describedby="${id}-body" aria-labelledby="${id}-title"><header class="m_b5489c3c mantine-Modal-header"><h2 class="m_615af6c9 mantine-Modal-title" id="${id}-title">${title}</h2><button class="mantine-focus-auto m_86a44da5 mantine-CloseButton-root m_87cf2631 mantine-UnstyledButton-root mantine-Modal-close" type="button"><svg viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" style="width: 16px; height: 16px;"><path d="M11.7816 4.03157Z" fill="currentColor"></path></svg></button></header><div class="m_5df29311 mantine-Modal-body" id="${id}-body">${body}</div></section></div></div>`;
const mCheck = (id: string, text: string, checked = false) =>
  `<div class="m_bf2d988c mantine-Checkbox-root"${checked ? ' data-checked="true"' : ''}><div class="m_dd3cd9de mantine-Checkbox-body"><div class="m_26062bec mantine-Checkbox-inner" data-label-position="right"><input class="mantine-focus-auto m_26063560 mantine-Checkbox-input" id="${id}" type="checkbox"${checked ? ' checked' : ''}><svg viewBox="0 0 10 7" fill="none" xmlns="http://www.w3.org/2000/svg" class="m_bf295423 mantine-Checkbox-icon" aria-hidden="true"><path d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z" fill="currentColor" fill-rule="evenodd" clip-rule="evenodd"></path></svg></div><div class="m_d3ea56bb mantine-Checkbox-labelWrapper" data-label-position="right"><label class="m_8ee546b8 mantine-Checkbox-label" data-label-position="right" for="${id}">${text}</label></div></div></div>`;
const mSwitch = (id: string, text: string, checked = false) =>
  `<div class="m_5f93f3bb mantine-Switch-root" data-label-position="right"><label class="m_5f6e695e mantine-Switch-body" for="${id}"><input type="checkbox" class="m_926b4011 mantine-Switch-input" id="${id}" role="switch"${checked ? ' checked' : ''}><div class="m_9307d992 mantine-Switch-track" aria-hidden="true" data-label-position="right"><div class="m_93039a1d mantine-Switch-thumb"></div><div class="m_8277e082 mantine-Switch-trackLabel"></div></div><div class="m_d3ea56bb mantine-Switch-labelWrapper" data-label-position="right"><span class="m_8ee546b8 mantine-Switch-label">${text}</span></div></label></div>`;
/** Mantine Collapse keeps its children mounted; closed, it is display:none and aria-hidden. */
const mCollapse = (id: string, open: boolean, inner: string) =>
  `<div id="${id}" style="box-sizing: border-box;${open ? '' : ' display: none; height: 0px; overflow: hidden;'}"${open ? '' : ' aria-hidden="true"'}><div style="padding-left: 32px;">${inner}</div></div>`;

describe('blind10: Mantine', () => {
  it('W15 nl Mantine Modal, Select type (read-only input "AlertOps"), rows with an ActionIcon (tabler dots); value Modal with SegmentedControl "Platte tekst", Textarea "Waarde", "Selecteren"', async () => {
    const row = (i: number, name: string, shown: string) =>
      `<div class="m_4081bf90 mantine-Group-root" style="--group-gap: var(--mantine-spacing-sm); --group-align: flex-end; --group-wrap: nowrap;"><p class="mantine-focus-auto m_b6d8b162 mantine-Text-root" data-size="sm" style="width: 140px;">${name}</p>${mSelect(`mode-${i}`, 'Waardebron', MODE.nl[0], 'here', false, true)}${mText(`val-${i}`, 'Waarde', shown, ' readonly')}${mDots(`dots-${i}`, 'Waarde bewerken')}</div>`;
    mount(
      mModal(
        'mantine-r1',
        'Integratie toevoegen',
        `<div class="m_6d731127 mantine-Stack-root" style="--stack-gap: var(--mantine-spacing-md);">
${mText('mantine-r2', 'Integratienaam', '', ' required', true)}
${mSelect('mantine-r3', 'Integratietype', 'AlertOps', 'alertops', true)}
<div class="m_3eebeb36 mantine-Divider-root" data-with-label="true" data-orientation="horizontal" role="separator"><span class="m_9e365f20 mantine-Divider-label" data-position="left">Voorgedefinieerde variabelen</span></div>
${row(0, 'Bron', 'Uptrends')}${row(1, 'AlertOpsUrl', '')}
<div class="mantine-Group-root" style="--group-justify: flex-end;">${mButton('Testalert versturen')}${mButton('Annuleren')}${mButton('Opslaan', 'filled')}</div></div>`,
      ),
    );
    const t = DLG.nl;
    const seg = (value: string, text: string, on: boolean) =>
      `<div class="m_3562b8b5 mantine-SegmentedControl-control"${on ? ' data-active="true"' : ''}><input class="m_92f5f4ff mantine-SegmentedControl-input" type="radio" name="mantine-r9" value="${value}" id="mantine-r9-${value}"${on ? ' checked' : ''}><label class="m_5d8cf5c2 mantine-SegmentedControl-label"${on ? ' data-active="true"' : ''} for="mantine-r9-${value}"><span class="m_2e2b9e64 mantine-SegmentedControl-innerLabel">${text}</span></label></div>`;
    const spec: DialogSpec = {
      html: mModal(
        'mantine-r8',
        t.title,
        `<div class="mantine-Stack-root"><div class="m_cf365364 mantine-SegmentedControl-root" role="radiogroup"><span class="m_9e182ccd mantine-SegmentedControl-indicator"></span>${seg('plain', t.plain, false)}${seg('vault', t.vault, true)}</div>
<div class="m_46b77525 mantine-InputWrapper-root mantine-Textarea-root"><label class="m_8fdc1311 mantine-InputWrapper-label mantine-Textarea-label" for="mantine-r10" id="mantine-r10-label">${t.value}</label><div class="m_6c018570 mantine-Input-wrapper mantine-Textarea-wrapper" data-variant="default"><textarea class="m_8fb7ebe7 mantine-Input-input mantine-Textarea-input" data-variant="default" id="mantine-r10" aria-invalid="false"></textarea></div></div>
<div class="mantine-Group-root">${mButton(t.cancel)}${mButton(t.select, 'filled', 'sel')}</div></div>`,
      ),
      wire: (d) =>
        wireRadioClasses(d, 'input.mantine-SegmentedControl-input', (input, on) => {
          for (const el of [input.parentElement, input.nextElementSibling])
            if (on) el?.setAttribute('data-active', 'true');
            else el?.removeAttribute('data-active');
        }),
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('input[value="plain"]')).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('textarea')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const other = wireDialog(q('#dots-0'), q('#val-0'), spec);
    const state = wireDialog(q('#dots-1'), q('#val-1'), spec);
    const name = q('#mantine-r2');
    const outcome = await fillExpect('dialog', [name, q('#val-1')]);
    expectDialogStored(state);
    expect(other.opened, 'the Bron row dialog is not opened').toBe(0);
    expect(q('#val-1').value).toBe(URL);
    expect(q('#val-0').value).toBe('Uptrends');
    expectNameProposed(outcome, name);
    expect(q('#mantine-r3').value).toBe('AlertOps');
  });

  it('W16 fr Mantine Tabs (data-active, inactive panels display:none), Switch "Actif", Checkbox.Group; AlertOps options in a Collapse: ticked, its per-level "AlertOpsUrl" field is the one found', () => {
    const names = ['E-mail', 'SMS', 'Téléphone', 'Webhook perso', 'AlertOps astreinte'];
    const options = (n: number, key: string, varName: string) =>
      `${mSwitch(`l${n}-${key}-ok`, 'Envoyer les alertes OK', true)}${mSwitch(`l${n}-${key}-rem`, 'Envoyer des rappels')}${mText(`l${n}-${key}-var`, varName, '', ' placeholder="Valeur"')}`;
    const panel = (n: number, shown: boolean) =>
      `<div class="m_b0c91715 mantine-Tabs-panel" role="tabpanel" id="mantine-t-panel-${n}" aria-labelledby="mantine-t-tab-${n}"${shown ? '' : ' style="display: none;"'}><div class="mantine-Stack-root">
${mSwitch(`l${n}-active`, 'Actif', true)}
<div class="m_46b77525 mantine-InputWrapper-root mantine-CheckboxGroup-root" role="group" aria-labelledby="l${n}-group-label"><div class="m_8fdc1311 mantine-InputWrapper-label mantine-CheckboxGroup-label" id="l${n}-group-label">Alertes par intégrations</div><div class="mantine-Stack-root">
${mCheck(`l${n}-i0`, names[0] as string, true)}${mCheck(`l${n}-i1`, names[1] as string)}${mCheck(`l${n}-i2`, names[2] as string)}
${mCheck(`l${n}-i3`, names[3] as string, true)}${mCollapse(`l${n}-c3`, true, options(n, 'hook', 'ApiUrl'))}
${mCheck(`l${n}-i4`, names[4] as string)}${mCollapse(`l${n}-c4`, false, options(n, 'ao', 'AlertOpsUrl'))}
</div></div></div></div>`;
    const tab = (n: number, text: string, active: boolean) =>
      `<button class="mantine-focus-auto m_539e827b m_4ec4dce6 mantine-Tabs-tab m_87cf2631 mantine-UnstyledButton-root" data-variant="default" data-orientation="horizontal"${active ? ' data-active="true"' : ''} type="button" role="tab" id="mantine-t-tab-${n}" aria-selected="${active}" tabindex="${active ? 0 : -1}" aria-controls="mantine-t-panel-${n}"><span class="m_42bbd1ae mantine-Tabs-tabLabel">${text}</span></button>`;
    mount(`<h2 class="m_8a5d1357 mantine-Title-root" data-order="2">Définitions d’alerte : Production</h2>
<div class="m_89d60db1 mantine-Tabs-root" data-variant="default" data-orientation="horizontal"><div class="m_89d33d6d mantine-Tabs-list" role="tablist" aria-orientation="horizontal" data-variant="default" data-orientation="horizontal">${tab(0, 'Général', false)}${tab(1, 'Niveau d’escalade 1', true)}${tab(2, 'Niveau d’escalade 2', false)}</div>
<div class="m_b0c91715 mantine-Tabs-panel" role="tabpanel" id="mantine-t-panel-0" aria-labelledby="mantine-t-tab-0" style="display: none;">${mText('def-name', 'Nom', 'Production')}</div>
${panel(1, true)}${panel(2, false)}</div>${mButton('Enregistrer', 'filled')}`);
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input.mantine-Checkbox-input')))
      input.addEventListener('change', () => {
        const root = must(input.closest('.mantine-Checkbox-root'));
        if (input.checked) root.setAttribute('data-checked', 'true');
        else root.removeAttribute('data-checked');
        const collapse = document.getElementById(input.id.replace(/-i(\d)$/, '-c$1'));
        if (collapse) {
          collapse.style.display = input.checked ? '' : 'none';
          collapse.style.height = input.checked ? '' : '0px';
          collapse.toggleAttribute('aria-hidden', !input.checked);
        }
      });
    const target = must(q('#l1-i4').closest('.mantine-Checkbox-root'));
    const rows = Array.from(document.querySelectorAll('.mantine-Checkbox-root, .mantine-Switch-root'));
    const level = levelNo(findEscalationLevels(document), 1);
    expect(level.active, '"Actif" switch is on').toBe(true);
    expect(
      level.integrations.map((i) => i.name),
      'the option switches are not integrations',
    ).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps astreinte');
    expect(q('#l1-i4').checked, 'native input checked').toBe(true);
    expect(target.getAttribute('data-checked'), 'shown ticked').toBe('true');
    expect(q('#l2-i4').checked, 'level 2 left alone').toBe(false);
    const after = levelNo(findEscalationLevels(document), 1);
    const choice = chooseAlertOpsBox(after, []);
    expect(choice.kind).toBe('one');
    if (choice.kind !== 'one') return;
    expect(levelUrlField(after, choice.item), 'the AlertOps per-level field').toBe(q('#l1-ao-var'));
    const hook = must(after.integrations.find((i) => i.name === 'Webhook perso'));
    expect(levelUrlField(after, hook)).not.toBe(q('#l1-ao-var'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Bulma
// ---------------------------------------------------------------------------------------------------------------

describe('blind10: Bulma', () => {
  it('W17 de modal-card (no role=dialog), field/label/control without for=, div.select type, variables as "field has-addons" with the name in a static button: URL into "AlertOpsUrl"', async () => {
    const modeSelect = (i: number) =>
      `<div class="select"><select id="mode-${i}">${MODE.de.map((m) => `<option>${m}</option>`).join('')}</select></div>`;
    const variable = (i: number, name: string, value: string) =>
      `<div class="field has-addons"><p class="control"><a class="button is-static">${name}</a></p><p class="control is-expanded"><input class="input" type="text" id="var-${i}" value="${value}" placeholder="Wert"></p><div class="control">${modeSelect(i)}</div></div>`;
    mount(`<div class="modal is-active"><div class="modal-background"></div><div class="modal-card">
<header class="modal-card-head"><p class="modal-card-title">Integration hinzufügen</p><button class="delete" aria-label="close"></button></header>
<section class="modal-card-body">
<div class="field"><label class="label">Integrationsname</label><div class="control"><input class="input" type="text" id="name" placeholder="z. B. AlertOps Bereitschaft"></div></div>
<div class="field"><label class="label">Integrationstyp</label><div class="control"><div class="select is-fullwidth"><select id="type" disabled><option>Slack</option><option>AlertOps</option><option>Microsoft Teams</option></select></div></div></div>
<p class="title is-6 mt-5">Vordefinierte Variablen</p>
${variable(0, 'Quelle', 'Uptrends')}${variable(1, 'AlertOpsUrl', '')}${variable(2, 'Priorität', 'P2')}
</section>
<footer class="modal-card-foot"><div class="buttons"><button class="button">Testalarm senden</button><button class="button is-success">Speichern</button><button class="button">Abbrechen</button></div></footer>
</div></div>`);
    q<HTMLSelectElement>('#type').selectedIndex = 1;
    const url = q('#var-1');
    const name = q('#name');
    const events = listen(url);
    const outcome = await fillExpect('plain', [url, name]);
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expectNameProposed(outcome, name);
    expect(q('#var-0').value).toBe('Uptrends');
    expect(q('#var-2').value).toBe('P2');
  });

  it('W18 en Bulma tabs (li.is-active, no ARIA), panes hidden with is-hidden, label.checkbox rows: level 2 shown and inactive, only its "AlertOps – NOC" ticked', () => {
    addStyle('.is-hidden{display:none!important}');
    const names = ['E-mail', 'SMS', 'Phone', 'Ops pager', 'AlertOps – NOC'];
    const pane = (n: number, on: boolean, shown: boolean) =>
      `<div class="level-pane box${shown ? '' : ' is-hidden'}" data-level="${n}">
<div class="field"><label class="checkbox"><input type="checkbox" id="l${n}-active"${on ? ' checked' : ''}> Active</label></div>
<h2 class="subtitle is-5">Alerting by integrations</h2>
${names.map((nm, i) => `<div class="field"><label class="checkbox"><input type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}> ${nm}</label></div>`).join('')}</div>`;
    mount(`<section class="section"><h1 class="title">Alert definition: Checkout</h1>
<div class="tabs is-boxed"><ul><li><a>Main</a></li><li><a>Escalation level 1</a></li><li class="is-active"><a>Escalation level 2</a></li><li><a>Escalation level 3</a></li></ul></div>
<div class="level-pane box is-hidden"><div class="field"><label class="label">Name</label><div class="control"><input class="input" type="text" value="Checkout"></div></div></div>
${pane(1, true, false)}${pane(2, false, true)}${pane(3, false, false)}
<button class="button is-primary">Save</button></section>`);
    const target = q('#l2-i4');
    const rows = Array.from(document.querySelectorAll('input[type="checkbox"]'));
    const level = levelNo(findEscalationLevels(document), 2);
    expect(level.active, '"Active" is unticked on level 2').toBe(false);
    expect(level.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(level, rows, target, 'AlertOps – NOC');
    expect(target.checked).toBe(true);
    expect(q('#l1-i4').checked, 'level 1 left alone').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Foundation 6
// ---------------------------------------------------------------------------------------------------------------

describe('blind10: Foundation', () => {
  it('W19 fr Reveal modal, label-wrapped fields, input-group with the name in input-group-label and a "…" input-group-button; value Reveal with radios "Texte brut", "Valeur", "Sélectionner"', async () => {
    const variable = (i: number, name: string, shown: string) =>
      `<div class="grid-x grid-padding-x"><div class="cell medium-5"><select id="mode-${i}" aria-label="Source de la valeur">${MODE.fr.map((m) => `<option>${m}</option>`).join('')}</select></div><div class="cell medium-7"><div class="input-group"><span class="input-group-label">${name}</span><input class="input-group-field" type="text" id="val-${i}" readonly value="${shown}"><div class="input-group-button"><button type="button" class="button secondary" id="dots-${i}">…</button></div></div></div></div>`;
    mount(`<div class="reveal-overlay" style="display: block;"><div class="reveal large" id="integrationModal" data-reveal role="dialog" aria-hidden="false" data-yeti-box="integrationModal" data-resize="integrationModal" tabindex="-1" style="display: block; top: 40px;">
<h1 class="h3">Ajouter intégration</h1>
<form><div class="grid-container"><div class="grid-x grid-padding-x">
<div class="cell medium-6"><label>Nom de l’intégration <input type="text" id="name" placeholder="Nom"></label></div>
<div class="cell medium-6"><label>Type d’intégration <select id="type" disabled><option>Slack</option><option>AlertOps</option></select></label></div></div>
<h2 class="h5">Variables prédéfinies</h2>
${variable(0, 'AlertOpsUrl', '')}${variable(1, 'Source', 'Uptrends')}
<div class="button-group align-right"><button type="button" class="button hollow">Envoyer une alerte de test</button><button type="button" class="button secondary" data-close>Annuler</button><button type="button" class="button">Enregistrer</button></div>
</div></form>
<button class="close-button" data-close aria-label="Fermer" type="button"><span aria-hidden="true">&times;</span></button></div></div>`);
    q<HTMLSelectElement>('#type').selectedIndex = 1;
    const t = DLG.fr;
    const spec: DialogSpec = {
      html: `<div class="reveal-overlay" style="display: block;"><div class="reveal small" id="valueModal" data-reveal role="dialog" aria-hidden="false" data-multiple-opened="true" tabindex="-1" style="display: block;">
<h2 class="h4">${t.title}</h2>
<fieldset class="fieldset"><legend>Type de valeur</legend><input type="radio" name="kind" value="plain" id="kind-plain"><label for="kind-plain">${t.plain}</label><input type="radio" name="kind" value="vault" id="kind-vault" checked><label for="kind-vault">${t.vault}</label></fieldset>
<label>${t.value} <textarea rows="3" id="value"></textarea></label>
<div class="button-group"><button type="button" class="button secondary" data-close>${t.cancel}</button><button type="button" class="button" id="sel">${t.select}</button></div>
<button class="close-button" data-close aria-label="Fermer" type="button"><span aria-hidden="true">&times;</span></button></div></div>`,
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('#kind-plain')).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('#value')),
      selectButton: (d) => must(d.querySelector('#sel')),
    };
    const state = wireDialog(q('#dots-0'), q('#val-0'), spec);
    const other = wireDialog(q('#dots-1'), q('#val-1'), spec);
    const name = q('#name');
    const outcome = await fillExpect('dialog', [name, q('#val-0')]);
    expectDialogStored(state);
    expect(other.opened, 'the Source row dialog is not opened').toBe(0);
    expect(q('#val-0').value).toBe(URL);
    expect(q('#val-1').value).toBe('Uptrends');
    expectNameProposed(outcome, name);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// UIkit 3
// ---------------------------------------------------------------------------------------------------------------

describe('blind10: UIkit', () => {
  it('W20 nl uk-tab + uk-switcher (uk-active), uk-form-horizontal: "Actief" is a uk-form-label beside a checkbox labelled "Ja"; level 2 inactive, only its "AlertOps Piket" ticked', () => {
    addStyle('.uk-switcher>:not(.uk-active){display:none}');
    const names = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket'];
    const level = (n: number, on: boolean, active: boolean) =>
      `<li${active ? ' class="uk-active"' : ''} id="uk-switcher-${n}" role="tabpanel" aria-labelledby="uk-tab-${n}"><form class="uk-form-horizontal">
<div class="uk-margin"><div class="uk-form-label">Actief</div><div class="uk-form-controls uk-form-controls-text"><label><input class="uk-checkbox" type="checkbox" id="l${n}-active"${on ? ' checked' : ''}> Ja</label></div></div>
<div class="uk-margin"><label class="uk-form-label" for="l${n}-after">Escaleren na (minuten)</label><div class="uk-form-controls"><input class="uk-input" id="l${n}-after" type="number" value="${n * 15}"></div></div>
<div class="uk-margin"><div class="uk-form-label">Alerts versturen door integraties</div><div class="uk-form-controls uk-form-controls-text">${names.map((nm, i) => `<label><input class="uk-checkbox" type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}> ${nm}</label><br>`).join('')}</div></div></form></li>`;
    const tab = (n: number, text: string, active: boolean) =>
      `<li${active ? ' class="uk-active"' : ''} role="presentation"><a href="" role="tab" id="uk-tab-${n}" aria-controls="uk-switcher-${n}" aria-selected="${active}" tabindex="${active ? 0 : -1}">${text}</a></li>`;
    mount(`<div class="uk-container"><h2 class="uk-heading-small">Alertdefinitie: Webshop</h2>
<ul class="uk-tab" uk-tab="connect: #levels" role="tablist">${tab(1, 'Escalatieniveau 1', false)}${tab(2, 'Escalatieniveau 2', true)}${tab(3, 'Escalatieniveau 3', false)}</ul>
<ul id="levels" class="uk-switcher uk-margin" role="presentation">${level(1, true, false)}${level(2, false, true)}${level(3, false, false)}</ul>
<button class="uk-button uk-button-primary" type="button">Opslaan</button></div>`);
    const target = q('#l2-i4');
    const rows = Array.from(document.querySelectorAll('input[type="checkbox"]'));
    const lvl = levelNo(findEscalationLevels(document), 2);
    expect(lvl.active, '"Actief: Ja" is unticked on level 2').toBe(false);
    expect(lvl.integrations.map((i) => i.name)).toEqual(names);
    tickAlertOps(lvl, rows, target, 'AlertOps Piket');
    expect(target.checked).toBe(true);
    expect(q('#l1-i4').checked, 'level 1 left alone').toBe(false);
  });

  it('W21 en uk-modal, uk-form-stacked (uk-form-label for=), AlertOpsUrl holds another AlertOps URL → conflict, nothing changes; replace() puts the new URL in and keeps the user’s name', async () => {
    const variable = (i: number, name: string, value: string) =>
      `<div class="uk-width-1-2@s"><label class="uk-form-label" for="var-${i}">${name}</label><div class="uk-form-controls"><input class="uk-input" id="var-${i}" type="text" value="${value}"></div></div><div class="uk-width-1-2@s"><label class="uk-form-label" for="mode-${i}">Value source</label><div class="uk-form-controls"><select class="uk-select" id="mode-${i}">${MODE.en.map((m) => `<option>${m}</option>`).join('')}</select></div></div>`;
    mount(`<div id="integration-modal" class="uk-modal uk-open" uk-modal role="dialog" aria-modal="true" tabindex="-1" style="display: block;"><div class="uk-modal-dialog">
<button class="uk-modal-close-default uk-icon uk-close" type="button" uk-close aria-label="Close"><svg width="14" height="14" viewBox="0 0 14 14"><line fill="none" stroke="#000" stroke-width="1.1" x1="1" y1="1" x2="13" y2="13"></line><line fill="none" stroke="#000" stroke-width="1.1" x1="13" y1="1" x2="1" y2="13"></line></svg></button>
<div class="uk-modal-header"><h2 class="uk-modal-title">Edit integration</h2></div>
<div class="uk-modal-body"><form class="uk-form-stacked">
<div class="uk-margin"><label class="uk-form-label" for="name">Integration name</label><div class="uk-form-controls"><input class="uk-input" id="name" type="text" value="AlertOps – NOC"></div></div>
<div class="uk-margin"><label class="uk-form-label" for="type">Integration type</label><div class="uk-form-controls"><select class="uk-select" id="type" disabled><option>AlertOps</option></select></div></div>
<h4 class="uk-heading-line"><span>Predefined variables</span></h4>
<div class="uk-grid-small" uk-grid>${variable(0, 'AlertOpsUrl', OTHER_URL)}${variable(1, 'Source', 'Uptrends')}</div>
</form></div>
<div class="uk-modal-footer uk-text-right"><button class="uk-button uk-button-default" type="button">Send test alert</button> <button class="uk-button uk-button-default uk-modal-close" type="button">Cancel</button> <button class="uk-button uk-button-primary" type="button">Save</button></div>
</div></div>`);
    const url = q('#var-0');
    const events = listen(url);
    const before = snapshot();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    expect(outcome.kind).toBe('conflict');
    expectUnchanged(before);
    expect(events.input + events.change, 'nothing typed before the user agrees').toBe(0);
    if (outcome.kind !== 'conflict') return;
    expect(outcome.uptrendsName).toBe('AlertOps – NOC');
    const replaced = await outcome.replace();
    expect(replaced.kind).toBe('filled');
    expect(url.value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expect(q('#name').value, 'the user’s name stays').toBe('AlertOps – NOC');
    expect(q('#var-1').value).toBe('Uptrends');
    expectUnchanged(before, [url]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Legacy jQuery UI
// ---------------------------------------------------------------------------------------------------------------

/** jQuery UI selectmenu: the original <select> hidden, the chosen text in span.ui-selectmenu-text. */
const uiSelectmenu = (id: string, options: string[], index: number, disabled = false) =>
  `<select name="${id}" id="${id}" style="display: none;"${disabled ? ' disabled' : ''}>${options.map((o) => `<option>${o}</option>`).join('')}</select><span tabindex="${disabled ? -1 : 0}" id="${id}-button" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-owns="${id}-menu" aria-haspopup="true" class="ui-selectmenu-button ui-button ui-widget ui-selectmenu-button-closed ui-corner-all${disabled ? ' ui-state-disabled ui-button-disabled' : ''}" aria-disabled="${disabled}"><span class="ui-selectmenu-icon ui-icon ui-icon-triangle-1-s"></span><span class="ui-selectmenu-text">${options[index]}</span></span>`;
const uiDialog = (id: string, title: string, content: string, buttons: string[]) =>
  `<div tabindex="-1" role="dialog" class="ui-dialog ui-corner-all ui-widget ui-widget-content ui-front ui-dialog-buttons ui-draggable ui-resizable" aria-describedby="${id}" aria-labelledby="ui-id-${id}" style="position: absolute; height: auto; width: 720px; top: 60px; left: 240px;"><div class="ui-dialog-titlebar ui-corner-all ui-widget-header ui-helper-clearfix ui-draggable-handle"><span id="ui-id-${id}" class="ui-dialog-title">${title}</span><button type="button" class="ui-button ui-corner-all ui-widget ui-button-icon-only ui-dialog-titlebar-close" title="Schließen"><span class="ui-button-icon ui-icon ui-icon-closethick"></span><span class="ui-button-icon-space"> </span>Schließen</button></div><div id="${id}" class="ui-dialog-content ui-widget-content" style="width: auto; min-height: 0px; max-height: none; height: auto;">${content}</div><div class="ui-dialog-buttonpane ui-widget-content ui-helper-clearfix"><div class="ui-dialog-buttonset">${buttons.map((b, i) => `<button type="button" class="ui-button ui-corner-all ui-widget" data-i="${i}">${b}</button>`).join('')}</div></div><div class="ui-resizable-handle ui-resizable-se ui-icon ui-icon-gripsmall-diagonal-se" style="z-index: 90;"></div></div><div class="ui-widget-overlay ui-front" style="z-index: 100;"></div>`;

describe('blind10: jQuery UI', () => {
  it('W22 de ui-dialog (role=dialog) holding ui-tabs ("Allgemein" ui-tabs-active, "Anpassungen" hidden), selectmenu type, "⋯" ui-button per row; value ui-dialog with checkboxradio "Klartext", "Wert", "Auswählen"', async () => {
    const row = (i: number, name: string, shown: string) =>
      `<tr><td>${name}</td><td>${uiSelectmenu(`mode-${i}`, MODE.de, 0)}</td><td><span class="value-display" id="shown-${i}">${shown}</span></td><td><button type="button" id="dots-${i}" class="ui-button ui-corner-all ui-widget" title="Wert bearbeiten">⋯</button></td></tr>`;
    const tab = (id: string, text: string, active: boolean, n: number) =>
      `<li role="tab" tabindex="${active ? 0 : -1}" class="ui-tabs-tab ui-corner-top ui-state-default ui-tab${active ? ' ui-tabs-active ui-state-active' : ''}" aria-controls="${id}" aria-labelledby="ui-id-t${n}" aria-selected="${active}" aria-expanded="${active}"><a href="#${id}" tabindex="-1" class="ui-tabs-anchor" id="ui-id-t${n}">${text}</a></li>`;
    mount(
      uiDialog(
        'integrationDialog',
        'Integration hinzufügen',
        `<div id="tabs" class="ui-tabs ui-corner-all ui-widget ui-widget-content"><ul role="tablist" class="ui-tabs-nav ui-corner-all ui-helper-reset ui-helper-clearfix ui-widget-header">${tab('tab-main', 'Allgemein', true, 1)}${tab('tab-custom', 'Anpassungen', false, 2)}</ul>
<div id="tab-main" aria-labelledby="ui-id-t1" role="tabpanel" class="ui-tabs-panel ui-corner-bottom ui-widget-content" aria-hidden="false">
<p><label for="name">Integrationsname</label><br><input type="text" id="name" class="text ui-widget-content ui-corner-all"></p>
<p><label for="type">Integrationstyp</label><br>${uiSelectmenu('type', ['Slack', 'AlertOps', 'Microsoft Teams'], 1, true)}</p>
<h3>Vordefinierte Variablen</h3>
<table class="ui-widget vars"><thead class="ui-widget-header"><tr><th>Variable</th><th>Wertquelle</th><th>Wert</th><th></th></tr></thead><tbody class="ui-widget-content">${row(0, 'Quelle', 'Uptrends')}${row(1, 'AlertOpsUrl', '')}</tbody></table></div>
<div id="tab-custom" aria-labelledby="ui-id-t2" role="tabpanel" class="ui-tabs-panel ui-corner-bottom ui-widget-content" aria-hidden="true" style="display: none;"><p><label for="body">Nachrichtentext</label><br><textarea id="body" rows="4"></textarea></p><p><label for="extra-url">Zusätzliche URL</label><br><input type="text" id="extra-url" value=""></p></div></div>`,
        ['Testalarm senden', 'Speichern', 'Abbrechen'],
      ),
    );
    q<HTMLSelectElement>('#type').selectedIndex = 1;
    const t = DLG.de;
    const radio = (value: string, text: string, checked: boolean) =>
      `<label for="src-${value}" class="ui-checkboxradio-label ui-corner-all ui-button ui-widget ui-checkboxradio-radio-label${checked ? ' ui-checkboxradio-checked ui-state-active' : ''}"><span class="ui-checkboxradio-icon ui-corner-all ui-icon ui-icon-background${checked ? ' ui-icon-bullet' : ' ui-icon-blank'}"></span><span class="ui-checkboxradio-icon-space"> </span>${text}</label><input type="radio" name="src" id="src-${value}" value="${value}" class="ui-checkboxradio ui-helper-hidden-accessible"${checked ? ' checked' : ''}>`;
    const spec: DialogSpec = {
      html: `<div class="value-dialog-holder">${uiDialog(
        'valueDialog',
        t.title,
        `<fieldset><legend>Art des Werts</legend>${radio('plain', t.plain, false)}${radio('vault', t.vault, true)}</fieldset><p><label for="value">${t.value}</label><br><textarea id="value" rows="3" class="text ui-widget-content ui-corner-all"></textarea></p>`,
        [t.select, t.cancel],
      )}</div>`,
      wire: (d) =>
        wireRadioClasses(d, 'input.ui-checkboxradio', (input, on) => {
          const label = must(d.querySelector(`label[for="${input.id}"]`));
          label.classList.toggle('ui-checkboxradio-checked', on);
          label.classList.toggle('ui-state-active', on);
        }),
      plainChosen: (d) => must(d.querySelector<HTMLInputElement>('#src-plain')).checked,
      valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('#value')),
      selectButton: (d) => byText('button', t.select, d),
    };
    const other = wireDialog(q('#dots-0'), q('#shown-0'), spec);
    const state = wireDialog(q('#dots-1'), q('#shown-1'), spec);
    const name = q('#name');
    const outcome = await fillExpect('dialog', [name]);
    expectDialogStored(state);
    expect(other.opened, 'the Quelle row dialog is not opened').toBe(0);
    expect(q('#shown-1').textContent).toBe(URL);
    expect(q('#shown-0').textContent).toBe('Uptrends');
    expectNameProposed(outcome, name);
    expect(q('#extra-url').value, 'hidden "Anpassungen" tab untouched').toBe('');
    expect(q<HTMLTextAreaElement>('#body').value).toBe('');
    expect(document.querySelectorAll('.value-dialog-holder').length, 'value dialog closed by Auswählen').toBe(0);
  });
});
