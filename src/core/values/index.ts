export type { Figure, NumberStyle, Qualifier } from './figure';
export { readFigure, type FigureCell } from './read-figure';
export { decideNumberStyle } from './number-style';
export { roundingTolerance } from './tolerance';
