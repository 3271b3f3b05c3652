import { describe, expect, it } from 'vitest';
import { isLabelHeading } from '../../../src/core/layout/headerBlock';
import { check, sheet } from '../../helpers/sheets';

describe('label headings the offices write', () => {
  it.each(['Nội dung chỉ tiêu', 'NGÀNH KINH TẾ', 'Tên hàng hóa', 'Tên cơ sở GDNN và tên ngành/nghề đào tạo', 'Chỉ tiêu', 'Tên các chỉ tiêu chủ yếu'])(
    'reads "%s" as the label column’s heading',
    (heading) => expect(isLabelHeading(heading)).toBe(true),
  );

  it.each(['Chỉ tiêu giao năm 2020', 'Chỉ tiêu kế hoạch', 'Nội dung năm 2023', 'Đơn vị tính', 'Ghi chú'])('does not read "%s" as one', (heading) =>
    expect(isLabelHeading(heading)).toBe(false),
  );

  it('checks a sheet headed "Nội dung chỉ tiêu", with its sums', () => {
    const result = check(
      sheet('Tỉnh', [
        ['STT', 'Nội dung chỉ tiêu', 'ĐVT', 'TH 2022', 'KH 2023', 'TH 2023'],
        ['1', 'Số doanh nghiệp thành lập mới', 'Doanh nghiệp', 2400, 2500, 2552],
        [null, 'Chia ra:'],
        [null, '- Doanh nghiệp nhà nước', 'Doanh nghiệp', 2, 2, 2],
        [null, '- Doanh nghiệp FDI', 'Doanh nghiệp', 10, 12, 12],
        [null, '- Doanh nghiệp ngoài nhà nước', 'Doanh nghiệp', 2388, 2486, 2537],
      ]),
    );
    expect(result.sheet).toMatchObject({ status: 'checked', columns: { label: 'B', plan: 'E', actual: 'F' } });
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['sum-mismatch F2']);
  });
});
