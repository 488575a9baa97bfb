// The module graph of src/: prints the counts, and with --write puts the Mermaid diagram into
// docs/architecture.md; with --baseline it rewrites src/platform/module-graph.baseline.json to
// today's debts (run it after removing a reach-in or a cycle; adding one needs a reason in review).
//   npx tsx scripts/module-graph.ts [--write] [--baseline]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  ARCHITECTURE_FILE,
  BASELINE_FILE,
  baselineText,
  buildModuleGraph,
  graphSection,
  PROJECT_ROOT,
  withGraphSection,
} from '#src/testing/module-graph.ts';

const graph = buildModuleGraph(PROJECT_ROOT);
process.stdout.write(
  [
    `cross-module imports: ${graph.crossModule.length}`,
    `reach-ins past a service: ${graph.reachIns.length}`,
    `platform/db importing a module: ${graph.layerBreaks.length}`,
    `module cycles: ${graph.cycles.map((cycle) => cycle.join(', ')).join(' | ') || 'none'}`,
    '',
  ].join('\n'),
);
if (process.argv.includes('--write')) {
  const document = existsSync(ARCHITECTURE_FILE) ? readFileSync(ARCHITECTURE_FILE, 'utf8') : '';
  writeFileSync(ARCHITECTURE_FILE, withGraphSection(document, graphSection(graph)));
  process.stdout.write(`wrote ${ARCHITECTURE_FILE}\n`);
}
if (process.argv.includes('--baseline')) {
  writeFileSync(BASELINE_FILE, baselineText(graph));
  process.stdout.write(`wrote ${BASELINE_FILE}\n`);
}
