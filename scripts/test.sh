#!/usr/bin/env bash
# The whole check, as CI runs it: `pnpm test` (or .ci/run). Works on a fresh machine that has
# Node 20, npm, Go and redis-server; it installs the rest (pnpm, node modules, Chromium as root).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

section() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\n\033[31mError:\033[0m %s\n' "$*" >&2; exit 1; }

section "Tools"
command -v node >/dev/null || fail "Node.js 20 is required (https://nodejs.org)."
echo "node $(node --version)"
if ! command -v pnpm >/dev/null; then
  command -v npm >/dev/null || fail "pnpm is missing and so is npm to install it: install Node.js 20 with npm."
  echo "pnpm not found; installing pnpm@10 with npm"
  npm install --global pnpm@10
fi
echo "pnpm $(pnpm --version)"
# The embedded services (scripts/src/services.ts) need these unless MONGODB_URI / REDIS_URL /
# STRIPE_MOCK_URL are set.
if [[ -z "${MONGODB_URI:-}" || -z "${STRIPE_MOCK_URL:-}" ]]; then
  command -v go >/dev/null ||
    fail "Go is required to build the embedded FerretDB and stripe-mock: install Go 1.24+ (https://go.dev/dl/), or set both MONGODB_URI and STRIPE_MOCK_URL."
  go version
fi
if [[ -z "${REDIS_URL:-}" ]]; then
  command -v redis-server >/dev/null ||
    fail "redis-server is required: install it (apt-get install redis-server) or set REDIS_URL."
  redis-server --version
fi

section "Chromium (browser tests)"
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$chromium_path" ]]; then
  if [[ -z "${CHROMIUM_PATH:-}" && "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    echo "$chromium_path not found; installing chromium with apt-get"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  else
    fail "Chromium not found at $chromium_path: install it (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary."
  fi
fi
echo "chromium: $chromium_path"

section "pnpm install --frozen-lockfile"
pnpm install --frozen-lockfile

if [[ -z "${MONGODB_URI:-}" ]]; then
  # Built once into a cache folder; doing it here shows its log instead of a silent test start.
  section "Embedded FerretDB binary"
  pnpm exec tsx scripts/src/build-ferretdb.ts
fi

if [[ -z "${STRIPE_MOCK_URL:-}" ]]; then
  # Stripe's own mock API server, which the billing tests call through the stripe SDK; built
  # once into the same cache folder.
  section "stripe-mock binary"
  pnpm exec tsx scripts/src/build-stripe-mock.ts
fi

section "Format (pnpm format:check)"
pnpm format:check

section "Lint (pnpm lint)"
pnpm lint

section "Typecheck (pnpm typecheck)"
pnpm typecheck

section "Generated files are current (pnpm generated:check)"
pnpm generated:check

section "Tests (vitest run)"
results=.data/test-results.json
mkdir -p .data
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$results" || status=$?
# One plain closing line, the same whatever the runner prints above it.
summary=$(node -e '
  const r = require(process.argv[1]);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$PWD/$results" 2>/dev/null || echo "0 passed, 1 failed")
[[ $status -eq 0 ]] || { echo "$summary"; fail "tests failed"; }

section "All checks passed"
echo "$summary"
