/** A command was given what it cannot use (a missing file, a bad option): exit code 2, message as is. */
export class UsageError extends Error {}
