import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chooseOption,
  isCheckbox,
  isChecked,
  isEditable,
  isTextField,
  setFieldValue,
  tick,
  tickWhereDrawn,
  unlocksOnFocus,
} from '../../src/dom/fields';
import { closestContaining, findButtons, findFieldsDescribedBy, findLabelElements, precedes } from '../../src/dom/find';
import { accessibleName, describeControl, textWithoutControls } from '../../src/dom/labels';
import { isNoticeNode, NOTICE_HOST_ATTRIBUTE, showNotice, showPrompt } from '../../src/dom/notice';
import { outermost, shadowRootWatcher, waitFor, watchDom, watchWhileInUse } from '../../src/dom/observe';
import { equalsAny, matchesAny, normalizeText, textFingerprint } from '../../src/dom/text';
import { rememberFocus, TYPING_PAUSE_MS, watchTyping } from '../../src/dom/typing';
import { isVisible } from '../../src/dom/visibility';

function render(html: string): void {
  document.body.innerHTML = html;
}
function byId<T extends Element = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element as unknown as T;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('text', () => {
  it('normalises case, accents, apostrophes and whitespace', () => {
    expect(normalizeText('  Nom de l’Intégration\u00a0 ')).toBe("nom de l'integration");
    expect(normalizeText('Wert  hier\n\teintragen')).toBe('wert hier eintragen');
    expect(normalizeText('Schließen')).toBe('schließen');
    expect(normalizeText('Spécifiez')).toBe('specifiez');
    expect(normalizeText('Ä Ö Ü é è ê ç')).toBe('a o u e e e c');
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(undefined)).toBe('');
  });

  it('normalises decomposed and precomposed accents alike', () => {
    expect(normalizeText('Inte\u0301gration')).toBe(normalizeText('Int\u00e9gration'));
  });

  it('matchesAny finds a normalised substring or tests a RegExp on normalised text', () => {
    expect(matchesAny("Type d'intégration :", ['Type d’integration'])).toBe(true);
    expect(matchesAny('Alarmierung durch Integrationen', [/durch integrationen$/])).toBe(true);
    expect(matchesAny('AlertOps URL', [/alert\s*ops/])).toBe(true);
    expect(matchesAny('Slack', [/alert\s*ops/, 'teams'])).toBe(false);
    expect(matchesAny('', ['anything'])).toBe(false);
    expect(matchesAny('   ', [/.*/])).toBe(false);
  });

  it('equalsAny needs the whole normalised text to be equal', () => {
    expect(equalsAny('  ACTIEF ', ['Actief'])).toBe(true);
    expect(equalsAny('Spécifier la valeur ici', ['Specifier la valeur ici'])).toBe(true);
    expect(equalsAny('Active integrations', ['Active'])).toBe(false);
    expect(equalsAny('', [''])).toBe(false);
  });
});

describe('accessibleName', () => {
  it('reads a label[for]', () => {
    render('<label for="n">Integration name</label><input id="n">');
    expect(accessibleName(byId('n'))).toBe('Integration name');
  });

  it('reads a label[for] that holds a required marker and a help icon', () => {
    render('<label for="n">Integratienaam <span aria-hidden="true">*</span></label><input id="n">');
    expect(accessibleName(byId('n'))).toBe('Integratienaam *');
  });

  it('reads a wrapping label, without the text of controls inside it', () => {
    render(
      '<label>Integrationstyp <select id="s"><option>AlertOps</option><option>Slack</option></select></label>' +
        '<label><input type="checkbox" id="c"> Aktiv</label>',
    );
    expect(accessibleName(byId('s'))).toBe('Integrationstyp');
    expect(accessibleName(byId('c'))).toBe('Aktiv');
  });

  it('reads aria-labelledby (several ids) before aria-label and labels', () => {
    render(
      '<span id="a">AlertOpsUrl</span><span id="b">The URL of the AlertOps integration</span>' +
        '<label for="i">Ignored</label><input id="i" aria-labelledby="a b" aria-label="Also ignored">',
    );
    expect(accessibleName(byId('i'))).toBe('AlertOpsUrl The URL of the AlertOps integration');
  });

  it('reads aria-label before a label', () => {
    render('<label for="i">Label text</label><input id="i" aria-label="Valeur">');
    expect(accessibleName(byId('i'))).toBe('Valeur');
  });

  it('falls back to title, then placeholder', () => {
    render('<input id="t" title="Wert" placeholder="https://…"><input id="p" placeholder="Waarde">');
    expect(accessibleName(byId('t'))).toBe('Wert');
    expect(accessibleName(byId('p'))).toBe('Waarde');
  });

  it('names buttons by their text, then their title', () => {
    render('<button id="b"> Copy </button><button id="i" title="Edit value"><svg></svg></button>');
    expect(accessibleName(byId('b'))).toBe('Copy');
    expect(accessibleName(byId('i'))).toBe('Edit value');
  });

  it('ignores a dangling aria-labelledby', () => {
    render('<input id="i" aria-labelledby="missing" aria-label="Endpoint URL">');
    expect(accessibleName(byId('i'))).toBe('Endpoint URL');
  });
});

describe('describeControl and textWithoutControls', () => {
  it('adds the text of the row the control sits in', () => {
    render('<div class="row"><span>ApiUrl</span><div><input id="i"></div></div>');
    expect(describeControl(byId('i'))).toContain('ApiUrl');
  });

  it('adds the table row header', () => {
    render('<table><tr><th>Endpoint URL</th><td><input id="i"></td></tr></table>');
    expect(describeControl(byId('i'))).toContain('Endpoint URL');
  });

  it('skips scripts and styles when reading text', () => {
    render('<div id="d">Value<script>var x = 1;</script><style>.a{}</style></div>');
    expect(textWithoutControls(byId('d'))).toBe('Value');
  });
});

describe('isVisible', () => {
  it('sees ordinary elements and hides hidden ones, whatever hides them', () => {
    render(`
      <p id="shown">x</p>
      <div hidden><p id="attr">x</p></div>
      <div aria-hidden="true"><p id="aria">x</p></div>
      <div inert><p id="inert">x</p></div>
      <div style="display:none"><p id="display">x</p></div>
      <div style="visibility:hidden"><p id="visibility">x</p></div>
      <dialog><p id="closed">x</p></dialog>
      <dialog open><p id="open">x</p></dialog>`);
    expect(isVisible(byId('shown'))).toBe(true);
    expect(isVisible(byId('open'))).toBe(true);
    for (const id of ['attr', 'aria', 'inert', 'display', 'visibility', 'closed']) {
      expect(isVisible(byId(id)), id).toBe(false);
    }
    expect(isVisible(document.createElement('p'))).toBe(false);
  });
});

describe('unlocksOnFocus', () => {
  it('a blank field read-only until focused (an onfocus handler removes readonly) lets the user in', () => {
    render('<input type="text" id="u" readonly>');
    const field = byId<HTMLInputElement>('u');
    field.addEventListener('focus', () => field.removeAttribute('readonly'));
    expect(unlocksOnFocus(field)).toBe(true);
    expect(field.readOnly).toBe(false);
  });

  it('a page listening to focusin instead is told too', () => {
    render('<div id="row"><input type="text" id="u" readonly></div>');
    const field = byId<HTMLInputElement>('u');
    byId('row').addEventListener('focusin', () => field.removeAttribute('readonly'));
    expect(unlocksOnFocus(field)).toBe(true);
  });

  it('a read-only view stays read-only, is told it was left, and is visited only once', () => {
    render('<input type="text" id="u" readonly>');
    const field = byId<HTMLInputElement>('u');
    const visits: string[] = [];
    for (const type of ['focus', 'blur']) field.addEventListener(type, () => visits.push(type));
    expect(unlocksOnFocus(field)).toBe(false);
    expect(unlocksOnFocus(field)).toBe(false);
    expect(visits).toEqual(['focus', 'blur']);
    expect(field.readOnly).toBe(true);
  });

  it('a read-only field with a value, or a disabled one, is never visited', () => {
    render(
      '<input type="text" id="a" readonly value="https://example.com"><input type="text" id="b" readonly disabled>',
    );
    const visits: string[] = [];
    for (const id of ['a', 'b']) byId(id).addEventListener('focus', () => visits.push(id));
    expect(unlocksOnFocus(byId<HTMLInputElement>('a'))).toBe(false);
    expect(unlocksOnFocus(byId<HTMLInputElement>('b'))).toBe(false);
    expect(visits).toEqual([]);
  });
});

describe('setFieldValue', () => {
  it('tells a page that learns a value only from a released key (a legacy keyup handler)', () => {
    render('<input type="text" id="u">');
    const field = byId<HTMLInputElement>('u');
    let heard = '';
    field.addEventListener('keyup', () => {
      heard = field.value;
    });
    setFieldValue(field, 'https://notify.alertops.com/POSTAlert/key/Uptrends');
    expect(heard).toBe('https://notify.alertops.com/POSTAlert/key/Uptrends');
  });

  /**
   * A framework in the React style: it shadows the instance `value` property to track what it last wrote, and on
   * `input` it updates its model only when the DOM value differs from the tracked one.
   */
  function controlled(field: HTMLInputElement | HTMLTextAreaElement) {
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const native = Object.getOwnPropertyDescriptor(prototype, 'value');
    if (!native?.get || !native.set) throw new Error('no native value property');
    const nativeGet = native.get;
    const nativeSet = native.set;
    const model = { value: field.value, tracked: field.value, events: [] as string[] };
    Object.defineProperty(field, 'value', {
      configurable: true,
      get() {
        return nativeGet.call(field);
      },
      set(value: string) {
        model.tracked = value;
        nativeSet.call(field, value);
      },
    });
    field.addEventListener('input', () => {
      model.events.push('input');
      const now = nativeGet.call(field) as string;
      if (now !== model.tracked) {
        model.tracked = now;
        model.value = now;
      }
    });
    field.addEventListener('change', () => model.events.push('change'));
    return model;
  }

  it('reaches a controlled input’s model through the native setter and input + change events', () => {
    render('<input id="i" type="url">');
    const field = byId<HTMLInputElement>('i');
    const model = controlled(field);
    setFieldValue(field, 'https://example.test/a');
    expect(field.value).toBe('https://example.test/a');
    expect(model.value).toBe('https://example.test/a');
    expect(model.events).toEqual(['input', 'change']);
  });

  it('reaches a controlled textarea’s model too', () => {
    render('<textarea id="t"></textarea>');
    const field = byId<HTMLTextAreaElement>('t');
    const model = controlled(field);
    setFieldValue(field, 'hello');
    expect(model.value).toBe('hello');
  });

  it('fires bubbling input and change events a delegated listener sees', () => {
    render('<form id="f"><input id="i"></form>');
    const seen: string[] = [];
    const form = byId('f');
    form.addEventListener('input', (event) => seen.push(`${event.type}:${(event.target as HTMLInputElement).value}`));
    form.addEventListener('change', (event) => seen.push(`${event.type}:${(event.target as HTMLInputElement).value}`));
    setFieldValue(byId<HTMLInputElement>('i'), 'v');
    expect(seen).toEqual(['input:v', 'change:v']);
  });

  it('knows text fields and editable ones', () => {
    render(
      '<input id="a"><input id="b" type="URL"><input id="c" type="checkbox"><textarea id="d"></textarea>' +
        '<input id="e" readonly><input id="f" disabled><select id="g"></select>',
    );
    expect(['a', 'b', 'c', 'd', 'g'].map((id) => isTextField(byId(id)))).toEqual([true, true, false, true, false]);
    expect(isEditable(byId<HTMLInputElement>('a'))).toBe(true);
    expect(isEditable(byId<HTMLInputElement>('e'))).toBe(false);
    expect(isEditable(byId<HTMLInputElement>('f'))).toBe(false);
  });
});

describe('tick', () => {
  it('ticks a native checkbox with a click the page hears, once', () => {
    render('<input type="checkbox" id="c">');
    const box = byId<HTMLInputElement>('c');
    const changes: boolean[] = [];
    box.addEventListener('change', () => changes.push(box.checked));
    expect(tick(box)).toBe('clicked');
    expect(box.checked).toBe(true);
    expect(tick(box)).toBe('none');
    expect(box.checked).toBe(true);
    expect(changes).toEqual([true]);
  });

  it('ticks an ARIA checkbox (the page toggles aria-checked on click), once', () => {
    render('<span role="checkbox" aria-checked="false" tabindex="0" id="c">AlertOps production</span>');
    const box = byId('c');
    let clicks = 0;
    box.addEventListener('click', () => {
      clicks++;
      box.setAttribute('aria-checked', box.getAttribute('aria-checked') === 'true' ? 'false' : 'true');
    });
    expect(isCheckbox(box)).toBe(true);
    expect(tick(box)).toBe('clicked');
    expect(isChecked(box)).toBe(true);
    expect(tick(box)).toBe('none');
    expect(isChecked(box)).toBe(true);
    expect(clicks).toBe(1);
  });

  it('treats role="switch" as a checkbox and leaves disabled boxes alone', () => {
    render(
      '<button role="switch" aria-checked="false" id="s">x</button>' +
        '<input type="checkbox" disabled id="d"><span role="checkbox" aria-checked="false" aria-disabled="true" id="a"></span>',
    );
    expect(isCheckbox(byId('s'))).toBe(true);
    expect(tick(byId('d'))).toBe('none');
    expect(byId<HTMLInputElement>('d').checked).toBe(false);
    const aria = byId('a');
    let clicked = false;
    aria.addEventListener('click', () => {
      clicked = true;
    });
    expect(tick(aria)).toBe('none');
    expect(clicked).toBe(false);
  });

  it('says a click the page cancelled without changing anything was cancelled, and no drawing takes it: not ticked', async () => {
    render('<div class="icheckbox"><input type="checkbox" id="c"></div>');
    const box = byId<HTMLInputElement>('c');
    box.addEventListener('click', (event) => event.preventDefault());
    expect(tick(box)).toBe('cancelled');
    expect(box.checked).toBe(false);
    expect(await tickWhereDrawn(box, 10)).toBe(false);
    expect(box.checked).toBe(false);
  });

  it('does not take an animation, a focus ring or the rest of the page for an answer to a cancelled click', async () => {
    render(
      '<p id="clock">12:00</p><ul><li><span class="switch" id="w"><input type="checkbox" id="c"></span></li><li><input type="checkbox"></li></ul>',
    );
    const box = byId<HTMLInputElement>('c');
    box.addEventListener('click', (event) => {
      event.preventDefault();
      setTimeout(() => {
        byId('w').classList.add('switch-animate');
        byId('clock').textContent = '12:01';
      }, 0);
    });
    expect(tick(box)).toBe('cancelled');
    expect(await tickWhereDrawn(box, 10)).toBe(false);
  });

  it('counts a cancelled click as taken when the page answers it at once or a moment later', async () => {
    render(
      '<div id="list"><input type="checkbox" id="c"></div><input type="checkbox" id="d"><input type="checkbox" id="e">',
    );
    const list = byId('list');
    byId('c').addEventListener('click', (event) => {
      event.preventDefault();
      list.innerHTML = '<input type="checkbox" checked>';
    });
    expect(tick(byId('c'))).toBe('clicked');
    // A framework that redraws in a microtask after its handler cancelled the click.
    const later = byId<HTMLInputElement>('d');
    later.addEventListener('click', (event) => {
      event.preventDefault();
      void Promise.resolve().then(() => {
        later.checked = true;
      });
    });
    expect(tick(later)).toBe('cancelled');
    expect(await tickWhereDrawn(later, 10)).toBe(true);
    // A server round trip: a busy mark now, the box later.
    const busy = byId<HTMLInputElement>('e');
    busy.addEventListener('click', (event) => {
      event.preventDefault();
      setTimeout(() => busy.setAttribute('aria-busy', 'true'), 0);
    });
    expect(tick(busy)).toBe('cancelled');
    expect(await tickWhereDrawn(busy, 10)).toBe(true);
  });
});

describe('chooseOption', () => {
  it('selects the option and fires change, only when it changes', () => {
    render('<select id="s"><option value="h">Specify value here</option><option value="l">In level</option></select>');
    const select = byId<HTMLSelectElement>('s');
    const changes: string[] = [];
    select.addEventListener('change', () => changes.push(select.value));
    const level = select.options[1];
    if (!level) throw new Error('setup');
    chooseOption(select, level);
    chooseOption(select, level);
    expect(select.value).toBe('l');
    expect(changes).toEqual(['l']);
  });
});

describe('find', () => {
  it('findLabelElements finds short visible label text, split or with a colon, and not in options or hidden', () => {
    render(`
      <h3 id="h">Predefined variables</h3>
      <label id="l">Integratienaam<span>*</span></label>
      <table><tr><th id="t">Integration type:</th><td>AlertOps</td></tr></table>
      <select><option>Predefined variables</option></select>
      <div hidden><h3>Predefined variables</h3></div>
      <p id="long">Predefined variables are values that an integration type defines for you.</p>`);
    const found = findLabelElements(document.body, ['Predefined variables', 'Integratienaam', 'Integration type']);
    expect(found.map((element) => element.id).sort()).toEqual(['h', 'l', 't']);
  });

  it('findLabelElements climbs to the label-like ancestor', () => {
    render('<div role="tab" id="tab"><span>Escalation level 2</span></div>');
    expect(findLabelElements(document.body, ['Escalation level 2'])).toEqual([byId('tab')]);
  });

  it('findButtons matches native and ARIA buttons by name, exactly when asked', () => {
    render(`
      <button id="b1">Select</button>
      <div role="button" id="b2" tabindex="0">Select all</div>
      <input type="button" id="b3" value="Selecteren">
      <button id="b4" hidden>Select</button>
      <span id="b5">Select</span>`);
    expect(findButtons(document.body, ['select']).map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
    expect(findButtons(document.body, ['select all']).map((b) => b.id)).toEqual(['b2']);
    expect(findButtons(document.body, ['Select', 'Selecteren'], true).map((b) => b.id)).toEqual(['b1', 'b3']);
  });

  it('findFieldsDescribedBy returns visible text fields described by the pattern', () => {
    render(`
      <div><label for="a">Endpoint URL</label><input id="a"></div>
      <div><label for="b">Name</label><input id="b"></div>
      <div><label for="c">Endpoint URL</label><input id="c" type="checkbox"></div>
      <div hidden><label for="d">Endpoint URL</label><input id="d"></div>`);
    expect(findFieldsDescribedBy(document.body, [/endpoint/]).map((f) => f.id)).toEqual(['a']);
  });

  it('findFieldsDescribedBy returns a password field only when asked (a vault’s "Secret value" is no value field)', () => {
    render(`
      <div><label for="s">Secret value</label><input id="s" type="password"></div>
      <div><label for="v">Value</label><input id="v"></div>`);
    expect(findFieldsDescribedBy(document.body, [/value/]).map((f) => f.id)).toEqual(['v']);
    expect(findFieldsDescribedBy(document.body, [/value/], { passwords: true }).map((f) => f.id)).toEqual(['s', 'v']);
  });

  it('precedes and closestContaining', () => {
    render('<div id="outer"><p id="a"></p><div id="inner"><p id="b"></p></div></div>');
    expect(precedes(byId('a'), byId('b'))).toBe(true);
    expect(precedes(byId('b'), byId('a'))).toBe(false);
    expect(closestContaining(byId('b'), (c) => c.contains(byId('a')))).toBe(byId('outer'));
    expect(closestContaining(byId('b'), () => false)).toBeNull();
  });
});

describe('observe', () => {
  it('batches changes into one call and stops when aborted', async () => {
    render('<main id="m"></main>');
    const main = byId('m');
    const calls: { added: Element[]; changed: Element[] }[] = [];
    const stop = new AbortController();
    watchDom(document.body, {
      signal: stop.signal,
      onChange: ({ added, changed }) => calls.push({ added: [...added], changed: [...changed] }),
    });
    const a = document.createElement('section');
    const b = document.createElement('p');
    a.append(b);
    main.append(a);
    main.setAttribute('data-x', '1');
    await vi.waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]?.added).toContain(a);
    expect(calls[0]?.changed).toContain(main);
    stop.abort();
    main.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls.length).toBe(1);
  });

  it('ignores changes inside ignored nodes', async () => {
    render('<div id="mine"></div><div id="page"></div>');
    const calls: Element[][] = [];
    const stop = new AbortController();
    watchDom(document.body, {
      signal: stop.signal,
      ignore: (node) => node === byId('mine') || byId('mine').contains(node),
      onChange: ({ added }) => calls.push([...added]),
    });
    byId('mine').append(document.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls).toEqual([]);
    const span = document.createElement('span');
    byId('page').append(span);
    await vi.waitFor(() => expect(calls).toEqual([[span]]));
    stop.abort();
  });

  it('with a text filter, reports only inserted text and attribute changes whose new value passes it', async () => {
    render('<p id="quiet">12 ms</p><a id="link" href="#a">x</a><p id="inserted"></p>');
    const calls: { added: Element[]; changed: Element[] }[] = [];
    const stop = new AbortController();
    watchDom(document.body, {
      signal: stop.signal,
      attributeFilter: ['href'],
      insertedText: true,
      textFilter: (text) => text.includes('notify'),
      onChange: ({ added, changed }) => calls.push({ added: [...added], changed: [...changed] }),
    });
    byId('quiet').textContent = '13 ms';
    byId('link').setAttribute('href', '#b');
    byId('inserted').append('still nothing');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls).toEqual([]);

    byId('quiet').textContent = 'https://notify.example/1';
    byId('link').setAttribute('href', 'https://notify.example/2');
    byId('inserted').append('notify me');
    await vi.waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]?.changed).toEqual(expect.arrayContaining([byId('quiet'), byId('link'), byId('inserted')]));
    stop.abort();
  });

  it('never reports text edited in place, which a busy page does most (counters, clocks)', async () => {
    render('<p id="p">12 ms</p><p id="q"></p>');
    const calls: { added: Element[]; changed: Element[] }[] = [];
    const stop = new AbortController();
    watchDom(document.body, {
      signal: stop.signal,
      insertedText: true,
      attributeFilter: [],
      onChange: ({ added, changed }) => calls.push({ added: [...added], changed: [...changed] }),
    });
    (byId('p').firstChild as Text).data = '13 ms';
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls).toEqual([]);
    byId('q').textContent = 'API URL';
    await vi.waitFor(() => expect(calls).toEqual([{ added: [], changed: [byId('q')] }]));
    stop.abort();
  });

  it('without insertedText, inserted text nodes are not reported, inserted elements are', async () => {
    render('<p id="p"></p>');
    const calls: { added: Element[]; changed: Element[] }[] = [];
    const stop = new AbortController();
    watchDom(document.body, {
      signal: stop.signal,
      attributeFilter: [],
      onChange: ({ added, changed }) => calls.push({ added: [...added], changed: [...changed] }),
    });
    byId('p').textContent = 'Escalation level 1';
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls).toEqual([]);
    const heading = document.createElement('h2');
    byId('p').append(heading);
    await vi.waitFor(() => expect(calls).toEqual([{ added: [heading], changed: [] }]));
    stop.abort();
  });

  it('outermost keeps only the top of each subtree, and only connected elements', () => {
    render('<div id="a"><div id="b"></div></div><div id="c"></div>');
    const loose = document.createElement('div');
    expect(outermost([byId('b'), byId('a'), byId('c'), loose])).toEqual([byId('a'), byId('c')]);
  });

  it('waitFor resolves when the page renders the thing, or null after the timeout', async () => {
    const found = waitFor(document, () => document.querySelector('[role="dialog"]'), { timeout: 2000 });
    setTimeout(() => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      document.body.append(dialog);
    }, 10);
    expect((await found)?.getAttribute('role')).toBe('dialog');
    expect(await waitFor(document, () => document.querySelector('#never'), { timeout: 30 })).toBeNull();
  });
});

describe('shadowRootWatcher', () => {
  it('follows a custom element the page defines later, and watches the shadow root it gets then', () => {
    document.body.innerHTML = '<main><late-card-one></late-card-one><app-shell><p>content</p></app-shell></main>';
    const watched: ShadowRoot[] = [];
    const upgraded: Element[] = [];
    const shadowRoots = shadowRootWatcher(
      (shadow) => watched.push(shadow),
      (element) => upgraded.push(element),
    );
    shadowRoots.add([], document);
    shadowRoots.recheck();
    expect(upgraded).toEqual([]);
    customElements.define(
      'late-card-one',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<span>API URL</span>';
        }
      },
    );
    shadowRoots.recheck();
    const card = document.querySelector('late-card-one');
    expect(upgraded).toEqual([card]);
    shadowRoots.add([card?.shadowRoot as ShadowRoot]);
    expect(watched).toEqual([card?.shadowRoot]);
    // Once upgraded, it is no longer looked at; a framework's own tag that holds content never was.
    shadowRoots.recheck();
    expect(upgraded).toHaveLength(1);
  });
});

describe('watchWhileInUse', () => {
  function startWatching(probe: () => boolean = () => false) {
    vi.useFakeTimers();
    const stop = new AbortController();
    const sessions: AbortSignal[] = [];
    const wake = watchWhileInUse({
      signal: stop.signal,
      idleMs: 1000,
      pollMs: 100,
      probe,
      onStart: (session) => sessions.push(session),
    });
    vi.advanceTimersByTime(0);
    const live = () => sessions.filter((session) => !session.aborted).length;
    return { stop, sessions, wake, live };
  }
  const press = () => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    vi.advanceTimersByTime(0);
  };

  it('watches at once, stops after the idle time, and starts again on the next user input', () => {
    const { sessions, live, stop } = startWatching();
    expect(sessions).toHaveLength(1);
    vi.advanceTimersByTime(999);
    expect(live()).toBe(1);
    vi.advanceTimersByTime(2);
    expect(live()).toBe(0);
    press();
    expect(sessions).toHaveLength(2);
    expect(live()).toBe(1);
    stop.abort();
  });

  it('starts watching after the page has handled the input that woke it, not inside it', () => {
    vi.useFakeTimers();
    const stop = new AbortController();
    const seenAtStart: boolean[] = [];
    document.body.addEventListener('keydown', () => document.body.append(document.createElement('aside')));
    watchWhileInUse({
      signal: stop.signal,
      idleMs: 1000,
      probe: () => false,
      onStart: () => seenAtStart.push(document.querySelector('aside') !== null),
    });
    vi.advanceTimersByTime(1001);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(seenAtStart).toEqual([false]);
    vi.advanceTimersByTime(0);
    expect(seenAtStart).toEqual([false, true]);
    stop.abort();
  });

  it('a click made by script (no pointer events) counts as use too', () => {
    const { sessions, live, stop } = startWatching();
    vi.advanceTimersByTime(1001);
    expect(live()).toBe(0);
    document.body.click();
    vi.advanceTimersByTime(0);
    expect(sessions).toHaveLength(2);
    expect(live()).toBe(1);
    stop.abort();
  });

  it('user input during a session extends it instead of starting another', () => {
    const { sessions, live, stop } = startWatching();
    vi.advanceTimersByTime(800);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    vi.advanceTimersByTime(800);
    expect(sessions).toHaveLength(1);
    expect(live()).toBe(1);
    vi.advanceTimersByTime(201);
    expect(live()).toBe(0);
    stop.abort();
  });

  it('between sessions, a page that changes by itself is noticed by the probe, while the page is visible', () => {
    let shows = false;
    let probes = 0;
    const { sessions, live, stop } = startWatching(() => {
      probes++;
      return shows;
    });
    vi.advanceTimersByTime(1001);
    expect(live()).toBe(0);
    vi.advanceTimersByTime(500);
    expect(probes).toBe(5);
    expect(sessions).toHaveLength(1);
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    vi.advanceTimersByTime(500);
    expect(probes).toBe(5);
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    shows = true;
    vi.advanceTimersByTime(100);
    expect(sessions).toHaveLength(2);
    expect(live()).toBe(1);
    stop.abort();
  });

  it("wake starts a session for the extension's own triggers; after abort nothing starts", () => {
    const { sessions, wake, live, stop } = startWatching();
    vi.advanceTimersByTime(1001);
    wake();
    vi.advanceTimersByTime(0);
    expect(sessions).toHaveLength(2);
    stop.abort();
    expect(live()).toBe(0);
    press();
    wake();
    vi.advanceTimersByTime(5000);
    expect(sessions).toHaveLength(2);
  });
});

describe('notice', () => {
  function innerHtmlSpies() {
    const spies: { mock: { calls: unknown[] } }[] = [vi.spyOn(Element.prototype, 'insertAdjacentHTML')];
    const targets: [object, string][] = [
      [Element.prototype, 'innerHTML'],
      [Element.prototype, 'outerHTML'],
      [ShadowRoot.prototype, 'innerHTML'],
    ];
    for (const [prototype, property] of targets) {
      if (Object.getOwnPropertyDescriptor(prototype, property)?.set) {
        spies.push(vi.spyOn(prototype as Record<string, string>, property, 'set'));
      }
    }
    return spies;
  }

  beforeEach(() => {
    render('<main id="page">console</main>');
  });

  it('renders in an open shadow root, text only, never with innerHTML', () => {
    const spies = innerHtmlSpies();
    expect(spies.length).toBe(4);
    const handle = showPrompt(document, {
      title: '<img src=x onerror="window.pwned=1">',
      body: '<b>bold</b>',
      closeLabel: 'Close',
      actions: [{ label: '<i>Yes</i>', run: () => {} }],
    });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const shadow = handle.element.shadowRoot;
    expect(shadow).not.toBeNull();
    expect(handle.element.hasAttribute(NOTICE_HOST_ATTRIBUTE)).toBe(true);
    expect(handle.element.parentElement).toBe(document.documentElement);
    expect(shadow?.querySelector('img, b, i')).toBeNull();
    expect(shadow?.textContent).toContain('<img src=x onerror="window.pwned=1">');
    expect(shadow?.textContent).toContain('<b>bold</b>');
    // Nothing leaks into the page's own tree.
    expect(handle.element.children).toHaveLength(0);
    expect(isNoticeNode(handle.element)).toBe(true);
    expect(isNoticeNode(byId('page'))).toBe(false);
  });

  it('its buttons ignore synthetic clicks and act on trusted ones', () => {
    const run = vi.fn();
    const handle = showPrompt(document, {
      title: 'Fill?',
      closeLabel: 'Close',
      actions: [{ label: 'Fill', run, primary: true }],
    });
    const buttons = Array.from(handle.element.shadowRoot?.querySelectorAll('button') ?? []);
    // Title, then the actions, then the close button; the prompt is a dialog and waits.
    expect(buttons.map((button) => button.textContent)).toEqual(['Fill', '×']);
    expect(handle.element.shadowRoot?.querySelector('[role="dialog"] .actions .primary')).toBe(buttons[0]);
    const fill = buttons.find((button) => button.textContent === 'Fill');
    const close = buttons.find((button) => button.getAttribute('aria-label') === 'Close');
    if (!fill || !close) throw new Error('buttons missing');

    fill.click();
    fill.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    close.click();
    expect(run).not.toHaveBeenCalled();
    expect(handle.element.isConnected).toBe(true);

    // What the browser hands a listener for a real user's click (isTrusted cannot be forged by the page).
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    fill.dispatchEvent(trusted);
    expect(run).toHaveBeenCalledTimes(1);
    expect(handle.element.isConnected).toBe(false);
  });

  it('replaces the previous notice, and a plain notice goes away by itself while a prompt waits', () => {
    vi.useFakeTimers();
    const first = showNotice(document, { kind: 'success', title: 'One', closeLabel: 'Close', timeout: 1000 });
    const second = showNotice(document, { kind: 'info', title: 'Two', closeLabel: 'Close', timeout: 1000 });
    expect(first.element.isConnected).toBe(false);
    expect(document.querySelectorAll(`[${NOTICE_HOST_ATTRIBUTE}]`)).toHaveLength(1);
    vi.advanceTimersByTime(1001);
    expect(second.element.isConnected).toBe(false);
    const prompt = showPrompt(document, { title: 'Three', closeLabel: 'Close', actions: [] });
    expect(prompt.element.shadowRoot?.querySelector('[role=dialog]')).not.toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(prompt.element.isConnected).toBe(true);
    prompt.close();
    expect(prompt.element.isConnected).toBe(false);
  });
});

describe('textFingerprint', () => {
  it('changes when text is edited in place at the same length, and only then', () => {
    const loading = textFingerprint(['Alerting by integrations', 'E-mail Loading integration']);
    expect(textFingerprint(['Alerting by integrations', 'E-mail Loading integration'])).toBe(loading);
    expect(textFingerprint(['Alerting by integrations', 'E-mail AlertOps production'])).not.toBe(loading);
  });

  it('tells apart the same characters in another order', () => {
    expect(textFingerprint(['ab', 'c'])).not.toBe(textFingerprint(['ba', 'c']));
    expect(textFingerprint(['12:04:03']), 'a clock ticking at the same length').toBe(textFingerprint(['12:04:08']));
    expect(textFingerprint([])).toBe(textFingerprint(['']));
  });
});

describe('watchTyping', () => {
  // happy-dom's events are untrusted; a user's are trusted.
  const trusted = <T extends Event>(event: T): T => {
    Object.defineProperty(event, 'isTrusted', { value: true });
    return event;
  };

  it('counts a key for a pause, a composition until it ends, and ignores keys the page makes up', () => {
    const controller = new AbortController();
    const typing = watchTyping(window, controller.signal);
    expect(typing.isTyping()).toBe(false);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(typing.isTyping(), 'a key the page made up').toBe(false);
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a' })));
    expect(typing.isTyping()).toBe(true);
    expect(typing.isTyping(Date.now() + TYPING_PAUSE_MS + 1)).toBe(false);
    window.dispatchEvent(trusted(new CompositionEvent('compositionstart')));
    expect(typing.isTyping(Date.now() + 5000), 'composing').toBe(true);
    expect(typing.isTyping(Date.now() + 60_000), 'a composition that stopped changing, its end never seen').toBe(false);
    window.dispatchEvent(trusted(new CompositionEvent('compositionupdate')));
    expect(typing.isTyping(Date.now() + 5000)).toBe(true);
    window.dispatchEvent(trusted(new CompositionEvent('compositionend')));
    expect(typing.isTyping(Date.now() + TYPING_PAUSE_MS + 1)).toBe(false);
    controller.abort();
  });
});

describe('rememberFocus', () => {
  it('puts the focus and caret back in the field the user was in, from where the page moved it', () => {
    render('<input id="name" value="Piketdienst"><button id="opener">⋯</button>');
    const name = document.getElementById('name') as HTMLInputElement;
    const opener = document.getElementById('opener') as HTMLButtonElement;
    name.focus();
    name.setSelectionRange(3, 5);
    const restore = rememberFocus(document);
    opener.focus();
    restore((now) => now === opener);
    expect(document.activeElement).toBe(name);
    expect([name.selectionStart, name.selectionEnd]).toEqual([3, 5]);
  });

  it('follows a form drawn anew to the same field, by its id', () => {
    render('<form id="f"><input id="name" value="Astreinte"><button id="opener" type="button">⋯</button></form>');
    (document.getElementById('name') as HTMLInputElement).focus();
    const restore = rememberFocus(document);
    const form = document.getElementById('f') as HTMLFormElement;
    const drawnAgain = form.outerHTML;
    form.outerHTML = drawnAgain;
    const opener = document.getElementById('opener') as HTMLButtonElement;
    opener.focus();
    restore((now) => now === opener);
    expect(document.activeElement?.id).toBe('name');
    expect(document.activeElement?.isConnected).toBe(true);
  });

  it('leaves the focus where the user took it, and does nothing when it was in no field', () => {
    render('<input id="name"><input id="other"><button id="opener">⋯</button>');
    const opener = document.getElementById('opener') as HTMLButtonElement;
    (document.getElementById('name') as HTMLInputElement).focus();
    const restore = rememberFocus(document);
    const other = document.getElementById('other') as HTMLInputElement;
    other.focus();
    restore((now) => now === opener);
    expect(document.activeElement).toBe(other);

    opener.focus();
    const fromButton = rememberFocus(document);
    other.focus();
    fromButton(() => true);
    expect(document.activeElement).toBe(other);
  });
});
