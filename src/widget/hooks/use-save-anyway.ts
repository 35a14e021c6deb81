import { useState } from 'preact/hooks';
import type { Values } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';

export type SaveAnywayState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'failed'; readonly error: CrmError }
  /** The record exists; only the note that records the override is missing. */
  | { readonly status: 'note-failed'; readonly id: string; readonly error: CrmError };

/** The override note as Zoho's Notes module takes it: a title, the text, and the record it belongs to. */
export type OverrideNote = { readonly title: string; readonly content: string };

/**
 * "Save anyway" past a likely duplicate: the widget saves the form itself, so the new record's id is known and
 * the override leaves a Note on it (Zoho "Create Notes": Parent_Id names the module and the record).
 */
export const useSaveAnyway = (client: CrmClient, module: string, onSaved: (id: string) => void) => {
  const [state, setState] = useState<SaveAnywayState>({ status: 'idle' });
  const save = async (values: Values, note: OverrideNote) => {
    setState({ status: 'saving' });
    const inserted = await client.insert(module, [values]);
    const outcome = inserted.ok ? inserted.value[0] : inserted;
    if (!outcome?.ok) {
      const error: CrmError = outcome ? outcome.error : { kind: 'invalid-response', issues: ['no outcome'] };
      return setState({ status: 'failed', error });
    }
    const id = outcome.value.id;
    const parent = { module: { api_name: module }, id };
    const noted = await client.insert('Notes', [
      { Note_Title: note.title, Note_Content: note.content, Parent_Id: parent },
    ]);
    const noteOutcome = noted.ok ? noted.value[0] : noted;
    if (noteOutcome?.ok) return onSaved(id);
    setState({
      status: 'note-failed',
      id,
      error: noteOutcome ? noteOutcome.error : { kind: 'invalid-response', issues: ['no outcome'] },
    });
  };
  return { state, save, reset: () => setState({ status: 'idle' }) };
};
