import type * as z from 'zod/mini';
import type { ModuleInfo } from './crm-client';
import { tabNameOf } from './record-link';
import type { moduleWire } from './schemas/modules';

export const toModuleInfo = (m: z.infer<typeof moduleWire> & { api_name: string }): ModuleInfo => ({
  apiName: m.api_name,
  singularLabel: m.singular_label ?? m.api_name,
  pluralLabel: m.plural_label ?? m.api_name,
  id: m.id,
  tabName: tabNameOf(m.api_name, m.generated_type ?? 'default', m.module_name ?? null),
  generatedType: m.generated_type ?? 'default',
});
