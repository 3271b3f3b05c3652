import type { Wording } from './wording';

/** Why a sheet was not checked: codes the engine gives, worded by the wording step. */
export const skipReasons = {
  hiddenSheet: {
    vi: 'Trang tính đang ẩn: không kiểm tra (chọn kiểm tra cả phần ẩn để xem).',
    en: 'The sheet is hidden: not checked (ask for hidden content to include it).',
  },
  emptySheet: { vi: 'Trang tính trống.', en: 'The sheet is empty.' },
  noHeader: {
    vi: 'Không tìm thấy dòng tiêu đề có cột chỉ tiêu và cột số liệu (thực hiện, kế hoạch).',
    en: 'No header row with an indicator column and figure columns (actual, plan) was found.',
  },
  noLabelColumn: { vi: 'Không tìm thấy cột tên chỉ tiêu.', en: 'No indicator name column was found.' },
  noFigureColumns: {
    vi: 'Không có cột thực hiện hoặc kế hoạch: không phải biểu chỉ tiêu.',
    en: 'No actual or plan column: not an indicator table.',
  },
  noIndicatorRows: { vi: 'Có tiêu đề nhưng không có dòng chỉ tiêu nào có số liệu.', en: 'A header, but no indicator rows with figures.' },
} as const satisfies Record<string, Wording>;

export type SkipReason = keyof typeof skipReasons;
