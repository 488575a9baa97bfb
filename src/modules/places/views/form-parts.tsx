import type { FieldErrors } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { type FormState, fieldErrorText } from '#src/platform/views/forms.tsx';

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

function chosen(form: PlaceFormState, name: string): string[] {
  const value = form.values[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function ErrorMessage({ t, errors, name }: { t: Translator; errors: FieldErrors; name: string }) {
  const error = fieldErrorText(t, errors, name);
  if (error === null) return null;
  return (
    <span class="form-error-message" id={`${name}-error`}>
      <span class="sr-only">{t.t('form.errorPrefix')} </span>
      {error}
    </span>
  );
}

interface GroupProps {
  t: Translator;
  form: PlaceFormState;
  name: string;
  legend: string;
  options: Array<{ value: string; label: string; hint?: string }>;
  hint?: string;
  optional?: boolean;
}

/** DKFDS checkboxes or radio buttons in a fieldset; the first box carries the field's id for the error summary. */
function ChoiceGroup(props: GroupProps & { type: 'checkbox' | 'radio' }) {
  const { t, form, name } = props;
  const hasError = form.errors[name] !== undefined;
  const values = chosen(form, name);
  const describedBy = [props.hint === undefined ? null : `${name}-hint`, hasError ? `${name}-error` : null]
    .filter((id) => id !== null)
    .join(' ');
  return (
    <div class={hasError ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend class="form-label">
          {props.legend}
          {props.optional === true && <span class="weight-normal"> {t.t('form.optional')}</span>}
        </legend>
        {props.hint !== undefined && (
          <span class="form-hint" id={`${name}-hint`}>
            {props.hint}
          </span>
        )}
        <ErrorMessage t={t} errors={form.errors} name={name} />
        <ul class="nobullet-list">
          {props.options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            // An option's own hint is read out with it, as the group's hint is with the group.
            const hintId = option.hint === undefined ? undefined : `${name}-${option.value}-hint`;
            return (
              <li key={option.value}>
                <input
                  id={id}
                  type={props.type}
                  name={name}
                  value={option.value}
                  class={props.type === 'checkbox' ? 'form-checkbox' : 'form-radio'}
                  checked={values.includes(option.value)}
                  aria-describedby={hintId}
                />
                <label for={id}>{option.label}</label>
                {option.hint !== undefined && (
                  <span class="form-hint" id={hintId}>
                    {option.hint}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}

export function CheckboxGroup(props: GroupProps) {
  return <ChoiceGroup {...props} type="checkbox" optional={props.optional ?? true} />;
}

export function RadioGroup(props: GroupProps) {
  return <ChoiceGroup {...props} type="radio" />;
}

/** One checkbox that stands alone (e.g. "A responsible host is required"). */
export function Checkbox({ form, name, label }: { form: PlaceFormState; name: string; label: string }) {
  return (
    <div class="form-group">
      <input
        id={name}
        type="checkbox"
        name={name}
        value="on"
        class="form-checkbox"
        checked={chosen(form, name).includes('on')}
      />
      <label for={name}>{label}</label>
    </div>
  );
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
