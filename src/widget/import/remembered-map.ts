type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const key = (module: string) => `duplicate-preview:import-map:${module}`;

/** The mapping an admin chose for a module, by header: remembered for the next file of that module. */
export const rememberedMap = (storage: Storage, module: string): Readonly<Record<string, string | null>> => {
  try {
    const raw: unknown = JSON.parse(storage.getItem(key(module)) ?? '{}');
    return typeof raw === 'object' && raw !== null ? (raw as Record<string, string | null>) : {};
  } catch {
    return {};
  }
};

export const rememberMap = (
  storage: Storage,
  module: string,
  headers: readonly string[],
  columns: readonly (string | null)[],
): void => {
  const current = { ...rememberedMap(storage, module) };
  headers.forEach((h, i) => {
    current[h] = columns[i] ?? null;
  });
  storage.setItem(key(module), JSON.stringify(current));
};
