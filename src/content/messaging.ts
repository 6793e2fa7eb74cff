/**
 * Thin plumbing shared by the content scripts: talk to the worker, answer it, never log payloads.
 * Uses the platform's own promise-based runtime API (MV3 Chrome and Firefox both have one) instead of the polyfill,
 * which keeps each content script within its size budget.
 */
import type { ContentRequest, PageReportSent, WorkerRequest } from '../core/messages';
import { extensionApi } from '../core/platform';

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: { id?: string },
        sendResponse: (reply: unknown) => void,
      ) => boolean | undefined,
    ): void;
  };
}

function runtime(): RuntimeLike | undefined {
  return extensionApi<{ runtime?: RuntimeLike }>()?.runtime;
}

export async function askWorker<T = unknown>(message: WorkerRequest): Promise<T> {
  // With the extension gone from under the page there is no runtime: that throws too, as a failed send does.
  return (await (runtime() as RuntimeLike).sendMessage(message)) as T;
}

/** Answers the `accepted` requests, from this extension only; other requests go unanswered. */
export function answerWorker(
  accepted: readonly ContentRequest['type'][],
  handler: (request: ContentRequest) => Promise<PageReportSent> | PageReportSent,
): void {
  const api = runtime();
  api?.onMessage.addListener((message, sender, sendResponse) => {
    // By its type only: a handler checks whatever else it uses (the URL it is given is checked before any use).
    const type = (message as { type?: ContentRequest['type'] } | null)?.type;
    if (sender.id !== api.id || !type || !accepted.includes(type)) return undefined;
    Promise.resolve()
      .then(() => handler(message as ContentRequest))
      .then(sendResponse, () => sendResponse({ ok: false, messageKey: 'statusFailed' }));
    return true;
  });
}

/** Whether the extension was reloaded or removed under this page: then nothing here can reach it any more. */
export function extensionIsGone(): boolean {
  try {
    return !runtime()?.id;
  } catch {
    return true;
  }
}
