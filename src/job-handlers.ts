import { grantJobHandlers } from '#src/modules/grants/reports/service.ts';
import { bookingJobHandlers } from '#src/modules/places/bookings/notifications.ts';
import type { JobHandlers } from '#src/platform/jobs.ts';
import { MAIL_JOB, sendMailJob } from '#src/platform/mail.ts';

/**
 * Every job kind the worker knows, composed here at the app's level (as server.ts composes the
 * routes): platform knows only the mail job, and each module adds its own handlers to this list.
 */
export const jobHandlers: JobHandlers = {
  [MAIL_JOB]: sendMailJob,
  ...bookingJobHandlers,
  ...grantJobHandlers,
};
