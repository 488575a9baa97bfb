import type { ControllerConfig } from '#src/config.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { Alert } from '#src/platform/views/alert.tsx';
import { FactsTable } from '#src/platform/views/table.tsx';

function MailLink({ email }: { email: string }) {
  return <a href={`mailto:${email}`}>{email}</a>;
}

/** The data controller's name and contact, as configured; says so when they are demo examples. */
export function ControllerFacts({ t, controller }: { t: Translator; controller: ControllerConfig }) {
  return (
    <>
      {controller.isExample && (
        <Alert t={t} variant="info">
          {t.t('legal.example')}
        </Alert>
      )}
      <FactsTable
        caption={t.t('legal.controller.caption')}
        facts={[
          { label: t.t('legal.controller.name'), value: controller.name },
          { label: t.t('legal.controller.address'), value: controller.address },
          { label: t.t('legal.controller.email'), value: <MailLink email={controller.email} /> },
          controller.phone !== null && {
            label: t.t('legal.controller.phone'),
            value: <a href={`tel:${controller.phone.replace(/\s/g, '')}`}>{controller.phone}</a>,
          },
          controller.dpoEmail !== null && {
            label: t.t('legal.controller.dpo'),
            value: <MailLink email={controller.dpoEmail} />,
          },
        ]}
      />
    </>
  );
}

/** "Senest opdateret 6. december 2026." */
export function UpdatedOn({ t, date }: { t: Translator; date: number }) {
  return <p class="mt-8">{t.t('legal.updated', { date: t.dateTime(date, { dateStyle: 'long' }) })}</p>;
}
