/** Reads the command line into what to do: show help, run a check, or say what is wrong. */
import { parseArgs } from 'node:util';
import type { Language } from '../core/model';
import { batchText, cliText, say, sayPlain } from '../text/strings';

export interface CheckRequest {
  /** Absent: check the bundled sample. */
  input?: string;
  out?: string;
  json?: string;
  language: Language;
  /** --include-hidden: check and report hidden sheets, rows and columns too; absent: only what a reader sees. */
  includeHidden?: boolean;
  /** --force: replace an existing output even when this tool did not write it (see freeOutput.ts). */
  force?: boolean;
}

/** Batch mode: several files or folders, one checked copy each and one consolidated report. */
export interface BatchRequest {
  /** Files and folders, as given; folders are searched with their sub-folders. */
  inputs: string[];
  outDir: string;
  /** How many files are checked at once; absent: one per CPU core. */
  jobs?: number;
  language: Language;
  includeHidden?: boolean;
  force?: boolean;
}

export type CliCommand =
  | { kind: 'help'; language: Language }
  | { kind: 'check'; request: CheckRequest }
  | { kind: 'batch'; request: BatchRequest }
  | { kind: 'invalid'; language: Language; message: string };

const LANGUAGES: readonly Language[] = ['vi', 'en'];

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        json: { type: 'string' },
        'out-dir': { type: 'string' },
        jobs: { type: 'string' },
        lang: { type: 'string' },
        'include-hidden': { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const language = languageHint(argv);
    return { kind: 'invalid', language, message: describeParseError(error, language) };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'vi';
  if (!isLanguage(lang)) return { kind: 'invalid', language: 'vi', message: say('vi', cliText.badLanguage, { value: lang }) };
  if (values.help) return { kind: 'help', language: lang };
  const invalid = (message: string): CliCommand => ({ kind: 'invalid', language: lang, message });

  const jobs = values.jobs === undefined ? undefined : parseJobs(values.jobs);
  if (jobs === null) return invalid(say(lang, batchText.badJobs, { value: values.jobs ?? '' }));
  const outDir = values['out-dir'];
  const includeHidden = values['include-hidden'] ?? false;
  const force = values.force ?? false;
  // Several inputs, or --out-dir, mean batch mode; a single file without --out-dir is checked as always.
  if (outDir !== undefined || positionals.length > 1) {
    if (values.out !== undefined || values.json !== undefined) return invalid(sayPlain(lang, batchText.outWithBatch));
    if (!outDir) return invalid(sayPlain(lang, batchText.outDirRequired));
    if (positionals.length === 0) return invalid(sayPlain(lang, batchText.noInputs));
    return { kind: 'batch', request: { inputs: positionals, outDir, language: lang, includeHidden, force, ...(jobs !== undefined && { jobs }) } };
  }
  if (jobs !== undefined) return invalid(sayPlain(lang, batchText.jobsNeedsOutDir));
  return {
    kind: 'check',
    request: {
      language: lang,
      includeHidden,
      force,
      ...(positionals[0] !== undefined && { input: positionals[0] }),
      ...(values.out !== undefined && { out: values.out }),
      ...(values.json !== undefined && { json: values.json }),
    },
  };
}

/** A whole number of 1 or more; null for anything else. */
function parseJobs(value: string): number | null {
  if (!/^\d+$/.test(value.trim())) return null;
  const jobs = Number(value);
  return jobs >= 1 && Number.isSafeInteger(jobs) ? jobs : null;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The --lang the user asked for, when the rest of the line could not be parsed. */
function languageHint(argv: readonly string[]): Language {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value !== undefined && isLanguage(value) ? value : 'vi';
}

function describeParseError(error: unknown, language: Language): string {
  const code = (error as { code?: string }).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    // Node's message quotes the option first: "Unknown option '--foo'. To specify…"
    const option = /'([^']+)'/.exec(detail)?.[1] ?? detail;
    return say(language, cliText.unknownOption, { option });
  }
  return say(language, cliText.badArguments, { detail });
}
