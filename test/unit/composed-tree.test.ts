/**
 * Design-system web components (Shoelace, Lit, FAST style): each checkbox or field is a component of its own, its
 * native control sits in the component's shadow root and its label is slotted in from the light DOM. A level or an
 * editor is then spread over several trees, sometimes nested, and only the composed tree shows it whole.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tick } from '../../src/dom/fields';
import { scopesOf } from '../../src/dom/shadow';
import { findIntegrationEditor, type IntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, type EscalationLevel, findEscalationLevels } from '../../src/sites/uptrends/escalation';
import { fillEditor } from '../../src/sites/uptrends/fill';
import { must, PROPOSED, resetPage, URL } from './blind-helpers';

afterEach(resetPage);

/** A checkbox component: native input in its shadow root, label from the default slot (or the named "label" slot). */
const CHECKBOX_SHADOW = `<label part="base"><span class="control"><input type="checkbox" part="input"></span>
<span part="label"><slot></slot><slot name="label"></slot></span></label>`;
/** A text field component: label from the "label" slot, or the `label` attribute as the slot's fallback. */
const inputShadow = (host: Element) => `<div part="form-control">
<label part="label" for="control"><slot name="label">${host.getAttribute('label') ?? ''}</slot></label>
<input id="control" type="text" part="input"></div>`;

/** Upgrades every component in `root` (and in the shadow roots it creates), like customElements.define would. */
function upgrade(root: ParentNode): void {
  for (const host of Array.from(root.querySelectorAll('x-check, x-input, x-select, x-level, x-editor'))) {
    if (host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    const tag = host.tagName.toLowerCase();
    if (tag === 'x-check') {
      shadow.innerHTML = CHECKBOX_SHADOW;
      const input = shadow.querySelector('input') as HTMLInputElement;
      input.checked = host.hasAttribute('checked');
    } else if (tag === 'x-select') {
      const value = host.getAttribute('value') ?? '';
      shadow.innerHTML = `<label for="s">${host.getAttribute('label') ?? ''}</label>
<select id="s" part="select"><option>E-mail</option><option>Slack</option><option>AlertOps</option></select>`;
      (shadow.querySelector('select') as HTMLSelectElement).value = value;
    } else if (tag === 'x-input') {
      shadow.innerHTML = inputShadow(host);
      (shadow.querySelector('input') as HTMLInputElement).value = host.getAttribute('value') ?? '';
    } else {
      shadow.innerHTML = host.getAttribute('data-template') ?? '<slot></slot>';
      upgrade(shadow);
    }
  }
}

function mount(html: string): void {
  document.body.innerHTML = html;
  upgrade(document);
}

function box(label: string): HTMLInputElement {
  for (const scope of scopesOf(document)) {
    for (const host of Array.from(scope.querySelectorAll('x-check'))) {
      if ((host.textContent ?? '').trim() === label) return host.shadowRoot?.querySelector('input') as HTMLInputElement;
    }
  }
  throw new Error(`no box ${label}`);
}

function field(label: string): HTMLInputElement {
  for (const scope of scopesOf(document)) {
    for (const host of Array.from(scope.querySelectorAll('x-input'))) {
      const text = `${host.getAttribute('label') ?? ''}${host.textContent ?? ''}`.trim();
      if (text === label) return host.shadowRoot?.querySelector('input') as HTMLInputElement;
    }
  }
  throw new Error(`no field ${label}`);
}

function levelsAnywhere(): EscalationLevel[] {
  return scopesOf(document).flatMap((scope) => findEscalationLevels(scope));
}

function editorAnywhere(): IntegrationEditor | null {
  for (const scope of scopesOf(document)) {
    const editor = findIntegrationEditor(scope);
    if (editor) return editor;
  }
  return null;
}

/** The page shows an AlertOps editor, and filling it puts the URL and the proposed name into these fields. */
async function expectFilled(urlField: () => HTMLInputElement, nameField: () => HTMLInputElement): Promise<void> {
  const editor = editorAnywhere();
  expect(editor?.isAlertOps, 'AlertOps editor found').toBe(true);
  expect((await fillEditor(must(editor), URL, PROPOSED)).kind).toBe('filled');
  expect(urlField().value).toBe(URL);
  expect(nameField().value).toBe(PROPOSED);
}

function expectTicksOnly(target: string, others: string[]): EscalationLevel {
  const levels = levelsAnywhere();
  expect(levels.length, 'levels found').toBe(1);
  const level = must(levels[0]);
  const choice = chooseAlertOpsBox(level, []);
  expect(choice.kind).toBe('one');
  if (choice.kind === 'one') tick(choice.item.box);
  expect(box(target).checked, `${target} ticked`).toBe(true);
  for (const other of others) expect(box(other).checked, `${other} untouched`).toBe(false);
  return level;
}

const LEVEL_BODY = `<x-check checked>Active</x-check>
<h4>Alerting by integrations</h4>
<x-check>E-mail</x-check>
<x-check>Slack #ops</x-check>
<x-check>AlertOps – Ops</x-check>`;

describe('escalation level built of checkbox components', () => {
  it('labels in the default slot, the level in the light DOM', () => {
    mount(`<h1>Alert definition: Production</h1>
<div role="tablist"><button role="tab" aria-selected="true">Escalation level 1</button></div>
<section role="tabpanel">${LEVEL_BODY}</section>`);
    const level = expectTicksOnly('AlertOps – Ops', ['E-mail', 'Slack #ops']);
    expect(level.active).toBe(true);
    expect(level.label).toBe('Escalation level 1');
  });

  it('labels in a named slot, Dutch wording', () => {
    mount(`<h1>Alertdefinitie: Productie</h1>
<section role="tabpanel"><h3>Escalatieniveau 2</h3>
<x-check checked><span slot="label">Actief</span></x-check>
<h4>Alerts versturen door integraties</h4>
<x-check><span slot="label">E-mail</span></x-check>
<x-check><span slot="label">AlertOps</span></x-check></section>`);
    const levels = levelsAnywhere();
    expect(levels.length).toBe(1);
    const level = must(levels[0]);
    expect(level.number).toBe(2);
    expect(level.active).toBe(true);
    expect(level.integrations.map((item) => item.name)).toEqual(['E-mail', 'AlertOps']);
  });

  it('the level is a component whose shadow root holds the section and the checkbox components (nested roots)', () => {
    mount(`<h1>Alarmdefinition: Produktion</h1>
<div role="tablist"><button role="tab" aria-selected="true">Eskalationsstufe 1</button></div>
<x-level data-template="${escapeAttribute(`<div role="tabpanel"><x-check checked>Aktiv</x-check>
<h4>Alarmierung durch Integrationen</h4><x-check>E-Mail</x-check><x-check>AlertOps</x-check></div>`)}"></x-level>`);
    expectTicksOnly('AlertOps', ['E-Mail']);
  });

  it('lists native and component boxes in the order the page shows them (the "which one?" prompt follows it)', () => {
    mount(`<section role="tabpanel"><h3>Escalation level 1</h3>
<label><input type="checkbox" checked> Active</label>
<h4>Alerting by integrations</h4>
<x-check>AlertOps – Ops</x-check>
<label><input type="checkbox"> E-mail</label>
<x-check>Slack</x-check>
<label><input type="checkbox"> AlertOps – Support</label></section>`);
    const level = must(levelsAnywhere()[0]);
    expect(level.integrations.map((item) => item.name)).toEqual([
      'AlertOps – Ops',
      'E-mail',
      'Slack',
      'AlertOps – Support',
    ]);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind === 'ambiguous' && choice.items.map((item) => item.name)).toEqual([
      'AlertOps – Ops',
      'AlertOps – Support',
    ]);
  });
});

describe('checkbox components that are checkboxes themselves', () => {
  it('count once: the host with role="checkbox", not also the native input in its shadow root', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Escalation level 1</h3>
<x-rcheck aria-checked="true">Active</x-rcheck><h4>Alerting by integrations</h4>
<x-rcheck aria-checked="false">E-mail</x-rcheck><x-rcheck aria-checked="false">AlertOps – Ops</x-rcheck></section>`;
    for (const host of Array.from(document.querySelectorAll('x-rcheck'))) {
      host.setAttribute('role', 'checkbox');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<input type="checkbox"${host.getAttribute('aria-checked') === 'true' ? ' checked' : ''}><slot></slot>`;
    }
    const level = must(levelsAnywhere()[0]);
    expect(level.active).toBe(true);
    expect(level.integrations.map((item) => [item.box.tagName, item.name])).toEqual([
      ['X-RCHECK', 'E-mail'],
      ['X-RCHECK', 'AlertOps – Ops'],
    ]);
    expect(chooseAlertOpsBox(level, []).kind).toBe('one');
  });
});

describe('integration editor built of field components', () => {
  it('fills the URL variable and the name through their components (labels slotted in and as attributes)', async () => {
    mount(`<h1>Integrations</h1>
<form aria-label="Edit integration">
<x-input><span slot="label">Name</span></x-input>
<x-input label="Integration type" value="AlertOps"></x-input>
<h4>Predefined variables</h4>
<x-input label="AlertOps URL"></x-input>
<button type="submit">Save</button></form>`);
    await expectFilled(
      () => field('AlertOps URL'),
      () => field('Name'),
    );
  });
});

describe('integration editor: a variables table whose value fields are components labelled only "Value"', () => {
  const table = (rows: string) => `<h1>New integration</h1>
<form>
<x-input label="Integration name"></x-input>
<x-input label="Integration type" value="AlertOps"></x-input>
<h4>Predefined variables</h4>
<table><tbody>${rows}</tbody></table>
<button type="submit">Save</button></form>`;
  const row = (variable: string) => `<tr><th scope="row">${variable}</th>
<td><select aria-label="${variable}"><option>Specify value here</option><option>Specify value in escalation level</option></select></td>
<td><x-input label="Value" data-var="${variable}"></x-input></td></tr>`;
  const valueField = (variable: string) =>
    document.querySelector(`x-input[data-var="${variable}"]`)?.shadowRoot?.querySelector('input') as HTMLInputElement;

  it("fills the AlertOps URL row's field, named by its row around the component", async () => {
    mount(table(row('AlertOpsUrl')));
    await expectFilled(
      () => valueField('AlertOpsUrl'),
      () => field('Integration name'),
    );
  });

  it('fills only the URL row among other rows', async () => {
    mount(table(row('Priority') + row('AlertOpsUrl') + row('Source')));
    await expectFilled(
      () => valueField('AlertOpsUrl'),
      () => field('Integration name'),
    );
    expect(valueField('Priority').value).toBe('');
    expect(valueField('Source').value).toBe('');
  });
});

describe('integration editor: more component layouts', () => {
  it('labels beside the components in the light DOM (a form grid), type in a select component', async () => {
    mount(`<h1>Integrations</h1>
<form><div class="grid">
<div class="row"><span class="caption">Name</span><x-input></x-input></div>
<div class="row"><span class="caption">Integration type</span><x-select value="AlertOps"></x-select></div>
<h4>Predefined variables</h4>
<div class="row"><span class="caption">AlertOps URL</span><x-input></x-input></div>
</div><button type="submit">Save</button></form>`);
    await expectFilled(
      () => must(componentInputs()[1]),
      () => must(componentInputs()[0]),
    );
  });

  it('the whole editor is a component whose shadow root holds field components (nested roots), German', async () => {
    mount(`<h1>Integrationen</h1>
<x-editor data-template="${escapeAttribute(`<form aria-label="Integration bearbeiten">
<x-input label="Name"></x-input>
<x-input label="Integrationstyp" value="AlertOps"></x-input>
<h4>Vordefinierte Variablen</h4>
<x-input label="AlertOps URL"></x-input>
<button type="submit">Speichern</button></form>`)}"></x-editor>`);
    await expectFilled(
      () => field('AlertOps URL'),
      () => field('Name'),
    );
  });

  it('a Slack editor built the same way is left alone', async () => {
    mount(`<h1>Integrations</h1>
<form><div class="row"><span class="caption">Name</span><x-input></x-input></div>
<div class="row"><span class="caption">Integration type</span><x-select value="Slack"></x-select></div>
<h4>Predefined variables</h4>
<div class="row"><span class="caption">Webhook URL</span><x-input></x-input></div>
<button type="submit">Save</button></form>`);
    const editor = editorAnywhere();
    expect(editor?.isAlertOps ?? false).toBe(false);
    for (const input of componentInputs()) expect(input.value).toBe('');
  });
  it('reads the type from a select component that labels itself (French): a Slack editor says so, an AlertOps one is filled', async () => {
    const page = (type: string) => `<h1>Intégrations</h1>
<form><x-input label="Nom de l'intégration"></x-input>
<x-select label="Type d'intégration" value="${type}"></x-select>
<h4>Variables prédéfinies</h4><x-input label="URL"></x-input><button type="submit">Enregistrer</button></form>`;
    mount(page('Slack'));
    const slack = editorAnywhere();
    expect(slack?.typeText).toBe('Slack');
    expect(slack?.isAlertOps).toBe(false);
    resetPage();
    mount(page('AlertOps'));
    const editor = must(editorAnywhere());
    expect(editor.typeText).toBe('AlertOps');
    expect((await fillEditor(editor, URL, PROPOSED)).kind).toBe('filled');
    expect(field('URL').value).toBe(URL);
    expect(field("Nom de l'intégration").value).toBe(PROPOSED);
  });
  it('an editor with no form element and no variables heading is still held together by its components (Dutch)', async () => {
    mount(`<h1>Integraties</h1><div class="panel"><div class="panel-body">
<x-input label="Integratienaam"></x-input>
<x-select label="Integratietype" value="AlertOps"></x-select>
<x-input label="AlertOps URL"></x-input>
<x-check>Standaard gebruiken</x-check></div>
<div class="panel-footer"><button type="button">Opslaan</button></div></div>
<aside><x-input label="Zoeken"></x-input></aside>`);
    const editor = must(editorAnywhere());
    expect(editor.typeText).toBe('AlertOps');
    expect((await fillEditor(editor, URL, PROPOSED)).kind).toBe('filled');
    expect(field('AlertOps URL').value).toBe(URL);
    expect(field('Integratienaam').value).toBe(PROPOSED);
    expect(field('Zoeken').value).toBe('');
  });
});

/** The native inputs of the page's field components, in page order. */
function componentInputs(): HTMLInputElement[] {
  return Array.from(document.querySelectorAll('x-input')).map(
    (host) => host.shadowRoot?.querySelector('input') as HTMLInputElement,
  );
}

function escapeAttribute(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
