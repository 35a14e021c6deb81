import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { FieldInfo } from '../../src/dedupe/types';
import type { Checker } from '../../src/widget/check/types';
import { ok } from '../../src/zoho/result';
import {
  answering,
  blocking,
  fakeClient,
  lead,
  leadFields,
  ports,
  possible,
  renderApp,
  startData,
} from './support/fixtures';

afterEach(cleanup);

// Zoho stores a Lead's "Title" as api_name Designation, field_label "Title".
const title: FieldInfo = {
  apiName: 'Designation',
  label: 'Title',
  dataType: 'text',
  unique: false,
  readOnly: false,
};

test('a merge row of "Update this record instead" shows the field’s label from Zoho’s metadata, not its API name', async () => {
  const existing = lead({ values: { Last_Name: 'Lovelace', Email: 'ada@example.com', Designation: 'CTO' } });
  const client = fakeClient({
    getFields: async () => ok([...leadFields, title]),
    getRecord: async () => ok(existing),
  });
  renderApp(
    ports({ client, check: answering([blocking(existing)]) }),
    startData({
      placement: 'popup',
      values: { Last_Name: 'Lovelace', Email: 'ada@example.com', Designation: 'VP' },
    }),
  );
  fireEvent.click(await screen.findByRole('button', { name: /Update this record instead/ }));
  const row = await screen.findByRole('group', { name: 'Title' });
  expect(screen.queryByRole('group', { name: 'Designation' })).toBeNull();
  fireEvent.click(within(row).getByRole('radio', { name: /From the form/ }));
  expect(screen.getByRole('region', { name: 'What will change' }).textContent).toContain('Title: CTO → VP');
});

test('a merge row of "Merge records" on a record page shows the field’s label, not its API name', async () => {
  const shown = lead({
    id: '5001',
    name: 'Robert Smith',
    values: { Last_Name: 'Smith', Designation: 'CTO' },
  });
  const bob = lead({ id: '5002', name: 'Bob Smith', values: { Last_Name: 'Smith', Designation: 'VP' } });
  const check: Checker = async () => ({
    ok: true,
    value: { matches: [possible(bob)], modules: ['Leads'], labels: { Designation: 'Title' } },
  });
  renderApp(
    ports({ client: fakeClient({ getRecord: async () => ok(shown) }), check }),
    startData({ placement: 'record', values: {}, recordId: '5001' }),
  );
  fireEvent.click(await screen.findByRole('checkbox', { name: /Select to merge/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Merge 2 records' }));
  await screen.findByRole('group', { name: 'Title' });
  expect(screen.queryByRole('group', { name: 'Designation' })).toBeNull();
  expect(screen.getByRole('region', { name: 'What this merge removes' }).textContent).toContain('Title: VP');
});
