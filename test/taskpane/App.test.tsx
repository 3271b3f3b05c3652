// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddinError } from '../../src/addin/workbookAccess';
import { defaultSettings } from '../../src/core/settings';
import { App } from '../../src/taskpane/App';
import { FakeWorkbookAccess, QUANG_NINH_SHEET, quangNinhAccess } from '../doubles/fakeWorkbookAccess';

const checkedAt = new Date(2021, 0, 5, 9, 0);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderPane(access: FakeWorkbookAccess, displayLanguage = 'vi-VN') {
  render(<App access={access} displayLanguage={displayLanguage} now={() => checkedAt} />);
  // Ready once the saved settings and the sheet list have arrived.
  await waitFor(() => expect(mainButton().getAttribute('aria-disabled')).not.toBe('true'));
  await waitFor(() => expect(access.callsOf('listSheets').length).toBeGreaterThan(0));
}

function mainButton(): HTMLElement {
  return screen.getByRole('button', { name: /^(Kiểm tra và tạo tổng hợp|Check and write summary|Kiểm tra \(không ghi vào sổ\)|Check \(write nothing\))$/ });
}

async function runAndWait(access: FakeWorkbookAccess): Promise<void> {
  const runsBefore = access.callsOf('readSheets').length;
  fireEvent.click(mainButton());
  await waitFor(() => expect(access.callsOf('readSheets').length).toBe(runsBefore + 1));
  await screen.findByRole('heading', { name: /^(Kết quả|Results)$/ });
  await waitFor(() => expect(mainButton().getAttribute('aria-disabled')).not.toBe('true'));
}

function openSection(name: RegExp | string) {
  const header = screen.getByRole('button', { name });
  if (header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
}

describe('the task pane', () => {
  it('checks and writes on one press: progress while it runs, then counts and the two Quảng Ninh errors', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    const release = access.hold('readSheets');

    fireEvent.click(mainButton());
    // While it runs: the button cannot be pressed again, and a progress bar says the phase.
    await waitFor(() => expect(mainButton().getAttribute('aria-disabled')).toBe('true'));
    expect(screen.getByRole('progressbar', { name: 'Đang đọc các biểu…' })).toBeTruthy();
    fireEvent.click(mainButton());
    await act(async () => release());

    await screen.findByRole('heading', { name: 'Kết quả' });
    expect(access.callsOf('readSheets')).toHaveLength(1);
    expect(access.callsOf('writeSummary')).toHaveLength(1);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Đã ghi trang "Tổng hợp (2)" và "Kiểm tra".')).toBeTruthy();

    // Counts by status and by severity, with the names of the summary sheet: buttons that open what they count.
    const { indicators, findings } = countsOf(access);
    const count = (name: string) => screen.getByRole('button', { name });
    expect(screen.getByRole('heading', { name: `Chỉ tiêu (${indicators.total})` })).toBeTruthy();
    expect(count(`Đạt ${indicators.achieved}`)).toBeTruthy();
    expect(count(`Gần đạt ${indicators.nearly}`)).toBeTruthy();
    expect(count(`Không đạt ${indicators.missed}`)).toBeTruthy();
    expect(count(`Chưa có kế hoạch ${indicators.noTarget}`)).toBeTruthy();
    expect(screen.getByRole('heading', { name: `Phát hiện (${findings.total})` })).toBeTruthy();
    expect(count('Lỗi 2')).toBeTruthy();
    expect(count(`Cảnh báo ${findings.warning}`)).toBeTruthy();

    // Grouped by sheet, errors first, each with its cell, indicator and message.
    const group = screen.getByRole('heading', { name: `${QUANG_NINH_SHEET} (${findings.total})` });
    expect(group).toBeTruthy();
    const buttons = findingButtons();
    expect(buttons.slice(0, 2).map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Lỗi E19 Tuyển sinh đào tạo nghề cột "KH năm 2020" Số tổng 35\.164 ở ô E19/),
      expect.stringMatching(/^Lỗi F23 Cai nghiện ma túy cột "TH năm 2020" Số tổng 900 ở ô F23/),
    ]);

    // The empty user sheet was read and skipped, with its reason.
    expect(screen.getByRole('heading', { name: 'Biểu không kiểm tra' })).toBeTruthy();
    expect(screen.getByText('Tổng hợp: Trang tính trống.')).toBeTruthy();
  });

  it('re-words the findings and skip reasons already shown when the language is switched', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    await runAndWait(access);
    expect(screen.getByRole('button', { name: /^Lỗi F23 Cai nghiện ma túy cột "TH năm 2020" Số tổng 900 ở ô F23/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('button', { name: /^Error E19 Tuyển sinh đào tạo nghề column "KH năm 2020" The total 35,164 in E19/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Error F23 Cai nghiện ma túy column "TH năm 2020" The total 900 in F23 differs from the sum of its parts \(915, rows 24, 25\)/ })).toBeTruthy();
    expect(screen.queryByText(/Số tổng/)).toBeNull();
    expect(screen.getByText('Tổng hợp: The sheet is empty.')).toBeTruthy();
    openSection('Header rows and columns');
    fireEvent.change(screen.getByRole('combobox', { name: 'Sheet' }), { target: { value: 'Tổng hợp' } });
    expect(screen.getByText('This sheet was not checked: The sheet is empty.')).toBeTruthy();
    // The check did not run again: the same findings, worded anew.
    expect(access.callsOf('readSheets')).toHaveLength(1);
  });

  it('never shows an all-clear when no indicator could be read', async () => {
    const notes = { name: 'Ghi chú', origin: { row: 1, column: 1 }, values: [['Ghi chú về nguồn số liệu'], ['Số liệu cập nhật hằng tháng']], merges: [] };
    const access = new FakeWorkbookAccess([{ name: 'Ghi chú', snapshot: notes }]);
    await renderPane(access);
    await runAndWait(access);
    expect(screen.getByText(/Không đọc được chỉ tiêu nào, nên chưa kiểm tra được gì/)).toBeTruthy();
    expect(screen.queryByText('Không phát hiện sai lệch.')).toBeNull();
  });

  it('selects the cell of a finding the user chooses', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    await runAndWait(access);
    fireEvent.click(screen.getByRole('button', { name: /^Lỗi F23 / }));
    await waitFor(() => expect(access.selections).toEqual([{ sheet: QUANG_NINH_SHEET, cell: 'F23' }]));
    // A native button: Enter and Space activate it, and it is in the tab order.
    expect(screen.getByRole('button', { name: /^Lỗi E19 / }).tagName).toBe('BUTTON');
  });

  it('speaks English for an English Office, and the switch changes the language and saves it', async () => {
    const access = await quangNinhAccess();
    await renderPane(access, 'en-US');
    expect(mainButton().textContent).toBe('Check and write summary');

    fireEvent.click(screen.getByRole('radio', { name: 'Tiếng Việt' }));
    expect(mainButton().textContent).toBe('Kiểm tra và tạo tổng hợp');
    await waitFor(() => expect(access.settings?.language).toBe('vi'));

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(mainButton().textContent).toBe('Check and write summary');
    await waitFor(() => expect(access.settings?.language).toBe('en'));
  });

  it('takes the language saved in the workbook over the language of Office', async () => {
    const access = await quangNinhAccess();
    access.settings = { ...defaultSettings, language: 'en' };
    await renderPane(access, 'vi-VN');
    await waitFor(() => expect(mainButton().textContent).toBe('Check and write summary'));
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows what went wrong in a message bar, and the next press works', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    access.failNext('writeSummary', new AddinError({ kind: 'protectedSheet', sheet: 'Kiểm tra' }));
    fireEvent.click(mainButton());
    expect(await screen.findByText(/Trang "Kiểm tra" đang được bảo vệ/)).toBeTruthy();
    expect(screen.getByText('Chưa thực hiện được')).toBeTruthy();

    // Dismissable, and gone after a run that works.
    await runAndWait(access);
    expect(screen.queryByText(/đang được bảo vệ/)).toBeNull();
    expect(screen.getByText('Đã ghi trang "Tổng hợp (2)" và "Kiểm tra".')).toBeTruthy();
  });

  it('explains cell edit mode, and an unexpected error, never leaving the pane blank', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    access.failNext('readSheets', new AddinError({ kind: 'cellEditMode' }));
    fireEvent.click(mainButton());
    expect(await screen.findByText(/Excel đang ở chế độ sửa ô/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByText(/Excel đang ở chế độ sửa ô/)).toBeNull();

    vi.spyOn(console, 'error').mockImplementation(() => {});
    access.failNext('listSheets', new TypeError('boom'));
    fireEvent.click(mainButton());
    expect(await screen.findByText(/Đã xảy ra lỗi không mong muốn: boom/)).toBeTruthy();
    expect(mainButton()).toBeTruthy();
  });

  it('checks only, without writing, when asked', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    openSection('Tùy chọn');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chỉ kiểm tra, không ghi' }));
    expect(mainButton().textContent).toBe('Kiểm tra (không ghi vào sổ)');
    await runAndWait(access);
    expect(access.callsOf('writeSummary')).toHaveLength(0);
    expect(screen.getByText('Chỉ kiểm tra: không ghi gì vào sổ.')).toBeTruthy();
    expect(findingButtons()).not.toHaveLength(0);
  });

  it('in check-only mode unticks and disables the mark option, says why, and marks nothing', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    openSection('Tùy chọn');
    const mark = screen.getByRole('checkbox', { name: 'Tô màu các ô có phát hiện' }) as HTMLInputElement;
    fireEvent.click(mark);
    expect(mark.checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chỉ kiểm tra, không ghi' }));
    expect(mark.checked).toBe(false);
    expect(mark.disabled).toBe(true);
    expect(screen.getByText('Khi chỉ kiểm tra, không tô màu ô nào: sổ làm việc giữ nguyên hoàn toàn.')).toBeTruthy();
    await runAndWait(access);
    expect(access.callsOf('markFindings')).toHaveLength(0);
    expect(access.callsOf('clearMarks')).toHaveLength(0);
    // The add-in's sheets of the earlier run are still there, and the pane says they are old.
    expect(screen.getByText(/Trang "Tổng hợp \(2\)" và "Kiểm tra" là của lần kiểm tra trước: /)).toBeTruthy();
    // After a run that wrote, a check only says when those sheets were written.
    const checkOnly = screen.getByRole('checkbox', { name: 'Chỉ kiểm tra, không ghi' });
    const ready = () => waitFor(() => expect(mainButton().getAttribute('aria-disabled')).not.toBe('true'), { timeout: 5000 });
    fireEvent.click(checkOnly);
    fireEvent.click(mainButton());
    await screen.findByText(/^Đã ghi trang "Tổng hợp \(2\)" và "Kiểm tra"\. Đã tô màu 2 ô/, {}, { timeout: 5000 });
    await ready();
    fireEvent.click(checkOnly);
    fireEvent.click(mainButton());
    await screen.findByText(/là của lần kiểm tra trước \(lúc 09:00 05\/01\/2021\): lần này chỉ kiểm tra/, {}, { timeout: 5000 });
    await ready();
  });

  it('names the sheet being worked on, stops before the write with nothing written, and re-words it all in English', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    const release = access.hold('readSheets');
    fireEvent.click(mainButton());
    await screen.findByText('Biểu 1/2: KQ 2020 - KH 2021');
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByText('Sheet 1 of 2: KQ 2020 - KH 2021')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Reading the sheets…' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await act(async () => release());
    await screen.findByText(/^The check was stopped\. Nothing was written: the workbook is as it was\./);
    expect(access.callsOf('writeSummary')).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Results' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Tiếng Việt' }));
    expect(screen.getByText(/^Đã dừng kiểm tra\. Không có gì được ghi/)).toBeTruthy();
  });

  it('cannot be stopped once it writes, and says so; then says how long it took', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    const release = access.hold('writeSummary');
    fireEvent.click(mainButton());
    await screen.findByText(/^Đang ghi, không dừng được/);
    const stop = screen.getByRole('button', { name: 'Dừng' });
    expect(stop.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(stop);
    await act(async () => release());
    await screen.findByRole('heading', { name: 'Kết quả' });
    expect(access.callsOf('writeSummary')).toHaveLength(1);
    expect(screen.getByText(/^Xong trong [\d,]+ giây\./)).toBeTruthy();
  });

  it('checks the chosen sheets only', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    openSection('Biểu cần kiểm tra');
    const group = await screen.findByRole('group', { name: 'Biểu cần kiểm tra' });
    // The add-in's own sheets are not offered; hidden ones are, unticked.
    const names = within(group)
      .getAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(names).toEqual([QUANG_NINH_SHEET, 'Tổng hợp', 'Danh mục (đang ẩn)']);
    expect((within(group).getByRole('checkbox', { name: 'Danh mục (đang ẩn)' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Tổng hợp' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Danh mục (đang ẩn)' }));
    await runAndWait(access);
    expect(access.callsOf('readSheets')[0]!.args[0]).toEqual([QUANG_NINH_SHEET, 'Danh mục']);

    // Nothing chosen: the button says why it cannot run.
    fireEvent.click(within(group).getByRole('checkbox', { name: QUANG_NINH_SHEET }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Danh mục (đang ẩn)' }));
    expect(mainButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(/Chưa chọn biểu nào/)).toBeTruthy();
  });

  it('saves a corrected column role, and the next run uses it', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    await runAndWait(access);
    openSection('Dòng tiêu đề và cột');

    const actual = screen.getByRole('combobox', { name: 'Thực hiện' }) as HTMLSelectElement;
    expect(actual.value).toBe('F');
    expect((screen.getByRole('textbox', { name: 'Dòng tiêu đề' }) as HTMLInputElement).value).toBe('6');
    fireEvent.change(actual, { target: { value: 'H' } });
    await waitFor(() => expect(access.settings?.sheetOverrides[QUANG_NINH_SHEET]).toEqual({ columns: { actual: 'H' } }));
    expect(screen.getByText('Đã lưu chỉnh sửa. Nhấn nút kiểm tra để áp dụng.')).toBeTruthy();

    await runAndWait(access);
    // F is no longer read as the actual column: the F23 error is gone, E19 stays.
    expect(screen.queryByRole('button', { name: /^Lỗi F23 / })).toBeNull();
    expect(screen.getByRole('button', { name: /^Lỗi E19 / })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Thực hiện' }) as HTMLSelectElement).value).toBe('H');

    // Back to automatic: the override is removed.
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại cách tự nhận' }));
    await waitFor(() => expect(access.settings?.sheetOverrides).toEqual({}));
  });

  it('uses a correction saved in the workbook from the first press', async () => {
    const access = await quangNinhAccess();
    access.settings = { ...defaultSettings, sheetOverrides: { [QUANG_NINH_SHEET]: { columns: { actual: 'H' } } } };
    await renderPane(access);
    await runAndWait(access);
    expect(screen.queryByRole('button', { name: /^Lỗi F23 / })).toBeNull();
  });

  it('saves corrected header rows typed as a range, and refuses text that is not rows', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    await runAndWait(access);
    openSection('Dòng tiêu đề và cột');
    const header = screen.getByRole('textbox', { name: 'Dòng tiêu đề' });

    fireEvent.change(header, { target: { value: 'tám' } });
    fireEvent.blur(header);
    expect(await screen.findByText('Nhập số dòng, ví dụ 8 hoặc 8-9.')).toBeTruthy();
    expect(access.callsOf('saveSettings')).toHaveLength(0);

    fireEvent.change(header, { target: { value: '5-6' } });
    fireEvent.keyDown(header, { key: 'Enter' });
    await waitFor(() => expect(access.settings?.sheetOverrides[QUANG_NINH_SHEET]).toEqual({ headerRows: [5, 6] }));
  });

  it('validates the thresholds and saves only valid ones', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    openSection('Tùy chọn');
    const nearly = screen.getByRole('spinbutton', { name: 'Gần đạt từ (% kế hoạch)' });

    fireEvent.change(nearly, { target: { value: '120' } });
    fireEvent.blur(nearly);
    expect(await screen.findByText('Nhập số từ 0 đến 100 (không lớn hơn ngưỡng đạt).')).toBeTruthy();
    expect(access.callsOf('saveSettings')).toHaveLength(0);
    // The check waits for the field: it never runs with the old value. The reason is next to the button.
    expect(screen.getByText(/^Chưa kiểm tra được: ô "Gần đạt từ \(% kế hoạch\)"/)).toBeTruthy();
    expect(mainButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(mainButton());
    expect(access.callsOf('readSheets')).toHaveLength(0);
    // The reason and the field's own message follow the language.
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByText(/^Cannot check yet: "Nearly achieved from \(% of plan\)"/)).toBeTruthy();
    expect(screen.getByText('Enter a number from 0 to 100 (not above the achieved threshold).')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Tiếng Việt' }));

    fireEvent.change(nearly, { target: { value: '85,5' } });
    fireEvent.blur(nearly);
    await waitFor(() => expect(access.settings?.nearlyThreshold).toBe(85.5));
    await waitFor(() => expect(mainButton().getAttribute('aria-disabled')).not.toBe('true'));
    expect(screen.queryByText(/^Chưa kiểm tra được/)).toBeNull();

    const tolerance = screen.getByRole('spinbutton', { name: 'Sai số cho phép thêm (đơn vị chữ số cuối)' });
    fireEvent.change(tolerance, { target: { value: '1.5' } });
    fireEvent.blur(tolerance);
    expect(await screen.findByText('Nhập số nguyên từ 0 đến 6.')).toBeTruthy();
    fireEvent.change(tolerance, { target: { value: '2' } });
    fireEvent.blur(tolerance);
    await waitFor(() => expect(access.settings?.extraToleranceDigits).toBe(2));
  });

  it('leaves hidden content out unless the option asks for it, and keeps the choice with the workbook', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    openSection('Tùy chọn');
    const option = screen.getByRole('checkbox', { name: 'Kiểm tra cả trang tính, dòng, cột đang ẩn' });
    expect((option as HTMLInputElement).checked).toBe(false);
    fireEvent.click(option);
    await waitFor(() => expect(access.settings?.includeHidden).toBe(true));
    fireEvent.click(option);
    await waitFor(() => expect(access.settings?.includeHidden).toBe(false));
  });

  it('marks flagged cells when asked, and clears the marks saying how many', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    openSection('Tùy chọn');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tô màu các ô có phát hiện' }));
    await runAndWait(access);
    expect(screen.getByText(/Đã tô màu 2 ô có phát hiện\./)).toBeTruthy();
    expect(access.marks.size).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    expect(await screen.findByText('Đã xóa đánh dấu ở 2 ô.')).toBeTruthy();
    expect(access.marks.size).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    expect(await screen.findByText('Không có ô nào đang được đánh dấu.')).toBeTruthy();
  });

  it('gives every control an accessible name', async () => {
    const access = await quangNinhAccess();
    await renderPane(access);
    await runAndWait(access);
    for (const name of ['Tùy chọn', 'Biểu cần kiểm tra', 'Dòng tiêu đề và cột']) openSection(name);
    await screen.findByRole('group', { name: 'Biểu cần kiểm tra' });

    const roles = ['button', 'checkbox', 'radio', 'radiogroup', 'combobox', 'spinbutton', 'textbox'] as const;
    let controls = 0;
    for (const role of roles) {
      for (const element of screen.queryAllByRole(role)) {
        controls++;
        const named = screen.queryAllByRole(role, { name: (name, candidate) => candidate === element && name.trim() !== '' });
        expect(named, `${role} ${element.outerHTML.slice(0, 120)}`).toHaveLength(1);
      }
    }
    expect(controls).toBeGreaterThan(25);
  });
});

function findingButtons(): HTMLElement[] {
  return screen.getAllByRole('button', { name: /^(Lỗi|Cảnh báo|Thông tin) [A-Z]+\d+/ });
}

/** What the report behind the pane holds, from the plan the fake workbook received. */
function countsOf(access: FakeWorkbookAccess) {
  const summary = access.plans.at(-1)!.sheets.find((s) => s.kind === 'summary')!;
  const findingsSheet = access.plans.at(-1)!.sheets.find((s) => s.kind === 'findings')!;
  const body = (sheet: typeof summary) => sheet.rows.slice(sheet.headerRow, sheet.table!.bottom);
  // Indicator rows only (a sheet's heading row has no status); a flagged status counts as its status.
  const statuses = body(summary)
    .filter((row) => row[8]?.value != null)
    .map((row) => String(row[8]!.value).replace(/ \(số liệu có lỗi\)$/, ''));
  const severities = body(findingsSheet).map((row) => row[0]?.value);
  const count = (values: unknown[], name: string) => values.filter((v) => v === name).length;
  return {
    indicators: {
      total: statuses.length,
      achieved: count(statuses, 'Đạt'),
      nearly: count(statuses, 'Gần đạt'),
      missed: count(statuses, 'Không đạt'),
      noTarget: count(statuses, 'Chưa có kế hoạch'),
    },
    findings: { total: severities.length, warning: count(severities, 'Cảnh báo') },
  };
}
