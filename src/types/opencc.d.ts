/**
 * Types for the opencc-js subpath modules the engine imports. The package ships types only for its
 * `core`, `preset` and full entry points; `from/*`, `to/*` and `dict/*` are plain ES modules whose
 * default exports are documented in `node_modules/opencc-js/types/core.d.ts` terms:
 * a locale module is a list of dictionary groups, a dictionary is `"from to|from to|…"`.
 */

declare module 'opencc-js/from/hk' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}

declare module 'opencc-js/from/tw' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}

declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}

declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
