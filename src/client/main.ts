/**
 * Progressive enhancement: pages work without this file. Each module starts once, on elements
 * marked `data-module="app-…"`, in its own try/catch so one failure cannot break the others.
 */
import './styles/app.css';
import './styles/tables.css';
import './styles/activities.css';
import { startDkfds } from './dkfds.ts';
import { startErrorSummary } from './error-summary.ts';
import { startLocate } from './locate.ts';
import { startMapLazily } from './map-loader.ts';

type ModuleStarter = (element: HTMLElement) => void;

const modules: Record<string, ModuleStarter> = {
  'app-error-summary': startErrorSummary,
  'app-locate': startLocate,
  'app-map': startMapLazily,
};

function startModules(): void {
  document.body.classList.add('js-enabled');
  for (const element of document.querySelectorAll<HTMLElement>('[data-module]')) {
    const name = element.dataset.module ?? '';
    const start = modules[name];
    if (start === undefined || element.dataset.moduleStarted === 'true') continue;
    element.dataset.moduleStarted = 'true';
    try {
      start(element);
    } catch (error) {
      console.error(`module ${name} failed to start`, error);
    }
  }
}

export function registerModule(name: string, start: ModuleStarter): void {
  modules[name] = start;
}

/** The DKFDS script (header drawer and other components), on its own so it cannot stop ours. */
function startDesignSystem(): void {
  try {
    startDkfds();
  } catch (error) {
    console.error('DKFDS failed to start', error);
  }
}

function start(): void {
  startModules();
  startDesignSystem();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
