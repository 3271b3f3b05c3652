// Builds the task pane into dist/. Development: `npm run dev-server` serves https://localhost:3000/.
// Production: `npm run build -- --env hostUrl=https://host.example/path/` (or HOST_URL=…) writes
// dist/manifest.xml with every development URL moved to that address; the repository's manifest.xml
// stays on localhost. office.js is not bundled: taskpane.html loads it from Microsoft's CDN.
//
// `--env preview` builds something else: the development preview (src/preview/), the real task pane
// over an in-browser Excel host double, into dist-preview/ (`npm run build:preview`; `npm run
// preview` serves it on http://localhost:3001/). Never part of the add-in: no manifest, no office.js.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { tsImport } from 'tsx/esm/api';

const root = path.dirname(fileURLToPath(import.meta.url));

// One implementation of the URL rewriting, in TypeScript, shared with the manifest check and its tests.
const { DEV_HOST_URL, normalizeHostUrl, rewriteManifestUrls } = await tsImport('./src/tools/manifestUrls.ts', import.meta.url);

async function httpsServerOptions() {
  // Only when serving: it creates and trusts the localhost development certificate on first use.
  const devCerts = await import('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/** The TypeScript rule both builds share. */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      configFile: path.resolve(root, 'tsconfig.json'),
      transpileOnly: true,
      compilerOptions: { noEmit: false },
    },
  },
};

/**
 * The development preview: src/preview/preview.html with the sample workbook next to it. A
 * development build unless `--mode production` is given: the browser tests build it so, to time
 * the pane as users run it (React's development build is several times slower). `--output-path`
 * (the browser tests use it) overrides dist-preview/.
 */
function previewConfig(mode) {
  return {
    name: 'preview',
    mode,
    devtool: 'source-map',
    entry: { preview: './src/preview/index.tsx' },
    output: {
      path: path.resolve(root, 'dist-preview'),
      filename: '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [typescriptRule] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/samples/quang-ninh-2020.xlsx', to: 'quang-ninh-2020.xlsx' },
          { from: 'assets/icon-32.png', to: 'assets/icon-32.png' },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3001,
      server: 'http',
      open: false,
      static: false,
      devMiddleware: { index: 'preview.html' },
    },
  };
}

export default async (env = {}, argv = {}) => {
  if (env.preview) return previewConfig(argv.mode === 'production' ? 'production' : 'development');
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const requestedHost = env.hostUrl ?? process.env.HOST_URL;
  // Throws with a clear message for an address that is not https or not a plain folder address.
  const hostUrl = requestedHost === undefined || requestedHost === '' ? undefined : normalizeHostUrl(requestedHost);
  if (production && !serving && hostUrl === undefined) {
    console.warn(
      `No hosting address given: dist/manifest.xml keeps ${DEV_HOST_URL}. ` +
        'For a deployment run: npm run build -- --env hostUrl=https://host.example/path/',
    );
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [typescriptRule],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // taskpane.html loads the bundle itself, after its check for Internet Explorer and the old Edge.
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (hostUrl === undefined ? content : rewriteManifestUrls(content.toString('utf8'), hostUrl)),
          },
        ],
      }),
    ],
    // The task pane (React, Fluent UI) is one bundle served from the department's server: size hints are noise.
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: await httpsServerOptions() } : 'https',
    },
  };
};
