/**
 * Blind round 11 for AlertOps capture ("other markup and frameworks"): the saved integration drawn as design systems
 * not tried in earlier rounds would draw it (Ant Design, Chakra, Carbon, Fluent v9, PrimeReact/PrimeNG, Element Plus,
 * DevExtreme, Salesforce Lightning, Vuetify 3, Quasar, Mantine, Bootstrap 5, Headless UI, Semantic UI, Clarity,
 * Shoelace), written from domain.md and the frameworks' public markup only, without reading the capture source.
 * Each rendering uses its own fresh keys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';

const K = {
  antDesc: 'cbd87fc7-0ce2-4c6b-b469-2f7f88e4564c',
  antModal: 'fc11b489-520c-4fbd-8d44-3fbf2b511972',
  chakra: '73669859-8d59-4fbc-a32e-257ee6db887a',
  carbon: '5d19265d-d922-43c0-987c-2c3c4891a884',
  fluent: 'ecda7801-9299-4ded-88e5-e5856c28d615',
  prime: '371984d0-a114-4c43-9c8d-12cb55c55562',
  png1: '40a8f818-88db-4228-87a1-a3fa2fd0435b',
  png2: 'a64a9197-b82c-4233-8c6e-b2741c9e1442',
  png3: 'b0014704056545fdad50ec7d1cafac4a',
  element: '8cb30df6-7bf3-49f0-b4ac-0ddac34f2c36',
  dxForm: 'f9fc63e1-d725-4297-a103-6e01da1969f1',
  dxGrid1: 'f40b84b7-bace-4b89-88e7-c018f0c8a14a',
  dxGrid2: '6be960fb-4374-4ac2-b5a9-0e5a5ff8bdca',
  slds: '2a93bcd8-509d-4ea2-b9a9-fa5ff43960ea',
  vuetify: '368cc9c5-8491-4f35-be8e-1b92f3679455',
  quasar: 'a562f9d8-d7f5-4d2e-bb27-62fdd78e15fa',
  mantine: '649245fb-bc9f-460c-85e6-1fc2b7c1d6ae',
  bootstrap: 'bbc287c1-e00f-40fd-989d-b40df5bc3e89',
  headless: 'a7b2cb2e-0960-4a3c-a365-29ab10347964',
  semantic: 'c6db62f338d94f8aa7b0cb26c1fd37c4',
  clr1: 'bcc6ff43-ec43-4773-8189-a035bb2f6f8b',
  clr2: 'e805c833-6302-4863-8620-3a09974dfe13',
  shoelace: '3dcb4579-1382-4df0-af72-8974414c9700',
  antPopReal: '5ed1f22c-297d-47bd-9d58-0bfa8933152f',
  antPopSample: 'f37b4b03-33db-4b70-aaa1-af443b4fd318',
  fluentSample: '0c419e78-f4a1-4fd4-80be-7efa1a1b7b91',
  outbound: 'b78f4e6f-9b6a-4f7d-aedd-426c3531ee4b',
  curl: '28d92cf8-3f17-47bf-81da-4757434d1e12',
  masked: '93c4066e-c4e8-46ce-a5aa-9f47bc0fc32b',
  clrReal: '46232f92-7fbc-4957-bb88-cbb009b5f9e1',
  clrSample: '03be95aa-a8d7-40eb-a8b0-e5edce1d9d38',
  password: 'b14fd4c7-b78d-4b38-a0fe-64f1d6d50f64',
} as const;

/** An id some frameworks generate for a field (Quasar: `f_` + a UUID); not a key. */
const QUASAR_FIELD_ID = 'f_72050126-6a09-4d49-bf7e-d4979c4e6657';

const cur = (key: string, name = 'Uptrends') => `https://notify.alertops.com/POSTAlert/${key}/${name}`;
const leg = (key: string, source = 'Uptrends') =>
  `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/${source}`;

function render(html: string): void {
  document.body.innerHTML = html;
}
const found = () => findSavedIntegrations(document);
const urls = () => found().map((f) => f.url);
const byUrl = (u: string) => found().find((f) => f.url === u);
function el<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const e = root.querySelector<T>(selector);
  if (!e) throw new Error(`fixture lacks ${selector}`);
  return e;
}
function setValue(selector: string, v: string, root: ParentNode = document): void {
  el<HTMLInputElement>(selector, root).value = v;
}

const ANT_COPY_ICON =
  '<span role="img" aria-label="copy" class="anticon anticon-copy"><svg viewBox="64 64 896 896" focusable="false" data-icon="copy" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M832 64H296"></path></svg></span>';
const SVG =
  '<svg focusable="false" aria-hidden="true" width="16" height="16" viewBox="0 0 32 32"><path d="M28 10v18H10V10h18"></path></svg>';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('blind11: the saved integration, one per page', () => {
  it('R01 Ant Design bordered Descriptions (two label/content pairs per <tr>, th labels), Typography copyable with a div role=button copy', () => {
    render(`
      <div class="ant-layout"><main class="ant-layout-content">
        <div class="ant-page-header ant-page-header-ghost"><div class="ant-page-header-heading"><div class="ant-page-header-heading-left">
          <span class="ant-page-header-back"><div role="button" tabindex="0" class="ant-page-header-back-button" aria-label="Back">${ANT_COPY_ICON.replace(/copy/g, 'arrow-left')}</div></span>
          <span class="ant-page-header-heading-title" title="Uptrends – Web shop">Uptrends – Web shop</span></div></div></div>
        <div class="ant-descriptions ant-descriptions-bordered">
          <div class="ant-descriptions-header"><div class="ant-descriptions-title">Integration details</div>
            <div class="ant-descriptions-extra"><button type="button" class="ant-btn ant-btn-default"><span>Edit</span></button></div></div>
          <div class="ant-descriptions-view"><table><tbody>
            <tr class="ant-descriptions-row">
              <th class="ant-descriptions-item-label" colspan="1"><span>Integration Name</span></th>
              <td class="ant-descriptions-item-content" colspan="1"><span>Uptrends – Web shop</span></td>
              <th class="ant-descriptions-item-label" colspan="1"><span>Template</span></th>
              <td class="ant-descriptions-item-content" colspan="1"><span class="ant-tag ant-tag-blue">Uptrends</span></td></tr>
            <tr class="ant-descriptions-row">
              <th class="ant-descriptions-item-label" colspan="1"><span>API URL</span></th>
              <td class="ant-descriptions-item-content" colspan="3"><span class="ant-typography">${cur(K.antDesc)}<div role="button" tabindex="0" class="ant-typography-copy" aria-label="Copy" style="border: 0px; background: transparent; padding: 0px; line-height: inherit; display: inline-block;">${ANT_COPY_ICON}</div></span></td></tr>
            <tr class="ant-descriptions-row">
              <th class="ant-descriptions-item-label" colspan="1"><span>Escalation Policy</span></th>
              <td class="ant-descriptions-item-content" colspan="1"><span>Default policy</span></td>
              <th class="ant-descriptions-item-label" colspan="1"><span>Recipient Groups</span></th>
              <td class="ant-descriptions-item-content" colspan="1"><span class="ant-tag">NOC</span><span class="ant-tag">Web team</span></td></tr>
          </tbody></table></div>
        </div>
      </main></div>`);
    expect(found()).toEqual([{ url: cur(K.antDesc), integrationName: 'Uptrends – Web shop', template: 'Uptrends' }]);
  });

  it('R03 Chakra UI FormControl with React 18 useId ids ("field-:r3:"), InputRightElement icon button, a helper-text sentence under the field', () => {
    render(`
      <div class="chakra-container css-1p8hst2"><div class="chakra-stack css-1oeb4ru">
        <div role="group" class="chakra-form-control css-1kxonj9">
          <label id="field-:r3:-label" for="field-:r3:" class="chakra-form__label css-g6pte">API URL</label>
          <div class="chakra-input__group css-4302v8" data-group="true">
            <input readonly id="field-:r3:" aria-describedby="field-:r3:-helptext" class="chakra-input css-1y3mcdd" value="${cur(K.chakra)}">
            <div class="chakra-input__right-element css-1qww07b"><button type="button" class="chakra-button css-1tn7pvd" aria-label="Copy API URL"><svg viewBox="0 0 24 24" focusable="false" class="chakra-icon css-onkibi" aria-hidden="true"><path d="M16 1H4"></path></svg></button></div>
          </div>
          <div id="field-:r3:-helptext" class="chakra-form__helper-text css-186pyma">Paste this URL into your monitoring tool so that its alerts reach AlertOps.</div>
        </div>
        <div role="group" class="chakra-form-control css-1kxonj9">
          <label id="field-:r4:-label" for="field-:r4:" class="chakra-form__label css-g6pte">Integration Name<span role="presentation" aria-hidden="true" class="chakra-form__required-indicator css-1tfjd1n">*</span></label>
          <input id="field-:r4:" required aria-required="true" class="chakra-input css-1y3mcdd" value="Uptrends synthetic checks">
        </div>
        <div class="css-70qvj9"><p class="chakra-text css-0">Template</p><span class="chakra-badge css-1g1qw76">Uptrends</span></div>
      </div></div>`);
    expect(found()).toEqual([
      { url: cur(K.chakra), integrationName: 'Uptrends synthetic checks', template: 'Uptrends' },
    ]);
  });

  it('R04 Carbon v11 CodeSnippet type="single": <pre><code> inside div[role=textbox][aria-label="API URL"], copy button named by aria-labelledby a role=tooltip span', () => {
    render(`
      <div class="cds--tile">
        <h3 class="cds--type-heading-03">Uptrends – Checkout</h3>
        <div class="cds--stack-horizontal"><p class="cds--label">Template</p>
          <div class="cds--tag cds--tag--blue" title="Uptrends"><span class="cds--tag__label">Uptrends</span></div></div>
        <p class="cds--label">API URL</p>
        <div class="cds--snippet cds--snippet--single">
          <div role="textbox" tabindex="0" class="cds--snippet-container" aria-label="API URL" aria-readonly="true"><pre><code>${cur(K.carbon)}</code></pre></div>
          <div class="cds--snippet__overflow-indicator--right"></div>
          <span class="cds--popover-container cds--popover--caret cds--popover--high-contrast cds--popover--bottom cds--tooltip cds--icon-tooltip">
            <div class="cds--tooltip-trigger__wrapper"><button type="button" aria-labelledby="tooltip-:r1a:" class="cds--copy-btn cds--snippet-button cds--btn--icon-only cds--btn cds--btn--md cds--layout--size-md cds--btn--primary">${SVG}</button></div>
            <span aria-hidden="true" class="cds--popover"><span class="cds--popover-content cds--tooltip-content" id="tooltip-:r1a:" role="tooltip">Copy to clipboard</span><span class="cds--popover-caret"></span></span>
          </span>
        </div>
      </div>`);
    expect(found()).toEqual([{ url: cur(K.carbon), integrationName: 'Uptrends – Checkout', template: 'Uptrends' }]);
  });

  it('R05 Fluent UI v9 Field + Input (readonly) with contentAfter subtle icon button, Field hint sentence; name from a required Field, template a Badge', () => {
    render(`
      <div class="fui-FluentProvider fui-FluentProviderr0" dir="ltr">
        <div class="fui-Card ___1k5fnyq" role="group">
          <div class="fui-CardHeader"><div class="fui-CardHeader__header"><span class="fui-Text ___1wt3f8h">Inbound API integration</span></div>
            <div class="fui-CardHeader__description"><span class="fui-Caption1">Created just now</span></div></div>
          <div class="fui-Field ___keyyzl0">
            <label id="field-r7__label" for="field-r7__control" class="fui-Label fui-Field__label ___1iz73s0">Integration Name<span aria-hidden="true" class="fui-Label__required">*</span></label>
            <span class="fui-Input r1jtohuq"><input type="text" id="field-r7__control" aria-required="true" required class="fui-Input__input r12stul0" value="Uptrends – API monitors"></span>
          </div>
          <div class="fui-Field ___keyyzl0">
            <label id="field-r8__label" for="field-r8__control" class="fui-Label fui-Field__label ___1iz73s0">API URL</label>
            <span class="fui-Input r1jtohuq ___1r8x3mh"><input type="text" id="field-r8__control" readonly aria-describedby="field-r8__hint" class="fui-Input__input r12stul0" value="${cur(K.fluent)}">
              <span class="fui-Input__contentAfter r1572tok"><button type="button" class="fui-Button r1alrhcs ___1ew7d0y" aria-label="Copy API URL"><span class="fui-Button__icon rywnvv2"><svg class="fui-Icon-regular ___12fm75w" fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20"><path d="M8 2a2 2 0 0 0-2 2v10"></path></svg></span></button></span></span>
            <div id="field-r8__hint" class="fui-Field__hint ___13hhvd3">Send alerts from your monitoring tool to this URL.</div>
          </div>
          <div class="___1rw3e7k"><span class="fui-Text">Template</span> <div class="fui-Badge r1l7mb74 ___1x6zhbb">Uptrends</div></div>
        </div>
      </div>`);
    expect(found()).toEqual([{ url: cur(K.fluent), integrationName: 'Uptrends – API monitors', template: 'Uptrends' }]);
  });

  it('R07 Element Plus el-descriptions bordered, column=2 (Integration Name | … | Template | … in one <tr>, td labels), URL as text in a colspan cell with an el-button "Copy"', () => {
    render(`
      <div class="el-descriptions">
        <div class="el-descriptions__header"><div class="el-descriptions__title">Integration</div>
          <div class="el-descriptions__extra"><button aria-disabled="false" type="button" class="el-button el-button--primary el-button--small"><span>Edit</span></button></div></div>
        <div class="el-descriptions__body"><table class="el-descriptions__table is-bordered el-descriptions--default"><tbody>
          <tr>
            <td class="el-descriptions__cell el-descriptions__label is-bordered-label">Integration Name</td>
            <td class="el-descriptions__cell el-descriptions__content">Uptrends – Mobile API</td>
            <td class="el-descriptions__cell el-descriptions__label is-bordered-label">Template</td>
            <td class="el-descriptions__cell el-descriptions__content"><span class="el-tag el-tag--info el-tag--light"><span class="el-tag__content">Uptrends</span></span></td>
          </tr>
          <tr>
            <td class="el-descriptions__cell el-descriptions__label is-bordered-label">API URL</td>
            <td class="el-descriptions__cell el-descriptions__content" colspan="3"><span class="mono">${cur(K.element)}</span>
              <button aria-disabled="false" type="button" class="el-button is-link"><i class="el-icon"><svg viewBox="0 0 1024 1024"><path d="M768 832a128"></path></svg></i><span>Copy</span></button></td>
          </tr>
          <tr>
            <td class="el-descriptions__cell el-descriptions__label is-bordered-label">Escalation Policy</td>
            <td class="el-descriptions__cell el-descriptions__content">Default policy</td>
            <td class="el-descriptions__cell el-descriptions__label is-bordered-label">Recipient Groups</td>
            <td class="el-descriptions__cell el-descriptions__content">Mobile on-call</td>
          </tr>
        </tbody></table></div>
      </div>`);
    expect(found()).toEqual([{ url: cur(K.element), integrationName: 'Uptrends – Mobile API', template: 'Uptrends' }]);
  });

  it('R08 DevExtreme dxForm: labels "API URL:" (with colon, label-text spans), dxTextBox readonly with values set as properties, copy is a div role=button in the buttons container', () => {
    const field = (id: string, label: string, buttons = '') => `
      <div class="dx-field-item dx-col-0 dx-flex-layout dx-label-h-align">
        <label class="dx-field-item-label dx-field-item-label-location-left" for="${id}"><span class="dx-field-item-label-content"><span class="dx-field-item-label-text">${label}</span></span></label>
        <div class="dx-field-item-content dx-field-item-content-location-right">
          <div class="dx-show-invalid-badge dx-textbox dx-texteditor dx-editor-outlined dx-state-readonly dx-texteditor-empty dx-widget">
            <div class="dx-texteditor-container"><div class="dx-texteditor-input-container">
              <input autocomplete="off" id="${id}" class="dx-texteditor-input" type="text" readonly aria-readonly="true" spellcheck="false" tabindex="0" role="textbox"></div>
              <div class="dx-texteditor-buttons-container">${buttons}</div></div></div></div></div>`;
    render(`
      <div class="dx-form dx-widget"><div class="dx-layout-manager dx-widget"><div class="dx-responsivebox-screen-lg dx-responsivebox dx-widget dx-collection">
        <div class="dx-box-flex dx-box dx-widget dx-collection" style="display: flex; flex-direction: column;">
          <div class="dx-item dx-box-item"><div class="dx-item-content dx-box-item-content">
            ${field('dx_dx-4f1e0c3a-8c1b-9b2d-2a7e-6d3f1c0a9b8e_integrationName', 'Integration Name:')}
            ${field('dx_dx-4f1e0c3a-8c1b-9b2d-2a7e-6d3f1c0a9b8e_template', 'Template:')}
            ${field(
              'dx_dx-4f1e0c3a-8c1b-9b2d-2a7e-6d3f1c0a9b8e_apiUrl',
              'API URL:',
              '<div class="dx-widget dx-button dx-button-mode-text dx-button-normal dx-button-has-icon" role="button" aria-label="copy" tabindex="0"><div class="dx-button-content"><i class="dx-icon dx-icon-copy"></i></div></div>',
            )}
          </div></div></div></div></div></div>`);
    setValue('[id$="_integrationName"]', 'Uptrends – Infra');
    setValue('[id$="_template"]', 'Uptrends');
    setValue('[id$="_apiUrl"]', cur(K.dxForm));
    expect(found()).toEqual([{ url: cur(K.dxForm), integrationName: 'Uptrends – Infra', template: 'Uptrends' }]);
  });

  it('R09 Salesforce Lightning record page: h1 = entity label + record name spans, slds-form role=list, readonly form elements (label span + slds-form-element__static), icon button with assistive text', () => {
    const item = (label: string, value: string, extra = '') => `
      <div class="slds-form__item" role="listitem"><div class="slds-form-element slds-form-element_edit slds-form-element_readonly slds-form-element_stacked slds-hint-parent">
        <span class="slds-form-element__label">${label}</span>
        <div class="slds-form-element__control"><div class="slds-form-element__static">${value}</div>${extra}</div></div></div>`;
    render(`
      <div class="slds-page-header slds-page-header_record-home"><div class="slds-page-header__row"><div class="slds-page-header__col-title"><div class="slds-media">
        <div class="slds-media__figure"><span class="slds-icon_container slds-icon-standard-connected-apps" title="Inbound Integration"><svg class="slds-icon slds-page-header__icon" aria-hidden="true"></svg><span class="slds-assistive-text">Inbound Integration</span></span></div>
        <div class="slds-media__body"><div class="slds-page-header__name"><div class="slds-page-header__name-title"><h1><span>Inbound Integration</span><span class="slds-page-header__title slds-truncate" title="Uptrends Monitoring">Uptrends Monitoring</span></h1></div></div></div>
      </div></div></div></div>
      <div class="slds-form" role="list">
        <div class="slds-form__row">${item('Integration Name', 'Uptrends Monitoring')}${item('Template', 'Uptrends')}</div>
        <div class="slds-form__row">${item(
          'API URL',
          cur(K.slds),
          '<button class="slds-button slds-button_icon slds-button_icon-border-filled" title="Copy" type="button"><svg class="slds-button__icon" aria-hidden="true"></svg><span class="slds-assistive-text">Copy</span></button>',
        )}${item('Escalation Policy', '<a href="/lightning/r/Policy/a0B5e00000XyZ/view">Default policy</a>')}</div>
      </div>`);
    expect(found()).toEqual([{ url: cur(K.slds), integrationName: 'Uptrends Monitoring', template: 'Uptrends' }]);
  });

  it('R10 Vuetify 3 v-text-field readonly: two labels (one floating, aria-hidden), append-inner <i role=button> named "API URL appended action", value as property', () => {
    const vfield = (id: string, label: string, appendInner = '') => `
      <div class="v-input v-input--horizontal v-input--center-affix v-input--density-default v-locale--is-ltr v-input--readonly v-text-field">
        <div class="v-input__control"><div class="v-field v-field--active v-field--center-affix v-field--dirty v-field--variant-outlined v-theme--light v-locale--is-ltr${appendInner ? ' v-field--appended' : ''}">
          <div class="v-field__overlay"></div><div class="v-field__loader"><div class="v-progress-linear v-theme--light" role="progressbar" aria-hidden="true" aria-valuemin="0" aria-valuemax="100"></div></div>
          <div class="v-field__field" data-no-activator=""><label class="v-label v-field-label" for="${id}">${label}</label>
            <input size="1" readonly type="text" id="${id}" aria-describedby="${id}-messages" class="v-field__input"></div>
          ${appendInner ? `<div class="v-field__append-inner">${appendInner}</div>` : ''}
          <div class="v-field__outline"><div class="v-field__outline__start"></div><div class="v-field__outline__notch"><label class="v-label v-field-label v-field-label--floating" aria-hidden="true" for="${id}">${label}</label></div><div class="v-field__outline__end"></div></div>
        </div></div>
        <div class="v-input__details"><div class="v-messages" role="alert" aria-live="polite" id="${id}-messages"></div></div>
      </div>`;
    render(`
      <div class="v-application v-theme--light"><div class="v-application__wrap"><main class="v-main"><div class="v-container">
        <div class="v-card v-theme--light v-card--density-default v-card--variant-elevated">
          <div class="v-card-item"><div class="v-card-item__content"><div class="v-card-title">Saved integration</div></div></div>
          <div class="v-card-text">
            ${vfield('input-v-7', 'API URL', '<i class="mdi-content-copy mdi v-icon notranslate v-theme--light v-icon--size-default v-icon--clickable" role="button" aria-hidden="false" tabindex="0" aria-label="API URL appended action"></i>')}
            ${vfield('input-v-9', 'Integration Name')}
            <div class="d-flex align-center"><span class="text-caption mr-2">Template</span><span class="v-chip v-theme--light v-chip--density-default v-chip--size-small v-chip--variant-tonal" draggable="false"><span class="v-chip__underlay"></span><div class="v-chip__content" data-no-activator="">Uptrends</div></span></div>
          </div>
        </div>
      </div></main></div></div>`);
    setValue('#input-v-7', cur(K.vuetify));
    setValue('#input-v-9', 'Uptrends – Vuetify checks');
    expect(found()).toEqual([
      { url: cur(K.vuetify), integrationName: 'Uptrends – Vuetify checks', template: 'Uptrends' },
    ]);
  });

  it('R11 Quasar q-input: the whole field is a <label for> wrapping a div.q-field__label and an icon-only q-btn (ligature "content_copy", no aria-label); field ids are "f_" + a UUID', () => {
    const qfield = (id: string, label: string, append = '') => `
      <label class="q-field row no-wrap items-start q-field--outlined q-input q-field--float q-field--readonly q-field--labeled q-field--with-bottom" for="${id}">
        <div class="q-field__inner relative-position col self-stretch"><div class="q-field__control relative-position row no-wrap" tabindex="-1">
          <div class="q-field__control-container col relative-position row no-wrap q-anchor--skip">
            <input class="q-field__native q-placeholder" tabindex="0" readonly id="${id}" type="text">
            <div class="q-field__label no-pointer-events absolute ellipsis">${label}</div></div>
          ${append ? `<div class="q-field__append q-field__marginal row no-wrap items-center">${append}</div>` : ''}
        </div><div class="q-field__bottom row items-start q-field__bottom--animated"></div></div>
      </label>`;
    render(`
      <div id="q-app"><div class="q-layout q-layout--standard"><div class="q-page-container"><main class="q-page q-pa-md">
        <div class="q-card"><div class="q-card__section q-card__section--vert"><div class="text-h6">Integration saved</div></div>
          <div class="q-card__section q-card__section--vert">
            ${qfield(
              QUASAR_FIELD_ID,
              'API URL',
              '<button class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--round q-btn--actionable q-focusable q-hoverable q-btn--dense" tabindex="0" type="button"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row"><i class="q-icon notranslate material-icons" aria-hidden="true" role="img">content_copy</i></span></button>',
            )}
            ${qfield('f_0a5e8b5c-6b8e-4c57-9d45-2f1f3b1e7d10', 'Integration Name')}
            <div class="row items-center q-gutter-sm"><div class="text-caption">Template</div><div class="q-chip row inline no-wrap items-center q-chip--dense"><div class="q-chip__content col row no-wrap items-center q-anchor--skip">Uptrends</div></div></div>
          </div></div>
      </main></div></div></div>`);
    setValue(`[id="${QUASAR_FIELD_ID}"]`, cur(K.quasar));
    setValue('[id="f_0a5e8b5c-6b8e-4c57-9d45-2f1f3b1e7d10"]', 'Uptrends – Quasar');
    expect(found()).toEqual([{ url: cur(K.quasar), integrationName: 'Uptrends – Quasar', template: 'Uptrends' }]);
  });

  it('R12 Mantine v7 TextInput readonly with a CopyButton ActionIcon in the right section (only a tabler svg, no name); name from the page Title under Breadcrumbs', () => {
    render(`
      <div class="m_89ab340 mantine-AppShell-root">
        <header class="m_3b16f56b mantine-AppShell-header"><div class="mantine-Group-root"><p class="mantine-Text-root">AlertOps</p></div></header>
        <nav class="m_45252eee mantine-AppShell-navbar"><a class="mantine-NavLink-root" href="/integrations" data-active="true"><span class="mantine-NavLink-label">Integrations</span></a><a class="mantine-NavLink-root" href="/users"><span class="mantine-NavLink-label">Users</span></a></nav>
        <main class="m_8983817 mantine-AppShell-main"><div class="m_7485cace mantine-Container-root">
          <div class="m_8b3717df mantine-Breadcrumbs-root"><a class="mantine-Anchor-root mantine-Breadcrumbs-breadcrumb" href="/integrations">Integrations</a><div class="mantine-Breadcrumbs-separator">/</div><a class="mantine-Anchor-root mantine-Breadcrumbs-breadcrumb" href="/integrations/inbound">Inbound</a></div>
          <div class="m_4081bf90 mantine-Group-root" style="--group-gap: var(--mantine-spacing-sm);">
            <h2 class="m_8a5d1357 mantine-Title-root" data-order="2">Uptrends staging monitors</h2>
            <div class="m_347db0ec mantine-Badge-root" data-variant="light"><span class="m_5add502a mantine-Badge-label">Uptrends</span></div></div>
          <div class="m_46b77525 mantine-InputWrapper-root mantine-TextInput-root">
            <label class="m_8fdc1311 mantine-InputWrapper-label mantine-TextInput-label" for="mantine-r7" id="mantine-r7-label">API URL</label>
            <div class="m_6c018570 mantine-Input-wrapper mantine-TextInput-wrapper" data-variant="default" data-with-right-section="true">
              <input class="m_8fb7ebe7 mantine-Input-input mantine-TextInput-input" data-variant="default" readonly id="mantine-r7" aria-invalid="false" value="${cur(K.mantine)}">
              <div data-position="right" class="m_82577fc2 mantine-Input-section"><button class="mantine-focus-auto mantine-active m_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root" data-variant="subtle" type="button"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" class="tabler-icon tabler-icon-copy"><path d="M7 7m0 2.667"></path></svg></button></div>
            </div></div>
        </div></main>
      </div>`);
    expect(found()).toEqual([
      { url: cur(K.mantine), integrationName: 'Uptrends staging monitors', template: 'Uptrends' },
    ]);
  });

  it('R13 Bootstrap 5 .form-floating inside an .input-group (label AFTER the readonly input, placeholder = label), clipboard.js button with data-clipboard-target and a tooltip title', () => {
    render(`
      <div class="container py-4"><div class="card shadow-sm">
        <div class="card-header d-flex justify-content-between align-items-center"><h5 class="card-title mb-0">Uptrends – Public website</h5><span class="badge text-bg-success">Active</span></div>
        <div class="card-body">
          <div class="input-group mb-3">
            <div class="form-floating"><input type="text" readonly class="form-control" id="apiUrlFloating" placeholder="API URL" value="${cur(K.bootstrap)}"><label for="apiUrlFloating">API URL</label></div>
            <button class="btn btn-outline-secondary" type="button" data-clipboard-target="#apiUrlFloating" data-bs-toggle="tooltip" data-bs-placement="top" aria-label="Copy to clipboard" data-bs-original-title="Copy to clipboard"><i class="bi bi-clipboard"></i></button>
          </div>
          <div class="row g-3">
            <div class="col-md-6"><div class="form-floating"><input type="text" readonly class="form-control-plaintext" id="tplFloating" value="Uptrends"><label for="tplFloating">Template</label></div></div>
            <div class="col-md-6"><div class="form-floating"><input type="text" readonly class="form-control-plaintext" id="epFloating" value="Default policy"><label for="epFloating">Escalation Policy</label></div></div>
          </div>
        </div></div></div>`);
    expect(found()).toEqual([
      { url: cur(K.bootstrap), integrationName: 'Uptrends – Public website', template: 'Uptrends' },
    ]);
  });

  it('R14 Headless UI Dialog in #headlessui-portal-root after Submit (app root inert + aria-hidden), input named by aria-labelledby to a "headlessui-label-:r5:" id; name as a dd under "Name"', () => {
    render(`
      <div id="__next" inert aria-hidden="true"><div class="min-h-full"><main class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
        <h1 class="text-2xl font-semibold leading-7 text-gray-900">Inbound Integrations</h1>
        <ul role="list" class="divide-y divide-gray-100"><li class="flex justify-between gap-x-6 py-5"><p class="text-sm font-semibold leading-6 text-gray-900">Datadog bridge</p></li></ul>
      </main></div></div>
      <div id="headlessui-portal-root"><div data-headlessui-portal="">
        <div class="relative z-10" id="headlessui-dialog-:r3:" role="dialog" aria-modal="true" data-headlessui-state="open" aria-labelledby="headlessui-dialog-title-:r4:">
          <div class="fixed inset-0 bg-gray-500/75 transition-opacity"></div>
          <div class="fixed inset-0 z-10 w-screen overflow-y-auto"><div class="flex min-h-full items-end justify-center p-4 text-center sm:items-center sm:p-0">
            <div id="headlessui-dialog-panel-:r6:" data-headlessui-state="open" class="relative transform overflow-hidden rounded-lg bg-white px-4 pb-4 pt-5 text-left shadow-xl sm:my-8 sm:w-full sm:max-w-lg sm:p-6">
              <h3 class="text-base font-semibold leading-6 text-gray-900" id="headlessui-dialog-title-:r4:" data-headlessui-state="open">Integration saved</h3>
              <dl class="mt-4 divide-y divide-gray-100"><div class="px-4 py-3 sm:grid sm:grid-cols-3 sm:gap-4 sm:px-0"><dt class="text-sm font-medium leading-6 text-gray-900">Name</dt><dd class="mt-1 text-sm leading-6 text-gray-700 sm:col-span-2 sm:mt-0">Uptrends – Edge checks</dd></div></dl>
              <div class="mt-4"><span class="block text-sm font-medium leading-6 text-gray-900" id="headlessui-label-:r5:">API URL</span>
                <div class="mt-2 flex rounded-md shadow-sm"><div class="relative flex flex-grow items-stretch focus-within:z-10">
                  <input type="text" readonly aria-labelledby="headlessui-label-:r5:" class="block w-full rounded-none rounded-l-md border-0 py-1.5 font-mono text-gray-900 ring-1 ring-inset ring-gray-300 sm:text-sm sm:leading-6" value="${cur(K.headless)}"></div>
                  <button type="button" class="relative -ml-px inline-flex items-center gap-x-1.5 rounded-r-md px-3 py-2 text-sm font-semibold text-gray-900 ring-1 ring-inset ring-gray-300 hover:bg-gray-50"><svg class="-ml-0.5 h-5 w-5 text-gray-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="M7 3.5A1.5"></path></svg><span class="sr-only">Copy</span></button>
                </div></div>
              <div class="mt-5 sm:mt-6"><button type="button" class="inline-flex w-full justify-center rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white">Done</button></div>
            </div></div></div>
        </div></div></div>`);
    expect(found()).toEqual([
      { url: cur(K.headless), integrationName: 'Uptrends – Edge checks', template: 'Uptrends' },
    ]);
  });

  it('R15 Semantic UI (tenant-era, legacy REST URL): .ui.form .field labels without for=, .ui.action.input whose copy button has only data-tooltip and an <i class="copy icon">; header with a sub header', () => {
    const u = leg(K.semantic);
    render(`
      <div class="ui container">
        <h2 class="ui header"><i class="plug icon"></i><div class="content">Uptrends – Intranet<div class="sub header">Inbound API integration</div></div></h2>
        <div class="ui segment"><div class="ui form">
          <div class="field"><label>Integration Name</label><input type="text" readonly value="Uptrends – Intranet"></div>
          <div class="field"><label>Template</label><div class="ui basic label">Uptrends</div></div>
          <div class="field"><label>API URL</label>
            <div class="ui fluid action input"><input type="text" readonly value="${u}">
              <button class="ui icon button" type="button" data-tooltip="Copy" data-position="top center" data-inverted=""><i class="copy outline icon"></i></button></div></div>
        </div></div>
      </div>`);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Intranet', template: 'Uptrends' }]);
  });

  it('R17 (ambiguous before the reveal) Ant Design Input.Password holding the real URL, eye toggle: captured once revealed (type=text) with the form name; before it, nothing but that URL', () => {
    render(`
      <form class="ant-form ant-form-vertical">
        <div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label for="f_name" title="Integration Name">Integration Name</label></div>
          <div class="ant-col ant-form-item-control"><input id="f_name" class="ant-input" value="Uptrends – Secret view"></div></div></div>
        <div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label for="f_url" title="API URL">API URL</label></div>
          <div class="ant-col ant-form-item-control">
            <span class="ant-input-affix-wrapper ant-input-password"><input id="f_url" readonly type="password" class="ant-input" action="click" value="${cur(K.password)}">
              <span class="ant-input-suffix"><span role="img" aria-label="eye-invisible" tabindex="-1" class="anticon anticon-eye-invisible ant-input-password-icon"><svg aria-hidden="true"></svg></span></span></span>
            <button type="button" class="ant-btn ant-btn-link"><span>Copy</span></button></div></div></div>
      </form>`);
    const before = urls();
    expect(before.every((u) => u === cur(K.password))).toBe(true);
    const input = el<HTMLInputElement>('#f_url');
    input.type = 'text';
    el('.ant-input-password-icon').setAttribute('aria-label', 'eye');
    expect(found()).toEqual([
      { url: cur(K.password), integrationName: 'Uptrends – Secret view', template: 'Uptrends' },
    ]);
  });
});

describe('blind11: lists of several integrations', () => {
  it('R18 PrimeNG p-table responsive-stack: every cell starts with a <span class="p-column-title"> (Name, Template, API URL), legacy and current URLs', () => {
    const u1 = cur(K.png1);
    const u2 = cur(K.png2, 'Custom');
    const u3 = leg(K.png3, 'Uptrends');
    const row = (name: string, tpl: string, u: string) => `
      <tr class="ng-star-inserted">
        <td><span class="p-column-title">Name</span>${name}</td>
        <td><span class="p-column-title">Template</span><p-tag><span class="p-tag p-component p-tag-info"><span class="p-tag-value">${tpl}</span></span></p-tag></td>
        <td><span class="p-column-title">API URL</span><span class="text-sm font-mono">${u}</span></td>
        <td><span class="p-column-title">Actions</span><button pbutton="" type="button" icon="pi pi-copy" class="p-element p-button-rounded p-button-text p-button p-component p-button-icon-only"><span class="p-button-icon pi pi-copy" aria-hidden="true"></span></button></td>
      </tr>`;
    render(`
      <p-table><div class="p-datatable p-component p-datatable-responsive-stack" data-pc-name="datatable">
        <div class="p-datatable-header"><div class="flex align-items-center justify-content-between">Inbound Integrations</div></div>
        <div class="p-datatable-wrapper"><table role="table" class="p-datatable-table">
          <thead class="p-datatable-thead"><tr>
            <th psortablecolumn="name" class="p-element p-sortable-column" role="columnheader" tabindex="0" aria-sort="none">Name <p-sorticon><svg class="p-sortable-column-icon" aria-hidden="true"></svg></p-sorticon></th>
            <th>Template</th><th>API URL</th><th style="width: 5rem"></th></tr></thead>
          <tbody class="p-element p-datatable-tbody">
            ${row('Heartbeat EU', 'Uptrends', u1)}
            ${row('Grafana bridge', 'Custom', u2)}
            ${row('Legacy Uptrends (tenant)', 'Uptrends', u3)}
          </tbody></table></div>
        <p-paginator><div class="p-paginator p-component"><span class="p-paginator-current">Showing 1 to 3 of 3 integrations</span></div></p-paginator>
      </div></p-table>`);
    expect(found()).toHaveLength(3);
    expect(byUrl(u1)).toEqual({ url: u1, integrationName: 'Heartbeat EU', template: 'Uptrends' });
    expect(byUrl(u2)).toEqual({ url: u2, integrationName: 'Grafana bridge', template: 'Custom' });
    expect(byUrl(u3)).toEqual({ url: u3, integrationName: 'Legacy Uptrends (tenant)', template: 'Uptrends' });
  });
});

describe('blind11: must NOT capture', () => {
  it('R21 Ant Design help Popover (portal, .ant-popover-inner role=tooltip) with a sample URL in Typography copyable code, beside the real Form.Item: only the real one', () => {
    render(`
      <form class="ant-form ant-form-vertical">
        <div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label for="p_name" title="Integration Name">Integration Name</label></div>
          <div class="ant-col ant-form-item-control"><input id="p_name" class="ant-input" value="Uptrends – Popover page"></div></div></div>
        <div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label for="p_url" title="API URL">API URL <span role="img" aria-label="question-circle" class="anticon anticon-question-circle ant-form-item-tooltip" title=""><svg aria-hidden="true"></svg></span></label></div>
          <div class="ant-col ant-form-item-control"><span class="ant-input-group-wrapper"><span class="ant-input-wrapper ant-input-group">
            <input id="p_url" readonly class="ant-input" value="${cur(K.antPopReal)}"><span class="ant-input-group-addon"><button type="button" class="ant-btn ant-btn-icon-only">${ANT_COPY_ICON}</button></span></span></span></div></div></div>
      </form>
      <div style="position: absolute; top: 0px; left: 0px; width: 100%;"><div>
        <div class="ant-popover ant-popover-placement-right" style="left: 640px; top: 120px; transform-origin: -4px 50%;"><div class="ant-popover-content">
          <div class="ant-popover-arrow"><span class="ant-popover-arrow-content"></span></div>
          <div class="ant-popover-inner" role="tooltip">
            <div class="ant-popover-title">Sending alerts</div>
            <div class="ant-popover-inner-content">
              <div class="ant-typography">Your monitoring tool POSTs JSON to the integration's own address, e.g.</div>
              <span class="ant-typography"><code>${cur(K.antPopSample)}</code><div role="button" tabindex="0" class="ant-typography-copy" aria-label="Copy">${ANT_COPY_ICON}</div></span>
            </div></div></div></div>
      </div></div>`);
    expect(urls()).toEqual([cur(K.antPopReal)]);
  });

  it('R22 Fluent UI v9 InfoLabel open on the unsaved "+ ADD API" form: PopoverSurface (role=note) in a fui-Portal shows a sample endpoint in <code> with a Copy button: nothing', () => {
    render(`
      <div class="fui-FluentProvider" dir="ltr"><form>
        <h2 class="fui-Title3">Basic Settings</h2>
        <div class="fui-Field"><label for="field-r1__control" id="field-r1__label" class="fui-Label">Integration Name</label>
          <span class="fui-Input"><input id="field-r1__control" class="fui-Input__input" value="Uptrends"></span></div>
        <div class="fui-Field"><span class="fui-InfoLabel"><label class="fui-Label fui-InfoLabel__label" id="infolabel-r2__label">Endpoint URL</label>
          <span class="fui-InfoButton" aria-expanded="true"><button type="button" class="fui-InfoButton" aria-label="Information" aria-labelledby="infolabel-r2__label infolabel-r2__info" id="infolabel-r2__info"><svg aria-hidden="true"></svg></button></span></span>
          <span class="fui-Text">Generated when you submit</span></div>
        <div class="fui-Field"><label class="fui-Label">Escalation Policy</label><button type="button" class="fui-Dropdown__button" role="combobox">Default policy</button></div>
        <button type="submit" class="fui-Button">Submit</button>
      </form></div>
      <div class="fui-Portal fui-FluentProvider" dir="ltr" data-portal-node="true">
        <div role="note" class="fui-PopoverSurface fui-InfoLabel__popover ___r1r3kz0" data-popper-placement="right" style="position: fixed; left: 0px; top: 0px; transform: translate(412px, 188px);" aria-labelledby="infolabel-r2__label">
          <div class="fui-PopoverSurface__arrow"></div>
          <span class="fui-Text">AlertOps generates the endpoint after you submit. It will resemble:</span>
          <div><code class="fui-Text">${cur(K.fluentSample)}</code> <button type="button" class="fui-Button fui-Button--subtle">Copy</button></div>
        </div></div>`);
    expect(urls()).toEqual([]);
  });

  it("R25 Mantine masked URL with a Reveal ActionIcon, the mask made of letters or '*' (x…x, XXXX…, ****), CopyButton's value not in the DOM: nothing, for each mask", () => {
    const k = K.masked;
    const masks = [
      `${k.slice(0, 4)}xxxx-xxxx-xxxx-xxxx-xxxxxxxx${k.slice(-4)}`,
      `XXXXXXXX-XXXX-XXXX-XXXX-${k.slice(-12)}`,
      `${k.slice(0, 8)}-****-****-****-************`,
    ];
    const got: Record<string, string[]> = {};
    for (const m of masks) {
      render(`
        <main class="mantine-AppShell-main"><h2 class="mantine-Title-root" data-order="2">Uptrends – Masked</h2>
          <div class="mantine-InputWrapper-root mantine-TextInput-root">
            <label class="mantine-InputWrapper-label mantine-TextInput-label" for="mantine-rm" id="mantine-rm-label">API URL</label>
            <div class="mantine-Input-wrapper mantine-TextInput-wrapper" data-with-right-section="true">
              <input class="mantine-Input-input mantine-TextInput-input" readonly id="mantine-rm" value="https://notify.alertops.com/POSTAlert/${m}/Uptrends">
              <div data-position="right" class="mantine-Input-section">
                <button class="mantine-ActionIcon-root" data-variant="subtle" type="button" aria-label="Reveal API URL"><svg class="tabler-icon tabler-icon-eye"></svg></button>
                <button class="mantine-ActionIcon-root" data-variant="subtle" type="button" aria-label="Copy"><svg class="tabler-icon tabler-icon-copy"></svg></button></div></div>
            <p class="mantine-InputWrapper-description">The key is hidden. Reveal it to copy it by hand.</p></div>
        </main>`);
      got[m] = urls();
    }
    expect(got).toEqual(Object.fromEntries(masks.map((m) => [m, []])));
  });
});
