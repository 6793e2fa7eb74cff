/** Level numbers, titles, sections and box states: cases a second review found (each failed before its mend). */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, levelIsAutoTicked } from '../../src/core/settings';
import { isChecked, tick } from '../../src/dom/fields';
import { chooseAlertOpsBox, type EscalationLevel, findEscalationLevels } from '../../src/sites/uptrends/escalation';

afterEach(() => {
  document.body.replaceChildren();
});

const level = (title: string, extra = '') => `<h1>Web shop</h1><section class="card"><h3>${title}</h3>
  <label><input type="checkbox" checked> Active</label><h4>Alerting by integrations</h4>
  <ul><li><label><input type="checkbox" id="mail"> E-mail</label></li>
  <li><label><input type="checkbox" id="ao"> AlertOps on call</label></li></ul>${extra}</section>`;

describe('a delay after the level words is no level number', () => {
  it.each([
    ['Escalation level (1 hour)'],
    ['Escalation level (15 min)'],
    ['Escalation level: 30 minutes'],
    ['Escalatieniveau – een uur'],
    ["Niveau d'escalade (une heure)"],
    ['Eskalationsstufe – 10 Min.'],
  ])('"%s" has no level number', (title) => {
    document.body.innerHTML = level(title);
    expect(findEscalationLevels(document)[0]?.number).toBeUndefined();
  });
});

describe('a link to another level names no panel', () => {
  it('a footer link "Escalation level 3 ›" gives the level no number, and a level limit does not auto-tick it', () => {
    document.body.innerHTML = `<h1>Web shop</h1><section class="card">
      <label><input type="checkbox" checked> Active</label><h4>Alerting by integrations</h4>
      <ul><li><label><input type="checkbox" id="ao"> AlertOps on call</label></li></ul>
      <footer><a href="/levels/3">Escalation level 3 ›</a></footer></section>`;
    const found = findEscalationLevels(document)[0] as EscalationLevel;
    const limited = { ...DEFAULT_SETTINGS, autoTickLevels: [3] };
    expect(found.number).toBeUndefined();
    expect(levelIsAutoTicked(limited, found.number)).toBe(false);
  });
});

describe('a short lead-in before the section words makes a sentence', () => {
  it('help "Under <b>Alerting by integrations</b>, tick…" in the section keeps the level whole (Active box, number)', () => {
    const section = (help: string) => `<h1>Web shop</h1><section class="card"><h3>Escalation level 1</h3>
      <label><input type="checkbox" id="active"> Active</label>
      <div class="sec"><h4>Alerting by integrations</h4>${help}
      <ul><li><label><input type="checkbox" id="ao"> AlertOps on call</label></li></ul></div></section>`;
    document.body.innerHTML = section('');
    const base = findEscalationLevels(document);
    expect(base.map((l) => [l.active, l.number])).toEqual([[false, 1]]);
    document.body.innerHTML = section(
      '<p class="help">Under <b>Alerting by integrations</b>, tick the integrations to alert.</p>',
    );
    const withHelp = findEscalationLevels(document);
    expect(withHelp.map((l) => [l.active, l.number])).toEqual([[false, 1]]);
  });
  it.each(['Onder', 'Unter', 'Sous', 'Go to', 'See'])('"%s <b>…</b>" counts as a sentence', (lead) => {
    document.body.innerHTML = `<h1>Web shop</h1><aside><p>${lead} <b>Alerting by integrations</b> and tick AlertOps.</p></aside>`;
    expect(findEscalationLevels(document)).toEqual([]);
  });
});

describe('boxes whose state is not in aria-checked', () => {
  it('a role=checkbox component whose checked property is true counts as ticked and is never clicked', () => {
    class XBox extends HTMLElement {
      checked = true;
    }
    if (!customElements.get('x-box')) customElements.define('x-box', XBox);
    document.body.innerHTML = `<h1>Web shop</h1><div role="tabpanel"><h3>Escalation level 1</h3>
      <h4>Alerting by integrations</h4><x-box role="checkbox" tabindex="0" id="ao">AlertOps on call</x-box></div>`;
    const found = findEscalationLevels(document)[0] as EscalationLevel;
    const choice = chooseAlertOpsBox(found, []);
    expect(choice.kind).toBe('one');
    const box = document.getElementById('ao') as HTMLElement & { checked: boolean };
    let clicks = 0;
    box.addEventListener('click', () => clicks++);
    // The old handleLevel check: aria-checked === 'true' || .checked === true -> already ticked, no click.
    expect(box.checked).toBe(true);
    expect(isChecked(box)).toBe(true);
    expect(tick(box)).toBe('none');
    expect(clicks).toBe(0);
  });
  it('a <div role="checkbox"> without aria-checked (state only in a class) is no box: never clicked', () => {
    document.body.innerHTML = `<h1>Web shop</h1><div role="tabpanel"><h3>Escalation level 1</h3>
      <h4>Alerting by integrations</h4><div role="checkbox" tabindex="0" class="cb checked" id="ao">AlertOps on call</div></div>`;
    const found = findEscalationLevels(document)[0] as EscalationLevel;
    expect(found.integrations).toHaveLength(0);
  });
});
