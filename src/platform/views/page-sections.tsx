import type { FunctionComponent } from 'preact';
import type { AppContext } from '#src/platform/context.ts';
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

/** A section that has loaded what it shows and needs only the reader's translator to render. */
export type LoadedSection = FunctionComponent<{ t: Translator }>;

/**
 * A section one module adds to the home page ("Det sker i denne uge"). Unlike a `PageSection` it
 * reads the database, so the home route loads every section before it renders the page; the list
 * is composed at the app's level (`src/page-sections.ts`).
 */
export interface HomeSection {
  load(ctx: AppContext): Promise<LoadedSection>;
}

/** Loads the home page's sections, one after another (each is a few queries). */
export async function loadHomeSections(
  ctx: AppContext,
  sections: readonly HomeSection[],
): Promise<LoadedSection[]> {
  const loaded: LoadedSection[] = [];
  for (const section of sections) loaded.push(await section.load(ctx));
  return loaded;
}

/** The loaded sections, in their order; the list is fixed, so its index is a stable key. */
export function LoadedSections({ t, sections }: { t: Translator; sections: readonly LoadedSection[] }) {
  return (
    <>
      {sections.map((Section, index) => (
        <Section key={index} t={t} />
      ))}
    </>
  );
}
