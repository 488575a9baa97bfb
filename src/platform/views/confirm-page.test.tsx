import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { isConfirmed } from '#src/platform/confirm.ts';
import { translator } from '#src/platform/i18n.ts';
import { ConfirmPage } from '#src/platform/views/confirm-page.tsx';

const t = translator('da');

function page(told: string[], final = false) {
  return renderToString(
    <ConfirmPage
      t={t}
      csrfToken="tok"
      heading="Vil du annullere bookingen?"
      facts={[
        { label: 'Hvad', value: 'Strikkeklub' },
        { label: 'Hvor', value: 'Fælleshuset' },
      ]}
      told={told}
      final={final}
      action="/bookinger/7/annuller"
      submitLabel="Ja, annuller bookingen"
      backHref="/bookinger/7"
    />,
  );
}

describe('the confirmation page', () => {
  const html = page(['Stedets administratorer får besked.']);

  it('asks the question and names what is affected', () => {
    expect(html).toContain('<h1>Vil du annullere bookingen?</h1>');
    expect(html).toContain('<dt>Hvad</dt><dd>Strikkeklub</dd>');
    expect(html).toContain('<dt>Hvor</dt><dd>Fælleshuset</dd>');
  });

  it('says who will be told', () => {
    expect(html).toContain('Hvem får besked');
    expect(html).toContain('<li>Stedets administratorer får besked.</li>');
  });

  it('posts the confirmation field and the CSRF token to the action with a warning button', () => {
    expect(html).toContain('<form method="post" action="/bookinger/7/annuller"');
    expect(html).toContain('<input type="hidden" name="_csrf" value="tok"/>');
    expect(html).toContain('<input type="hidden" name="bekraeft" value="ja"/>');
    expect(html).toContain(
      '<button type="submit" class="button button-warning">Ja, annuller bookingen</button>',
    );
  });

  it('offers a way back', () => {
    expect(html).toContain('<a href="/bookinger/7">Nej, gå tilbage</a>');
  });

  it('says an action that tells no one cannot be undone when it cannot', () => {
    const quiet = page([], true);
    expect(quiet).not.toContain('Hvem får besked');
    expect(quiet).toContain('Det kan ikke fortrydes.');
  });
});

describe('reading the confirmation', () => {
  it('is confirmed only by bekraeft=ja', () => {
    expect(isConfirmed({ _csrf: 'x', bekraeft: 'ja' })).toBe(true);
    expect(isConfirmed({ _csrf: 'x' })).toBe(false);
    expect(isConfirmed({ bekraeft: 'nej' })).toBe(false);
    expect(isConfirmed({ bekraeft: ['ja'] })).toBe(true);
    expect(isConfirmed(undefined)).toBe(false);
  });
});
