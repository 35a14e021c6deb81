import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { shippedClientScript } from '../../scripts/client-script-config';
import { FORM_MODULES, MODULES } from '../../src/dedupe/modules';
import { fakeZoho } from './support/fake-zdk';

const SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../src/client-script/duplicate-preview.client-script.js'),
  'utf8',
);

const configOf = (text: string): { watched: Record<string, string[]> } =>
  JSON.parse(JSON.stringify(runInNewContext(`${text}\n;duplicatePreview.config`, {})));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the Client Script configuration the build ships', () => {
  test('watches, per module, exactly the fields the module table names, and serves only its form modules', () => {
    const shipped = shippedClientScript(SOURCE);
    if (!shipped.ok) throw new Error(shipped.error);
    expect(configOf(shipped.text).watched).toEqual(
      Object.fromEntries(FORM_MODULES.map((m) => [m, [...MODULES[m].watched]])),
    );
  });

  test('the file in src already holds the generated block, so the sandbox and these tests run what ships', () => {
    const shipped = shippedClientScript(SOURCE);
    expect(shipped).toEqual({ ok: true, text: SOURCE });
  });

  test('a script whose generated block lost its markers is an error, not a script without configuration', () => {
    const result = shippedClientScript(SOURCE.replace('// @end module-table', ''));
    expect(result.ok).toBe(false);
  });
});

describe('the Client Script on pages of each module', () => {
  test('an Account name typed on the Accounts page opens the flyout with it', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Accounts' });
    fields.Account_Name = 'Zylker Inc';
    script.onChange('Account_Name');
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.opened.map((o) => o.data.values)).toEqual([{ Account_Name: 'Zylker Inc' }]);
  });

  test('a field another module watches does not check a Contact (Company is a Lead field)', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Contacts' });
    fields.Company = 'Zylker';
    script.onChange('Company');
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.opened).toEqual([]);
  });

  test('a page of a module the script does not serve saves without a popup', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Deals' });
    Object.assign(fields, { Account_Name: 'Zylker Inc', Deal_Name: 'Renewal' });
    script.onChange('Account_Name');
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(script.onSave()).toBe(true);
    expect(seen.opened).toEqual([]);
    expect(seen.popups).toEqual([]);
  });
});
