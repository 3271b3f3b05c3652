/**
 * Tunes V8's optimizing compiler for the command line's kind of work: one pass of a large checker
 * over a workbook, in a process that ends when the check does. With V8's default inlining budget,
 * TurboFan builds each hot function of the engine and the reader with its callees inlined, large
 * and slow to compile, and builds some again after a deoptimization: at 100,000 rows that compiling
 * took about a third of the engine's CPU, on a second core that the garbage collector and the
 * threads need too. A smaller cumulative budget (bytecode inlined into one function) measured
 * about 25 % less engine CPU and 15–25 % less for the whole check, at 10,000 and 100,000 rows
 * (npm run bench; README, performance). Flags are process-wide, so the batch's and the sheets'
 * worker threads compile under the same budget.
 *
 * Imported first by the command line's entry points, before any of the checker's code runs hot.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode bytes TurboFan may inline into one function (V8's default: 920). */
export const INLINED_BYTECODE_BUDGET = 200;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
