/**
 * The value after a command-line option (`--runs 15` → `'15'`), or undefined when the option is absent.
 *
 *   const runs = Number(argument('--runs') ?? 15);
 */
export function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}
