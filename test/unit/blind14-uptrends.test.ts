/**
 * Blind round 14 (Uptrends): WORDING. Ordinary structures whose text is presented as real consoles and translators do:
 * narrow and ordinary non-breaking spaces before French colons, typographic apostrophes, soft hyphens and <wbr> in long
 * words, zero-width spaces in camel-case variable names, labels in capitals in the DOM, labels split over icons,
 * <strong> and "(required)" markers in four languages, accessible names only (aria-label, aria-labelledby with two ids,
 * placeholder, title), the type "AlertOps" in other casings, with a trademark sign, a version or a two-tone wordmark,
 * dialog words in Title Case or unaccented capitals, and escalation level tabs and "Alerting by integrations" headings
 * in translations and variants. Written from /work/shared/domain.md and the earlier blind tests only, without reading
 * the locators' source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tick } from '../../src/dom/fields';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';
import { chooseAlertOpsBox, type EscalationLevel, findEscalationLevels } from '../../src/sites/uptrends/escalation';
import { fillEditor } from '../../src/sites/uptrends/fill';
import {
  addStyle,
  expectDialogStored,
  expectNameProposed,
  expectNotAlertOps,
  expectUnchanged,
  fillExpect,
  type Lang,
  listen,
  MODE,
  snapshot,
} from './blind-design-helpers';
import { type DialogSpec, mount, must, PROPOSED, q, resetPage, URL, wireDialog } from './blind-helpers';

afterEach(resetPage);

// ---------------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------------

const SHY = '\u00ad';
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const ZWSP = '\u200b';

/** The value-source select of a variable row, "here" chosen unless `per` is set. */
const modeSelect = (id: string, lang: Lang, per = false, texts: [string, string] = MODE[lang]) =>
  `<select id="${id}" class="form-control input-sm"><option value="0"${per ? '' : ' selected'}>${texts[0]}</option><option value="1"${per ? ' selected' : ''}>${texts[1]}</option></select>`;

/** Plain way: the URL goes into `url` only (plus the proposed name into `name` when given), with an input event. */
async function expectPlainUrl(url: HTMLInputElement, name?: HTMLInputElement) {
  const events = listen(url);
  const outcome = await fillExpect('plain', name ? [url, name] : [url]);
  expect(url.value).toBe(URL);
  expect(events.input, 'input event on the URL field').toBeGreaterThan(0);
  if (name) expectNameProposed(outcome, name);
  return outcome;
}

/** Tabs + one panel per level; only the selected panel is shown (the others carry `hidden`). */
function levelTabs(labels: string[], selected: number, panel: (n: number) => string): string {
  const tabs = labels
    .map(
      (label, i) =>
        `<li role="presentation"${i + 1 === selected ? ' class="active"' : ''}><a role="tab" id="tab-${i + 1}" href="#lv${i + 1}" aria-controls="lv${i + 1}" aria-selected="${i + 1 === selected}">${label}</a></li>`,
    )
    .join('');
  const panels = labels
    .map(
      (_, i) =>
        `<div role="tabpanel" class="tab-pane${i + 1 === selected ? ' active' : ''}" id="lv${i + 1}" aria-labelledby="tab-${i + 1}"${i + 1 === selected ? '' : ' hidden'}>${panel(i + 1)}</div>`,
    )
    .join('');
  return `<ul class="nav nav-tabs" role="tablist">${tabs}</ul><div class="tab-content">${panels}</div>`;
}

/**
 * The level shown in panel `#lv<n>` is offered with only its own boxes; the AlertOps box chosen there is `target`;
 * ticking changes only it; last, the level carries the number its tab shows.
 */
function expectChosenOn(levels: EscalationLevel[], n: number, target: HTMLInputElement, remembered: string[] = []) {
  const panel = q(`#lv${n}`);
  const level = levels.find(
    (l) => l.integrations.length > 0 && l.integrations.every((item) => panel.contains(item.box)),
  );
  expect(level, `a level read from panel ${n} among ${levels.length} level(s)`).toBeDefined();
  if (!level) return undefined;
  for (const other of levels)
    for (const item of other.integrations)
      expect(panel.contains(item.box), `"${item.name}" of "${other.label}" lies in the shown panel`).toBe(true);
  const before = snapshot();
  const choice = chooseAlertOpsBox(level, remembered);
  expect(choice.kind, `one AlertOps box among ${level.integrations.map((i) => i.name).join(' | ')}`).toBe('one');
  if (choice.kind !== 'one') return level;
  expect(choice.item.box, `chosen "${choice.item.name}"`).toBe(target);
  tick(choice.item.box);
  expect(target.checked, 'AlertOps box ticked').toBe(true);
  expectUnchanged(before, [target]);
  expect(level.number, `number of "${level.label}"`).toBe(n);
  return level;
}

const checkboxRow = (id: string, text: string, on = false) =>
  `<div class="checkbox int"><label><input type="checkbox" id="${id}"${on ? ' checked' : ''}> ${text}</label></div>`;

// ---------------------------------------------------------------------------------------------------------------
// integration editor: labels
// ---------------------------------------------------------------------------------------------------------------

describe('blind14: editor labels in other typography', () => {
  it('W01 (fr) narrow no-break space (U+202F) before every colon, typographic apostrophes: "Nom de l’intégration :", "URL de l’API AlertOps :" after an empty "Source :" row → URL into the API row only, name proposed', async () => {
    mount(`<div class="modal in" role="dialog" aria-labelledby="t"><div class="modal-content">
<div class="modal-header"><h4 class="modal-title" id="t">Ajouter une intégration</h4></div>
<div class="modal-body"><form class="form-horizontal">
<div class="form-group"><label for="nm" class="col-sm-4 control-label">Nom de l’intégration${NNBSP}:</label><div class="col-sm-8"><input id="nm" type="text" class="form-control"></div></div>
<div class="form-group"><label for="tp" class="col-sm-4 control-label">Type d’intégration${NNBSP}:</label><div class="col-sm-8"><input id="tp" type="text" class="form-control" readonly value="AlertOps"></div></div>
<h4>Variables prédéfinies${NNBSP}:</h4>
<div class="form-group var"><label for="v1" class="col-sm-4 control-label">Source${NNBSP}:</label><div class="col-sm-4">${modeSelect('m1', 'fr', false, ['Spécifiez la valeur ici', 'Spécifiez la valeur dans le niveau d’escalade'])}</div><div class="col-sm-4"><input id="v1" type="text" class="form-control"></div></div>
<div class="form-group var"><label for="v2" class="col-sm-4 control-label">URL de l’API AlertOps${NNBSP}:</label><div class="col-sm-4">${modeSelect('m2', 'fr', false, ['Spécifiez la valeur ici', 'Spécifiez la valeur dans le niveau d’escalade'])}</div><div class="col-sm-4"><input id="v2" type="text" class="form-control"></div></div>
</form></div>
<div class="modal-footer"><button type="button" class="btn btn-default">Envoyer une alerte de test</button><button type="submit" class="btn btn-primary">Enregistrer</button></div>
</div></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
    expect(q('#v1').value, 'Source left empty').toBe('');
  });

  it('W02 (de) soft hyphens (&shy;) in long compounds: "Integrations&shy;name", "Vor&shy;definierte Varia&shy;blen", "AlertOps-&shy;API-&shy;URL" after an empty "Prio&shy;rität" → URL into the API-URL row, name proposed', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content">
<div class="modal-header"><h4 class="modal-title">Integration hinzu&shy;fügen</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm">Integrations&shy;name</label><input id="nm" type="text" class="form-control"></div>
<div class="form-group"><label>Integrations&shy;typ</label><p class="form-control-static">AlertOps</p></div>
<h4>Vor&shy;definierte Varia&shy;blen</h4>
<table class="table"><thead><tr><th>Variable</th><th>Wert&shy;quelle</th><th>Wert</th></tr></thead><tbody>
<tr><td><label for="v1">Prio&shy;rität</label></td><td>${modeSelect('m1', 'de')}</td><td><input id="v1" type="text" class="form-control"></td></tr>
<tr><td><label for="v2">AlertOps-&shy;API-&shy;URL</label></td><td>${modeSelect('m2', 'de')}</td><td><input id="v2" type="text" class="form-control"></td></tr>
</tbody></table></form></div>
<div class="modal-footer"><button type="button" class="btn btn-default">Test&shy;alarm senden</button><button type="submit" class="btn btn-primary">Speichern</button></div>
</div></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
  });

  it('W03 (en) camel-case variable names broken for a narrow column: "Alert<wbr>Ops<wbr>Url" and "Incident\u200BPriority" (zero-width spaces), the priority row first and empty → URL into the AlertOpsUrl row', async () => {
    mount(`<div role="dialog" class="modal in"><h4 class="modal-title">Edit integration</h4><form>
<div class="form-group"><label for="nm">Integration name</label><input id="nm" type="text"></div>
<div class="form-group"><label for="tp">Integration type</label><select id="tp" disabled><option selected>AlertOps</option><option>Slack</option></select></div>
<h4>Predefined variables</h4>
<table class="table table-condensed vars" style="width:320px"><thead><tr><th style="width:90px">Variable</th><th>Value source</th><th>Value</th></tr></thead><tbody>
<tr><td><label for="v1">Incident${ZWSP}Priority</label></td><td>${modeSelect('m1', 'en')}</td><td><input id="v1" type="text"></td></tr>
<tr><td><label for="v2">Alert<wbr>Ops<wbr>Url</label></td><td>${modeSelect('m2', 'en')}</td><td><input id="v2" type="text"></td></tr>
</tbody></table><button type="submit">Save</button></form></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
  });

  it('W04 (en) everything in capitals in the DOM: "INTEGRATION NAME", type badge "ALERTOPS", "PREDEFINED VARIABLES", rows "PRIORITY" (empty) and "ALERTOPS API URL" → URL into the API URL row', async () => {
    mount(`<section class="editor" role="dialog" aria-label="EDIT INTEGRATION"><h3>EDIT INTEGRATION</h3>
<div class="row"><label for="nm" class="lbl">INTEGRATION NAME</label><input id="nm" type="text"></div>
<div class="row"><span class="lbl">INTEGRATION TYPE</span><span class="badge badge-type">ALERTOPS</span></div>
<h4>PREDEFINED VARIABLES</h4>
<div class="row var"><label for="v1" class="lbl">PRIORITY</label>${modeSelect('m1', 'en', false, ['SPECIFY VALUE HERE', 'SPECIFY VALUE IN ESCALATION LEVEL'])}<input id="v1" type="text"></div>
<div class="row var"><label for="v2" class="lbl">ALERTOPS API URL</label>${modeSelect('m2', 'en', false, ['SPECIFY VALUE HERE', 'SPECIFY VALUE IN ESCALATION LEVEL'])}<input id="v2" type="text"></div>
<button type="button">SEND TEST ALERT</button><button type="submit">SAVE</button></section>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
  });

  it('W05 (nl) type "Alertops" (lower-case o) as the chosen option of a disabled select whose values are numbers; labels with "(verplicht)"; rows "Prioriteit" (empty) and "AlertOps-URL (verplicht)" → URL into the URL row', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Integratie toevoegen</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm">Integratienaam <span class="text-muted">(verplicht)</span></label><input id="nm" type="text" class="form-control"></div>
<div class="form-group"><label for="tp">Integratietype</label><select id="tp" class="form-control" disabled><option value="4">E-mail</option><option value="9">Slack</option><option value="17" selected>Alertops</option><option value="21">Microsoft Teams</option></select></div>
<h4>Voorgedefinieerde variabelen</h4>
<div class="form-group var"><label for="v1">Prioriteit</label>${modeSelect('m1', 'nl')}<input id="v1" type="text" class="form-control"></div>
<div class="form-group var"><label for="v2">AlertOps-URL <span class="text-muted">(verplicht)</span></label>${modeSelect('m2', 'nl')}<input id="v2" type="text" class="form-control"></div>
</form></div><div class="modal-footer"><button class="btn btn-primary">Opslaan</button></div></div></div>`);
    // happy-dom mis-parses <option selected> at index ≥ 2; set it as a browser would.
    q<HTMLSelectElement>('#tp').selectedIndex = 2;
    await expectPlainUrl(q('#v2'), q('#nm'));
    expect(q<HTMLSelectElement>('#tp').value, 'type untouched').toBe('17');
  });

  it('W06 (de) labels split over an icon, <strong> and a required marker <abbr title="erforderlich">*</abbr> or "(erforderlich)"; type "AlertOps<sup>®</sup>"; rows "Priorität" (empty) and "<strong>AlertOps</strong> API-URL (erforderlich)" → URL into the API-URL row, name proposed', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Integration bearbeiten</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm"><i class="fa fa-tag" aria-hidden="true"></i> <strong>Integrationsname</strong> <abbr title="erforderlich" class="req">*</abbr></label><input id="nm" type="text" class="form-control" required></div>
<div class="form-group"><label><i class="fa fa-plug" aria-hidden="true"></i> <strong>Integrationstyp</strong></label><p class="form-control-static"><img src="/img/alertops.svg" alt="" width="16"> AlertOps<sup>®</sup></p></div>
<h4><i class="fa fa-sliders" aria-hidden="true"></i> Vordefinierte Variablen</h4>
<div class="form-group var"><label for="v1"><i class="fa fa-flag" aria-hidden="true"></i> <strong>Priorität</strong></label>${modeSelect('m1', 'de')}<input id="v1" type="text" class="form-control"></div>
<div class="form-group var"><label for="v2"><i class="fa fa-link" aria-hidden="true"></i> <strong>AlertOps</strong> API-URL <span class="req">(erforderlich)</span></label>${modeSelect('m2', 'de')}<input id="v2" type="text" class="form-control" required></div>
</form></div><div class="modal-footer"><button class="btn btn-primary">Speichern</button></div></div></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
  });

  it('W07 (fr) accessible names only: name input with a placeholder "Nom de l’intégration", variable inputs with aria-label "Priorité" (empty, first) and "URL de l’API AlertOps"; type "AlertOps (v2)" under "Type d’intégration" → URL into the aria-labelled URL input', async () => {
    mount(`<div class="modal in" role="dialog" aria-label="Nouvelle intégration"><div class="modal-content">
<div class="modal-header"><h4>Nouvelle intégration</h4></div><div class="modal-body"><form>
<div class="form-group"><input id="nm" type="text" class="form-control" placeholder="Nom de l’intégration"></div>
<div class="form-group"><label class="control-label">Type d’intégration</label><p class="form-control-static">AlertOps (v2)</p></div>
<h4>Variables prédéfinies</h4>
<div class="input-group var">${modeSelect('m1', 'fr')}<input id="v1" type="text" class="form-control" aria-label="Priorité"></div>
<div class="input-group var">${modeSelect('m2', 'fr')}<input id="v2" type="text" class="form-control" aria-label="URL de l’API AlertOps"></div>
</form></div><div class="modal-footer"><button class="btn btn-primary">Enregistrer</button></div></div></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
  });

  it('W08 (en) aria-labelledby with two ids: name labelled "Integration Name" + "(required)", variable inputs by their row name + the "Value" column header; type "AlertOps™" in a read-only input; "Priority" row first and empty → URL into AlertOpsUrl', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Edit Integration</h4></div>
<div class="modal-body">
<div class="field"><span id="lbl-name" class="field-label">Integration Name</span> <span id="lbl-req" class="text-muted">(required)</span><input id="nm" type="text" aria-labelledby="lbl-name lbl-req"></div>
<div class="field"><span id="lbl-type" class="field-label">Integration Type</span><input id="tp" type="text" readonly aria-labelledby="lbl-type" value="AlertOps™"></div>
<h4>Predefined Variables</h4>
<table class="table" role="grid"><thead><tr><th id="col-var">Variable</th><th id="col-mode">Value Source</th><th id="col-val">Value</th></tr></thead><tbody>
<tr><td><span id="var-1">Priority</span></td><td><select id="m1" aria-labelledby="var-1 col-mode"><option selected>Specify Value Here</option><option>Specify Value in Escalation Level</option></select></td><td><input id="v1" type="text" aria-labelledby="var-1 col-val"></td></tr>
<tr><td><span id="var-2">AlertOpsUrl</span></td><td><select id="m2" aria-labelledby="var-2 col-mode"><option selected>Specify Value Here</option><option>Specify Value in Escalation Level</option></select></td><td><input id="v2" type="text" aria-labelledby="var-2 col-val"></td></tr>
</tbody></table></div><div class="modal-footer"><button class="btn btn-primary">Save</button></div></div></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
    expect(q('#tp').value, 'type untouched').toBe('AlertOps™');
  });

  it('W09 (nl) a help-icon button inside the name label ("Integratienaam ?"), variable inputs known only by their title ("Prioriteit", "AlertOps API-URL") behind icon add-ons → URL into the input titled "AlertOps API-URL"', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Integratie bewerken</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm">Integratienaam <button type="button" class="btn btn-link btn-xs help" aria-label="Uitleg: integratienaam" title="De naam die in uw alertdefinities verschijnt">?</button></label><input id="nm" type="text" class="form-control"></div>
<div class="form-group"><label>Integratietype</label><p class="form-control-static">AlertOps</p></div>
<h4>Voorgedefinieerde variabelen</h4>
<div class="input-group var"><span class="input-group-addon"><i class="fa fa-flag"></i></span><input id="v1" type="text" class="form-control" title="Prioriteit"><span class="input-group-btn"><button type="button" class="btn btn-default" title="Waarde bewerken">⋯</button></span></div>
<div class="input-group var"><span class="input-group-addon"><i class="fa fa-link"></i></span><input id="v2" type="text" class="form-control" title="AlertOps API-URL"><span class="input-group-btn"><button type="button" class="btn btn-default" title="Waarde bewerken">⋯</button></span></div>
</form></div><div class="modal-footer"><button class="btn btn-primary">Opslaan</button></div></div></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
  });

  it('W10 (en) the type as a two-tone wordmark "Alert<b>Ops</b>" (no space in the text), short label "Name:" already holding "Ops pager" typed by the user → URL into AlertOpsUrl, the user\'s name stays', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Edit integration</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm">Name:</label><input id="nm" type="text" value="Ops pager"></div>
<div class="form-group"><label>Type:</label> <span class="brand"><img src="/img/alertops.svg" alt=""><span class="brand-a">Alert</span><b class="brand-b">Ops</b></span></div>
<h4>Predefined variables:</h4>
<div class="var"><label for="v1">Priority:</label>${modeSelect('m1', 'en')}<input id="v1" type="text" value="P2"></div>
<div class="var"><label for="v2">AlertOpsUrl:</label>${modeSelect('m2', 'en')}<input id="v2" type="text"></div>
</form></div><div class="modal-footer"><button class="btn btn-primary">Save</button></div></div></div>`);
    const events = listen(q('#v2'));
    const outcome = await fillExpect('plain', [q('#v2')]);
    expect(q('#v2').value).toBe(URL);
    expect(events.input).toBeGreaterThan(0);
    expect(q('#nm').value, 'the name the user typed').toBe('Ops pager');
    if (outcome.kind === 'filled') expect(outcome.nameFilled).toBe(false);
  });

  it('W10b (en) access-key underline in the labels as classic ASP.NET forms draw it ("<u>I</u>ntegration name", "<u>A</u>lertOpsUrl"): the browser shows "Integration name" → URL into AlertOpsUrl, name proposed', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Edit integration</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm" accesskey="i"><u>I</u>ntegration name</label><input id="nm" type="text" class="form-control" accesskey="i"></div>
<div class="form-group"><label for="tp">Integration <u>t</u>ype</label><select id="tp" class="form-control" disabled><option selected>AlertOps</option><option>Slack</option></select></div>
<h4>Predefined variables</h4>
<div class="form-group var"><label for="v1"><u>P</u>riority</label>${modeSelect('m1', 'en')}<input id="v1" type="text" class="form-control"></div>
<div class="form-group var"><label for="v2"><u>A</u>lertOpsUrl</label>${modeSelect('m2', 'en')}<input id="v2" type="text" class="form-control"></div>
</form></div><div class="modal-footer"><button class="btn btn-primary"><u>S</u>ave</button></div></div></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
  });

  it('W10c (fr) the type as static text under a short label "Type" ("Type" / "AlertOps"), otherwise the KB words ("Nom de l’intégration", "Variables prédéfinies", row "AlertOpsUrl" after "Priorité") → AlertOps recognised, URL into AlertOpsUrl, name proposed', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Ajouter une intégration</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm">Nom de l’intégration</label><input id="nm" type="text" class="form-control"></div>
<div class="form-group"><label class="control-label">Type</label><p class="form-control-static">AlertOps</p></div>
<h4>Variables prédéfinies</h4>
<div class="form-group var"><label for="v1">Priorité</label>${modeSelect('m1', 'fr')}<input id="v1" type="text" class="form-control"></div>
<div class="form-group var"><label for="v2">AlertOpsUrl</label>${modeSelect('m2', 'fr')}<input id="v2" type="text" class="form-control"></div>
</form></div><div class="modal-footer"><button class="btn btn-default">Envoyer une alerte de test</button><button class="btn btn-primary">Enregistrer</button></div></div></div>`);
    await expectPlainUrl(q('#v2'), q('#nm'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// integration editor: the "⋯" value dialog in other wording
// ---------------------------------------------------------------------------------------------------------------

/** A Bootstrap-like editor whose variables show their value as text beside a "⋯" button. */
function dialogEditor(opts: {
  title: string;
  nameLabel: string;
  typeLabel: string;
  typeText: string;
  section: string;
  rows: [string, string][];
  lang: Lang;
  dotsTitle: string;
  save: string;
}): string {
  return `<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>${opts.title}</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm">${opts.nameLabel}</label><input id="nm" type="text" class="form-control"></div>
<div class="form-group"><label>${opts.typeLabel}</label><p class="form-control-static">${opts.typeText}</p></div>
<h4>${opts.section}</h4>
<table class="table"><tbody>${opts.rows
    .map(
      ([name, shown], i) =>
        `<tr><td>${name}</td><td>${modeSelect(`m${i}`, opts.lang)}</td><td><span class="value" id="shown-${i}">${shown}</span></td><td><button type="button" class="btn btn-default btn-xs" id="dots-${i}" title="${opts.dotsTitle}">⋯</button></td></tr>`,
    )
    .join('')}</tbody></table>
</form></div><div class="modal-footer"><button class="btn btn-primary">${opts.save}</button></div></div></div>`;
}

/** A value dialog: radios (the vault preselected, as Uptrends does for a new value), a value textarea and two buttons. */
function valueDialog(w: {
  title: string;
  plain: string;
  vault: string;
  value: string;
  select: string;
  cancel: string;
}): DialogSpec {
  return {
    html: `<div class="modal in value-dialog" role="dialog" aria-labelledby="vd-t"><div class="modal-content">
<div class="modal-header"><h4 id="vd-t">${w.title}</h4></div><div class="modal-body">
<div class="radio"><label><input type="radio" name="kind" id="k-vault" checked> ${w.vault}</label></div>
<div class="radio"><label><input type="radio" name="kind" id="k-plain"> ${w.plain}</label></div>
<div class="form-group"><label for="vd-val">${w.value}</label><textarea id="vd-val" class="form-control" rows="2"></textarea></div>
</div><div class="modal-footer"><button type="button" class="btn btn-default" id="vd-cancel">${w.cancel}</button><button type="button" class="btn btn-primary" id="vd-sel">${w.select}</button></div></div></div>`,
    plainChosen: (d) => must(d.querySelector<HTMLInputElement>('#k-plain')).checked,
    valueField: (d) => must(d.querySelector<HTMLTextAreaElement>('#vd-val')),
    selectButton: (d) => must(d.querySelector('#vd-sel')),
  };
}

describe('blind14: the value dialog in other wording', () => {
  it('W11 (en) Title Case and DOM capitals: "⋯" titled "Edit Value", dialog "EDIT VALUE" with radios "Vault Credential" (preselected) / "Plain Text", label "VALUE", buttons "CANCEL" / "SELECT" → stored through Plain Text + SELECT on the AlertOpsUrl row only', async () => {
    mount(
      dialogEditor({
        title: 'Add Integration',
        nameLabel: 'Integration Name',
        typeLabel: 'Integration Type',
        typeText: 'AlertOps',
        section: 'Predefined Variables',
        rows: [
          ['Priority', 'P3'],
          ['AlertOpsUrl', ''],
        ],
        lang: 'en',
        dotsTitle: 'Edit Value',
        save: 'Save',
      }),
    );
    const spec = valueDialog({
      title: 'EDIT VALUE',
      plain: 'Plain Text',
      vault: 'Vault Credential',
      value: 'VALUE',
      select: 'SELECT',
      cancel: 'CANCEL',
    });
    const other = wireDialog(q('#dots-0'), q('#shown-0'), spec);
    const state = wireDialog(q('#dots-1'), q('#shown-1'), spec);
    const outcome = await fillExpect('dialog', [q('#nm')]);
    expectDialogStored(state);
    expect(other.opened, 'the Priority dialog is not opened').toBe(0);
    expect(q('#shown-1').textContent).toBe(URL);
    expect(q('#shown-0').textContent).toBe('P3');
    expectNameProposed(outcome, q('#nm'));
  });

  it('W12 (fr) unaccented capitals as French typesetters write them: "TEXTE BRUT", "VALEUR :" (NBSP), "SELECTIONNER" / "ANNULER"; row "URL de l’API" → stored through TEXTE BRUT + SELECTIONNER', async () => {
    mount(
      dialogEditor({
        title: 'Modifier l’intégration',
        nameLabel: `Nom de l’intégration${NBSP}:`,
        typeLabel: `Type d’intégration${NBSP}:`,
        typeText: 'AlertOps',
        section: 'Variables prédéfinies',
        rows: [
          ['Source', 'Uptrends'],
          ['URL de l’API', ''],
        ],
        lang: 'fr',
        dotsTitle: 'Modifier la valeur',
        save: 'Enregistrer',
      }),
    );
    const spec = valueDialog({
      title: 'MODIFIER LA VALEUR',
      plain: 'TEXTE BRUT',
      vault: 'IDENTIFIANTS DU COFFRE-FORT',
      value: `VALEUR${NBSP}:`,
      select: 'SELECTIONNER',
      cancel: 'ANNULER',
    });
    const other = wireDialog(q('#dots-0'), q('#shown-0'), spec);
    const state = wireDialog(q('#dots-1'), q('#shown-1'), spec);
    const outcome = await fillExpect('dialog', [q('#nm')]);
    expectDialogStored(state);
    expect(other.opened, 'the Source dialog is not opened').toBe(0);
    expect(q('#shown-0').textContent).toBe('Uptrends');
    expectNameProposed(outcome, q('#nm'));
  });

  it('W13 (de) the other German wording the KB uses: radios "Tresor&shy;zugangs&shy;daten" / "Reintext", label "Wert(e)", button "Wähle aus" → stored through Reintext + Wähle aus on the AlertOpsUrl row', async () => {
    mount(
      dialogEditor({
        title: 'Integration bearbeiten',
        nameLabel: 'Integrationsname',
        typeLabel: 'Integrationstyp',
        typeText: 'AlertOps',
        section: 'Vordefinierte Variablen',
        rows: [
          ['Priorität', 'P2'],
          ['AlertOpsUrl', '—'],
        ],
        lang: 'de',
        dotsTitle: 'Wert bearbeiten',
        save: 'Speichern',
      }),
    );
    const spec = valueDialog({
      title: 'Wert bearbeiten',
      plain: 'Reintext',
      vault: 'Tresor&shy;zugangs&shy;daten',
      value: 'Wert(e)',
      select: 'Wähle aus',
      cancel: 'Abbrechen',
    });
    const other = wireDialog(q('#dots-0'), q('#shown-0'), spec);
    const state = wireDialog(q('#dots-1'), q('#shown-1'), spec);
    const outcome = await fillExpect('dialog', [q('#nm')]);
    expectDialogStored(state);
    expect(other.opened, 'the Priorität dialog is not opened').toBe(0);
    expect(q('#shown-1').textContent).toBe(URL);
    expectNameProposed(outcome, q('#nm'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// integration editor: not AlertOps / not here
// ---------------------------------------------------------------------------------------------------------------

describe('blind14: wording that must not be mistaken', () => {
  it('W14 (nl) an Opsgenie editor ("Alerts versturen naar Opsgenie", variables "Opsgenie API-sleutel" and "Regio"): not AlertOps, nothing filled or clicked', async () => {
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Integratie toevoegen</h4></div>
<div class="modal-body"><p class="help-block">Alerts versturen naar Opsgenie. Maak eerst een API-integratie aan in Opsgenie.</p><form>
<div class="form-group"><label for="nm">Integratienaam</label><input id="nm" type="text" class="form-control"></div>
<div class="form-group"><label for="tp">Integratietype</label><input id="tp" type="text" class="form-control" readonly value="Opsgenie"></div>
<h4>Voorgedefinieerde variabelen</h4>
<div class="form-group var"><label for="v1">Opsgenie API-sleutel</label>${modeSelect('m1', 'nl')}<input id="v1" type="text" class="form-control"></div>
<div class="form-group var"><label for="v2">Regio</label>${modeSelect('m2', 'nl')}<input id="v2" type="text" class="form-control" value="EU"></div>
</form></div><div class="modal-footer"><button class="btn btn-default">Testalert versturen</button><button class="btn btn-primary">Opslaan</button></div></div></div>`);
    await expectNotAlertOps('Opsgenie');
  });

  it('W15 (de) the value source in another translation ("In Eskalationsstufe angeben" chosen, "Hier angeben" the other) and no value field on the AlertOpsUrl row → nothing filled anywhere; the outcome is per-level', async () => {
    const texts: [string, string] = ['Hier angeben', 'In Eskalationsstufe angeben'];
    mount(`<div class="modal in" role="dialog"><div class="modal-content"><div class="modal-header"><h4>Integration hinzufügen</h4></div>
<div class="modal-body"><form>
<div class="form-group"><label for="nm">Integrationsname</label><input id="nm" type="text" class="form-control"></div>
<div class="form-group"><label>Integrationstyp</label><p class="form-control-static">AlertOps</p></div>
<h4>Vordefinierte Variablen</h4>
<table class="table"><tbody>
<tr><td>Quelle</td><td>${modeSelect('m1', 'de', false, texts)}</td><td><input id="v1" type="text" class="form-control"></td></tr>
<tr><td>AlertOpsUrl</td><td>${modeSelect('m2', 'de', true, texts)}</td><td><span class="text-muted">Wird pro Eskalationsstufe angegeben</span></td></tr>
</tbody></table></form></div><div class="modal-footer"><button class="btn btn-primary">Speichern</button></div></div></div>`);
    q<HTMLSelectElement>('#m2').selectedIndex = 1;
    const before = snapshot();
    const editor = must(findIntegrationEditor(document));
    expect(editor.isAlertOps).toBe(true);
    const outcome = await fillEditor(editor, URL, PROPOSED);
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input')))
      expect(el.value, `no URL in #${el.id}`).not.toBe(URL);
    expect(q<HTMLSelectElement>('#m2').selectedIndex, 'mode left as the user set it').toBe(1);
    expectUnchanged(before, [q('#nm')]);
    expect(outcome.kind).toBe('per-level');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// escalation levels
// ---------------------------------------------------------------------------------------------------------------

describe('blind14: escalation level wording', () => {
  it('W16 (fr) tabs "Niveau d’escalade\u00a01…3" (typographic apostrophe, NBSP before the number), heading "Alertes par intégrations\u202f:", names with ’ ("AlertOps – équipe d’astreinte", "Teams – salle d’exploitation"); level 2 shown → its AlertOps box only', () => {
    const list = ['E-mail', 'SMS', 'Teams – salle d’exploitation', 'AlertOps – équipe d’astreinte'];
    mount(
      `<h1>Définition d’alerte${NBSP}: Production</h1>${levelTabs(
        [1, 2, 3].map((n) => `Niveau d’escalade${NBSP}${n}`),
        2,
        (n) =>
          `${checkboxRow(`l${n}-act`, 'Actif', true)}<h4>Alertes par intégrations${NNBSP}:</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0)).join('')}`,
      )}<button class="btn btn-primary">Enregistrer</button>`,
    );
    const level = expectChosenOn(findEscalationLevels(document), 2, q('#l2-i3'));
    expect(level?.active).toBe(true);
  });

  it('W17 (nl) tabs "Escalatie&shy;niveau 1…3" (soft hyphen, shown as "Escalatieniveau"), KB heading "Alerts versturen door integraties", level 2 shown and not Actief → level 2, its "AlertOps Piket" only', () => {
    const list = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket'];
    mount(
      `<h1>Alertdefinitie: Webshop</h1>${levelTabs(
        [1, 2, 3].map((n) => `Escalatie&shy;niveau ${n}`),
        2,
        (n) =>
          `${checkboxRow(`l${n}-act`, 'Actief', n !== 2)}<h4>Alerts versturen door integraties</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0)).join('')}`,
      )}<button class="btn btn-primary">Opslaan</button>`,
    );
    const level = expectChosenOn(findEscalationLevels(document), 2, q('#l2-i4'));
    expect(level?.active, 'Actief is off on level 2').toBe(false);
  });

  it('W18 (de) KB tabs "Eskalationsstufe 1/2", heading in another plausible translation "Alarmierung über Integrationen" (KB: "… durch …"), the user\'s integration in capitals "ALERTOPS BEREITSCHAFT" beside "Microsoft Teams Betrieb"; level 1 shown → the ALERTOPS box', () => {
    const list = ['E-Mail', 'SMS', 'Telefon', 'Microsoft Teams Betrieb', 'ALERTOPS BEREITSCHAFT'];
    mount(
      `<h1>Meldedefinition: Shop</h1>${levelTabs(
        [1, 2].map((n) => `Eskalationsstufe ${n}`),
        1,
        (n) =>
          `${checkboxRow(`l${n}-act`, 'Aktiv', true)}<h4>Alarmierung über Integrationen</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0)).join('')}`,
      )}<button class="btn btn-primary">Speichern</button>`,
    );
    expectChosenOn(findEscalationLevels(document), 1, q('#l1-i4'));
  });

  it('W19 (nl) KB tabs "Escalatieniveau 1/2", heading in another plausible translation "Alerteren via integraties" (KB: "Alerts versturen door integraties"); level 2 shown → its "AlertOps Piket"', () => {
    const list = ['E-mail', 'SMS', 'Telefoon', 'AlertOps Piket'];
    mount(
      `<h1>Alertdefinitie: Klantportaal</h1>${levelTabs(
        [1, 2].map((n) => `Escalatieniveau ${n}`),
        2,
        (n) =>
          `${checkboxRow(`l${n}-act`, 'Actief', true)}<h4>Alerteren via integraties</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0)).join('')}`,
      )}<button class="btn btn-primary">Opslaan</button>`,
    );
    expectChosenOn(findEscalationLevels(document), 2, q('#l2-i3'));
  });

  it('W20 (en) short tabs "Level 1", "Level 2", "Level 3" (level 3 shown), KB heading, names "Email", "Text message", "Voice call", "Slack #ops", "Alertops NOC" (lower-case o) → level 3, its Alertops box', () => {
    const list = ['Email', 'Text message', 'Voice call', 'Slack #ops', 'Alertops NOC'];
    mount(
      `<h1>Alert definition: Checkout</h1>${levelTabs(
        ['Level 1', 'Level 2', 'Level 3'],
        3,
        (n) =>
          `${checkboxRow(`l${n}-act`, 'Active', true)}<h4>Alerting by integrations</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0)).join('')}`,
      )}<button class="btn btn-primary">Save</button>`,
    );
    expectChosenOn(findEscalationLevels(document), 3, q('#l3-i4'));
  });

  it('W21 (en) ordinal tabs "1st / 2nd / 3rd escalation level" (2nd shown), heading "Alerting By Integrations" shown in capitals by CSS text-transform → level 2, its "AlertOps – NOC" box', () => {
    addStyle('.section-title{text-transform:uppercase;letter-spacing:.05em}');
    const list = ['E-mail', 'SMS', 'Phone', 'AlertOps – NOC'];
    mount(
      `<h1>Alert definition: Checkout</h1>${levelTabs(
        ['1st escalation level', '2nd escalation level', '3rd escalation level'],
        2,
        (n) =>
          `${checkboxRow(`l${n}-act`, 'Active', true)}<h4 class="section-title">Alerting By Integrations</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0)).join('')}`,
      )}<button class="btn btn-primary">Save</button>`,
    );
    expectChosenOn(findEscalationLevels(document), 2, q('#l2-i3'));
  });

  it('W22 (en) tabs "Escalation level #1…#3" (#3 shown); a hyphenation script put soft hyphens in the names ("Alert\u00adOps – NOC", "Alert\u00adOps – Test"); remembered "AlertOps – NOC" → level 3, the NOC box', () => {
    const list = ['E-mail', 'SMS', `Alert${SHY}Ops – Test`, 'Slack #ops', `Alert${SHY}Ops – NOC`];
    mount(
      `<h1>Alert definition: Checkout</h1>${levelTabs(
        [1, 2, 3].map((n) => `Escalation level #${n}`),
        3,
        (n) =>
          `${checkboxRow(`l${n}-act`, 'Active', true)}<h4>Alerting by integrations</h4><div class="int-list" style="width:140px;hyphens:manual">${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0)).join('')}</div>`,
      )}`,
    );
    expectChosenOn(findEscalationLevels(document), 3, q('#l3-i4'), ['AlertOps – NOC']);
  });

  it('W23 (fr) tab number in its own badge (<span>Niveau d’escalade</span> <span class="badge">2</span>), heading without accent "Alertes par integrations", names with NBSP ("AlertOps\u00a0astreinte", "AlertOps\u00a0test"); remembered "AlertOps astreinte" → level 2, the astreinte box', () => {
    const list = ['E-mail', 'SMS', `AlertOps${NBSP}test`, `AlertOps${NBSP}astreinte`];
    mount(
      `<h1>Définition d’alerte${NBSP}: Production</h1>${levelTabs(
        [1, 2].map((n) => `<span class="tab-text">Niveau d’escalade</span> <span class="badge">${n}</span>`),
        2,
        (n) =>
          `${checkboxRow(`l${n}-act`, 'Actif', true)}<h4>Alertes par integrations</h4>${list.map((nm, i) => checkboxRow(`l${n}-i${i}`, nm, i === 0)).join('')}`,
      )}`,
    );
    expectChosenOn(findEscalationLevels(document), 2, q('#l2-i3'), ['AlertOps astreinte']);
  });

  it('W24 (nl) KB tabs and heading, boxes named only through aria-labelledby of two spans (name + type: "Piketdienst" + "AlertOps", "Storingen" + "Slack") → level 2, the Piketdienst box', () => {
    const list: [string, string][] = [
      ['E-mail', 'Ingebouwd'],
      ['SMS', 'Ingebouwd'],
      ['Storingen', 'Slack'],
      ['Piketdienst', 'AlertOps'],
    ];
    mount(
      `<h1>Alertdefinitie: Klantportaal</h1>${levelTabs(['Escalatieniveau 1', 'Escalatieniveau 2'], 2, (n) => {
        const rows = list
          .map(
            ([nm, type], i) =>
              `<div class="int-row"><input type="checkbox" id="l${n}-i${i}" aria-labelledby="l${n}-n${i} l${n}-t${i}"${i === 0 ? ' checked' : ''}> <span id="l${n}-n${i}" class="int-name">${nm}</span> <span id="l${n}-t${i}" class="int-type label label-default">${type}</span></div>`,
          )
          .join('');
        return `${checkboxRow(`l${n}-act`, 'Actief', true)}<h4>Alerts versturen door integraties</h4>${rows}`;
      })}`,
    );
    expectChosenOn(findEscalationLevels(document), 2, q('#l2-i3'));
  });
});
