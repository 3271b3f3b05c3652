export type { Figure, NumberStyle, Qualifier } from './figure';
export { readFigure, type FigureCell } from './readFigure';
export { decideNumberStyle } from './numberStyle';
export { roundingTolerance } from './tolerance';
