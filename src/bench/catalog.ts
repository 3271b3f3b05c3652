/**
 * What the generated sheets say: provinces and districts, report sections, and the indicators of
 * each section, worded as the departments word them (see test/fixtures and docs/domain.md).
 */

export const PROVINCES: readonly string[] = [
  'Hà Nội', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai', 'Điện Biên', 'Lai Châu',
  'Sơn La', 'Yên Bái', 'Hòa Bình', 'Thái Nguyên', 'Lạng Sơn', 'Quảng Ninh', 'Bắc Giang', 'Phú Thọ',
  'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương', 'Hải Phòng', 'Hưng Yên', 'Thái Bình', 'Hà Nam', 'Nam Định',
  'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Đà Nẵng',
  'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum',
  'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai',
  'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long',
  'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Cần Thơ', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
];

export const DISTRICTS: readonly string[] = [
  'Huyện Ba Chẽ', 'Huyện Bình Liêu', 'Huyện Tiên Yên', 'Huyện Đầm Hà', 'Huyện Hải Hà', 'Huyện Vân Đồn',
  'Huyện Cô Tô', 'TP. Hạ Long', 'TP. Cẩm Phả', 'TP. Uông Bí', 'TP. Móng Cái', 'TX. Quảng Yên',
  'TX. Đông Triều', 'Huyện Đại Từ', 'Huyện Định Hóa', 'Huyện Phú Lương', 'Huyện Võ Nhai',
];

/** A block of rows: one indicator with the rows that break it down or describe it. */
export type BlockSpec =
  | { kind: 'count'; label: string; unit: string; magnitude: number; lower?: boolean }
  | { kind: 'amount'; label: string; unit: string; magnitude: number; decimals: number }
  | { kind: 'rate'; label: string; low: number; high: number; decimals: number; lower?: boolean; ceiling?: string; subset?: string }
  | { kind: 'partition'; label: string; unit: string; magnitude: number; decimals: number; parts: readonly string[]; word: 'Chia ra' | 'Bao gồm' }
  | { kind: 'numbered'; label: string; unit: string; magnitude: number; parts: readonly string[] }
  | { kind: 'subset'; label: string; unit: string; magnitude: number; part: string; lower?: boolean }
  | { kind: 'attribute'; label: string; unit: string; magnitude: number; attribute: string; attributeUnit: string }
  | { kind: 'crop'; label: string; area: number; yieldLow: number; yieldHigh: number }
  | { kind: 'shares'; label: string; parts: readonly string[] }
  | { kind: 'ratio'; label: string; unit: string; magnitude: number; decimals: number };

export interface Section {
  title: string;
  blocks: readonly BlockSpec[];
}

export const SECTIONS: readonly Section[] = [
  {
    title: 'LAO ĐỘNG, VIỆC LÀM',
    blocks: [
      { kind: 'subset', label: 'Số lao động được giải quyết việc làm', unit: 'người', magnitude: 24000, part: 'Trong đó: Đi làm việc ở nước ngoài theo hợp đồng' },
      { kind: 'count', label: 'Tạo việc làm tăng thêm', unit: 'lao động', magnitude: 14000 },
      { kind: 'partition', label: 'Số người tham gia bảo hiểm xã hội', unit: 'người', magnitude: 130000, decimals: 0, parts: ['BHXH bắt buộc', 'BHXH tự nguyện'], word: 'Chia ra' },
      { kind: 'rate', label: 'Tỷ lệ thất nghiệp khu vực thành thị', low: 1.8, high: 3.2, decimals: 1, lower: true, ceiling: '<3' },
      { kind: 'rate', label: 'Tỷ lệ lao động qua đào tạo', low: 60, high: 85, decimals: 1, subset: 'Trong đó: có bằng cấp, chứng chỉ' },
      { kind: 'count', label: 'Duy trì, mở rộng việc làm từ Quỹ quốc gia về việc làm', unit: 'người', magnitude: 5000 },
      { kind: 'partition', label: 'Hồ sơ thủ tục hành chính tiếp nhận và giải quyết', unit: 'hồ sơ', magnitude: 15000, decimals: 0, parts: ['Tại Trung tâm Phục vụ hành chính công tỉnh', 'Tại Trung tâm Dịch vụ việc làm tỉnh', 'Trên Cổng dịch vụ công quốc gia'], word: 'Chia ra' },
      { kind: 'shares', label: 'Cơ cấu lao động theo ngành kinh tế', parts: ['Nông, lâm nghiệp và thủy sản', 'Công nghiệp và xây dựng', 'Dịch vụ'] },
      { kind: 'count', label: 'Số người hưởng trợ cấp thất nghiệp', unit: 'người', magnitude: 9000 },
      { kind: 'ratio', label: 'Thu nhập bình quân của người lao động', unit: 'triệu đồng/người/tháng', magnitude: 7.5, decimals: 1 },
    ],
  },
  {
    title: 'GIÁO DỤC NGHỀ NGHIỆP',
    blocks: [
      { kind: 'partition', label: 'Tuyển sinh đào tạo nghề', unit: 'người', magnitude: 38000, decimals: 0, parts: ['Cao đẳng và trung cấp', 'Sơ cấp và đào tạo nghề dưới 3 tháng'], word: 'Chia ra' },
      { kind: 'numbered', label: 'Số cơ sở giáo dục nghề nghiệp', unit: 'cơ sở', magnitude: 45, parts: ['Trường cao đẳng', 'Trường trung cấp', 'Trung tâm giáo dục nghề nghiệp'] },
      { kind: 'amount', label: 'Kinh phí đào tạo nghề cho lao động nông thôn', unit: 'triệu đồng', magnitude: 12000, decimals: 0 },
      { kind: 'subset', label: 'Số học viên tốt nghiệp', unit: 'người', magnitude: 30000, part: 'Trong đó: nữ' },
      { kind: 'rate', label: 'Tỷ lệ học sinh tốt nghiệp có việc làm', low: 80, high: 95, decimals: 1 },
    ],
  },
  {
    title: 'GIẢM NGHÈO, BẢO TRỢ XÃ HỘI',
    blocks: [
      { kind: 'rate', label: 'Tỷ lệ hộ nghèo', low: 0.5, high: 8, decimals: 2, lower: true },
      { kind: 'rate', label: 'Tỷ lệ hộ cận nghèo', low: 1, high: 9, decimals: 2, lower: true },
      { kind: 'count', label: 'Số hộ nghèo cuối năm', unit: 'hộ', magnitude: 3500, lower: true },
      { kind: 'count', label: 'Số hộ thoát nghèo trong năm', unit: 'hộ', magnitude: 1200 },
      { kind: 'partition', label: 'Kinh phí chi trả trợ cấp xã hội hàng tháng', unit: 'triệu đồng', magnitude: 240000, decimals: 0, parts: ['Ngân sách trung ương', 'Ngân sách địa phương'], word: 'Chia ra' },
      { kind: 'partition', label: 'Số đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng', unit: 'người', magnitude: 52000, decimals: 0, parts: ['Người cao tuổi', 'Người khuyết tật', 'Trẻ em mồ côi', 'Đối tượng khác'], word: 'Chia ra' },
      { kind: 'amount', label: 'Hỗ trợ gạo cứu đói', unit: 'Tấn', magnitude: 350, decimals: 1 },
    ],
  },
  {
    title: 'NGƯỜI CÓ CÔNG',
    blocks: [
      { kind: 'attribute', label: 'Quà tặng người có công và thân nhân nhân dịp lễ, tết', unit: 'suất', magnitude: 110000, attribute: 'Số tiền', attributeUnit: 'triệu đồng' },
      { kind: 'amount', label: 'Quỹ Đền ơn đáp nghĩa các cấp huy động', unit: 'triệu đồng', magnitude: 7000, decimals: 0 },
      { kind: 'partition', label: 'Hỗ trợ cải thiện nhà ở cho người có công', unit: 'nhà', magnitude: 600, decimals: 0, parts: ['Xây mới', 'Sửa chữa'], word: 'Chia ra' },
      { kind: 'count', label: 'Điều dưỡng phục hồi sức khỏe người có công và thân nhân liệt sĩ', unit: 'người', magnitude: 7000 },
      { kind: 'attribute', label: 'Hỗ trợ trang cấp dụng cụ chỉnh hình', unit: 'người', magnitude: 400, attribute: 'Kinh phí', attributeUnit: 'triệu đồng' },
    ],
  },
  {
    title: 'TRẺ EM, PHÒNG CHỐNG TỆ NẠN XÃ HỘI',
    blocks: [
      { kind: 'rate', label: 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp', low: 85, high: 98, decimals: 1 },
      { kind: 'partition', label: 'Tổ chức cai nghiện phục hồi', unit: 'lượt người', magnitude: 1000, decimals: 0, parts: ['Cai nghiện tập trung tại cơ sở cai nghiện', 'Cai nghiện tại gia đình và cộng đồng'], word: 'Chia ra' },
      { kind: 'count', label: 'Xã, phường phù hợp với trẻ em', unit: 'xã, phường', magnitude: 120 },
      { kind: 'subset', label: 'Số vụ tai nạn lao động', unit: 'vụ', magnitude: 60, part: 'Trong đó: số vụ có người chết', lower: true },
    ],
  },
  {
    title: 'NÔNG NGHIỆP',
    blocks: [
      { kind: 'crop', label: 'Cây lúa cả năm', area: 40000, yieldLow: 52, yieldHigh: 62 },
      { kind: 'crop', label: 'Cây ngô', area: 9000, yieldLow: 42, yieldHigh: 55 },
      { kind: 'crop', label: 'Rau các loại', area: 7000, yieldLow: 160, yieldHigh: 220 },
      { kind: 'partition', label: 'Tổng đàn gia súc', unit: 'con', magnitude: 400000, decimals: 0, parts: ['Đàn trâu', 'Đàn bò', 'Đàn lợn'], word: 'Bao gồm' },
      { kind: 'amount', label: 'Diện tích trồng rừng mới', unit: 'Ha', magnitude: 9000, decimals: 1 },
      { kind: 'rate', label: 'Tỷ lệ che phủ rừng', low: 40, high: 56, decimals: 1 },
    ],
  },
  {
    title: 'TÀI CHÍNH, ĐẦU TƯ',
    blocks: [
      { kind: 'partition', label: 'Thu ngân sách nhà nước trên địa bàn', unit: 'triệu đồng', magnitude: 18000000, decimals: 0, parts: ['Thu nội địa', 'Thu từ hoạt động xuất nhập khẩu'], word: 'Chia ra' },
      { kind: 'partition', label: 'Tổng vốn đầu tư phát triển trên địa bàn', unit: 'tỷ đồng', magnitude: 60000, decimals: 1, parts: ['Vốn khu vực nhà nước', 'Vốn khu vực ngoài nhà nước', 'Vốn đầu tư trực tiếp nước ngoài'], word: 'Chia ra' },
      { kind: 'amount', label: 'Giá trị sản xuất công nghiệp (giá so sánh 2010)', unit: 'tỷ đồng', magnitude: 150000, decimals: 1 },
      { kind: 'ratio', label: 'GRDP bình quân đầu người', unit: 'triệu đồng/người', magnitude: 120, decimals: 1 },
      { kind: 'amount', label: 'Kim ngạch xuất khẩu', unit: 'USD', magnitude: 2500000000, decimals: 0 },
    ],
  },
];

export const NOTES: readonly string[] = ['Ước tính', 'Số liệu sơ bộ', 'Theo báo cáo của các huyện', 'Chỉ tiêu Nghị quyết HĐND tỉnh', 'Cộng dồn'];

export const UNREADABLE_TEXTS: readonly string[] = ['Đang tổng hợp', 'chưa có số liệu', 'đang cập nhật'];
