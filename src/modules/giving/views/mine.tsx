import type { ContactView } from '#src/modules/giving/contact-service.ts';
import { contactPath, type GiveItem, type ItemStatus, itemPath } from '#src/modules/giving/model.ts';
import type { Translator } from '#src/platform/i18n.ts';

export interface MineModel {
  items: Array<{ item: GiveItem; status: ItemStatus }>;
  requests: ContactView[];
}

function statusText(t: Translator, item: GiveItem, status: ItemStatus): string {
  if (item.hiddenAt !== null) return t.t('giving.status.hidden');
  if (status === 'completed')
    return t.t(item.direction === 'offer' ? 'giving.status.given' : 'giving.status.fulfilled');
  return t.t(status === 'open' ? 'giving.status.open' : 'giving.status.expired');
}

/** A person's own posts (also expired and hidden ones) and the requests they have sent. */
export function MinePage({ t, model }: { t: Translator; model: MineModel }) {
  return (
    <>
      <h1>{t.t('giving.mine.title')}</h1>
      <h2>{t.t('giving.mine.items')}</h2>
      {model.items.length === 0 ? (
        <p>{t.t('giving.mine.noItems')}</p>
      ) : (
        <ul>
          {model.items.map(({ item, status }) => (
            <li key={item.id}>
              <a href={itemPath(item.id)}>{item.title}</a> – {t.t(`giving.direction.${item.direction}`)},{' '}
              {statusText(t, item, status)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t.t('giving.mine.requests')}</h2>
      {model.requests.length === 0 ? (
        <p>{t.t('giving.mine.noRequests')}</p>
      ) : (
        <ul>
          {model.requests.map((request) => (
            <li key={request.id}>
              <a href={contactPath(request.id)}>{request.itemTitle}</a> –{' '}
              {t.t(`giving.contact.status.${request.status}`)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/giv">{t.t('giving.item.back')}</a>
      </p>
    </>
  );
}
