import { asText } from './fold';
import type { MatchConfig } from './match-config';
import type { Values } from './types';

// Name -> the groups (a name and its nicknames) it is in; the name each group is of; which groups also tie two
// nicknames of one name together.
const GROUPS = new Map<string, number[]>();
const OF: string[] = [];
const SIBLINGS = new Set<number>();

/** Adds "name:nick,nick|..." groups; with `siblings`, two nicknames of one name are also one another's. */
const addGroups = (table: string, siblings: boolean): void => {
  for (const entry of table.split('|')) {
    const [name = '', nicks = ''] = entry.split(':');
    const group = OF.push(name) - 1;
    if (siblings) SIBLINGS.add(group);
    for (const n of [name, ...nicks.split(',')]) {
      const known = GROUPS.get(n);
      if (!known) GROUPS.set(n, [group]);
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
      addGroups(m.COMMON_SHORT_FORMS, true);
      addGroups(m.PUBLIC_LIST, false);
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

/**
 * Groups a folded first name belongs to: names that may be one another's nicknames share one (blocking keys);
 * `areNicknames` tells which of them are.
 */
export const nicknameGroups = (name: string): readonly number[] => GROUPS.get(name) ?? [];

/**
 * A name and one of its nicknames (Robert, Bob; Mary, Polly), or two common nicknames of one name (Bob, Rob). Two
 * nicknames the public list gives one name are not enough (Joe and Josh, both listed for Joshua).
 */
export const areNicknames = (a: string, b: string): boolean => {
  if (a === b) return false;
  const ga = GROUPS.get(a);
  const gb = GROUPS.get(b);
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.includes(g) && (SIBLINGS.has(g) || OF[g] === a || OF[g] === b)) return true;
  return false;
};
