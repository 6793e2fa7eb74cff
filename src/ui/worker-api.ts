/** The popup's and options page's only way to change state: ask the worker. */
import browser from 'webextension-polyfill';
import type { PageReport, StateReply, WorkerRequest } from '../core/messages';

export function ask(message: WorkerRequest): Promise<unknown> {
  return browser.runtime.sendMessage(message);
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
  const handler = (_changes: unknown, area: string) => {
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
