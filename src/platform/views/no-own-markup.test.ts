import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A lint rule as a test: pages in src/modules draw checkboxes, radio buttons and the header only
 * through the shared components (src/platform/views/choices.tsx and header.tsx), so that the
 * DKFDS markup – the wrapper that keeps a box beside its label, the menu that works on a phone –
 * is right once for every page. `<ChoiceGroup type="radio">` is the shared component and allowed;
 * an `<input type="radio">` or DKFDS's own choice classes are not.
 */
const RULES: Array<{ what: string; pattern: RegExp }> = [
  {
    what: 'an <input> checkbox or radio button (use Checkbox, ChoiceGroup or RowCheckbox)',
    pattern: /<input\b[^>]*?\btype=\{?\s*["'`](?:checkbox|radio)["'`]/s,
  },
  {
    what: "DKFDS's checkbox/radio classes (use Checkbox, ChoiceGroup or RowCheckbox)",
    pattern: /\bform-(?:group-)?(?:checkbox|radio)\b/,
  },
  { what: 'its own <header> (the layout draws the one header)', pattern: /<header[\s>]/ },
  {
    what: 'its own file input (use PhotoUploadForm)',
    pattern: /<input\b[^>]*?\btype=\{?\s*["'`]file["'`]/s,
  },
];

const MODULES = join(import.meta.dirname, '..', '..', 'modules');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // Tests may hold rendered markup to compare with; they draw no page.
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Each rule the source breaks, by what it names. */
function ownMarkup(source: string): string[] {
  return RULES.filter((rule) => rule.pattern.test(source)).map((rule) => rule.what);
}

describe('module views use the shared header and choice components', () => {
  it('finds no module that writes its own checkbox, radio button or header', () => {
    const offenders = sourceFiles(MODULES).flatMap((path) =>
      ownMarkup(readFileSync(path, 'utf8')).map((what) => `${relative(MODULES, path)}: ${what}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch each kind of hand-written markup', () => {
    expect(ownMarkup('<input class="x"\n  type="checkbox" name="a" />')).toHaveLength(1);
    expect(ownMarkup('<input type={\'radio\'} name="b" />')).toHaveLength(1);
    expect(ownMarkup('<div class="form-group-radio">')).toHaveLength(1);
    expect(ownMarkup('<header class="header">')).toHaveLength(1);
  });

  it('lets the shared components be used', () => {
    expect(ownMarkup('<ChoiceGroup t={t} form={form} type="radio" name="vote" />')).toEqual([]);
    expect(ownMarkup('<input type="hidden" name="_csrf" value={token} />')).toEqual([]);
    expect(ownMarkup('<h2 class="app-card__header">')).toEqual([]);
  });
});
