/**
 * The link of a comparison of the two shipped sample reports: the texts ship with the app, so only
 * options, view and the reader's corrections travel. Made synchronously and without a compressor, so
 * the page's first script can write it as the page is left (src/state/early-leave.ts) before the
 * permalink codec (`permalink.ts`, which decodes these links) is loaded.
 *
 *   sample                                        the sample at its default options
 *   sample?min=5&script=simplified&level=1&theme=poverty&phrase=p3&fix=<base64url(JSON)>
 *
 * Example: encodeSampleLink({ …, options: { minPhraseLength: 4, script: 'original' }, view: { theme:
 * 'poverty', phrase: null } }) → 'sample?theme=poverty' (4 is the default minimum).
 */
import { DEFAULT_OPTIONS, type ComparisonSnapshot } from '../types';
import { toBase64url } from './base64url';

export const SAMPLE_FRAGMENT = 'sample';

export interface SampleTexts {
  left: { name: string; text: string };
  right: { name: string; text: string };
}

/** Whether a snapshot compares exactly the sample texts under their shipped names. */
export function isSampleSnapshot(s: ComparisonSnapshot, sample: SampleTexts | undefined): boolean {
  return !!sample && sameText(s.left, sample.left) && sameText(s.right, sample.right);
}

function sameText(a: { name: string; text: string }, b: { name: string; text: string }): boolean {
  return a.name === b.name && a.text === b.text;
}

/**
 * A sample link's corrections are plain JSON in base64url, not deflated: a handful of corrections stay
 * a few hundred characters, and the sample link is made synchronously.
 */
export function encodeSampleLink(s: ComparisonSnapshot): string {
  const params = new URLSearchParams();
  if (s.options.minPhraseLength !== DEFAULT_OPTIONS.minPhraseLength)
    params.set('min', String(s.options.minPhraseLength));
  if (s.options.script !== 'original') params.set('script', s.options.script);
  if (s.options.alignLevel !== undefined) params.set('level', String(s.options.alignLevel));
  if (s.view.theme !== null) params.set('theme', s.view.theme);
  if (s.view.phrase !== null) params.set('phrase', s.view.phrase);
  if (s.corrections && s.corrections.length > 0)
    params.set('fix', toBase64url(new TextEncoder().encode(JSON.stringify(s.corrections))));
  const query = params.toString();
  return query === '' ? SAMPLE_FRAGMENT : `${SAMPLE_FRAGMENT}?${query}`;
}
