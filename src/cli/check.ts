/**
 * npm run check -- [INPUT.xlsx] [--out OUTPUT.xlsx] [--json REPORT.json] [--force] [--lang vi|en]
 * npm run check -- FILE_OR_FOLDER... --out-dir DIR [--jobs N] [--force] [--lang vi|en]
 */
import './compilerBudget';
import { availableParallelism } from 'node:os';
import { checkWorkbook } from '../core';
import { abortOnStopSignals } from './interrupt';
import { terminalText } from '../text/shownPath';
import { cliMain } from './main';
import { lastResortFailure } from './unexpectedFailure';
import { removeTemporariesNow } from './writeAtomic';

const argv = process.argv.slice(2);
// The last resort: an error nothing awaits (in an event handler) still ends in one line, exit 1.
const lastResort = (error: unknown): never => {
  removeTemporariesNow();
  process.stderr.write(`${terminalText(lastResortFailure(error, argv))}\n`);
  process.exit(1);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);
const interruption = abortOnStopSignals();
const exitCode = await cliMain(
  argv,
  checkWorkbook,
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    ...(process.stdout.isTTY && {
      terminal: { write: (text: string) => process.stdout.write(text), columns: () => process.stdout.columns ?? 80 },
    }),
  },
  new Date(),
  // A large workbook's sheets are read and checked on the machine's cores (sheetThreads.ts).
  availableParallelism(),
  interruption,
);
// An interrupted check may still have work under way (sheet threads): end here, its files already removed.
if (interruption.aborted) process.exit(exitCode);
process.exitCode = exitCode;
