import { describe, expect, it } from 'vitest';
import { Lazy } from '../../src/state/lazy.svelte';

/** A load the test settles by hand, counting how often it was started. */
function manualLoad<T>() {
  const settle: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => settle.push({ resolve, reject }));
  return { load, settle, starts: () => settle.length };
}

describe('Lazy (code the page loads on first use)', () => {
  it('has no value until loaded, starts loading once however often it is asked, then holds the value', async () => {
    const manual = manualLoad<string>();
    const panel = new Lazy(manual.load);
    expect(panel.value).toBeNull();
    expect(manual.starts()).toBe(0); // nothing is fetched until something asks

    const first = panel.get();
    const second = panel.get();
    expect(manual.starts()).toBe(1);
    expect(panel.value).toBeNull();

    manual.settle[0]!.resolve('loaded');
    expect(await first).toBe('loaded');
    expect(await second).toBe('loaded');
    expect(panel.value).toBe('loaded');
    expect(await panel.get()).toBe('loaded');
    expect(manual.starts()).toBe(1);
  });

  it('gives the failure to the caller and loads again on the next use (a chunk that failed to fetch)', async () => {
    const manual = manualLoad<string>();
    const panel = new Lazy(manual.load);

    const failed = panel.get();
    manual.settle[0]!.reject(new Error('network'));
    await expect(failed).rejects.toThrow('network');
    expect(panel.value).toBeNull();

    const retried = panel.get();
    expect(manual.starts()).toBe(2);
    manual.settle[1]!.resolve('loaded');
    expect(await retried).toBe('loaded');
    expect(panel.value).toBe('loaded');
  });
});
