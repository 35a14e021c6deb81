/*
 * Duplicate Preview: Client Script for the Create, Clone and Edit pages of Leads, Contacts and Accounts.
 * Upload this file once as a Client Script Static Resource, add it to two page-event scripts per page, and give
 * each script one line (docs/client-script.md):
 *   page event onChange:  duplicatePreview.onChange();
 *   page event onSave:    return duplicatePreview.onSave();
 * A field event onChange of one watched field may call duplicatePreview.onChange('Email') instead.
 */
// biome-ignore lint/correctness/noUnusedVariables: the event scripts Zoho runs call it after this file.
var duplicatePreview = (() => {
  // ---- Settings an admin may change at install ----
  const CONFIG = {
    widget: 'duplicate_preview',
    flyout: 'duplicate_preview_flyout',
    debounceMs: 400,
    // @generated module-table: written from src/dedupe/modules.ts by the build (scripts/client-script-config.ts)
    // The modules whose create, clone and edit pages this script serves, and per module the fields whose change
    // checks again: the duplicate-check fields and the ones matching looks at. Other modules' pages are left alone.
    watched: {
      Leads: [
        'Email',
        'Secondary_Email',
        'Phone',
        'Mobile',
        'First_Name',
        'Last_Name',
        'Company',
        'Website',
        'Street',
        'City',
        'Zip_Code',
      ],
      Contacts: [
        'Email',
        'Secondary_Email',
        'Phone',
        'Mobile',
        'First_Name',
        'Last_Name',
        'Account_Name',
        'Mailing_Street',
        'Mailing_City',
        'Mailing_Zip',
        'Date_of_Birth',
      ],
      Accounts: ['Account_Name', 'Phone', 'Website', 'Billing_Street', 'Billing_City', 'Billing_Code'],
    },
    // @end module-table
    // Used only while the org holds no readable Duplicate Preview settings: the widget's settings decide
    // whether "save anyway" is offered ('warn') or not ('block'), and its {action: 'save'} is trusted.
    onSave: 'warn',
  };

  // The flyout's and the popup's titles in the languages the widget ships; any other language reads English.
  const TITLES = {
    en: { flyout: 'Possible duplicates', popup: 'This record may already exist' },
    de: { flyout: 'Mögliche Dubletten', popup: 'Dieser Datensatz existiert vielleicht schon' },
  };

  // ---- Zoho: every platform call is in this object, so a difference in a real org is fixed here ----
  const zoho = {
    // $Page carries the page's module and, on the edit page, the record id.
    module: () => $Page.module,
    // $Crm.user describes the signed-in user; its language ("de_DE") is the one they chose in Zoho, which the
    // widget also speaks (users.json: language, locale). Absent or unreadable: English.
    userLanguage: () => {
      try {
        const user = typeof $Crm === 'undefined' ? null : $Crm.user;
        return user ? user.language || user.locale || null : null;
      } catch {
        return null;
      }
    },
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
    // ZDK 1.5's whole-form read (ZOHO.md): every value typed, not only the watched ones; null where absent.
    readForm: () => {
      const form = ZDK.Page.getForm?.();
      const values = form ? form.getValues() : null;
      return values !== null && typeof values === 'object' ? values : null;
    },
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
        header: titles().flyout,
        animation_type: 4,
        width: '380px',
        height: '100%',
        right: '0',
        top: '0',
      }),
    openFlyout: (flyout, data) => flyout.open({ api_name: CONFIG.widget, type: 'widget' }, data),
    // wait:true makes it a NotifyAndWait (ZOHO.md): the widget answers once it has read the admin's settings, within
    // a few seconds, with {off: true} when the module's checks are off. The answer may come as a value or a promise.
    notifyFlyout: (flyout, data) => flyout.notify(data, { wait: true }),
    closeFlyout: (flyout) => flyout.close(),
    openPopup: (data) =>
      ZDK.Client.openPopup(
        {
          api_name: CONFIG.widget,
          type: 'widget',
          header: titles().popup,
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
  // Modules the widget reported as switched off by the admin: this page opens no panel or popup for them.
  state.off ??= {};
  // Modules whose flyout the rep closed on this page (a new page creates its flyout anew and clears it).
  state.closed ??= {};

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

  // The watched fields of this page's module; none on a module the script does not serve.
  const watchedHere = () => {
    const module = zoho.module();
    return Object.hasOwn(CONFIG.watched, module) ? CONFIG.watched[module] : [];
  };

  const titles = () => {
    const language = String(zoho.userLanguage() ?? '')
      .slice(0, 2)
      .toLowerCase();
    return TITLES[language] || TITLES.en;
  };

  const isFilled = (value) =>
    value !== null && value !== undefined && (typeof value !== 'string' || value.trim() !== '');

  const readValues = () => {
    const values = {};
    let form = null;
    try {
      form = zoho.readForm();
    } catch {
      // An older ZDK without getForm: the watched fields still carry the check.
    }
    for (const [apiName, value] of Object.entries(form ?? {}))
      if (isFilled(value) && (typeof value !== 'object' || Array.isArray(value) || value.id))
        values[apiName] = typeof value === 'string' ? value.trim() : value;
    for (const apiName of watchedHere()) {
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

  // The widget's answer to a notify: a module switched off closes the panel, which then stays closed. It may come
  // after the flyout closed itself (and a later notify found it closed): "off" still wins, so Save asks nothing.
  const heard = (flyout, module) => (answer) => {
    if (answer === null || typeof answer !== 'object' || answer.off !== true) return;
    state.off[module] = true;
    try {
      zoho.closeFlyout(flyout);
    } catch {
      // A panel that cannot be closed stays, saying that checks are off.
    }
  };

  // A flyout that exists is told the new values. One the rep closed with Zoho's × (its notify throws) stays closed
  // on this page: the script cannot know whether the matches changed without the widget, and a panel that reopens
  // at every keystroke after the rep closed it gets in the way. The save check still runs; the widget's own "Hide
  // until the matches change" folds the panel while it keeps watching.
  const showInFlyout = (data) => {
    const found = zoho.findFlyout();
    if (found) {
      let answer;
      try {
        answer = zoho.notifyFlyout(found, data);
      } catch {
        state.closed[data.module] = true;
        return;
      }
      if (isThenable(answer)) answer.then(heard(found, data.module), () => undefined);
      else heard(found, data.module)(answer);
      return;
    }
    // A new page has no flyout yet: it starts with none closed.
    zoho.createFlyout();
    state.closed = {};
    const flyout = zoho.findFlyout();
    if (!flyout) throw new Error('no flyout');
    zoho.openFlyout(flyout, data);
    askIfOff(flyout, data);
  };

  // Opening hands back nothing, and only the widget can read whether the admin switched the module off (no ZDK call
  // reads an org variable): the same data once more as a NotifyAndWait lets it answer {off: true} before the rep's
  // first Save. A flyout that cannot be told yet is not counted as closed by the rep.
  const askIfOff = (flyout, data) =>
    attempt(
      () => zoho.notifyFlyout(flyout, data),
      heard(flyout, data.module),
      () => undefined,
    );

  const runCheck = () => {
    state.timer = null;
    const data = startData('flyout');
    // Off means off: a module the widget reported as switched off never opens the panel.
    if (state.off[data.module] || state.closed[data.module]) return;
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

  // A field event names its field; a page event may name none: every change is then checked, and values that
  // did not change send nothing (runCheck compares them with the last ones sent).
  const onChange = (fieldName) => {
    const watched = watchedHere();
    if (watched.length === 0 || (typeof fieldName === 'string' && !watched.includes(fieldName))) return;
    try {
      if (state.timer !== null) zoho.unschedule(state.timer);
      state.timer = zoho.schedule(runCheck, CONFIG.debounceMs);
    } catch {
      // Nothing the preview does may get in the way of typing.
    }
  };

  const decide = (data) => (result) => {
    const action = result !== null && typeof result === 'object' ? result.action : undefined;
    if (result?.off === true) state.off[data.module] = true;
    if (action === 'cancel') return false;
    // 'saved': the widget saved the record itself (with its override Note); 'updated-existing': it updated another,
    // or merged this edited record into it (then this page's record is gone): either way the page goes there.
    if (action === 'updated-existing' || action === 'saved') {
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
    if (state.off[data.module]) return true;
    // The flyout's verdict never reaches the script, so every save with something to check asks the widget,
    // which runs the same check as the preview and closes at once when it finds nothing to decide.
    if (!watchedHere().some((apiName) => isFilled(data.values[apiName]))) return true;
    return askWidget(data);
  };

  return { config: CONFIG, onChange, onSave };
})();
