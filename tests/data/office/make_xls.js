// Writes juesuan-tables.xls, the Excel 97 (BIFF8) workbook of the XLS reader tests, with SheetJS
// (npm package xlsx 0.18.5; run once by hand, not at build or test time):
//   npm install xlsx@0.18.5 && node make_xls.js juesuan-tables.xls
const XLSX = require('xlsx');
const rows = [
  ['收入支出决算总表'],
  [null, null, null, '单位：万元'],
  ['收入', null, '支出', null],
  ['项目', '决算数', '项目', '决算数'],
  ['一、一般公共预算财政拨款收入', 2940.05, '一、一般公共服务支出', 2106.66],
  ['二、事业收入', null, '二、社会保障和就业支出', 833.39],
  ['总计', 2940.05, '总计', 2940.05],
];
const ws = XLSX.utils.aoa_to_sheet(rows);
ws['!merges'] = [{s: {r: 0, c: 0}, e: {r: 0, c: 3}}, {s: {r: 2, c: 0}, e: {r: 2, c: 1}}, {s: {r: 2, c: 2}, e: {r: 2, c: 3}}];
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, ws, '01收入支出决算总表');
// A second sheet of 一般公共预算 rows: Excel keeps a workbook stream of 4 KB or more in the
// regular FAT, and so must this file (FreeXL does not read workbooks in the mini stream).
const detail = [['一般公共预算财政拨款支出决算表'], [null, null, '单位：万元'], ['科目编码', '科目名称', '合计']];
let total = 0;
for (let i = 1; i <= 150; ++i) { detail.push([String(2010600 + i), '项目' + i, i * 1.25]); total += i * 1.25; }
detail.push([null, '合计', Math.round(total * 100) / 100]);
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(detail), '05一般公共预算财政拨款支出决算表');
XLSX.writeFile(wb, process.argv[2], {bookType: 'biff8'});
