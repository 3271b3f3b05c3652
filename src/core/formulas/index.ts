export { calculateMissingResults, type Calculation } from './calculateMissingResults';
