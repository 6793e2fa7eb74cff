/**
 * The background worker: the only writer of state; badge, context menu and keyboard command.
 * Logs say why something was refused, never what a message carried (it may hold the URL).
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { t } from '../core/i18n';
import type { FillContext, PageReport, StateReply, WorkerRequest } from '../core/messages';
import { PageReportSchema, WorkerRequestSchema } from '../core/messages';
import { SETTINGS_KEY } from '../core/settings';
import {
  activeCapture,
  addCapture,
  type BridgeState,
  chooseCapture,
  forgetCapture,
  markAttached,
  markFilled,
  nextExpiry,
  restoreCaptures,
} from '../core/state';
import { CONSOLE_MATCH as UPTRENDS_CONSOLE_MATCH } from '../sites/uptrends/site';
import * as assistant from './assistant';
import { ALLOWED, classifySender, type SenderKind } from './senders';
import {
  currentState,
  dismissProblem,
  forgetEverything,
  forgetSetAside,
  inTurns,
  readProblem,
  readSettingsFromStorage,
  updateState,
} from './store';

const MENU_INSERT_URL = 'insert-alertops-url';

function newId(): string {
  return crypto.randomUUID();
}

async function showBadge(state: BridgeState): Promise<void> {
  const count = state.captures.length;
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#1a7f37' });
  await browser.action.setTitle({
    title: count > 0 ? t('actionTitleReady', [String(count)]) : t('actionTitleEmpty'),
  });
}

const EXPIRY_ALARM = 'forget-urls-due';
const afterChangesInTurns = inTurns();

/**
 * After every change: the badge, and an alarm for the next URL due to be forgotten by age, so that "forget after N
 * hours" happens on time in a browser left open, not at the next look at the state. In turns, each from the state as
 * it is by then (and with what was due forgotten): changes landing together must not leave an older badge or alarm.
 */
function afterChange(): Promise<void> {
  return afterChangesInTurns(async () => {
    const state = await currentState();
    await showBadge(state).catch(() => undefined);
    const due = nextExpiry(state, await readSettingsFromStorage());
    if (due === undefined) await browser.alarms.clear(EXPIRY_ALARM);
    else await browser.alarms.create(EXPIRY_ALARM, { when: due });
  }).catch(() => undefined);
}

async function change(transform: Parameters<typeof updateState>[0]): Promise<BridgeState> {
  const state = await updateState(transform);
  await afterChange();
  return state;
}

async function stateReply(): Promise<StateReply> {
  const state = await currentState();
  const problem = await readProblem();
  return { captures: state.captures, chosenId: state.chosenId, ...(problem ? { problem } : {}) };
}

/** Uptrends tabs that asked for a capture when there was none. In session storage: the worker may stop meanwhile. */
const WAITING_TABS = 'tabsWaitingForCapture';
/**
 * Both changes to the waiting list run one after the other: two tabs asking at once must not lose one. A queue apart
 * from the state's: a turn here reads the state, which waits in that queue.
 */
const inTurn = inTurns();

async function waitingTabs(): Promise<number[]> {
  return ((await browser.storage.session.get(WAITING_TABS))[WAITING_TABS] ?? []) as number[];
}

/**
 * Puts the tab on the list, then looks again: a capture stored between the tab's question and now found the list
 * without it, so the tab is told at once.
 */
function waitForCapture(tabId: number): Promise<void> {
  return inTurn(async () => {
    const waiting = await waitingTabs();
    if (!waiting.includes(tabId)) await browser.storage.session.set({ [WAITING_TABS]: [...waiting, tabId].slice(-50) });
    if (activeCapture(await currentState())) await tellWaitingTabsNow();
  });
}

/** Tells the waiting tabs that a capture is there; the message carries no URL (a tab asks for it like any fill). */
function tellWaitingTabs(): Promise<void> {
  return inTurn(tellWaitingTabsNow);
}

async function tellWaitingTabsNow(): Promise<void> {
  const waiting = await waitingTabs();
  if (waiting.length === 0) return;
  await browser.storage.session.remove(WAITING_TABS);
  for (const tabId of waiting) {
    browser.tabs.sendMessage(tabId, { type: 'capture-ready' }, { frameId: 0 }).catch(() => undefined);
  }
}

const NOT_A_CONSOLE_TAB: PageReport = { ok: false, messageKey: 'statusNotUptrends', substitutions: [] };

async function targetTab(tabId: number | undefined): Promise<number | undefined> {
  if (tabId !== undefined) return tabId;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

async function askTab(
  tabId: number | undefined,
  message: { type: 'fill-now' } | { type: 'status' },
): Promise<PageReport> {
  const target = await targetTab(tabId);
  if (target === undefined) return NOT_A_CONSOLE_TAB;
  try {
    const reply = await browser.tabs.sendMessage(target, message, { frameId: 0 });
    const parsed = v.safeParse(PageReportSchema, reply);
    return parsed.success ? parsed.output : NOT_A_CONSOLE_TAB;
  } catch {
    // No content script answers there: not a console page, or a page opened before the extension was installed.
    return NOT_A_CONSOLE_TAB;
  }
}

async function handle(request: WorkerRequest, sender: browser.Runtime.MessageSender): Promise<unknown> {
  switch (request.type) {
    case 'capture': {
      const page = new URL(sender.url ?? '');
      const consoleHost = page.host;
      const { url, integrationName, template } = request;
      // The page without its query and fragment, which may carry session tokens.
      const seenOn = `${sender.tab?.id} ${page.origin}${page.pathname}`.slice(0, 300);
      await change((state) =>
        addCapture(state, { url, integrationName, template, consoleHost, seenOn }, Date.now(), newId),
      );
      void tellWaitingTabs();
      return { ok: true };
    }
    case 'get-fill-context': {
      const state = await currentState();
      const capture = activeCapture(state);
      if (!capture && sender.tab?.id !== undefined) void waitForCapture(sender.tab.id);
      const context: FillContext = {
        uptrendsNames: state.uptrendsNames,
        settings: await readSettingsFromStorage(),
        ...(capture
          ? {
              capture: {
                id: capture.id,
                url: capture.url,
                integrationName: capture.integrationName,
                template: capture.template,
              },
            }
          : {}),
      };
      return context;
    }
    case 'filled':
      await change((state) => markFilled(state, request.captureId, request.uptrendsName, Date.now()));
      return { ok: true };
    case 'attached':
      await change((state) => {
        const id = request.captureId ?? activeCapture(state)?.id;
        const attachment = { definition: request.definition, level: request.level, at: Date.now() };
        return id ? markAttached(state, id, attachment) : state;
      });
      return { ok: true };
    case 'get-state':
      return stateReply();
    case 'forget':
      await change((state) => forgetCapture(state, request.id));
      return stateReply();
    case 'restore':
      await change((state) => restoreCaptures(state, request.captures, request.chosenId));
      return stateReply();
    case 'forget-all':
      await forgetEverything();
      await afterChange();
      return stateReply();
    case 'forget-set-aside':
      await forgetSetAside();
      return stateReply();
    case 'dismiss-problem':
      await dismissProblem();
      return stateReply();
    case 'choose':
      await change((state) => chooseCapture(state, request.id));
      return stateReply();
    case 'fill-tab':
      return askTab(request.tabId, { type: 'fill-now' });
    case 'tab-status':
      return askTab(request.tabId, { type: 'status' });
    case 'api-status':
      return assistant.status();
    case 'api-connect':
      return assistant.connect(request.username, request.password, request.remember);
    case 'api-disconnect':
      await assistant.disconnect();
      return assistant.status();
    case 'api-overview':
      return assistant.overview();
    case 'api-apply': {
      const { action, integrationGuid, integrationName, steps } = request;
      return assistant.apply({ action, integrationGuid, steps, unchanged: [] }, integrationName);
    }
    case 'api-retry':
      return assistant.retry();
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const parsed = v.safeParse(WorkerRequestSchema, message);
  if (!parsed.success) {
    console.warn('[bridge] refused a message: not in the protocol');
    return undefined;
  }
  const kind = classifySender({
    extensionId: browser.runtime.id,
    senderId: sender.id,
    senderUrl: sender.url,
    frameId: sender.frameId,
    hasTab: sender.tab !== undefined,
    extensionOrigin: browser.runtime.getURL(''),
  });
  if (typeof kind !== 'string') {
    console.warn(`[bridge] refused "${parsed.output.type}": ${kind.rejected}`);
    return undefined;
  }
  const allowed = ALLOWED[parsed.output.type] as readonly SenderKind[] | undefined;
  if (!allowed?.includes(kind)) {
    console.warn(`[bridge] refused "${parsed.output.type}" from ${kind}`);
    return undefined;
  }
  return handle(parsed.output, sender).catch((error: unknown) => {
    console.warn(`[bridge] "${parsed.output.type}" failed: ${error instanceof Error ? error.name : 'error'}`);
    return { error: 'failed' };
  });
});

function createMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_INSERT_URL,
      title: t('menuInsertUrl'),
      contexts: ['editable'],
      documentUrlPatterns: [UPTRENDS_CONSOLE_MATCH],
    }),
  );
}

browser.runtime.onInstalled.addListener(createMenu);
browser.runtime.onStartup.addListener(() => {
  createMenu();
  void afterChange();
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === EXPIRY_ALARM) void afterChange();
});

// A new age limit (or none) moves the alarm; one shorter than a capture's age forgets it now.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) void afterChange();
});

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_INSERT_URL || tab?.id === undefined) return;
  const capture = activeCapture(await currentState());
  if (!capture) return;
  await browser.tabs
    .sendMessage(tab.id, { type: 'insert-url', url: capture.url }, { frameId: info.frameId ?? 0 })
    .catch(() => undefined);
});

browser.commands.onCommand.addListener((command) => {
  if (command === 'fill-page') void askTab(undefined, { type: 'fill-now' });
});

// Content scripts never read storage (they ask this worker): keep the captured URLs out of web pages' processes.
// Chrome only; Firefox has no such setting.
void (
  globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (options: object) => Promise<void> } } } }
).chrome?.storage?.local
  ?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
  ?.catch(() => undefined);

void afterChange();
void assistant.resumeInterruptedRun().catch(() => undefined);
