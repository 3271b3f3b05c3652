/** The command line from arguments to exit code, with the engine and the terminal passed in. */
import { sayPlain, cliText } from '../text/strings';
import { parseCliArgs } from './args';
import { runCheck, type CheckFunction } from './runCheck';
import { formatRunSummary } from './terminal';

export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** 0 when the check ran (findings are results, not failures); see CheckRunResult for the rest. */
export async function cliMain(argv: readonly string[], check: CheckFunction, output: CliOutput, checkedAt: Date): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === 'help') {
    output.stdout(sayPlain(command.language, cliText.usage));
    return 0;
  }
  if (command.kind === 'invalid') {
    output.stderr(command.message);
    return 2;
  }
  const result = await runCheck({ ...command.request, checkedAt }, check);
  if (!result.ok) {
    output.stderr(result.message);
    return result.exitCode;
  }
  output.stdout(formatRunSummary(result, command.request.language));
  return 0;
}
