import type { ContactView } from '#src/modules/giving/contact-service.ts';
import {
  authorName,
  contactPath,
  type GiveItem,
  type ItemStatus,
  itemPath,
  MESSAGE_MAX,
} from '#src/modules/giving/model.ts';
import { kindLabel } from '#src/modules/giving/views/board.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';

export interface ItemPageModel {
  item: GiveItem;
  status: ItemStatus;
  hidden: boolean;
  canManage: boolean;
  /** Null when not logged in. */
  viewerId: number | null;
  /** The viewer's own request about this item, if they sent one. */
  ownRequest: ContactView | null;
  /** For the poster: the requests about the item. */
  requests: ContactView[];
  contactForm: FormState;
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </>
  );
}

function Notices({ t, model }: { t: Translator; model: ItemPageModel }) {
  const { item, status } = model;
  return (
    <>
      {model.hidden && (
        <div class="alert alert-warning" role="status">
          <div class="alert-body">
            <p class="alert-text">{t.t('giving.item.hidden')}</p>
            {item.posterId === model.viewerId && (
              <p class="alert-text">
                <a href={`/rapporter?type=${item.direction}&id=${item.id}`}>{t.t('giving.item.askReview')}</a>
              </p>
            )}
          </div>
        </div>
      )}
      {status === 'expired' && (
        <div class="alert alert-info" role="status">
          <div class="alert-body">
            <p class="alert-text">{t.t('giving.item.expired')}</p>
          </div>
        </div>
      )}
      {status === 'completed' && (
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">
              {item.direction === 'offer' ? t.t('giving.item.given') : t.t('giving.item.fulfilled')}
            </p>
          </div>
        </div>
      )}
    </>
  );
}

function Facts({ t, item }: { t: Translator; item: GiveItem }) {
  return (
    <dl class="app-facts">
      <dt>{t.t('giving.item.kind')}</dt>
      <dd>{kindLabel(t, item)}</dd>
      {item.neighbourhood !== null && (
        <>
          <dt>{t.t('giving.item.neighbourhood')}</dt>
          <dd>{item.neighbourhood.name}</dd>
        </>
      )}
      {item.place !== null && (
        <>
          <dt>{t.t('giving.item.place')}</dt>
          <dd>
            <a href={`/steder/${encodeURIComponent(item.place.slug)}`}>{item.place.name}</a>
          </dd>
        </>
      )}
    </dl>
  );
}

function ContactSection({ t, csrfToken, model }: { t: Translator; csrfToken: string; model: ItemPageModel }) {
  const { item } = model;
  const button =
    item.direction === 'offer' ? t.t('giving.contact.offerButton') : t.t('giving.contact.wishButton');
  if (model.viewerId === null) {
    return (
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{button}</h2>
        <p>
          <a class="button button-primary" href={`/log-ind?naeste=${encodeURIComponent(itemPath(item.id))}`}>
            {t.t('giving.contact.loginFirst')}
          </a>
        </p>
      </section>
    );
  }
  if (model.ownRequest !== null) {
    return (
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{button}</h2>
        <p>
          {t.t('giving.contact.alreadySent')}{' '}
          <a href={contactPath(model.ownRequest.id)}>{t.t('giving.contact.seeRequest')}</a>
        </p>
      </section>
    );
  }
  const name = authorName(item);
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t.t('giving.contact.formTitle', { name })}</h2>
      <ErrorSummary t={t} errors={model.contactForm.errors} />
      <PostForm action={`${itemPath(item.id)}/kontakt`} csrfToken={csrfToken}>
        <TextField
          t={t}
          form={model.contactForm}
          name="message"
          label={t.t('giving.contact.message')}
          hint={t.t('giving.contact.messageHint')}
          multiline
          maxLength={MESSAGE_MAX}
        />
        <p>{t.t('giving.contact.consent', { name: item.posterName })}</p>
        <button type="submit" class="button button-primary">
          {button}
        </button>
      </PostForm>
    </section>
  );
}

function OwnerSection({ t, csrfToken, model }: { t: Translator; csrfToken: string; model: ItemPageModel }) {
  const { item } = model;
  return (
    <section aria-labelledby="owner-title">
      <h2 id="owner-title">{t.t('giving.item.requests')}</h2>
      {model.requests.length === 0 ? (
        <p>{t.t('giving.item.noRequests')}</p>
      ) : (
        <ul>
          {model.requests.map((request) => (
            <li key={request.id}>
              <a href={contactPath(request.id)}>{request.requesterName}</a> –{' '}
              {t.t(`giving.contact.status.${request.status}`)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a class="button button-secondary" href={`${itemPath(item.id)}/rediger`}>
          {t.t('giving.item.edit')}
        </a>
      </p>
      {model.status !== 'completed' && (
        <PostForm action={`${itemPath(item.id)}/givet`} csrfToken={csrfToken}>
          <button type="submit" class="button button-secondary">
            {item.direction === 'offer' ? t.t('giving.item.markGiven') : t.t('giving.item.markFulfilled')}
          </button>
        </PostForm>
      )}
    </section>
  );
}

/** One offer or wish: what it is, who posts it, and the way to get in touch (or the poster's tools). */
export function ItemPage({
  t,
  csrfToken,
  model,
}: {
  t: Translator;
  csrfToken: string;
  model: ItemPageModel;
}) {
  const { item } = model;
  const isPoster = model.viewerId === item.posterId;
  const open = model.status === 'open' && !model.hidden;
  return (
    <>
      <p>
        <a href="/giv">{t.t('giving.item.back')}</a>
      </p>
      <p class="app-give-tag">
        <strong>{t.t(`giving.direction.${item.direction}`)}</strong>
      </p>
      <h1>{item.title}</h1>
      <Notices t={t} model={model} />
      <p>
        {item.organisation === null
          ? t.t('giving.item.postedBy', { name: item.posterName })
          : t.t('giving.item.postedForBy', { name: item.posterName, organisation: item.organisation.name })}
        {model.status === 'open' &&
          ` · ${t.t('giving.item.until', { date: t.dateTime(item.expiresAt, { dateStyle: 'long' }) })}`}
      </p>
      <Paragraphs text={item.description} />
      <Facts t={t} item={item} />
      {open && !isPoster && <ContactSection t={t} csrfToken={csrfToken} model={model} />}
      {model.canManage && <OwnerSection t={t} csrfToken={csrfToken} model={model} />}
      {!model.hidden && (
        <p>
          <a class="function-link" href={`/rapporter?type=${item.direction}&id=${item.id}`}>
            {t.t('giving.item.report')}
          </a>
        </p>
      )}
    </>
  );
}
