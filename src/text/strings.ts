/**
 * Every user-facing sentence outside the core, Vietnamese first, English second: the summary sheets,
 * the command line and the task pane take their words from here. The rules' messages and the
 * reasons a sheet is skipped are the core's own (each rule's meta, src/core/skipReasons.ts).
 */
import { formatNumber } from '../core';
import type { ColumnRole, Language } from '../core/model';

export type Localized<P = void> = { readonly [L in Language]: (params: P) => string };

export function say<P>(language: Language, entry: Localized<P>, params: P): string {
  return entry[language](params);
}

/** Shorthand for entries without parameters. */
export function sayPlain(language: Language, entry: Localized<void>): string {
  return entry[language]();
}

const fixed = (vi: string, en: string): Localized<void> => ({ vi: () => vi, en: () => en });

/** "A", "B" và "C" / "A", "B" and "C". */
function quotedList(items: readonly string[], and: string): string {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}

/** "09:00 05/01/2021" / "09:00, 5 Jan 2021", in the clock of the computer that shows it. */
function dateTime(date: Date, language: Language): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  if (language === 'vi') return `${time} ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getMonth()];
  return `${time}, ${date.getDate()} ${month} ${date.getFullYear()}`;
}

/** 4.000.000 / 4,000,000: a count as each language groups its digits. */
function countText(count: number, language: Language): string {
  return formatNumber(count, language, 0);
}

/** "768 KB", "128 MB" (binary units, the way file managers show them), with the language's decimal mark. */
function sizeText(bytes: number, language: Language): string {
  const [amount, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${formatNumber(amount, language, amount < 10 ? 1 : 0)} ${unit}`;
}

// ---- summary sheets: what the check writes into the workbook --------------------------------
export const summaryText = {
  summarySheetName: fixed('Tổng hợp', 'Summary'),
  findingsSheetName: fixed('Kiểm tra', 'Findings'),
  summaryTitle: {
    vi: ({ workbook }) => `Tổng hợp chỉ tiêu: ${workbook}`,
    en: ({ workbook }) => `Indicator summary: ${workbook}`,
  } satisfies Localized<{ workbook: string }>,
  findingsTitle: {
    vi: ({ workbook }) => `Kết quả soát số liệu: ${workbook}`,
    en: ({ workbook }) => `Consistency findings: ${workbook}`,
  } satisfies Localized<{ workbook: string }>,
  checkedOn: {
    vi: ({ date }) => `Ngày kiểm tra: ${date}`,
    en: ({ date }) => `Checked on: ${date}`,
  } satisfies Localized<{ date: string }>,
  column: {
    sheet: fixed('Biểu', 'Sheet'),
    code: fixed('TT', 'No.'),
    indicator: fixed('Chỉ tiêu', 'Indicator'),
    unit: fixed('Đơn vị tính', 'Unit'),
    prior: fixed('Cùng kỳ năm trước', 'Prior year'),
    plan: fixed('Kế hoạch', 'Plan'),
    actual: fixed('Thực hiện', 'Actual'),
    percentOfPlan: fixed('TH/KH (%)', '% of plan'),
    yearOnYear: fixed('So với cùng kỳ', 'Year on year'),
    status: fixed('Đánh giá', 'Status'),
    severity: fixed('Mức độ', 'Severity'),
    cell: fixed('Ô', 'Cell'),
    expected: fixed('Giá trị tính lại', 'Expected'),
    found: fixed('Giá trị trên biểu', 'Found'),
    message: fixed('Nội dung', 'Message'),
    skipReason: fixed('Lý do', 'Reason'),
    findings: fixed('Phát hiện', 'Findings'),
    columnHeading: fixed('Cột', 'Column'),
    parent: fixed('Thuộc chỉ tiêu', 'Part of'),
    difference: fixed('Chênh lệch (trên biểu − tính lại)', 'Difference (found − expected)'),
  },
  /** A status whose figures have an error finding on their row: the status alone would read as an all-clear. */
  flaggedStatus: {
    vi: ({ status }) => `${status} (số liệu có lỗi)`,
    en: ({ status }) => `${status} (figures flagged)`,
  } satisfies Localized<{ status: string }>,
  overview: fixed('Tổng quan', 'Overview'),
  overviewCounts: fixed('Số chỉ tiêu theo đánh giá, số phát hiện theo mức độ', 'Indicators by status, findings by severity'),
  flaggedCount: fixed('Trong đó số liệu có lỗi', 'Of which figures flagged'),
  chartTitle: fixed('TH/KH trung vị theo biểu (%)', 'Median % of plan by sheet'),
  medianPercentOfPlan: fixed('TH/KH trung vị (%)', 'Median % of plan'),
  status: {
    achieved: fixed('Đạt', 'Achieved'),
    nearly: fixed('Gần đạt', 'Nearly'),
    missed: fixed('Không đạt', 'Missed'),
    'no-target': fixed('Chưa có kế hoạch', 'No target'),
  },
  severity: {
    error: fixed('Lỗi', 'Error'),
    warning: fixed('Cảnh báo', 'Warning'),
    info: fixed('Thông tin', 'Info'),
  },
  /** Shown after a year-on-year change in percent; it sits inside a number format. */
  yoyPercentUnit: fixed('%', '%'),
  /** Shown after a year-on-year change in percentage points (rates). */
  yoyPointsUnit: fixed('điểm %', 'pts'),
  noFindings: fixed('Không phát hiện sai lệch.', 'No inconsistencies found.'),
  nothingRead: fixed(
    'Không đọc được chỉ tiêu nào, nên chưa kiểm tra được gì: đây không phải kết quả "không có sai lệch". Xem lý do từng biểu bị bỏ qua.',
    'No indicator could be read, so nothing was checked: this is not a "no inconsistencies" result. See why each sheet was skipped.',
  ),
  skippedSheets: fixed('Biểu không kiểm tra', 'Sheets not checked'),
  districtsSheetName: fixed('Theo địa bàn', 'By district'),
  districtsTitle: {
    vi: ({ workbook, total }) => `Chỉ tiêu theo địa bàn: ${workbook} (trang tổng: ${total})`,
    en: ({ workbook, total }) => `Indicators by district: ${workbook} (total sheet: ${total})`,
  } satisfies Localized<{ workbook: string; total: string }>,
  districtActual: {
    vi: ({ sheet }) => `${sheet}: thực hiện`,
    en: ({ sheet }) => `${sheet}: actual`,
  } satisfies Localized<{ sheet: string }>,
  districtPercentOfPlan: {
    vi: ({ sheet }) => `${sheet}: TH/KH (%)`,
    en: ({ sheet }) => `${sheet}: % of plan`,
  } satisfies Localized<{ sheet: string }>,
  totalSheetActual: {
    vi: ({ sheet }) => `${sheet} (trang tổng): thực hiện`,
    en: ({ sheet }) => `${sheet} (total sheet): actual`,
  } satisfies Localized<{ sheet: string }>,
  sumOfDistricts: fixed('Cộng các địa bàn', 'Sum of districts'),
} as const;

// ---- command line: usage, file problems, the closing summary --------------------------------
/** What to do when an output cannot be written, by cause (see src/cli/writeProblem.ts). */
export const writeAdviceText = {
  closeFile: fixed('Nếu tệp đang mở trong Excel, hãy đóng lại rồi chạy lại.', 'If the file is open in Excel, close it and run again.'),
  freeSpace: fixed('Ổ đĩa đã đầy: hãy giải phóng dung lượng rồi chạy lại.', 'The disk is full: free some space and run again.'),
  quota: fixed(
    'Đã dùng hết hạn mức dung lượng của bạn trên ổ đĩa này: hãy xóa bớt tệp hoặc ghi ra thư mục ở ổ khác.',
    'Your disk quota is used up: delete some files, or write to a folder on another drive.',
  ),
  otherFolder: fixed(
    'Nơi này chỉ cho đọc, không ghi được: hãy chọn thư mục khác để ghi kết quả.',
    'That place is read-only: choose another folder for the output.',
  ),
} as const;

export const cliText = {
  usage: fixed(
    [
      'Soát chỉ tiêu: kiểm tra số liệu trong biểu chỉ tiêu (.xlsx).',
      '',
      'Cách dùng: npm run check -- [TỆP.xlsx] [--out KẾT_QUẢ.xlsx] [--json BÁO_CÁO.json] [--force] [--include-hidden] [--lang vi|en]',
      '           npm run check -- TỆP_HOẶC_THƯ_MỤC... --out-dir THƯ_MỤC [--jobs N] [--force] [--include-hidden] [--lang vi|en]',
      '',
      '  TỆP.xlsx      sổ làm việc cần kiểm tra (bỏ trống: kiểm tra tệp mẫu Quảng Ninh 2020)',
      '  --out         nơi ghi bản sao có thêm trang Tổng hợp và Kiểm tra (mặc định: TỆP-checked.xlsx)',
      '  --json        ghi thêm báo cáo dạng JSON',
      '  --out-dir     kiểm tra hàng loạt nhiều tệp, thư mục (tìm cả thư mục con); ghi vào THƯ_MỤC',
      '                từng bản sao TÊN-checked.xlsx, bảng batch-summary.xlsx và batch-report.json',
      '  --jobs        số tệp kiểm tra cùng lúc khi kiểm tra hàng loạt (mặc định: số nhân CPU,',
      '                ít hơn khi bộ nhớ trống không đủ cho các tệp lớn)',
      '  --include-hidden  kiểm tra và báo cáo cả trang tính, dòng, cột đang ẩn (mặc định: bỏ qua',
      '                phần ẩn, chỉ báo những gì người đọc nhìn thấy)',
      '  --force       ghi đè tệp kết quả đã có dù không do công cụ này ghi (mặc định: giữ tệp đó, ghi',
      '                vào tên trống tiếp theo, vd. TỆP-checked (2).xlsx; kết quả cũ của công cụ luôn được ghi đè)',
      '  --lang        ngôn ngữ: vi (mặc định) hoặc en',
      '  --help        hiện hướng dẫn này',
      '',
      'Mã thoát: 0 khi kiểm tra xong (kể cả khi có sai lệch); 2 khi sai tham số, hoặc tệp duy nhất không',
      'đọc được; 1 khi kiểm tra hoặc ghi bị lỗi, hoặc (hàng loạt) có tệp không kiểm tra được;',
      '130 khi bị dừng bằng Ctrl-C, 143 khi bị dừng bằng SIGTERM (không để lại tệp ghi dở).',
      'Tệp gốc không bao giờ bị sửa.',
    ].join('\n'),
    [
      'Indicator Check: checks the figures of an indicator report workbook (.xlsx).',
      '',
      'Usage: npm run check -- [INPUT.xlsx] [--out OUTPUT.xlsx] [--json REPORT.json] [--force] [--include-hidden] [--lang vi|en]',
      '       npm run check -- FILE_OR_FOLDER... --out-dir DIR [--jobs N] [--force] [--include-hidden] [--lang vi|en]',
      '',
      '  INPUT.xlsx    the workbook to check (none: the bundled Quảng Ninh 2020 sample)',
      '  --out         where to write the copy with the Summary and Findings sheets (default: INPUT-checked.xlsx)',
      '  --json        also write the report as JSON',
      '  --out-dir     batch mode: several files, or folders (searched with their sub-folders); writes each',
      '                checked copy NAME-checked.xlsx, batch-summary.xlsx and batch-report.json into DIR',
      '  --jobs        in batch mode, how many files are checked at once (default: the number of CPU',
      '                cores, fewer when the free memory would not hold that many large files)',
      '  --include-hidden  also check and report hidden sheets, rows and columns (default: leave',
      '                hidden content alone and report only what a reader sees)',
      '  --force       replace an existing output even when this tool did not write it (default: keep that',
      '                file and write to the next free name, e.g. INPUT-checked (2).xlsx; the tool\'s own earlier',
      '                output is always replaced)',
      '  --lang        language: vi (default) or en',
      '  --help        show this help',
      '',
      'Exit code: 0 when the check ran (findings or not); 2 for wrong arguments, or a single input that',
      'cannot be read; 1 when a check or a write failed, or (batch) some files could not be checked;',
      '130 when stopped with Ctrl-C, 143 when stopped with SIGTERM (no half-written file is left).',
      'The input file is never changed.',
    ].join('\n'),
  ),
  fileMissing: {
    vi: ({ path }) => `Không tìm thấy tệp ${path}. Hãy kiểm tra lại đường dẫn.`,
    en: ({ path }) => `File not found: ${path}. Check the path.`,
  } satisfies Localized<{ path: string }>,
  notAFile: {
    vi: ({ path }) => `${path} là một thư mục, không phải tệp Excel.`,
    en: ({ path }) => `${path} is a folder, not an Excel file.`,
  } satisfies Localized<{ path: string }>,
  specialFile: {
    vi: ({ path }) => `${path} không phải tệp thông thường (là đường ống, socket hoặc thiết bị), không phải tệp Excel.`,
    en: ({ path }) => `${path} is not a regular file (it is a pipe, socket or device), not an Excel file.`,
  } satisfies Localized<{ path: string }>,
  legacyXls: {
    vi: ({ path }) =>
      `Tệp ${path} là định dạng Excel cũ (.xls), chương trình chưa đọc được. Hãy mở tệp trong Excel, chọn Tệp > Lưu thành, Lưu thành .xlsx (Sổ làm việc Excel), rồi kiểm tra tệp .xlsx đó.`,
    en: ({ path }) =>
      `${path} is an old-format Excel file (.xls), which cannot be read. Open it in Excel, choose File > Save As and save it as .xlsx (Excel Workbook), then check the .xlsx file.`,
  } satisfies Localized<{ path: string }>,
  notXlsx: {
    vi: ({ path }) => `Tệp ${path} không phải sổ làm việc Excel (.xlsx hoặc .xlsm).`,
    en: ({ path }) => `${path} is not an Excel workbook (.xlsx or .xlsm).`,
  } satisfies Localized<{ path: string }>,
  passwordProtected: {
    vi: ({ path }) =>
      `Tệp ${path} đã được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu), lưu lại rồi kiểm tra lại.`,
    en: ({ path }) =>
      `${path} is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save it and check it again.`,
  } satisfies Localized<{ path: string }>,
  /** `detail`: what the reader or a library said, often in English: kept apart, for a bug report, not read as part of the sentence. */
  corrupt: {
    vi: ({ path, detail }) =>
      `Tệp ${path} bị hỏng hoặc không phải tệp .xlsx hợp lệ. Hãy thử mở tệp trong Excel và lưu lại thành .xlsx. (Chi tiết kỹ thuật: ${detail})`,
    en: ({ path, detail }) =>
      `${path} is damaged or not a valid .xlsx file. Try opening it in Excel and saving it again as .xlsx. (Technical detail: ${detail})`,
  } satisfies Localized<{ path: string; detail: string }>,
  notZip: fixed('nội dung không phải gói .xlsx', 'the content is not an .xlsx package'),
  partTooLarge: {
    vi: ({ path, part, sheet, storedBytes, limitBytes }) =>
      `Không kiểm tra tệp ${path}: ${sheet === null ? `phần ${part}` : `trang “${sheet}”`} giải nén ra hơn ${sizeText(limitBytes, 'vi')} (từ ${sizeText(storedBytes, 'vi')} trong tệp), quá mức chương trình đọc. Tệp có thể bị hỏng hoặc được làm ra để làm treo máy (“bom zip”); nếu đó là một trang tính thật, hãy tách nó ra nhiều tệp nhỏ hơn.`,
    en: ({ path, part, sheet, storedBytes, limitBytes }) =>
      `Not checked: ${path}: ${sheet === null ? `its part ${part}` : `sheet "${sheet}"`} unpacks to more than ${sizeText(limitBytes, 'en')} (from ${sizeText(storedBytes, 'en')} in the file), more than this tool reads. The file may be damaged or made to exhaust the computer (a "zip bomb"); if it is a real sheet, split it into smaller files.`,
  } satisfies Localized<{ path: string; part: string; sheet: string | null; storedBytes: number; limitBytes: number }>,
  usedRangeTooLarge: {
    vi: ({ path, sheet, range, cells, farthestCell, limit }) =>
      `Không kiểm tra tệp ${path}: trang “${sheet}” trải trên vùng ${range} (${countText(cells, 'vi')} ô), quá ${countText(limit, 'vi')} ô mà chương trình đọc. Ô có nội dung xa nhất là ${farthestCell}: nếu đó là ô thừa, hãy xóa nội dung các ô ngoài bảng rồi lưu lại.`,
    en: ({ path, sheet, range, cells, farthestCell, limit }) =>
      `Not checked: ${path}: sheet "${sheet}" spans ${range} (${countText(cells, 'en')} cells), more than the ${countText(limit, 'en')} cells this tool reads. The farthest cell holding something is ${farthestCell}: if it is a stray one, clear the cells outside the table and save again.`,
  } satisfies Localized<{ path: string; sheet: string; range: string; cells: number; farthestCell: string; limit: number }>,
  unreadable: {
    vi: ({ path, detail }) => `Không đọc được tệp ${path}: ${detail}`,
    en: ({ path, detail }) => `Cannot read ${path}: ${detail}`,
  } satisfies Localized<{ path: string; detail: string }>,
  badArguments: {
    vi: ({ detail }) => `Tham số không hợp lệ: ${detail}. Xem hướng dẫn: npm run check -- --help`,
    en: ({ detail }) => `Invalid arguments: ${detail}. See: npm run check -- --help`,
  } satisfies Localized<{ detail: string }>,
  unknownOption: {
    vi: ({ option }) => `Không có tùy chọn ${option}. Xem hướng dẫn: npm run check -- --help`,
    en: ({ option }) => `Unknown option ${option}. See: npm run check -- --help`,
  } satisfies Localized<{ option: string }>,
  badLanguage: {
    vi: ({ value }) => `Ngôn ngữ "${value}" không có; hãy dùng --lang vi hoặc --lang en.`,
    en: ({ value }) => `Unknown language "${value}"; use --lang vi or --lang en.`,
  } satisfies Localized<{ value: string }>,
  outputIsInput: {
    vi: ({ path }) => `Tệp kết quả ${path} trùng với tệp cần kiểm tra; tệp gốc không được ghi đè. Hãy chọn tên khác bằng --out.`,
    en: ({ path }) => `The output ${path} is the input file, which is never overwritten. Choose another name with --out.`,
  } satisfies Localized<{ path: string }>,
  jsonIsOutput: {
    vi: ({ path }) => `--json và --out cùng chỉ tới ${path}: báo cáo JSON sẽ ghi đè bản sao đã kiểm tra. Hãy đặt hai tên khác nhau.`,
    en: ({ path }) => `--json and --out both name ${path}: the JSON report would replace the checked copy. Give them different names.`,
  } satisfies Localized<{ path: string }>,
  keptFile: {
    vi: ({ kept, writtenTo }) => `Giữ nguyên ${kept} (tệp không do công cụ này ghi); kết quả ghi vào ${writtenTo}. Dùng --force để ghi đè.`,
    en: ({ kept, writtenTo }) => `Kept ${kept} (not written by this tool); wrote ${writtenTo} instead. Use --force to replace it.`,
  } satisfies Localized<{ kept: string; writtenTo: string }>,
  interrupted: {
    vi: ({ signal }) => `Đã dừng theo yêu cầu (${signal}); không để lại tệp ghi dở. Tệp gốc không bị thay đổi.`,
    en: ({ signal }) => `Stopped on request (${signal}); no half-written file left. The input is unchanged.`,
  } satisfies Localized<{ signal: string }>,
  outputNotXlsx: {
    vi: ({ path }) => `Tệp kết quả ${path} phải có đuôi .xlsx.`,
    en: ({ path }) => `The output ${path} must end in .xlsx.`,
  } satisfies Localized<{ path: string }>,
  outputFolderMissing: {
    vi: ({ folder }) => `Không tạo được thư mục ${folder} để ghi kết quả.`,
    en: ({ folder }) => `The output folder ${folder} cannot be made.`,
  } satisfies Localized<{ folder: string }>,
  packageUnsupported: {
    vi: ({ path, detail }) =>
      `Không tạo được bản sao của ${path}: tệp được nén theo cách công cụ chưa đọc lại được. Mở tệp bằng Excel, lưu lại dạng .xlsx rồi chạy lại. Tệp gốc không bị thay đổi. (Chi tiết kỹ thuật: ${detail})`,
    en: ({ path, detail }) =>
      `Could not make the checked copy of ${path}: the file is packed in a way the tool cannot read back. Open it in Excel, save it as .xlsx and run again. The input is unchanged. (Technical detail: ${detail})`,
  } satisfies Localized<{ path: string; detail: string }>,
  /** `advice`: what to do for this cause (see writeProblemAdvice). */
  writeFailed: {
    vi: ({ path, detail, advice }) => `Không ghi được ${path}: ${detail}. ${advice} Tệp gốc không bị thay đổi.`,
    en: ({ path, detail, advice }) => `Could not write ${path}: ${detail}. ${advice} The input file is unchanged.`,
  } satisfies Localized<{ path: string; detail: string; advice: string }>,
  unexpectedFailure: {
    vi: ({ path, detail }) => `Việc kiểm tra ${path} dừng vì một lỗi ngoài dự kiến; không có tệp nào được ghi. Chi tiết kỹ thuật (để báo lỗi): ${detail}`,
    en: ({ path, detail }) => `The check of ${path} stopped on an unexpected error; nothing was written. Technical detail (for a bug report): ${detail}`,
  } satisfies Localized<{ path: string; detail: string }>,
  outOfMemory: {
    vi: ({ path }) =>
      `Không kiểm tra được ${path}: tệp cần nhiều bộ nhớ hơn máy này có; không có tệp nào được ghi. Hãy đóng bớt chương trình khác, hoặc tách sổ làm việc thành nhiều tệp nhỏ hơn.`,
    en: ({ path }) => `Could not check ${path}: it needs more memory than this computer has; nothing was written. Close other programs, or split the workbook into smaller files.`,
  } satisfies Localized<{ path: string }>,
  heading: {
    vi: ({ workbook }) => `Soát chỉ tiêu: ${workbook}`,
    en: ({ workbook }) => `Indicator Check: ${workbook}`,
  } satisfies Localized<{ workbook: string }>,
  sheetsChecked: {
    vi: ({ count, names }) => `Biểu đã kiểm tra: ${count}${names ? ` (${names})` : ''}`,
    en: ({ count, names }) => `Sheets checked: ${count}${names ? ` (${names})` : ''}`,
  } satisfies Localized<{ count: number; names: string }>,
  sheetsSkipped: {
    vi: ({ count }) => `Biểu bỏ qua: ${count}`,
    en: ({ count }) => `Sheets skipped: ${count}`,
  } satisfies Localized<{ count: number }>,
  skippedSheet: {
    vi: ({ name, reason }) => `  - ${name}: ${reason}`,
    en: ({ name, reason }) => `  - ${name}: ${reason}`,
  } satisfies Localized<{ name: string; reason: string }>,
  indicators: {
    vi: ({ count, achieved, nearly, missed, noTarget }) =>
      `Chỉ tiêu: ${count} (đạt ${achieved}, gần đạt ${nearly}, không đạt ${missed}, chưa có kế hoạch ${noTarget})`,
    en: ({ count, achieved, nearly, missed, noTarget }) =>
      `Indicators: ${count} (achieved ${achieved}, nearly ${nearly}, missed ${missed}, no target ${noTarget})`,
  } satisfies Localized<{ count: number; achieved: number; nearly: number; missed: number; noTarget: number }>,
  findings: {
    vi: ({ errors, warnings, infos }) => `Phát hiện: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin`,
    en: ({ errors, warnings, infos }) => `Findings: ${errors} errors, ${warnings} warnings, ${infos} notes`,
  } satisfies Localized<{ errors: number; warnings: number; infos: number }>,
  firstFindings: {
    vi: ({ shown, total }) => (shown < total ? `${shown} phát hiện đầu tiên (trong ${total}):` : 'Các phát hiện:'),
    en: ({ shown, total }) => (shown < total ? `The first ${shown} findings (of ${total}):` : 'The findings:'),
  } satisfies Localized<{ shown: number; total: number }>,
  findingLine: {
    vi: ({ place, message }) => `  - ${place}: ${message}`,
    en: ({ place, message }) => `  - ${place}: ${message}`,
  } satisfies Localized<{ place: string; message: string }>,
  restOfFindings: {
    vi: ({ path }) => `Toàn bộ phát hiện ở trang "Kiểm tra" của ${path}.`,
    en: ({ path }) => `Every finding is on the "Kiểm tra" (Findings) sheet of ${path}.`,
  } satisfies Localized<{ path: string }>,
  nothingRead: {
    vi: () =>
      'CẢNH BÁO: không đọc được chỉ tiêu nào, nên không có gì được kiểm tra; "0 lỗi" ở đây không có nghĩa là số liệu đúng. Xem lý do bỏ qua từng biểu ở trên.',
    en: () => 'WARNING: no indicator could be read, so nothing was checked; "0 errors" here does not mean the figures are right. See why each sheet was skipped above.',
  } satisfies Localized<Record<string, never>>,
  outputWritten: {
    vi: ({ path }) => `Đã ghi kết quả: ${path}`,
    en: ({ path }) => `Written: ${path}`,
  } satisfies Localized<{ path: string }>,
  unsafeEntriesDropped: {
    vi: ({ names }) => `Không chép sang bản đã kiểm tra (tên không an toàn, trỏ ra ngoài thư mục giải nén): ${names}`,
    en: ({ names }) => `Left out of the checked copy (unsafe names, pointing outside the folder they are unzipped in): ${names}`,
  } satisfies Localized<{ names: string }>,
  jsonWritten: {
    vi: ({ path }) => `Đã ghi báo cáo JSON: ${path}`,
    en: ({ path }) => `Report (JSON): ${path}`,
  } satisfies Localized<{ path: string }>,
} as const;

// ---- command line, batch mode: many files, one consolidated report ---------------------------
export const batchText = {
  unexpectedFailure: {
    vi: ({ folder, detail }) =>
      `Kiểm tra hàng loạt dừng vì một lỗi ngoài dự kiến. Các bản sao đã ghi xong (nếu có) vẫn ở ${folder}; báo cáo tổng hợp chưa được ghi. Chi tiết kỹ thuật (để báo lỗi): ${detail}`,
    en: ({ folder, detail }) =>
      `The batch stopped on an unexpected error. Checked copies already written (if any) are in ${folder}; the batch report was not written. Technical detail (for a bug report): ${detail}`,
  } satisfies Localized<{ folder: string; detail: string }>,
  outDirRequired: fixed(
    'Không có --out-dir thì chỉ kiểm tra được một tệp mỗi lần. Để kiểm tra nhiều tệp hoặc một thư mục, thêm --out-dir THƯ_MỤC (nơi ghi các bản sao và báo cáo tổng hợp). Xem hướng dẫn: npm run check -- --help',
    'Without --out-dir, only one input file at a time. To check several files or a folder, add --out-dir DIR (where the checked copies and the consolidated report go). See: npm run check -- --help',
  ),
  folderNeedsOutDir: {
    vi: ({ path }) =>
      `${path} là một thư mục. Để kiểm tra mọi sổ làm việc trong đó, thêm --out-dir THƯ_MỤC (nơi ghi các bản sao và báo cáo tổng hợp). Xem hướng dẫn: npm run check -- --help`,
    en: ({ path }) =>
      `${path} is a folder. To check every workbook in it, add --out-dir DIR (where the checked copies and the consolidated report go). See: npm run check -- --help`,
  } satisfies Localized<{ path: string }>,
  outWithBatch: fixed(
    '--out và --json chỉ dùng khi kiểm tra một tệp. Khi kiểm tra nhiều tệp hoặc thư mục, dùng --out-dir THƯ_MỤC: các bản sao và báo cáo tổng hợp (batch-summary.xlsx, batch-report.json) được ghi vào đó.',
    '--out and --json are for checking one file. For several files or a folder, use --out-dir DIR: the checked copies and the consolidated report (batch-summary.xlsx, batch-report.json) go there.',
  ),
  noInputs: fixed(
    'Chưa chỉ ra tệp hoặc thư mục cần kiểm tra. Ví dụ: npm run check -- bao-cao --out-dir ket-qua',
    'No file or folder to check. For example: npm run check -- reports --out-dir checked',
  ),
  badJobs: {
    vi: ({ value }) => `--jobs phải là một số nguyên dương (không phải "${value}").`,
    en: ({ value }) => `--jobs must be a whole number of 1 or more (not "${value}").`,
  } satisfies Localized<{ value: string }>,
  jobsNeedsOutDir: fixed(
    '--jobs chỉ dùng khi kiểm tra hàng loạt, cùng với --out-dir THƯ_MỤC.',
    '--jobs is for batch mode, together with --out-dir DIR.',
  ),
  noWorkbooks: {
    vi: ({ paths }) => `Không tìm thấy sổ làm việc nào (.xlsx, .xlsm) trong ${paths}.`,
    en: ({ paths }) => `No workbook (.xlsx, .xlsm) found in ${paths}.`,
  } satisfies Localized<{ paths: string }>,
  outDirFailed: {
    vi: ({ folder, detail }) => `Không tạo được thư mục kết quả ${folder}: ${detail}`,
    en: ({ folder, detail }) => `Cannot create the output folder ${folder}: ${detail}`,
  } satisfies Localized<{ folder: string; detail: string }>,
  workerStopped: {
    vi: ({ path, detail }) => `Bộ kiểm tra dừng đột ngột khi xử lý ${path} (${detail}). Không có tệp nào được ghi cho tệp này.`,
    en: ({ path, detail }) => `The checker stopped unexpectedly on ${path} (${detail}). Nothing was written for this file.`,
  } satisfies Localized<{ path: string; detail: string }>,
  progressFailed: {
    vi: ({ count }) => ` · ${count} tệp không kiểm tra được`,
    en: ({ count }) => ` · ${count} not checked`,
  } satisfies Localized<{ count: number }>,
  fileChecked: {
    vi: ({ done, total, name, indicators, errors, warnings }) =>
      `[${done}/${total}] ${name}: ${indicators} chỉ tiêu, ${errors} lỗi, ${warnings} cảnh báo`,
    en: ({ done, total, name, indicators, errors, warnings }) =>
      `[${done}/${total}] ${name}: ${indicators} indicators, ${errors} errors, ${warnings} warnings`,
  } satisfies Localized<{ done: number; total: number; name: string; indicators: number; errors: number; warnings: number }>,
  fileNothingRead: {
    vi: ({ done, total, name, skipped }) =>
      `[${done}/${total}] ${name}: KHÔNG ĐỌC ĐƯỢC CHỈ TIÊU NÀO (${skipped} biểu bỏ qua; lý do ở trang Tổng hợp của bản sao). "0 lỗi" ở đây không có nghĩa là số liệu đúng.`,
    en: ({ done, total, name, skipped }) =>
      `[${done}/${total}] ${name}: NO INDICATOR READ (${skipped} sheets skipped; the reasons are on the copy's Summary sheet). "0 errors" here does not mean the figures are right.`,
  } satisfies Localized<{ done: number; total: number; name: string; skipped: number }>,
  nothingReadReason: {
    vi: ({ skipped }) => `Không biểu nào có bảng chỉ tiêu đọc được (${skipped} biểu bỏ qua); lý do từng biểu ở trang Tổng hợp của bản sao.`,
    en: ({ skipped }) => `No sheet held an indicator table that could be read (${skipped} skipped); each sheet's reason is on the copy's Summary sheet.`,
  } satisfies Localized<{ skipped: number }>,
  fileFailed: {
    vi: ({ done, total, name, reason }) => `[${done}/${total}] ${name}: KHÔNG KIỂM TRA ĐƯỢC. ${reason}`,
    en: ({ done, total, name, reason }) => `[${done}/${total}] ${name}: NOT CHECKED. ${reason}`,
  } satisfies Localized<{ done: number; total: number; name: string; reason: string }>,
  heading: {
    vi: ({ count }) => `Soát chỉ tiêu, kiểm tra hàng loạt: ${count} tệp`,
    en: ({ count }) => `Indicator Check, batch: ${count} files`,
  } satisfies Localized<{ count: number }>,
  filesChecked: {
    vi: ({ checked, nothingRead, failed }) =>
      `Tệp đã kiểm tra: ${checked}; không đọc được chỉ tiêu nào: ${nothingRead}; không kiểm tra được: ${failed}`,
    en: ({ checked, nothingRead, failed }) => `Files checked: ${checked}; no indicator read: ${nothingRead}; not checked: ${failed}`,
  } satisfies Localized<{ checked: number; nothingRead: number; failed: number }>,
  failedFile: {
    vi: ({ name, reason }) => `  - ${name}: ${reason}`,
    en: ({ name, reason }) => `  - ${name}: ${reason}`,
  } satisfies Localized<{ name: string; reason: string }>,
  copiesWritten: {
    vi: ({ folder }) => `Các bản sao đã kiểm tra: ${folder}`,
    en: ({ folder }) => `Checked copies: ${folder}`,
  } satisfies Localized<{ folder: string }>,
  summaryWritten: {
    vi: ({ path }) => `Đã ghi bảng tổng hợp: ${path}`,
    en: ({ path }) => `Summary workbook: ${path}`,
  } satisfies Localized<{ path: string }>,
  // The summary workbook (batch-summary.xlsx)
  sheetName: fixed('Tổng hợp các tệp', 'Files'),
  title: {
    vi: ({ count }) => `Kết quả kiểm tra hàng loạt: ${count} tệp`,
    en: ({ count }) => `Batch check: ${count} files`,
  } satisfies Localized<{ count: number }>,
  titleInterrupted: {
    vi: ({ count, found }) => `Kết quả kiểm tra hàng loạt: ${count}/${found} tệp (đã dừng giữa chừng, các tệp còn lại chưa kiểm tra)`,
    en: ({ count, found }) => `Batch check: ${count} of ${found} files (stopped part-way, the rest not checked)`,
  } satisfies Localized<{ count: number; found: number }>,
  interrupted: {
    vi: ({ signal, done, found, path }) =>
      `Đã dừng theo yêu cầu (${signal}) sau ${done}/${found} tệp; không để lại tệp ghi dở. Báo cáo các tệp đã xong: ${path}`,
    en: ({ signal, done, found, path }) =>
      `Stopped on request (${signal}) after ${done} of ${found} files; no half-written file left. Report of the files finished: ${path}`,
  } satisfies Localized<{ signal: string; done: number; found: number; path: string }>,
  column: {
    file: fixed('Tệp', 'File'),
    status: fixed('Trạng thái', 'Status'),
    sheetsChecked: fixed('Biểu đã kiểm tra', 'Sheets checked'),
    sheetsSkipped: fixed('Biểu bỏ qua', 'Sheets skipped'),
    indicators: fixed('Chỉ tiêu', 'Indicators'),
    reason: fixed('Lý do không kiểm tra được', 'Why not checked'),
    source: fixed('Tệp gốc', 'Source file'),
  },
  status: {
    checked: fixed('Đã kiểm tra', 'Checked'),
    'nothing-read': fixed('Không đọc được chỉ tiêu nào', 'No indicator read'),
    failed: fixed('Không kiểm tra được', 'Not checked'),
  },
  totalLabel: fixed('Tổng cộng', 'Total'),
  totalStatus: {
    vi: ({ checked, count }) => `${checked}/${count} đã kiểm tra`,
    en: ({ checked, count }) => `${checked} of ${count} checked`,
  } satisfies Localized<{ checked: number; count: number }>,
} as const;

// ---- task pane: the add-in's own words (status and severity names come from summaryText) ----
type Count = { count: number };
export const uiText = {
  appTitle: fixed('Soát chỉ tiêu', 'Indicator Check'),
  intro: fixed(
    'Kiểm tra số liệu các biểu chỉ tiêu trong sổ này, rồi ghi trang tổng hợp và trang kết quả kiểm tra.',
    'Checks the figures of the indicator sheets in this workbook, then writes a summary sheet and a findings sheet.',
  ),
  /** Both languages at once: whoever cannot read the current one still finds the switch. */
  languageLabel: fixed('Ngôn ngữ / Language', 'Ngôn ngữ / Language'),
  languageName: {
    vi: fixed('Tiếng Việt', 'Tiếng Việt'),
    en: fixed('English', 'English'),
  },
  runAndWrite: fixed('Kiểm tra và tạo tổng hợp', 'Check and write summary'),
  runCheckOnly: fixed('Kiểm tra (không ghi vào sổ)', 'Check (write nothing)'),
  noSheetChosen: fixed(
    'Chưa chọn biểu nào để kiểm tra: mở "Biểu cần kiểm tra" bên dưới để chọn.',
    'No sheet is chosen: open "Sheets to check" below to choose some.',
  ),
  phase: {
    reading: fixed('Đang đọc các biểu…', 'Reading the sheets…'),
    checking: fixed('Đang kiểm tra số liệu…', 'Checking the figures…'),
    writing: fixed('Đang ghi trang tổng hợp…', 'Writing the summary…'),
    marking: fixed('Đang tô màu các ô có phát hiện…', 'Marking the flagged cells…'),
  },
  loading: fixed('Đang tải…', 'Loading…'),
  // a run: where it is, stopping it, how it ended
  sheetPlace: {
    vi: ({ index, count, name }) => `Biểu ${index}/${count}: ${name}`,
    en: ({ index, count, name }) => `Sheet ${index} of ${count}: ${name}`,
  } satisfies Localized<{ index: number; count: number; name: string }>,
  stop: fixed('Dừng', 'Stop'),
  stopping: fixed('Đang dừng…', 'Stopping…'),
  stopHint: fixed(
    'Dừng trước khi ghi thì sổ làm việc giữ nguyên, không ghi gì.',
    'Stopping before the write leaves the workbook as it was: nothing is written.',
  ),
  cannotStopWhileWriting: fixed(
    'Đang ghi, không dừng được: việc ghi luôn làm trọn vẹn hoặc không làm gì, để sổ không bị ghi dở.',
    'Writing: this cannot be stopped now. The write is done whole or not at all, so no sheet is left half-written.',
  ),
  stopped: fixed(
    'Đã dừng kiểm tra. Không có gì được ghi: sổ làm việc giữ nguyên như trước.',
    'The check was stopped. Nothing was written: the workbook is as it was.',
  ),
  stoppedAt: {
    vi: ({ phase, place }) => `Dừng lúc ${phase === 'reading' ? 'đang đọc' : 'đang kiểm tra'} ${place}.`,
    en: ({ phase, place }) => `Stopped while ${phase === 'reading' ? 'reading' : 'checking'} ${place}.`,
  } satisfies Localized<{ phase: 'reading' | 'checking' | 'writing' | 'marking'; place: string }>,
  finishedIn: {
    vi: ({ seconds }) => `Xong trong ${seconds.replace('.', ',')} giây.`,
    en: ({ seconds }) => `Done in ${seconds} ${seconds === '1' ? 'second' : 'seconds'}.`,
  } satisfies Localized<{ seconds: string }>,
  staleSheets: {
    vi: ({ names, checkedAt }) =>
      `Trang ${quotedList(names, 'và')} là của lần kiểm tra trước${checkedAt ? ` (lúc ${dateTime(checkedAt, 'vi')})` : ''}: lần này chỉ kiểm tra nên không ghi lại, số liệu trên đó có thể đã cũ.`,
    en: ({ names, checkedAt }) =>
      `The sheets ${quotedList(names, 'and')} are from an earlier check${checkedAt ? ` (at ${dateTime(checkedAt, 'en')})` : ''}: this one only checked and did not rewrite them, so they may be out of date.`,
  } satisfies Localized<{ names: readonly string[]; checkedAt: Date | null }>,
  invalidSettings: {
    vi: ({ fields }) => `Chưa kiểm tra được: ô ${quotedList(fields, 'và')} trong "Tùy chọn" chưa hợp lệ. Hãy sửa ô viền đỏ rồi bấm lại.`,
    en: ({ fields }) => `Cannot check yet: ${quotedList(fields, 'and')} under "Options" is not valid. Correct the field outlined in red, then press again.`,
  } satisfies Localized<{ fields: readonly string[] }>,

  // results
  resultsHeading: fixed('Kết quả', 'Results'),
  written: {
    vi: ({ summary, findings, districts }) => `Đã ghi trang ${quotedList([summary, ...districts, findings], 'và')}.`,
    en: ({ summary, findings, districts }) => `Wrote the sheets ${quotedList([summary, ...districts, findings], 'and')}.`,
  } satisfies Localized<{ summary: string; findings: string; districts: readonly string[] }>,
  notWritten: fixed('Chỉ kiểm tra: không ghi gì vào sổ.', 'Check only: nothing was written.'),
  marked: {
    vi: ({ count }) => `Đã tô màu ${count} ô có phát hiện.`,
    en: ({ count }) => (count === 1 ? 'Marked 1 flagged cell.' : `Marked ${count} flagged cells.`),
  } satisfies Localized<Count>,
  indicatorsHeading: {
    vi: ({ count }) => `Chỉ tiêu (${count})`,
    en: ({ count }) => `Indicators (${count})`,
  } satisfies Localized<Count>,
  findingsHeading: {
    vi: ({ count }) => `Phát hiện (${count})`,
    en: ({ count }) => `Findings (${count})`,
  } satisfies Localized<Count>,
  sheetFindings: {
    vi: ({ sheet, count }) => `${sheet} (${count})`,
    en: ({ sheet, count }) => `${sheet} (${count})`,
  } satisfies Localized<{ sheet: string; count: number }>,
  goToCellHint: fixed(
    'Chọn một phát hiện để tới ô đó trong sổ; phím mũi tên đi trong danh sách, nút trước/sau chọn luôn ô; ô vuông bên phải đánh dấu đã xem.',
    'Choose a finding to go to its cell; arrow keys move in the list, previous/next also select the cell; the box on the right marks it reviewed.',
  ),
  skippedLine: {
    vi: ({ sheet, reason }) => `${sheet}: ${reason}`,
    en: ({ sheet, reason }) => `${sheet}: ${reason}`,
  } satisfies Localized<{ sheet: string; reason: string }>,

  // results: opening the written sheets, the "nothing read" warning, counts that filter
  openSheet: {
    vi: ({ sheet }) => `Mở trang "${sheet}"`,
    en: ({ sheet }) => `Open the sheet "${sheet}"`,
  } satisfies Localized<{ sheet: string }>,
  nothingReadTitle: fixed('Chưa kiểm tra được gì', 'Nothing was checked'),
  correctLayout: fixed('Sửa dòng tiêu đề và cột', 'Correct header rows and columns'),
  countsHint: fixed('Nhấn một số đếm để xem các mục đó.', 'Press a count to see what it counts.'),
  indicatorsOfStatus: {
    vi: ({ status, count }) => `Chỉ tiêu "${status}" (${count})`,
    en: ({ status, count }) => `Indicators "${status}" (${count})`,
  } satisfies Localized<{ status: string; count: number }>,
  indicatorLine: {
    vi: ({ label, sheet, percent }) => `${label} (${sheet})${percent ? `: ${percent}% kế hoạch` : ''}`,
    en: ({ label, sheet, percent }) => `${label} (${sheet})${percent ? `: ${percent}% of plan` : ''}`,
  } satisfies Localized<{ label: string; sheet: string; percent: string | null }>,

  // the findings list
  findingsFilters: fixed('Lọc phát hiện', 'Filter findings'),
  severityFilter: fixed('Mức độ', 'Severity'),
  sheetFilter: fixed('Biểu', 'Sheet'),
  allSheets: fixed('Tất cả các biểu', 'All sheets'),
  searchFindings: fixed('Tìm (chỉ tiêu, ô, nội dung; gõ không dấu cũng được)', 'Search (indicator, cell, message)'),
  clearFilters: fixed('Bỏ lọc', 'Clear filters'),
  clearSearch: fixed('Xóa nội dung tìm', 'Clear the search'),
  shownEntries: {
    vi: ({ shown, total }) => `Đang hiện ${shown} trên ${total} ô có phát hiện.`,
    en: ({ shown, total }) => (total === 1 ? `Showing ${shown} of 1 flagged cell.` : `Showing ${shown} of ${total} flagged cells.`),
  } satisfies Localized<{ shown: number; total: number }>,
  reviewedCount: {
    vi: ({ count, total }) => `Đã xem ${count}/${total}.`,
    en: ({ count, total }) => `Reviewed ${count} of ${total}.`,
  } satisfies Localized<{ count: number; total: number }>,
  noMatchingFindings: fixed('Không có phát hiện nào khớp bộ lọc.', 'No finding matches the filter.'),
  previousFinding: fixed('Phát hiện trước', 'Previous finding'),
  nextFinding: fixed('Phát hiện sau', 'Next finding'),
  findingPosition: {
    vi: ({ index, total }) => `Phát hiện ${index}/${total}`,
    en: ({ index, total }) => `Finding ${index} of ${total}`,
  } satisfies Localized<{ index: number; total: number }>,
  findingsListLabel: fixed('Danh sách phát hiện (phím mũi tên để di chuyển)', 'Findings (arrow keys move)'),
  reviewedOf: {
    vi: ({ sheet, cell }) => `Đã xem ${sheet}!${cell}`,
    en: ({ sheet, cell }) => `Reviewed ${sheet}!${cell}`,
  } satisfies Localized<{ sheet: string; cell: string }>,
  partOf: {
    vi: ({ label }) => `thuộc "${label}"`,
    en: ({ label }) => `part of "${label}"`,
  } satisfies Localized<{ label: string }>,
  columnOf: {
    vi: ({ heading }) => `cột "${heading}"`,
    en: ({ heading }) => `column "${heading}"`,
  } satisfies Localized<{ heading: string }>,
  partsHeading: {
    vi: ({ label }) => `Các thành phần của "${label}"`,
    en: ({ label }) => `The parts of "${label}"`,
  } satisfies Localized<{ label: string }>,
  partLine: {
    vi: ({ row, label, figure }) => `Dòng ${row}, ${label}: ${figure}`,
    en: ({ row, label, figure }) => `Row ${row}, ${label}: ${figure}`,
  } satisfies Localized<{ row: number; label: string; figure: string }>,
  noFigure: fixed('(trống)', '(empty)'),

  // options
  optionsHeading: fixed('Tùy chọn', 'Options'),
  checkOnly: fixed('Chỉ kiểm tra, không ghi', 'Check only'),
  markCells: fixed('Tô màu các ô có phát hiện', 'Mark flagged cells with a fill'),
  markCellsHint: fixed('Chỉ đổi màu nền, không đổi số liệu.', 'Changes the fill only, never the figures.'),
  markCellsOffInCheckOnly: fixed(
    'Khi chỉ kiểm tra, không tô màu ô nào: sổ làm việc giữ nguyên hoàn toàn.',
    'Check only changes nothing in the workbook, so no cell is marked.',
  ),
  includeHidden: fixed('Kiểm tra cả trang tính, dòng, cột đang ẩn', 'Also check hidden sheets, rows and columns'),
  includeHiddenHint: fixed(
    'Mặc định chỉ báo những gì người đọc nhìn thấy; phần ẩn thường là vùng tính phụ.',
    'By default only what a reader sees is reported; hidden parts are usually working areas.',
  ),
  clearMarks: fixed('Xóa đánh dấu', 'Clear marks'),
  marksCleared: {
    vi: ({ count }) => (count === 0 ? 'Không có ô nào đang được đánh dấu.' : `Đã xóa đánh dấu ở ${count} ô.`),
    en: ({ count }) =>
      count === 0 ? 'No cells were marked.' : count === 1 ? 'Cleared the mark from 1 cell.' : `Cleared the marks from ${count} cells.`,
  } satisfies Localized<Count>,
  thresholdsHeading: fixed('Ngưỡng đánh giá', 'Thresholds'),
  achievedThreshold: fixed('Đạt từ (% kế hoạch)', 'Achieved from (% of plan)'),
  nearlyThreshold: fixed('Gần đạt từ (% kế hoạch)', 'Nearly achieved from (% of plan)'),
  extraTolerance: fixed('Sai số cho phép thêm (đơn vị chữ số cuối)', 'Extra tolerance (units of the last digit)'),
  /** The info button beside a term: Fluent's own name for it is English. */
  termInfo: fixed('giải thích', 'explained'),
  extraToleranceInfo: fixed(
    'Ngoài sai số do làm tròn mà biểu thể hiện, một tổng hoặc tỷ lệ được lệch thêm bấy nhiêu đơn vị của chữ số cuối cùng được ghi. 0: chỉ chấp nhận sai số làm tròn.',
    'Beyond the rounding the sheet shows, a total or a percentage may be off by this many units of its last shown digit. 0: only the rounding.',
  ),
  notANumber: fixed('Hãy nhập một số.', 'Enter a number.'),
  achievedRange: fixed('Nhập số lớn hơn 0 và không quá 1000.', 'Enter a number above 0 and at most 1000.'),
  nearlyRange: {
    vi: ({ achieved }) => `Nhập số từ 0 đến ${achieved} (không lớn hơn ngưỡng đạt).`,
    en: ({ achieved }) => `Enter a number from 0 to ${achieved} (not above the achieved threshold).`,
  } satisfies Localized<{ achieved: string }>,
  toleranceRange: fixed('Nhập số nguyên từ 0 đến 6.', 'Enter a whole number from 0 to 6.'),
  achievedBelowNearly: {
    vi: ({ nearly }) => `Nhập số không nhỏ hơn ngưỡng gần đạt (${nearly}).`,
    en: ({ nearly }) => `Enter a number not below the nearly-achieved threshold (${nearly}).`,
  } satisfies Localized<{ nearly: string }>,

  // sheets to check
  sheetsHeading: fixed('Biểu cần kiểm tra', 'Sheets to check'),
  hiddenSheet: {
    vi: ({ name }) => `${name} (đang ẩn)`,
    en: ({ name }) => `${name} (hidden)`,
  } satisfies Localized<{ name: string }>,
  noSheetsListed: fixed('Sổ này không có biểu nào để kiểm tra.', 'This workbook has no sheets to check.'),

  // header rows and column roles
  layoutHeading: fixed('Dòng tiêu đề và cột', 'Header rows and columns'),
  layoutRunFirst: fixed(
    'Hãy kiểm tra một lần để xem chương trình đã đọc từng biểu thế nào, rồi sửa ở đây nếu cần.',
    'Run a check to see how each sheet was read, then correct it here if needed.',
  ),
  layoutIntro: fixed(
    'Nếu chương trình đọc sai dòng tiêu đề hoặc cột, hãy sửa ở đây. Chỉnh sửa được lưu trong sổ và dùng cho các lần kiểm tra sau.',
    'If a header row or a column was read wrongly, correct it here. Corrections are saved in the workbook and used by later checks.',
  ),
  layoutSheet: fixed('Biểu', 'Sheet'),
  layoutSkipped: {
    vi: ({ reason }) => `Biểu này chưa được kiểm tra: ${reason}`,
    en: ({ reason }) => `This sheet was not checked: ${reason}`,
  } satisfies Localized<{ reason: string }>,
  headerRows: fixed('Dòng tiêu đề', 'Header rows'),
  headerRowsHint: fixed('Ví dụ 8-9; để trống để tự nhận.', 'For example 8-9; leave empty to detect.'),
  headerRowsInvalid: fixed('Nhập số dòng, ví dụ 8 hoặc 8-9.', 'Enter row numbers, for example 8 or 8-9.'),
  columnNone: fixed('(không có)', '(none)'),
  role: {
    code: fixed('Số thứ tự (TT)', 'Number (No.)'),
    label: fixed('Tên chỉ tiêu', 'Indicator name'),
    unit: fixed('Đơn vị tính', 'Unit'),
    prior: fixed('Cùng kỳ năm trước', 'Prior year'),
    plan: fixed('Kế hoạch', 'Plan'),
    actual: fixed('Thực hiện', 'Actual'),
    statedPercentOfPlan: fixed('Tỷ lệ % so với kế hoạch (ghi trên biểu)', 'Stated % of plan'),
    statedYoY: fixed('Tỷ lệ % so với cùng kỳ (ghi trên biểu)', 'Stated % of prior year'),
    nextPlan: fixed('Kế hoạch năm sau', 'Next year plan'),
    note: fixed('Ghi chú', 'Note'),
  } satisfies Record<ColumnRole, Localized>,
  layoutSaved: fixed(
    'Đã lưu chỉnh sửa. Nhấn nút kiểm tra để áp dụng.',
    'Correction saved. Press the check button to apply it.',
  ),
  layoutReset: fixed('Trả lại cách tự nhận', 'Back to automatic'),

  // problems: decided from AddinProblem, never from Office's localised message
  problemTitle: fixed('Chưa thực hiện được', 'Could not finish'),
  dismiss: fixed('Đóng thông báo', 'Dismiss'),
  problem: {
    cellEditMode: fixed(
      'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc nhập rồi thử lại.',
      'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
    ),
    protectedSheet: {
      vi: ({ sheet }) =>
        `Trang "${sheet}" đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ Trang tính) rồi thử lại, hoặc chọn "Chỉ kiểm tra, không ghi".`,
      en: ({ sheet }) =>
        `The sheet "${sheet}" is protected, so it cannot be written. Unprotect it (Review > Unprotect Sheet) and try again, or choose "Check only".`,
    } satisfies Localized<{ sheet: string }>,
    protectedWorkbook: fixed(
      'Sổ làm việc đang được bảo vệ cấu trúc nên không thêm được trang. Hãy bỏ bảo vệ (Xem lại > Bảo vệ Sổ làm việc) rồi thử lại, hoặc chọn "Chỉ kiểm tra, không ghi".',
      'The workbook structure is protected, so no sheet can be added. Unprotect it (Review > Protect Workbook) and try again, or choose "Check only".',
    ),
    sheetTooLarge: {
      vi: ({ sheet, range, cells }) =>
        `Trang "${sheet}" có dữ liệu trải trên vùng ${range} (${countText(cells, 'vi')} ô), quá nhiều để kiểm tra. Ô cuối vùng đó thường là một ô thừa nằm xa bảng: hãy xóa nội dung các ô ngoài bảng rồi thử lại.`,
      en: ({ sheet, range, cells }) =>
        `The sheet "${sheet}" has data across ${range} (${countText(cells, 'en')} cells), too much to check. The range's last cell is usually a stray entry far from the table: clear the cells outside the table and try again.`,
    } satisfies Localized<{ sheet: string; range: string; cells: number }>,
    payloadTooLarge: fixed(
      'Dữ liệu quá lớn để Excel trao đổi một lần. Hãy chọn ít biểu hơn trong "Biểu cần kiểm tra" rồi thử lại.',
      'Too much data for Excel to pass at once. Choose fewer sheets in "Sheets to check" and try again.',
    ),
    unsupported: {
      vi: ({ requirement }) =>
        `Phiên bản Excel này chưa có chức năng cần dùng (${requirement}). Hãy cập nhật Office hoặc dùng Excel trên web.`,
      en: ({ requirement }) => `This version of Excel lacks a feature this needs (${requirement}). Update Office or use Excel on the web.`,
    } satisfies Localized<{ requirement: string }>,
    unknown: {
      vi: ({ code, detail }) =>
        `Excel báo lỗi ${code}${detail ? `: ${detail}` : ''}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ, đóng và mở lại.`,
      en: ({ code, detail }) => `Excel reported ${code}${detail ? `: ${detail}` : ''}. Try again; if it persists, save, close and reopen the workbook.`,
    } satisfies Localized<{ code: string; detail: string }>,
    unexpected: {
      vi: ({ detail }) => `Đã xảy ra lỗi không mong muốn: ${detail}. Sổ làm việc không bị thay đổi số liệu.`,
      en: ({ detail }) => `Something went wrong: ${detail}. No figures in the workbook were changed.`,
    } satisfies Localized<{ detail: string }>,
  },
} as const;
