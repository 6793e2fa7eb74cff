/** Reproductions from this stop's code review, kept as tests of the mends. */
import { afterEach, describe, expect, it } from 'vitest';
import { findAlertOpsUrls } from '../../src/core/alertops-url';
import { extensionApi } from '../../src/core/platform';
import { DEFAULT_SETTINGS, readSettings } from '../../src/core/settings';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';
import { findIntegrationEditor, type IntegrationEditor } from '../../src/sites/uptrends/editor';
import {
  chooseAlertOpsBox,
  type EscalationLevel,
  findEscalationLevels,
  levelUrlField,
} from '../../src/sites/uptrends/escalation';
import { fillEditor } from '../../src/sites/uptrends/fill';

const KEY = '5b0c9e2a-41f7-4d3b-8e6a-c2d19f7a0b35';
const URL = `https://notify.alertops.com/POSTAlert/${KEY}/Uptrends`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('review mends', () => {
  it('a split URL followed by an inline badge is not read with the badge in its name', () => {
    document.body.innerHTML = `<table><thead><tr><th>Name</th><th>API URL</th></tr></thead><tbody><tr><td>Uptrends</td>
      <td>https://notify.alertops.com/POSTAlert/<mark>${KEY}</mark>/Uptrends<span class="badge">New</span></td></tr></tbody></table>`;
    const urls = findSavedIntegrations(document).map((found) => found.url);
    expect(urls.some((url) => url.endsWith('UptrendsNew'))).toBe(false);
  });

  it('a field the user is typing into inside a component (a shadow root) is not captured', () => {
    document.body.innerHTML = '<x-webhook-field></x-webhook-field>';
    const host = document.querySelector('x-webhook-field') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="u">Webhook URL</label><input id="u" type="url">';
    const input = shadow.querySelector('input') as HTMLInputElement;
    input.focus();
    input.value = URL;
    expect(shadow.activeElement).toBe(input);
    expect(findSavedIntegrations(document)).toEqual([]);
    input.blur();
    input.readOnly = true;
    expect(findSavedIntegrations(document).map((found) => found.url)).toEqual([URL]);
  });

  it('a split URL whose name stands in one text node is still read', () => {
    document.body.innerHTML = `<div><label>API URL</label><div>https://notify.alertops.com/<wbr>POSTAlert/<wbr>${KEY}/<wbr>Uptrends</div><button>Copy</button></div>`;
    expect(findSavedIntegrations(document).map((found) => found.url)).toEqual([URL]);
  });

  it('a read-only textarea whose value a script set is read when looked at alone', () => {
    document.body.innerHTML = `<label for="t">API URL</label><textarea id="t" readonly></textarea>`;
    const area = document.querySelector('textarea') as HTMLTextAreaElement;
    area.value = URL;
    expect(findSavedIntegrations(area, true).map((found) => found.url)).toEqual([URL]);
  });

  it('a dashboard chart titled "Alerts by integration" (singular) is no escalation level', () => {
    document.body.innerHTML = `<h1>Dashboard</h1><div class="widget"><h3>Alerts by integration</h3>
      <label><input type=checkbox checked> E-mail</label><label><input type=checkbox> AlertOps Ops</label></div>`;
    expect(findEscalationLevels(document)).toEqual([]);
  });

  it('an alert definition named "Level 1 – Critical" keeps its name', () => {
    document.body.innerHTML = `<h1>Level 1 – Critical</h1><ul role="tablist"><li role="tab" aria-selected="true">Escalation level 1</li></ul>
      <div role="tabpanel"><label><input type=checkbox checked> Active</label><h4>Alerting by integrations</h4>
      <label><input type=checkbox> AlertOps Ops</label></div>`;
    const [level] = findEscalationLevels(document);
    expect(level?.definition).toBe('Level 1 – Critical');
  });
});

describe('security review mends', () => {
  it('a level whose AlertOps box comes last does not take the unlabelled message field after it for the URL', () => {
    document.body.innerHTML = `<div role="tablist"><div role="tab" aria-selected="true">Escalation level 1</div></div>
<div role="tabpanel"><label><input type="checkbox" id="act" checked> Active</label>
<h4>Alerting by integrations</h4><ul>
<li><input type="checkbox" id="m" checked><label for="m">E-mail</label></li>
<li><input type="checkbox" id="ao" checked><label for="ao">AlertOps NOC</label></li></ul>
<h4>Message</h4><label for="msg">Extra text in the alert message</label><input id="msg" type="text"></div>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    const choice = chooseAlertOpsBox(level, []);
    if (choice.kind !== 'one') throw new Error(`expected one AlertOps box, got ${choice.kind}`);
    expect(levelUrlField(level, choice.item)).toBeUndefined();
  });

  it('the last integration keeps an unlabelled URL field inside its own item', () => {
    document.body.innerHTML = `<div role="tabpanel"><h4>Alerting by integrations</h4><ul>
<li><input type="checkbox" id="m" checked><label for="m">E-mail</label></li>
<li><input type="checkbox" id="ao" checked><label for="ao">AlertOps NOC</label> <input id="own" type="text"></li></ul></div>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    const choice = chooseAlertOpsBox(level, []);
    if (choice.kind !== 'one') throw new Error(`expected one AlertOps box, got ${choice.kind}`);
    expect(levelUrlField(level, choice.item)?.id).toBe('own');
  });

  for (const redrawnHidden of [false, true]) {
    it(`a value dialog the page draws anew ${redrawnHidden ? '(hidden)' : '(shown)'} never sends the URL to the editor's own fields or another OK`, async () => {
      document.body.innerHTML = `<form aria-label="Edit integration">
<label for="n">Integration name</label><input id="n" value="AO">
<label for="ty">Integration type</label><select id="ty"><option selected>AlertOps</option></select>
<h3>Predefined variables</h3>
<table><tr><td>AlertOpsUrl</td><td><span id="shown"></span></td><td><button type="button" id="dots" aria-label="Edit value">…</button></td></tr></table>
<button type="button">Save</button></form>
<div id="other"><label for="search">Filter by URL</label><input id="search" type="text">
<button type="button" id="otherOk">OK</button></div>`;
      const dialogHtml = (plain: boolean) =>
        `<label><input type="radio" name="k" ${plain ? 'checked' : ''} id="pt"> Plain text</label>
<label><input type="radio" name="k" ${plain ? '' : 'checked'}> Vault</label>
<label for="v">Value</label><input id="v" type="text"><button type="button" id="sel">Select</button>`;
      const clicked: string[] = [];
      document.addEventListener('click', (event) => clicked.push((event.target as Element).id), true);
      (document.querySelector('#dots') as HTMLElement).addEventListener('click', () => {
        const first = document.createElement('div');
        first.setAttribute('role', 'dialog');
        first.innerHTML = dialogHtml(false);
        document.body.append(first);
        (first.querySelector('#pt') as HTMLElement).addEventListener('click', () =>
          queueMicrotask(() => {
            first.remove();
            const redrawn = document.createElement('div');
            redrawn.setAttribute('role', 'dialog');
            redrawn.innerHTML = dialogHtml(true);
            redrawn.hidden = redrawnHidden;
            document.body.append(redrawn);
          }),
        );
      });
      const editor = findIntegrationEditor(document) as IntegrationEditor;
      const outcome = await fillEditor(editor, URL, 'AlertOps - x');
      expect((document.querySelector('#n') as HTMLInputElement).value).toBe('AO');
      expect((document.querySelector('#search') as HTMLInputElement).value).toBe('');
      expect(clicked).not.toContain('otherOk');
      if (redrawnHidden) expect(outcome.kind).toBe('dialog-failed');
      else expect((document.querySelector('[role=dialog] #v') as HTMLInputElement).value).toBe(URL);
    }, 15_000);
  }

  it('a "Replace?" answered after the user opened another type of integration writes nothing there', async () => {
    const editorHtml = (type: string, variable: string, value: string) => `<form>
<label for="n">Integration name</label><input id="n" value="My ${type}">
<label for="ty">Integration type</label><select id="ty"><option selected>${type}</option></select>
<h3>Predefined variables</h3><div><label for="u">${variable}</label><input id="u" type="text" value="${value}"></div>
<button type="button">Save</button></form>`;
    document.body.innerHTML = editorHtml('AlertOps', 'AlertOpsUrl', 'https://example.invalid/typed-by-user');
    const outcome = await fillEditor(findIntegrationEditor(document) as IntegrationEditor, URL, 'x');
    if (outcome.kind !== 'conflict') throw new Error(`expected a conflict, got ${outcome.kind}`);
    document.body.innerHTML = editorHtml('Webhook', 'WebhookUrl', 'https://hooks.example.com/team');
    const after = await outcome.replace();
    expect(after.kind).not.toBe('filled');
    expect((document.querySelector('#u') as HTMLInputElement).value).toBe('https://hooks.example.com/team');
  });

  it('stored settings with "__proto__" or "constructor" keys neither throw nor reach the settings', () => {
    expect(readSettings(JSON.parse('{"__proto__":{"autoTick":"yes"},"autoFill":false}'))).toEqual({
      ...DEFAULT_SETTINGS,
      autoFill: false,
    });
    expect(readSettings(JSON.parse('{"__proto__":{"autoFill":false,"autoTickLevels":[1]},"namingPattern":5}'))).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(readSettings(JSON.parse('{"constructor":1,"autoFill":7}'))).toEqual(DEFAULT_SETTINGS);
  });

  it('a page element with id="browser" (window.browser in Chrome content scripts) does not hide the extension API', () => {
    const scope = globalThis as { browser?: unknown; chrome?: unknown };
    const chrome = { runtime: { id: 'ours' } };
    const saved = { browser: scope.browser, chrome: scope.chrome };
    scope.browser = document.createElement('div');
    scope.chrome = chrome;
    try {
      expect(extensionApi()).toBe(chrome);
    } finally {
      scope.browser = saved.browser;
      scope.chrome = saved.chrome;
    }
  });

  it('a long run of punctuation after a URL-like start is passed over in linear time', () => {
    const text = `API URL: https://notify.alertops.com/POSTAlert/${'.'.repeat(60_000)}x`;
    const started = performance.now();
    expect(findAlertOpsUrls(text)).toEqual([]);
    // Quadratic trimming took seconds here; linear work is milliseconds. Generous for slow machines.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('blind round 18 mends, in other markup', () => {
  const level = () => findEscalationLevels(document)[0] as EscalationLevel;
  const chosenId = (remembered: string[] = []) => {
    const choice = chooseAlertOpsBox(level(), remembered);
    return choice.kind === 'one' ? choice.item.box.id : choice.kind;
  };

  it('a grid whose rows hold a name cell, then a box, for several integrations: each box named by the cell before it', () => {
    document.body.innerHTML = `<h4>Alerting by integrations</h4><table><tbody>
<tr><td>E-mail</td><td><input type="checkbox" id="a" checked></td><td>AlertOps NOC</td><td><input type="checkbox" id="b"></td></tr>
<tr><td>Slack</td><td><input type="checkbox" id="c"></td><td>SMS</td><td><input type="checkbox" id="d"></td></tr></tbody></table>`;
    expect(level().integrations.map((item) => item.name)).toEqual(['E-mail', 'AlertOps NOC', 'Slack', 'SMS']);
    expect(chosenId()).toBe('b');
  });

  it('boxes on one line with their names as bare text ("☐ E-mail ☐ AlertOps"): each box named by the words after it', () => {
    document.body.innerHTML = `<fieldset><legend>Alarmering via integraties</legend><div>
<input type="checkbox" id="a"> E-mail <input type="checkbox" id="b"> AlertOps dienst <input type="checkbox" id="c"> Teams</div></fieldset>`;
    expect(level().integrations.map((item) => item.name)).toEqual(['E-mail', 'AlertOps dienst', 'Teams']);
    expect(chosenId()).toBe('b');
  });

  it("an option box inside a ticked integration's own item is still no integration of its own", () => {
    document.body.innerHTML = `<h4>Alerting by integrations</h4><ul>
<li><input type="checkbox" id="a" checked> AlertOps NOC <div class="opts"><label><input type="checkbox" id="o"> Escalate</label></div></li>
<li><input type="checkbox" id="b"> Slack</li></ul>`;
    expect(level().integrations.map((item) => item.box.id)).toEqual(['a', 'b']);
  });

  it('toggle buttons: aria-pressed true/false are boxes, "mixed" is none', () => {
    document.body.innerHTML = `<h4>Alarmierung über Integrationen</h4><div role="group">
<button type="button" id="a" aria-pressed="true">E-Mail</button><button type="button" id="b" aria-pressed="false">AlertOps Bereitschaft</button>
<button type="button" id="c" aria-pressed="mixed">Alle</button></div>`;
    expect(level().integrations.map((item) => item.box.id)).toEqual(['a', 'b']);
    expect(chosenId()).toBe('b');
  });

  it('a level tab that shows a delay badge before its title is read by its title', () => {
    document.body.innerHTML = `<div role="tablist"><a role="tab" id="t1" aria-selected="false"><span class="badge">0 Min.</span> Eskalationsstufe 1</a>
<a role="tab" id="t3" aria-selected="true" aria-controls="p3"><span class="badge">nach 30 Min.</span> Eskalationsstufe 3</a></div>
<div role="tabpanel" id="p3" aria-labelledby="t3"><h4>Alarmierung über Integrationen</h4><label><input type="checkbox"> AlertOps</label></div>`;
    expect(level().number).toBe(3);
  });
});

describe('second review of this stop: grid names, toggles, tab badges', () => {
  const level = () => findEscalationLevels(document)[0] as EscalationLevel;
  const chosen = (remembered: string[] = []) => {
    const choice = chooseAlertOpsBox(level(), remembered);
    return choice.kind === 'one' ? choice.item.box.id : choice.kind;
  };

  it('a caption before the boxes of a line ("Notify: ☐ E-mail ☐ AlertOps ☐ Slack") shifts no name: Slack is never chosen', () => {
    document.body.innerHTML = `<h4>Alerting by integrations</h4><p>Notify: <input type="checkbox" id="a"> E-mail
<input type="checkbox" id="b"> AlertOps <input type="checkbox" id="c"> Slack</p>`;
    expect(chosen()).not.toBe('c');
  });

  it("a header cell before a grid row's entries shifts no name", () => {
    document.body.innerHTML = `<h4>Alerting by integrations</h4><table><tr><th>Integrations</th>
<td><input type="checkbox" id="a"></td><td>E-mail</td><td><input type="checkbox" id="b"></td><td>AlertOps</td></tr></table>`;
    expect(chosen()).not.toBe('a');
  });

  it('a "select all" box before name-first cells shifts no name, even with "AlertOps" remembered', () => {
    document.body.innerHTML = `<h4>Alerting by integrations</h4><table><tr><td><input type="checkbox" id="all" aria-label="Select all"></td>
<td>E-mail</td><td><input type="checkbox" id="a"></td><td>AlertOps</td><td><input type="checkbox" id="b"></td></tr></table>`;
    expect(chosen(['AlertOps'])).not.toBe('a');
  });

  it('a Preview toggle after a ticked AlertOps box is no integration: the message field is not its URL field', () => {
    document.body.innerHTML = `<h4>Alerting by integrations</h4><ul><li><label><input type="checkbox" id="m"> E-mail</label></li>
<li><label><input type="checkbox" id="ao" checked> AlertOps</label></li></ul>
<label for="msg">Extra text in the message</label><input id="msg" type="text"><button type="button" aria-pressed="false">Preview</button>`;
    const choice = chooseAlertOpsBox(level(), []);
    if (choice.kind !== 'one') throw new Error(`expected one AlertOps box, got ${choice.kind}`);
    expect(level().integrations.map((item) => item.box.id)).toEqual(['m', 'ao']);
    expect(levelUrlField(level(), choice.item)).toBeUndefined();
  });

  it('a filter toggle named "Active" is not the level\'s Active box', () => {
    document.body.innerHTML = `<div class="panel"><button type="button" aria-pressed="false">Active</button>
<label><input type="checkbox" checked> Active</label><h4>Alerting by integrations</h4>
<ul><li><label><input type="checkbox" id="ao"> AlertOps</label></li></ul></div>`;
    expect(level().active).toBe(true);
  });

  it("a details toggle beside a component's box does not make the box a shadowed native one", () => {
    document.body.innerHTML = `<h4>Alerting by integrations</h4><ul><li><span><input type="checkbox" id="ao" aria-label="AlertOps"></span>
<button type="button" aria-pressed="false" aria-label="Details">i</button></li></ul>`;
    expect(chosen()).toBe('ao');
  });

  it("drawn boxes with a native twin (PrimeReact) side by side in a grid row: each named by its own cell's neighbour", () => {
    const cell = (id: string) =>
      `<td><div class="p-checkbox"><div class="p-hidden-accessible"><input type="checkbox" tabindex="-1"></div><div class="p-checkbox-box" role="checkbox" aria-checked="false" id="${id}" tabindex="0"></div></div></td>`;
    document.body.innerHTML = `<h4>Alerting by integrations</h4><table><tr>${cell('a')}<td>SMS</td>${cell('b')}<td>AlertOps</td></tr></table>`;
    expect(level().integrations.map((item) => item.name)).toEqual(['SMS', 'AlertOps']);
    expect(chosen()).toBe('b');
  });
});
