/**
 * A .docx written with the `docx` library whose list numbers are in Word's automatic numbering, not in
 * the text, so a reader has to write them in itself (mammoth alone drops them). One numbered list,
 * three levels as GB/T 9704 numbers a report: level 0 `一、`, level 1 `（一）` (Chinese counting),
 * level 2 `1.` (decimal). Used by the Node load tests and by the browser tests that drop it on the page.
 *
 * A block is a plain paragraph (`{ text }`), a numbered one (`{ text, level }`), or a table of cells
 * (`{ table: [[cell, …], …] }`, one paragraph a cell).
 *
 * Example: numberedDocx([{ text: '报告' }, { text: '总体要求', level: 0 }, { table: [['指标', '目标值']] }])
 * → bytes that Word shows as 报告 / 一、总体要求 / a one-row table 指标 | 目标值.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

export type DocxBlock = { text: string; level?: 0 | 1 | 2 } | { table: string[][] };

const LIST = 'report';

export async function numberedDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children: blocks.map(toChild) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function toChild(block: DocxBlock): Paragraph | Table {
  if ('table' in block) {
    return new Table({
      rows: block.table.map(
        (cells) =>
          new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
      ),
    });
  }
  const { text, level } = block;
  return level === undefined
    ? new Paragraph({ text })
    : new Paragraph({ text, numbering: { reference: LIST, level } });
}
