import { exampleDate } from '#src/platform/dates/parse.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { fieldErrorText } from '#src/platform/views/forms.tsx';

/** Any form's state: what the person typed (kept exactly) and one error per field. */
interface AnyFormState {
  values: Readonly<Record<string, string | readonly string[] | undefined>>;
  errors: FieldErrors;
}

interface WhenFieldProps {
  t: Translator;
  form: AnyFormState;
  name: string;
  label: string;
  optional?: boolean;
  /** A sentence about this field, shown before how to write it. */
  hint?: string;
}

export interface DateFieldProps extends WhenFieldProps {
  /** The request's local date (YYYY-MM-DD); the example in the hint is a week after it. */
  today: string;
}

function typedValue(form: AnyFormState, name: string): string {
  const value = form.values[name];
  return typeof value === 'string' ? value : '';
}

/**
 * A DKFDS text field for a date or a time, read by `src/platform/dates/parse.ts`. A plain text
 * input works without JavaScript and on every phone; the decimal keypad has the digits and a
 * separator, and the parser takes ".", ",", "/", "-" and ":" alike.
 */
function WhenField(props: WhenFieldProps & { formatHint: string; widthClass: string }) {
  const { t, form, name } = props;
  const error = fieldErrorText(t, form.errors, name);
  const hintId = `${name}-hint`;
  const errorId = error === null ? undefined : `${name}-error`;
  return (
    <div class={error === null ? 'form-group' : 'form-group form-error'}>
      <label class="form-label" for={name}>
        {props.label}
        {props.optional === true && <span class="weight-normal"> {t.t('form.optional')}</span>}
      </label>
      <span class="form-hint" id={hintId}>
        {props.hint === undefined ? props.formatHint : `${props.hint} ${props.formatHint}`}
      </span>
      {error !== null && (
        <span class="form-error-message" id={errorId}>
          <span class="sr-only">{t.t('form.errorPrefix')} </span>
          {error}
        </span>
      )}
      <input
        class={`form-input ${props.widthClass}`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        id={name}
        name={name}
        value={typedValue(form, name)}
        maxLength={20}
        required={props.optional !== true}
        aria-describedby={errorId === undefined ? hintId : `${hintId} ${errorId}`}
        aria-invalid={error === null ? undefined : 'true'}
      />
    </div>
  );
}

/** A date field: "8.12.2026", "8.12", "8/12" and ISO are all read; the hint's example is never past. */
export function DateField(props: DateFieldProps) {
  const formatHint = props.t.t('dates.hint.date', { example: exampleDate(props.today) });
  return <WhenField {...props} formatHint={formatHint} widthClass="input-char-11" />;
}

/** A time field: "18", "18.30", "1830" and "18:30" are all read. */
export function TimeField(props: WhenFieldProps) {
  return <WhenField {...props} formatHint={props.t.t('dates.hint.time')} widthClass="input-char-8" />;
}
