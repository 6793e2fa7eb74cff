import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  levelIsAutoTicked,
  readSettings,
  type Settings,
  uptrendsNameFor,
} from '../../src/core/settings';

describe('readSettings', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 7],
    ['false', false],
    ['an empty object', {}],
  ])('falls back to the defaults for %s', (_label, raw) => {
    expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the fields that are set and defaults the others', () => {
    expect(readSettings({ autoFill: false, autoTickLevels: [2, 3] })).toEqual({
      ...DEFAULT_SETTINGS,
      autoFill: false,
      autoTickLevels: [2, 3],
    });
  });

  it('reads a complete, valid object as it is', () => {
    const all: Settings = {
      autoFill: false,
      autoTick: false,
      autoTickLevels: [1, 20],
      forgetAfterHours: 48,
      forgetOnceFilled: true,
      namingPattern: 'AO {name}',
    };
    expect(readSettings(all)).toEqual(all);
  });

  it('drops only the invalid fields, keeping the valid ones beside them', () => {
    const settings = readSettings({
      autoFill: 'yes',
      autoTick: false,
      autoTickLevels: [0, 3],
      forgetAfterHours: -5,
      forgetOnceFilled: true,
      namingPattern: 'x'.repeat(201),
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      autoTick: false,
      forgetOnceFilled: true,
    });
  });

  it.each([
    ['autoTickLevels', [1.5]],
    ['autoTickLevels', [21]],
    ['autoTickLevels', 'all'],
    ['forgetAfterHours', 24 * 365 + 1],
    ['forgetAfterHours', '12'],
    ['namingPattern', 42],
    ['namingPattern', ''],
    ['namingPattern', 'No placeholder at all'],
    ['forgetOnceFilled', 1],
  ])('rejects %s = %j, falling back to its default', (key, value) => {
    const settings = readSettings({ [key]: value, autoFill: false });
    expect(settings[key as keyof Settings]).toEqual(DEFAULT_SETTINGS[key as keyof Settings]);
    expect(settings.autoFill).toBe(false);
  });

  it('ignores unknown keys', () => {
    const settings = readSettings({ autoFill: false, theme: 'dark', forgetAfterHours: 'bad' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, autoFill: false });
    expect('theme' in settings).toBe(false);
  });
});

describe('levelIsAutoTicked', () => {
  const on = { ...DEFAULT_SETTINGS, autoTick: true };

  it('never ticks when auto-tick is off', () => {
    const off = { ...DEFAULT_SETTINGS, autoTick: false, autoTickLevels: [1] };
    expect(levelIsAutoTicked(off, 1)).toBe(false);
    expect(levelIsAutoTicked(off, undefined)).toBe(false);
  });

  it('ticks every level when no levels are listed', () => {
    for (const level of [1, 2, 7, undefined])
      expect(levelIsAutoTicked({ ...on, autoTickLevels: [] }, level)).toBe(true);
  });

  it('ticks only the listed levels', () => {
    const some = { ...on, autoTickLevels: [1, 3] };
    expect(levelIsAutoTicked(some, 1)).toBe(true);
    expect(levelIsAutoTicked(some, 3)).toBe(true);
    expect(levelIsAutoTicked(some, 2)).toBe(false);
    expect(levelIsAutoTicked(some, 4)).toBe(false);
  });

  it('does not tick a level whose number the page does not show when only some levels are listed', () => {
    expect(levelIsAutoTicked({ ...on, autoTickLevels: [2] }, undefined)).toBe(false);
  });
});

describe('uptrendsNameFor', () => {
  it('puts the AlertOps name into the pattern', () => {
    expect(uptrendsNameFor('AlertOps - {name}', 'Production')).toBe('AlertOps - Production');
    expect(uptrendsNameFor('{name} (AlertOps)', 'Ops')).toBe('Ops (AlertOps)');
  });

  it('replaces every {name}', () => {
    expect(uptrendsNameFor('{name}/{name}', 'A')).toBe('A/A');
  });

  it('trims the name and falls back to "AlertOps" when it is blank', () => {
    expect(uptrendsNameFor('AO: {name}', '  Prod  ')).toBe('AO: Prod');
    expect(uptrendsNameFor('Team {name}', '   ')).toBe('Team AlertOps');
  });

  it('uses the bare name when the pattern has no {name}', () => {
    expect(uptrendsNameFor('Fixed', 'Prod')).toBe('Prod');
    expect(uptrendsNameFor('', 'Prod')).toBe('Prod');
  });

  it('caps the result at 200 characters', () => {
    const result = uptrendsNameFor('{name}', 'n'.repeat(500));
    expect(result).toHaveLength(200);
  });

  it('copies names holding "$" literally (no replacement patterns)', () => {
    expect(uptrendsNameFor('AlertOps - {name}', 'Costs $$ team')).toBe('AlertOps - Costs $$ team');
    expect(uptrendsNameFor('AlertOps - {name}', "R&D $& ops $'")).toBe("AlertOps - R&D $& ops $'");
  });
});
