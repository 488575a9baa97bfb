/** The DKFDS error summary takes focus so screen readers announce the problems first. */
export function startErrorSummary(element: HTMLElement): void {
  element.focus();
}
