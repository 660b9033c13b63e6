#!/usr/bin/env bash
# Runs every test of DroitEmploi: unit, integration on SQLite and PostgreSQL, Chromium end-to-end,
# the OpenAPI lint, the EN 16931 check of the invoices it wrote, and the format check. On a fresh Debian machine, run as root, it first installs
# what is missing (PostgreSQL, Chromium, libgdiplus, Node.js). Its last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

work=$(mktemp -d /tmp/droitemploi-tests.XXXXXX)
chmod 755 "$work"
passed=0
failed=0
pg_data=""

say() { printf '\n== %s\n' "$*"; }

install_missing() {
  local packages=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
  ldconfig -p 2>/dev/null | grep -q libgdiplus || packages+=(libgdiplus)
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
  if [ ${#packages[@]} -eq 0 ]; then return; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: ${packages[*]}. Run this script as root to install them, or install them yourself." >&2
    return
  fi
  say "Installing ${packages[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
}

free_port() {
  python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin port
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed." >&2; return 1; }
  port=$(free_port)
  pg_data="$work/pg"
  mkdir -p "$pg_data"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pg_data"
  as_postgres "$bin/initdb" -D "$pg_data/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null || return 1
  as_postgres "$bin/pg_ctl" -D "$pg_data/data" -l "$pg_data/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || return 1
  export DROITEMPLOI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
  PG_BIN=$bin
  echo "PostgreSQL throwaway cluster on port $port"
}

stop_postgres() {
  if [ -n "$pg_data" ] && [ -d "$pg_data/data" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$pg_data/data" -m fast -w stop >/dev/null 2>&1
  fi
  rm -rf "$work"
}
trap stop_postgres EXIT

count_trx() {
  local trx=$1 p f
  p=$(grep -o '<Counters [^>]*' "$trx" | sed -E 's/.* passed="([0-9]+)".*/\1/')
  f=$(grep -o '<Counters [^>]*' "$trx" | sed -E 's/.* failed="([0-9]+)".*/\1/')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  echo "   $(basename "$trx" .trx): ${p:-0} passed, ${f:-0} failed"
}

run_tests() {
  local project=$1 name
  name=$(basename "$project")
  say "$name"
  dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$work/results" \
    --logger "console;verbosity=minimal"
  local status=$?
  if [ -f "$work/results/$name.trx" ]; then
    count_trx "$work/results/$name.trx"
  else
    echo "   $name produced no results: counted as one failure"
    failed=$((failed + 1))
  fi
  # A test host that crashed may leave a partial result file that counts no failure: its exit code does.
  if [ "$status" -ne 0 ] && ! grep -q ' failed="[1-9]' "$work/results/$name.trx" 2>/dev/null; then
    echo "   $name exited with $status without a failed test: counted as one failure"
    failed=$((failed + 1))
  fi
}

check() {
  local label=$1; shift
  say "$label"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "   FAILED: $label"; fi
}

lint_openapi() {
  [ -s "$DROITEMPLOI_OPENAPI_OUT" ] || { echo "no OpenAPI document was written by the integration tests"; return 1; }
  npm install --prefix "$work/redocly" --no-audit --no-fund --silent @redocly/cli@2.77.0 >/dev/null 2>&1 || return 1
  REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
    "$work/redocly/node_modules/.bin/redocly" lint --config redocly.yaml "$DROITEMPLOI_OPENAPI_OUT"
}

check_einvoices() {
  [ -d "$DROITEMPLOI_EINVOICE_OUT" ] || { echo "no electronic invoice was written by the integration tests"; return 1; }
  cp -r tools/einvoice-check "$work/einvoice-check"
  (cd "$work/einvoice-check" && npm ci --no-audit --no-fund --silent >/dev/null 2>&1) || { echo "could not install the e-invoice validators"; return 1; }
  node "$work/einvoice-check/check.mjs" "$DROITEMPLOI_EINVOICE_OUT"
}

install_missing
start_postgres || { echo "Could not start PostgreSQL."; failed=$((failed + 1)); }
export DROITEMPLOI_OPENAPI_OUT="$work/openapi.json"
export DROITEMPLOI_EINVOICE_OUT="$work/einvoices"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say "Build"
dotnet tool restore >/dev/null
if dotnet build DroitEmploi.slnx -nologo -clp:ErrorsOnly; then
  run_tests tests/DroitEmploi.UnitTests
  run_tests tests/DroitEmploi.IntegrationTests
  run_tests tests/DroitEmploi.EndToEnd
  check "OpenAPI lint (Redocly)" lint_openapi
  check "Factur-X and UBL under EN 16931 (factur-x-kit, @e-invoice-eu/core, pdf-lib)" check_einvoices
  check "dotnet format --verify-no-changes" dotnet format DroitEmploi.slnx --verify-no-changes --no-restore
else
  echo "The build failed."
  failed=$((failed + 1))
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
