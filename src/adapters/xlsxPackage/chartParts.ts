/**
 * A planned chart as the package parts Excel writes for one: a drawing part anchoring the chart
 * to cells of the sheet, and a DrawingML chart part (a clustered bar chart) whose series reads
 * those cells, with the values cached so a viewer that does not calculate still shows the bars.
 */
import { cellAddress } from '../../core';
import type { CellBlock, PlannedChart, WritableSheet } from '../../summaryPlan';
import { xmlText } from './xmlText';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = {
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  sheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

/** The drawing part of a sheet: one anchored frame per chart, the n-th pointing at relationship `rId{n+1}`. */
export function drawingXml(charts: readonly PlannedChart[]): string {
  const anchors = charts.map((chart, i) => {
    const { row, column, columns, rows } = chart.anchor;
    const corner = (r: number, c: number) =>
      `<xdr:col>${c - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      `<xdr:from>${corner(row, column)}</xdr:from><xdr:to>${corner(row + rows, column + columns)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(`Chart ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.relationships}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.sheetDrawing}" xmlns:a="${NS.drawing}">${anchors.join('')}</xdr:wsDr>`;
}

/** A horizontal clustered bar chart of the planned series, categories top to bottom as the cells list them. */
export function chartXml(sheet: WritableSheet, chart: PlannedChart): string {
  const reference = (block: CellBlock) => `${quotedSheet(sheet.name)}!${absolute(block)}`;
  const texts = cellsOf(sheet, chart.categories).map((cell) => (cell === null ? '' : String(cell)));
  const numbers = cellsOf(sheet, chart.values);
  const name = sheet.rows[chart.seriesName.row - 1]?.[chart.seriesName.column - 1]?.value ?? '';
  const nameBlock = { top: chart.seriesName.row, left: chart.seriesName.column, bottom: chart.seriesName.row, right: chart.seriesName.column };
  const points = (values: readonly string[]) => values.map((value, i) => `<c:pt idx="${i}"><c:v>${xmlText(value)}</c:v></c:pt>`).join('');
  const numberPoints = numbers
    .map((value, i) => (typeof value === 'number' ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>` : ''))
    .join('');
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawing}" xmlns:r="${NS.relationships}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>${xmlText(reference(nameBlock))}</c:f><c:strCache><c:ptCount val="1"/>${points([String(name)])}</c:strCache></c:strRef></c:tx>` +
    '<c:invertIfNegative val="0"/>' +
    '<c:dLbls><c:numFmt formatCode="0.0" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${xmlText(reference(chart.categories))}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${points(texts)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(reference(chart.values))}</c:f><c:numCache><c:formatCode>0.0</c:formatCode><c:ptCount val="${numbers.length}"/>${numberPoints}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="60"/><c:axId val="100"/><c:axId val="200"/></c:barChart>' +
    // Categories top to bottom in the cells' order; the value axis then crosses at the far end, below the bars.
    '<c:catAx><c:axId val="100"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="200"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>' +
    '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="100"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function cellsOf(sheet: WritableSheet, block: CellBlock): (string | number | null)[] {
  const values: (string | number | null)[] = [];
  for (let row = block.top; row <= block.bottom; row++) values.push(sheet.rows[row - 1]?.[block.left - 1]?.value ?? null);
  return values;
}

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "$M$8:$M$12" */
function absolute(block: CellBlock): string {
  const corner = (row: number, column: number) => cellAddress(row, column).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
  return `${corner(block.top, block.left)}:${corner(block.bottom, block.right)}`;
}
