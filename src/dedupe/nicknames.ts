import { asText } from './fold';
import type { MatchConfig } from './match-config';
import type { Values } from './types';

const GROUPS = new Map<string, number[]>();
let groupCount = 0;

/** Adds "formal:short,short|..." groups: each formal name and its short forms become one group. */
const addGroups = (table: string): void => {
  for (const entry of table.split('|')) {
    const [formal = '', short = ''] = entry.split(':');
    const group = groupCount++;
    for (const name of [formal, ...short.split(',')]) {
      const known = GROUPS.get(name);
      if (!known) GROUPS.set(name, [group]);
      else if (!known.includes(group)) known.push(group);
    }
  }
};

let listed: Promise<boolean> | null = null;

/**
 * Loads the nickname list (over a thousand names and their short forms, see nickname-list.ts) once; true when it
 * is in use. It is its own chunk: a page loads it only when it compares first names, and whatever compares names
 * loads it first. When it cannot be loaded (the widget offline mid-session), names are compared without
 * nicknames, by spelling, initials, typos and sound.
 */
export const loadNicknameList = (): Promise<boolean> => {
  listed ??= import('./nickname-list').then(
    (m) => {
      addGroups(m.NICKNAME_LIST);
      return true;
    },
    () => {
      listed = null;
      return false;
    },
  );
  return listed;
};

/** Whether scoring `values` compares a first name (or a whole name) and so may meet a nickname. */
export const comparesFirstNames = (config: MatchConfig, values: Values): boolean =>
  config.fields.some(
    (f) => (f.kind === 'first_name' || f.kind === 'full_name') && asText(values[f.field]) !== '',
  );

/** Groups a folded first name belongs to; two names share a group when one is a nickname of the other. */
export const nicknameGroups = (name: string): readonly number[] => GROUPS.get(name) ?? [];

export const areNicknames = (a: string, b: string): boolean => {
  if (a === b) return false;
  const ga = GROUPS.get(a);
  const gb = GROUPS.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
};
