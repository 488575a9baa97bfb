import { formatDkk } from '#src/modules/grants/amounts.ts';
import {
  ApplicationFacts,
  History,
  PhotoList,
  type PhotoView,
} from '#src/modules/grants/applications/views/application-details.tsx';
import { COMMENT_MAX, DECISION_REASON_MAX, PAYMENT_REFERENCE_MAX } from '#src/modules/grants/limits.ts';
import { conflictMessage } from '#src/modules/grants/policy.ts';
import type { SponsorshipOffer } from '#src/modules/grants/pools/sponsorships-service.ts';
import type { ReviewModel } from '#src/modules/grants/review/service.ts';
import { VOTES } from '#src/modules/grants/tables.ts';
import {
  type GrantFormState,
  Paragraphs,
  StatusBadge,
  textValues,
} from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ChoiceGroup } from '#src/platform/views/choices.tsx';
import { DateField } from '#src/platform/views/date-field.tsx';
import { ErrorSummary, PostForm, TextField } from '#src/platform/views/forms.tsx';
import { DataTable } from '#src/platform/views/table.tsx';

export interface ReviewPageForms {
  vote: GrantFormState;
  comment: GrantFormState;
  decision: GrantFormState;
  payment: GrantFormState;
}

interface Props {
  t: Translator;
  csrfToken: string;
  model: ReviewModel;
  photos: PhotoView[];
  /** Sponsorship offers from the give-board the application links. */
  sponsors: SponsorshipOffer[];
  forms: ReviewPageForms;
  /** The request's local date, for the example in the date hint. */
  today: string;
}

function base(model: ReviewModel): string {
  return `/puljer/${encodeURIComponent(model.pool.slug)}/ansogninger/${model.application.id}`;
}

function Votes({ t, csrfToken, model, forms }: Props) {
  const open = model.application.status === 'submitted' || model.application.status === 'needs_info';
  return (
    <section aria-labelledby="stemmer">
      <h2 id="stemmer">{t.t('grants.review.votesTitle')}</h2>
      <p>{t.t('grants.queue.tally', { ...model.tally })}</p>
      {model.votes.length > 0 && (
        <ul>
          {model.votes.map((vote) => (
            <li key={vote.reviewerId}>
              {vote.name ?? t.t('accounts.deletedUser')}: {t.t(`grants.vote.${vote.vote}`)}
            </li>
          ))}
        </ul>
      )}
      {model.conflict !== null && model.standing.isReviewer && (
        <p class="alert alert-warning">{t.t(conflictMessage(model.conflict))}</p>
      )}
      {model.standing.isReviewer && model.conflict === null && open && (
        <PostForm action={`${base(model)}/stem`} csrfToken={csrfToken}>
          <ChoiceGroup
            t={t}
            form={{ values: { vote: model.myVote ?? '', ...forms.vote.values }, errors: forms.vote.errors }}
            type="radio"
            name="vote"
            legend={t.t('grants.review.yourVote')}
            hint={t.t('grants.review.voteHint')}
            options={VOTES.map((vote) => ({ value: vote, label: t.t(`grants.vote.${vote}`) }))}
          />
          <button type="submit" class="button button-secondary">
            {t.t(model.myVote === null ? 'grants.review.castVote' : 'grants.review.changeVote')}
          </button>
        </PostForm>
      )}
    </section>
  );
}

function Comments({ t, csrfToken, model, forms }: Props) {
  return (
    <section aria-labelledby="kommentarer">
      <h2 id="kommentarer">{t.t('grants.review.commentsTitle')}</h2>
      <p class="form-hint">{t.t('grants.review.commentsHint')}</p>
      {model.comments.map((comment) => (
        <div key={comment.id} class="mb-5">
          <p class="weight-semibold">
            {comment.authorName ?? t.t('accounts.deletedUser')},{' '}
            {t.dateTime(comment.at, { dateStyle: 'medium', timeStyle: 'short' })}
          </p>
          <Paragraphs text={comment.body} />
        </div>
      ))}
      <PostForm action={`${base(model)}/kommentar`} csrfToken={csrfToken}>
        <TextField
          t={t}
          form={textValues(forms.comment)}
          name="comment"
          label={t.t('grants.review.comment')}
          multiline
          maxLength={COMMENT_MAX}
        />
        <button type="submit" class="button button-secondary">
          {t.t('grants.review.addComment')}
        </button>
      </PostForm>
    </section>
  );
}

function Decision({ t, csrfToken, model, forms }: Props) {
  const { rights, application } = model;
  if (application.status !== 'submitted' && application.status !== 'needs_info') return null;
  const outcomes = [
    ...(rights.approve ? [{ value: 'approve', label: t.t('grants.decide.approve') }] : []),
    ...(rights.reject ? [{ value: 'reject', label: t.t('grants.decide.reject') }] : []),
    ...(rights.needsInfo && application.status === 'submitted'
      ? [{ value: 'needs_info', label: t.t('grants.decide.needsInfo') }]
      : []),
  ];
  const text = textValues(forms.decision);
  return (
    <section aria-labelledby="afgoerelse">
      <h2 id="afgoerelse">{t.t('grants.decide.title')}</h2>
      <p>
        {t.t(model.pool.decisionRule === 'chair' ? 'grants.decide.ruleChair' : 'grants.decide.ruleMajority')}
      </p>
      {rights.blockedBy !== null && <p class="alert alert-info">{t.t(rights.blockedBy)}</p>}
      {outcomes.length > 0 && (
        <PostForm action={`${base(model)}/afgoer`} csrfToken={csrfToken}>
          <ChoiceGroup
            t={t}
            form={forms.decision}
            type="radio"
            name="outcome"
            legend={t.t('grants.decide.outcome')}
            options={outcomes}
          />
          {rights.approve && (
            <TextField
              t={t}
              form={text}
              name="amount"
              label={t.t('grants.decide.amount')}
              hint={t.t('grants.decide.amountHint', { requested: formatDkk(t, application.requestedOre) })}
            />
          )}
          <TextField
            t={t}
            form={text}
            name="reason"
            label={t.t('grants.decide.reason')}
            hint={t.t('grants.decide.reasonHint')}
            multiline
            optional
            requiredWhen={t.t('grants.decide.reasonWhen')}
            maxLength={DECISION_REASON_MAX}
          />
          <button type="submit" class="button button-primary">
            {t.t('grants.decide.submit')}
          </button>
        </PostForm>
      )}
    </section>
  );
}

function Money({ t, csrfToken, model, forms, today }: Props) {
  const { application, money } = model;
  if (!model.standing.isAdmin || !['approved', 'paid', 'reported'].includes(application.status)) return null;
  const text = textValues(forms.payment);
  return (
    <section aria-labelledby="penge">
      <h2 id="penge">{t.t('grants.money.title')}</h2>
      <dl>
        <dt>{t.t('grants.money.committed')}</dt>
        <dd>{formatDkk(t, money.committedOre)}</dd>
        <dt>{t.t('grants.money.paid')}</dt>
        <dd>{formatDkk(t, money.paidOre)}</dd>
        <dt>{t.t('grants.money.payable')}</dt>
        <dd>{formatDkk(t, money.payableOre)}</dd>
      </dl>
      {money.payableOre > 0 && (
        <p>
          <a href={`${base(model)}/udbetal`} class="button button-primary">
            {t.t('grants.pay.button')}
          </a>
        </p>
      )}
      {model.ledger.length > 0 && (
        <DataTable
          caption={t.t('grants.money.ledgerCaption')}
          compact
          rows={model.ledger}
          rowKey={(entry) => entry.id}
          columns={[
            { heading: t.t('grants.money.kind'), cell: (entry) => t.t(`grants.ledger.${entry.kind}`) },
            {
              heading: t.t('grants.money.amount'),
              numeric: true,
              cell: (entry) => formatDkk(t, entry.amountOre),
            },
            {
              heading: t.t('grants.money.date'),
              cell: (entry) => entry.bookedOn ?? t.dateTime(entry.createdAt, { dateStyle: 'medium' }),
            },
            { heading: t.t('grants.money.reference'), cell: (entry) => entry.reference },
          ]}
        />
      )}
      {money.paidOre > 0 && (
        <PostForm action={`${base(model)}/tilbagebetaling`} csrfToken={csrfToken}>
          <h3>{t.t('grants.return.title')}</h3>
          <DateField t={t} form={forms.payment} name="date" label={t.t('grants.pay.date')} today={today} />
          <TextField
            t={t}
            form={text}
            name="amount"
            label={t.t('grants.return.amount')}
            hint={t.t('grants.form.amountHint')}
          />
          <TextField
            t={t}
            form={text}
            name="reference"
            label={t.t('grants.pay.reference')}
            optional
            maxLength={PAYMENT_REFERENCE_MAX}
          />
          <button type="submit" class="button button-secondary">
            {t.t('grants.return.submit')}
          </button>
        </PostForm>
      )}
    </section>
  );
}

/** /puljer/:slug/ansogninger/:id: the reviewers' page – facts, votes, internal comments, decision, money. */
export function ReviewPage(props: Props) {
  const { t, model } = props;
  const { application } = model;
  const errors = {
    ...props.forms.vote.errors,
    ...props.forms.comment.errors,
    ...props.forms.decision.errors,
    ...props.forms.payment.errors,
  };
  return (
    <>
      <p>
        <a href={`/puljer/${encodeURIComponent(model.pool.slug)}/bedoem`}>
          {t.t('grants.review.backToQueue')}
        </a>
      </p>
      <h1>{application.title}</h1>
      <p class="font-lead">
        <StatusBadge t={t} status={application.status} />{' '}
        {t.t('grants.queue.daysOfTarget', { days: model.daysWaiting, target: application.targetDays })}
      </p>
      <ErrorSummary t={t} errors={errors} />
      {application.status === 'rejected' && application.decisionReason !== null && (
        <p class="alert alert-error">
          {t.t('grants.review.rejectedBecause', { reason: application.decisionReason })}
        </p>
      )}
      <ApplicationFacts t={t} application={application} sponsors={props.sponsors} />
      <PhotoList photos={props.photos} />
      {application.reportText !== null && (
        <section aria-labelledby="rapport">
          <h2 id="rapport">{t.t('grants.report.title')}</h2>
          <Paragraphs text={application.reportText} />
          <p>{t.t('grants.report.spent', { amount: formatDkk(t, application.actualSpendOre ?? 0) })}</p>
        </section>
      )}
      <Votes {...props} />
      <Decision {...props} />
      <Money {...props} />
      <Comments {...props} />
      <History t={t} events={model.events} />
    </>
  );
}
