// `npx tsx bench/render.ts [record.json]`: re-renders a recorded run (default bench/results/latest.json)
// with the current targets and Markdown, e.g. after changing how a verdict is judged, without
// measuring again. Writes the same files the run wrote.
import { readFileSync } from 'node:fs';
import { writeRecord } from './record.ts';
import type { BenchRecord } from './results-model.ts';
import { growthMet, verdictFor } from './targets.ts';

function rejudge(record: BenchRecord): void {
  for (const size of record.sizes)
    for (const row of size.rows)
      for (const at of Object.values(row.at))
        at.verdict = verdictFor(row.target, at.measurement, at.share, size.overlaps);
  for (const row of record.growth)
    for (const at of Object.values(row.at)) at.met = growthMet(at.before, at.after);
}

const file = process.argv[2] ?? 'bench/results/latest.json';
const record = JSON.parse(readFileSync(file, 'utf8')) as BenchRecord;
rejudge(record);
process.stdout.write(`Written: ${writeRecord(record).join(', ')}\n`);
