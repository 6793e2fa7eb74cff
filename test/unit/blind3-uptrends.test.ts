/** Blind round 3: web components (open shadow roots), label quirks, second forms, whitespace values. */
import { afterEach, describe, expect, it } from 'vitest';
import { tick } from '../../src/dom/fields';
import { scopesOf } from '../../src/dom/shadow';
import { findIntegrationEditor, type IntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, type EscalationLevel, findEscalationLevels } from '../../src/sites/uptrends/escalation';
import { fillEditor } from '../../src/sites/uptrends/fill';
import { countInputs, expectPlainFill, mount, must, PROPOSED, q, resetPage, URL } from './blind-helpers';

afterEach(resetPage);

/** Attach an open shadow root with `html` to every element matching `selector` inside `root`. */
function attach(root: ParentNode, selector: string, html: string | ((host: Element) => string)): ShadowRoot[] {
  return [...root.querySelectorAll(selector)].map((host) => {
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = typeof html === 'string' ? html : html(host);
    return sr;
  });
}

function sq<T extends Element = HTMLInputElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`shadow fixture lacks ${selector}`);
  return el;
}

function editorAnywhere(): IntegrationEditor | null {
  for (const scope of scopesOf(document)) {
    const editor = findIntegrationEditor(scope);
    if (editor) return editor;
  }
  return null;
}

function levelsAnywhere(): EscalationLevel[] {
  return scopesOf(document).flatMap((scope) => findEscalationLevels(scope));
}

async function expectShadowFill(urlField: HTMLInputElement, nameField?: HTMLInputElement): Promise<void> {
  const events = countInputs(urlField);
  const editor = editorAnywhere();
  expect(editor, 'editor found').not.toBeNull();
  expect(editor?.isAlertOps, 'isAlertOps').toBe(true);
  const outcome = await fillEditor(must(editor), URL, PROPOSED);
  expect(outcome.kind).toBe('filled');
  expect(urlField.value).toBe(URL);
  expect(events.n).toBeGreaterThan(0);
  if (nameField) expect(nameField.value).toBe(PROPOSED);
}

function expectTickAnywhere(box: HTMLInputElement, others: HTMLInputElement[] = []): EscalationLevel[] {
  const levels = levelsAnywhere();
  expect(levels.length, 'levels found').toBeGreaterThan(0);
  const choice = chooseAlertOpsBox(must(levels[0]), []);
  expect(choice.kind).toBe('one');
  if (choice.kind === 'one') tick(choice.item.box);
  expect(box.checked, 'AlertOps ticked').toBe(true);
  for (const other of others) expect(other.checked, `untouched ${other.id}`).toBe(false);
  return levels;
}

const VARS_EN = `<h4>Predefined variables</h4>
<table class="vars"><thead><tr><th>Variable</th><th>Value</th></tr></thead><tbody>
<tr><td>AlertOpsUrl</td><td><select class="mode"><option selected>Specify value here</option><option>Specify value in escalation level</option></select></td>
<td><input type="text" class="var-url" value=""><button type="button" title="Edit value">⋯</button></td></tr></tbody></table>`;

describe('blind3: integration editor in web components', () => {
  it('W01 en whole form inside <ut-integration-editor> shadow root, plain labels/inputs there', async () => {
    mount(
      `<ut-app-shell><h1 slot="title">Integrations</h1></ut-app-shell><ut-integration-editor integration-type="AlertOps"></ut-integration-editor>`,
    );
    const [sr] = attach(
      document,
      'ut-integration-editor',
      `
<style>:host{display:block}</style>
<form class="editor" role="dialog" aria-label="Edit integration">
 <h2>Integration: AlertOps</h2>
 <div class="row"><label for="name">Integration name</label><input id="name" type="text" value=""></div>
 <div class="row"><label for="type">Integration type</label><input id="type" type="text" value="AlertOps" readonly></div>
 ${VARS_EN}
 <button type="button">Send test alert</button><button type="submit">Save</button>
</form>`,
    );
    const root = must(sr);
    await expectShadowFill(sq(root, '.var-url'), sq(root, '#name'));
  });
});

describe('blind3: escalation levels in web components', () => {
  it('W04 en <ut-escalation-level> with its shadow root holding Active, section and checkboxes', () => {
    mount(`<h1>Alert definition: Production</h1><ut-tabs><ut-tab selected>Escalation level 1</ut-tab><ut-tab>Escalation level 2</ut-tab></ut-tabs>
<ut-escalation-level level="1"></ut-escalation-level>`);
    const [sr] = attach(
      document,
      'ut-escalation-level',
      `<div role="tabpanel" aria-label="Escalation level 1">
 <label><input type="checkbox" id="act" checked> Active</label>
 <h4>Alerting by integrations</h4>
 <ul class="integrations">
  <li><label><input type="checkbox" id="mail" checked> E-mail</label></li>
  <li><label><input type="checkbox" id="sms"> SMS</label></li>
  <li><label><input type="checkbox" id="slack"> Slack #ops</label></li>
  <li><label><input type="checkbox" id="ao"> AlertOps – Ops team</label>
   <div class="opts"><label><input type="checkbox" id="ao-ok"> Send OK alerts</label><label><input type="checkbox" id="ao-rem"> Send reminder alerts</label></div></li>
 </ul></div>`,
    );
    const r = must(sr);
    const levels = expectTickAnywhere(sq(r, '#ao'), [sq(r, '#slack'), sq(r, '#ao-ok')]);
    expect(must(levels[0]).active).toBe(true);
  });

  it('W07 en older wording "Alerts by integrations:" with NBSP before the colon, light DOM', () => {
    mount(`<div role="tabpanel"><h3>Escalation level 1</h3>
<label><input type="checkbox" id="act" checked> Active</label>
<p class="section-label"><strong>Alerts by integrations\u00a0:</strong></p>
<div><input type="checkbox" id="mail" checked><label for="mail">E-mail</label></div>
<div><input type="checkbox" id="slack"><label for="slack">Slack</label></div>
<div><input type="checkbox" id="ao"><label for="ao">AlertOps</label></div></div>`);
    expectTickAnywhere(q('#ao'), [q('#slack')]);
  });
});

describe('blind3: label quirks and second forms', () => {
  it('E31 en labels with trailing colon, asterisk and NBSP; ALL-CAPS text', async () => {
    mount(`<div class="modal" role="dialog"><h3 class="modal-title">EDIT INTEGRATION</h3><form>
<div><label for="nm">INTEGRATION\u00a0NAME\u00a0*:</label><input id="nm" type="text"></div>
<div><label for="tp">INTEGRATION TYPE:</label><select id="tp" disabled><option>Slack</option><option selected>AlertOps</option></select></div>
<h4>PREDEFINED VARIABLES</h4>
<div class="var"><label for="u">ALERTOPSURL\u00a0*:</label><select id="m"><option selected>Specify value here</option><option>Specify value in escalation level</option></select><input id="u" type="text"></div>
<button type="submit">SAVE</button></form></div>`);
    await expectPlainFill({ url: '#u', name: '#nm', untouched: ['#tp', '#m'] });
  });

  it('E32 de "Integrationsname" with a header search form before the editor', async () => {
    mount(`<header><form role="search" action="/Search"><label for="q">Suchen</label><input id="q" type="search" name="q" placeholder="Suchen…"><button>Los</button></form></header>
<main><h1>Integration bearbeiten</h1><form id="ed">
<div><label for="nm">Integrationsname</label><input id="nm" type="text"></div>
<div><label for="tp">Integrationstyp</label><select id="tp" disabled><option selected>AlertOps</option></select></div>
<h4>Vordefinierte Variablen</h4>
<table><tr><td>AlertOpsUrl</td><td><select id="m"><option selected>Wert hier eintragen</option><option>Wert in der Eskalationsstufe eintragen</option></select></td><td><input id="u" type="text"></td></tr></table>
<button type="submit">Speichern</button></form></main>`);
    await expectPlainFill({ url: '#u', name: '#nm', untouched: ['#q'] });
  });

  it('E33 nl "Integratienaam" editor beside a filter form (name filter + type select incl. AlertOps)', async () => {
    mount(`<aside><form class="filter"><h4>Filter</h4>
<label for="fn">Naam</label><input id="fn" type="text" placeholder="Filteren op naam">
<label for="ft">Type</label><select id="ft"><option selected>Alle types</option><option>AlertOps</option><option>Slack</option></select>
<button>Toepassen</button></form>
<ul><li>AlertOps – Ops</li><li>Slack storingen</li></ul></aside>
<main><h2>Integratie toevoegen</h2><form>
<div><label for="nm">Integratienaam</label><input id="nm" type="text"></div>
<div><label>Integratietype</label><span class="type">AlertOps</span></div>
<h4>Voorgedefinieerde variabelen</h4>
<div class="var"><span class="vn">AlertOpsUrl</span><select id="m"><option selected>Waarde hier opgeven</option><option>Waarde in escalatieniveau opgeven</option></select><input id="u" type="text" aria-label="Waarde"></div>
<button>Opslaan</button></form></main>`);
    await expectPlainFill({ url: '#u', name: '#nm', untouched: ['#fn', '#ft'] });
  });
});

describe('blind3: whitespace in existing values', () => {
  const page = (nameValue: string, urlValue: string) => `<div role="dialog"><h3>Edit integration</h3>
<label for="nm">Integration name</label><input id="nm" type="text" value="${nameValue}">
<label for="tp">Integration type</label><select id="tp" disabled><option selected>AlertOps</option></select>
${VARS_EN.replace('value=""', `value="${urlValue}"`)}<button>Save</button></div>`;

  it('E34 en URL field already holds the same URL with surrounding whitespace → already-filled, no events', async () => {
    mount(page('AlertOps – Ops', `  ${URL} \t`));
    const field = q('.var-url');
    const before = field.value;
    const events = countInputs(field);
    const changes = { n: 0 };
    field.addEventListener('change', () => changes.n++);
    const outcome = await fillEditor(must(findIntegrationEditor(document)), URL, PROPOSED);
    expect(outcome.kind).toBe('already-filled');
    expect(field.value).toBe(before);
    expect(events.n + changes.n).toBe(0);
  });

  it('E35 en name field holding only spaces counts as empty: proposed name filled', async () => {
    mount(page('   ', ''));
    const outcome = await fillEditor(must(findIntegrationEditor(document)), URL, PROPOSED);
    expect(outcome.kind).toBe('filled');
    if (outcome.kind === 'filled') expect(outcome.nameFilled).toBe(true);
    expect(q('#nm').value).toBe(PROPOSED);
    expect(q('.var-url').value).toBe(URL);
  });
});
