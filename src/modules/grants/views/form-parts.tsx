import type { ApplicationStatus, GrantCategory } from '#src/modules/grants/tables.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';
import { fieldErrorText } from '#src/platform/views/forms.tsx';

/** A grants form's state: like FormState, but checkbox groups hold several values. */
export interface GrantFormState {
  values: Record<string, string | string[]>;
  errors: FieldErrors;
}

export function textValues(form: GrantFormState): { values: Record<string, string>; errors: FieldErrors } {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(form.values))
    values[name] = Array.isArray(value) ? value.join(', ') : value;
  return { values, errors: form.errors };
}

export function ErrorMessage({ t, errors, name }: { t: Translator; errors: FieldErrors; name: string }) {
  const error = fieldErrorText(t, errors, name);
  if (error === null) return null;
  return (
    <span class="form-error-message" id={`${name}-error`}>
      <span class="sr-only">{t.t('form.errorPrefix')} </span>
      {error}
    </span>
  );
}

export const CATEGORY_LABELS: Record<GrantCategory, PlainMessageKey> = {
  bench: 'grants.category.bench',
  swap_shelf: 'grants.category.swap_shelf',
  communal_dining: 'grants.category.communal_dining',
  green_pocket: 'grants.category.green_pocket',
  culture: 'grants.category.culture',
  other: 'grants.category.other',
};

export const STATUS_LABELS: Record<ApplicationStatus, PlainMessageKey> = {
  draft: 'grants.status.draft',
  submitted: 'grants.status.submitted',
  needs_info: 'grants.status.needs_info',
  approved: 'grants.status.approved',
  rejected: 'grants.status.rejected',
  withdrawn: 'grants.status.withdrawn',
  paid: 'grants.status.paid',
  reported: 'grants.status.reported',
};

const STATUS_CLASS: Record<ApplicationStatus, string> = {
  draft: '',
  submitted: 'badge-info',
  needs_info: 'badge-warning',
  approved: 'badge-success',
  rejected: 'badge-error',
  withdrawn: '',
  paid: 'badge-success',
  reported: 'badge-success',
};

export function StatusBadge({ t, status }: { t: Translator; status: ApplicationStatus }) {
  return <span class={`badge badge-small ${STATUS_CLASS[status]}`.trim()}>{t.t(STATUS_LABELS[status])}</span>;
}

/** Text a person wrote, paragraph by paragraph, line breaks kept. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.split('\n').map((line, lineIndex) => (
            <>
              {lineIndex > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}
