/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  readonly stdout: (chunk: string | Uint8Array) => void;
  readonly stderr: (chunk: string) => void;
}

/**
 * One subcommand of `reglament`. `run` parses its own arguments (node:util parseArgs) and
 * returns the exit code: 0 done, 1 failed, 2 bad usage.
 */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
