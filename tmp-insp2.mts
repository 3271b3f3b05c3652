import ExcelJS from 'exceljs';
import { readSnapshots } from './src/adapters/exceljs/readWorkbook';
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]!);
const s = readSnapshots(wb).find((x) => x.name === process.argv[3])!;
const [r0, r1, c0, c1] = process.argv.slice(4).map(Number);
for (let r = r0!; r <= r1!; r++) {
  const row = [];
  for (let c = c0!; c <= c1!; c++) row.push(JSON.stringify(s.values[r - s.origin.row]?.[c - s.origin.column] ?? null));
  console.log(r, row.join(' | '));
}
console.log(s.merges.filter((m) => m.top <= r1! && m.bottom >= r0! && m.right >= c0! && m.left <= c1!));
