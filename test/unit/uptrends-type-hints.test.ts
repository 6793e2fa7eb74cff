/** The integration type beside a label that carries a hint: cases a second review found (each failed before its mend). */
import { afterEach, describe, expect, it } from 'vitest';
import { findIntegrationEditor } from '../../src/sites/uptrends/editor';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(shadowHtml: string) {
  document.body.innerHTML = `<main><h1>Modifier l'intégration</h1>
    <div><label for="n">Nom de l'intégration</label><input id="n" value="Canal équipe"></div>
    <div><x-kind></x-kind></div>
    <h2>Variables prédéfinies</h2><div><label for="u">WebhookUrl</label><input id="u"></div></main>`;
  (document.querySelector('x-kind') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = shadowHtml;
  return findIntegrationEditor(document);
}

describe('a hint beside the type label names types, it shows none', () => {
  it('a 3-word hint without punctuation ("AlertOps ou Slack") in a shadow <label>', () => {
    const editor = mount("<label>Type d'intégration <small>AlertOps ou Slack</small></label><span>Slack</span>");
    expect(editor?.typeText).toBe('Slack');
    expect(editor?.isAlertOps).toBe(false);
  });
  it('"e.g. AlertOps" hint in a shadow <label>', () => {
    const editor = mount("<label>Type d'intégration <small>p. ex. AlertOps</small></label><span>Slack</span>");
    expect(editor?.isAlertOps).toBe(false);
  });
  it('the same help text when the shadow label is a <span part="label">', () => {
    const editor = mount(
      '<span part="label">Type d\'intégration <small>(AlertOps, Slack, Teams ou webhook)</small></span><span>Slack</span>',
    );
    expect(editor?.typeText).toBe('Slack');
    expect(editor?.isAlertOps).toBe(false);
  });
  it('light DOM: a <div> label with its help inside', () => {
    document.body.innerHTML = `<main><h1>Edit integration</h1>
      <div><label for="n">Integration name</label><input id="n" value="Team channel"></div>
      <div class="form-label">Integration type <small>(how alerts are sent: AlertOps, Slack…)</small></div><div class="ro">Slack</div>
      <h2>Predefined variables</h2><div><label for="u">WebhookUrl</label><input id="u"></div></main>`;
    const editor = findIntegrationEditor(document);
    expect(editor?.typeText).toBe('Slack');
    expect(editor?.isAlertOps).toBe(false);
  });
});
