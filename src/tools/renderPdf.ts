/**
 * How the checked copy prints: checks a workbook (the bundled sample by default), converts the
 * checked copy to PDF with LibreOffice (`soffice --headless --convert-to pdf`), then to one PNG per
 * page with pdftoppm when it is installed, all into test-results/. The pages show what a reviewer
 * gets on paper: A4 landscape, every column on the page, the header repeated.
 *
 *   npm run render:pdf [-- WORKBOOK.xlsx] [--lang vi|en]
 *
 * Exit code 0 with the files listed; 2 when soffice is missing (and says so) or the check fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runCheck } from '../cli/runCheck';
import { checkWorkbook } from '../core';
import type { Language } from '../core/model';

const OUT_DIR = path.resolve('test-results', 'render-pdf');

/** The program's full path when it is on PATH, else null. */
export function findProgram(name: string, searchPath = process.env.PATH ?? ''): string | null {
  for (const folder of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(folder, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export const SOFFICE_MISSING =
  'soffice (LibreOffice) is not installed or not on PATH: cannot render the PDF. Install LibreOffice (apt-get install libreoffice-calc) and run again.';

/** The whole run; `searchPath` is where programs are looked for (PATH). */
export async function renderPdf(argv: readonly string[], searchPath = process.env.PATH ?? ''): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { lang: { type: 'string', default: 'vi' } } });
  const language: Language = values.lang === 'en' ? 'en' : 'vi';
  const soffice = findProgram('soffice', searchPath) ?? findProgram('libreoffice', searchPath);
  if (!soffice) {
    console.error(SOFFICE_MISSING);
    return 2;
  }
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const input = positionals[0];
  const stem = input ? path.basename(input, path.extname(input)) : 'sample';
  const checkedCopy = path.join(OUT_DIR, `${stem}-checked.xlsx`);
  const result = await runCheck({ ...(input && { input }), out: checkedCopy, language, checkedAt: new Date() }, checkWorkbook);
  if (!result.ok) {
    console.error(result.message);
    return 2;
  }
  // A profile of its own: a LibreOffice already open for the user would otherwise take the job and exit at once.
  const profile = pathToFileURL(path.join(OUT_DIR, 'profile')).href;
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT_DIR, checkedCopy], { stdio: 'inherit' });
  rmSync(path.join(OUT_DIR, 'profile'), { recursive: true, force: true });
  const pdf = path.join(OUT_DIR, `${stem}-checked.pdf`);
  if (!existsSync(pdf)) {
    console.error(`soffice wrote no PDF for ${checkedCopy}.`);
    return 2;
  }
  console.log(`PDF: ${pdf}`);
  const pdftoppm = findProgram('pdftoppm', searchPath);
  if (!pdftoppm) {
    console.log('pdftoppm (poppler-utils) is not installed: no PNG pages.');
    return 0;
  }
  execFileSync(pdftoppm, ['-r', '110', '-png', pdf, path.join(OUT_DIR, `${stem}-page`)], { stdio: 'inherit' });
  for (const page of readdirSync(OUT_DIR).filter((file) => file.endsWith('.png')).sort()) console.log(`page: ${path.join(OUT_DIR, page)}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  renderPdf(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
