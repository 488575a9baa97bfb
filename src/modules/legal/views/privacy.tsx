import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from '#src/modules/giving/service.ts';
import { LEGAL_TEXTS_UPDATED, type LegalModel } from '#src/modules/legal/model.ts';
import { ControllerFacts, UpdatedOn } from '#src/modules/legal/views/controller-facts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { DataTable } from '#src/platform/views/table.tsx';

/** Each purpose has `.purpose`, `.data` and `.basis` texts in the catalogue (src/locales/legal.ts). */
const PURPOSES = [
  'account',
  'bookings',
  'activities',
  'giving',
  'grants',
  'organisations',
  'photos',
  'tokens',
  'security',
  'mail',
] as const;
type Purpose = (typeof PURPOSES)[number];

/** The cookies the app sets (web-plugin.ts, accounts/cookies.ts, render.tsx), each with its texts. */
const COOKIES = [
  { name: 'byliv_session', key: 'session' },
  { name: 'byliv_csrf', key: 'csrf' },
  { name: 'byliv_lang', key: 'lang' },
  { name: 'byliv_flash', key: 'flash' },
] as const;
type CookieRow = (typeof COOKIES)[number];

const OSM_TILE_HOST = 'tile.openstreetmap.org';

export interface PrivacyModel extends LegalModel {
  /** How long a log-in lasts, in days (SESSION_LIFETIME). */
  sessionDays: number;
}

function Purposes({ t }: { t: Translator }) {
  return (
    <DataTable<Purpose>
      caption={t.t('privacy.purposes.caption')}
      captionHidden
      rows={PURPOSES}
      rowKey={(purpose) => purpose}
      columns={[
        {
          heading: t.t('privacy.purposes.purpose'),
          rowHeader: true,
          cell: (p) => t.t(`privacy.${p}.purpose`),
        },
        { heading: t.t('privacy.purposes.data'), cell: (p) => t.t(`privacy.${p}.data`) },
        { heading: t.t('privacy.purposes.basis'), cell: (p) => t.t(`privacy.${p}.basis`) },
      ]}
    />
  );
}

function Recipients({ t, model }: { t: Translator; model: PrivacyModel }) {
  return (
    <>
      <h2>{t.t('privacy.recipients.heading')}</h2>
      <ul>
        <li>{t.t('privacy.recipients.hosting', { name: model.controller.name })}</li>
        <li>{t.t('privacy.recipients.mail')}</li>
        <li>
          {model.tileHost === null
            ? t.t('privacy.recipients.noTiles')
            : t.t('privacy.recipients.tiles', { host: model.tileHost, attribution: model.tileAttribution })}
        </li>
      </ul>
      <p>{t.t('privacy.recipients.none')}</p>
      <h2>{t.t('privacy.transfers.heading')}</h2>
      <p>{t.t('privacy.transfers.text')}</p>
      {model.tileHost === OSM_TILE_HOST && <p>{t.t('privacy.transfers.osm')}</p>}
    </>
  );
}

function Retention({ t, model }: { t: Translator; model: PrivacyModel }) {
  return (
    <>
      <h2>{t.t('privacy.retention.heading')}</h2>
      <ul>
        <li>{t.t('privacy.retention.account')}</li>
        <li>{t.t('privacy.retention.contributions')}</li>
        <li>{t.t('privacy.retention.sessions', { days: model.sessionDays })}</li>
        <li>{t.t('privacy.retention.giving', { days: DEFAULT_EXPIRY_DAYS, max: MAX_EXPIRY_DAYS })}</li>
        <li>{t.t('privacy.retention.logs')}</li>
      </ul>
    </>
  );
}

function Rights({ t, model }: { t: Translator; model: PrivacyModel }) {
  return (
    <>
      <h2>{t.t('privacy.rights.heading')}</h2>
      <p>{t.t('privacy.rights.intro', { email: model.controller.email })}</p>
      <ul>
        <li>
          {t.t('privacy.rights.access')} <a href="/profil/data.json">{t.t('privacy.rights.accessLink')}</a>
        </li>
        <li>
          {t.t('privacy.rights.rectification')}{' '}
          <a href="/profil">{t.t('privacy.rights.rectificationLink')}</a>
        </li>
        <li>
          {t.t('privacy.rights.erasure')} <a href="/profil/slet">{t.t('privacy.rights.erasureLink')}</a>
        </li>
        <li>{t.t('privacy.rights.restriction')}</li>
        <li>{t.t('privacy.rights.objection')}</li>
      </ul>
      <p>{t.t('privacy.rights.automated')}</p>
      <h2>{t.t('privacy.complaint.heading')}</h2>
      <p>
        {t.t('privacy.complaint.text')}{' '}
        <a href="https://www.datatilsynet.dk" rel="external">
          {t.t('privacy.complaint.link')}
        </a>
      </p>
    </>
  );
}

function Cookies({ t, model }: { t: Translator; model: PrivacyModel }) {
  return (
    <>
      <h2 id="cookies">{t.t('privacy.cookies.heading')}</h2>
      <p>{t.t('privacy.cookies.intro')}</p>
      <DataTable<CookieRow>
        caption={t.t('privacy.cookies.caption')}
        rows={COOKIES}
        rowKey={(cookie) => cookie.name}
        columns={[
          {
            heading: t.t('privacy.cookies.name'),
            rowHeader: true,
            cell: (cookie) => <code>{cookie.name}</code>,
          },
          {
            heading: t.t('privacy.cookies.purpose'),
            cell: (cookie) => t.t(`privacy.cookies.${cookie.key}.purpose`),
          },
          {
            heading: t.t('privacy.cookies.lifetime'),
            cell: (cookie) => t.t(`privacy.cookies.${cookie.key}.lifetime`, { days: model.sessionDays }),
          },
        ]}
      />
      <p>{t.t('privacy.cookies.none')}</p>
    </>
  );
}

/** Privatlivspolitik: the GDPR art. 13/14 notice for this installation. */
export function PrivacyNotice({ t, model }: { t: Translator; model: PrivacyModel }) {
  const { controller } = model;
  return (
    <>
      <h1>{t.t('privacy.title')}</h1>
      <p class="font-lead">{t.t('privacy.lead')}</p>
      <h2>{t.t('privacy.controller.heading')}</h2>
      <p>{t.t('privacy.controller.text', { name: controller.name, email: controller.email })}</p>
      {controller.dpoEmail !== null && <p>{t.t('privacy.controller.dpo', { email: controller.dpoEmail })}</p>}
      <ControllerFacts t={t} controller={controller} />
      <h2>{t.t('privacy.purposes.heading')}</h2>
      <Purposes t={t} />
      <p>{t.t('privacy.sensitive')}</p>
      <h2>{t.t('privacy.sources.heading')}</h2>
      <p>{t.t('privacy.sources.text')}</p>
      <h2>{t.t('privacy.public.heading')}</h2>
      <p>{t.t('privacy.public.text')}</p>
      <Recipients t={t} model={model} />
      <Retention t={t} model={model} />
      <Rights t={t} model={model} />
      <Cookies t={t} model={model} />
      <UpdatedOn t={t} date={LEGAL_TEXTS_UPDATED} />
    </>
  );
}
