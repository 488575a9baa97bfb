import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '#src/platform/i18n.ts';
import { Alert } from '#src/platform/views/alert.tsx';

const t = translator('da');

describe('Alert', () => {
  it('says a success politely, with its icon named for screen readers', () => {
    const html = renderToString(
      <Alert t={t} variant="success">
        Organisationen er oprettet.
      </Alert>,
    );
    expect(html).toMatch(/^<div class="alert alert-success" role="status"><svg class="icon-svg alert-icon"/);
    expect(html).toContain('aria-label="Udført" role="img"');
    expect(html).toContain(
      '<div class="alert-body"><p class="alert-text">Organisationen er oprettet.</p></div>',
    );
  });

  it('announces an error at once, under its heading', () => {
    const html = renderToString(
      <Alert t={t} variant="error" heading="Der er et problem">
        Prøv igen.
      </Alert>,
    );
    expect(html).toContain('<div class="alert alert-error" role="alert">');
    expect(html).toContain('aria-label="Fejl"');
    expect(html).toContain(
      '<p class="alert-heading">Der er et problem</p><p class="alert-text">Prøv igen.</p>',
    );
  });
});
