import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Tabs } from '#src/platform/views/tabs.tsx';

describe('Tabs', () => {
  it('links each view and marks only the current one as the current page', () => {
    const html = renderToString(
      <Tabs
        label="Visninger"
        links={[
          { href: '/aktiviteter', text: 'Liste', current: false },
          { href: '/aktiviteter/kalender', text: 'Kalender', current: true },
        ]}
      />,
    );
    expect(html).toMatch(/^<nav class="tab-container" aria-label="Visninger"><ul class="tab-list">/);
    expect(html).toContain('<li><a class="tab-button" href="/aktiviteter"><span>Liste</span></a></li>');
    expect(html).toContain(
      '<li><a class="tab-button" href="/aktiviteter/kalender" aria-current="page"><span>Kalender</span></a></li>',
    );
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('escapes the link text and address', () => {
    const html = renderToString(
      <Tabs label="Visninger" links={[{ href: '/a?x=1&y=2', text: '<b>Kort</b>', current: false }]} />,
    );
    expect(html).toContain('href="/a?x=1&amp;y=2"');
    expect(html).toContain('<span>&lt;b>Kort&lt;/b></span>');
  });
});
