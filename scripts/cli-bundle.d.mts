// Types of cli-bundle.mjs for the TypeScript that builds and runs the bundle (the benchmark).
export declare const bundleDir: string;
export declare const cliBundle: string;
export declare function cliBundleIsStale(): boolean;
export declare function buildCliBundle(): Promise<void>;
export declare function ensureCliBundle(): Promise<string>;
