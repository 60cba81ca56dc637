import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { drawingKey, fillRun, lightRun } from '../../src/components/reading/runDom';
import { splitSpans, type Span } from '../../src/view/spans';

const window = new Window();
const document = window.document as unknown as Document;

function run(): HTMLElement {
  return document.createElement('p');
}

const original = { shown: (span: Span) => span.text, kindOf: () => 'aligned' as const };

describe('fillRun: a piece’s spans as DOM (the markup the reading view reads back)', () => {
  // 統一戰(zhàn)線是法寶: phrase p2 over 統一戰(zhàn)線 (0..10), moved run m1 over 線是 (9..11), a theme mention on 統
  // (0..1), the gloss (zhàn) at 3..9, a find hit on 法寶 (11..13), the current one.
  const text = '統一戰(zhàn)線是法寶';
  const spans = splitSpans(
    text,
    0,
    text.length,
    [
      { id: 'p2', start: 0, end: 10 },
      { id: 'm1', start: 9, end: 11 },
    ],
    {
      theme: [{ start: 0, end: 1 }],
      find: [{ start: 11, end: 13 }],
      current: { start: 11, end: 13 },
      gloss: [{ start: 3, end: 9 }],
    },
  );
  const kinds: Record<string, 'aligned' | 'moved'> = { p2: 'aligned', m1: 'moved' };
  const p = run();
  fillRun(p, spans, {
    shown: (span) => span.text,
    kindOf: (span) => (span.phrases.some((id) => kinds[id] === 'aligned') ? 'aligned' : 'moved'),
  });

  it('draws marks, spans and bare text, in order, with their data and classes', () => {
    expect(p.innerHTML).toBe(
      '<mark data-phrase="p2" data-phrases="p2" data-kind="aligned" tabindex="-1" class="theme">統</mark>' +
        '<mark data-phrase="p2" data-phrases="p2" data-kind="aligned" tabindex="-1">一戰<span class="gloss">(zhàn)</span></mark>' +
        '<mark data-phrase="p2" data-phrases="p2 m1" data-kind="aligned" tabindex="-1">線</mark>' +
        '<mark data-phrase="m1" data-phrases="m1" data-kind="moved" tabindex="-1">是</mark>' +
        '<span class="find-hit current">法寶</span>',
    );
  });

  it('reads back as the original text', () => {
    expect(p.textContent).toBe(text);
  });

  it('draws a phrase a gloss cuts in three as one mark, the gloss nested in it', () => {
    // 統一戰(zhàn)線: phrase p1 over all of it, the gloss at 3..9, as a scroll's redraw meets it in the sample.
    const p = run();
    fillRun(
      p,
      splitSpans(text, 0, 10, [{ id: 'p1', start: 0, end: 10 }], { gloss: [{ start: 3, end: 9 }] }),
      original,
    );
    expect(p.innerHTML).toBe(
      '<mark data-phrase="p1" data-phrases="p1" data-kind="aligned" tabindex="-1">' +
        '統一戰<span class="gloss">(zhàn)</span>線</mark>',
    );
    expect(p.querySelectorAll('*').length).toBe(2);
    expect(p.textContent).toBe('統一戰(zhàn)線');
  });

  it('nests glosses in a find hit or theme mention, and leaves a bare gloss its own span', () => {
    const glossed = '畢節(jié)市在(shì)';
    const p = run();
    fillRun(
      p,
      splitSpans(glossed, 0, glossed.length, [], {
        find: [{ start: 0, end: 7 }],
        gloss: [
          { start: 2, end: 7 },
          { start: 9, end: 14 },
        ],
      }),
      original,
    );
    expect(p.innerHTML).toBe(
      '<span class="find-hit">畢節<span class="gloss">(jié)</span></span>市在<span class="gloss">(shì)</span>',
    );
    expect(p.textContent).toBe(glossed);
  });

  it('replaces what the piece held (the prerendered markup, or an earlier drawing)', () => {
    const again = run();
    again.append(document.createComment('['), document.createTextNode('old'));
    fillRun(again, splitSpans('新的', 0, 2, []), original);
    expect(again.childNodes.length).toBe(1);
    expect(again.innerHTML).toBe('新的');
  });

  it('puts untrusted text in as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>&amp;';
    const p = run();
    fillRun(p, splitSpans(hostile, 0, hostile.length, [{ id: 'p1', start: 0, end: 5 }]), original);
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe(hostile);
  });

  it('shows each span as `shown` gives it (the simplified script)', () => {
    const p = run();
    fillRun(p, splitSpans('統一戰線', 0, 4, [{ id: 'p1', start: 2, end: 4 }]), {
      ...original,
      shown: (span) => ({ 0: '统一', 2: '战线' })[span.start] ?? '?',
    });
    expect(p.innerHTML).toBe(
      '统一<mark data-phrase="p1" data-phrases="p1" data-kind="aligned" tabindex="-1">战线</mark>',
    );
  });
});

describe('lightRun: hover and selection on the marks holding the phrase', () => {
  const text = '甲乙丙丁';
  const p = run();
  fillRun(
    p,
    splitSpans(text, 0, 4, [
      { id: 'a', start: 0, end: 2 },
      { id: 'b', start: 1, end: 3 },
    ]),
    original,
  );
  const classes = () => [...p.querySelectorAll('mark')].map((mark) => mark.className);

  it('lights every mark holding the hovered phrase, selects those holding the selected one', () => {
    lightRun(p, 'b', 'a');
    // 甲 (a), 乙 (a b), 丙 (b)
    expect(classes()).toEqual(['selected', 'lit selected', 'lit']);
  });

  it('clears both when nothing is hovered or selected', () => {
    lightRun(p, null, null);
    expect(classes()).toEqual(['', '', '']);
  });
});

describe('drawingKey: a piece keeps its DOM only while it would draw the same', () => {
  const text = '甲乙丙丁';
  const cut = (marks: Parameters<typeof splitSpans>[4] = {}, phrases = [{ id: 'a', start: 0, end: 2 }]) =>
    splitSpans(text, 0, 4, phrases, marks);
  const key = (spans: Span[], kind: 'aligned' | 'moved' = 'aligned') =>
    drawingKey(spans, { kindOf: () => kind });

  it('is the same for the same spans cut again (a theme click elsewhere)', () => {
    expect(key(cut())).toBe(key(cut({ theme: [] })));
  });

  it('differs when a mark, a flag, a phrase or a kind differs', () => {
    const base = key(cut());
    expect(key(cut({ theme: [{ start: 2, end: 3 }] }))).not.toBe(base);
    expect(key(cut({ find: [{ start: 0, end: 1 }] }))).not.toBe(base);
    expect(key(cut({ find: [{ start: 0, end: 1 }], current: { start: 0, end: 1 } }))).not.toBe(
      key(cut({ find: [{ start: 0, end: 1 }] })),
    );
    expect(key(cut({ gloss: [{ start: 3, end: 4 }] }))).not.toBe(base);
    expect(key(cut({}, [{ id: 'b', start: 0, end: 2 }]))).not.toBe(base);
    expect(key(cut({}, [{ id: 'a', start: 0, end: 3 }]))).not.toBe(base);
    expect(key(cut(), 'moved')).not.toBe(base);
  });
});
