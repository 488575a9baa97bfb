export interface TabLink {
  href: string;
  text: string;
  /** The page being shown: marked as a filled tab and announced as "current page". */
  current: boolean;
}

/**
 * DKFDS's tabs for navigation (tabs.njk, `navigation_tabs`): plain links between pages, so they
 * work without JavaScript. The current page's link carries `aria-current="page"`.
 */
export function Tabs({ label, links }: { label: string; links: TabLink[] }) {
  return (
    <nav class="tab-container" aria-label={label}>
      <ul class="tab-list">
        {links.map((link) => (
          <li key={link.href}>
            <a class="tab-button" href={link.href} aria-current={link.current ? 'page' : undefined}>
              <span>{link.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
