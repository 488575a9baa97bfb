import type { ContactView } from '#src/modules/giving/contact-service.ts';
import { contactPath, itemPath } from '#src/modules/giving/model.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { PostForm } from '#src/platform/views/forms.tsx';
import { FactsTable } from '#src/platform/views/table.tsx';

function Status({ t, contact }: { t: Translator; contact: ContactView }) {
  if (contact.status === 'accepted' && contact.counterpartEmail !== null) {
    return (
      <div class="alert alert-success" role="status">
        <div class="alert-body">
          <p class="alert-heading">{t.t('giving.contact.status.accepted')}</p>
          <p class="alert-text">
            {t.t('giving.contact.emailOf', { name: contact.counterpartName })}:{' '}
            <a href={`mailto:${contact.counterpartEmail}`}>{contact.counterpartEmail}</a>
          </p>
        </div>
      </div>
    );
  }
  if (contact.status === 'declined') {
    return (
      <p>
        {contact.role === 'requester'
          ? t.t('giving.contact.declinedForRequester', { name: contact.posterName })
          : t.t('giving.contact.status.declined')}
      </p>
    );
  }
  return contact.role === 'requester' ? (
    <p>{t.t('giving.contact.waiting', { name: contact.posterName })}</p>
  ) : (
    <p>{t.t('giving.contact.decide', { name: contact.requesterName })}</p>
  );
}

/** A contact request as its two people see it; addresses appear only once the poster accepted. */
export function ContactPage({
  t,
  csrfToken,
  contact,
}: {
  t: Translator;
  csrfToken: string;
  contact: ContactView;
}) {
  const decide = contact.role === 'poster' && contact.status === 'pending' && !contact.itemHidden;
  return (
    <>
      <p>
        <a href={itemPath(contact.itemId)}>{contact.itemTitle}</a>
      </p>
      <h1>{t.t('giving.contact.title', { title: contact.itemTitle })}</h1>
      <FactsTable
        caption={t.t('giving.contact.title', { title: contact.itemTitle })}
        captionHidden
        compact
        facts={[
          { label: t.t('giving.contact.from'), value: contact.requesterName },
          { label: t.t('giving.contact.sentAt'), value: t.dateTime(contact.createdAt) },
          { label: t.t('giving.contact.status'), value: t.t(`giving.contact.status.${contact.status}`) },
        ]}
      />
      <h2>{t.t('giving.contact.message')}</h2>
      {contact.message.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <Status t={t} contact={contact} />
      {decide && (
        <div class="app-button-row">
          <PostForm action={`${contactPath(contact.id)}/accepter`} csrfToken={csrfToken}>
            <button type="submit" class="button button-primary">
              {t.t('giving.contact.accept')}
            </button>
          </PostForm>
          <PostForm action={`${contactPath(contact.id)}/afvis`} csrfToken={csrfToken}>
            <button type="submit" class="button button-secondary">
              {t.t('giving.contact.decline')}
            </button>
          </PostForm>
        </div>
      )}
    </>
  );
}
