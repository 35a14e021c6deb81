import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, type SettingsPatch } from '../../src/dedupe/settings';
import { DEMO_DUPLICATES, DEMO_LEAD } from '../../src/sandbox/seed/index';
import { createEngineChecker } from '../../src/widget/check/engine-checker';
import type { CheckRequest } from '../../src/widget/check/types';
import { encodeSettings, SETTINGS_VARIABLE } from '../../src/zoho/settings-codec';
import { seededClient } from './support/seeded-client';

const BOB = { First_Name: 'Robert', Last_Name: 'Smith', Phone: '5550102000' };
const signal = new AbortController().signal;

/** A checker over the seeded sandbox whose org variable holds `patch` over the defaults. */
const withSettings = async (patch: SettingsPatch | string | null) => {
  const seeded = seededClient('sandbox-admin');
  if (patch !== null) {
    const value = typeof patch === 'string' ? patch : encodeSettings(mergeSettings(DEFAULT_SETTINGS, patch));
    const saved = await seeded.client.setOrgVariable(SETTINGS_VARIABLE, value);
    expect(saved.ok).toBe(true);
  }
  const check = createEngineChecker(seeded.client);
  const run = async (values: CheckRequest['values'], module = 'Leads') => {
    const result = await check({ module, values, excludeId: null }, signal);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };
  return { ...seeded, check, run };
};

const bobIn = (answer: { matches: readonly { candidate: { id: string }; classification: string }[] }) =>
  answer.matches.find((m) => m.candidate.id === DEMO_DUPLICATES.nicknameLead.id)?.classification;

describe('the preview check honours the admin’s settings', () => {
  test('with Leads switched off nothing is searched and the answer says the check is off', async () => {
    const { run, calls } = await withSettings({ modules: { Leads: { enabled: false } } });
    const answer = await run({ Email: DEMO_LEAD.values.Email });
    expect(answer.policy?.off).toBe(true);
    expect(answer.matches).toEqual([]);
    expect(calls.filter((c) => c.endsWith('/search'))).toEqual([]);
  });

  test('a nickname match that is likely at the default threshold is only possible once likely is raised', async () => {
    const before = await withSettings(null);
    const match = (await before.run(BOB)).matches.find(
      (m) => m.candidate.id === DEMO_DUPLICATES.nicknameLead.id,
    );
    expect(match?.classification).toBe('likely');
    const score = match?.score ?? 1;
    const after = await withSettings({
      modules: { Leads: { thresholds: { likely: Math.min(1, score + 0.01) } } },
    });
    expect(bobIn(await after.run(BOB))).toBe('possible');
  });

  test('a possible threshold above a match’s score leaves the match out', async () => {
    const strict = await withSettings({ modules: { Leads: { thresholds: { likely: 1, possible: 1 } } } });
    expect(bobIn(await strict.run(BOB))).toBeUndefined();
  });

  test('a field the admin takes out of matching no longer finds or scores candidates', async () => {
    const { run } = await withSettings({
      modules: { Leads: { fields: [{ field: 'Email', method: 'exact' }] } },
    });
    expect(bobIn(await run(BOB))).toBeUndefined();
  });

  test('the modules searched besides Leads are the ones the admin lists', async () => {
    const none = await withSettings({ modules: { Leads: { alsoSearch: [] } } });
    expect((await none.run({ Email: 'nobody@nowhere.example' })).modules).toEqual(['Leads']);
    const contacts = await withSettings({ modules: { Leads: { alsoSearch: ['Contacts'] } } });
    expect((await contacts.run({ Email: 'nobody@nowhere.example' })).modules).toEqual(['Leads', 'Contacts']);
  });

  test('a module the rep cannot read the fields of is left out of the search instead of failing the check', async () => {
    const { run } = await withSettings({ modules: { Leads: { alsoSearch: ['No_Such_Module'] } } });
    expect((await run({ Email: 'nobody@nowhere.example' })).modules).toEqual(['Leads']);
  });

  test('the save rule travels with the answer, and saved settings carry no notice', async () => {
    const { run } = await withSettings({ modules: { Leads: { onSave: 'block' } } });
    expect((await run(BOB)).policy).toEqual({ off: false, onSave: 'block', notice: null });
  });

  test('no org variable means the defaults with a "missing" notice', async () => {
    const { run } = await withSettings(null);
    expect((await run(BOB)).policy).toEqual({ off: false, onSave: 'warn', notice: 'missing' });
  });

  test('a corrupt org variable means the defaults with a "corrupt" notice, never a failed check', async () => {
    const { run } = await withSettings('{"version":1,"modules":');
    const answer = await run(BOB);
    expect(answer.policy?.notice).toBe('corrupt');
    expect(bobIn(answer)).toBe('likely');
  });

  test('the checker says whether a module is off from the read its checks share, searching nothing', async () => {
    const { check, run, calls } = await withSettings({ modules: { Leads: { enabled: false } } });
    expect((await check.policy?.('Leads'))?.off).toBe(true);
    expect((await check.policy?.('Contacts'))?.off).toBe(false);
    await run({ Email: DEMO_LEAD.values.Email });
    expect(calls.filter((c) => c.includes('/settings/variables/')).length).toBe(1);
    expect(calls.filter((c) => c.endsWith('/search'))).toEqual([]);
  });

  test('the org variable is read once a session', async () => {
    const { run, calls } = await withSettings({ modules: { Leads: { onSave: 'block' } } });
    await run(BOB);
    await run({ Email: 'someone@else.example' });
    expect(calls.filter((c) => c.includes('/settings/variables/')).length).toBe(1);
  });
});

describe('the Leads duplicate check preference', () => {
  test('when it maps Email to Contacts, a new Lead with only a Contact’s email is one Zoho will refuse', async () => {
    const { client, run } = await withSettings(null);
    const email = 'only.a.contact@example.org';
    const inserted = await client.insert('Contacts', [{ Last_Name: 'Only', Email: email }]);
    const contactId = inserted.ok && inserted.value[0]?.ok ? inserted.value[0].value.id : '';
    const on = await client.saveDuplicateCheckPreference('Leads', {
      type: 'mapped_module_records',
      mappedModule: 'Contacts',
      fieldMappings: [{ currentField: 'Email', mappedField: 'Email' }],
    });
    expect(on.ok).toBe(true);
    const answer = await run({ Last_Name: 'Copy', Email: email });
    const contact = answer.matches.find((m) => m.candidate.id === contactId);
    expect(contact?.candidate.module).toBe('Contacts');
    expect(contact?.classification).toBe('blocking');
    expect(contact?.blockingFields).toEqual(['Email']);
  });

  test('stored learned weights replace the table: both names mistyped goes from possible to likely', async () => {
    const typed = { First_Name: 'Robetr', Last_Name: 'Smiht' };
    const demo = (answer: Awaited<ReturnType<Awaited<ReturnType<typeof withSettings>>['run']>>) =>
      answer.matches.find((m) => m.candidate.id === DEMO_LEAD.id)?.classification;
    const hand = await withSettings(null);
    expect(demo(await hand.run(typed))).toBe('possible');
    const weights = (exact: number, close: number, differ: number) => ({
      exact,
      equal: exact,
      close,
      partial: 1,
      differ,
    });
    const learned = await withSettings({
      modules: {
        Leads: {
          calibration: {
            prior: -5,
            fields: { First_Name: weights(9, 7, -6.5), Last_Name: weights(9, 5.5, -6.5) },
          },
        },
      },
    });
    expect(demo(await learned.run(typed))).toBe('likely');
  });
});
