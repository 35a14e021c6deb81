import { useEffect } from 'preact/hooks';
import type { WidgetPorts } from '../ports';
import type { CheckState } from './use-duplicate-check';

/**
 * Off means off: a flyout for a module whose checks the admin switched off closes itself, once, as soon as a check
 * says so. Where the CRM offers no way to close (no `closeSelf`), the panel's calm "checks are off" note stays.
 */
export const useCloseWhenOff = (state: CheckState, closeSelf: WidgetPorts['closeSelf']): void => {
  const off = state.status === 'off';
  useEffect(() => {
    if (off) closeSelf?.({ off: true });
  }, [off]);
};
