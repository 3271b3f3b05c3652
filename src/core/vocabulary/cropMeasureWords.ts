/**
 * The names of a crop's three measures as the rows of a block write them ("- Diện tích",
 * "- Năng suất", "- Sản lượng"). Folded words (textFold.foldWords), matched against the whole
 * label: "Diện tích trồng mới" is a part of the area, not the area the yield is reckoned on, so a
 * phrase that merely starts the label does not count. The unit decides which measure a row is;
 * these words only confirm it.
 */
export const cropMeasureWords = {
  /** The crop's whole area, or the part that yields (harvested, bearing, in business). */
  area: [
    'dien tich',
    'tong dien tich',
    'dien tich gieo trong',
    'dien tich trong',
    'dien tich hien co',
    'dien tich thu hoach',
    'dien tich cho san pham',
    'dien tich cho thu hoach',
    'dien tich kinh doanh',
  ],
  /** Output per harvested area. */
  yield: ['nang suat', 'nang suat binh quan', 'nang suat thu hoach'],
  output: ['san luong', 'tong san luong', 'san luong thu hoach'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
