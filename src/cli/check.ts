/** npm run check -- [INPUT.xlsx] [--out OUTPUT.xlsx] [--json REPORT.json] [--lang vi|en] */
import { checkWorkbook } from '../core/checkWorkbook';
import { cliMain } from './main';

process.exitCode = await cliMain(
  process.argv.slice(2),
  checkWorkbook,
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  },
  new Date(),
);
