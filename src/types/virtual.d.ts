/** Modules made by the build (tools/vite/). */

declare module 'virtual:duizhao/sample-comparison' {
  /** The sample comparison as compact JSON (src/core/comparison-json.ts). */
  const read: () => string;
  export default read;
}
