import type { ComponentChildren } from 'preact';
import { CONFIRM_FIELD, CONFIRM_VALUE } from '#src/platform/confirm.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { PostForm } from '#src/platform/views/forms.tsx';

export interface ConfirmFact {
  label: string;
  value: ComponentChildren;
}

export interface ConfirmPageProps {
  t: Translator;
  csrfToken: string;
  /** A question naming the action: "Vil du annullere bookingen?" */
  heading: string;
  /** What is affected: title, place, date and time. */
  facts: ConfirmFact[];
  /** Who will be told, one sentence each ("De 12 tilmeldte får en e-mail."); empty when no one is. */
  told: string[];
  /** Whether the action cannot be undone (adds one line saying so). */
  final?: boolean;
  action: string;
  /** The warning button: "Ja, annuller bookingen". */
  submitLabel: string;
  backHref: string;
  /** Extra fields sent with the confirmation, e.g. a reason. */
  children?: ComponentChildren;
}

/**
 * GOV.UK's "Are you sure" page in DKFDS dress: names what is affected and who is told, then a
 * warning button that posts the confirmation field and a "Nej, gå tilbage" link.
 */
export function ConfirmPage(props: ConfirmPageProps) {
  const { t } = props;
  const showWarning = props.told.length > 0 || props.final === true;
  return (
    <>
      <h1>{props.heading}</h1>
      {props.facts.length > 0 && (
        <dl>
          {props.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {showWarning && (
        <div class="alert alert-warning" role="note" aria-labelledby="confirm-who-title">
          <div class="alert-body">
            <p class="alert-heading" id="confirm-who-title">
              {props.told.length > 0 ? t.t('confirm.who') : t.t('confirm.final')}
            </p>
            {props.told.length > 0 && (
              <ul class="alert-text">
                {props.told.map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {props.final === true && <li>{t.t('confirm.final')}</li>}
              </ul>
            )}
          </div>
        </div>
      )}
      <PostForm action={props.action} csrfToken={props.csrfToken}>
        <input type="hidden" name={CONFIRM_FIELD} value={CONFIRM_VALUE} />
        {props.children}
        <p>
          <button type="submit" class="button button-warning">
            {props.submitLabel}
          </button>
        </p>
        <p>
          <a href={props.backHref}>{t.t('confirm.back')}</a>
        </p>
      </PostForm>
    </>
  );
}
