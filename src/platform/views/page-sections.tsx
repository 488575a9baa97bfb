import type { FunctionComponent } from 'preact';
import type { Translator } from '#src/platform/i18n.ts';

/**
 * A section one module adds to another module's page, e.g. "the activities held here" on a
 * place's page. The page's module renders the sections it is given and imports none of the
 * modules they come from; the lists are composed at the app's level (`src/page-sections.ts`).
 */
export type PageSection = FunctionComponent<{ t: Translator; slug: string }>;

/** The sections other modules add to the page of the object named by `slug`, in their order. */
export function PageSections({
  t,
  slug,
  sections,
}: {
  t: Translator;
  slug: string;
  sections: readonly PageSection[];
}) {
  return (
    <>
      {sections.map((Section) => (
        <Section key={Section.name} t={t} slug={slug} />
      ))}
    </>
  );
}
