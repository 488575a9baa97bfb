import { DESCRIPTION_MAX, TITLE_MAX } from '#src/modules/giving/model.ts';
import { DIRECTIONS, GIVE_KINDS, SPONSORSHIP_KINDS } from '#src/modules/giving/tables.ts';
import type { Translator } from '#src/platform/i18n.ts';
import {
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  TextField,
} from '#src/platform/views/forms.tsx';

export interface Choice {
  slug: string;
  name: string;
}

export interface ItemFormModel {
  form: FormState;
  /** New: the form posts to /giv/nyt; edit: to the item's edit page. */
  editingId: number | null;
  userName: string;
  /** The person's organisations (new items only; who it is posted for does not change). */
  organisations: Choice[];
  neighbourhoods: Choice[];
  /** Places owned by the person's organisations, for room offers. */
  places: Array<Choice & { organisationName: string }>;
}

export function itemFormTitle(t: Translator, model: { editingId: number | null; form: FormState }): string {
  if (model.editingId !== null) return t.t('giving.form.edit');
  return model.form.values.direction === 'wish' ? t.t('giving.form.newWish') : t.t('giving.form.newOffer');
}

/** Posting or editing an offer or wish: one short form, fields required unless marked. */
export function ItemFormPage({
  t,
  csrfToken,
  model,
}: {
  t: Translator;
  csrfToken: string;
  model: ItemFormModel;
}) {
  const { form } = model;
  const action = model.editingId === null ? '/giv/nyt' : `/giv/${model.editingId}/rediger`;
  return (
    <>
      <h1>{itemFormTitle(t, model)}</h1>
      <p class="font-lead">{t.t('giving.slogan')}</p>
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action={action} csrfToken={csrfToken}>
        <SelectField
          t={t}
          form={form}
          name="direction"
          label={t.t('giving.field.direction')}
          options={DIRECTIONS.map((direction) => ({
            value: direction,
            label: t.t(`giving.direction.${direction}`),
          }))}
        />
        <SelectField
          t={t}
          form={form}
          name="kind"
          label={t.t('giving.field.kind')}
          options={[
            { value: '', label: t.t('giving.field.chooseKind') },
            ...GIVE_KINDS.map((kind) => ({ value: kind, label: t.t(`giving.kind.${kind}`) })),
          ]}
        />
        <SelectField
          t={t}
          form={form}
          name="sponsorshipKind"
          label={t.t('giving.field.sponsorshipKind')}
          hint={t.t('giving.field.sponsorshipKindHint')}
          optional
          options={[
            { value: '', label: t.t('giving.field.notSponsorship') },
            ...SPONSORSHIP_KINDS.map((kind) => ({ value: kind, label: t.t(`giving.sponsorship.${kind}`) })),
          ]}
        />
        <TextField
          t={t}
          form={form}
          name="title"
          label={t.t('giving.field.title')}
          hint={t.t('giving.field.titleHint')}
          maxLength={TITLE_MAX}
        />
        <TextField
          t={t}
          form={form}
          name="description"
          label={t.t('giving.field.description')}
          hint={t.t('giving.field.descriptionHint')}
          multiline
          maxLength={DESCRIPTION_MAX}
        />
        {model.editingId === null && model.organisations.length > 0 && (
          <SelectField
            t={t}
            form={form}
            name="organisation"
            label={t.t('giving.field.postAs')}
            options={[
              { value: '', label: t.t('giving.field.postAsSelf', { name: model.userName }) },
              ...model.organisations.map((organisation) => ({
                value: organisation.slug,
                label: organisation.name,
              })),
            ]}
          />
        )}
        <SelectField
          t={t}
          form={form}
          name="neighbourhood"
          label={t.t('giving.field.neighbourhood')}
          optional
          options={[
            { value: '', label: t.t('giving.field.noNeighbourhood') },
            ...model.neighbourhoods.map((area) => ({ value: area.slug, label: area.name })),
          ]}
        />
        {model.places.length > 0 && (
          <SelectField
            t={t}
            form={form}
            name="place"
            label={t.t('giving.field.place')}
            hint={t.t('giving.field.placeHint')}
            optional
            options={[
              { value: '', label: t.t('giving.field.noPlace') },
              ...model.places.map((place) => ({
                value: place.slug,
                label: `${place.name} (${place.organisationName})`,
              })),
            ]}
          />
        )}
        <TextField
          t={t}
          form={form}
          name="expiresInDays"
          type="number"
          label={t.t('giving.field.expiresInDays')}
          hint={t.t('giving.field.expiresInDaysHint')}
        />
        <button type="submit" class="button button-primary">
          {model.editingId === null ? t.t('giving.form.submit') : t.t('giving.form.save')}
        </button>
      </PostForm>
    </>
  );
}
