/**
 * Starts the DKFDS script (the header's mobile drawer and its other components) once it has
 * loaded. The layout loads it as its own deferred script; the CSP allows no inline script, so it
 * is started from here.
 *
 * Without JavaScript the header's "Menu" and "Luk" are links to the drawer and back (shown with
 * CSS `:target`). Here they become the buttons DKFDS expects, just before DKFDS binds them, so
 * that if the DKFDS script never arrives the links still work.
 */

interface Dkfds {
  init(options?: { scope?: HTMLElement }): void;
}

declare global {
  interface Window {
    DKFDS?: Dkfds;
  }
}

const MENU_LINKS = 'a.js-menu-open, a.js-menu-close';

let started = false;

/** A `<button type="button">` with the link's classes, attributes and content, in its place. */
function linkToButton(link: HTMLAnchorElement): void {
  const button = document.createElement('button');
  button.type = 'button';
  for (const attribute of link.attributes) {
    if (attribute.name !== 'href') button.setAttribute(attribute.name, attribute.value);
  }
  button.append(...link.childNodes);
  link.replaceWith(button);
}

function startWith(dkfds: Dkfds): void {
  if (started) return;
  started = true;
  for (const link of document.querySelectorAll<HTMLAnchorElement>(MENU_LINKS)) linkToButton(link);
  // Someone who followed the no-script "#menu" link and then got the script: close the drawer.
  if (window.location.hash === '#menu')
    history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    dkfds.init();
  } catch (error) {
    console.error('DKFDS failed to start', error);
  }
}

function tryStart(): boolean {
  if (window.DKFDS === undefined) return false;
  startWith(window.DKFDS);
  return true;
}

/** Starts DKFDS now if its script has run, else when it (or, at the latest, the page) has loaded. */
export function startDkfds(): void {
  if (tryStart()) return;
  const script = document.querySelector<HTMLScriptElement>('script[src*="dkfds"]');
  script?.addEventListener('load', tryStart, { once: true });
  window.addEventListener('load', tryStart, { once: true });
}
