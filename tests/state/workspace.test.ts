import { afterEach, describe, expect, it, vi } from 'vitest';
import { Workspace, type Comparer } from '../../src/state/workspace.svelte';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from '../../src/state/sample';
import type { CompareOptions, Comparison, ComparisonSnapshot } from '../../src/core/types';
import { fixtureComparison } from './fixture';

interface Call {
  left: string;
  right: string;
  options: CompareOptions;
  resolve: (comparison: Comparison | null) => void;
  reject: (error: Error) => void;
}

/** A comparer whose answers the test hands out by hand, in any order. */
function manualComparer(): { compare: Comparer; calls: Call[] } {
  const calls: Call[] = [];
  const compare: Comparer = (left, right, options) =>
    new Promise((resolve, reject) => calls.push({ left, right, options, resolve, reject }));
  return { compare, calls };
}

const settle = async () => {
  await vi.runOnlyPendingTimersAsync();
  await Promise.resolve();
};

describe('Workspace', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens on the sample reports, Traditional Bijie on the left, and becomes ready with the result', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare });
    expect(workspace.status).toBe('computing');
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.left).toBe(SAMPLE_LEFT.text);
    expect(calls[0]!.left).toContain('畢節');
    expect(calls[0]!.right).toBe(SAMPLE_RIGHT.text);
    expect(calls[0]!.options.minPhraseLength).toBe(4);
    const comparison = fixtureComparison();
    calls[0]!.resolve(comparison);
    await settle();
    expect(workspace.status).toBe('ready');
    expect(workspace.comparison).toBe(comparison);
  });

  it('never lets an older answer overwrite a newer one', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare });
    await settle();
    workspace.setTexts({ right: { name: 'b.txt', text: '二' } });
    await settle();
    expect(calls).toHaveLength(2);
    const newer = fixtureComparison(2);
    calls[1]!.resolve(newer);
    await settle();
    calls[0]!.resolve(fixtureComparison(4));
    await settle();
    expect(workspace.comparison).toBe(newer);
    expect(workspace.status).toBe('ready');
  });

  it('debounces minimum-length changes into one computation with the last value', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare, debounceMs: 100 });
    await settle();
    workspace.setMinPhraseLength(5);
    workspace.setMinPhraseLength(6);
    workspace.setMinPhraseLength(7);
    expect(workspace.options.minPhraseLength).toBe(7);
    await vi.advanceTimersByTimeAsync(99);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.options.minPhraseLength).toBe(7);
  });

  it.each([
    { label: 'below range', input: 1, expected: 2 },
    { label: 'above range', input: 99, expected: 20 },
    { label: 'fraction', input: 4.6, expected: 5 },
    { label: 'not a number', input: Number.NaN, expected: 4 },
    { label: 'in range', input: 12, expected: 12 },
  ])('clamps the minimum phrase length to the slider range: $label', ({ input, expected }) => {
    const workspace = new Workspace({ compare: async () => null, hold: true });
    workspace.setMinPhraseLength(input);
    expect(workspace.options.minPhraseLength).toBe(expected);
  });

  it('reports engine errors with their message and keeps the texts', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare });
    await settle();
    calls[0]!.reject(new Error('too long'));
    await settle();
    expect(workspace.status).toBe('error');
    expect(workspace.error).toBe('too long');
    expect(workspace.left.text).toBe(SAMPLE_LEFT.text);
  });

  it('swaps sides and recomputes', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare });
    workspace.swap();
    await settle();
    expect(workspace.left.name).toBe(SAMPLE_RIGHT.name);
    expect(workspace.right.name).toBe(SAMPLE_LEFT.name);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.left).toBe(SAMPLE_RIGHT.text);
  });

  it('held, computes nothing until release(), and then only the texts restored meanwhile', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare, hold: true });
    await settle();
    expect(calls).toHaveLength(0);
    workspace.setTexts({ left: { name: 'saved.txt', text: '甲乙丙丁' } });
    await settle();
    expect(calls).toHaveLength(0);
    workspace.release();
    await settle();
    expect(calls.map((c) => c.left)).toEqual(['甲乙丙丁']);
  });

  it('held with nothing restored, computes the sample on release()', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare, hold: true });
    workspace.release();
    await settle();
    expect(calls.map((c) => c.left)).toEqual([SAMPLE_LEFT.text]);
  });

  it('round-trips a snapshot, re-applying the phrase selection once the comparison defines it', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const snapshot: ComparisonSnapshot = {
      left: { name: 'a.txt', text: '甲' },
      right: { name: 'b.txt', text: '乙' },
      options: { minPhraseLength: 2, script: 'simplified' },
      view: { theme: 'poverty', phrase: 'p3' },
    };
    const workspace = new Workspace({ compare, initial: snapshot });
    await settle();
    expect(calls).toHaveLength(1);
    expect(workspace.selectedPhrase).toBeNull();
    calls[0]!.resolve(fixtureComparison(2));
    await settle();
    expect(workspace.selectedPhrase).toBe('p3');
    expect(workspace.snapshot()).toEqual(snapshot);
  });

  it('drops a selected phrase that the new minimum length removed', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare, debounceMs: 0 });
    workspace.setMinPhraseLength(2);
    await settle();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(fixtureComparison(2));
    await settle();
    workspace.selectPhrase('p3');
    workspace.setMinPhraseLength(4);
    await settle();
    calls[1]!.resolve(fixtureComparison(4));
    await settle();
    expect(workspace.selectedPhrase).toBeNull();
  });

  it('an alignment level the reader chooses is computed at once, kept in the snapshot, and read back', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const workspace = new Workspace({ compare, debounceMs: 500 });
    await settle();
    expect(calls[0]!.options.alignLevel).toBe('auto');
    workspace.setAlignLevel(1);
    // No debounce: a level is one click, not a slider drag.
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.options.alignLevel).toBe(1);
    expect(workspace.snapshot().options).toEqual({ minPhraseLength: 4, script: 'original', alignLevel: 1 });
    workspace.setAlignLevel(1);
    await settle();
    expect(calls).toHaveLength(2);
    workspace.setAlignLevel(99);
    expect(workspace.options.alignLevel).toBe('auto');
    expect(workspace.snapshot().options).toEqual({ minPhraseLength: 4, script: 'original' });
    workspace.restore({
      ...workspace.snapshot(),
      options: { minPhraseLength: 4, script: 'original', alignLevel: 3 },
    });
    expect(workspace.options.alignLevel).toBe(3);
    await settle();
    expect(calls.at(-1)!.options.alignLevel).toBe(3);
  });

  it('restoring the texts already shown at another alignment level recomputes', async () => {
    vi.useFakeTimers();
    const { compare, calls } = manualComparer();
    const shown = fixtureComparison();
    const workspace = new Workspace({
      compare,
      initial: {
        left: { name: 'a.txt', text: shown.left.text },
        right: { name: 'b.txt', text: shown.right.text },
        options: { minPhraseLength: 4, script: 'original' },
        view: { theme: null, phrase: null },
      },
    });
    await settle();
    calls[0]!.resolve(shown);
    await settle();
    workspace.restore({ ...workspace.snapshot(), options: { minPhraseLength: 4, script: 'original' } });
    await settle();
    expect(calls).toHaveLength(1);
    workspace.restore({
      ...workspace.snapshot(),
      options: { minPhraseLength: 4, script: 'original', alignLevel: 2 },
    });
    await settle();
    expect(calls).toHaveLength(2);
  });

  it('resets to the sample with default options and no selection', async () => {
    vi.useFakeTimers();
    const { compare } = manualComparer();
    const workspace = new Workspace({ compare });
    workspace.setTexts({ left: { name: 'x', text: 'x' } });
    workspace.setScript('simplified');
    workspace.setAlignLevel(2);
    workspace.selectTheme('poverty');
    workspace.resetToSample();
    expect(workspace.snapshot()).toEqual({
      left: SAMPLE_LEFT,
      right: SAMPLE_RIGHT,
      options: { minPhraseLength: 4, script: 'original' },
      view: { theme: null, phrase: null },
    });
  });
});

describe('Workspace selection', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('steps through phrases in reading order and clears with clearSelection', async () => {
    vi.useFakeTimers();
    const workspace = new Workspace({ compare: async () => fixtureComparison(2), debounceMs: 0 });
    await settle();
    expect(workspace.readingOrder.map((phrase) => phrase.id)).toEqual(['p1', 'p2', 'p3']);
    expect(workspace.stepPhrase(1)).toBe('p1');
    expect(workspace.stepPhrase(1)).toBe('p2');
    expect(workspace.stepPhrase(-1)).toBe('p1');
    workspace.selectTheme('poverty');
    expect(workspace.selectedThemeRow?.label.en).toBe('Poverty alleviation');
    workspace.clearSelection();
    expect(workspace.selectedPhrase).toBeNull();
    expect(workspace.selectedThemeRow).toBeNull();
  });
});
