/** User settings: stored in storage.sync (they follow the user), never anything secret. */
import * as v from 'valibot';

export const SETTINGS_KEY = 'bridgeSettings';

export const SettingsSchema = v.object({
  autoFill: v.optional(v.boolean(), true),
  autoTick: v.optional(v.boolean(), true),
  /** Escalation levels ticked automatically; empty means every level the user opens. */
  autoTickLevels: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))), []),
  /** 0 keeps captured URLs until the user forgets them. */
  forgetAfterHours: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 365)), 0),
  forgetOnceFilled: v.optional(v.boolean(), false),
  /** `{name}` is the AlertOps integration's name; a pattern without it is refused, as the options page refuses it. */
  namingPattern: v.optional(v.pipe(v.string(), v.maxLength(200), v.includes('{name}')), 'AlertOps - {name}'),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  autoFill: true,
  autoTick: true,
  autoTickLevels: [],
  forgetAfterHours: 0,
  forgetOnceFilled: false,
  namingPattern: 'AlertOps - {name}',
};

/** Never throws: unreadable settings fall back to the defaults, field by field where possible. */
export function readSettings(raw: unknown): Settings {
  const whole = v.safeParse(SettingsSchema, raw ?? {});
  if (whole.success) return whole.output;
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS, autoTickLevels: [] };
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const single = v.safeParse(SettingsSchema, { [key]: value });
    // Own keys only: "__proto__" or "constructor" are no settings.
    if (single.success && Object.hasOwn(SettingsSchema.entries, key)) merged[key] = value;
  }
  return v.parse(SettingsSchema, merged);
}

/**
 * Whether a level is ticked without asking. Limited to some levels, a level whose number the page does not show is not
 * one the user chose: it is offered instead.
 */
export function levelIsAutoTicked(settings: Settings, level: number | undefined): boolean {
  if (!settings.autoTick) return false;
  if (settings.autoTickLevels.length === 0) return true;
  return level !== undefined && settings.autoTickLevels.includes(level);
}

/** The Uptrends integration name proposed for an AlertOps integration. */
export function uptrendsNameFor(pattern: string, alertOpsName: string): string {
  const name = alertOpsName.trim() || 'AlertOps';
  // A function replacement: a name such as "Costs $$" must not be read as replacement codes.
  const filled = (pattern.includes('{name}') ? pattern : '{name}').replaceAll('{name}', () => name).trim();
  return filled.slice(0, 200);
}
