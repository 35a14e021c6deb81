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
    // The Leads duplicate check preference's field mappings (Lead field: Contact field). A script cannot read the
    // preference, so a Lead's save always looks here too; the widget knows whether Zoho will refuse it.
    mapped: { Leads: { Contacts: { Email: 'Email' } } },
    // Used only while the org holds no readable Duplicate Preview settings: the widget's settings decide
    // whether "save anyway" is offered ('warn') or not ('block'), and its {action: 'save'} is trusted.
    onSave: 'warn',
  };

  // ---- Zoho: every platform call is in this object, so a difference in a real org is fixed here ----
  const zoho = {
    // $Page carries the page's module and, on the edit page, the record id.
    module: () => $Page.module,
    recordId: () => $Page.record_id || null,
    // getField may throw for a field the layout lacks (ZOHO.md, corrections): a missing field reads as empty.
    readField: (apiName) => {
      try {
        const field = ZDK.Page.getField(apiName);
        return field ? field.getValue() : null;
      } catch {
        return null;
      }
    },
    // Synchronous in Zoho; a stand-in may hand back a promise, which the callers accept too.
    search: (module, criteria) => ZDK.Apps.CRM[module].searchByCriteria(criteria),
    recordField: (record, apiName) => (record ? record[apiName] : undefined),
    // createFlyout throws "Flyout already exist" for a used name (1.5 bundle; ZOHO.md): look it up first.
    findFlyout: () => {
      try {
        return ZDK.Client.getFlyout(CONFIG.flyout) || null;
      } catch {
        return null;
      }
    },
    createFlyout: () =>
      ZDK.Client.createFlyout(CONFIG.flyout, {
        header: 'Possible duplicates',
        animation_type: 4,
        width: '380px',
        height: '100%',
        right: '0',
        top: '0',
      }),
    openFlyout: (flyout, data) => flyout.open({ api_name: CONFIG.widget, type: 'widget' }, data),
    // wait:false: the widget listens to "Notify"; wait:true makes it a NotifyAndWait that must be answered.
    notifyFlyout: (flyout, data) => flyout.notify(data, { wait: false }),
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
    // openPopup throws an error that mentions widget_closed (in its message, its code or itself) when the rep
    // closes the popup; an error that cannot even become a string is not that.
    isClosedByUser: (error) => {
      try {
        return [error?.message, error?.code, error].some((part) => String(part).includes('widget_closed'));
      } catch {
        return false;
      }
    },
    schedule: (fn, ms) => setTimeout(fn, ms),
    unschedule: (handle) => clearTimeout(handle),
  };

  // ---- The logic: plain JavaScript over `zoho` ----
  const root = typeof globalThis === 'object' ? globalThis : {};
  // Zoho may evaluate this file once per event, and whether globals and timers survive between runs is
  // UNVERIFIED (ZOHO.md): keep the state where a later run finds it, and work when it finds none. Without it,
  // each run's timer fires on its own; every one reads the form when it fires, so all send the same last values,
  // which the flyout's widget answers from its cache.
  root.__duplicatePreviewState ??= { timer: null, sent: null };
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

  // One search per module that can refuse the save: the module's own fields, then the preference's mapped module.
  const savePlans = (module, values) => {
    const own = (CONFIG.blocking[module] ?? []).map((f) => [f, f]);
    const mapped = Object.entries(CONFIG.mapped[module] ?? {}).map(([target, pairs]) => [
      target,
      Object.entries(pairs),
    ]);
    return [[module, own], ...mapped]
      .map(([target, pairs]) => {
        const filled = pairs.filter(([from]) => isFilled(values[from]));
        const parts = filled.map(([from, to]) => `(${to}:equals:${escapeCriteriaValue(values[from])})`);
        return {
          module: target,
          pairs: filled,
          criteria: parts.length > 1 ? `(${parts.join('or')})` : parts[0],
        };
      })
      .filter((plan) => plan.criteria !== undefined);
  };

  // Search "equals" can act as "contains", and the edited record finds itself: keep true duplicates only.
  const trueDuplicates = (records, plan, values, self) =>
    (Array.isArray(records) ? records : []).filter((record) => {
      if (self && plan.module === self.module && String(zoho.recordField(record, 'id')) === self.id)
        return false;
      return plan.pairs.some(([from, to]) => {
        const found = zoho.recordField(record, to);
        return isFilled(found) && String(found).trim().toLowerCase() === String(values[from]).toLowerCase();
      });
    });

  // A flyout that exists is told the new values; one that is closed (its notify throws) opens again.
  const showInFlyout = (data) => {
    const found = zoho.findFlyout();
    if (found) {
      try {
        zoho.notifyFlyout(found, data);
        return;
      } catch {
        // The rep closed the panel: open it again with the new values.
      }
    }
    if (!found) zoho.createFlyout();
    const flyout = found || zoho.findFlyout();
    if (!flyout) throw new Error('no flyout');
    zoho.openFlyout(flyout, data);
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
    try {
      if (state.timer !== null) zoho.unschedule(state.timer);
      state.timer = zoho.schedule(runCheck, CONFIG.debounceMs);
    } catch {
      // Nothing the preview does may get in the way of typing.
    }
  };

  const decide = (data) => (result) => {
    const action = result !== null && typeof result === 'object' ? result.action : undefined;
    if (action === 'cancel') return false;
    if (action === 'updated-existing') {
      if (result.recordId) zoho.goToRecord(data.module, String(result.recordId));
      return false;
    }
    // 'save' only comes when the admin's settings allow it; 'clear' or anything unknown: Zoho still guards the save.
    return true;
  };

  const askWidget = (data) =>
    attempt(
      () => zoho.openPopup(data),
      decide(data),
      (error) => !zoho.isClosedByUser(error),
    );

  // Runs the plans one after another (each search is synchronous in Zoho) until one finds a true duplicate.
  const anyDuplicate = (plans, data) => {
    const self = data.recordId ? { module: data.module, id: data.recordId } : null;
    const next = (i) =>
      i >= plans.length
        ? false
        : attempt(
            () => zoho.search(plans[i].module, plans[i].criteria),
            (records) => trueDuplicates(records, plans[i], data.values, self).length > 0 || next(i + 1),
            (error) => {
              throw error;
            },
          );
    return next(0);
  };

  // Anything thrown before the popup opens lets the save go ahead: Zoho's own unique-field check still runs.
  const onSave = () => {
    try {
      return checkOnSave();
    } catch {
      return true;
    }
  };

  const checkOnSave = () => {
    if (state.timer !== null) zoho.unschedule(state.timer);
    state.timer = null;
    const data = startData('save');
    // The widget's fallback when the org has no readable settings of its own.
    data.onSave = CONFIG.onSave;
    const plans = savePlans(data.module, data.values);
    if (plans.length === 0) return true;
    return attempt(
      () => anyDuplicate(plans, data),
      (found) => (found ? askWidget(data) : true),
      (error) => {
        // The check could not run: let the widget check and explain instead of saving blind.
        data.error = String(error?.message ?? error);
        return askWidget(data);
      },
    );
  };

  return { config: CONFIG, onChange, onSave, escapeCriteriaValue };
})();
