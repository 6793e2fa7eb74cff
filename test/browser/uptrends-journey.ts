/** Driving the simulated Uptrends console like a user, in its four languages: by visible labels and roles only. */
import type { Page } from 'playwright-core';
import type { ConsoleServer, RecordedRequest } from '../rig/server.ts';

export type Lang = 'en' | 'nl' | 'de' | 'fr';
export const LANGS: Lang[] = ['en', 'nl', 'de', 'fr'];

export const UPTRENDS_LABELS: Record<
  Lang,
  {
    addIntegration: string;
    choose: string;
    save: string;
    saved: string;
    escalationLevel: string;
    integrationName: string;
  }
> = {
  en: {
    addIntegration: 'Add integration',
    choose: 'Choose',
    save: 'Save',
    saved: 'Saved',
    escalationLevel: 'Escalation level',
    integrationName: 'Integration name',
  },
  nl: {
    addIntegration: 'Integratie toevoegen',
    choose: 'Kiezen',
    save: 'Opslaan',
    saved: 'Opgeslagen',
    escalationLevel: 'Escalatieniveau',
    integrationName: 'Integratienaam',
  },
  de: {
    addIntegration: 'Integration hinzufügen',
    choose: 'Wähle aus',
    save: 'Speichern',
    saved: 'Gespeichert',
    escalationLevel: 'Eskalationsstufe',
    integrationName: 'Integrationsname',
  },
  fr: {
    addIntegration: 'Ajouter intégration',
    choose: 'Choisir',
    save: 'Enregistrer',
    saved: 'Enregistré',
    escalationLevel: "Niveau d'escalade",
    integrationName: "Nom de l'intégration",
  },
};

export const DEFINITION_ID = '3e7a1c9f-2b4d-4f6a-8c1e-5d9b7a3f0001';
export const EXISTING_ALERTOPS_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c33';

export function uptrendsUrl(server: ConsoleServer, path: string, params: Record<string, string | number>): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `${server.origin('app.uptrends.com')}${path}?${query}`;
}

/** Alerting > Integrations > Add integration > AlertOps > Choose: the way a user opens the editor. */
export async function openNewAlertOpsEditor(
  page: Page,
  server: ConsoleServer,
  params: Record<string, string | number>,
) {
  const lang = (params.lang ?? 'en') as Lang;
  const labels = UPTRENDS_LABELS[lang];
  await page.goto(uptrendsUrl(server, '/Alerting/Integrations', params));
  await page.getByRole('button', { name: labels.addIntegration }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('AlertOps', { exact: true }).click();
  await dialog.getByRole('button', { name: labels.choose, exact: true }).click();
}

/** Clicks the page's own Save and returns the request it sent, once the page says it saved. */
export async function saveAndCapture(
  page: Page,
  server: ConsoleServer,
  lang: Lang,
  pathPrefix: string,
): Promise<RecordedRequest> {
  const before = server.requests.length;
  await page.getByRole('button', { name: UPTRENDS_LABELS[lang].save, exact: true }).click();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const sent = server.requests.slice(before).find((request) => request.path.startsWith(pathPrefix));
    if (sent) {
      await page.getByRole('status').filter({ hasText: UPTRENDS_LABELS[lang].saved }).first().waitFor();
      return sent;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Save sent nothing to ${pathPrefix}`);
}

export interface SavedIntegration {
  name: string;
  type: string;
  variables: Record<string, { mode: string; value: string }>;
}

export interface SavedDefinition {
  levels: {
    level: number;
    active: boolean;
    integrations: { name: string; checked: boolean; variables: Record<string, string> }[];
  }[];
}

/** The in-page notice of the extension (shadow root, open): its text. */
export async function noticeText(page: Page): Promise<string> {
  return page
    .locator('[data-uptrends-alertops-bridge]')
    .evaluateAll((hosts) => hosts.map((host) => host.shadowRoot?.textContent ?? '').join('\n'));
}
