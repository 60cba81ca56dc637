/**
 * The two reports the app opens on (shipped byte for byte). Bijie (Traditional, with damaged pinyin
 * glosses) reads on the left, Panzhihua (Simplified) on the right.
 */
import bijie from '../sample/bijie-traditional.txt?raw';
import panzhihua from '../sample/panzhihua-simplified.txt?raw';

export interface NamedText {
  /** What the user calls the text: a file name, or a label for pasted text. */
  name: string;
  text: string;
}

export const SAMPLE_LEFT: NamedText = { name: 'bijie-traditional.txt', text: bijie };
export const SAMPLE_RIGHT: NamedText = { name: 'panzhihua-simplified.txt', text: panzhihua };
