import { describe, expect, it } from 'vitest';
import type { Range, Side } from '../../src/core/types';
import { Interaction, otherSide, sideOfSection, type RevealOptions } from '../../src/state/interaction';
import { Workspace } from '../../src/state/workspace.svelte';
import { LEFT_TEXT, RIGHT_TEXT, fixtureComparison, rangeOf } from './fixture';

/** A workspace already showing the fixture comparison, and a port that records what it was asked to show. */
function setup() {
  const comparison = fixtureComparison(2);
  const workspace = new Workspace({ compare: async () => comparison, sample: comparison });
  const interaction = new Interaction(workspace);
  const shown: { side: Side; range: Range; options: RevealOptions }[] = [];
  const detach = interaction.attach({
    reveal: async (side, range, options) => {
      shown.push({ side, range, options });
      return true;
    },
  });
  return { workspace, interaction, shown, detach };
}

describe('Interaction', () => {
  it('a click on a mark selects its phrase and shows the counterpart on the other side', async () => {
    const { workspace, interaction, shown } = setup();
    await interaction.clickMark('left', 'p2');
    expect(workspace.selectedPhrase).toBe('p2');
    expect(shown).toEqual([
      { side: 'right', range: rangeOf(RIGHT_TEXT, '统一战线'), options: { phrase: 'p2' } },
    ]);
  });

  it('n / p select the next phrase in reading order and focus it on the left', async () => {
    const { workspace, interaction, shown } = setup();
    expect(await interaction.step(1)).toBe('p1');
    expect(await interaction.step(1)).toBe('p2');
    expect(await interaction.step(-1)).toBe('p1');
    expect(workspace.selectedPhrase).toBe('p1');
    expect(shown.at(-1)).toEqual({
      side: 'left',
      range: rangeOf(LEFT_TEXT, '凝聚共識'),
      options: { focus: true, phrase: 'p1' },
    });
  });

  it('a phrase picked from the list is focused on the left; a moved one is shown on the right too', async () => {
    const { interaction, shown } = setup();
    await interaction.pickPhrase('p1'); // moved
    expect(shown.map((s) => [s.side, s.options.focus ?? false])).toEqual([
      ['left', true],
      ['right', false],
    ]);
    shown.length = 0;
    await interaction.pickPhrase('p2'); // aligned: the counterpart sits beside it already
    expect(shown.map((s) => s.side)).toEqual(['left']);
  });

  it('a note about pinyin glosses shows the glosses before pointing at one; other notes leave them hidden', async () => {
    const { workspace, interaction, shown } = setup();
    const range = { start: 3, end: 9 };
    await interaction.revealWarning('left', { code: 'damaged-gloss', message: '', range });
    expect(workspace.showGlosses).toBe(false);
    await interaction.revealWarning('left', { code: 'gloss-stripped', message: '', range });
    expect(workspace.showGlosses).toBe(true);
    expect(shown.map((s) => [s.side, s.range])).toEqual([
      ['left', { start: 3, end: 4 }],
      ['left', { start: 3, end: 4 }],
    ]);
    expect(await interaction.revealWarning('left', { code: 'truncated', message: '' })).toBe(false);
    expect(shown).toHaveLength(2);
  });

  it('a section is shown from its start, on its own side', async () => {
    const { interaction, shown } = setup();
    expect(await interaction.revealSection('R-task-2')).toBe(true);
    expect(shown).toEqual([
      { side: 'right', range: rangeOf(RIGHT_TEXT, '二是扶贫攻坚。'), options: { block: 'start' } },
    ]);
    expect(await interaction.revealSection('R-task-9')).toBe(false);
  });

  it('hover is kept in the workspace; Esc clears hover, phrase and theme', () => {
    const { workspace, interaction } = setup();
    interaction.hover('p3');
    workspace.selectPhrase('p3');
    workspace.selectTheme('poverty');
    expect(workspace.hoveredPhrase).toBe('p3');
    interaction.clear();
    expect([workspace.hoveredPhrase, workspace.selectedPhrase, workspace.selectedTheme]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('without a reading view plugged in, showing anything answers false (and selecting still works)', async () => {
    const { workspace, interaction, detach } = setup();
    detach();
    expect(await interaction.clickMark('left', 'p3')).toBe(false);
    expect(workspace.selectedPhrase).toBe('p3');
    expect(await interaction.revealPhrase('left', 'p99')).toBe(false);
  });

  it.each([
    { id: 'L-task-3', side: 'left' },
    { id: 'R-closing', side: 'right' },
    { id: 'L-task-3~2', side: 'left' },
  ])('section $id is on the $side', ({ id, side }) => {
    expect(sideOfSection(id)).toBe(side);
    expect(otherSide(otherSide(side as Side))).toBe(side);
  });
});
