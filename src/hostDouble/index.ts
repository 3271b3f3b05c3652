/** The Excel host double: a fake Excel object model for the tests and the development preview. */
export * from './hostDouble';
