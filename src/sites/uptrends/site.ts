/** Where the Uptrends console and its REST API live (domain.md). Labels are in labels.ts. */
export const CONSOLE_ORIGIN = /^https:\/\/app\.uptrends\.com$/;
export const CONSOLE_MATCH = 'https://app.uptrends.com/*';
export const CONSOLE_HOME = 'https://app.uptrends.com/';
export const API_BASE = 'https://api.uptrends.com/v4';
/** The optional host permission the setup assistant asks for when the user connects. */
export const API_ORIGIN_PATTERN = 'https://api.uptrends.com/*';
