// The benches' command-line options, read one way everywhere: `--name value` and `--name=value` alike, numbers
// with underscores allowed (`--entities 2_000_000`), and bare flags (`--quick`).

const args = process.argv.slice(2);

export const hasFlag = (name: string): boolean => args.includes(`--${name}`);

/** The option's value, or undefined when it is not given. */
export function option(name: string): string | undefined {
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  return at < 0 ? undefined : args[at + 1];
}

/** A number option (underscores allowed); refused with a message naming it when it is not a number. */
export function numberOption(name: string): number | undefined {
  const text = option(name);
  if (text === undefined) return undefined;
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isFinite(n)) throw new Error(`--${name}: expected a number, got "${text}"`);
  return n;
}

/** A comma-separated list option. */
export const listOption = (name: string): string[] | undefined => option(name)?.split(',');
