import { ORGANISATION_KINDS } from '#src/modules/organisations/types.ts';
import {
  CLOSED_DATES_MAX,
  CLOSED_REASON_MAX,
  KEY_INSTRUCTIONS_MAX,
  WINDOWS_TEXT_MAX,
} from '#src/modules/places/limits.ts';
import {
  type ClosedDate,
  formatDayWindows,
  type PlaceRules,
  parseDayWindows,
  type WeeklyWindow,
} from '#src/modules/places/rules.ts';
import { type AccessMode, BOOKER_SCOPES, KEY_HANDOVERS } from '#src/modules/places/tables.ts';
import { formatInputDate } from '#src/platform/dates/parse.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import {
  checkedValues,
  type RawValue,
  readChoice,
  readFlag,
  readInteger,
  readSubset,
  readText,
} from '#src/platform/form-input.ts';
import { isLocalDate } from '#src/platform/local-time.ts';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const WINDOW_FIELDS = [
  'windows1',
  'windows2',
  'windows3',
  'windows4',
  'windows5',
  'windows6',
  'windows7',
] as const;

/** The rules' fields (step 2 of the form). */
export const RULE_FIELDS = [
  ...WINDOW_FIELDS,
  'closedDates',
  'minDurationMinutes',
  'maxDurationMinutes',
  'maxAdvanceDays',
  'minNoticeHours',
  'bufferMinutes',
  'bookerScope',
  'allowedKinds',
  'approval',
  'responsibleHostRequired',
  'cancellationDeadlineHours',
  'keyHandover',
  'keyInstructions',
  'codeVisibleMinutesBefore',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];
export type RulesInput = Partial<Record<RuleField, RawValue>>;

/** Everything in PlaceRules except what belongs to the facts (access mode, closed reason). */
export type EditableRules = Omit<PlaceRules, 'accessMode' | 'closedReason'>;

const APPROVALS = ['required', 'instant'] as const;
const WEEK_MINUTES = 7 * 24 * 60;

function readWindows(errors: FieldErrors, input: RulesInput): WeeklyWindow[] {
  const windows: WeeklyWindow[] = [];
  for (const weekday of WEEKDAYS) {
    const field = `windows${weekday}` as const;
    const raw = input[field];
    const text = typeof raw === 'string' ? raw : '';
    if (text.length > WINDOWS_TEXT_MAX) {
      errors[field] = { key: 'validation.tooLong', params: { max: WINDOWS_TEXT_MAX } };
      continue;
    }
    const parsed = parseDayWindows(weekday, text);
    if ('problem' in parsed) errors[field] = { key: `places.validation.windows.${parsed.problem}` };
    else windows.push(...parsed.windows);
  }
  return windows;
}

/** One closed date per line: "24.12.2026 Juleaften" (also 24/12/2026, 24-12-2026 or ISO 2026-12-24). */
function readClosedDates(errors: FieldErrors, raw: RawValue): ClosedDate[] {
  const text = typeof raw === 'string' ? raw : '';
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > CLOSED_DATES_MAX) {
    errors.closedDates = { key: 'places.validation.closedDatesTooMany', params: { max: CLOSED_DATES_MAX } };
    return [];
  }
  const dates = new Map<string, string>();
  for (const line of lines) {
    const match = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})\s*[:–-]?\s*(.*)$/.exec(line);
    const date = match === null ? null : isoDate(match[1] ?? '');
    const reason = (match?.[2] ?? '').trim();
    if (date === null || reason.length > CLOSED_REASON_MAX) {
      errors.closedDates = { key: 'places.validation.closedDates', params: { line: line.slice(0, 40) } };
      return [];
    }
    dates.set(date, reason);
  }
  return [...dates].map(([date, reason]) => ({ date, reason })).sort((a, b) => a.date.localeCompare(b.date));
}

function isoDate(text: string): string | null {
  const danish = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  const iso =
    danish === null ? text : `${danish[3]}-${danish[2]?.padStart(2, '0')}-${danish[1]?.padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

/**
 * Checks the rules and throws one ValidationError with a message per field. Bookable places need
 * at least one weekly window when the windows are being set (a new place gets them in step 2);
 * for an open place the windows are its opening hours.
 */
export function validateRules(
  input: RulesInput,
  accessMode: AccessMode,
  options: { requireWindows: boolean } = { requireWindows: true },
): EditableRules {
  const errors: FieldErrors = {};
  const windows = readWindows(errors, input);
  const takesBookings = accessMode === 'bookable' || accessMode === 'on_request';
  if (
    options.requireWindows &&
    takesBookings &&
    windows.length === 0 &&
    WINDOW_FIELDS.every((field) => errors[field] === undefined)
  ) {
    errors.windows1 = { key: 'places.validation.windowsRequired' };
  }
  const closedDates = readClosedDates(errors, input.closedDates);
  const minDuration = readInteger(errors, 'minDurationMinutes', input.minDurationMinutes, {
    min: 15,
    max: 1440,
    message: 'places.validation.minDuration',
  });
  const maxDuration = readInteger(errors, 'maxDurationMinutes', input.maxDurationMinutes, {
    min: 15,
    max: WEEK_MINUTES,
    message: 'places.validation.maxDuration',
  });
  if (minDuration !== null && maxDuration !== null && maxDuration < minDuration) {
    errors.maxDurationMinutes = { key: 'places.validation.maxBelowMin' };
  }
  const maxAdvanceDays = readInteger(errors, 'maxAdvanceDays', input.maxAdvanceDays, {
    min: 1,
    max: 730,
    message: 'places.validation.maxAdvanceDays',
  });
  const minNoticeHours = readInteger(errors, 'minNoticeHours', input.minNoticeHours, {
    min: 0,
    max: 720,
    message: 'places.validation.minNoticeHours',
  });
  const bufferMinutes = readInteger(errors, 'bufferMinutes', input.bufferMinutes, {
    min: 0,
    max: 240,
    message: 'places.validation.bufferMinutes',
  });
  const bookerScope = readChoice(
    errors,
    'bookerScope',
    input.bookerScope,
    BOOKER_SCOPES,
    'places.validation.bookerScope',
  );
  const allowedKinds = readSubset(
    errors,
    'allowedKinds',
    input.allowedKinds,
    ORGANISATION_KINDS,
    'places.validation.allowedKinds',
  );
  if (bookerScope === 'org_kinds' && allowedKinds.length === 0 && errors.allowedKinds === undefined) {
    errors.allowedKinds = { key: 'places.validation.allowedKindsRequired' };
  }
  const approval = readChoice(errors, 'approval', input.approval, APPROVALS, 'places.validation.approval');
  const cancellationDeadlineHours = readInteger(
    errors,
    'cancellationDeadlineHours',
    input.cancellationDeadlineHours,
    {
      min: 0,
      max: 720,
      message: 'places.validation.cancellationDeadline',
    },
  );
  const keyHandover = readChoice(
    errors,
    'keyHandover',
    input.keyHandover,
    KEY_HANDOVERS,
    'places.validation.keyHandover',
  );
  const needsInstructions = keyHandover === 'pickup' || keyHandover === 'key_box';
  const keyInstructions = readText(errors, 'keyInstructions', input.keyInstructions, {
    max: KEY_INSTRUCTIONS_MAX,
    required: needsInstructions ? 'places.validation.keyInstructionsRequired' : undefined,
    multiline: true,
  });
  const codeVisibleMinutesBefore = readInteger(
    errors,
    'codeVisibleMinutesBefore',
    input.codeVisibleMinutesBefore,
    {
      min: 0,
      max: 2880,
      message: 'places.validation.codeVisible',
      optional: keyHandover !== 'door_code',
    },
  );
  const checked = checkedValues(errors, {
    minDurationMinutes: minDuration,
    maxDurationMinutes: maxDuration,
    maxAdvanceDays,
    minNoticeHours,
    bufferMinutes,
    bookerScope,
    approval,
    cancellationDeadlineHours,
    keyHandover,
  });
  return {
    windows,
    closedDates,
    minDurationMinutes: checked.minDurationMinutes,
    maxDurationMinutes: checked.maxDurationMinutes,
    maxAdvanceDays: checked.maxAdvanceDays,
    minNoticeHours: checked.minNoticeHours,
    bufferMinutes: checked.bufferMinutes,
    bookerScope: checked.bookerScope,
    allowedKinds: bookerScope === 'org_kinds' ? allowedKinds : [],
    approvalRequired: approval === 'required',
    responsibleHostRequired: readFlag(input.responsibleHostRequired),
    cancellationDeadlineHours: checked.cancellationDeadlineHours,
    keyHandover: checked.keyHandover,
    keyInstructions,
    codeVisibleMinutesBefore: codeVisibleMinutesBefore ?? 60,
  };
}

/** The form's text for closed dates: one "24.12.2026 reason" per line, as a Dane types it. */
export function formatClosedDates(dates: readonly ClosedDate[]): string {
  return dates.map((closed) => `${formatInputDate(closed.date)} ${closed.reason}`.trim()).join('\n');
}

/** A place's rules as the form shows them (and as a PATCH starts from). */
export function rulesInputOf(rules: EditableRules): Record<RuleField, string | string[]> {
  const windows = Object.fromEntries(
    WEEKDAYS.map((weekday) => [`windows${weekday}`, formatDayWindows(rules.windows, weekday)]),
  ) as Record<(typeof WINDOW_FIELDS)[number], string>;
  return {
    ...windows,
    closedDates: formatClosedDates(rules.closedDates),
    minDurationMinutes: String(rules.minDurationMinutes),
    maxDurationMinutes: String(rules.maxDurationMinutes),
    maxAdvanceDays: String(rules.maxAdvanceDays),
    minNoticeHours: String(rules.minNoticeHours),
    bufferMinutes: String(rules.bufferMinutes),
    bookerScope: rules.bookerScope,
    allowedKinds: rules.allowedKinds,
    approval: rules.approvalRequired ? 'required' : 'instant',
    responsibleHostRequired: rules.responsibleHostRequired ? 'on' : '',
    cancellationDeadlineHours: String(rules.cancellationDeadlineHours),
    keyHandover: rules.keyHandover,
    keyInstructions: rules.keyInstructions,
    codeVisibleMinutesBefore: String(rules.codeVisibleMinutesBefore),
  };
}

/** The defaults a new place starts with (the table's defaults). */
export const DEFAULT_RULES: EditableRules = {
  windows: [],
  closedDates: [],
  minDurationMinutes: 30,
  maxDurationMinutes: 480,
  maxAdvanceDays: 90,
  minNoticeHours: 24,
  bufferMinutes: 0,
  bookerScope: 'anyone',
  allowedKinds: [],
  approvalRequired: true,
  responsibleHostRequired: false,
  cancellationDeadlineHours: 24,
  keyHandover: 'none',
  keyInstructions: '',
  codeVisibleMinutesBefore: 60,
};
