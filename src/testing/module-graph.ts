import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The import graph of src/ as the architecture sees it: which part of the code (a module under
 * src/modules/<name>, or platform, db, ...) imports which. Tests are left out: a test may build
 * its fixtures from another module's tables; the rules are about the code that ships.
 */

/** One import of one source file by another, as paths relative to the project root. */
export interface FileImport {
  from: string;
  to: string;
}

export interface ModuleGraph {
  imports: FileImport[];
  /** Imports from one module's file into another module's file. */
  crossModule: FileImport[];
  /** Cross-module imports that land past the target's public entry points (not a service). */
  reachIns: FileImport[];
  /** Imports that point a layer the wrong way: platform or db importing a module. */
  layerBreaks: FileImport[];
  /** Each group of modules that import one another in a circle (a strongly connected component). */
  cycles: string[][];
  /** The module → module edges inside those groups: removing them all removes the cycles. */
  cycleEdges: string[];
}

const SOURCE = /\.tsx?$/;
const TEST = /\.test\.tsx?$|\.d\.ts$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) ? [path] : [];
  });
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** The project-relative file an import specifier names, or undefined for a package. */
function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith('#src/')) return `src/${specifier.slice('#src/'.length)}`;
  if (specifier.startsWith('.')) return posix.normalize(posix.join(posix.dirname(fromFile), specifier));
  return undefined;
}

/**
 * The part of the code a file belongs to: `modules/<name>`, `seed` (the demo data under db/, which
 * sits above the modules and calls their services), or the first folder (or file) under src/.
 */
export function partOf(file: string): string {
  const [, first = '', second = ''] = file.split('/');
  if (first === 'modules') return `modules/${second}`;
  if (first === 'db' && second === 'seed') return 'seed';
  return first.replace(SOURCE, '');
}

/**
 * db/schema.ts combines each module's table types into the one `Database` interface (Kysely's
 * pattern, type-only): the composition point of the tables, not a dependency of db on a module.
 */
function isTableComposition({ from, to }: FileImport): boolean {
  return from === 'src/db/schema.ts' && isModule(partOf(to)) && to.endsWith('/tables.ts');
}

function isModule(part: string): boolean {
  return part.startsWith('modules/');
}

/**
 * A module's public entry points: its services (`service.ts`, `*-service.ts`, also in a
 * sub-domain folder), as the architecture says: "a module may call another module's service,
 * never its queries, tables or views"; and its `types.ts` (at the module's or a sub-domain's
 * root, not under views/), the vocabulary others may name: types and the constant lists that
 * define them (an organisation's kinds), never behaviour or table shapes.
 */
export function isPublicEntry(file: string): boolean {
  return /(^|[-/])service\.tsx?$/.test(file) || (/\/types\.ts$/.test(file) && !file.includes('/views/'));
}

function importsOf(root: string, file: string): FileImport[] {
  const text = readFileSync(join(root, file), 'utf8');
  // Static, type-only and dynamic `import()` specifiers alike.
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.flatMap(({ fileName }) => {
    const to = resolveSpecifier(file, fileName);
    return to === undefined ? [] : [{ from: file, to }];
  });
}

function layerBreak({ from, to }: FileImport): boolean {
  const source = partOf(from);
  const target = partOf(to);
  if (source === 'platform' || source === 'db') return isModule(target);
  return false;
}

/** The edges between distinct parts, each with how many file imports make it. */
export function partEdges(imports: FileImport[], keep: (part: string) => boolean): Map<string, number> {
  const edges = new Map<string, number>();
  for (const { from, to } of imports) {
    const source = partOf(from);
    const target = partOf(to);
    if (source === target || !keep(source) || !keep(target)) continue;
    const key = `${source} -> ${target}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
  return edges;
}

/** Strongly connected components of more than one part (Tarjan), i.e. the import cycles. */
function cyclesIn(edges: Iterable<string>): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const [source = '', target = ''] = edge.split(' -> ');
    next.set(source, [...(next.get(source) ?? []), target]);
    if (!next.has(target)) next.set(target, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (part: string): void => {
    index.set(part, index.size);
    low.set(part, index.get(part) ?? 0);
    stack.push(part);
    onStack.add(part);
    for (const target of next.get(part) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(part, Math.min(low.get(part) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(part, Math.min(low.get(part) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(part) !== index.get(part)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== part);
    if (component.length > 1) found.push(component.sort());
  };
  for (const part of [...next.keys()].sort()) if (!index.has(part)) visit(part);
  return found.sort((a, b) => a.join().localeCompare(b.join()));
}

/** Reads every non-test source file under `root`/src and builds the graph. */
export function buildModuleGraph(root: string): ModuleGraph {
  const files = sourceFiles(join(root, 'src')).map((file) => toPosix(relative(root, file)));
  const imports = files.flatMap((file) => importsOf(root, file)).filter((edge) => !isTableComposition(edge));
  const crossModule = imports.filter(
    ({ from, to }) => isModule(partOf(from)) && isModule(partOf(to)) && partOf(from) !== partOf(to),
  );
  const moduleEdges = [...partEdges(crossModule, isModule).keys()];
  const cycles = cyclesIn(moduleEdges);
  const groupOf = new Map(cycles.flatMap((group, index) => group.map((part) => [part, index])));
  return {
    imports,
    crossModule,
    reachIns: crossModule.filter(({ to }) => !isPublicEntry(to)),
    layerBreaks: imports.filter(layerBreak),
    cycles,
    cycleEdges: moduleEdges.filter((edge) => {
      const [source = '', target = ''] = edge.split(' -> ');
      return groupOf.has(source) && groupOf.get(source) === groupOf.get(target);
    }),
  };
}

/** A Mermaid flowchart of modules → modules they import, each arrow labelled with its import count. */
export function mermaidModuleGraph(graph: ModuleGraph): string {
  const edges = [...partEdges(graph.crossModule, isModule)].sort(([a], [b]) => a.localeCompare(b));
  const id = (part: string): string => part.slice('modules/'.length);
  const lines = edges.map(([edge, count]) => {
    const [source = '', target = ''] = edge.split(' -> ');
    return `  ${id(source)} -->|${count}| ${id(target)}`;
  });
  return ['```mermaid', 'flowchart LR', ...lines, '```'].join('\n');
}

export const GRAPH_START =
  '<!-- module-graph:start (generated by `npx tsx scripts/module-graph.ts --write`) -->';
export const GRAPH_END = '<!-- module-graph:end -->';

/** The generated part of docs/architecture.md: counts, then the diagram. */
export function graphSection(graph: ModuleGraph): string {
  const summary = [
    `${graph.crossModule.length} imports cross from one module into another;`,
    `${graph.reachIns.length} of them reach past the other module's services (listed in`,
    '`src/platform/module-graph.baseline.json`, a list that may only shrink).',
    `Modules that import one another in a circle: ${graph.cycles.length === 0 ? 'none' : graph.cycles.map((cycle) => cycle.map((part) => part.slice('modules/'.length)).join(', ')).join('; ')}`,
    `(${graph.cycleEdges.length} arrows inside the circle).`,
    `Platform and db import a module ${graph.layerBreaks.length} times (they must not).`,
  ].join(' ');
  return [GRAPH_START, '', summary, '', mermaidModuleGraph(graph), '', GRAPH_END].join('\n');
}

/** `document` with its generated section replaced by `section` (appended when it has none). */
export function withGraphSection(document: string, section: string): string {
  const start = document.indexOf(GRAPH_START);
  const end = document.indexOf(GRAPH_END);
  if (start === -1 || end === -1) return `${document.trimEnd()}\n\n${section}\n`;
  return `${document.slice(0, start)}${section}${document.slice(end + GRAPH_END.length)}`;
}

function describeImport({ from, to }: FileImport): string {
  return `${from} -> ${to}`;
}

/** What the ratchet holds: today's debts, each of which may go but none be added. */
export interface GraphBaseline {
  /** Module → module arrows inside an import cycle. */
  cycleEdges: string[];
  /** Platform or db files importing a module's file. */
  layerBreaks: string[];
  /** A module's file importing another module's file that is not a service. */
  reachIns: string[];
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}

export function baselineOf(graph: ModuleGraph): GraphBaseline {
  return {
    cycleEdges: uniqueSorted(graph.cycleEdges),
    layerBreaks: uniqueSorted(graph.layerBreaks.map(describeImport)),
    reachIns: uniqueSorted(graph.reachIns.map(describeImport)),
  };
}

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BASELINE_FILE = join(PROJECT_ROOT, 'src/platform/module-graph.baseline.json');
export const ARCHITECTURE_FILE = join(PROJECT_ROOT, 'docs/architecture.md');

export function readBaseline(): GraphBaseline {
  return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as GraphBaseline;
}

/** The baseline file's text for a graph, formatted as Biome formats JSON. */
export function baselineText(graph: ModuleGraph): string {
  return `${JSON.stringify(baselineOf(graph), null, 2)}\n`;
}
