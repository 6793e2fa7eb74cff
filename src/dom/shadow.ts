/** Pages built from web components keep their content in (open) shadow roots: these helpers look inside them too. */

/** Every open shadow root inside `root`, nested ones included. */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: ParentNode) => {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      const shadow = element.shadowRoot;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** The parent element, or the shadow host when `node` is at the top of a shadow root. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Matches in an element's light DOM and, when it hosts an open shadow root, in that root too. */
export function queryAllIncludingShadow(container: Element, selector: string): Element[] {
  const light = Array.from(container.querySelectorAll(selector));
  return container.shadowRoot ? [...light, ...Array.from(container.shadowRoot.querySelectorAll(selector))] : light;
}
