/**
 * Watching a page we do not own: one MutationObserver whose records are filtered at once and handed over as one batch,
 * in the page's own microtask checkpoint after the task that changed it (whatever that task rendered is complete). No
 * frame or timer is waited for: after a user's click the browser renders a frame before any timer, which would delay a
 * capture by a frame. Gone when the signal aborts, and only while the page is in use (`watchWhileInUse`).
 */
import { openShadowRoots, selfAndBelow } from './shadow';

export interface DomChanges {
  /** Elements inserted since the last call: look at their whole subtree. */
  added: Set<Element>;
  /** Elements whose attributes or own text changed: look at the element itself. */
  changed: Set<Element>;
}

export interface WatchOptions {
  signal: AbortSignal;
  /** Called once per batch of records the browser delivers (after each task that changed the page). */
  onChange: (changes: DomChanges) => void;
  /** Nodes to ignore (our own notice host): records inside them are dropped. */
  ignore?: (node: Node) => boolean;
  /** Attributes to watch: all when absent, none when empty. */
  attributeFilter?: string[];
  /**
   * Whether inserted text nodes matter, as a change of their parent. Text edited in place is never watched: on a busy
   * console that is most of what changes (counters, clocks), and each edit would cost a record.
   */
  insertedText?: boolean;
  /**
   * When given, inserted text or an attribute change is reported only if its new value passes this test. Runs on every record,
   * so it must be cheap (one regular expression): most changes of a busy page have nothing to do with us.
   */
  textFilter?: (text: string) => boolean;
}

export function watchDom(root: Node, options: WatchOptions): void {
  const { signal, onChange, ignore, textFilter, insertedText } = options;
  if (signal.aborted) return;
  const passes = (text: string | null) => !textFilter || (text !== null && textFilter(text));
  // Kept as light as possible: pages may mutate thousands of times a second. Only cheap tests per record.
  const observer = new MutationObserver((records) => {
    const added = new Set<Element>();
    const changed = new Set<Element>();
    for (const record of records) {
      if (record.type === 'childList') {
        const nodes = record.addedNodes;
        for (let i = 0; i < nodes.length; i++) {
          const node = nodes[i] as Node;
          if (node.nodeType === 1) added.add(node as Element);
          else if (insertedText && node.nodeType === 3 && passes(node.nodeValue) && record.target.nodeType === 1)
            changed.add(record.target as Element);
        }
      } else {
        const target = record.target as Element;
        if (passes(target.getAttribute(record.attributeName ?? ''))) changed.add(target);
      }
    }
    const kept = (elements: Set<Element>) => (ignore ? new Set([...elements].filter((e) => !ignore(e))) : elements);
    const batch = { added: kept(added), changed: kept(changed) };
    if (!signal.aborted && (batch.added.size || batch.changed.size)) onChange(batch);
  });
  const filter = options.attributeFilter;
  observer.observe(root, {
    subtree: true,
    childList: true,
    // An empty filter means: no attributes at all (a filter given with `attributes: false` throws).
    attributes: filter?.length !== 0,
    attributeFilter: filter?.length ? filter : undefined,
  });
  signal.addEventListener('abort', () => observer.disconnect());
}

/** Drops elements whose ancestor is also in the set, so each subtree is looked at once. */
export function outermost(elements: Iterable<Element>): Element[] {
  const all = new Set(elements);
  return [...all].filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (all.has(parent)) return false;
    }
    return element.isConnected;
  });
}

/**
 * Resolves with the first non-null result of `find`, checked now and after each DOM change, or null after `timeout`
 * milliseconds or when the signal aborts. For the few places where the page answers a click by rendering something.
 */
export function waitFor<T>(
  document: Document,
  find: () => T | null | undefined,
  options: { timeout: number; signal?: AbortSignal; pollMs?: number },
): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = new AbortController();
    const finish = (value: T | null) => {
      stop.abort();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(value);
    };
    const timer = setTimeout(() => finish(null), options.timeout);
    options.signal?.addEventListener('abort', () => finish(null), { once: true, signal: stop.signal });
    const onChange = () => {
      const found = find();
      if (found) finish(found);
    };
    // Every kind of change, text edited in place included (a label a binding fills in): a wait is short.
    for (const root of [document.documentElement, ...openShadowRoots(document)]) {
      const observer = new MutationObserver(onChange);
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      stop.signal.addEventListener('abort', () => observer.disconnect());
    }
    // Also on a beat, for a `find` that may skip some changes (throttled) or that depends on more than the DOM.
    const poll = options.pollMs ? setInterval(onChange, options.pollMs) : undefined;
  });
}

/** Watching stops this long after the last user input. */
export const IDLE_MS = 30_000;
/** Between sessions, the probe looks this often. */
export const PROBE_EVERY_MS = 2000;

/**
 * Events that mean someone is working in the page (window, capture phase: before the page's own handlers). `click` also
 * for clicks a script or an automation tool makes without pointer events.
 */
const USER_INPUT = ['pointerdown', 'click', 'keydown', 'input', 'focusin', 'popstate', 'hashchange'];

export interface InUseOptions {
  signal: AbortSignal;
  /**
   * Called when watching starts: at once, and again when the page is used after an idle spell (in a task of its own,
   * after the input that woke it). It looks at the whole page (what changed while nobody watched) and watches it until
   * `session` aborts.
   */
  onStart: (session: AbortSignal) => void;
  /** How long after the last user input watching goes on (default IDLE_MS). */
  idleMs?: number;
  /**
   * Between sessions, every `pollMs` while the page is visible: may the page now show what we are looking for? Catches
   * what a page renders with nobody at the keyboard. Must be cheap: one look at the page's text, no walking.
   */
  probe: () => boolean;
  /** Default PROBE_EVERY_MS. */
  pollMs?: number;
}

/**
 * Watches the page while it is in use. A console left open all day that streams updates to nobody costs nothing once
 * idle; the first click, key or tab switch starts a new session, which begins with a look at the whole page. Returns
 * `wake`, for the extension's own triggers (the popup's "Fill this page").
 */
export function watchWhileInUse(options: InUseOptions): () => void {
  const { signal, onStart, probe, idleMs = IDLE_MS, pollMs = PROBE_EVERY_MS } = options;
  let session: AbortController | undefined;
  let lastInput = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(check, ms);
  };
  const wake = () => {
    lastInput = Date.now();
    if (session || signal.aborted) return;
    const started = new AbortController();
    session = started;
    later(idleMs);
    // Not inside the user's input event: the page handles its click first, and the full look then sees the result.
    setTimeout(() => started.signal.aborted || onStart(started.signal));
  };
  const check = () => {
    if (session) {
      const idle = Date.now() - lastInput;
      if (idle < idleMs) return later(idleMs - idle);
      session.abort();
      session = undefined;
    } else if (!document.hidden && probe()) return wake();
    later(pollMs);
  };
  for (const type of USER_INPUT) window.addEventListener(type, wake, { capture: true, passive: true, signal });
  document.addEventListener('visibilitychange', () => !document.hidden && wake(), { signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    session?.abort();
  });
  wake();
  return wake;
}

/**
 * Open shadow roots watched in one session, each once (a document's observer does not see inside them). `known` keeps
 * them for the idle probe, which reads their text: the page's own text leaves them out.
 */
export function shadowRootWatcher(watch: (shadow: ShadowRoot) => void, onUpgrade: (element: Element) => void) {
  const known: ShadowRoot[] = [];
  const undefinedElements = new Set<Element>();
  /** Watches `shadows` (found in `root`, whose custom elements not defined yet are followed too). */
  const add = (shadows: ShadowRoot[], root?: Element | Document) => {
    if (root) follow(root);
    for (const shadow of shadows) {
      if (known.includes(shadow)) continue;
      known.push(shadow);
      watch(shadow);
      follow(shadow);
    }
  };
  /**
   * A custom element the page defines later (a lazy chunk) gets its shadow root then, which no mutation shows: the
   * elements in `root` not defined yet and without a shadow root are looked at again by `recheck`, until they have one
   * or leave the page. A framework's own tags (Angular's) are never defined: they stay listed, a cheap look each.
   */
  const follow = (root: Element | Document | ShadowRoot) => {
    const waiting = ':not(:defined)';
    for (const element of selfAndBelow(root, waiting)) if (!element.shadowRoot) undefinedElements.add(element);
  };
  const recheck = () => {
    for (const element of [...undefinedElements]) {
      if (element.shadowRoot || !element.isConnected) undefinedElements.delete(element);
      // Its shadow root may hold more elements not defined yet: `onUpgrade` adds them to the live set.
      if (element.shadowRoot && element.isConnected) onUpgrade(element);
    }
  };
  return { add, known, recheck };
}

/**
 * Runs `task` at most once per `interval` ms: at once when idle, else once more at the end of the interval, however many
 * times it was asked for in between. For full-page passes on pages that change all the time.
 */
export function throttle(task: () => void, interval: number, signal: AbortSignal): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    if (timer !== undefined || signal.aborted) return;
    const wait = Math.max(0, last + interval - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      last = Date.now();
      task();
    }, wait);
  };
}
