import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { playgroundContentSecurityPolicy } from './security-headers.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

/** Files GraphiQL needs in the browser, all from our own node_modules: no CDN, works offline. */
const ASSETS: Record<string, string> = {
  'react.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
  'graphql-ws.js': path.join(packageDir('graphql-ws'), 'umd/graphql-ws.min.js'),
};

/** The page's one inline script, allowed by its hash in the Content-Security-Policy. */
const SCRIPT = `
  const TOKEN_KEY = 'vetcares.playground.token';
  const url = new URL('/graphql', location.href).href;
  const wsUrl = url.replace(/^http/, 'ws');
  const status = document.getElementById('signin-status');
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));

  function render() {
    const token = localStorage.getItem(TOKEN_KEY);
    const headers = token ? JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2) : '{}';
    status.textContent = token ? 'Signed in: the Authorization header is set below' : 'Not signed in';
    const wsClient = graphqlWs.createClient({
      url: wsUrl,
      connectionParams: token ? { authorization: 'Bearer ' + token } : {},
    });
    const fetcher = GraphiQL.createFetcher({ url, wsClient });
    root.render(React.createElement(GraphiQL, {
      key: token || 'anonymous',
      fetcher,
      defaultHeaders: headers,
      headers,
      shouldPersistHeaders: true,
      defaultQuery: '# Sign in above, then try:\\nquery Tenants {\\n  tenants(limit: 5) {\\n    totalCount\\n    items { id name slug status billing_plan }\\n  }\\n}\\n',
    }));
  }

  document.getElementById('signin').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    status.textContent = 'Signing in…';
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        variables: { email: form.get('email'), password: form.get('password') },
      }),
    });
    const body = await response.json();
    if (body.errors) { status.textContent = body.errors[0].message; return; }
    localStorage.setItem(TOKEN_KEY, body.data.login.token);
    render();
  });

  render();
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>VetCares GraphQL playground</title>
<link rel="stylesheet" href="/playground/assets/graphiql.css">
<style>
  body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #signin { display: flex; gap: .5rem; align-items: center; padding: .4rem .8rem; background: #0f3d3e; color: #fff; font-size: 14px; }
  #signin input { padding: .2rem .4rem; }
  #signin output { margin-left: auto; }
  #graphiql { flex: 1; }
</style>
</head>
<body>
<form id="signin" aria-label="Sign in for an admin token">
  <strong>VetCares playground</strong>
  <label>E-mail <input name="email" type="email" autocomplete="username" required></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">Use admin token</button>
  <output id="signin-status" aria-live="polite"></output>
</form>
<div id="graphiql">Loading…</div>
<script src="/playground/assets/react.js"></script>
<script src="/playground/assets/react-dom.js"></script>
<script src="/playground/assets/graphql-ws.js"></script>
<script src="/playground/assets/graphiql.js"></script>
<script>${SCRIPT}</script>
</body>
</html>`;

export function playgroundRouter(): Router {
  const router = express.Router();
  router.use(playgroundContentSecurityPolicy({ script: SCRIPT }));
  router.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-store').send(PAGE);
  });
  router.get('/assets/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    // pnpm keeps packages under node_modules/.pnpm, a dot-folder send() refuses by default.
    res.sendFile(file, { maxAge: '1d', dotfiles: 'allow' });
  });
  return router;
}
