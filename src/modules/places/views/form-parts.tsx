import type { FieldErrors } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';
import type { FormState } from '#src/platform/views/forms.tsx';

/** A place form's state: like FormState, but checkbox groups hold several values. */
export interface PlaceFormState {
  values: Record<string, string | string[]>;
  errors: FieldErrors;
}

/** The single-valued view that the shared TextField and SelectField read. */
export function textForm(form: PlaceFormState): FormState {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(form.values))
    values[name] = Array.isArray(value) ? value.join(', ') : value;
  return { values, errors: form.errors };
}

export type EditStep = 'facts' | 'rules' | 'photos' | 'managers';

/** The four steps of editing a place, each its own page and form (works without JavaScript). */
export function StepNav({ t, slug, current }: { t: Translator; slug: string; current: EditStep }) {
  const base = `/steder/${encodeURIComponent(slug)}/rediger`;
  const steps: Array<{ step: EditStep; href: string; label: string }> = [
    { step: 'facts', href: base, label: t.t('places.steps.facts') },
    { step: 'rules', href: `${base}/regler`, label: t.t('places.steps.rules') },
    { step: 'photos', href: `${base}/fotos`, label: t.t('places.steps.photos') },
    { step: 'managers', href: `${base}/ansvarlige`, label: t.t('places.steps.managers') },
  ];
  return (
    <nav aria-label={t.t('places.steps.label')} class="app-steps">
      <ol class="nobullet-list">
        {steps.map((step) => (
          <li key={step.step}>
            {step.step === current ? (
              <strong aria-current="step">
                {step.label} <span class="sr-only">{t.t('places.steps.current')}</span>
              </strong>
            ) : (
              <a href={step.href}>{step.label}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
