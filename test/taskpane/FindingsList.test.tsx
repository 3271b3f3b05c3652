// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/model';
import { FluentProvider } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { Results } from '../../src/taskpane/components/Results';
import { LanguageContext } from '../../src/taskpane/text';
import { FakeWorkbookAccess } from '../doubles/fakeWorkbookAccess';
import { report } from './reportFixture';

afterEach(cleanup);

/**
 * `groups` totals, each with two parts that do not add up to it and a stated percent that the
 * row's figures do not give: two findings per total (E and F of the first part's row).
 */
function indicatorSheet(groups: number, partName: (group: number) => string): CellValue[][] {
  const rows: CellValue[][] = [['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'TH/KH (%)']];
  for (let g = 1; g <= groups; g++) {
    rows.push([String(g), `Nhóm ${g}`, 'ha', 1000, 900, 90]);
    rows.push([`${g}.1`, partName(g), 'ha', 600, 500, 50]);
    rows.push([`${g}.2`, 'Diện tích khác', 'ha', 400, 300, 75]);
  }
  return rows;
}

function workbook(): FakeWorkbookAccess {
  const sheet = (name: string, values: CellValue[][]) => ({ name, snapshot: { name, origin: { row: 1, column: 1 }, values, merges: [] } });
  return new FakeWorkbookAccess([
    sheet('Biểu 1', indicatorSheet(15, () => 'Lúa')),
    sheet('Biểu 2', indicatorSheet(2, (g) => (g === 2 ? 'Cà phê' : 'Chè'))),
  ]);
}

async function renderPane(access: FakeWorkbookAccess, props: Partial<Parameters<typeof App>[0]> = {}) {
  const view = render(<App access={access} displayLanguage="vi-VN" now={() => new Date(2021, 0, 5)} {...props} />);
  await waitFor(() => expect(access.callsOf('listSheets').length).toBeGreaterThan(0));
  const run = screen.getByRole('button', { name: 'Kiểm tra và tạo tổng hợp' });
  await waitFor(() => expect(run.getAttribute('aria-disabled')).not.toBe('true'));
  fireEvent.click(run);
  await screen.findByRole('heading', { name: 'Kết quả' });
  await waitFor(() => expect(run.getAttribute('aria-disabled')).not.toBe('true'));
  return view;
}

const status = () => screen.getByText(/^Đang hiện \d+ trên \d+ ô có phát hiện\./);
const entryButtons = () => screen.queryAllByRole('button', { name: /^(Lỗi|Cảnh báo|Thông tin) [A-Z]+\d+/ });
const groupHeader = (sheet: string) => screen.getByRole('button', { name: new RegExp(`^${sheet} \\(\\d+\\)$`) });

describe('the findings list', () => {
  it('collapses a sheet of more than 20 flagged cells and opens a small one', async () => {
    await renderPane(workbook());
    expect(status().textContent).toBe('Đang hiện 34 trên 34 ô có phát hiện. Đã xem 0/34.');
    expect(groupHeader('Biểu 1').textContent).toBe('Biểu 1 (30)');
    expect(groupHeader('Biểu 1').getAttribute('aria-expanded')).toBe('false');
    expect(groupHeader('Biểu 2').getAttribute('aria-expanded')).toBe('true');
    expect(entryButtons()).toHaveLength(4);
    fireEvent.click(groupHeader('Biểu 1'));
    expect(entryButtons()).toHaveLength(34);
  });

  it('says which indicator, which parent and which figures: a part names its total, a total lists its parts', async () => {
    const access = workbook();
    await renderPane(access);
    const part = screen.getByRole('button', { name: /^Lỗi F6 Cà phê thuộc "Nhóm 2"/ });
    expect(part).toBeTruthy();
    const total = screen.getByRole('button', { name: /^Lỗi E5 Nhóm 2 cột "Thực hiện" Số tổng 900 ở ô E5/ });
    expect(screen.queryByText('Các thành phần của "Nhóm 2"')).toBeNull();
    fireEvent.click(total);
    await waitFor(() => expect(access.selections).toEqual([{ sheet: 'Biểu 2', cell: 'E5' }]));
    expect(total.getAttribute('aria-current')).toBe('true');
    const parts = screen.getByRole('list', { name: 'Các thành phần của "Nhóm 2"' });
    expect(within(parts).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Dòng 6, Cà phê: 500', 'Dòng 7, Diện tích khác: 300']);
  });

  it('finds by words typed without diacritics, by sheet, and by the severity count', async () => {
    await renderPane(workbook());
    fireEvent.change(screen.getByRole('searchbox', { name: /^Tìm/ }), { target: { value: 'ca phe' } });
    expect(status().textContent).toMatch(/^Đang hiện 1 trên 34/);
    expect(screen.getByRole('button', { name: 'Xóa nội dung tìm' })).toBeTruthy();
    expect(entryButtons().map((b) => b.textContent)).toEqual([expect.stringMatching(/^Lỗi F6 Cà phê/)]);
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    expect(status().textContent).toMatch(/^Đang hiện 34 trên 34/);

    fireEvent.change(screen.getByRole('combobox', { name: 'Biểu' }), { target: { value: 'Biểu 2' } });
    expect(status().textContent).toMatch(/^Đang hiện 4 trên 34/);
    expect(screen.queryByRole('button', { name: /^Biểu 1 \(/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));

    const warnings = screen.getByRole('button', { name: 'Cảnh báo 0' });
    fireEvent.click(warnings);
    expect(warnings.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Không có phát hiện nào khớp bộ lọc.')).toBeTruthy();
    fireEvent.click(warnings);
    expect(status().textContent).toMatch(/^Đang hiện 34 trên 34/);
  });

  it('steps with previous and next, selecting each cell and opening its collapsed group', async () => {
    const access = workbook();
    await renderPane(access);
    const next = screen.getByRole('button', { name: 'Phát hiện sau' });
    fireEvent.click(next);
    await waitFor(() => expect(access.selections.at(-1)).toEqual({ sheet: 'Biểu 1', cell: 'E2' }));
    expect(groupHeader('Biểu 1').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Phát hiện 1/34')).toBeTruthy();
    fireEvent.click(next);
    await waitFor(() => expect(access.selections.at(-1)).toEqual({ sheet: 'Biểu 1', cell: 'F3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Phát hiện trước' }));
    fireEvent.click(screen.getByRole('button', { name: 'Phát hiện trước' }));
    // Wraps from the first to the last.
    await waitFor(() => expect(access.selections.at(-1)).toEqual({ sheet: 'Biểu 2', cell: 'F6' }));
    expect(screen.getByText('Phát hiện 34/34')).toBeTruthy();
  });

  it('remembers a reviewed tick in the workbook by rule, sheet and cell, and shows it again in a new pane', async () => {
    const access = workbook();
    const view = await renderPane(access);
    const tick = screen.getByRole('checkbox', { name: 'Đã xem Biểu 2!F6' });
    fireEvent.click(tick);
    await waitFor(() => expect(access.reviewed).toEqual([{ rule: 'stated-percent-mismatch', sheet: 'Biểu 2', cell: 'F6' }]));
    expect(status().textContent).toMatch(/Đã xem 1\/34\.$/);
    view.unmount();

    await renderPane(access);
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Đã xem Biểu 2!F6' }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('checkbox', { name: 'Đã xem Biểu 2!E5' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Đã xem Biểu 2!F6' }));
    await waitFor(() => expect(access.reviewed).toEqual([]));
  });

  it('lists the indicators behind a status count, each going to its figure', async () => {
    const access = workbook();
    await renderPane(access);
    fireEvent.click(screen.getByRole('button', { name: 'Gần đạt 17' }));
    const list = screen.getByRole('list', { name: 'Chỉ tiêu "Gần đạt" (17)' });
    const first = within(list).getAllByRole('button')[0]!;
    expect(first.textContent).toBe('Nhóm 1 (Biểu 1): 90% kế hoạch');
    fireEvent.click(first);
    await waitFor(() => expect(access.selections).toEqual([{ sheet: 'Biểu 1', cell: 'E2' }]));
  });

  it('opens either written sheet', async () => {
    const access = workbook();
    await renderPane(access);
    fireEvent.click(screen.getByRole('button', { name: 'Mở trang "Kiểm tra"' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mở trang "Tổng hợp"' }));
    await waitFor(() =>
      expect(access.selections).toEqual([
        { sheet: 'Kiểm tra', cell: 'A1' },
        { sheet: 'Tổng hợp', cell: 'A1' },
      ]),
    );
  });

  it('re-words the list and its controls when the language is switched', async () => {
    await renderPane(workbook());
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Next finding' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Error 34' })).toBeTruthy();
    expect(screen.getByText(/^Showing 34 of 34 flagged cells\. Reviewed 0 of 34\.$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Error F6 Cà phê part of "Nhóm 2", column "TH\/KH \(%\)" The stated percent of plan in F6/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Reviewed Biểu 2!F6' })).toBeTruthy();
    expect(screen.queryByText(/Đang hiện|Phát hiện sau|Đã xem/)).toBeNull();
  });
});

describe('an entry of a report built by hand', () => {
  it('merges two findings on one cell, each message with its severity, and shows a column heading when the finding has one', async () => {
    const access = new FakeWorkbookAccess([]);
    render(
      <FluentProvider theme={webLightTheme}>
        <LanguageContext.Provider value="vi">
          <Results
            outcome={{ result: { report, sheets: [], districtSets: [] }, lastColumns: {}, staleSheets: [], elapsedMs: 0 }}
            onSelectCell={() => undefined}
            access={access}
            onProblem={(error) => {
              throw error;
            }}
            onCorrectLayout={() => undefined}
          />
        </LanguageContext.Provider>
      </FluentProvider>,
    );
    await waitFor(() => expect(access.callsOf('loadReviewed')).toHaveLength(1));
    const merged = screen.getByRole('button', { name: /^Lỗi E2 Cây lúa / });
    expect(merged.textContent).toMatch(/Lỗi: Số tổng 900 ở ô E2 .* Cảnh báo: Tỷ lệ so với kế hoạch ghi ở ô E2 là 80%/);
    expect(screen.getByRole('button', { name: /^Lỗi E6 Diện tích thuộc "Cây cà phê", cột "Thực hiện năm 2020" Số tổng 900/ })).toBeTruthy();
    // One entry per cell: three cells, four findings.
    expect(screen.getByText(/^Đang hiện 3 trên 3 ô có phát hiện\./)).toBeTruthy();
  });
});

describe('the pane when nothing could be read', () => {
  it('names each sheet\'s reason, offers the correction, and opens it', async () => {
    const notes = { name: 'Ghi chú', origin: { row: 1, column: 1 }, values: [['Ghi chú về nguồn số liệu'], ['Số liệu cập nhật hằng tháng']], merges: [] };
    await renderPane(new FakeWorkbookAccess([{ name: 'Ghi chú', snapshot: notes }]));
    expect(screen.getByText('Chưa kiểm tra được gì')).toBeTruthy();
    expect(screen.getByText(/^Ghi chú: Không tìm thấy dòng tiêu đề/)).toBeTruthy();
    expect(screen.queryByText('Không phát hiện sai lệch.')).toBeNull();
    const layout = screen.getByRole('button', { name: 'Dòng tiêu đề và cột' });
    expect(layout.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Sửa dòng tiêu đề và cột' }));
    await waitFor(() => expect(layout.getAttribute('aria-expanded')).toBe('true'));
    expect(document.activeElement).toBe(layout);
    expect(screen.getByRole('textbox', { name: 'Dòng tiêu đề' })).toBeTruthy();
  });
});

describe('terms explained where they are set', () => {
  it('explains the extra tolerance behind an info button named in the pane language', async () => {
    render(<App access={workbook()} displayLanguage="vi-VN" />);
    fireEvent.click(screen.getByRole('button', { name: 'Tùy chọn' }));
    const info = await screen.findByRole('button', { name: 'Sai số cho phép thêm (đơn vị chữ số cuối) giải thích' });
    fireEvent.click(info);
    expect(await screen.findByText(/^Ngoài sai số do làm tròn mà biểu thể hiện/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Extra tolerance (units of the last digit) explained' })).toBeTruthy();
  });
});

describe('the pane theme', () => {
  const themeCss = () =>
    Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n');

  it('is dark in a dark Office and light in a light one', async () => {
    const access = workbook();
    const view = render(<App access={access} displayLanguage="vi-VN" officeTheme={{ bodyBackgroundColor: '#262626' }} />);
    await act(async () => undefined);
    expect(themeCss()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    view.unmount();
    cleanup();
    document.head.querySelectorAll('style').forEach((style) => style.remove());
    render(<App access={access} displayLanguage="vi-VN" officeTheme={{ bodyBackgroundColor: '#FFFFFF' }} />);
    await act(async () => undefined);
    expect(themeCss()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
    expect(themeCss()).not.toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });
});
