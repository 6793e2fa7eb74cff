/**
 * Blind round 12 for AlertOps capture ("more design systems"): the saved integration drawn as design systems not tried
 * in earlier rounds would draw it (Vaadin, Ionic, Ext JS, SAP UI5, Blueprint, Radix/shadcn, daisyUI, Syncfusion, Webix,
 * Oracle JET, Spectrum web components, Material Web, Dojo/dijit, Bootstrap 3 WebForms, Knockout, a toast, plain HTML
 * patterns), written from domain.md, the README and the frameworks' public markup only, without reading the capture
 * source. Each rendering uses its own fresh keys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';

const K = {
  vaadin: '143681dd-7f0b-4c87-8b64-3e7ec1aeeff3',
  ionic: '004eef78-a48f-446b-9d12-8e4e7c25441d',
  extjs: 'bc21f496-fe75-42cd-80b3-b82ebe628ee5',
  ui5Input: 'cad0c016-98cf-4966-8705-aab198041e76',
  ui5Attr: '986b80dd-785c-4b44-ad28-318cd832c478',
  blueprint: 'b0de1494-df5c-44bf-bdb4-c5685e3f769f',
  shadcn: '0b8eedf4-56af-4c7d-a7fb-eed78095cb06',
  daisy: '14b8619b-4540-41c3-9c67-4baca2193cb3',
  syncfusion: 'cbc1e8b0-4d50-4be1-b182-96f4782709f4',
  webix: '5542258e-777e-46ab-bfb8-56f7b563bacc',
  jet: '70b14388-09ea-42bd-b1db-f890c37249ab',
  spectrum: 'cfe17dc04a7c742ffa9cddca6eb0a9cb',
  mdweb: '129c1128-3078-4bf9-b8d0-64a4c701ad53',
  dijit: '95a9a453-4596-4843-b948-3d5dda134a81',
  bs3table: '2c99458c-4835-4b8d-9c3f-e136bc3532d5',
  bs3well: '2ea55f3c-12e2-4b2c-9347-c7ad07a6ba91',
  knockout: 'd214b52f-b6d0-4736-a4f6-aa0a4828164d',
  toast: '4a70acef-90d1-49fb-8ba9-d261c6788e63',
  dl: '22327368-11eb-45bf-947d-cdf5e4c1698d',
  textarea: 'a9ab17bf-fb64-4a45-a4e5-577de6fba312',
  code: 'b86dbdf7-a634-430e-9ef6-aee7da75bcc7',
  split: 'be3988f1-7182-43f3-b9f9-4f84a8a535d4',
  anchor: '858272ce-bbbe-42c8-8e24-1ab7596cbed4',
  extGrid1: '3c574c3a-8e11-4d9e-a5f4-b3bb8ca7444b',
  extGrid2: '8d291409-a455-4fa4-9dac-1681f8946be0',
  docs: 'f57b72ec-14f7-4ddf-bf92-9b131bc2bb27',
  docsBlock: '2e7463d2-e070-4481-abb2-f9a23d2629a6',
  placeholder: '2e432aa5-0015-404f-b2c5-b832c97e474f',
  evil: '52bcb8c6-40d6-4113-b047-0803a33fb820',
  evil2: '675b71fd-3a6e-4e48-a7fd-de350e27ff24',
  slackPage: '65637d71-b4f9-4355-9fd0-c75c74ac94e5',
  ionic7: 'c807b56b-7c5e-499b-ae00-5dd14ef43691',
  endpoint: '09bf8b52-8ea0-42d0-917d-19922624625f',
  webixDt1: 'de849e8e-df40-492c-821e-fcfed3eff6d9',
  webixDt2: '1135c277-4ea0-4e51-afca-dc9b7a1a384c',
  gridView1: '9b73c15a-8612-4af9-866e-c8063a86153b',
  gridView2: 'a54d924e-c6e3-4d1b-b4ba-3ee60940400d',
} as const;

const cur = (key: string, name = 'Uptrends') => `https://notify.alertops.com/POSTAlert/${key}/${name}`;
const leg = (key: string, source = 'Uptrends') =>
  `https://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${key}/${source}`;
/** Legacy URL with the case variants domain.md lists (`restapi.svc`, `POSTAlertV2`). */
const legLower = (key: string, source = 'Uptrends') =>
  `https://notify.alertops.com/restapi.svc/POSTAlertV2/generic/${key}/${source}`;

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

const LUCIDE_COPY =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-copy h-4 w-4"><rect width="14" height="14" x="8" y="8" rx="2" ry="2"></rect><path d="M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2"></path></svg>';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('blind12: the saved integration, one per page', () => {
  it('B12-A01 Vaadin 24: vaadin-form-layout of readonly vaadin-text-fields (slotted label/input light DOM, value as property), suffix vaadin-button aria-label "Copy"', () => {
    const tf = (n: number, label: string, suffix = '') => `
      <vaadin-text-field label="${label}" readonly="" has-label="" has-value=""${suffix ? ' has-suffix=""' : ''} style="width: 100%;">
        <label slot="label" id="label-vaadin-text-field-${n}" for="input-vaadin-text-field-${n + 1}">${label}</label>
        <div slot="error-message" id="error-message-vaadin-text-field-${n + 2}" hidden=""></div>
        <input slot="input" type="text" id="input-vaadin-text-field-${n + 1}" readonly="" aria-labelledby="label-vaadin-text-field-${n}">
        ${suffix}
      </vaadin-text-field>`;
    render(`
      <vaadin-app-layout primary-section="navbar">
        <h1 slot="navbar" class="view-title">Inbound Integrations</h1>
        <vaadin-vertical-layout theme="padding spacing" style="width: 100%;">
          <h2>Integration details</h2>
          <vaadin-form-layout>
            ${tf(0, 'Integration Name')}
            ${tf(3, 'Template')}
            ${tf(
              6,
              'API URL',
              '<vaadin-button slot="suffix" theme="tertiary-inline icon" aria-label="Copy" role="button" tabindex="0"><vaadin-icon icon="vaadin:copy-o"></vaadin-icon></vaadin-button>',
            )}
          </vaadin-form-layout>
        </vaadin-vertical-layout>
      </vaadin-app-layout>`);
    setValue('#input-vaadin-text-field-1', 'Uptrends – Field sensors');
    setValue('#input-vaadin-text-field-4', 'Uptrends');
    setValue('#input-vaadin-text-field-7', cur(K.vaadin));
    expect(found()).toEqual([
      { url: cur(K.vaadin), integrationName: 'Uptrends – Field sensors', template: 'Uptrends' },
    ]);
  });

  it('B12-A02 Ionic 6 (legacy REST URL, restapi.svc/POSTAlertV2): ion-card with ion-card-title, ion-item > ion-label stacked + ion-input readonly (native input aria-labelledby the label), ion-button copy', () => {
    const u = legLower(K.ionic);
    render(`
      <ion-app class="md ion-page hydrated"><ion-content class="md hydrated">
        <ion-card class="md hydrated">
          <ion-card-header class="ion-inherit-color md hydrated">
            <ion-card-subtitle role="heading" aria-level="3" class="ion-inherit-color md hydrated">Inbound API integration</ion-card-subtitle>
            <ion-card-title role="heading" aria-level="2" class="ion-inherit-color md hydrated">Uptrends – Store checks</ion-card-title>
          </ion-card-header>
          <ion-card-content class="md card-content-md hydrated"><ion-list class="md list-md hydrated">
            <ion-item class="item-label-stacked md item-lines-default item-fill-none in-list hydrated item-label item-has-value">
              <ion-label position="stacked" class="sc-ion-label-md-h sc-ion-label-md-s md label-stacked hydrated" id="ion-input-0-lbl">Integration Name</ion-label>
              <ion-input readonly="" class="sc-ion-input-md-h sc-ion-input-md-s md hydrated has-value"><input class="native-input sc-ion-input-md" aria-labelledby="ion-input-0-lbl" autocapitalize="off" autocomplete="off" autocorrect="off" name="ion-input-0" readonly="" spellcheck="false" type="text"></ion-input>
            </ion-item>
            <ion-item class="md item-lines-default item-fill-none in-list hydrated item-label">
              <ion-label class="sc-ion-label-md-h sc-ion-label-md-s md hydrated">Template</ion-label>
              <ion-note slot="end" class="md hydrated">Uptrends</ion-note>
            </ion-item>
            <ion-item class="item-label-stacked md item-lines-default item-fill-none in-list hydrated item-label item-has-value">
              <ion-label position="stacked" class="sc-ion-label-md-h sc-ion-label-md-s md label-stacked hydrated" id="ion-input-1-lbl">API URL</ion-label>
              <ion-input readonly="" class="sc-ion-input-md-h sc-ion-input-md-s md hydrated has-value"><input class="native-input sc-ion-input-md" aria-labelledby="ion-input-1-lbl" autocapitalize="off" autocomplete="off" autocorrect="off" name="ion-input-1" readonly="" spellcheck="false" type="text"></ion-input>
              <ion-button slot="end" fill="clear" class="md button button-clear in-item ion-activatable ion-focusable hydrated" aria-label="Copy"><ion-icon slot="icon-only" name="copy-outline" role="img" class="md hydrated" aria-label="copy outline"></ion-icon></ion-button>
            </ion-item>
          </ion-list></ion-card-content>
        </ion-card>
      </ion-content></ion-app>`);
    setValue('input[name="ion-input-0"]', 'Uptrends – Store checks');
    setValue('input[name="ion-input-1"]', u);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Store checks', template: 'Uptrends' }]);
  });

  it('B12-A03 Ext JS 7 classic: x-panel titled with the name, x-form-item displayfields ("API URL:" label-text span, div.x-form-display-field role=textbox aria-readonly)', () => {
    const df = (n: number, label: string, value: string) => `
      <div class="x-field x-form-item x-form-item-default x-form-type-text x-field-default x-anchor-form-item" id="displayfield-${n}">
        <label id="displayfield-${n}-labelEl" class="x-form-item-label x-form-item-label-default x-unselectable" for="displayfield-${n}-inputEl" style="padding-right:5px;width:110px;"><span class="x-form-item-label-inner x-form-item-label-inner-default" style="width:105px"><span id="displayfield-${n}-labelTextEl" class="x-form-item-label-text">${label}</span></span></label>
        <div id="displayfield-${n}-bodyEl" role="presentation" class="x-form-item-body x-form-item-body-default x-form-display-field-body" style="width:100%;">
          <div id="displayfield-${n}-inputEl" data-ref="inputEl" role="textbox" aria-readonly="true" aria-labelledby="displayfield-${n}-labelEl" aria-describedby="displayfield-${n}-ariaStatusEl" tabindex="-1" class="x-form-display-field x-form-display-field-default">${value}</div></div>
        <div id="displayfield-${n}-ariaStatusEl" class="x-hidden-offsets" data-ref="ariaStatusEl">Value</div></div>`;
    render(`
      <div class="x-panel x-panel-default x-border-region-slide-in" id="integrationpanel-1010" role="region" aria-labelledby="integrationpanel-1010_header-title-textEl">
        <div class="x-panel-header x-header x-header-horizontal x-panel-header-horizontal x-panel-header-default" id="integrationpanel-1010_header">
          <div class="x-title x-panel-header-title x-panel-header-title-default" id="integrationpanel-1010_header-title" role="presentation">
            <div id="integrationpanel-1010_header-title-textEl" data-ref="textEl" class="x-title-text x-title-text-default x-title-item" unselectable="on" role="presentation">Uptrends – Ledger API</div></div>
          <div class="x-tool x-box-item x-tool-default" role="button" aria-label="Copy API URL" data-qtip="Copy API URL" tabindex="0"><div class="x-tool-tool-el x-tool-img x-tool-copy" role="presentation"></div></div>
        </div>
        <div id="integrationpanel-1010-body" class="x-panel-body x-panel-body-default x-box-layout-ct" role="presentation"><div class="x-autocontainer-outerCt" role="presentation"><div class="x-autocontainer-innerCt" role="presentation">
          ${df(1012, 'Integration Name:', 'Uptrends – Ledger API')}
          ${df(1013, 'Template:', 'Uptrends')}
          ${df(1014, 'API URL:', cur(K.extjs))}
          ${df(1015, 'Escalation Policy:', 'Finance on-call')}
        </div></div></div>
      </div>`);
    expect(found()).toEqual([{ url: cur(K.extjs), integrationName: 'Uptrends – Ledger API', template: 'Uptrends' }]);
  });

  it('B12-A04 SAP UI5 / Fiori: sapMObjectHeader title, SimpleForm with sapMLabel (bdi text) + sapMText, sapMInput readonly with an icon-only sapMBtn titled "Copy"', () => {
    render(`
      <div id="__xmlview0" data-sap-ui="__xmlview0" class="sapUiView sapUiXMLView sapMNavItem">
        <div id="__xmlview0--header" data-sap-ui="__xmlview0--header" class="sapMOH sapMOHBgTranslucent" role="region" aria-labelledby="__xmlview0--header-titleText-inner">
          <div class="sapMOHTitleDiv"><h1 class="sapMOHTitle sapMOHTitleFollowArrow"><span id="__xmlview0--header-titleText" data-sap-ui="__xmlview0--header-titleText" class="sapMText sapUiSelectable sapMTextMaxWidth"><span id="__xmlview0--header-titleText-inner" class="sapMTextMaxLine sapMTextLineClamp">Uptrends – SAP Commerce</span></span></h1></div>
          <div class="sapMOHBottomRow"><div class="sapMOHStatusFixedWidth"><div id="__status0" class="sapMObjStatus sapMObjStatusSuccess"><span class="sapMObjStatusText">Active</span></div></div></div>
        </div>
        <div id="__form0" class="sapUiForm sapUiFormEdit sapUiFormLblColon sapUiSimpleForm sapUiFormM" role="form">
          <div class="sapUiFormResGrid sapUiFormResGridCont"><div class="sapUiRespGrid sapUiRespGridHSpace0 sapUiRespGridVSpace0">
            <div class="sapUiRespGridSpanL3 sapUiFormElementLbl"><label id="__label0" data-sap-ui="__label0" for="__text0" class="sapMLabel sapUiSelectable sapMLabelMaxWidth"><span class="sapMLabelTextWrapper"><bdi id="__label0-text">Integration Name</bdi></span><span data-colon=":" class="sapMLabelColonAndRequired"></span></label></div>
            <div class="sapUiRespGridSpanL9"><span id="__text0" data-sap-ui="__text0" aria-labelledby="__label0" class="sapMText sapUiSelectable sapMTextMaxWidth">Uptrends – SAP Commerce</span></div>
            <div class="sapUiRespGridSpanL3 sapUiFormElementLbl"><label id="__label1" data-sap-ui="__label1" for="__text1" class="sapMLabel sapUiSelectable sapMLabelMaxWidth"><span class="sapMLabelTextWrapper"><bdi id="__label1-text">Template</bdi></span><span data-colon=":" class="sapMLabelColonAndRequired"></span></label></div>
            <div class="sapUiRespGridSpanL9"><span id="__text1" data-sap-ui="__text1" aria-labelledby="__label1" class="sapMText sapUiSelectable sapMTextMaxWidth">Uptrends</span></div>
            <div class="sapUiRespGridSpanL3 sapUiFormElementLbl"><label id="__label2" data-sap-ui="__label2" for="__input0-inner" class="sapMLabel sapUiSelectable sapMLabelMaxWidth"><span class="sapMLabelTextWrapper"><bdi id="__label2-text">API URL</bdi></span><span data-colon=":" class="sapMLabelColonAndRequired"></span></label></div>
            <div class="sapUiRespGridSpanL9">
              <div id="__input0" data-sap-ui="__input0" class="sapMInput sapMInputBase sapMInputBaseHeightMargin sapMInputBaseReadonly" style="width: 100%;"><div id="__input0-content" class="sapMInputBaseContentWrapper sapMInputBaseReadonlyWrapper" style="width: 100%;"><input id="__input0-inner" readonly="readonly" aria-labelledby="__label2" value="${cur(K.ui5Input)}" class="sapMInputBaseInner" type="text" autocomplete="off"></div></div>
              <button id="__button0" data-sap-ui="__button0" title="Copy" aria-describedby="__text5" class="sapMBtnBase sapMBtn"><span id="__button0-inner" class="sapMBtnInner sapMBtnHoverable sapMFocusable sapMBtnIconFirst sapMBtnTransparent"><span id="__button0-img" data-sap-ui-icon-content="" class="sapUiIcon sapUiIconMirrorInRTL sapMBtnCustomIcon sapMBtnIcon sapMBtnIconLeft" aria-hidden="true" style="font-family: SAP-icons;"></span></span></button>
            </div>
          </div></div>
        </div>
      </div>`);
    expect(found()).toEqual([
      { url: cur(K.ui5Input), integrationName: 'Uptrends – SAP Commerce', template: 'Uptrends' },
    ]);
  });

  it('B12-A05 SAP UI5 ObjectHeader attributes: "API URL" as a sapMObjectAttribute (title span, colon span, text span) under the header title, template as another attribute', () => {
    const attr = (id: string, title: string, text: string) => `
      <div id="${id}" data-sap-ui="${id}" class="sapMObjectAttributeDiv sapMObjectAttributeTextOnly"><span id="${id}-title" class="sapMObjectAttributeTitle">${title}</span><span id="${id}-colon" class="sapMObjectAttributeColon">:&nbsp;</span><span id="${id}-text" class="sapMObjectAttributeText">${text}</span></div>`;
    render(`
      <div id="__header1" data-sap-ui="__header1" class="sapMOH sapMOHBgTranslucent" role="region" aria-labelledby="__header1-titleText-inner">
        <div class="sapMOHTitleDiv"><h1 class="sapMOHTitle"><span id="__header1-titleText" class="sapMText sapUiSelectable sapMTextMaxWidth"><span id="__header1-titleText-inner" class="sapMTextMaxLine sapMTextLineClamp">Uptrends – Plant floor</span></span></h1></div>
        <div class="sapMOHBottomRow"><div class="sapMOHAttrRow">
          ${attr('__attribute0', 'Template', 'Uptrends')}
          ${attr('__attribute1', 'API URL', cur(K.ui5Attr))}
          ${attr('__attribute2', 'Escalation Policy', 'Plant maintenance')}
        </div></div>
      </div>`);
    expect(found()).toEqual([{ url: cur(K.ui5Attr), integrationName: 'Uptrends – Plant floor', template: 'Uptrends' }]);
  });

  it('B12-A06 Blueprint 5: bp5-callout "Integration saved" above a bp5-card (bp5-heading name), bp5-form-group + bp5-input-group readonly with a minimal "Copy to clipboard" right element', () => {
    render(`
      <div class="bp5-callout bp5-intent-success bp5-callout-icon" role="status"><span aria-hidden="true" class="bp5-icon bp5-icon-tick"><svg data-icon="tick" height="20" role="img" viewBox="0 0 20 20" width="20"><path d="M17 4"></path></svg></span>
        <h5 class="bp5-heading">Integration saved</h5>Copy the API URL into your monitoring tool.</div>
      <div class="bp5-card bp5-elevation-1">
        <h3 class="bp5-heading">Uptrends – Warehouse scanners</h3>
        <div class="bp5-form-group"><label class="bp5-label" for="template-tag">Template</label><div class="bp5-form-content"><span class="bp5-tag bp5-minimal" id="template-tag"><span class="bp5-text-overflow-ellipsis bp5-fill">Uptrends</span></span></div></div>
        <div class="bp5-form-group"><label class="bp5-label" for="api-url-input">API URL</label>
          <div class="bp5-form-content"><div class="bp5-input-group bp5-fill">
            <input type="text" id="api-url-input" readonly="" class="bp5-input bp5-monospace-text" value="${cur(K.blueprint)}">
            <span class="bp5-input-action"><button type="button" class="bp5-button bp5-minimal" aria-label="Copy to clipboard"><span aria-hidden="true" class="bp5-icon bp5-icon-duplicate"><svg data-icon="duplicate" height="16" role="img" viewBox="0 0 16 16" width="16"><path d="M15 0H5"></path></svg></span></button></span>
          </div></div></div>
      </div>`);
    expect(found()).toEqual([
      { url: cur(K.blueprint), integrationName: 'Uptrends – Warehouse scanners', template: 'Uptrends' },
    ]);
  });

  it('B12-A07 shadcn/ui (Radix): Card with CardTitle (h3) name and CardDescription, Label for a Radix useId ":r2:" input readonly, outline icon Button with sr-only "Copy"', () => {
    render(`
      <div class="rounded-lg border bg-card text-card-foreground shadow-sm w-full max-w-2xl">
        <div class="flex flex-col space-y-1.5 p-6">
          <h3 class="text-2xl font-semibold leading-none tracking-tight">Uptrends – Status page</h3>
          <p class="text-sm text-muted-foreground">Inbound API integration from the Uptrends template</p>
        </div>
        <div class="p-6 pt-0 grid gap-4">
          <div class="grid gap-2"><label class="text-sm font-medium leading-none peer-disabled:cursor-not-allowed peer-disabled:opacity-70" for=":r1:">Template</label>
            <input class="flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-sm" id=":r1:" readonly="" value="Uptrends"></div>
          <div class="grid gap-2"><label class="text-sm font-medium leading-none peer-disabled:cursor-not-allowed peer-disabled:opacity-70" for=":r2:">API URL</label>
            <div class="flex w-full items-center space-x-2">
              <input class="flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-sm font-mono" id=":r2:" readonly="">
              <button class="inline-flex items-center justify-center whitespace-nowrap rounded-md text-sm font-medium border border-input bg-background hover:bg-accent h-10 w-10 shrink-0" type="button" data-state="closed"><span class="sr-only">Copy</span>${LUCIDE_COPY}</button>
            </div></div>
        </div>
        <div class="flex items-center p-6 pt-0"><button class="inline-flex items-center justify-center rounded-md text-sm font-medium bg-primary text-primary-foreground h-10 px-4 py-2" type="button">Done</button></div>
      </div>`);
    setValue('[id=":r2:"]', cur(K.shadcn));
    expect(found()).toEqual([{ url: cur(K.shadcn), integrationName: 'Uptrends – Status page', template: 'Uptrends' }]);
  });

  it('B12-A08 daisyUI 4: card with card-title name, label.form-control "API URL" wrapping a join (input-bordered readonly + btn join-item "Copy"), kbd shortcut hint', () => {
    render(`
      <div class="card bg-base-100 shadow-xl">
        <div class="card-body">
          <h2 class="card-title">Uptrends – Kiosk fleet</h2>
          <div class="flex gap-2 text-sm"><span class="font-semibold">Template</span><span class="badge badge-outline">Uptrends</span></div>
          <label class="form-control w-full">
            <div class="label"><span class="label-text">API URL</span></div>
            <div class="join w-full">
              <input type="text" readonly class="input input-bordered join-item w-full font-mono" value="${cur(K.daisy)}">
              <button type="button" class="btn btn-neutral join-item">Copy</button>
            </div>
            <div class="label"><span class="label-text-alt">Or select it and press <kbd class="kbd kbd-sm">Ctrl</kbd> + <kbd class="kbd kbd-sm">C</kbd></span></div>
          </label>
          <div class="card-actions justify-end"><button class="btn btn-primary">Done</button></div>
        </div>
      </div>`);
    expect(found()).toEqual([{ url: cur(K.daisy), integrationName: 'Uptrends – Kiosk fleet', template: 'Uptrends' }]);
  });

  it('B12-A09 Syncfusion EJ2: e-card header title and an "Integration Name" e-float-input, e-float-input readonly (float label e-label-top after the input, input aria-labelledby it), e-btn e-icon-btn aria-label "Copy"; Custom template URL', () => {
    const u = cur(K.syncfusion, 'Custom');
    render(`
      <div class="e-card" tabindex="0">
        <div class="e-card-header"><div class="e-card-header-caption">
          <div class="e-card-header-title">Grafana relay</div><div class="e-card-sub-title">Inbound API integration</div></div></div>
        <div class="e-card-content">
          <div class="e-float-input e-control-wrapper e-input-group e-valid-input e-readonly">
            <input id="textbox_0" class="e-control e-textbox e-lib" role="textbox" readonly="" aria-readonly="true" aria-labelledby="label_textbox_0" value="Grafana relay">
            <span class="e-float-line"></span><label class="e-float-text e-label-top" id="label_textbox_0" for="textbox_0">Integration Name</label></div>
          <div class="e-float-input e-control-wrapper e-input-group e-valid-input e-readonly">
            <input id="textbox_1" class="e-control e-textbox e-lib" role="textbox" readonly="" aria-readonly="true" aria-labelledby="label_textbox_1" value="Custom">
            <span class="e-float-line"></span><label class="e-float-text e-label-top" id="label_textbox_1" for="textbox_1">Template</label></div>
          <div class="e-float-input e-control-wrapper e-input-group e-valid-input e-readonly">
            <input id="textbox_2" class="e-control e-textbox e-lib" role="textbox" readonly="" aria-readonly="true" aria-labelledby="label_textbox_2" value="${u}">
            <span class="e-float-line"></span><label class="e-float-text e-label-top" id="label_textbox_2" for="textbox_2">API URL</label>
            <span class="e-input-group-icon"><button class="e-control e-btn e-lib e-flat e-icon-btn" type="button" aria-label="Copy"><span class="e-btn-icon e-icons e-copy"></span></button></span></div>
        </div>
      </div>`);
    expect(found()).toEqual([{ url: u, integrationName: 'Grafana relay', template: 'Custom' }]);
  });

  it('B12-A10 Webix 10: webix_el_text readonly fields "Integration Name", "Template", "API URL" (label for a numeric id, absolute styles) under a webix_el_label title, a webix_el_button "Copy"', () => {
    render(`
      <div class="webix_view webix_form webix_layout_form" view_id="integrationForm" style="width: 720px; height: 260px;">
        <div class="webix_scroll_cont">
          <div class="webix_view webix_control webix_el_label" view_id="$label1" style="display: inline-block; vertical-align: top; border-width: 0px; margin-top: 14px; margin-left: 14px; width: 692px; height: 38px;">
            <div class="webix_el_box" style="width:692px; height:38px; line-height:38px"><div style="font-size:18px">Uptrends – Ticketing</div></div></div>
          <div class="webix_view webix_control webix_el_text" view_id="name" style="display: inline-block; vertical-align: top; border-width: 0px; margin-top: 10px; margin-left: 14px; width: 692px; height: 38px;">
            <div class="webix_el_box" style="width:692px; height:38px"><label for="1714482033520" style="text-align:left; line-height:32px; width:120px;" class="webix_inp_label ">Integration Name</label><input readonly="true" id="1714482033520" type="text" value="Uptrends – Ticketing" style="width: 566px; text-align: left;"></div></div>
          <div class="webix_view webix_control webix_el_text" view_id="tpl" style="display: inline-block; vertical-align: top; border-width: 0px; margin-top: 10px; margin-left: 14px; width: 692px; height: 38px;">
            <div class="webix_el_box" style="width:692px; height:38px"><label for="1714482033521" style="text-align:left; line-height:32px; width:120px;" class="webix_inp_label ">Template</label><input readonly="true" id="1714482033521" type="text" value="Uptrends" style="width: 566px; text-align: left;"></div></div>
          <div class="webix_view webix_control webix_el_text" view_id="apiUrl" style="display: inline-block; vertical-align: top; border-width: 0px; margin-top: 10px; margin-left: 14px; width: 560px; height: 38px;">
            <div class="webix_el_box" style="width:560px; height:38px"><label for="1714482033522" style="text-align:left; line-height:32px; width:120px;" class="webix_inp_label ">API URL</label><input readonly="true" id="1714482033522" type="text" value="" style="width: 434px; text-align: left;"></div></div>
          <div class="webix_view webix_control webix_el_button webix_secondary" view_id="$button1" style="display: inline-block; vertical-align: top; border-width: 0px; margin-top: 10px; margin-left: 10px; width: 122px; height: 38px;">
            <div class="webix_el_box" style="width:122px; height:38px"><button type="button" class="webix_button">Copy</button></div></div>
        </div>
      </div>`);
    setValue('[view_id="apiUrl"] input', cur(K.webix));
    expect(found()).toEqual([{ url: cur(K.webix), integrationName: 'Uptrends – Ticketing', template: 'Uptrends' }]);
  });

  it('B12-A11 Oracle JET: oj-form-layout with oj-label-value, readonly oj-input-text rendered as div.oj-text-field-readonly (role=textbox, aria-labelledby "|label" id), name in an oj-input-text too and an h1', () => {
    const field = (id: string, label: string, value: string) => `
      <oj-label-value class="oj-label-value oj-complete" label-edge="start">
        <oj-label slot="label" for="${id}" id="${id}-labelled-by" class="oj-label oj-component oj-complete"><div class="oj-label-group oj-flex-itemlabel"><label for="${id}|input" id="${id}-labelled-by|label" class="oj-component-initnode">${label}</label></div></oj-label>
        <oj-input-text slot="value" id="${id}" readonly="" labelled-by="${id}-labelled-by" class="oj-inputtext oj-form-control oj-text-field oj-read-only oj-complete">
          <div class="oj-text-field-container" role="presentation"><div class="oj-text-field-middle"><div class="oj-text-field-readonly" id="${id}|input" role="textbox" aria-readonly="true" tabindex="0" aria-labelledby="${id}-labelled-by|label">${value}</div></div></div>
        </oj-input-text>
      </oj-label-value>`;
    render(`
      <div class="oj-web-applayout-max-width oj-web-applayout-content">
        <h1 class="oj-typography-heading-md">Uptrends – HR portal</h1>
        <oj-form-layout id="ofl1" label-edge="start" readonly="" class="oj-formlayout oj-form-layout oj-complete" direction="row"><div class="oj-form oj-sm-odd-cols-12 oj-md-odd-cols-4 oj-md-labels-inline" role="group">
          ${field('intName', 'Integration Name', 'Uptrends – HR portal')}
          ${field('intTemplate', 'Template', 'Uptrends')}
          ${field('intUrl', 'API URL', cur(K.jet))}
        </div></oj-form-layout>
        <oj-button chroming="outlined" id="copyBtn" class="oj-button oj-component oj-enabled oj-button-outlined-chrome oj-button-text-icon-start oj-complete"><button class="oj-button-button" aria-labelledby="copyBtn_oj0|text"><div class="oj-button-label"><span class="oj-button-icon oj-start"><span class="oj-ux-ico-copy"></span></span><span><span id="copyBtn_oj0|text" class="oj-button-text">Copy</span></span></div></button></oj-button>
      </div>`);
    expect(found()).toEqual([{ url: cur(K.jet), integrationName: 'Uptrends – HR portal', template: 'Uptrends' }]);
  });

  it('B12-A12 Spectrum web components: sp-field-label for an sp-textfield whose input lives in its open shadow root (aria-label from the field label), sp-action-button label="Copy"; hyphenless key; name in a heading', () => {
    const u = cur(K.spectrum);
    render(`
      <sp-theme system="spectrum" color="light" scale="medium" dir="ltr">
        <h1 class="spectrum-Heading spectrum-Heading--sizeL">Uptrends – Creative cloud probes</h1>
        <sp-field-label for="api-url" size="m">API URL</sp-field-label>
        <div style="display: flex; gap: 8px;">
          <sp-textfield id="api-url" readonly="" size="m" style="width: 560px;" dir="ltr"></sp-textfield>
          <sp-action-button quiet="" label="Copy" size="m" dir="ltr" role="button" tabindex="0"><sp-icon-copy slot="icon" size="m"></sp-icon-copy></sp-action-button>
        </div>
        <sp-field-label for="tpl" size="m">Template</sp-field-label>
        <sp-textfield id="tpl" readonly="" size="m" dir="ltr"></sp-textfield>
      </sp-theme>`);
    const shadow = (id: string, label: string, value: string) => {
      const root = el(`#${id}`).attachShadow({ mode: 'open' });
      root.innerHTML = `<div id="textfield"><input class="input" id="input" aria-label="${label}" readonly="" type="text"></div>`;
      setValue('input', value, root);
    };
    shadow('api-url', 'API URL', u);
    shadow('tpl', 'Template', 'Uptrends');
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Creative cloud probes', template: 'Uptrends' }]);
  });

  it('B12-A13 Material Web: md-outlined-text-field readonly (label attribute, native input with aria-label in its open shadow root), trailing md-icon-button aria-label "Copy"; name in an h2', () => {
    render(`
      <main class="page">
        <h2 class="md-typescale-headline-small">Uptrends – Android backend</h2>
        <p class="md-typescale-body-medium">Template: Uptrends</p>
        <md-outlined-text-field label="API URL" readonly="" value="${cur(K.mdweb)}" style="width: 100%;">
          <md-icon-button slot="trailing-icon" aria-label="Copy" toggle="false"><md-icon aria-hidden="true">content_copy</md-icon></md-icon-button>
        </md-outlined-text-field>
      </main>`);
    const host = el('md-outlined-text-field');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<span class="text-field"><md-outlined-field class="field" populated="" has-end=""><input class="input" aria-invalid="false" aria-label="API URL" readonly="" type="text"><span class="icon trailing" slot="end"><slot name="trailing-icon"></slot></span></md-outlined-field></span>`;
    setValue('input', cur(K.mdweb), root);
    expect(found()).toEqual([
      { url: cur(K.mdweb), integrationName: 'Uptrends – Android backend', template: 'Uptrends' },
    ]);
  });

  it('B12-A14 Dojo/dijit: dijitTitlePane titled with the name, formTable rows of label + dijitTextBox readonly ("Integration Name", "Template", "API URL") (dijitReadOnly), dijit Button whose focus node is aria-labelledby its "Copy" text', () => {
    render(`
      <div class="dijitTitlePane" widgetid="dijit_TitlePane_0" id="dijit_TitlePane_0">
        <div class="dijitTitlePaneTitle dijitTitlePaneTitleOpen dijitOpen" data-dojo-attach-point="titleBarNode">
          <div class="dijitTitlePaneTitleFocus" role="button" aria-pressed="true" tabindex="0" aria-controls="dijit_TitlePane_0_pane" id="dijit_TitlePane_0_titleBarNode"><span class="dijitArrowNode" role="presentation"></span><span class="dijitArrowNodeInner">-</span><span data-dojo-attach-point="titleNode" class="dijitTitlePaneTextNode">Uptrends – Mainframe bridge</span></div></div>
        <div class="dijitTitlePaneContentOuter" role="region" aria-labelledby="dijit_TitlePane_0_titleBarNode"><div class="dijitReset"></div>
          <div class="dijitTitlePaneContentInner" id="dijit_TitlePane_0_pane">
            <table class="formTable"><tbody>
              <tr><td><label for="integrationName">Integration Name</label></td><td>
                <div class="dijit dijitReset dijitInline dijitLeft dijitTextBox dijitTextBoxReadOnly dijitReadOnly" id="widget_integrationName" role="presentation" widgetid="integrationName"><div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" data-dojo-attach-point="textbox,focusNode" autocomplete="off" type="text" tabindex="0" id="integrationName" readonly="" aria-readonly="true" value="Uptrends – Mainframe bridge"></div></div></td></tr>
              <tr><td><label for="integrationTemplate">Template</label></td><td>
                <div class="dijit dijitReset dijitInline dijitLeft dijitTextBox dijitTextBoxReadOnly dijitReadOnly" id="widget_integrationTemplate" role="presentation" widgetid="integrationTemplate"><div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" data-dojo-attach-point="textbox,focusNode" autocomplete="off" type="text" tabindex="0" id="integrationTemplate" readonly="" aria-readonly="true" value="Uptrends"></div></div></td></tr>
              <tr><td><label for="apiUrl">API URL</label></td><td>
                <div class="dijit dijitReset dijitInline dijitLeft dijitTextBox dijitTextBoxReadOnly dijitReadOnly" id="widget_apiUrl" role="presentation" widgetid="apiUrl" style="width: 38em;"><div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" data-dojo-attach-point="textbox,focusNode" autocomplete="off" type="text" tabindex="0" id="apiUrl" readonly="" aria-readonly="true" value="${cur(K.dijit)}"></div></div>
                <span class="dijit dijitReset dijitInline dijitButton" role="presentation" widgetid="dijit_form_Button_0"><span class="dijitReset dijitInline dijitButtonNode" data-dojo-attach-event="ondijitclick:__onClick" role="presentation"><span class="dijitReset dijitStretch dijitButtonContents" data-dojo-attach-point="titleNode,focusNode" role="button" aria-labelledby="dijit_form_Button_0_label" tabindex="0" id="dijit_form_Button_0"><span class="dijitReset dijitInline dijitIcon dijitEditorIcon dijitEditorIconCopy" data-dojo-attach-point="iconNode"></span><span class="dijitReset dijitToggleButtonIconChar">●</span><span class="dijitReset dijitInline dijitButtonText" id="dijit_form_Button_0_label" data-dojo-attach-point="containerNode">Copy</span></span></span><input type="button" value="" class="dijitOffScreen" data-dojo-attach-event="onclick:_onClick" tabindex="-1" aria-hidden="true" data-dojo-attach-point="valueNode"></span>
              </td></tr>
            </tbody></table>
          </div></div>
      </div>`);
    expect(found()).toEqual([
      { url: cur(K.dijit), integrationName: 'Uptrends – Mainframe bridge', template: 'Uptrends' },
    ]);
  });

  it('B12-A15 Bootstrap 3 / ASP.NET WebForms (tenant console, legacy URL): panel with a table of label/value cells, asp:Label spans with ctl00_ ids, "API URL:" with a colon, an asp:Button "Copy"', () => {
    const u = leg(K.bs3table);
    render(`
      <form method="post" action="./InboundIntegration.aspx?id=1841" id="aspnetForm">
        <div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUPVXB0cmVuZHM"></div>
        <div class="container"><div class="panel panel-default">
          <div class="panel-heading"><h3 class="panel-title"><span id="ctl00_ContentPlaceHolder1_lblHeader">Inbound Integration</span></h3></div>
          <div class="panel-body">
            <table id="ctl00_ContentPlaceHolder1_tblDetails" class="table table-condensed" cellspacing="0" cellpadding="4" border="0"><tbody>
              <tr><td class="text-right" style="width:180px;"><strong>Integration Name:</strong></td><td><span id="ctl00_ContentPlaceHolder1_lblIntegrationName">Uptrends Tenant Monitoring</span></td></tr>
              <tr><td class="text-right"><strong>Source:</strong></td><td><span id="ctl00_ContentPlaceHolder1_lblSource">Uptrends</span></td></tr>
              <tr><td class="text-right"><strong>API URL:</strong></td><td><span id="ctl00_ContentPlaceHolder1_lblApiUrl" style="font-family:Consolas,monospace;">${u}</span>
                <input type="submit" name="ctl00$ContentPlaceHolder1$btnCopy" value="Copy" onclick="copyToClipboard('ctl00_ContentPlaceHolder1_lblApiUrl'); return false;" id="ctl00_ContentPlaceHolder1_btnCopy" class="btn btn-default btn-xs"></td></tr>
              <tr><td class="text-right"><strong>Recipient Group(s)/User(s):</strong></td><td><span id="ctl00_ContentPlaceHolder1_lblRecipients">NOC; Web Team</span></td></tr>
            </tbody></table>
          </div>
          <div class="panel-footer"><a id="ctl00_ContentPlaceHolder1_lnkBack" class="btn btn-default" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkBack','')">Back to Inbound Integrations</a></div>
        </div></div>
      </form>`);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends Tenant Monitoring', template: 'Uptrends' }]);
  });

  it('B12-A16 Bootstrap 3 form-horizontal in a .well (tenant console, http:// legacy URL as domain.md allows): control-label + p.form-control-static, panel-heading with the name', () => {
    const u = `http://notify.alertops.com/RESTAPI.svc/POSTAlertv2/generic/${K.bs3well}/Uptrends`;
    render(`
      <div class="panel panel-primary">
        <div class="panel-heading"><h3 class="panel-title">Uptrends Legacy Checks</h3></div>
        <div class="panel-body"><div class="well well-sm">
          <form class="form-horizontal">
            <div class="form-group"><label class="col-sm-3 control-label">Integration Name</label><div class="col-sm-9"><p class="form-control-static" id="ctl00_MainContent_txtName">Uptrends Legacy Checks</p></div></div>
            <div class="form-group"><label class="col-sm-3 control-label">Source</label><div class="col-sm-9"><p class="form-control-static">Uptrends</p></div></div>
            <div class="form-group"><label class="col-sm-3 control-label">API URL</label><div class="col-sm-9"><p class="form-control-static" id="ctl00_MainContent_lblUrl">${u}</p>
              <button type="button" class="btn btn-default btn-sm" title="Copy"><span class="glyphicon glyphicon-copy" aria-hidden="true"></span> Copy</button></div></div>
          </form>
        </div></div>
      </div>`);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends Legacy Checks', template: 'Uptrends' }]);
  });

  it('B12-A17 Knockout: data-bind="text: …" spans with values written by the binding, "with: integration" block, label spans without for=, copy button bound with click', () => {
    render(`
      <div id="integrationView" data-bind="with: integration">
        <h2 data-bind="text: name">Uptrends – Call center</h2>
        <div class="row"><span class="lbl">Template</span> <span class="val" data-bind="text: templateName">Uptrends</span></div>
        <div class="row"><span class="lbl">API URL</span>
          <span class="val mono" data-bind="text: apiUrl">${cur(K.knockout)}</span>
          <button type="button" class="btn-icon" data-bind="click: $root.copyUrl, attr: { title: 'Copy' }" title="Copy"><i class="fa fa-copy"></i></button></div>
        <div class="row"><span class="lbl">Escalation Policy</span> <span class="val" data-bind="text: policyName">Tier 1</span></div>
      </div>`);
    expect(found()).toEqual([
      { url: cur(K.knockout), integrationName: 'Uptrends – Call center', template: 'Uptrends' },
    ]);
  });

  it('B12-A18 sonner toast "Integration saved" (ol[data-sonner-toaster] li[data-sonner-toast]) whose description is "API URL" + the URL and whose action button is "Copy": the URL is captured (name not asserted: it is only in the form behind)', () => {
    const u = cur(K.toast);
    render(`
      <main><form>
        <h2>Basic Settings</h2>
        <label for="iname">Integration Name</label><input id="iname" value="Uptrends – Billing">
        <button type="submit">Submit</button>
      </form></main>
      <section aria-label="Notifications alt+T" tabindex="-1" aria-live="polite" aria-relevant="additions text" aria-atomic="false">
        <ol dir="ltr" tabindex="-1" data-sonner-toaster="true" data-theme="light" data-y-position="bottom" data-x-position="right" style="--front-toast-height: 74px; --width: 356px; --gap: 14px;">
          <li tabindex="0" data-sonner-toast="" data-styled="true" data-mounted="true" data-promise="false" data-removed="false" data-visible="true" data-y-position="bottom" data-x-position="right" data-index="0" data-front="true" data-swiping="false" data-dismissible="true" data-type="success" data-expanded="false" style="--index: 0; --toasts-before: 0; --z-index: 1; --offset: 0px; --initial-height: 74px;">
            <div data-icon=""><svg viewBox="0 0 20 20" fill="currentColor" height="20" width="20"><path d="M10 18a8"></path></svg></div>
            <div data-content=""><div data-title="">Integration saved</div><div data-description="">API URL: <span class="font-mono">${u}</span></div></div>
            <button data-button="true">Copy</button>
          </li>
        </ol>
      </section>`);
    expect(urls()).toEqual([u]);
    expect(byUrl(u)?.template).toBe('Uptrends');
  });

  it('B12-A19 plain definition list: <dl> with <dt>Integration Name</dt><dd>…</dd>, <dt>Template</dt>, <dt>API URL</dt><dd>URL</dd>, no copy button', () => {
    render(`
      <article class="integration">
        <header><h1>Inbound Integrations</h1></header>
        <dl class="details">
          <dt>Integration Name</dt><dd>Uptrends – Partner API</dd>
          <dt>Template</dt><dd>Uptrends</dd>
          <dt>API URL</dt><dd>${cur(K.dl)}</dd>
          <dt>Escalation Policy</dt><dd>Partners</dd>
        </dl>
      </article>`);
    expect(found()).toEqual([{ url: cur(K.dl), integrationName: 'Uptrends – Partner API', template: 'Uptrends' }]);
  });

  it('B12-A20 (debatable: README says textareas are never read) readonly <textarea> labelled "API URL" with a "Copy" button beside it, under an "Integration Name" field', () => {
    render(`
      <section class="integration-detail">
        <div class="form-row"><label for="fname">Integration Name</label><input id="fname" readonly value="Uptrends – Long URL view"></div>
        <div class="form-row"><label for="furl">API URL</label>
          <textarea id="furl" readonly rows="2" cols="60" class="mono" spellcheck="false">${cur(K.textarea)}</textarea>
          <button type="button" class="btn btn-sm">Copy</button></div>
      </section>`);
    expect(found()).toEqual([
      { url: cur(K.textarea), integrationName: 'Uptrends – Long URL view', template: 'Uptrends' },
    ]);
  });

  it('B12-A21 endpoint URL at the top of the saved page (current UI per domain.md): inline <code> (not in <pre>) with an icon button aria-label "Copy", name in the h1', () => {
    render(`
      <div class="page-header">
        <h1 class="page-title">Uptrends – Loyalty app</h1>
        <div class="endpoint"><code class="endpoint-url">${cur(K.code)}</code>
          <button type="button" class="icon-btn" aria-label="Copy"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2h8v10H4z"></path></svg></button></div>
      </div>
      <div class="page-body"><h3>Basic Settings</h3><div>Escalation Policy: Default</div></div>`);
    expect(found()).toEqual([{ url: cur(K.code), integrationName: 'Uptrends – Loyalty app', template: 'Uptrends' }]);
  });

  it('B12-A22 URL split across spans with the key highlighted in a <mark>, labelled "API URL", with a Copy button; name in "Integration Name" row', () => {
    const u = cur(K.split);
    render(`
      <div class="detail-grid">
        <div class="detail-row"><div class="detail-label">Integration Name</div><div class="detail-value">Uptrends – Split view</div></div>
        <div class="detail-row"><div class="detail-label">API URL</div>
          <div class="detail-value"><span class="url"><span class="url-base">https://notify.alertops.com/POSTAlert/</span><mark class="url-key">${K.split}</mark><span class="url-tail">/Uptrends</span></span>
            <button type="button" class="copy">Copy</button></div></div>
      </div>`);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Split view', template: 'Uptrends' }]);
  });

  it('B12-A23 an <a href> whose text is the URL (target=_blank), labelled "API URL" in a label/value row; name in "Integration Name" row', () => {
    const u = cur(K.anchor);
    render(`
      <div class="props">
        <div class="prop"><span class="prop-label">Integration Name</span><span class="prop-value">Uptrends – Linked</span></div>
        <div class="prop"><span class="prop-label">Template</span><span class="prop-value">Uptrends</span></div>
        <div class="prop"><span class="prop-label">API URL</span><span class="prop-value"><a href="${u}" target="_blank" rel="noopener noreferrer">${u}</a></span></div>
      </div>`);
    expect(found()).toEqual([{ url: u, integrationName: 'Uptrends – Linked', template: 'Uptrends' }]);
  });

  it('B12-A25 Ionic 7 modern inputs: ion-input label="API URL" label-placement="stacked" (scoped: label.input-wrapper holds div.label-text and the native input), ion-title in the toolbar and an "Integration Name" ion-input', () => {
    const inp = (n: number, label: string) => `
      <ion-input label="${label}" label-placement="stacked" fill="outline" readonly="" class="md input-fill-outline input-label-placement-stacked hydrated has-value">
        <label class="input-wrapper" for="ion-input-${n}">
          <div class="label-text-wrapper"><div class="label-text">${label}</div></div>
          <div class="native-wrapper"><input class="native-input" id="ion-input-${n}" autocapitalize="off" autocomplete="off" autocorrect="off" name="ion-input-${n}" readonly="" spellcheck="false" type="text"></div>
        </label>
        <div class="input-outline-container"><div class="input-outline-start"></div><div class="input-outline-notch"><div class="notch-spacer" aria-hidden="true">${label}</div></div><div class="input-outline-end"></div></div>
      </ion-input>`;
    render(`
      <ion-app class="md ion-page hydrated"><div class="ion-page">
        <ion-header class="md header-md hydrated"><ion-toolbar class="md in-toolbar hydrated"><ion-buttons slot="start" class="buttons-first-slot sc-ion-buttons-md-h sc-ion-buttons-md-s md hydrated"><ion-back-button class="md button back-button-has-icon-only ion-activatable ion-focusable hydrated show-back-button" aria-label="back"></ion-back-button></ion-buttons><ion-title class="md title-default hydrated">Uptrends – Courier app</ion-title></ion-toolbar></ion-header>
        <ion-content class="md hydrated"><ion-list class="md list-md hydrated">
          <ion-item class="md item-lines-default item-fill-none in-list hydrated">${inp(2, 'Integration Name')}</ion-item>
          <ion-item class="md item-lines-default item-fill-none in-list hydrated">${inp(3, 'Template')}</ion-item>
          <ion-item class="md item-lines-default item-fill-none in-list hydrated">${inp(4, 'API URL')}
            <ion-button slot="end" fill="clear" class="md button button-clear in-item ion-activatable ion-focusable hydrated" aria-label="Copy"><ion-icon slot="icon-only" name="copy-outline" role="img" class="md hydrated" aria-label="copy outline"></ion-icon></ion-button></ion-item>
        </ion-list></ion-content>
      </div></ion-app>`);
    setValue('#ion-input-2', 'Uptrends – Courier app');
    setValue('#ion-input-3', 'Uptrends');
    setValue('#ion-input-4', cur(K.ionic7));
    expect(found()).toEqual([{ url: cur(K.ionic7), integrationName: 'Uptrends – Courier app', template: 'Uptrends' }]);
  });

  it('B12-A27 current UI wording (domain.md: "displays the endpoint URL at the top"): Blueprint form-group labelled "Endpoint URL" with a readonly input and no copy button, name in "Integration Name"', () => {
    render(`
      <div class="bp5-card">
        <div class="bp5-form-group"><label class="bp5-label" for="ep">Endpoint URL</label><div class="bp5-form-content"><div class="bp5-input-group bp5-fill">
          <input type="text" id="ep" class="bp5-input" readonly="" value="${cur(K.endpoint)}"></div></div></div>
        <h4 class="bp5-heading">Basic Settings</h4>
        <div class="bp5-form-group"><label class="bp5-label" for="nm">Integration Name</label><div class="bp5-form-content"><div class="bp5-input-group">
          <input type="text" id="nm" class="bp5-input" value="Uptrends – Nightly batch"></div></div></div>
        <div class="bp5-form-group"><label class="bp5-label" for="pol">Escalation Policy</label><div class="bp5-form-content"><div class="bp5-html-select"><select id="pol"><option selected>Default</option></select></div></div></div>
      </div>`);
    expect(found()).toEqual([
      { url: cur(K.endpoint), integrationName: 'Uptrends – Nightly batch', template: 'Uptrends' },
    ]);
  });
});

describe('blind12: lists of several integrations', () => {
  it('B12-A24 Ext JS grid: header container of x-column-header divs (Name, Template, API URL) apart from the body, each row its own table.x-grid-item with x-grid-cell-inner divs', () => {
    const u1 = cur(K.extGrid1);
    const u2 = legLower(K.extGrid2, 'Custom');
    const hdr = (n: number, text: string) =>
      `<div class="x-column-header x-column-header-align-start x-box-item x-column-header-default x-unselectable" id="gridcolumn-${n}" role="columnheader" aria-sort="none" tabindex="-1"><div class="x-column-header-inner" id="gridcolumn-${n}-titleEl"><div class="x-column-header-text-container"><div class="x-column-header-text-wrapper"><div id="gridcolumn-${n}-textEl" class="x-column-header-text"><span class="x-column-header-text-inner">${text}</span></div></div></div></div></div>`;
    const row = (i: number, name: string, tpl: string, u: string) => `
      <table id="tableview-1040-record-${i}" data-boundview="tableview-1040" data-recordid="${i}" data-recordindex="${i - 1}" class="x-grid-item" style=";width:0" cellpadding="0" cellspacing="0" role="presentation"><tbody>
        <tr class="x-grid-row" role="row" aria-rowindex="${i + 1}">
          <td class="x-grid-cell x-grid-td x-grid-cell-gridcolumn-1041 x-grid-cell-first" style="width:200px;" role="gridcell" tabindex="-1"><div unselectable="on" class="x-grid-cell-inner " style="text-align:left;">${name}</div></td>
          <td class="x-grid-cell x-grid-td x-grid-cell-gridcolumn-1042" style="width:120px;" role="gridcell" tabindex="-1"><div unselectable="on" class="x-grid-cell-inner " style="text-align:left;">${tpl}</div></td>
          <td class="x-grid-cell x-grid-td x-grid-cell-gridcolumn-1043" style="width:560px;" role="gridcell" tabindex="-1"><div unselectable="on" class="x-grid-cell-inner " style="text-align:left;">${u}</div></td>
          <td class="x-grid-cell x-grid-td x-grid-cell-actioncolumn-1044 x-action-col-cell x-grid-cell-last" style="width:60px;" role="gridcell" tabindex="-1"><div unselectable="on" class="x-grid-cell-inner x-grid-cell-inner-action-col" style="text-align:center;"><div role="button" tabindex="-1" class="x-action-col-icon x-action-col-0 x-fa fa-copy" data-qtip="Copy API URL" aria-label="Copy API URL"></div></div></td>
        </tr></tbody></table>`;
    render(`
      <div class="x-panel x-grid x-panel-default x-grid-with-row-lines" id="integrationgrid-1038" role="grid" aria-labelledby="integrationgrid-1038_header-title-textEl">
        <div class="x-panel-header x-header x-panel-header-default" id="integrationgrid-1038_header"><div class="x-title"><div id="integrationgrid-1038_header-title-textEl" class="x-title-text x-title-text-default">Inbound Integrations</div></div></div>
        <div class="x-grid-header-ct x-docked x-grid-header-ct-default x-docked-top x-box-layout-ct" id="headercontainer-1039" role="rowgroup"><div class="x-box-inner" role="presentation"><div class="x-box-target" role="row">
          ${hdr(1041, 'Name')}${hdr(1042, 'Template')}${hdr(1043, 'API URL')}${hdr(1044, '&nbsp;')}
        </div></div></div>
        <div class="x-panel-body x-grid-body x-panel-body-default" id="integrationgrid-1038-body"><div class="x-grid-view x-fit-item x-grid-view-default x-scroller" id="tableview-1040" role="rowgroup">
          <div class="x-grid-item-container" role="presentation" style="width:940px;">
            ${row(1, 'Uptrends – Web', 'Uptrends', u1)}
            ${row(2, 'Legacy relay', 'Custom', u2)}
          </div></div></div>
      </div>`);
    expect(found()).toHaveLength(2);
    expect(byUrl(u1)).toEqual({ url: u1, integrationName: 'Uptrends – Web', template: 'Uptrends' });
    expect(byUrl(u2)).toEqual({ url: u2, integrationName: 'Legacy relay', template: 'Custom' });
  });

  it('B12-A28 Webix datatable: column-oriented body (one div.webix_column per column, cells role=gridcell with aria-rowindex/aria-colindex), header in its own table: each URL under its row name', () => {
    const u1 = cur(K.webixDt1);
    const u2 = cur(K.webixDt2, 'Custom');
    const col = (c: number, left: number, width: number, cells: string[]) =>
      `<div class="webix_column${c === 0 ? ' webix_first' : ''}" role="presentation" column="${c}" style="width:${width}px;left:${left}px;top:0px;">${cells
        .map(
          (v, r) =>
            `<div role="gridcell" aria-rowindex="${r + 2}" aria-colindex="${c + 1}" class="webix_cell">${v}</div>`,
        )
        .join('')}</div>`;
    const hcell = (c: number, text: string) =>
      `<td class="${c === 0 ? 'webix_first ' : ''}webix_last_row" role="columnheader" aria-colindex="${c + 1}" column="${c}" style="height:32px;"><div class="webix_hcell">${text}</div></td>`;
    const copy = '<span class="webix_icon wxi-file" role="button" tabindex="0" aria-label="Copy API URL"></span>';
    render(`
      <div class="webix_view webix_dtable" view_id="integrations" role="grid" aria-rowcount="3" aria-colcount="4" style="width: 940px; height: 140px;">
        <div class="webix_ss_header" role="rowgroup" style="height:33px;"><div class="webix_hs_left"></div><div class="webix_hs_center"><table role="presentation" cellspacing="0" cellpadding="0"><tbody>
          <tr style="height:0px;"><th style="width:200px;"></th><th style="width:120px;"></th><th style="width:560px;"></th><th style="width:60px;"></th></tr>
          <tr class="webix_first_row" role="row" aria-rowindex="1">${hcell(0, 'Name')}${hcell(1, 'Template')}${hcell(2, 'API URL')}${hcell(3, '')}</tr>
        </tbody></table></div><div class="webix_hs_right"></div></div>
        <div class="webix_ss_body"><div class="webix_ss_left"><div class="webix_ss_center_scroll" role="rowgroup"></div></div>
          <div class="webix_ss_center" style="width:940px;"><div class="webix_ss_center_scroll" role="rowgroup" style="width:940px;height:64px;">
            ${col(0, 0, 200, ['Uptrends – Shop', 'Zabbix forwarder'])}
            ${col(1, 200, 120, ['Uptrends', 'Custom'])}
            ${col(2, 320, 560, [u1, u2])}
            ${col(3, 880, 60, [copy, copy])}
          </div></div>
          <div class="webix_ss_right"><div class="webix_ss_center_scroll" role="rowgroup"></div></div></div>
      </div>`);
    expect(found()).toHaveLength(2);
    expect(byUrl(u1)).toEqual({ url: u1, integrationName: 'Uptrends – Shop', template: 'Uptrends' });
    expect(byUrl(u2)).toEqual({ url: u2, integrationName: 'Zabbix forwarder', template: 'Custom' });
  });

  it('B12-A30 ASP.NET GridView (Bootstrap 3 table, tenant console): th headers, server-rendered cells with whitespace/newlines around the legacy URL, LinkButton "Copy" per row: each URL under its row name', () => {
    const u1 = leg(K.gridView1);
    const u2 = legLower(K.gridView2, 'Custom');
    const row = (i: number, name: string, src: string, u: string) => `
          <tr>
            <td>
              ${name}
            </td><td>${src}</td><td>
              <span id="ctl00_ContentPlaceHolder1_gvIntegrations_ctl0${i}_lblUrl">
                ${u}
              </span>
            </td><td>
              <a id="ctl00_ContentPlaceHolder1_gvIntegrations_ctl0${i}_lnkCopy" class="btn btn-default btn-xs" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvIntegrations$ctl0${i}$lnkCopy','')">Copy</a>
            </td>
          </tr>`;
    render(`
      <div class="panel panel-default"><div class="panel-heading">Inbound Integrations</div>
        <div>
        <table class="table table-striped table-bordered" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvIntegrations" style="border-collapse:collapse;">
          <tbody><tr>
            <th scope="col">Integration Name</th><th scope="col">Source</th><th scope="col">API URL</th><th scope="col">&nbsp;</th>
          </tr>${row(2, 'Uptrends Production', 'Uptrends', u1)}${row(3, 'Nagios relay', 'Custom', u2)}
        </tbody></table>
        </div></div>`);
    expect(found()).toHaveLength(2);
    expect(byUrl(u1)).toEqual({ url: u1, integrationName: 'Uptrends Production', template: 'Uptrends' });
    expect(byUrl(u2)).toEqual({ url: u2, integrationName: 'Nagios relay', template: 'Custom' });
  });
});

describe('blind12: must NOT capture', () => {
  it('B12-N01 Vaadin unsaved "+ ADD API" form with help text giving samples ("e.g. …/<your key>/Uptrends", an all-zero key) in sentences: nothing', () => {
    render(`
      <vaadin-vertical-layout theme="padding spacing">
        <h2>Basic Settings</h2>
        <vaadin-text-field label="Integration Name" has-label="" has-value="">
          <label slot="label" id="label-vaadin-text-field-20" for="input-vaadin-text-field-21">Integration Name</label>
          <input slot="input" type="text" id="input-vaadin-text-field-21" aria-labelledby="label-vaadin-text-field-20">
        </vaadin-text-field>
        <div class="help-text">
          <p>After you click Submit, AlertOps shows the API URL of this integration, e.g. https://notify.alertops.com/POSTAlert/&lt;your key&gt;/Uptrends.</p>
          <p>For example: https://notify.alertops.com/POSTAlert/00000000-0000-0000-0000-000000000000/Uptrends is what a URL looks like, with your own key in place of the zeros.</p>
        </div>
        <vaadin-button theme="primary" role="button" tabindex="0">Submit</vaadin-button>
      </vaadin-vertical-layout>`);
    setValue('#input-vaadin-text-field-21', 'Uptrends');
    expect(urls()).toEqual([]);
  });

  it('B12-N02 Outbound integrations (Blueprint card): readonly "Webhook URL" fields to hooks.slack.com and webhook.site, each with a Copy button: nothing', () => {
    render(`
      <div class="bp5-card">
        <h3 class="bp5-heading">Outbound Integrations</h3>
        <div class="bp5-form-group"><label class="bp5-label" for="o1">Slack – #noc Webhook URL</label><div class="bp5-input-group">
          <input id="o1" class="bp5-input" readonly value="https://hooks.slack.com/services/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">
          <span class="bp5-input-action"><button type="button" class="bp5-button bp5-minimal" aria-label="Copy">Copy</button></span></div></div>
        <div class="bp5-form-group"><label class="bp5-label" for="o2">Target URL</label><div class="bp5-input-group">
          <input id="o2" class="bp5-input" readonly value="https://webhook.site/${K.slackPage}">
          <span class="bp5-input-action"><button type="button" class="bp5-button bp5-minimal" aria-label="Copy">Copy</button></span></div></div>
      </div>`);
    expect(urls()).toEqual([]);
  });

  it('B12-N03 documentation shown in the app (Docusaurus-like article in a help panel): sample notify.alertops.com URL inline in a sentence and in a curl code block with "Copy code to clipboard": nothing', () => {
    render(`
      <div class="help-panel" role="complementary" aria-label="Help">
        <article><div class="theme-doc-markdown markdown">
          <header><h1>Sending alerts to an API integration</h1></header>
          <p>POST a JSON body to your integration's endpoint, for instance <code>${cur(K.docs)}</code>, and AlertOps opens an alert.</p>
          <div class="language-bash codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex">
            <pre tabindex="0" class="prism-code language-bash codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line"><span class="token plain">curl -X POST ${cur(K.docsBlock)} -H "Content-Type: application/json" -d '{"status":"open"}'</span></span></code></pre>
            <div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"><path d="M19,21H8V7H19M19"></path></svg></span></button></div>
          </div></div>
        </div></article>
      </div>`);
    expect(urls()).toEqual([]);
  });

  it('B12-N04 shadcn unsaved form: the "API URL" input is empty and its placeholder attribute holds a full, random-keyed example URL, with a disabled Copy button: nothing', () => {
    render(`
      <div class="rounded-lg border bg-card shadow-sm p-6 grid gap-2">
        <h3 class="text-2xl font-semibold">New API integration</h3>
        <label class="text-sm font-medium leading-none" for=":r9:">API URL</label>
        <div class="flex items-center space-x-2">
          <input class="flex h-10 w-full rounded-md border" id=":r9:" readonly="" value="" placeholder="${cur(K.placeholder)}">
          <button class="inline-flex items-center justify-center rounded-md h-10 w-10" type="button" disabled=""><span class="sr-only">Copy</span>${LUCIDE_COPY}</button>
        </div>
      </div>`);
    expect(urls()).toEqual([]);
  });

  it('B12-N05 daisyUI masked URL (key shown as •••• with the last 4 kept), "Reveal" and "Copy" buttons, no full key anywhere in the DOM: nothing', () => {
    render(`
      <div class="card bg-base-100"><div class="card-body">
        <h2 class="card-title">Uptrends – Masked</h2>
        <label class="form-control"><div class="label"><span class="label-text">API URL</span></div>
          <div class="join"><input type="text" readonly class="input input-bordered join-item" value="https://notify.alertops.com/POSTAlert/••••••••-••••-••••-••••-••••••••5e1a/Uptrends">
            <button class="btn join-item">Reveal</button><button class="btn join-item">Copy</button></div></label>
        <p class="font-mono">https://notify.alertops.com/POSTAlert/93f1••••••••••••••••••••••••5e1a/Uptrends</p>
      </div></div>`);
    expect(urls()).toEqual([]);
  });

  it('B12-N06 lookalike hosts (notify.alertops.com.evil.example, notify.alertops.com@evil.example) in labelled readonly fields with Copy buttons: nothing', () => {
    render(`
      <div class="e-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Uptrends – Phish</div></div></div>
        <div class="e-card-content">
          <div class="e-float-input e-input-group"><input id="ev1" class="e-control e-textbox e-lib" readonly aria-labelledby="lev1" value="https://notify.alertops.com.evil.example/POSTAlert/${K.evil}/Uptrends"><label class="e-float-text e-label-top" id="lev1" for="ev1">API URL</label>
            <button class="e-control e-btn e-lib e-icon-btn" type="button" aria-label="Copy"><span class="e-btn-icon e-icons e-copy"></span></button></div>
          <div class="e-float-input e-input-group"><input id="ev2" class="e-control e-textbox e-lib" readonly aria-labelledby="lev2" value="https://notify.alertops.com@evil.example/POSTAlert/${K.evil2}/Uptrends"><label class="e-float-text e-label-top" id="lev2" for="ev2">API URL</label>
            <button class="e-control e-btn e-lib e-icon-btn" type="button" aria-label="Copy"><span class="e-btn-icon e-icons e-copy"></span></button></div>
        </div></div>`);
    expect(urls()).toEqual([]);
  });
});
