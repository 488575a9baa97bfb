// The server's resident memory under a mixed load: idle before, peak during, and after it settles.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { Scenario } from './scenarios.ts';

export interface MemoryResult {
  connections: number;
  loadSeconds: number;
  settleSeconds: number;
  requests: number;
  idleMb: number;
  peakMb: number;
  afterMb: number;
}

const SAMPLE_EVERY_MS = 500;

/** Resident set size in MB from /proc/<pid>/status (Linux); NaN elsewhere. */
export function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /VmRSS:\s*(\d+) kB/.exec(status)?.[1];
    return kilobytes === undefined ? Number.NaN : Math.round(Number(kilobytes) / 1024);
  } catch {
    return Number.NaN;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Every connection cycles through the mix (public GETs only: no writes, no logged-in pages). */
function requestsOf(mix: Scenario[]): autocannon.Request[] {
  return mix.map((scenario) => ({ method: 'GET', path: scenario.path, headers: scenario.headers }));
}

export async function mixedLoadMemory(
  base: string,
  pid: number,
  mix: Scenario[],
  options: { connections: number; loadSeconds: number; settleSeconds: number },
): Promise<MemoryResult> {
  const idleMb = residentMb(pid);
  let peakMb = idleMb;
  const sampler = setInterval(() => {
    const now = residentMb(pid);
    if (now > peakMb) peakMb = now;
  }, SAMPLE_EVERY_MS);
  try {
    const result = await autocannon({
      url: base,
      connections: options.connections,
      duration: options.loadSeconds,
      requests: requestsOf(mix),
    });
    clearInterval(sampler);
    await sleep(options.settleSeconds * 1000);
    return {
      connections: options.connections,
      loadSeconds: options.loadSeconds,
      settleSeconds: options.settleSeconds,
      requests: result.requests.total,
      idleMb,
      peakMb: Math.max(peakMb, residentMb(pid)),
      afterMb: residentMb(pid),
    };
  } finally {
    clearInterval(sampler);
  }
}
