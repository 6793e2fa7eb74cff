/**
 * Uptrends' own words, in its four interface languages (domain.md; the KB editions). Every locator matches these
 * on normalised text (lower case, accents and punctuation-insensitive), so "Nom de l’intégration" and
 * "Nom de l'integration" are the same label.
 */
import type { TextPattern } from '../../dom/text';

/** Every phrase made of one lead, one link and one tail, in that order. */
function phrases(leads: string[], links: string[], tails: string[]): string[] {
  return leads.flatMap((lead) => links.flatMap((link) => tails.map((tail) => `${lead} ${link} ${tail}`)));
}

export const LABELS = {
  integrationName: [
    'Integration name',
    'Integratienaam',
    'Integratie naam',
    'Integrationsname',
    "Nom de l'intégration",
    "Nom d'intégration",
  ],
  /** A name field labelled only "Name", trusted inside an integration editor. */
  shortName: ['Name', 'Naam', 'Nom', 'Bezeichnung'],
  integrationType: ['Integration type', 'Integratietype', 'Integratie type', 'Integrationstyp', "Type d'intégration"],
  /** A list of integrations drawn as a table: the header of its type column. */
  typeColumn: ['Type', 'Typ', 'Soort', 'Integration type', 'Integratietype', 'Integrationstyp', "Type d'intégration"],
  predefinedVariables: [
    'Predefined variables',
    'Voorgedefinieerde variabelen',
    'Vordefinierte Variablen',
    'Variables prédéfinies',
  ],
  specifyValueHere: [
    'Specify value here',
    'Waarde hier opgeven',
    'Wert hier eintragen',
    'Spécifiez la valeur ici',
    'Spécifier la valeur ici',
  ],
  specifyValueInLevel: [
    'Specify value in escalation level',
    'Waarde opgeven in escalatieniveau',
    'Wert in Eskalationsstufe eintragen',
    "Spécifiez la valeur dans le niveau d'escalade",
    "Spécifier la valeur dans le niveau d'escalade",
  ],
  /** The value dialog's choice of a typed value (against a vault item or a variable). */
  plainText: ['Plain text', 'Platte tekst', 'Klartext', 'Reintext', 'Texte brut'],
  /** The same choice as a bare word on a tab, radio or option, trusted only inside the value dialog. */
  plainTextChoice: ['Text', 'Tekst', 'Texte'],
  value: ['Value', 'Waarde', 'Wert', 'Werte', 'Valeur'],
  /** Confirms the value dialog. Never a Save button: the extension never saves for the user. */
  confirmValue: [
    'Select',
    'Selecteren',
    'Auswählen',
    'Wähle aus',
    'Sélectionner',
    'Choisir',
    'Kiezen',
    'OK',
    'Apply',
    'Toepassen',
    'Übernehmen',
    'Appliquer',
  ],
  cancel: ['Cancel', 'Annuleren', 'Abbrechen', 'Annuler', 'Close', 'Sluiten', 'Schließen', 'Fermer'],
  save: ['Save', 'Opslaan', 'Speichern', 'Enregistrer', 'Sauvegarder'],
  escalationLevel: ['Escalation level', 'Escalatieniveau', 'Escalatie niveau', 'Eskalationsstufe', "Niveau d'escalade"],
  active: [
    'Active',
    'Actief',
    'Aktiv',
    'Actif',
    'Active',
    'Is active',
    'Enabled',
    'Ingeschakeld',
    'Aktiviert',
    'Activé',
  ],
  /** The words a toggle shows for its states after its label ("Actief Ingeschakeld Uitgeschakeld"). */
  toggleStates: [
    'On',
    'Off',
    'Aan',
    'Uit',
    'Ein',
    'An',
    'Aus',
    'Yes',
    'No',
    'Ja',
    'Nee',
    'Nein',
    'Oui',
    'Non',
    'Enabled',
    'Disabled',
    'Ingeschakeld',
    'Uitgeschakeld',
    'Aktiviert',
    'Deaktiviert',
    'Activé',
    'Désactivé',
  ],
  /** What a switch may be named when it says what it does, not what it is for: the integration's name is beside it. */
  toggleActions: [
    'Enable',
    'Activate',
    'Turn on',
    'Toggle',
    'Select',
    'Inschakelen',
    'Activeren',
    'Aanzetten',
    'Selecteren',
    'Aktivieren',
    'Einschalten',
    'Auswählen',
    'Activer',
    'Sélectionner',
  ],
  /**
   * The section's heading: the KB's words, and the ways a translator may put them ("Alarmierung über Integrationen").
   * Plural only: "Alerts by integration" titles a dashboard's chart or a report's filter.
   */
  alertingByIntegrations: [
    ...phrases(['Alerting', 'Alerts', 'Alert', 'Alerts sent'], ['by', 'via', 'through', 'using'], ['integrations']),
    ...phrases(
      ['Alerts versturen', 'Alerteren', 'Alerts', 'Alarmeren', 'Alarmering', 'Meldingen versturen'],
      ['door', 'via', 'met'],
      ['integraties'],
    ),
    ...phrases(
      ['Alarmierung', 'Alarme', 'Alarmieren', 'Alarme senden', 'Benachrichtigung'],
      ['durch', 'über', 'via', 'per', 'mit'],
      ['Integrationen'],
    ),
    ...phrases(
      ['Alertes', 'Alerte', 'Alerter', 'Alertes envoyées', 'Envoi des alertes'],
      ['par', 'via', 'par les', 'via les', 'par des', 'avec les'],
      ['intégrations'],
    ),
  ],
  /** Options under a ticked integration on a level: checkboxes, but not integrations. */
  integrationOptions: [
    'Send OK alerts',
    'Send reminder alerts',
    'Send OK messages',
    'Send reminders',
    'OK-alerts versturen',
    'Herinneringen versturen',
    'Herinneringsalerts versturen',
    'OK-Alarme senden',
    'Erinnerungen senden',
    'Erinnerungsalarme senden',
    'Envoyer les alertes OK',
    'Envoyer les rappels',
    'Envoyer des alertes de rappel',
  ],
} as const;

/** A short value-source choice that says the value is given right here ("Hier angeben"), normalised. */
export const VALUE_HERE_WORDS = /\b(here|hier|ici)\b/;

/**
 * A bare "Edit" or "More": the "⋯" button's name on some rows, but also a view's own Edit button (a read-only editor's
 * footer), so it counts only right beside the variable's label.
 */
export const EDIT_WORD = /^(edit|bewerken|bearbeiten|modifier|more|meer|mehr|plus)$/;

/** Dialogs, native or ARIA: the value dialog is one, and so may the editor be. */
export const DIALOGS = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** The glyph the "⋯" button is drawn with (normalised text: "…" reads as "..."). */
export const ELLIPSIS_GLYPH = /^(\u22ef|\u2026|\.\.\.|\u00b7\u00b7\u00b7)$/;

/** The "⋯" button that opens a variable's value dialog. */
export const EDIT_VALUE_BUTTON: readonly TextPattern[] = [
  ELLIPSIS_GLYPH,
  /\b(edit|change|set) (the )?value\b/,
  /\bwaarde (bewerken|wijzigen|instellen)\b/,
  /\bwert (bearbeiten|andern|festlegen)\b/,
  /\b(modifier|definir|editer) (la )?valeur\b/,
  EDIT_WORD,
  // Icon fonts' names for "⋯", read from an icon-only button's icon; not the vertical "⋮" of a row's actions menu.
  /\b(ellipsis|dots)(?![\w-]*?[-_](v|vert|vertical)\b)|\bmore[-_ ]?horiz/,
];

/** Labels of the AlertOps URL variable (its name is unknown: ApiUrl-like, "AlertOps URL", "API URL"...). */
export const URL_VARIABLE: readonly TextPattern[] = [/url\b/, /\burl/, /endpoint/, /webhook/];
/** Labels that, among several URL-ish variables, point at AlertOps' own one. */
export const ALERTOPS_URL_VARIABLE: readonly TextPattern[] = [
  /alert\s*ops.*url/,
  /url.*alert\s*ops/,
  /\bapi\s*url\b/,
  /apiurl/,
  // French text says "l'URL de l'API" / "URL d'API" (domain.md).
  /\burl (de l'|d')\s*api\b/,
];

export const ALERTOPS: readonly TextPattern[] = [/alert\s*ops/];

/**
 * What follows a remembered name when the list shows the type after it: "Night desk — AlertOps",
 * "Night desk (AlertOps)". Tested on the normalised rest of the shown name.
 */
export const ALERTOPS_TYPE_SUFFIX = /^(?:\s+|\s*[-\u2013\u2014\u00b7|:,/([]\s*)alert\s*ops\s*[)\]]?$/;

/**
 * What may stand before a level's number ("Eskalationsstufe Nr. 2", "Niveau d'escalade n° 2", "Escalation level
 * no. 2"), as regular-expression alternatives on normalised text (lower case, no accents; "nº" is "no" then). Longer
 * words first.
 */
export const LEVEL_NUMBER_MARKS = ['number', 'nummer', 'numero', 'num', 'nr', 'no', 'n°'];

/** Units of a delay ("Escalation level (15 min)", "Eskalationsstufe – 10 Min."): a number before one is no level's. */
export const TIME_UNITS =
  /^\s*(s|sec\w*|seconds?|sekunden?|min\w*|h|hours?|heures?|uur|u|stunden?|std|days?|dagen|tage?|jours?)(?!\p{L})/u;

/** Short level titles ("Level 2", "Niveau 2", "Stufe 2"): words that name a level only when its number follows. */
export const SHORT_LEVEL_WORDS = ['level', 'niveau', 'stufe'];
/** What may follow a level's number written before the level words ("2nd", "2e", "2ème", "2de", "2."), normalised. */
export const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th', 'eme', 'ere', 'er', 're', 'ste', 'de', 'e', '\\.'];

/** Levels numbered in words ("Escalation level two"), normalised (lower case, no accents). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  eins: 1,
  zwei: 2,
  drei: 3,
  funf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
};

/**
 * An option under a ticked integration in a wording the list above lacks ("OK-Meldungen senden"): it says what is sent
 * (OK alerts, reminders) and that it is sent. Tested on normalised text (lower case, no accents).
 */
export const INTEGRATION_OPTION_WORDS = {
  what: /\b(ok|reminders?|rappels?|herinnering\w*|erinnerung\w*)\b/,
  // The verb starts (EN, FR) or ends (NL, DE) the label: a row's text that merely contains one is no option's label.
  send: /^(send|envoyer)\b|\b(versturen|verzenden|senden|verschicken)$/,
};

/** Only the two sections' own headings: a list or a log may name levels and integrations, never these. */
export const SECTION_KEYWORDS =
  /predefined variables?|voorgedefinieerde|vordefinierte|pr[eé]d[eé]finies?|(alert|alarm|meld)\S{0,24}( \S{1,24})? (by|via|through|using|door|met|durch|[uü]ber|per|mit|par|les|des) int[eé]grati(ons|es|onen)/i;

/**
 * The sections, or the editor's name field or a level named in the page: words whose appearance in changed DOM means a
 * full look is worth it. A cheap pre-filter: a console page that never mentions them costs one regular-expression test
 * per changed subtree.
 */
export const PAGE_KEYWORDS = new RegExp(
  `${SECTION_KEYWORDS.source}|integration name|integratie ?naam|integrationsname|nom de l.int[eé]gration|escalation level|escalatie ?niveau|eskalationsstufe|niveau d.escalade`,
  'i',
);
