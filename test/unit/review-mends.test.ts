/** Reproductions from this stop's code review, kept as tests of the mends. */
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedIntegrations } from '../../src/sites/alertops/capture';
import { findEscalationLevels } from '../../src/sites/uptrends/escalation';

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
