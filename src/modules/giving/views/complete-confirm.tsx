import { type GiveItem, itemPath } from '#src/modules/giving/model.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ConfirmPage } from '#src/platform/views/confirm-page.tsx';

/**
 * "Er tilbuddet givet?": closing a post takes it off the board for good (it cannot be opened
 * again), so the owner confirms. No one else is told.
 */
export function CompleteItemConfirm({
  t,
  csrfToken,
  item,
}: {
  t: Translator;
  csrfToken: string;
  item: GiveItem;
}) {
  const offer = item.direction === 'offer';
  return (
    <ConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={t.t(offer ? 'giving.complete.headingOffer' : 'giving.complete.headingWish')}
      facts={[
        { label: t.t('giving.complete.post'), value: <a href={itemPath(item.id)}>{item.title}</a> },
        { label: t.t('giving.complete.after'), value: t.t('giving.complete.afterText') },
      ]}
      told={[]}
      final
      action={`${itemPath(item.id)}/givet`}
      submitLabel={t.t(offer ? 'giving.complete.submitOffer' : 'giving.complete.submitWish')}
      backHref={itemPath(item.id)}
    />
  );
}
