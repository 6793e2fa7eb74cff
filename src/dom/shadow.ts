/** Pages built from web components keep their content in (open) shadow roots: these helpers look inside them too. */

/** Every open shadow root inside `root`, nested ones included. */
export function openShadowRoots(root: ParentNode & Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  // Runs for every subtree a busy page inserts: an index loop over the NodeList, no array copy.
  const visit = (scope: ParentNode) => {
    const elements = scope.querySelectorAll('*');
    for (let i = 0; i < elements.length; i++) add((elements[i] as Element).shadowRoot);
  };
  const add = (shadow: ShadowRoot | null | undefined) => {
    if (shadow) {
      found.push(shadow);
      visit(shadow);
    }
  };
  add((root as Element).shadowRoot);
  visit(root);
  return found;
}

/** The parent element, or the shadow host when `node` is at the top of a shadow root. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode() as Node & { host?: Element };
  return root.nodeType === 11 && root.host ? root.host : null;
}

/** Whether `node` is inside `container`, counting what the components inside `container` hold in their shadow roots. */
export function containsAcrossShadow(container: Node, node: Node): boolean {
  for (let current: Node | undefined = node; current; current = hostOf(current)) {
    if (container.contains(current)) return true;
  }
  return false;
}

/** The host of the shadow root that holds `node`; undefined in a document or a detached tree. */
function hostOf(node: Node): Element | undefined {
  const root = node.getRootNode() as Node & { host?: Element };
  return root.nodeType === 11 ? root.host : undefined;
}

/** The closest ancestor matching `selector`, looking past each shadow root to its host. */
export function closestAcrossShadow(element: Element, selector: string): Element | null {
  for (let current: Element | undefined = element; current; current = hostOf(current)) {
    const found = current.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The closest ancestor of `node` matching `selector` as the page draws it: through the slot it is drawn in, and hosts. */
export function closestAsDrawn(node: Node, selector: string): Element | null {
  for (let current: Node | null = node; current; ) {
    if (current.nodeType === 1 && (current as Element).matches(selector)) return current as Element;
    current =
      (current as Element).assignedSlot ??
      current.parentNode ??
      (current.nodeType === 11 ? (current as ShadowRoot).host : null);
  }
  return null;
}

/** Matches in an element's light DOM and, when it hosts an open shadow root, in that root too. */
/** The elements matching `selector` in `root`'s tree, `root` itself included when it is an element that matches. */
export function selfAndBelow(root: ParentNode & Node, selector: string): Element[] {
  return [
    ...(root.nodeType === 1 && (root as Element).matches(selector) ? [root as Element] : []),
    ...root.querySelectorAll(selector),
  ];
}

export function queryAllIncludingShadow(container: Element, selector: string): Element[] {
  return [...container.querySelectorAll(selector), ...(container.shadowRoot?.querySelectorAll(selector) ?? [])];
}

/** A tree a locator can search on its own: the document, or one open shadow root. */
export type Scope = Document | ShadowRoot;

/** The document and every open shadow root in it: where a web-component console keeps its content. */
export function scopesOf(document: Document): Scope[] {
  return [document, ...openShadowRoots(document)];
}

/** The outermost element of the tree that holds `element` (the body of a document, or a shadow root's top). */
export function topOfScope(element: Element): Element {
  const root = element.getRootNode();
  if (root.nodeType === 9) return (root as Document).body ?? (root as Document).documentElement;
  let top = element;
  while (top.parentElement) top = top.parentElement;
  return top;
}
