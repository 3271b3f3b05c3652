import fc from 'fast-check';

// Property tests explore the same cases on every run, so a failure is reproducible and CI is deterministic.
fc.configureGlobal({ seed: 20261121 });
