import { afterEach, describe, expect, it } from 'vitest';
import { isDisabled, tick } from '../../src/dom/fields';
import {
  chooseAlertOpsBox,
  type EscalationLevel,
  findEscalationLevels,
  type IntegrationBox,
  levelUrlField,
} from '../../src/sites/uptrends/escalation';

const WORDS = {
  en: {
    level: 'Escalation level',
    active: 'Active',
    section: 'Alerting by integrations',
    email: 'E-mail',
    phone: 'Phone',
    after: 'Escalate after (minutes)',
    ok: 'Send OK alerts',
    reminder: 'Send reminder alerts',
    main: 'Main',
  },
  nl: {
    level: 'Escalatieniveau',
    active: 'Actief',
    section: 'Alerts versturen door integraties',
    email: 'E-mail',
    phone: 'Telefoon',
    after: 'Escaleren na (minuten)',
    ok: 'OK-alerts versturen',
    reminder: 'Herinneringsalerts versturen',
    main: 'Algemeen',
  },
  de: {
    level: 'Eskalationsstufe',
    active: 'Aktiv',
    section: 'Alarmierung durch Integrationen',
    email: 'E-Mail',
    phone: 'Telefon',
    after: 'Eskalieren nach (Minuten)',
    ok: 'OK-Alarme senden',
    reminder: 'Erinnerungsalarme senden',
    main: 'Allgemein',
  },
  fr: {
    level: 'Niveau d’escalade',
    active: 'Actif',
    section: 'Alertes par intégrations',
    email: 'E-mail',
    phone: 'Téléphone',
    after: 'Escalader après (minutes)',
    ok: 'Envoyer les alertes OK',
    reminder: 'Envoyer les alertes de rappel',
    main: 'Général',
  },
} as const;
type Lang = keyof typeof WORDS;
type Words = (typeof WORDS)[Lang];
const LANGS = Object.keys(WORDS) as Lang[];

const DEFINITION = 'Production – critical';
let uid = 0;
const id = (base: string) => `${base}-${++uid}`;

interface Integration {
  name: string;
  checked?: boolean;
  /** How the box is marked up: a wrapping label, label[for], or an ARIA checkbox named by aria-labelledby. */
  style?: 'wrap' | 'for' | 'aria';
  /** Expanded options shown under a ticked integration: OK/reminder boxes and, in "level" mode, its URL variable. */
  expanded?: { options?: boolean; variable?: string; value?: string };
}

function box(item: Integration): string {
  const checked = item.checked ?? false;
  switch (item.style ?? 'wrap') {
    case 'wrap':
      return `<label class="cb"><input type="checkbox"${checked ? ' checked' : ''}> <span>${item.name}</span></label>`;
    case 'for': {
      const boxId = id('cb');
      return `<span class="cb"><input type="checkbox" id="${boxId}"${checked ? ' checked' : ''}><label for="${boxId}">${item.name}</label></span>`;
    }
    case 'aria': {
      const labelId = id('lbl');
      return `<span class="cb-custom-wrap"><span role="checkbox" tabindex="0" aria-checked="${checked}" aria-labelledby="${labelId}"></span>
        <span class="cb-label" id="${labelId}">${item.name}</span></span>`;
    }
  }
}

function integrationRow(w: Words, item: Integration): string {
  let options = '';
  if (item.expanded) {
    const parts: string[] = [];
    if (item.expanded.options) {
      parts.push(`<label class="cb small"><input type="checkbox" checked> <span>${w.ok}</span></label>`);
      parts.push(`<label class="cb small"><input type="checkbox"> <span>${w.reminder}</span></label>`);
    }
    if (item.expanded.variable) {
      const fieldId = id('var');
      parts.push(`<div class="field level-var"><label for="${fieldId}">${item.expanded.variable}</label>
        <input type="text" id="${fieldId}" class="input" data-owner="${item.name}" value="${item.expanded.value ?? ''}"></div>`);
    }
    options = `<div class="int-options">${parts.join('')}</div>`;
  }
  return `<li class="int-row"><div class="int-head">${box(item)}<span class="type-badge">type</span></div>${options}</li>`;
}

interface LevelSpec {
  number: number;
  active?: boolean | 'none';
  activeStyle?: 'for' | 'wrap';
  activeText?: string;
  integrations: Integration[];
}

function levelBody(w: Words, level: LevelSpec): string {
  let active = '';
  if (level.active !== 'none') {
    const checked = (level.active ?? true) ? ' checked' : '';
    const text = level.activeText ?? w.active;
    if ((level.activeStyle ?? 'for') === 'for') {
      const activeId = id('active');
      active = `<div class="cb"><input type="checkbox" id="${activeId}"${checked}><label for="${activeId}">${text}</label></div>`;
    } else {
      active = `<label class="cb"><input type="checkbox"${checked}> <span>${text}</span></label>`;
    }
  }
  const afterId = id('after');
  const sectionId = id('sec');
  return `<p class="muted small">…</p>${active}
    <div class="row"><div class="field"><label for="${afterId}">${w.after}</label><input type="number" id="${afterId}" value="0"></div></div>
    <section class="subsection" aria-labelledby="${sectionId}"><h3 id="${sectionId}">${w.section}</h3>
      <ul class="int-list">${level.integrations.map((item) => integrationRow(w, item)).join('')}</ul></section>`;
}

function page(body: string): void {
  document.body.innerHTML = `<header><nav><a href="/Alerting/Integrations">Integrations</a></nav></header>
    <main><nav class="breadcrumb"><a href="/Alerting/AlertDefinitions">Alert definitions</a></nav>
    <h1>${DEFINITION}</h1>${body}</main>`;
}

/** role="tablist" tabs; only the selected level's panel is in the DOM. */
function ariaTabs(w: Words, levels: number, selected: LevelSpec): void {
  const tabs = [`<button role="tab" aria-selected="false" id="tab-main">${w.main}</button>`];
  for (let n = 1; n <= levels; n++) {
    tabs.push(`<button role="tab" id="tab-${n}" aria-selected="${n === selected.number}">${w.level} ${n}</button>`);
  }
  page(`<div role="tablist">${tabs.join('')}</div>
    <div role="tabpanel" aria-labelledby="tab-${selected.number}">${levelBody(w, selected)}</div>`);
}

/** Bootstrap-like tabs: every pane in the DOM, the inactive ones hidden by the stylesheet. */
function bootstrapTabs(w: Words, levels: LevelSpec[], activeNumber: number): void {
  document.head.innerHTML = '<style>.tab-pane{display:none}.tab-pane.active{display:block}</style>';
  const items = levels
    .map(
      (level) =>
        `<li class="${level.number === activeNumber ? 'active' : ''}"><a href="#level-${level.number}" data-toggle="tab">${w.level} ${level.number}</a></li>`,
    )
    .join('');
  const panes = levels
    .map(
      (level) =>
        `<div class="tab-pane${level.number === activeNumber ? ' active' : ''}" id="level-${level.number}">${levelBody(w, level)}</div>`,
    )
    .join('');
  page(`<ul class="nav nav-tabs"><li><a href="#main" data-toggle="tab">${w.main}</a></li>${items}</ul>
    <div class="tab-content">${panes}</div>`);
}

/** No tabs: every level stacked, each under its own heading. */
function headings(w: Words, levels: LevelSpec[]): void {
  page(
    levels
      .map((level) => `<section class="level"><h2>${w.level} ${level.number}</h2>${levelBody(w, level)}</section>`)
      .join(''),
  );
}

const STANDARD = (w: Words): Integration[] => [
  { name: w.email, checked: true, style: 'wrap' },
  { name: 'SMS', style: 'for' },
  { name: w.phone, style: 'wrap' },
  { name: 'AlertOps production', style: 'aria' },
  { name: 'Slack ops', style: 'for' },
];
const names = (level: EscalationLevel | undefined) => level?.integrations.map((item) => item.name);

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('findEscalationLevels', () => {
  it.each(LANGS)('[%s] role="tab" tabs: the selected level, its Active box and its integrations', (lang) => {
    const w = WORDS[lang];
    ariaTabs(w, 3, { number: 2, integrations: STANDARD(w) });
    const levels = findEscalationLevels(document);
    expect(levels).toHaveLength(1);
    const [level] = levels;
    expect(level?.label).toBe(`${w.level} 2`);
    expect(level?.number).toBe(2);
    expect(level?.active).toBe(true);
    expect(level?.definition).toBe(DEFINITION);
    expect(names(level)).toEqual([w.email, 'SMS', w.phone, 'AlertOps production', 'Slack ops']);
    expect(level?.panel).toBe(document.querySelector('[role="tabpanel"]'));
  });

  it.each(LANGS)('[%s] bootstrap-like class="active" tabs: only the shown pane counts', (lang) => {
    const w = WORDS[lang];
    bootstrapTabs(
      w,
      [
        { number: 1, integrations: [{ name: w.email, checked: true }] },
        { number: 2, active: false, activeStyle: 'wrap', integrations: STANDARD(w) },
        { number: 3, integrations: [{ name: 'SMS' }] },
      ],
      2,
    );
    const levels = findEscalationLevels(document);
    expect(levels).toHaveLength(1);
    expect(levels[0]?.label).toBe(`${w.level} 2`);
    expect(levels[0]?.number).toBe(2);
    expect(levels[0]?.active).toBe(false);
    expect(names(levels[0])).toEqual([w.email, 'SMS', w.phone, 'AlertOps production', 'Slack ops']);
    expect(levels[0]?.panel).toBe(document.getElementById('level-2'));
  });

  it.each(LANGS)('[%s] heading-only variant: every level, each with its own boxes', (lang) => {
    const w = WORDS[lang];
    headings(w, [
      { number: 1, integrations: [{ name: w.email, checked: true }, { name: 'AlertOps production' }] },
      { number: 2, active: false, activeStyle: 'wrap', integrations: [{ name: 'SMS', style: 'for' }] },
    ]);
    const levels = findEscalationLevels(document);
    expect(levels.map((level) => level.number)).toEqual([1, 2]);
    expect(levels.map((level) => level.label)).toEqual([`${w.level} 1`, `${w.level} 2`]);
    expect(levels.map((level) => level.active)).toEqual([true, false]);
    expect(levels.map(names)).toEqual([[w.email, 'AlertOps production'], ['SMS']]);
  });

  it.each([
    ['en', 'for', 'Active'],
    ['nl', 'wrap', 'Actief'],
    ['de', 'for', 'Aktiv:'],
    ['fr', 'wrap', 'Actif :'],
  ] as const)(
    '[%s] recognises the Active box (%s label, "%s") and leaves it out of the integrations',
    (lang, style, text) => {
      const w = WORDS[lang];
      ariaTabs(w, 2, { number: 1, active: false, activeStyle: style, activeText: text, integrations: STANDARD(w) });
      const [level] = findEscalationLevels(document);
      expect(level?.active).toBe(false);
      expect(names(level)).not.toContain(text);
      expect(names(level)).toHaveLength(5);
    },
  );

  it('reports no Active state when the level shows no Active box', () => {
    const w = WORDS.en;
    ariaTabs(w, 1, { number: 1, active: 'none', integrations: STANDARD(w) });
    const [level] = findEscalationLevels(document);
    expect(level).toBeDefined();
    expect(level?.active).toBeUndefined();
    expect(names(level)).toHaveLength(5);
  });

  it('an integration called "Active directory alerts" is an integration, not the Active box', () => {
    const w = WORDS.en;
    ariaTabs(w, 1, { number: 1, integrations: [{ name: 'Active directory alerts' }, { name: 'AlertOps production' }] });
    const [level] = findEscalationLevels(document);
    expect(level?.active).toBe(true);
    expect(names(level)).toEqual(['Active directory alerts', 'AlertOps production']);
  });

  it('reads a level title that is no heading, but never borrows the title of the level before', () => {
    const card = (title: string, id: string) => `
      <div class="card">${title}
        <div><label><input type="checkbox" checked> Active</label></div>
        <h4>Alerting by integrations</h4>
        <label><input type="checkbox" id="${id}"> AlertOps production</label>
      </div>`;
    page(
      `<h1>${DEFINITION}</h1>
      <div class="panel-heading"><span>Escalation level 1</span></div>
      ${card('', 'a1')}${card('<summary>Escalation level 2</summary>', 'a2')}${card('', 'a3')}`,
    );
    const levels = findEscalationLevels(document);
    expect(levels.map((level) => level.label)).toEqual(['Escalation level 1', 'Escalation level 2', '']);
    expect(levels.map((level) => level.number)).toEqual([1, 2, undefined]);
  });

  it('finds nothing on a page without the section', () => {
    page('<p>No escalation here.</p><label><input type="checkbox"> AlertOps production</label>');
    expect(findEscalationLevels(document)).toEqual([]);
  });

  it.each(LANGS)('[%s] an expanded integration’s OK/reminder options are not integrations', (lang) => {
    const w = WORDS[lang];
    ariaTabs(w, 2, {
      number: 1,
      integrations: [
        { name: w.email, checked: true, expanded: { options: true } },
        {
          name: 'AlertOps production',
          checked: true,
          style: 'for',
          expanded: { options: true, variable: 'AlertOpsUrl' },
        },
        { name: 'Slack ops', style: 'for' },
      ],
    });
    const [level] = findEscalationLevels(document);
    expect(names(level)).toEqual([w.email, 'AlertOps production', 'Slack ops']);
  });
});

function level(integrations: string[]): EscalationLevel {
  const panel = document.createElement('div');
  const items: IntegrationBox[] = integrations.map((name) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    return { box, name };
  });
  return { panel, label: 'Escalation level 1', number: 1, definition: DEFINITION, integrations: items };
}

describe('chooseAlertOpsBox', () => {
  it('a remembered name matching exactly wins, even over AlertOps-named boxes', () => {
    const lvl = level(['E-mail', 'AlertOps production', 'AlertOps staging', 'Pager bridge']);
    const staging = chooseAlertOpsBox(lvl, ['AlertOps staging']);
    expect(staging).toEqual({ kind: 'one', item: lvl.integrations[2] });
    const bridge = chooseAlertOpsBox(lvl, ['Gone name', 'Pager bridge']);
    expect(bridge).toEqual({ kind: 'one', item: lvl.integrations[3] });
  });

  it('matches a remembered name case- and accent-insensitively but not as a part', () => {
    const lvl = level(['Opérations AlertOps', 'Ops']);
    expect(chooseAlertOpsBox(lvl, ['operations alertops'])).toEqual({ kind: 'one', item: lvl.integrations[0] });
    const partial = level(['Pager bridge EU', 'Pager bridge US']);
    expect(chooseAlertOpsBox(partial, ['Pager bridge'])).toEqual({ kind: 'none' });
  });

  it('takes the single AlertOps-named box when no remembered name is on the level', () => {
    const lvl = level(['E-mail', 'SMS', 'Alert Ops – prod', 'Slack ops']);
    expect(chooseAlertOpsBox(lvl, ['Something else'])).toEqual({ kind: 'one', item: lvl.integrations[2] });
  });

  it('is ambiguous with two AlertOps-named boxes and nothing remembered', () => {
    const lvl = level(['E-mail', 'AlertOps production', 'AlertOps staging']);
    expect(chooseAlertOpsBox(lvl, [])).toEqual({
      kind: 'ambiguous',
      items: [lvl.integrations[1], lvl.integrations[2]],
    });
  });

  it('finds none when no box is AlertOps’', () => {
    expect(chooseAlertOpsBox(level(['E-mail', 'SMS', 'Phone', 'Slack ops']), ['AlertOps - Prod'])).toEqual({
      kind: 'none',
    });
    expect(chooseAlertOpsBox(level([]), [])).toEqual({ kind: 'none' });
  });
});

describe('levelUrlField', () => {
  const valueOwner = (field: HTMLInputElement | HTMLTextAreaElement | undefined) => field?.getAttribute('data-owner');

  function alertOpsItem(found: EscalationLevel | undefined): IntegrationBox {
    const item = found?.integrations.find((candidate) => candidate.name === 'AlertOps production');
    if (!item) throw new Error('AlertOps box not found');
    return item;
  }

  it.each(LANGS)('[%s] finds the URL input after the AlertOps box, not the next integration’s', (lang) => {
    const w = WORDS[lang];
    ariaTabs(w, 2, {
      number: 1,
      integrations: [
        { name: w.email, checked: true },
        { name: 'AlertOps production', checked: true, style: 'aria', expanded: { variable: 'AlertOpsUrl' } },
        { name: 'Webhook CMDB', checked: true, style: 'for', expanded: { variable: 'WebhookUrl' } },
      ],
    });
    const [found] = findEscalationLevels(document);
    expect(valueOwner(levelUrlField(found as EscalationLevel, alertOpsItem(found)))).toBe('AlertOps production');
  });

  it('finds it when AlertOps is the last integration', () => {
    const w = WORDS.de;
    headings(w, [
      {
        number: 1,
        integrations: [
          { name: 'Webhook CMDB', checked: true, style: 'for', expanded: { variable: 'WebhookUrl' } },
          { name: 'AlertOps production', checked: true, style: 'for', expanded: { variable: 'AlertOpsUrl' } },
        ],
      },
    ]);
    const [found] = findEscalationLevels(document);
    expect(valueOwner(levelUrlField(found as EscalationLevel, alertOpsItem(found)))).toBe('AlertOps production');
  });

  it('finds none when the AlertOps integration shows no field, rather than the next one’s', () => {
    const w = WORDS.nl;
    ariaTabs(w, 1, {
      number: 1,
      integrations: [
        { name: 'AlertOps production', checked: true, style: 'for' },
        { name: 'Webhook CMDB', checked: true, style: 'for', expanded: { variable: 'WebhookUrl' } },
      ],
    });
    const [found] = findEscalationLevels(document);
    expect(levelUrlField(found as EscalationLevel, alertOpsItem(found))).toBeUndefined();
  });

  it.each(LANGS)('[%s] finds it below the expanded OK/reminder options of the AlertOps integration', (lang) => {
    const w = WORDS[lang];
    ariaTabs(w, 2, {
      number: 2,
      integrations: [
        { name: w.email, checked: true, expanded: { options: true } },
        {
          name: 'AlertOps production',
          checked: true,
          style: 'aria',
          expanded: { options: true, variable: 'AlertOpsUrl' },
        },
        { name: 'Slack ops', style: 'for' },
      ],
    });
    const [found] = findEscalationLevels(document);
    expect(valueOwner(levelUrlField(found as EscalationLevel, alertOpsItem(found)))).toBe('AlertOps production');
  });
});

describe('styled checkboxes whose native input is hidden', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('are found through their visible label, and hidden levels stay out', () => {
    document.body.innerHTML = `
      <div role="tablist"><button role="tab" aria-selected="true">Escalation level 1</button></div>
      <section role="tabpanel">
        <input type="checkbox" id="active" checked style="display:none"><label for="active">Active</label>
        <h3>Alerting by integrations</h3>
        <input type="checkbox" id="mail" style="display:none"><label for="mail">E-mail</label>
        <input type="checkbox" id="ao" style="display:none"><label for="ao">AlertOps production</label>
      </section>
      <section role="tabpanel" hidden>
        <h3>Alerting by integrations</h3>
        <input type="checkbox" id="ao2"><label for="ao2">AlertOps production</label>
      </section>`;
    const levels = findEscalationLevels(document);
    expect(levels).toHaveLength(1);
    expect(levels[0]?.active).toBe(true);
    expect(levels[0]?.integrations.map((item) => item.name)).toEqual(['E-mail', 'AlertOps production']);
    const choice = levels[0] ? chooseAlertOpsBox(levels[0], []) : undefined;
    expect(choice?.kind === 'one' ? choice.item.box.id : undefined).toBe('ao');
  });
});

describe('options under a ticked integration in wordings the label list lacks', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  const row = (name: string, j: number, options: string[], variables: string[]) =>
    `<div class="integration"><input type="checkbox" id="c${j}"${options.length ? ' checked' : ''}> <label for="c${j}">${name}</label>
    ${options.length ? `<div class="options">${options.map((option, k) => `<label><input type="checkbox" id="o${j}-${k}"> ${option}</label>`).join(' ')}` : ''}
    ${variables.map((variable, k) => `<div class="var"><label for="v${j}-${k}">${variable}</label> <input type="text" id="v${j}-${k}"></div>`).join('')}
    ${options.length ? '</div>' : ''}</div>`;

  it.each([
    ['de', 'Alarmierung durch Integrationen', ['OK-Meldungen senden', 'Erinnerungen verschicken']],
    ['fr', 'Alertes par intégrations', ['Envoyer aussi les messages OK', 'Envoyer des rappels']],
    ['nl', 'Alerts versturen door integraties', ['OK-meldingen verzenden', 'Herinneringen verzenden']],
  ])('are no integrations, so the URL field after AlertOps is its own (%s)', (_lang, section, options) => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>${section}</h4>
      ${row('E-mail', 0, options, [])}${row('Slack #ops', 1, options, ['SlackChannel'])}
      ${row('AlertOps Bereitschaft', 2, options, ['AlertOpsUrl'])}${row('SMS', 3, [], [])}</section>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(level.integrations.map((item) => item.name)).toEqual([
      'E-mail',
      'Slack #ops',
      'AlertOps Bereitschaft',
      'SMS',
    ]);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind === 'one' && levelUrlField(level, choice.item)?.id).toBe('v2-0');
  });

  it('an integration merely named with one of those words stays an integration', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>Alerting by integrations</h4>
      ${row('OK channel', 0, [], [])}${row('Reminders team', 1, [], [])}${row('AlertOps', 2, [], [])}</section>`;
    expect(findEscalationLevels(document)[0]?.integrations.map((item) => item.name)).toEqual([
      'OK channel',
      'Reminders team',
      'AlertOps',
    ]);
  });
});

describe('a native box and a drawn box are one control only in a bare component', () => {
  it('keeps a row that names an integration beside an option switch as two boxes (ambiguous, never a guess)', () => {
    document.body.innerHTML = `
      <div role="tabpanel">
        <label><input type="checkbox" checked> Active</label>
        <h4>Alerting by integrations</h4>
        <div class="item"><span><input type="checkbox" id="e"></span><label for="e">E-mail</label></div>
        <div class="item"><span><input type="checkbox" id="ao"></span><label for="ao">AlertOps</label>
          <span class="opt"><span role="switch" id="sw" aria-checked="false" tabindex="0"></span></span></div>
      </div>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind === 'one' ? choice.item.box.id : choice.kind).not.toBe('sw');
    expect(level.integrations.some((item) => item.box.id === 'ao')).toBe(true);
  });
});

describe('a box drawn as <input type="button" role="checkbox">', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is a box read by aria-checked (never unticked by a click), a plain input type=button stays a button', () => {
    document.body.innerHTML = `<div role="tabpanel"><h3>Escalation level 1</h3>
      <input type="button" role="switch" aria-checked="true" aria-label="Active">
      <fieldset><legend>Alerting by integrations</legend>
        <div><input type="button" role="checkbox" aria-checked="true" id="mail"><label for="mail">E-mail</label></div>
        <div><input type="button" role="checkbox" aria-checked="false" id="ao"><label for="ao">AlertOps</label></div>
        <div><input type="button" value="AlertOps test" aria-label="AlertOps test"></div>
      </fieldset></div>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(level.active).toBe(true);
    expect(level.integrations.map((item) => item.name)).toEqual(['E-mail', 'AlertOps']);
    const clicks: string[] = [];
    document.body.addEventListener('click', (event) => clicks.push((event.target as Element).id));
    expect(tick(level.integrations[0]?.box as Element)).toBe('none');
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind === 'one' && tick(choice.item.box)).toBe('clicked');
    expect(clicks).toEqual(['ao']);
  });
});

describe('a box drawn as <input type="button" role="checkbox"> that shows its name as its value', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is named by its value, as the user reads it', () => {
    document.body.innerHTML = `<section><h3>Eskalationsstufe 1</h3>
      <input type="button" role="checkbox" aria-checked="true" value="Aktiv">
      <h4>Alarmierung durch Integrationen</h4>
      <ul><li><input type="button" role="checkbox" aria-checked="true" value="E-Mail"></li>
        <li><input type="button" role="checkbox" aria-checked="false" value="Bereitschaft (AlertOps)"></li></ul></section>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(level.active).toBe(true);
    expect(level.integrations.map((item) => item.name)).toEqual(['E-Mail', 'Bereitschaft (AlertOps)']);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind === 'one' && choice.item.name).toBe('Bereitschaft (AlertOps)');
  });
});

describe('level tabs named only by an attribute', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('a web component tab with no text of its own is named by its label or aria-label', () => {
    document.body.innerHTML = `<h1>Checkout</h1><x-tabs role="tablist">
      <x-tab role="tab" aria-label="Niveau d'escalade 1" aria-selected="false"></x-tab>
      <x-tab role="tab" label="Niveau d'escalade 2" aria-selected="true"></x-tab></x-tabs>
      <x-tab-panel role="tabpanel"><h4>Alertes par intégrations</h4>
        <label><input type="checkbox"> AlertOps</label></x-tab-panel>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect([level.label, level.number]).toEqual(["Niveau d'escalade 2", 2]);
  });
});

describe('several level tabs controlling one panel redrawn for each', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('the panel is the selected tab’s, and without a selected one it is no numbered level', () => {
    const tabs = (selected: number) =>
      [1, 2, 3]
        .map(
          (n) =>
            `<a href="#levels" class="tab"${n === selected ? ' aria-current="page"' : ''}>Escalatieniveau ${n}</a>`,
        )
        .join('');
    const body = (selected: number) => `<h1>Checkout</h1><nav>${tabs(selected)}</nav>
      <div id="levels"><label><input type="checkbox" checked> Actief</label><h4>Alerts versturen door integraties</h4><label><input type="checkbox"> AlertOps</label></div>`;
    document.body.innerHTML = body(2);
    expect(findEscalationLevels(document)[0]?.number).toBe(2);
    document.body.innerHTML = body(0);
    expect(findEscalationLevels(document)[0]?.number).toBeUndefined();
  });
});

describe('disabled integration boxes', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('are never chosen nor counted, whether disabled by a fieldset or by aria-disabled on their group', () => {
    document.body.innerHTML = `<div role="tabpanel"><h3>Escalation level 1</h3><h4>Alerting by integrations</h4>
      <fieldset disabled><legend><label><input type="checkbox" id="legend-box"> Archived</label></legend>
        <label><input type="checkbox" id="old"> AlertOps old</label></fieldset>
      <div role="group" aria-disabled="true"><span role="checkbox" aria-checked="false" id="paused">AlertOps paused</span></div>
      <label><input type="checkbox" id="live"> AlertOps live</label></div>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind === 'one' ? choice.item.box.id : choice.kind).toBe('live');
    expect(tick(document.getElementById('paused') as Element)).toBe('none');
    expect(isDisabled(document.getElementById('legend-box') as Element)).toBe(false);
    (document.getElementById('live') as HTMLInputElement).disabled = true;
    expect(chooseAlertOpsBox(level, []).kind).toBe('none');
  });
});

describe('the section named inside a sentence', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is no section: a help text or a tooltip that links or names it yields no level', () => {
    document.body.innerHTML = `<h1>Integrations</h1>
      <p class="help">Integrations are ticked per level, under <a href="/help">Alerting by integrations</a>.</p>
      <span role="tooltip">Alerts by integrations</span>
      <ul><li><label><input type="checkbox"> AlertOps production</label></li><li><label><input type="checkbox"> Slack</label></li></ul>`;
    expect(findEscalationLevels(document)).toEqual([]);
  });
});

describe('a level in a region controlled by its own disclosure button', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is named by the expanded button that controls it, not by the first level button on the page', () => {
    const region = (n: number, open: boolean) => `<div id="level-${n}"${open ? '' : ' hidden'}>
      <h4>Alertes par intégrations</h4><label><input type="checkbox" id="ao-${n}"> AlertOps astreinte</label></div>`;
    document.body.innerHTML = `<h1>Production</h1><div class="toolbar">
      ${[1, 2, 3].map((n) => `<button type="button" aria-expanded="${n === 3}" aria-controls="level-${n}">Niveau d'escalade ${n}</button>`).join('')}</div>
      <div class="levels">${region(1, false)}${region(2, false)}${region(3, true)}</div>`;
    const levels = findEscalationLevels(document);
    expect(levels.map((level) => [level.label, level.number])).toEqual([["Niveau d'escalade 3", 3]]);
    expect(levels[0]?.panel.id).toBe('level-3');
  });

  it('a panel holding several levels’ titles has no number rather than the first one’s', () => {
    document.body.innerHTML = `<h1>Production</h1><div class="levels">
      <div class="head">Escalation level 1</div><div class="head">Escalation level 2</div>
      <h4>Alerting by integrations</h4><label><input type="checkbox"> AlertOps</label></div>`;
    expect(findEscalationLevels(document)[0]?.number).toBeUndefined();
  });
});

describe('level titles', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  const card = (title: string, id: string) => `<div class="box"><div class="box-head">${title}</div>
    <div class="box-body"><label><input type="checkbox" checked> Active</label><h4>Alerting by integrations</h4>
    <label><input type="checkbox" id="${id}"> AlertOps</label></div></div>`;
  const read = () => findEscalationLevels(document).map((level) => [level.label, level.number]);

  it('leave out the text of a button in the title', () => {
    const remove = '<a role="button" tabindex="0">Delete this escalation level</a>';
    document.body.innerHTML = `<h1>Checkout</h1>${card(`<b>Escalation level 1 (at once)</b>${remove}`, 'a')}${card(`<b>Escalation level 2 (after 30 minutes)</b>${remove}`, 'b')}`;
    expect(read()).toEqual([
      ['Escalation level 1 (at once)', 1],
      ['Escalation level 2 (after 30 minutes)', 2],
    ]);
  });

  it('take the number after the level words, also after other words and a separator', () => {
    document.body.innerHTML = `<h1>Checkout</h1>${card('Stap 4 van 6: Escalatieniveau 3', 'a')}`;
    expect(read()).toEqual([['Stap 4 van 6: Escalatieniveau 3', 3]]);
  });

  it('read a number written as a word, and never a later number', () => {
    document.body.innerHTML = `<h1>Checkout</h1>${card('Eskalationsstufe drei (nach 45 Minuten)', 'a')}${card("Niveau d'escalade deux", 'b')}${card('Escalation level final (after 90 minutes)', 'c')}`;
    expect(read().map(([, number]) => number)).toEqual([3, 2, undefined]);
  });
});

describe('an integration shown with its type', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('beside its remembered name: the remembered name picks it, a longer name still does not', () => {
    document.body.innerHTML = `<div role="tabpanel"><h3>Escalation level 1</h3><h4>Alerting by integrations</h4>
      <label><input type="checkbox" id="a"> Pager (AlertOps)</label><label><input type="checkbox" id="b"> Pager bridge · AlertOps</label></div>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    const pick = (names: string[]) => {
      const choice = chooseAlertOpsBox(level, names);
      return choice.kind === 'one' ? choice.item.box.id : choice.kind;
    };
    expect([pick(['Pager']), pick(['Pager bridge']), pick(['Pag']), pick([])]).toEqual([
      'a',
      'b',
      'ambiguous',
      'ambiguous',
    ]);
  });

  it('never by a word beside its label: a type badge, a help link or a "compatible" note makes no box AlertOps', () => {
    const row = (id: string, name: string, type: string) =>
      `<div class="row"><span class="cell"><input type="checkbox" id="${id}"></span><label for="${id}">${name}</label><em class="tag">${type}</em></div>`;
    document.body.innerHTML = `<div role="tabpanel"><h3>Escalation level 1</h3><h4>Alerting by integrations</h4>
      ${row('m', 'Mail', 'E-mail')}${row('p', 'Piket', '(AlertOps)')}${row('t', 'Tickets', 'Webhook <small>(AlertOps compatible)</small>')}</div>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(chooseAlertOpsBox(level, []).kind).toBe('none');
    document.body.innerHTML = `<div role="tabpanel"><h3>Escalation level 1</h3><h4>Alerting by integrations</h4>
      <div><label><input type="checkbox" id="s"> Slack #ops</label>
      <p>No AlertOps integration yet? Create one: <a href="/new">AlertOps</a></p></div></div>`;
    expect(chooseAlertOpsBox(findEscalationLevels(document)[0] as EscalationLevel, []).kind).toBe('none');
  });
});

describe('review fixes', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  const level = (title: string, extra = '') => `<h1>Web shop</h1><section class="card"><h3>${title}</h3>
    <label><input type="checkbox" checked> Active</label><h4>Alerting by integrations</h4>
    <ul><li><label><input type="checkbox" id="mail"> E-mail</label></li>
    <li><label><input type="checkbox" id="ao"> AlertOps on call</label></li></ul>${extra}</section>`;

  it('an input type=button drawn as a box without aria-checked is no box: its state is unknown', () => {
    document.body.innerHTML = `<h1>Web shop</h1><div role="tabpanel"><h3>Escalation level 1</h3>
      <h4>Alerting by integrations</h4><input type="button" role="checkbox" id="unknown" value="AlertOps on call">
      <input type="button" role="checkbox" aria-checked="false" id="known" value="AlertOps night"></div>`;
    const found = findEscalationLevels(document)[0] as EscalationLevel;
    expect(found.integrations.map((item) => item.box.id)).toEqual(['known']);
    const unknown = document.getElementById('unknown') as HTMLInputElement;
    let clicks = 0;
    unknown.addEventListener('click', () => clicks++);
    expect(tick(unknown)).toBe('none');
    expect(clicks).toBe(0);
  });

  it('"Escalation levels" (plural) is a section title, not a level: the selected tab names the level', () => {
    document.body.innerHTML = `<h1>Web shop</h1><div aria-labelledby="all"><h2 id="all">Escalation levels</h2>
      <div class="tabs"><a href="#x">Escalation level 1</a><a href="#x" class="is-active">Escalation level 3</a></div>
      <div class="body"><label><input type="checkbox" checked> Active</label><h4>Alerting by integrations</h4>
      <label><input type="checkbox"> AlertOps on call</label></div></div>`;
    const found = findEscalationLevels(document)[0] as EscalationLevel;
    expect([found.label, found.number]).toEqual(['Escalation level 3', 3]);
  });

  it.each([
    ['Escalation level: 4', 4],
    ['Escalation level – 4', 4],
    ['Escalation level (4)', 4],
    ['Escalation level #4', 4],
    ['Escalation level no. 4', 4],
    ['Eskalationsstufe Nr. 4', 4],
    ["Niveau d'escalade n° 4", 4],
    ["Niveau d'escalade nº 4", 4],
    ['Escalatieniveau: vier', 4],
    ['Escalation level', undefined],
    ['Escalation level: none yet', undefined],
  ])('reads the number of "%s" as %s', (title, number) => {
    document.body.innerHTML = level(title);
    expect(findEscalationLevels(document)[0]?.number).toBe(number);
  });

  it('prefers the panel’s heading to a link or button naming another level (footer navigation)', () => {
    document.body.innerHTML = level(
      'Escalation level 2',
      '<footer><button type="button">Escalation level 1</button> <a href="#three">Escalation level 3 ›</a></footer>',
    );
    expect(findEscalationLevels(document)[0]?.number).toBe(2);
    // Headings of two levels in one panel still name none.
    document.body.innerHTML = level('Escalation level 2', '<h3>Escalation level 3</h3>');
    expect(findEscalationLevels(document)[0]?.number).toBeUndefined();
  });

  it('a remembered integration whose box is disabled is not replaced by another AlertOps box', () => {
    document.body.innerHTML = level('Escalation level 1');
    (document.getElementById('mail') as HTMLInputElement).disabled = true;
    const found = findEscalationLevels(document)[0] as EscalationLevel;
    expect(chooseAlertOpsBox(found, ['E-mail']).kind).toBe('none');
    expect(chooseAlertOpsBox(found, ['Old name', 'E-mail']).kind).toBe('none');
    const choice = chooseAlertOpsBox(found, []);
    expect(choice.kind === 'one' ? choice.item.box.id : choice.kind).toBe('ao');
  });

  it('an icon ligature or a step counter before the section title leaves it a title; a sentence does not', () => {
    const page = (before: string) => `<h1>Web shop</h1><div><h3>Escalation level 1</h3>
      <label><input type="checkbox" checked> Active</label>
      <div class="title">${before}<span>Alerting by integrations</span></div>
      <label><input type="checkbox"> AlertOps on call</label></div>`;
    for (const before of [
      '<i class="material-icons">notifications_active</i>',
      '<span class="step">Step 3</span> ',
      '<span aria-hidden="true">Bell icon for alerts</span>',
    ]) {
      document.body.innerHTML = page(before);
      expect(findEscalationLevels(document), before).toHaveLength(1);
    }
    document.body.innerHTML = page('Then tick it under ');
    expect(findEscalationLevels(document)).toEqual([]);
  });
});

describe('switches named by what they do ("Aktivieren", "Enable", "On"), the same in every row', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });
  const rows = (names: string[], label: string, nameAs: 'span' | 'button') =>
    names
      .map(
        (name, i) =>
          `<li><span role="switch" id="s${i}" tabindex="0" aria-label="${label}" aria-checked="false"></span> ${
            nameAs === 'span'
              ? `<span>${name}</span>`
              : `<button type="button" aria-expanded="false">${name}</button><div hidden>Send OK alerts</div>`
          }</li>`,
      )
      .join('');

  it.each([
    ['Aktivieren', 'span'],
    ['Enable', 'button'],
    ['Activer', 'span'],
    ['Aan', 'button'],
  ] as const)('are named by their own row: "%s" beside a %s', (label, nameAs) => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>Alerting by integrations</h4>
      <ul>${rows(['E-mail', 'Slack #ops', 'AlertOps Nacht'], label, nameAs)}</ul></section>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(level.integrations.map((item) => item.name)).toEqual(['E-mail', 'Slack #ops', 'AlertOps Nacht']);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind === 'one' && choice.item.box.id).toBe('s2');
  });

  it('a generic switch in a row with another box names nothing (no guess)', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>Alerting by integrations</h4>
      <ul><li><span role="switch" tabindex="0" aria-label="Enable" aria-checked="false"></span>
        <span role="switch" tabindex="0" aria-label="Enable" aria-checked="false"></span> AlertOps</li></ul></section>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(chooseAlertOpsBox(level, []).kind).toBe('none');
  });

  it('a generic switch is named by its row’s title, not by a description or badge after it', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>Alerting by integrations</h4>
      <ul><li><span role="switch" id="s0" tabindex="0" aria-label="Enable" aria-checked="false"></span>
          <div><strong>Ops Slack</strong><small>Mirrors what AlertOps pages on-call</small></div></li>
        <li><span role="switch" id="s1" tabindex="0" aria-label="Enable" aria-checked="false"></span>
          <div><span class="sr-only">Enable</span><strong>Night desk AlertOps</strong><small>Pages the night rota</small></div></li></ul></section>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(level.integrations.map((item) => item.name)).toEqual(['Ops Slack', 'Night desk AlertOps']);
    const choice = chooseAlertOpsBox(level, []);
    expect(choice.kind === 'one' && choice.item.box.id).toBe('s1');
  });

  it('a title is the row’s first line: a description after a line break is not part of the name', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>Alerting by integrations</h4>
      <table><tbody><tr><td><span role="switch" id="s0" tabindex="0" aria-label="Enable" aria-checked="false"></span></td>
        <td>Ops Slack<br><small>Forwards AlertOps pages</small></td></tr>
        <tr><td><span role="switch" id="s1" tabindex="0" aria-label="Enable" aria-checked="false"></span></td>
        <td>Night desk</td></tr></tbody></table></section>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(level.integrations.map((item) => item.name)).toEqual(['Ops Slack', 'Night desk']);
    expect(chooseAlertOpsBox(level, []).kind).toBe('none');
  });

  it('an unnamed switch still owns its item: an option box after it is no integration', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>Alerting by integrations</h4>
      <ul><li><span role="switch" tabindex="0" aria-label="On" aria-checked="true"></span> AlertOps
        <label><input type="checkbox" id="crit"> Send to AlertOps as critical</label></li></ul></section>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(level.integrations.map((item) => item.name)).toEqual([]);
  });

  it('the level’s Active switch may be named "Enable" too: it stays the level’s, never an integration', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3>
      <div class="row"><span>Active</span><span role="switch" tabindex="0" aria-label="Enable" aria-checked="true"></span></div>
      <h4>Alerting by integrations</h4>
      <ul><li><input type="checkbox" id="b0"><label for="b0">AlertOps</label></li></ul></section>`;
    const level = findEscalationLevels(document)[0] as EscalationLevel;
    expect(level.active).toBe(true);
    expect(level.integrations.map((item) => item.box.id)).toEqual(['b0']);
  });
});

describe('a table of integrations with a Type column', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });
  const table = (header: string, rows: [string, string][]) =>
    `<section role="tabpanel"><h3>Level 1</h3><h4>Alertes par intégrations</h4>
      <table><thead><tr><th></th><th>Nom</th><th>${header}</th></tr></thead><tbody>${rows
        .map(
          ([name, type], i) =>
            `<tr><td><input type="checkbox" id="b${i}" aria-labelledby="n${i}"></td><td id="n${i}">${name}</td><td>${type}</td></tr>`,
        )
        .join('')}</tbody></table></section>`;

  it('names the AlertOps integration by its own row’s type when no name says AlertOps', () => {
    document.body.innerHTML = table('Type', [
      ['E-mail', 'E-mail'],
      ['Canal ops', 'Slack'],
      ['Astreinte nuit', 'AlertOps'],
    ]);
    const choice = chooseAlertOpsBox(findEscalationLevels(document)[0] as EscalationLevel, []);
    expect(choice.kind === 'one' && choice.item.box.id).toBe('b2');
  });

  it('two rows of type AlertOps are a question, and a column that is not the type is no evidence', () => {
    document.body.innerHTML = table('Typ', [
      ['Nacht', 'AlertOps'],
      ['Tag', 'AlertOps'],
    ]);
    expect(chooseAlertOpsBox(findEscalationLevels(document)[0] as EscalationLevel, []).kind).toBe('ambiguous');
    document.body.innerHTML = table('Description', [
      ['Canal ops', 'Slack'],
      ['Astreinte nuit', 'AlertOps'],
    ]);
    expect(chooseAlertOpsBox(findEscalationLevels(document)[0] as EscalationLevel, []).kind).toBe('none');
  });

  it('a sortable header (its words in a button) still names the Type column', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>Alerting by integrations</h4>
      <table><thead><tr><th></th><th><button type="button">Name</button></th><th><button type="button">Type</button></th></tr></thead>
      <tbody><tr><td><input type="checkbox" id="b0" aria-labelledby="n0"></td><td id="n0">Team chat</td><td>Slack</td></tr>
        <tr><td><input type="checkbox" id="b1" aria-labelledby="n1"></td><td id="n1">Night desk</td><td>AlertOps</td></tr>
      </tbody></table></section>`;
    const choice = chooseAlertOpsBox(findEscalationLevels(document)[0] as EscalationLevel, []);
    expect(choice.kind === 'one' && choice.item.box.id).toBe('b1');
  });

  it('an option box in a row whose switch is left unnamed is not the integration, whatever the row’s type', () => {
    document.body.innerHTML = `<section role="tabpanel"><h3>Level 1</h3><h4>Alerting by integrations</h4>
      <table><thead><tr><th></th><th>Name</th><th>Type</th><th>Options</th></tr></thead><tbody>
        <tr><td><span role="switch" tabindex="0" aria-label="Enable" aria-checked="false"></span></td><td>Night desk</td>
          <td>AlertOps</td><td><input type="checkbox" id="ok"><label for="ok">OK alerts</label></td></tr>
      </tbody></table></section>`;
    const choice = chooseAlertOpsBox(findEscalationLevels(document)[0] as EscalationLevel, []);
    expect(choice.kind === 'one' ? choice.item.box.id : choice.kind).toBe('none');
  });
});
