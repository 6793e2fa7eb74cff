import { parentAcrossShadow } from './shadow';

/** Whether a user can see an element: connected, rendered, not hidden by CSS, attribute or aria-hidden. */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  if (element.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  const checkable = element as Element & { checkVisibility?: (options?: object) => boolean };
  if (typeof checkable.checkVisibility === 'function') {
    return checkable.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  }
  return true;
}

/**
 * Whether a user can actually see the element where it is, beyond being rendered: it is on the page (not pushed off its
 * top or left edge, scrolling included), nothing around it fades it out, and no clipping ancestor shrinks it to nothing
 * (the "visually hidden" pattern, a zero-height collapse). A page may keep a whole form mounted like that, out of the
 * user's sight. Something that is moving (a finite animation or transition running on it or around it) counts as seen:
 * a dialog fading or sliding in is about to be. Without layout (a DOM with no renderer) nothing can be measured, and it
 * counts as seen.
 */
export function isPerceivable(element: Element): boolean {
  if (!isVisible(element)) return false;
  const document = element.ownerDocument;
  const view = document.defaultView;
  if (!view || !hasLayout(document)) return true;
  const chain: Element[] = [];
  for (let current: Element | null = element; current; current = parentAcrossShadow(current)) chain.push(current);
  if (chain.some(isMoving)) return true;
  // Where the element is on the page: its place in the viewport plus what the window and the ancestors that carry it
  // have scrolled (up to a fixed one, which scrolls with none of them).
  const rect = element.getBoundingClientRect();
  const fixedAt = chain.findIndex((current) => view.getComputedStyle(current).position === 'fixed');
  const scrollers = chain.slice(1, fixedAt < 0 ? undefined : fixedAt + 1);
  const scrolledLeft = scrollers.reduce((sum, current) => sum + current.scrollLeft, 0);
  const scrolledTop = scrollers.reduce((sum, current) => sum + current.scrollTop, 0);
  if (rect.right + scrolledLeft <= 0 || rect.bottom + scrolledTop <= 0) return false;
  let clipped = true;
  return chain.every((current) => {
    const style = view.getComputedStyle(current);
    if (Number(style.opacity) < 0.1) return false;
    // The root's and body's overflow is the viewport's; a fixed element escapes its ancestors' overflow.
    if (current === document.documentElement || current === document.body || !clipped) return true;
    if (style.position === 'fixed') clipped = false;
    if (style.display === 'contents' || style.display === 'inline') return true;
    const clips = current === element || style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const box = current.getBoundingClientRect();
    return !clips || (box.width >= 2 && box.height >= 2);
  });
}

/**
 * An animation or transition running on the element that ends within a few seconds: a fade-out that holds its end
 * state is not running, an endless or scroll-driven one never ends.
 */
function isMoving(element: Element): boolean {
  return (element.getAnimations?.() ?? []).some((animation) => {
    const timing = animation.effect?.getComputedTiming();
    return animation.playState === 'running' && Number(timing?.endTime) - Number(timing?.localTime) < 5000;
  });
}

/**
 * Whether the document is laid out, so that sizes and positions mean something. The root's clientWidth is the
 * viewport's width whatever the page's styles say; it is 0 only in a DOM without a renderer.
 */
export function hasLayout(document: Document): boolean {
  return document.documentElement.clientWidth > 0;
}
