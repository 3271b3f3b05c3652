export type { Figure, NumberStyle, Qualifier } from './figure';
export { readFigure, type FigureCell } from './readFigure';
export { createFigureReader, createFigureTexts, type FigureReader, type FigureTexts } from './figureReader';
export { decideNumberStyle } from './numberStyle';
export { roundingTolerance } from './tolerance';
