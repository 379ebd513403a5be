// The schema's rule for ids, without zod: for the checks that run before (or instead of) the schema on big graphs.
// Ids are opaque: only blank ones, control characters and more than 1000 characters are refused (see schema.ts).

// eslint-disable-next-line no-control-regex
const ID = /^[^\u0000-\u001f\u007f]+$/;

/** 1 to 1000 characters, none of them a control character. */
export function isValidId(value: string): boolean {
  return value.length > 0 && value.length <= 1000 && ID.test(value);
}
