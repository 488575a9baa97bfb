import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';

/** What a form re-renders with: the values the person typed and one error per field. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}

export const emptyForm: FormState = { values: {}, errors: {} };

export function fieldErrorText(t: Translator, errors: FieldErrors, name: string): string | null {
  const error = errors[name];
  return error === undefined ? null : t.message(error);
}

/** DKFDS error summary: lists every error, each linking to its field; takes focus on load. */
export function ErrorSummary({ t, errors }: { t: Translator; errors: FieldErrors }) {
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  return (
    <div
      class="alert alert-error"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      data-module="app-error-summary"
    >
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-title">
          {t.t('form.errorSummary')}
        </p>
        <ul class="alert-text nobullet-list">
          {names.map((name) => (
            <li key={name}>
              <a href={`#${name}`} class="function-link">
                {fieldErrorText(t, errors, name)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export interface FieldProps {
  t: Translator;
  form: FormState;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'number' | 'tel' | 'search';
  optional?: boolean;
  /** For a field required only in some cases: shown instead of "(frivilligt)", e.g. "(skal udfyldes ved afslag)". */
  requiredWhen?: string;
  hint?: string;
  autocomplete?: string;
  multiline?: boolean;
  maxLength?: number;
  /** Passwords are never sent back to the browser. */
  keepValue?: boolean;
}

export function TextField(props: FieldProps) {
  const { t, form, name } = props;
  const error = fieldErrorText(t, form.errors, name);
  const hintId = props.hint === undefined ? undefined : `${name}-hint`;
  const errorId = error === null ? undefined : `${name}-error`;
  const describedBy = [hintId, errorId].filter((id) => id !== undefined).join(' ') || undefined;
  const value = props.keepValue === false ? '' : (form.values[name] ?? '');
  const common = {
    id: name,
    name,
    'aria-describedby': describedBy,
    'aria-invalid': error === null ? undefined : ('true' as const),
    required: props.optional !== true,
    maxLength: props.maxLength,
  };
  return (
    <div class={error === null ? 'form-group' : 'form-group form-error'}>
      <label class="form-label" for={name}>
        {props.label}
        {props.optional === true && (
          <span class="weight-normal"> {props.requiredWhen ?? t.t('form.optional')}</span>
        )}
      </label>
      {props.hint !== undefined && (
        <span class="form-hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {error !== null && (
        <span class="form-error-message" id={errorId}>
          <span class="sr-only">{t.t('form.errorPrefix')} </span>
          {error}
        </span>
      )}
      {props.multiline === true ? (
        <textarea class="form-input" rows={5} {...common}>
          {value}
        </textarea>
      ) : (
        <input
          class="form-input"
          type={props.type ?? 'text'}
          value={value}
          autoComplete={props.autocomplete}
          {...common}
        />
      )}
    </div>
  );
}

export interface SelectFieldProps {
  t: Translator;
  form: FormState;
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  optional?: boolean;
  hint?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { t, form, name } = props;
  const error = fieldErrorText(t, form.errors, name);
  const hintId = props.hint === undefined ? undefined : `${name}-hint`;
  const errorId = error === null ? undefined : `${name}-error`;
  const describedBy = [hintId, errorId].filter((id) => id !== undefined).join(' ') || undefined;
  return (
    <div class={error === null ? 'form-group' : 'form-group form-error'}>
      <label class="form-label" for={name}>
        {props.label}
        {props.optional === true && <span class="weight-normal"> {t.t('form.optional')}</span>}
      </label>
      {props.hint !== undefined && (
        <span class="form-hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {error !== null && (
        <span class="form-error-message" id={errorId}>
          <span class="sr-only">{t.t('form.errorPrefix')} </span>
          {error}
        </span>
      )}
      <select
        class="form-select"
        id={name}
        name={name}
        aria-describedby={describedBy}
        aria-invalid={error === null ? undefined : 'true'}
        required={props.optional !== true}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={form.values[name] === option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A POST form with its CSRF token; works without JavaScript. */
export function PostForm({
  action,
  csrfToken,
  children,
  class: className,
}: {
  action: string;
  csrfToken: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <form method="post" action={action} noValidate class={className}>
      <input type="hidden" name="_csrf" value={csrfToken} />
      {children}
    </form>
  );
}
