/**
 * The page's JavaScript by function, from V8's sampling profiler (CDP `Profiler`): which functions the
 * samples landed in (self) and under (total), so a long script slice of a trace gets names. Build the
 * page unminified (`bench/reading-trace.ts --readable`) for names worth reading.
 *
 *   const stop = await startProfile(page);  …  printProfile('scroll', await stop());
 */
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function startProfile(page: Page): Promise<() => Promise<Profile>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
    await session.detach();
    return profile;
  };
}

const IDLE = new Set(['(idle)', '(program)', '(root)']);

export function printProfile(label: string, profile: Profile, top = 25): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (IDLE.has(node.callFrame.functionName)) return;
    busy += ms;
    self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  const table = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `   ${ms.toFixed(1).padStart(7)}  ${name}`)
      .join('\n');
  console.log(`\n${label}: JavaScript samples, ${busy.toFixed(0)} ms busy`);
  console.log(`  self\n${table(self)}`);
  console.log(`  total\n${table(total)}`);
  // Browser functions (no script file: getBoundingClientRect, a forced layout) by the script calling them.
  const callers = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    if (node.callFrame.url !== '' || IDLE.has(node.callFrame.functionName)) return;
    const caller = parent.get(id);
    const key = `${nameOf(node)} ← ${caller === undefined ? '?' : nameOf(byId.get(caller)!)}`;
    callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  console.log(`  browser functions by caller\n${table(callers)}`);
}
