/**
 * The value after `--name` on a bench script's command line, or undefined when it is not given.
 * `argv` is process.argv (node and the script first, neither ever an option) or, as bench/run.ts
 * gives it, the arguments alone.
 */
export function optionValue(name: string, argv: readonly string[] = process.argv): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
