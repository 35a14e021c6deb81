/*
 * Duplicate Preview: Client Script for the Create, Clone and Edit pages of Leads and Contacts.
 * Paste this whole file into each event script, then add one line (see docs/client-script.md):
 *   field event onChange of a watched field:  duplicatePreview.onChange('Email');
 *   page event onSave:                        return duplicatePreview.onSave();
 */
// biome-ignore lint/correctness/noUnusedVariables: the event scripts Zoho runs call it after this file.
var duplicatePreview = (() => {
  // ---- Settings an admin may change at install ----
  const CONFIG = {
    widget: 'duplicate_preview',
    flyout: 'duplicate_preview_flyout',
    debounceMs: 400,
    // Fields whose change re-checks: the duplicate-check fields and the ones matching looks at.
    watched: ['Email', 'Secondary_Email', 'Phone', 'Mobile', 'First_Name', 'Last_Name', 'Company', 'Website'],
    // Fields whose exact match stops a save until the rep decides (the module's duplicate-check fields).
    blocking: { Leads: ['Email'], Contacts: ['Email'], Accounts: ['Account_Name'] },
    // 'warn' lets the rep save anyway from the popup; 'block' never does.
    onSave: 'warn',
  };

  // ---- Zoho: every platform call is in this object, so a difference in a real org is fixed here ----
  const zoho = {
    // $Page carries the page's module and, on the edit page, the record id.
    module: () => $Page.module,
    recordId: () => $Page.record_id || null,
    readField: (apiName) => {
      const field = ZDK.Page.getField(apiName);
      return field ? field.getValue() : null;
    },
    // Synchronous in Zoho; a stand-in may hand back a promise, which the callers accept too.
    search: (module, criteria) => ZDK.Apps.CRM[module].searchByCriteria(criteria),
    recordField: (record, apiName) => (record ? record[apiName] : undefined),
    createFlyout: () =>
      ZDK.Client.createFlyout(CONFIG.flyout, {
        header: 'Possible duplicates',
        animation_type: 4,
        width: '380px',
        height: '100%',
        right: '0',
        top: '0',
      }),
    openFlyout: (data) =>
      ZDK.Client.getFlyout(CONFIG.flyout).open({ api_name: CONFIG.widget, type: 'widget' }, data),
    // wait:false: the widget listens to "Notify"; wait:true makes it a NotifyAndWait that must be answered.
    notifyFlyout: (data) => ZDK.Client.getFlyout(CONFIG.flyout).notify(data, { wait: false }),
    openPopup: (data) =>
      ZDK.Client.openPopup(
        {
          api_name: CONFIG.widget,
          type: 'widget',
          header: 'This record may already exist',
          animation_type: 1,
          width: '760px',
          height: '600px',
          close_on_escape: true,
        },
        data,
      ),
    goToRecord: (module, id) => ZDK.Client.navigateTo('record_detail', { module, record_id: id }),
    // openPopup throws an error that mentions widget_closed when the rep closes the popup.
    isClosedByUser: (error) => String(error?.message ?? error?.code ?? error).includes('widget_closed'),
    schedule: (fn, ms) => setTimeout(fn, ms),
    unschedule: (handle) => clearTimeout(handle),
  };

  // ---- The logic: plain JavaScript over `zoho` ----
  const root = typeof globalThis === 'object' ? globalThis : {};
  // Zoho may evaluate this file once per event: keep the debounce state where every run finds it.
  root.__duplicatePreviewState ??= { timer: null, created: false, open: false, sent: null };
  const state = root.__duplicatePreviewState;

  const isThenable = (value) =>
    value !== null && typeof value === 'object' && typeof value.then === 'function';
  // Runs fn, then onValue or onError, whether fn answers at once (Zoho) or with a promise (a stand-in).
  const attempt = (fn, onValue, onError) => {
    let out;
    try {
      out = fn();
    } catch (error) {
      return onError(error);
    }
    return isThenable(out) ? out.then(onValue, onError) : onValue(out);
  };

  const isFilled = (value) =>
    value !== null && value !== undefined && (typeof value !== 'string' || value.trim() !== '');

  const readValues = () => {
    const values = {};
    for (const apiName of CONFIG.watched) {
      const value = zoho.readField(apiName);
      if (isFilled(value)) values[apiName] = typeof value === 'string' ? value.trim() : value;
    }
    return values;
  };

  const startData = (mode) => {
    const data = { source: 'client-script', module: zoho.module(), values: readValues(), mode };
    const recordId = zoho.recordId();
    if (recordId) data.recordId = String(recordId);
    return data;
  };

  // Zoho criteria: backslash before ( ) and , ; a trailing backslash doubled. ZDK URL-encodes the query.
  const escapeCriteriaValue = (value) => {
    const text = String(value);
    const escaped = text.replace(/([(),])/g, '\\$1');
    return text.endsWith('\\') ? `${escaped}\\` : escaped;
  };

  const blockingCriteria = (module, values) => {
    const fields = (CONFIG.blocking[module] ?? []).filter((f) => isFilled(values[f]));
    const parts = fields.map((f) => `(${f}:equals:${escapeCriteriaValue(values[f])})`);
    return { fields, criteria: parts.length > 1 ? `(${parts.join('or')})` : (parts[0] ?? null) };
  };

  // Search "equals" can act as "contains", and the edited record finds itself: keep true duplicates only.
  const trueDuplicates = (records, fields, values, recordId) =>
    (Array.isArray(records) ? records : []).filter((record) => {
      if (recordId && String(zoho.recordField(record, 'id')) === recordId) return false;
      return fields.some((f) => {
        const found = zoho.recordField(record, f);
        return isFilled(found) && String(found).trim().toLowerCase() === String(values[f]).toLowerCase();
      });
    });

  const showInFlyout = (data) => {
    if (state.open) {
      try {
        zoho.notifyFlyout(data);
        return;
      } catch {
        // The rep closed the panel: open it again with the new values.
        state.open = false;
      }
    }
    if (!state.created) zoho.createFlyout();
    state.created = true;
    zoho.openFlyout(data);
    state.open = true;
  };

  const runCheck = () => {
    state.timer = null;
    const data = startData('flyout');
    const key = JSON.stringify([data.module, data.recordId, data.values]);
    if (key === state.sent) return;
    state.sent = key;
    try {
      showInFlyout(data);
    } catch {
      // A panel that fails to open must never get in the way of typing; the save check still runs.
      state.sent = null;
    }
  };

  const onChange = (fieldName) => {
    if (!CONFIG.watched.includes(fieldName)) return;
    if (state.timer !== null) zoho.unschedule(state.timer);
    state.timer = zoho.schedule(runCheck, CONFIG.debounceMs);
  };

  const decide = (data) => (result) => {
    const action = result !== null && typeof result === 'object' ? result.action : undefined;
    if (action === 'cancel') return false;
    if (action === 'updated-existing') {
      if (result.recordId) zoho.goToRecord(data.module, String(result.recordId));
      return false;
    }
    if (action === 'save') return CONFIG.onSave !== 'block';
    // 'clear' or anything unknown: Zoho's own unique-field check still guards the save.
    return true;
  };

  const askWidget = (data) =>
    attempt(
      () => zoho.openPopup(data),
      decide(data),
      (error) => !zoho.isClosedByUser(error),
    );

  const onSave = () => {
    if (state.timer !== null) zoho.unschedule(state.timer);
    state.timer = null;
    const data = startData('save');
    // The widget offers "save anyway" only when told the admin allows it.
    data.allowSave = CONFIG.onSave !== 'block';
    const plan = blockingCriteria(data.module, data.values);
    if (plan.criteria === null) return true;
    return attempt(
      () => zoho.search(data.module, plan.criteria),
      (records) =>
        trueDuplicates(records, plan.fields, data.values, data.recordId).length > 0 ? askWidget(data) : true,
      (error) => {
        // The check could not run: let the widget check and explain instead of saving blind.
        data.error = String(error?.message ?? error);
        return askWidget(data);
      },
    );
  };

  return { config: CONFIG, onChange, onSave, escapeCriteriaValue };
})();
