/** Reads the command line into what to do: show help, run a check, or say what is wrong. */
import { parseArgs } from 'node:util';
import type { Language } from '../core/settings';
import { cliText, say, sayPlain } from '../text/strings';

export interface CheckRequest {
  /** Absent: check the bundled sample. */
  input?: string;
  out?: string;
  json?: string;
  language: Language;
}

export type CliCommand =
  | { kind: 'help'; language: Language }
  | { kind: 'check'; request: CheckRequest }
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
        lang: { type: 'string' },
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
  if (positionals.length > 1) return { kind: 'invalid', language: lang, message: sayPlain(lang, cliText.tooManyInputs) };
  return {
    kind: 'check',
    request: {
      language: lang,
      ...(positionals[0] !== undefined && { input: positionals[0] }),
      ...(values.out !== undefined && { out: values.out }),
      ...(values.json !== undefined && { json: values.json }),
    },
  };
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
