import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARCHITECTURE_FILE,
  baselineOf,
  buildModuleGraph,
  type GraphBaseline,
  graphSection,
  isPublicEntry,
  PROJECT_ROOT,
  partOf,
  readBaseline,
  withGraphSection,
} from '#src/testing/module-graph.ts';

const graph = buildModuleGraph(PROJECT_ROOT);
const today = baselineOf(graph);
const recorded = readBaseline();
const UPDATE = 'if the change is meant, run `npx tsx scripts/module-graph.ts --baseline`';

function added(kind: keyof GraphBaseline): string[] {
  return today[kind].filter((entry) => !recorded[kind].includes(entry));
}

function gone(kind: keyof GraphBaseline): string[] {
  return recorded[kind].filter((entry) => !today[kind].includes(entry));
}

describe('the module graph of src/', () => {
  it('sees the modules and the imports between them', () => {
    expect(graph.imports.length).toBeGreaterThan(1000);
    expect(graph.crossModule.length).toBeGreaterThan(0);
  });

  it('adds no import cycle between modules', () => {
    expect(added('cycleEdges'), 'new arrows inside a module cycle').toEqual([]);
  });

  it('adds no import of a module by platform or db', () => {
    expect(added('layerBreaks'), 'platform and db must not import a module').toEqual([]);
  });

  it("adds no import that reaches past another module's services", () => {
    expect(
      added('reachIns'),
      "import the other module's service, or move the shared piece to platform",
    ).toEqual([]);
  });

  it('lists in its baseline only debts that still exist, so the list shrinks as they are paid', () => {
    expect(gone('cycleEdges'), UPDATE).toEqual([]);
    expect(gone('layerBreaks'), UPDATE).toEqual([]);
    expect(gone('reachIns'), UPDATE).toEqual([]);
  });

  it('is drawn as it is in docs/architecture.md', () => {
    const document = readFileSync(ARCHITECTURE_FILE, 'utf8');
    expect(
      withGraphSection(document, graphSection(graph)),
      'run `npx tsx scripts/module-graph.ts --write`',
    ).toBe(document);
  });
});

describe('the parts and entry points the graph is built from', () => {
  it('names a module by its folder under src/modules, sub-domains included', () => {
    expect(partOf('src/modules/places/bookings/service.ts')).toBe('modules/places');
    expect(partOf('src/platform/i18n.ts')).toBe('platform');
    expect(partOf('src/db/seed/demo.ts')).toBe('seed');
    expect(partOf('src/app.ts')).toBe('app');
  });

  it("counts a module's services and its types.ts as its public entry points, and nothing else", () => {
    expect(isPublicEntry('src/modules/places/bookings/service.ts')).toBe(true);
    expect(isPublicEntry('src/modules/grants/money/service.ts')).toBe(true);
    expect(isPublicEntry('src/modules/organisations/types.ts')).toBe(true);
    expect(isPublicEntry('src/modules/places/bookings/types.ts')).toBe(true);
    expect(isPublicEntry('src/modules/places/queries.ts')).toBe(false);
    expect(isPublicEntry('src/modules/accounts/tables.ts')).toBe(false);
    expect(isPublicEntry('src/modules/places/views/service-hours.tsx')).toBe(false);
    expect(isPublicEntry('src/modules/places/views/types.ts')).toBe(false);
    expect(isPublicEntry('src/modules/places/field-types.ts')).toBe(false);
  });

  it("keeps a module's types.ts a vocabulary: it imports no module file but another types.ts", () => {
    const leaks = graph.imports.filter(
      ({ from, to }) =>
        isPublicEntry(from) &&
        from.endsWith('/types.ts') &&
        partOf(to).startsWith('modules/') &&
        !isPublicEntry(to),
    );
    expect(leaks.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  /** A tiny src/ tree: each entry is a file and the project paths it imports. */
  function graphOf(files: Record<string, string[]>) {
    const root = mkdtempSync(join(tmpdir(), 'byliv-graph-'));
    try {
      for (const [file, targets] of Object.entries(files)) {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        const lines = targets.map((target, index) => `import { x${index} } from '#${target}';`);
        writeFileSync(join(root, file), `${lines.join('\n')}\nexport const x = 1;\n`);
      }
      return baselineOf(buildModuleGraph(root));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('finds a cycle, a layer break and a reach-in, and lets a service call pass', () => {
    const found = graphOf({
      'src/modules/a/service.ts': ['src/modules/b/service.ts'],
      'src/modules/b/service.ts': ['src/modules/a/queries.ts'],
      'src/modules/a/queries.ts': [],
      'src/platform/kit.ts': ['src/modules/a/service.ts'],
    });
    expect(found.cycleEdges).toEqual(['modules/a -> modules/b', 'modules/b -> modules/a']);
    expect(found.layerBreaks).toEqual(['src/platform/kit.ts -> src/modules/a/service.ts']);
    expect(found.reachIns).toEqual(['src/modules/b/service.ts -> src/modules/a/queries.ts']);
  });

  it('leaves out tests and the table types db/schema.ts combines', () => {
    const found = graphOf({
      'src/db/schema.ts': ['src/modules/a/tables.ts'],
      'src/modules/a/tables.ts': [],
      'src/modules/b/b.test.ts': ['src/modules/a/tables.ts'],
    });
    expect(found).toEqual({ cycleEdges: [], layerBreaks: [], reachIns: [] });
  });
});
