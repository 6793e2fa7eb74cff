/**
 * The browser's own promise-based extension API: `browser` in Firefox, `chrome` in Chrome (MV3 returns promises too).
 * For code that must stay small or load fast (content scripts, popup) and so does without webextension-polyfill.
 * `T` is the slice of the API the caller uses; undefined outside an extension (unit tests).
 */
export function extensionApi<T>(): T | undefined {
  const scope = globalThis as { browser?: T & { runtime?: { sendMessage?: unknown } }; chrome?: T };
  // A page element with id="browser" shows through as `window.browser` in Chrome's content scripts (a form with a
  // "runtime" field even has that): only an object whose runtime can send messages is the API.
  return typeof scope.browser?.runtime?.sendMessage === 'function' ? scope.browser : scope.chrome;
}
