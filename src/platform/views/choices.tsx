import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { fieldErrorText } from '#src/platform/views/forms.tsx';

/**
 * The one place that writes checkbox and radio markup, as DKFDS 11 documents it (checkbox.njk,
 * checkboxes.njk, radiobuttons.njk): each box in a `form-group-checkbox` / `form-group-radio`
 * wrapper, which positions it beside its label; groups in a fieldset with legend, hint and error.
 * Modules may not write their own (see no-own-markup.test.ts).
 */

/** A form whose fields may hold several values. `FormState` fits, and so do the modules' own. */
export interface ChoiceFormState {
  values: Readonly<Record<string, string | readonly string[] | undefined>>;
  errors: FieldErrors;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** A box with its own field name, for a group of yes/no fields under one legend. */
  name?: string;
}

/** The values chosen for a field: none, one, or several. */
export function chosenValues(form: ChoiceFormState, name: string): readonly string[] {
  const value = form.values[name];
  if (value === undefined || value === '') return [];
  return typeof value === 'string' ? [value] : value;
}

function idList(...ids: Array<string | undefined | false>): string | undefined {
  return ids.filter((id): id is string => typeof id === 'string').join(' ') || undefined;
}

function ErrorMessage({ t, id, text }: { t: Translator; id: string; text: string }) {
  return (
    <span class="form-error-message" id={id}>
      <span class="sr-only">{t.t('form.errorPrefix')} </span>
      {text}
    </span>
  );
}

interface BoxProps {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
  hint?: string;
  /** The hint's id; a group's first box must not take the group's own `name-hint`. */
  hintId?: string;
  labelHidden?: boolean;
  describedBy?: string;
  invalid?: boolean;
}

/** One box and its label (and hint) in the DKFDS wrapper that places them side by side. */
function Box(props: BoxProps) {
  const hintId = props.hint === undefined ? undefined : (props.hintId ?? `${props.id}-hint`);
  const checkbox = props.type === 'checkbox';
  return (
    <div class={checkbox ? 'form-group-checkbox' : 'form-group-radio'}>
      <input
        type={props.type}
        id={props.id}
        name={props.name}
        value={props.value}
        class={checkbox ? 'form-checkbox' : 'form-radio'}
        checked={props.checked}
        aria-describedby={idList(hintId, props.describedBy)}
        aria-invalid={props.invalid === true ? 'true' : undefined}
      />
      <label class="form-label" for={props.id}>
        {props.labelHidden === true ? <span class="sr-only">{props.label}</span> : props.label}
      </label>
      {props.hint !== undefined && (
        <span class="form-hint" id={hintId}>
          {props.hint}
        </span>
      )}
    </div>
  );
}

export interface CheckboxProps {
  t: Translator;
  form: ChoiceFormState;
  name: string;
  label: string;
  /** Sent when ticked; the box is ticked when the form's value for `name` holds it. */
  value?: string;
  /** Defaults to the name: the error summary links to it. */
  id?: string;
  hint?: string;
  /** Read out with the box but drawn elsewhere (e.g. terms shown above it). */
  describedBy?: string;
}

/** A single checkbox ("Kun steder med niveaufri adgang", "Jeg accepterer betingelserne"). */
export function Checkbox(props: CheckboxProps) {
  const { t, form, name } = props;
  const value = props.value ?? 'ja';
  const id = props.id ?? name;
  const error = fieldErrorText(t, form.errors, name);
  const errorId = `${id}-error`;
  return (
    <div class={error === null ? 'form-group' : 'form-group form-error'}>
      {error !== null && <ErrorMessage t={t} id={errorId} text={error} />}
      <Box
        type="checkbox"
        id={id}
        name={name}
        value={value}
        label={props.label}
        checked={chosenValues(form, name).includes(value)}
        hint={props.hint}
        describedBy={idList(props.describedBy, error !== null && errorId)}
        invalid={error !== null}
      />
    </div>
  );
}

/**
 * A row's box in a table of rows to choose (DKFDS `table--selectable`): the bare box, its label
 * for screen readers only (the column heading says what ticking does). The form's one error for
 * the field is shown above the table, not in every row.
 */
export function RowCheckbox(props: {
  form: ChoiceFormState;
  name: string;
  value: string;
  id: string;
  label: string;
}) {
  return (
    <Box
      type="checkbox"
      id={props.id}
      name={props.name}
      value={props.value}
      label={props.label}
      labelHidden
      checked={chosenValues(props.form, props.name).includes(props.value)}
    />
  );
}

export interface ChoiceGroupProps {
  t: Translator;
  form: ChoiceFormState;
  type: 'checkbox' | 'radio';
  name: string;
  legend: string;
  options: ChoiceOption[];
  hint?: string;
  optional?: boolean;
  /** The first box's id, which the error summary links to; the others add `-value`. Defaults to the name. */
  id?: string;
  /** Classes on the legend instead of `form-label`, e.g. `h3` when the group heads a section. */
  legendClass?: string;
  /** An extra class on the group, for app.css. */
  class?: string;
  /** What belongs to the group after its boxes, e.g. the fields of the chosen option. */
  children?: ComponentChildren;
}

/** Checkboxes or radio buttons under one legend, with the group's hint and error. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { t, form, name } = props;
  const id = props.id ?? name;
  const error = fieldErrorText(t, form.errors, name);
  const hintId = props.hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === null ? undefined : `${id}-error`;
  const firstOfGroup = props.options.find((option) => option.name === undefined);
  const classes = ['form-group', error === null ? '' : 'form-error', props.class ?? ''];
  return (
    <div class={classes.filter((name) => name !== '').join(' ')}>
      <fieldset aria-describedby={idList(hintId, errorId)}>
        <legend class={props.legendClass ?? 'form-label'}>
          {props.legend}
          {props.optional === true && <span class="weight-normal"> {t.t('form.optional')}</span>}
        </legend>
        {hintId !== undefined && (
          <span class="form-hint" id={hintId}>
            {props.hint}
          </span>
        )}
        {errorId !== undefined && error !== null && <ErrorMessage t={t} id={errorId} text={error} />}
        {props.options.map((option) => {
          const optionName = option.name ?? name;
          // A box with its own field carries that field's id, so its own error link lands on it.
          const boxId = option.name ?? (option === firstOfGroup ? id : `${id}-${option.value}`);
          return (
            <Box
              key={`${optionName}=${option.value}`}
              type={props.type}
              id={boxId}
              name={optionName}
              value={option.value}
              label={option.label}
              hint={option.hint}
              hintId={`${id}-${option.name ?? option.value}-hint`}
              checked={chosenValues(form, optionName).includes(option.value)}
              invalid={error !== null}
            />
          );
        })}
        {props.children}
      </fieldset>
    </div>
  );
}
