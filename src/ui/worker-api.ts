/**
 * The popup's and the assistant's only way to change state: ask the worker. Uses the platform's promise-based API
 * (Chrome MV3 and Firefox both have one) rather than the polyfill, so the popup loads and renders sooner.
 */
import type { PageReport, StateReply, WorkerRequest } from '../core/messages';
import { extensionApi } from '../core/platform';

interface Platform {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
    getURL(path: string): string;
  };
  storage: {
    onChanged: {
      addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    };
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

const platform = extensionApi<Platform>() as Platform;
const browser = platform;

export function ask(message: WorkerRequest): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export interface RequestTurn {
  /** No request was sent after this one. */
  isNewest(): boolean;
  /** No newer request's reply has counted yet; from now on, this one's has. */
  counts(): boolean;
}

/** Replies to requests sent one after another may arrive out of order: each call numbers one more request. */
export function requestOrder(): () => RequestTurn {
  let sent = 0;
  let counted = 0;
  return () => {
    const request = ++sent;
    return {
      isNewest: () => request === sent,
      counts: () => {
        if (request < counted) return false;
        counted = request;
        return true;
      },
    };
  };
}

export async function getState(): Promise<StateReply> {
  const reply = (await ask({ type: 'get-state' })) as StateReply | undefined;
  if (!reply || !Array.isArray(reply.captures)) throw new Error('no state');
  return reply;
}

export async function change(message: WorkerRequest): Promise<StateReply> {
  const reply = (await ask(message)) as StateReply | undefined;
  if (!reply || !Array.isArray(reply.captures)) throw new Error('no state');
  return reply;
}

export async function fillTab(tabId?: number): Promise<PageReport> {
  return (await ask({ type: 'fill-tab', ...(tabId !== undefined ? { tabId } : {}) })) as PageReport;
}

export async function tabStatus(tabId?: number): Promise<PageReport> {
  return (await ask({ type: 'tab-status', ...(tabId !== undefined ? { tabId } : {}) })) as PageReport;
}

export function onStateChanged(listener: () => void): () => void {
  const handler = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'local') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export async function openAssistant(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('src/ui/assistant.html') });
}
