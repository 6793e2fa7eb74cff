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
