/**
 * Blind round 13 (Uptrends): the ALERT DEFINITION page in structures not tried before. Levels as <details> accordion
 * sections, ARIA accordions, cards, fieldsets and wizard steps (one shown, or all shown and read one by one), level
 * titles with extra words or numbered in words, the Active box as an On/Off toggle or missing; integrations as a
 * table with the box in the last column, a multi-select listbox, chips, with the integration's type beside the name,
 * two AlertOps integrations, disabled ones, OK/reminder options under a ticked one; the per-level URL field of a
 * variable set to "Specify value in escalation level"; and pages where nothing may be ticked. Written from
 * /work/shared/domain.md, the README and the earlier blind tests only, without reading the locators' source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tick } from '../../src/dom/fields';
import {
  chooseAlertOpsBox,
  type EscalationLevel,
  findEscalationLevels,
  levelUrlField,
} from '../../src/sites/uptrends/escalation';
import { expectUnchanged, levelNo, snapshot, tickAlertOps } from './blind-design-helpers';
import { mount, must, q, resetPage } from './blind-helpers';

afterEach(resetPage);

// ---------------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------------

const names = (level: EscalationLevel) => level.integrations.map((item) => item.name.replace(/\s+/g, ' ').trim());

/** Every box the level offers lies inside `container` (its own section of the page). */
function expectOwnBoxes(level: EscalationLevel, container: Element): void {
  for (const item of level.integrations)
    expect(container.contains(item.box), `"${item.name}" of "${level.label}" lies in its own section`).toBe(true);
}

/** The level whose boxes lie in `container`. */
function levelIn(levels: EscalationLevel[], container: Element): EscalationLevel {
  const found = levels.find(
    (level) => level.integrations.length > 0 && level.integrations.every((item) => container.contains(item.box)),
  );
  expect(
    found,
    `a level reading ${container.id || container.className} (${levels.map((l) => l.label).join(' | ')})`,
  ).toBeDefined();
  return must(found);
}

/** ARIA boxes (role=checkbox / switch / option) toggled by a click, as their widget does; disabled ones stay. */
function wireAria(attr: 'aria-checked' | 'aria-selected', selector: string, cls = 'is-checked'): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector)))
    el.addEventListener('click', () => {
      if (el.getAttribute('aria-disabled') === 'true') return;
      const on = el.getAttribute(attr) !== 'true';
      el.setAttribute(attr, String(on));
      el.classList.toggle(cls, on);
    });
}

const choiceName = (choice: ReturnType<typeof chooseAlertOpsBox>) =>
  choice.kind === 'one' ? choice.item.name : choice.kind;

// ---------------------------------------------------------------------------------------------------------------
// levels: accordions, cards, fieldsets, wizard steps
// ---------------------------------------------------------------------------------------------------------------

describe('blind13: how the levels are laid out', () => {
  it('B13-L01 (en) <details> accordion, only "Escalation level 2" open: level 2 is read from its own section and only its AlertOps box is ticked (closed sections, rendered by happy-dom, must at least not mix their boxes in)', () => {
    const list = ['E-mail', 'SMS', 'Phone', 'Slack #ops', 'AlertOps – Ops'];
    const section = (n: number, open: boolean) => `<details class="level-section" id="lv${n}"${open ? ' open' : ''}>
<summary class="level-summary"><span class="chevron" aria-hidden="true"></span>Escalation level ${n}</summary>
<div class="level-body">
<div class="checkbox"><label><input type="checkbox" id="l${n}-act" checked> Active</label></div>
<div class="form-group"><label for="l${n}-after">Escalate after (minutes)</label><input type="number" id="l${n}-after" value="${(n - 1) * 15}"></div>
<h4>Alerting by integrations</h4>
<ul class="integrations">${list.map((nm, i) => `<li class="int"><label><input type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}> ${nm}</label></li>`).join('')}</ul>
</div></details>`;
    mount(`<h1>Alert definition: Checkout</h1><div class="levels">${section(1, false)}${section(2, true)}${section(3, false)}</div>
<button type="submit" class="btn btn-primary">Save</button>`);
    const levels = findEscalationLevels(document);
    const level = levelNo(levels, 2);
    expect(names(level)).toEqual(list);
    expect(level.active).toBe(true);
    expectOwnBoxes(level, q('#lv2'));
    for (const other of levels) {
      const home = other.integrations[0]?.box.closest('details');
      if (!home) continue;
      expectOwnBoxes(other, home);
      expect(other.number, `the number of "${other.label}" is its own section's`).toBe(Number(home.id.slice(2)));
    }
    tickAlertOps(
      level,
      Array.from(document.querySelectorAll('.int')),
      must(q('#l2-i4').closest('.int')),
      list[4] ?? '',
    );
    expect(q('#l2-i4').checked).toBe(true);
    expect(q('#l1-i4').checked, 'level 1 left alone').toBe(false);
    expect(q('#l3-i4').checked, 'level 3 left alone').toBe(false);
  });

  it('B13-L02 (nl) <details open> for every level, all visible at once: three levels, each with its own number, Actief state and boxes; "AlertOps Piket" ticked on level 3 only', () => {
    const list = ['E-mail', 'SMS', 'Telefoon', 'Slack storingen', 'AlertOps Piket'];
    const section = (n: number, on: boolean) => `<details open class="accordion-item" id="lv${n}">
<summary><h3 class="accordion-title">Escalatieniveau ${n}</h3></summary>
<div class="accordion-content">
<div class="form-check"><input class="form-check-input" type="checkbox" id="l${n}-act"${on ? ' checked' : ''}><label class="form-check-label" for="l${n}-act">Actief</label></div>
<div class="mb-3"><label for="l${n}-after" class="form-label">Escaleren na (minuten)</label><input type="number" class="form-control" id="l${n}-after" value="${n * 10}"></div>
<h4>Alerts versturen door integraties</h4>
${list.map((nm, i) => `<div class="form-check int"><input class="form-check-input" type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}><label class="form-check-label" for="l${n}-i${i}">${nm}</label></div>`).join('')}
</div></details>`;
    mount(
      `<h1>Alertdefinitie bewerken: Webshop</h1>${section(1, true)}${section(2, false)}${section(3, true)}<button class="btn btn-primary">Opslaan</button>`,
    );
    const levels = findEscalationLevels(document);
    expect(levels.map((l) => l.number)).toEqual([1, 2, 3]);
    expect(levels.map((l) => l.active)).toEqual([true, false, true]);
    for (const n of [1, 2, 3]) {
      const level = levelNo(levels, n);
      expect(names(level)).toEqual(list);
      expectOwnBoxes(level, q(`#lv${n}`));
    }
    tickAlertOps(
      levelNo(levels, 3),
      Array.from(document.querySelectorAll('.int')),
      must(q('#l3-i4').closest('.int')),
      'AlertOps Piket',
    );
    expect(q('#l3-i4').checked).toBe(true);
    expect([q('#l1-i4').checked, q('#l2-i4').checked]).toEqual([false, false]);
  });

  it('B13-L03 (de) cards with a header "Eskalationsstufe 2 (nach 15 Minuten)", all visible, "Aktiv" as an Ein/Aus toggle switch: numbers 1–3 (not 15 or 60), Aktiv states read, the switch is no integration; level 2 ticked alone', () => {
    const list = ['E-Mail', 'SMS', 'Telefon', 'Slack Betrieb', 'AlertOps Bereitschaft'];
    const when = ['sofort', 'nach 15 Minuten', 'nach 60 Minuten'];
    const card = (n: number, on: boolean) => `<div class="card mb-3" id="lv${n}">
<div class="card-header d-flex"><span class="card-title">Eskalationsstufe ${n} (${when[n - 1]})</span><button type="button" class="btn btn-link btn-sm ms-auto">Entfernen</button></div>
<div class="card-body">
<div class="form-row"><span class="control-label" id="l${n}-act-lbl">Aktiv</span>
<button type="button" role="switch" id="l${n}-act" aria-checked="${on}" aria-labelledby="l${n}-act-lbl" class="toggle${on ? ' is-checked' : ''}"><span class="toggle-on">Ein</span><span class="toggle-off">Aus</span></button></div>
<div class="form-row"><label for="l${n}-after">Eskalieren nach (Minuten)</label><input type="number" id="l${n}-after" value="${[0, 15, 60][n - 1]}"></div>
<h5>Alarmierung durch Integrationen</h5>
${list.map((nm, i) => `<div class="custom-control custom-checkbox int"><input type="checkbox" class="custom-control-input" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}><label class="custom-control-label" for="l${n}-i${i}">${nm}</label></div>`).join('')}
</div></div>`;
    mount(
      `<h1>Meldedefinition: Shop</h1>${card(1, true)}${card(2, false)}${card(3, true)}<button class="btn btn-primary">Speichern</button>`,
    );
    wireAria('aria-checked', '[role="switch"]');
    const levels = findEscalationLevels(document);
    expect(levels.map((l) => l.number)).toEqual([1, 2, 3]);
    expect(levels.map((l) => l.active)).toEqual([true, false, true]);
    const level = levelNo(levels, 2);
    expect(level.label).toContain('Eskalationsstufe 2');
    for (const n of [1, 2, 3]) {
      expect(names(levelNo(levels, n)), 'Aktiv / Ein / Aus are no integrations').toEqual(list);
      expectOwnBoxes(levelNo(levels, n), q(`#lv${n}`));
    }
    const rows = Array.from(document.querySelectorAll('.int, [role="switch"]'));
    tickAlertOps(level, rows, must(q('#l2-i4').closest('.int')), 'AlertOps Bereitschaft');
    expect(q('#l2-i4').checked).toBe(true);
    expect(q('#l2-act').getAttribute('aria-checked'), 'Aktiv left off').toBe('false');
  });

  it('B13-L04 (fr) fieldsets with legends "Niveau d\'escalade 3 – rappels" / "… 2 – après 30 minutes", nested fieldset "Alertes par intégrations", "Actif" as a switch with "Oui"/"Non" text: levels 1–3 each read on its own; level 3 ticked alone', () => {
    const list = ['E-mail', 'SMS', 'Téléphone', 'Teams exploitation', 'AlertOps astreinte'];
    const legends = ['immédiat', 'après 30 minutes', 'rappels'];
    const fieldset = (n: number, on: boolean) => `<fieldset class="level" id="lv${n}">
<legend>Niveau d'escalade ${n} – ${legends[n - 1]}</legend>
<div class="switch-row"><input type="checkbox" role="switch" class="switch-input" id="l${n}-act"${on ? ' checked' : ''}><label for="l${n}-act">Actif</label><span class="switch-state" aria-hidden="true">${on ? 'Oui' : 'Non'}</span></div>
<p><label for="l${n}-after">Escalader après (minutes)</label> <input type="number" id="l${n}-after" value="${(n - 1) * 30}"></p>
<fieldset class="integrations"><legend>Alertes par intégrations</legend>
${list.map((nm, i) => `<p class="int"><input type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}> <label for="l${n}-i${i}">${nm}</label></p>`).join('')}
</fieldset></fieldset>`;
    mount(
      `<h1>Définition d'alerte : Production</h1><form>${fieldset(1, true)}${fieldset(2, true)}${fieldset(3, false)}<button type="submit">Enregistrer</button></form>`,
    );
    const levels = findEscalationLevels(document);
    expect(levels.map((l) => l.number)).toEqual([1, 2, 3]);
    expect(levels.map((l) => l.active)).toEqual([true, true, false]);
    for (const n of [1, 2, 3]) {
      expect(names(levelNo(levels, n))).toEqual(list);
      expectOwnBoxes(levelNo(levels, n), q(`#lv${n}`));
    }
    const level = levelNo(levels, 3);
    expect(level.label).toContain("Niveau d'escalade 3");
    tickAlertOps(
      level,
      Array.from(document.querySelectorAll('.int')),
      must(q('#l3-i4').closest('.int')),
      'AlertOps astreinte',
    );
    expect(q('#l3-i4').checked).toBe(true);
    expect([q('#l1-i4').checked, q('#l2-i4').checked]).toEqual([false, false]);
  });

  it('B13-L05 (en) wizard "Step 3 of 5 · Escalation level 2", the other steps hidden: the shown step is level 2 (not 3 or 5), no hidden step\'s box is offered; its AlertOps box ticked', () => {
    const list = ['E-mail', 'SMS', 'Phone', 'AlertOps – NOC'];
    const body = (
      n: number,
    ) => `<div class="checkbox"><label><input type="checkbox" id="l${n}-act" checked> Active</label></div>
<h4>Alerting by integrations</h4><div class="int-list">${list.map((nm, i) => `<div class="int"><label><input type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}> ${nm}</label></div>`).join('')}</div>`;
    const step = (i: number, title: string, inner: string, shown: boolean) =>
      `<section class="wizard-step" id="step${i}"${shown ? '' : ' hidden'}><h2 class="wizard-step-title">Step ${i} of 5 · ${title}</h2>${inner}</section>`;
    mount(`<h1>New alert definition</h1><div class="wizard">
<ol class="wizard-steps"><li class="done"><span class="step-no">1</span> General</li><li class="done"><span class="step-no">2</span> Escalation level 1</li><li class="current" aria-current="step"><span class="step-no">3</span> Escalation level 2</li><li><span class="step-no">4</span> Escalation level 3</li><li><span class="step-no">5</span> Review</li></ol>
${step(1, 'General', '<label for="def-name">Name</label><input id="def-name" value="Checkout">', false)}
${step(2, 'Escalation level 1', body(1), false)}${step(3, 'Escalation level 2', body(2), true)}${step(4, 'Escalation level 3', body(3), false)}
${step(5, 'Review', '<p>Review your alert definition.</p>', false)}
<div class="wizard-nav"><button type="button">Back</button><button type="button">Next</button></div></div>`);
    const levels = findEscalationLevels(document);
    for (const level of levels) expectOwnBoxes(level, q('#step3'));
    const level = levelIn(levels, q('#step3'));
    expect(level.number, 'the step shows Escalation level 2').toBe(2);
    expect(names(level)).toEqual(list);
    expect(level.active).toBe(true);
    tickAlertOps(
      level,
      Array.from(document.querySelectorAll('.int')),
      must(q('#l2-i3').closest('.int')),
      'AlertOps – NOC',
    );
    expect(q('#l2-i3').checked).toBe(true);
  });

  it('B13-L06 (en) cards titled in words ("Escalation level one (immediately)", "Escalation level two (after 20 minutes)"): never a wrong number (not 20), each card read on its own; safer: the number may be unknown, the tick on card two touches only card two', () => {
    const list = ['E-mail', 'SMS', 'AlertOps – Ops'];
    const card = (n: number, word: string, when: string) => `<div class="panel panel-default" id="lv${n}">
<div class="panel-heading"><h3 class="panel-title">Escalation level ${word} <small>(${when})</small></h3></div>
<div class="panel-body"><div class="checkbox"><label><input type="checkbox" id="l${n}-act" checked> Active</label></div>
<h4>Alerting by integrations</h4>${list.map((nm, i) => `<div class="checkbox int"><label><input type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}> ${nm}</label></div>`).join('')}</div></div>`;
    mount(`<h1>Alert definition: API</h1>${card(1, 'one', 'immediately')}${card(2, 'two', 'after 20 minutes')}`);
    const levels = findEscalationLevels(document);
    const one = levelIn(levels, q('#lv1'));
    const two = levelIn(levels, q('#lv2'));
    expect(one).not.toBe(two);
    expect([1, undefined], `number of "${one.label}"`).toContain(one.number);
    expect([2, undefined], `number of "${two.label}"`).toContain(two.number);
    expect(names(two)).toEqual(list);
    tickAlertOps(
      two,
      Array.from(document.querySelectorAll('.int')),
      must(q('#l2-i2').closest('.int')),
      'AlertOps – Ops',
    );
    expect([q('#l1-i2').checked, q('#l2-i2').checked]).toEqual([false, true]);
  });

  it('B13-L07 (nl) ARIA accordion (button aria-expanded, collapsed regions hidden), no Actief box at all: only level 2 (expanded) is offered, its Active state unknown; "AlertOps Piket" ticked', () => {
    const list = ['E-mail', 'SMS', 'Telefoon', 'AlertOps Piket'];
    const item = (
      n: number,
      open: boolean,
    ) => `<h3 class="accordion-header"><button type="button" class="accordion-button${open ? '' : ' collapsed'}" id="acc-b${n}" aria-expanded="${open}" aria-controls="lv${n}">Escalatieniveau ${n}</button></h3>
<div id="lv${n}" role="region" aria-labelledby="acc-b${n}" class="accordion-collapse"${open ? '' : ' hidden'}><div class="accordion-body">
<div class="form-group"><label for="l${n}-after">Escaleren na (minuten)</label><input type="number" id="l${n}-after" value="${n * 5}"></div>
<h4>Alerts versturen door integraties</h4>${list.map((nm, i) => `<div class="int"><input type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}><label for="l${n}-i${i}">${nm}</label></div>`).join('')}
</div></div>`;
    mount(
      `<h1>Alertdefinitie: Klantportaal</h1><div class="accordion">${item(1, false)}${item(2, true)}${item(3, false)}</div><button>Opslaan</button>`,
    );
    const levels = findEscalationLevels(document);
    for (const level of levels) expectOwnBoxes(level, q('#lv2'));
    const level = levelNo(levels, 2);
    expect(level.active, 'no Actief box shown').toBeUndefined();
    expect(names(level)).toEqual(list);
    tickAlertOps(
      level,
      Array.from(document.querySelectorAll('.int')),
      must(q('#l2-i3').closest('.int')),
      'AlertOps Piket',
    );
    expect([q('#l1-i3').checked, q('#l2-i3').checked, q('#l3-i3').checked]).toEqual([false, true, false]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// integrations lists
// ---------------------------------------------------------------------------------------------------------------

const tabs = (word: string, n: number, count: number) =>
  `<div role="tablist" class="nav nav-tabs">${Array.from({ length: count }, (_, i) => `<a role="tab" href="#" class="nav-link${i + 1 === n ? ' active' : ''}" aria-selected="${i + 1 === n}">${word} ${i + 1}</a>`).join('')}</div>`;

describe('blind13: how the integrations are listed', () => {
  it('B13-L08 (de) integrations as a table, the unlabelled checkbox in the last column, the user\'s name "Bereitschaft" with type "AlertOps" in the column beside it: that row\'s box is the one', () => {
    const rows: [string, string, boolean][] = [
      ['E-Mail', 'Integriert', true],
      ['SMS', 'Integriert', false],
      ['Telefon', 'Integriert', false],
      ['Bereitschaft', 'AlertOps', false],
      ['Slack Betrieb', 'Slack', true],
    ];
    mount(`<h1>Meldedefinition: Shop</h1>${tabs('Eskalationsstufe', 1, 2)}
<div role="tabpanel" class="tab-pane active">
<div class="checkbox"><label><input type="checkbox" id="act" checked> Aktiv</label></div>
<h4>Alarmierung durch Integrationen</h4>
<table class="table table-striped"><thead><tr><th>Integration</th><th>Typ</th><th>Senden</th></tr></thead><tbody>
${rows.map(([nm, type, on], i) => `<tr class="int"><td>${nm}</td><td><span class="label label-default">${type}</span></td><td class="text-right"><input type="checkbox" id="i${i}"${on ? ' checked' : ''}></td></tr>`).join('')}
</tbody></table></div><button class="btn btn-primary">Speichern</button>`);
    const level = must(findEscalationLevels(document)[0]);
    expect(level.integrations.length, 'one box per row').toBe(5);
    const before = snapshot();
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind, 'the AlertOps-typed row').toBe('one');
    if (choice.kind !== 'one') return;
    expect(choice.item.box).toBe(q('#i3'));
    expect(choice.item.name).toContain('Bereitschaft');
    tick(choice.item.box);
    expect(q('#i3').checked).toBe(true);
    expectUnchanged(before, [q('#i3')]);
  });

  it('B13-L10 (en) integrations as filter chips (button role=checkbox aria-checked, an "+ Add integration" link chip): "AlertOps – NOC" chip ticked, nothing else', () => {
    const list: [string, boolean][] = [
      ['E-mail', true],
      ['SMS', false],
      ['Phone', false],
      ['Slack #ops', true],
      ['AlertOps – NOC', false],
    ];
    mount(`<h1>Alert definition: Checkout</h1>${tabs('Escalation level', 2, 3)}
<div role="tabpanel"><div class="checkbox"><label><input type="checkbox" id="act" checked> Active</label></div>
<h4 id="sec">Alerting by integrations</h4>
<div class="chip-set" role="group" aria-labelledby="sec">
${list.map(([nm, on], i) => `<button type="button" id="c${i}" role="checkbox" aria-checked="${on}" class="chip${on ? ' is-checked' : ''}"><span class="chip-icon" aria-hidden="true"></span><span class="chip-label">${nm}</span></button>`).join('')}
<a href="/Alerting/Integrations" class="chip chip-add">+ Add integration</a></div></div><button>Save</button>`);
    wireAria('aria-checked', '[role="checkbox"]');
    const levels = findEscalationLevels(document);
    const level = levelNo(levels, 2);
    expect(names(level)).toEqual(list.map(([nm]) => nm));
    tickAlertOps(level, Array.from(document.querySelectorAll('.chip')), q('#c4'), 'AlertOps – NOC');
    expect(q('#c4').getAttribute('aria-checked')).toBe('true');
  });

  it('B13-L11 (nl) the type beside the name inside the label ("Piketdienst — AlertOps"), the user\'s name without "AlertOps": the Piketdienst box is the one', () => {
    const list: [string, string][] = [
      ['E-mail', 'E-mail'],
      ['SMS', 'SMS'],
      ['Teams kanaal', 'Microsoft Teams'],
      ['Piketdienst', 'AlertOps'],
      ['Webhook CMDB', 'Webhook'],
    ];
    mount(`<h1>Alertdefinitie: Webshop</h1>${tabs('Escalatieniveau', 1, 2)}
<div role="tabpanel"><div class="checkbox"><label><input type="checkbox" id="act" checked> Actief</label></div>
<h4>Alerts versturen door integraties</h4>
${list.map(([nm, type], i) => `<div class="checkbox int"><label><input type="checkbox" id="i${i}"${i === 0 ? ' checked' : ''}> ${nm} <small class="text-muted">— ${type}</small></label></div>`).join('')}
</div>`);
    const level = must(findEscalationLevels(document)[0]);
    const rows = Array.from(document.querySelectorAll('.int'));
    const before = new Map(rows.map((r) => [r, r.outerHTML]));
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind).toBe('one');
    if (choice.kind !== 'one') return;
    expect(choice.item.box).toBe(q('#i3'));
    expect(choice.item.name).toContain('Piketdienst');
    tick(choice.item.box);
    expect(q('#i3').checked).toBe(true);
    expect(rows.filter((r) => r !== rows[3]).every((r) => r.outerHTML === before.get(r))).toBe(true);
    expect(Array.from(document.querySelectorAll<HTMLInputElement>('.int input')).map((i) => i.checked)).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it('B13-L13 (en) two AlertOps integrations known only by their type ("Ops pager — AlertOps", "Night desk — AlertOps"): without a remembered name not \'one\' (both listed); remembered "Night desk" picks it', () => {
    const list: [string, string][] = [
      ['E-mail', 'E-mail'],
      ['Ops pager', 'AlertOps'],
      ['Slack #ops', 'Slack'],
      ['Night desk', 'AlertOps'],
    ];
    mount(`<h1>Alert definition: Checkout</h1>${tabs('Escalation level', 1, 2)}
<div role="tabpanel"><div class="checkbox"><label><input type="checkbox" id="act" checked> Active</label></div>
<h4>Alerting by integrations</h4>
${list.map(([nm, type], i) => `<div class="checkbox int"><label><input type="checkbox" id="i${i}"${i === 0 ? ' checked' : ''}> <span class="int-name">${nm}</span> <span class="int-type">— ${type}</span></label></div>`).join('')}
</div>`);
    const before = snapshot();
    const level = must(findEscalationLevels(document)[0]);
    const blind = chooseAlertOpsBox(level, []);
    expect(blind.kind, 'two AlertOps integrations: the user chooses').not.toBe('one');
    expect(blind.kind).toBe('ambiguous');
    if (blind.kind === 'ambiguous') expect(blind.items.map((item) => item.box)).toEqual([q('#i1'), q('#i3')]);
    expectUnchanged(before);
    const rows = Array.from(document.querySelectorAll('.int'));
    const choice = chooseAlertOpsBox(level, ['Night desk']);
    expect(choice.kind).toBe('one');
    if (choice.kind !== 'one') return;
    expect(choice.item.box).toBe(q('#i3'));
    tick(choice.item.box);
    expect(rows.map((r) => (r.querySelector('input') as HTMLInputElement).checked)).toEqual([true, false, false, true]);
  });

  it('B13-L14 (fr) cards, all levels visible, two AlertOps integrations by name on each: not \'one\' without memory; remembered "AlertOps test" ticks it on level 2 only', () => {
    const list = ['E-mail', 'SMS', 'AlertOps astreinte', 'AlertOps test'];
    const card = (
      n: number,
    ) => `<div class="card" id="lv${n}"><header class="card-header"><h3>Niveau d'escalade ${n}</h3></header>
<div class="card-content"><label class="checkbox"><input type="checkbox" id="l${n}-act" checked> Actif</label>
<h4>Alertes par intégrations</h4>${list.map((nm, i) => `<label class="checkbox int"><input type="checkbox" id="l${n}-i${i}"${i === 0 ? ' checked' : ''}> ${nm}</label>`).join('')}</div></div>`;
    mount(`<h1>Définition d'alerte : Production</h1><div class="columns">${card(1)}${card(2)}</div>`);
    const levels = findEscalationLevels(document);
    const two = levelNo(levels, 2);
    expectOwnBoxes(two, q('#lv2'));
    expect(chooseAlertOpsBox(two, []).kind).toBe('ambiguous');
    expect(chooseAlertOpsBox(levelNo(levels, 1), []).kind).toBe('ambiguous');
    tickAlertOps(
      two,
      Array.from(document.querySelectorAll('.int')),
      q('#l2-i3').closest('.int') as Element,
      'AlertOps test',
      ['AlertOps test'],
    );
    expect([q('#l1-i3').checked, q('#l2-i3').checked, q('#l2-i2').checked]).toEqual([false, true, false]);
  });

  it('B13-L15 (en) an aria-disabled "AlertOps legacy" beside an enabled "AlertOps – Ops" (role=checkbox items): the enabled one is chosen, the disabled one is never ticked, even when remembered', () => {
    const list: [string, boolean][] = [
      ['E-mail', false],
      ['AlertOps legacy', true],
      ['Slack #ops', false],
      ['AlertOps – Ops', false],
    ];
    mount(`<h1>Alert definition: Checkout</h1>${tabs('Escalation level', 1, 2)}
<div role="tabpanel"><div class="checkbox"><label><input type="checkbox" id="act" checked> Active</label></div>
<h4 id="sec">Alerting by integrations</h4><div role="group" aria-labelledby="sec">
${list.map(([nm, off], i) => `<div class="int${off ? ' is-disabled' : ''}"><span role="checkbox" tabindex="${off ? -1 : 0}" id="i${i}" aria-checked="${i === 0}" aria-labelledby="n${i}"${off ? ' aria-disabled="true"' : ''} class="cb"></span><span id="n${i}">${nm}</span>${off ? ' <small>(disabled)</small>' : ''}</div>`).join('')}
</div></div>`);
    wireAria('aria-checked', '[role="checkbox"]');
    const level = must(findEscalationLevels(document)[0]);
    const remembered = chooseAlertOpsBox(level, ['AlertOps legacy']);
    if (remembered.kind === 'one') expect(remembered.item.box, 'never the disabled box').not.toBe(q('#i1'));
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind, 'only one AlertOps box can be ticked').toBe('one');
    if (choice.kind !== 'one') return;
    expect(choice.item.box).toBe(q('#i3'));
    tick(choice.item.box);
    expect(q('#i3').getAttribute('aria-checked')).toBe('true');
    expect(q('#i1').getAttribute('aria-checked'), 'disabled stays unticked').toBe('false');
  });

  it('B13-L16 (de) the only AlertOps integration is "AlertOps (alt, deaktiviert)", a disabled native box: no box is chosen, with or without the remembered name; nothing changes', () => {
    const list = ['E-Mail', 'SMS', 'Telefon', 'AlertOps (alt, deaktiviert)'];
    mount(`<h1>Meldedefinition: Shop</h1>${tabs('Eskalationsstufe', 1, 2)}
<div role="tabpanel"><div class="checkbox"><label><input type="checkbox" id="act" checked> Aktiv</label></div>
<h4>Alarmierung durch Integrationen</h4>
${list.map((nm, i) => `<div class="checkbox int${i === 3 ? ' disabled' : ''}"><label><input type="checkbox" id="i${i}"${i === 0 ? ' checked' : ''}${i === 3 ? ' disabled' : ''}> ${nm}</label></div>`).join('')}
</div>`);
    const before = snapshot();
    const levels = findEscalationLevels(document);
    for (const level of levels) {
      const choices = [chooseAlertOpsBox(level, []), chooseAlertOpsBox(level, ['AlertOps (alt, deaktiviert)'])];
      for (const choice of choices) {
        expect(choiceName(choice), 'the disabled box is never the one').not.toBe('AlertOps (alt, deaktiviert)');
        if (choice.kind === 'one') expect(choice.item.box).not.toBe(q('#i3'));
      }
    }
    expect(q('#i3').checked).toBe(false);
    expectUnchanged(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// OK / reminder options, per-level values
// ---------------------------------------------------------------------------------------------------------------

describe('blind13: options and per-level values under a ticked integration', () => {
  it('B13-L17 (nl) "OK-alerts versturen" / "Herinneringsalerts versturen" as role=switch toggles under ticked E-mail and Slack: no integrations; "AlertOps Piket" ticked, no switch moves', () => {
    const list = ['E-mail', 'SMS', 'Slack storingen', 'AlertOps Piket'];
    const ticked = [true, false, true, false];
    const sw = (id: string, text: string, on: boolean) =>
      `<div class="switch-row"><button type="button" role="switch" id="${id}" aria-checked="${on}" aria-labelledby="${id}-l" class="switch${on ? ' is-checked' : ''}"><span class="switch-handle"></span></button><span id="${id}-l">${text}</span></div>`;
    mount(`<h1>Alertdefinitie: Webshop</h1>${tabs('Escalatieniveau', 1, 2)}
<div role="tabpanel"><div class="checkbox"><label><input type="checkbox" id="act" checked> Actief</label></div>
<h4>Alerts versturen door integraties</h4><ul class="ints">
${list.map((nm, i) => `<li class="int"><div class="int-head"><input type="checkbox" id="i${i}"${ticked[i] ? ' checked' : ''}><label for="i${i}">${nm}</label></div>${ticked[i] ? `<div class="int-options">${sw(`i${i}-ok`, 'OK-alerts versturen', true)}${sw(`i${i}-rem`, 'Herinneringsalerts versturen', false)}</div>` : ''}</li>`).join('')}
</ul></div>`);
    wireAria('aria-checked', '[role="switch"]');
    const level = must(findEscalationLevels(document)[0]);
    expect(names(level), 'the option switches are no integrations').toEqual(list);
    const rows = Array.from(document.querySelectorAll('.int-head, [role="switch"]'));
    tickAlertOps(level, rows, must(q('#i3').closest('.int-head')), 'AlertOps Piket');
    expect(q('#i3').checked).toBe(true);
  });

  it('B13-L18 (fr) AlertOps already ticked on level 1 with its "Envoyer les alertes OK" / "… de rappel" boxes under it; all levels visible: ticking level 1 again leaves it ticked, level 2\'s box gets ticked, no option box moves', () => {
    const list = ['E-mail', 'SMS', 'AlertOps astreinte', 'Slack exploitation'];
    const row = (n: number, i: number, nm: string, on: boolean) =>
      `<li class="int"><label><input type="checkbox" id="l${n}-i${i}"${on ? ' checked' : ''}> ${nm}</label>${on ? `<div class="int-options"><label><input type="checkbox" id="l${n}-i${i}-ok" checked> Envoyer les alertes OK</label> <label><input type="checkbox" id="l${n}-i${i}-rem"> Envoyer les alertes de rappel</label></div>` : ''}</li>`;
    const section = (n: number, aoOn: boolean) => `<section class="level" id="lv${n}"><h2>Niveau d'escalade ${n}</h2>
<label><input type="checkbox" id="l${n}-act" checked> Actif</label><h4>Alertes par intégrations</h4>
<ul>${list.map((nm, i) => row(n, i, nm, i === 0 || (i === 2 && aoOn))).join('')}</ul></section>`;
    mount(`<h1>Définition d'alerte : Production</h1>${section(1, true)}${section(2, false)}`);
    const before = snapshot();
    const levels = findEscalationLevels(document);
    const one = levelNo(levels, 1);
    const two = levelNo(levels, 2);
    expect(names(one), 'the option boxes are no integrations').toEqual(list);
    expect(names(two)).toEqual(list);
    for (const level of [one, two]) {
      const choice = chooseAlertOpsBox(level, []);
      expect(choice.kind).toBe('one');
      if (choice.kind === 'one') tick(choice.item.box);
    }
    expect(q('#l1-i2').checked, 'still ticked on level 1').toBe(true);
    expect(q('#l2-i2').checked, 'ticked on level 2').toBe(true);
    expectUnchanged(before, [q('#l2-i2')]);
  });

  it('B13-L19 (en) per-level value in a table: AlertOps and Slack ticked, each with a details row (OK/reminder boxes, its level variable): levelUrlField is the "AlertOpsUrl" field, never Slack\'s "WebhookUrl"', () => {
    const head = (id: string, nm: string, type: string, on: boolean) =>
      `<tr class="int"><td>${nm}</td><td>${type}</td><td><input type="checkbox" id="${id}" aria-label="${nm}"${on ? ' checked' : ''}></td></tr>`;
    const details = (id: string, variable: string) =>
      `<tr class="int-details"><td colspan="3"><label><input type="checkbox" id="${id}-ok" checked> Send OK alerts</label> <label><input type="checkbox" id="${id}-rem"> Send reminder alerts</label>
<div class="level-var"><label for="${id}-var">${variable}</label><input type="text" id="${id}-var" placeholder="Value"></div></td></tr>`;
    mount(`<h1>Alert definition: Checkout</h1>${tabs('Escalation level', 1, 2)}
<div role="tabpanel"><div class="checkbox"><label><input type="checkbox" id="act" checked> Active</label></div>
<h4>Alerting by integrations</h4><table class="table"><thead><tr><th>Name</th><th>Type</th><th>Use</th></tr></thead><tbody>
${head('mail', 'E-mail', 'Built-in', true)}${head('slack', 'Slack #ops', 'Slack', true)}${details('slack', 'WebhookUrl')}
${head('ao', 'AlertOps – NOC', 'AlertOps', true)}${details('ao', 'AlertOpsUrl')}${head('phone', 'Phone', 'Built-in', false)}
</tbody></table></div>`);
    const level = must(findEscalationLevels(document)[0]);
    expect(names(level), 'the option boxes are no integrations').toEqual([
      'E-mail',
      'Slack #ops',
      'AlertOps – NOC',
      'Phone',
    ]);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind).toBe('one');
    if (choice.kind !== 'one') return;
    expect(choice.item.box).toBe(q('#ao'));
    expect(levelUrlField(level, choice.item), 'the AlertOps row\'s "AlertOpsUrl"').toBe(q('#ao-var'));
    const slack = must(level.integrations.find((item) => item.box === q('#slack')));
    expect(levelUrlField(level, slack)).not.toBe(q('#ao-var'));
  });

  it('B13-L20 (de) per-level value labelled "API URL" (input type=url) under "AlertOps Bereitschaft" beside OK/reminder switches; the next integration\'s "WebhookUrl" is already filled by the user: levelUrlField is "API URL"', () => {
    const sw = (id: string, text: string, on: boolean) =>
      `<div class="form-check form-switch"><input class="form-check-input" type="checkbox" role="switch" id="${id}"${on ? ' checked' : ''}><label class="form-check-label" for="${id}">${text}</label></div>`;
    const item = (id: string, nm: string, on: boolean, body = '') =>
      `<li class="int"><div class="int-head"><input type="checkbox" id="${id}"${on ? ' checked' : ''}><label for="${id}">${nm}</label></div>${body ? `<div class="int-body">${body}</div>` : ''}</li>`;
    const variable = (id: string, label: string, value: string) =>
      `<div class="mb-2 level-variable"><label class="form-label" for="${id}">${label}</label><input type="url" class="form-control" id="${id}" value="${value}" placeholder="Wert"></div>`;
    mount(`<h1>Meldedefinition: Shop</h1>${tabs('Eskalationsstufe', 2, 3)}
<div role="tabpanel"><div class="checkbox"><label><input type="checkbox" id="act" checked> Aktiv</label></div>
<h4>Alarmierung durch Integrationen</h4><ul class="list-unstyled">
${item('mail', 'E-Mail', true, `${sw('mail-ok', 'OK-Alarme senden', true)}${sw('mail-rem', 'Erinnerungsalarme senden', false)}`)}
${item('ao', 'AlertOps Bereitschaft', true, `${sw('ao-ok', 'OK-Alarme senden', true)}${sw('ao-rem', 'Erinnerungsalarme senden', true)}${variable('ao-var', 'API URL', '')}`)}
${item('slack', 'Slack Betrieb', true, `${sw('slack-ok', 'OK-Alarme senden', true)}${sw('slack-rem', 'Erinnerungsalarme senden', false)}${variable('slack-var', 'WebhookUrl', 'https://hooks.slack.com/services/T0001/B0001/abcdef')}`)}
${item('sms', 'SMS', false)}
</ul></div>`);
    const level = levelNo(findEscalationLevels(document), 2);
    expect(names(level), 'the switches are no integrations').toEqual([
      'E-Mail',
      'AlertOps Bereitschaft',
      'Slack Betrieb',
      'SMS',
    ]);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind).toBe('one');
    if (choice.kind !== 'one') return;
    expect(levelUrlField(level, choice.item), '"API URL" under the AlertOps integration').toBe(q('#ao-var'));
    expect(q('#slack-var').value, "the user's Slack value untouched").toBe(
      'https://hooks.slack.com/services/T0001/B0001/abcdef',
    );
  });

  it('B13-L21 (fr) per-level values on two visible levels, under each AlertOps integration "Priorité" (already filled "P1") and "AlertOpsUrl" (empty): each level\'s levelUrlField is its own "AlertOpsUrl", not "Priorité" nor the other level\'s', () => {
    const variable = (id: string, label: string, value: string) =>
      `<div class="level-variable"><label for="${id}">${label}</label> <input type="text" id="${id}" value="${value}" placeholder="Valeur"></div>`;
    const level = (
      n: number,
    ) => `<div class="card" id="lv${n}"><div class="card-header">Niveau d'escalade ${n}</div><div class="card-body">
<label><input type="checkbox" id="l${n}-act" checked> Actif</label><h4>Alertes par intégrations</h4>
<div class="int"><label><input type="checkbox" id="l${n}-mail" checked> E-mail</label><div class="int-options"><label><input type="checkbox" checked> Envoyer les alertes OK</label></div></div>
<div class="int"><label><input type="checkbox" id="l${n}-ao" checked> AlertOps astreinte</label><div class="int-options"><label><input type="checkbox" checked> Envoyer les alertes OK</label> <label><input type="checkbox"> Envoyer les alertes de rappel</label>
${variable(`l${n}-prio`, 'Priorité', 'P1')}${variable(`l${n}-url`, 'AlertOpsUrl', '')}</div></div>
<div class="int"><label><input type="checkbox" id="l${n}-sms"> SMS</label></div></div></div>`;
    mount(`<h1>Définition d'alerte : Production</h1>${level(1)}${level(2)}`);
    const levels = findEscalationLevels(document);
    for (const n of [1, 2]) {
      const lvl = levelNo(levels, n);
      expect(names(lvl)).toEqual(['E-mail', 'AlertOps astreinte', 'SMS']);
      const choice = chooseAlertOpsBox(lvl, []);
      expect(choice.kind).toBe('one');
      if (choice.kind !== 'one') continue;
      expect(choice.item.box).toBe(q(`#l${n}-ao`));
      expect(levelUrlField(lvl, choice.item), `level ${n}'s own AlertOpsUrl`).toBe(q(`#l${n}-url`));
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// pages where nothing may be ticked
// ---------------------------------------------------------------------------------------------------------------

describe('blind13: nothing to tick', () => {
  it('B13-L22 (en) the Integrations overview (bulk-select table of integrations, "AlertOps – Ops" of type AlertOps, a tip naming "Alerting by integrations" and "escalation level"): no overview box is offered on any level', () => {
    const rows: [string, string, string][] = [
      ['AlertOps – Ops', 'AlertOps', '3 alert definitions'],
      ['Slack #ops', 'Slack', '1 alert definition'],
      ['Pager bridge', 'AlertOps', '—'],
    ];
    mount(`<nav class="breadcrumb"><a href="/Alerting">Alerting</a> › <span>Integrations</span></nav>
<h1>Integrations</h1>
<div class="alert alert-info" role="note">Tip: to use an integration, open an alert definition, choose an escalation level and tick it under <b>Alerting by integrations</b>.</div>
<div class="toolbar"><button type="button">Add integration</button><button type="button" disabled>Delete selected</button></div>
<table class="table"><thead><tr><th><input type="checkbox" id="all" aria-label="Select all"></th><th>Name</th><th>Type</th><th>Used in</th></tr></thead><tbody>
${rows.map(([nm, type, used], i) => `<tr><td><input type="checkbox" id="r${i}" aria-label="Select ${nm}"></td><td><a href="/Alerting/Integrations/${i}">${nm}</a></td><td>${type}</td><td>${used}</td></tr>`).join('')}
</tbody></table>`);
    const before = snapshot();
    const levels = findEscalationLevels(document);
    const offered = levels.flatMap((level) => level.integrations.map((item) => item.box));
    expect(offered, 'no box of the overview table').toEqual([]);
    for (const level of levels) expect(chooseAlertOpsBox(level, ['AlertOps – Ops']).kind).toBe('none');
    expectUnchanged(before);
  });
});
