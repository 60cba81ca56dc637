/**
 * `CorrectionHistory` (undo/redo of the reader's corrections) and how the workspace uses it: every
 * change recomputes with the list, new texts drop it, a swap mirrors it, a snapshot carries it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorrectionHistory } from '../../src/state/corrections.svelte';
import { Workspace, type Comparer } from '../../src/state/workspace.svelte';
import type { CompareOptions, Correction } from '../../src/core/types';
import { fixtureComparison } from './fixture';

const SPLIT: Correction = { op: 'split', side: 'left', at: 7 };
const PAIR: Correction = { op: 'pair', left: [{ start: 5, node: 'L-1' }], right: [{ start: 6 }] };
const ALONE: Correction = { op: 'no-counterpart', side: 'right', section: { start: 6 } };

describe('CorrectionHistory', () => {
  it('undo and redo walk the steps exactly; a new step clears redo', () => {
    const h = new CorrectionHistory();
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
    h.add(SPLIT);
    h.add(PAIR);
    expect(h.list).toEqual([SPLIT, PAIR]);
    expect(h.undoLabel).toBe('pair');
    expect(h.undo()).toBe(true);
    expect(h.list).toEqual([SPLIT]);
    expect([h.canRedo, h.redoLabel]).toEqual([true, 'pair']);
    expect(h.redo()).toBe(true);
    expect(h.list).toEqual([SPLIT, PAIR]);
    h.undo();
    h.add(ALONE);
    expect(h.list).toEqual([SPLIT, ALONE]);
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBe(false);
  });

  it('reset to automatic is one step that undo takes back', () => {
    const h = new CorrectionHistory();
    h.add(SPLIT);
    h.add(PAIR);
    expect(h.reset()).toBe(true);
    expect(h.list).toEqual([]);
    expect(h.undoLabel).toBe('reset');
    h.undo();
    expect(h.list).toEqual([SPLIT, PAIR]);
    expect(new CorrectionHistory().reset()).toBe(false);
  });

  it('drop removes one correction, undoably; out of range changes nothing', () => {
    const h = new CorrectionHistory();
    h.add(SPLIT);
    h.add(PAIR);
    expect(h.drop(5)).toBe(false);
    h.drop(0);
    expect(h.list).toEqual([PAIR]);
    h.undo();
    expect(h.list).toEqual([SPLIT, PAIR]);
  });

  it('replace starts afresh: no undo into another comparison', () => {
    const h = new CorrectionHistory();
    h.add(SPLIT);
    h.replace([PAIR]);
    expect(h.list).toEqual([PAIR]);
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
  });
});

describe('Workspace corrections', () => {
  afterEach(() => vi.useRealTimers());

  function setup() {
    vi.useFakeTimers();
    const calls: CompareOptions[] = [];
    const compare: Comparer = (_l, _r, options) => {
      calls.push(options);
      return Promise.resolve(fixtureComparison());
    };
    return { workspace: new Workspace({ compare }), calls };
  }
  const settle = async () => {
    await vi.runOnlyPendingTimersAsync();
    await Promise.resolve();
  };

  it('each correction, undo, redo and reset recomputes with the current list', async () => {
    const { workspace, calls } = setup();
    await settle();
    expect(calls.at(-1)!.corrections).toEqual([]);
    workspace.correct(SPLIT);
    await settle();
    expect(calls.at(-1)!.corrections).toEqual([SPLIT]);
    workspace.undoCorrection();
    await settle();
    expect(calls.at(-1)!.corrections).toEqual([]);
    workspace.redoCorrection();
    await settle();
    expect(calls.at(-1)!.corrections).toEqual([SPLIT]);
    workspace.resetCorrections();
    await settle();
    expect(calls.at(-1)!.corrections).toEqual([]);
    const count = calls.length;
    workspace.redoCorrection(); // nothing to redo after reset: no recompute
    await settle();
    expect(calls).toHaveLength(count);
  });

  it('a snapshot carries the corrections; restoring one brings them back without history', async () => {
    const { workspace } = setup();
    await settle();
    expect(workspace.snapshot().corrections).toBeUndefined();
    workspace.correct(SPLIT);
    workspace.correct(PAIR);
    const snapshot = workspace.snapshot();
    expect(snapshot.corrections).toEqual([SPLIT, PAIR]);
    workspace.resetToSample();
    expect(workspace.corrections.list).toEqual([]);
    workspace.restore(snapshot);
    expect(workspace.corrections.list).toEqual([SPLIT, PAIR]);
    expect(workspace.corrections.canUndo).toBe(false);
  });

  it('new texts drop the corrections; a swap mirrors them', async () => {
    const { workspace } = setup();
    await settle();
    workspace.correct(SPLIT);
    workspace.correct(PAIR);
    workspace.swap();
    expect(workspace.corrections.list).toEqual([
      { op: 'split', side: 'right', at: 7 },
      { op: 'pair', left: [{ start: 6 }], right: [{ start: 5, node: 'R-1' }] },
    ]);
    workspace.setTexts({ left: { name: 'a.txt', text: '甲' } });
    expect(workspace.corrections.list).toEqual([]);
  });
});
