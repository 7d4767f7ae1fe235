#!/usr/bin/env bash
# Semillero: the one test command (developers and CI).
#
#   ./test.sh                      # build + full test suite (SQLite + PostgreSQL + browser)
#   ./test.sh --filter 'FullyQualifiedName~Curp'   # extra args go to `dotnet test`
#
# What it does:
#   1. checks prerequisites (dotnet, python3, PostgreSQL 15, Chromium, poppler-utils (pdftotext and
#      pdftoppm, for the PDF tests), Node.js + npm; installs Chromium, poppler-utils and Node.js with
#      apt-get when running as root) and runs `npm ci` in
#      tools/ob3-verifier (the independent Open Badges verifier; jose pinned by its lock file) and
#      tools/axe (axe-core for the accessibility audit of the browser tests),
#   2. starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 (scripts/pg-throwaway.sh),
#      removed again on exit,
#   3. exports SEMILLERO_TEST_POSTGRES, SEMILLERO_TEST_CHROMIUM, SEMILLERO_TEST_OB3_VERIFIER and
#      SEMILLERO_TEST_AXE (axe-core, from tools/axe by npm ci),
#   4. checks formatting against .editorconfig (dotnet format whitespace --verify-no-changes),
#      dotnet build (Release, warnings are errors) + dotnet test (TRX into artifacts/test-results),
#   5. prints a summary and fails on any failed or skipped test, or when no test ran on
#      PostgreSQL (that last check is off when --filter is given).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
RESULTS="$ROOT/artifacts/test-results"
SOLUTION="Semillero.slnx"

# shellcheck source=scripts/prereqs.sh
source "$ROOT/scripts/prereqs.sh"
# shellcheck source=scripts/pg-throwaway.sh
source "$ROOT/scripts/pg-throwaway.sh"
# shellcheck source=scripts/child-process.sh
source "$ROOT/scripts/child-process.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf '\ntest.sh: ERROR: %s\n' "$*" >&2; exit 1; }

has_filter=0
for arg in "$@"; do
    case "$arg" in
        --filter | --filter=*) has_filter=1 ;;
    esac
done

# --- cleanup: runs on every exit path (stops the child process group and PostgreSQL) ---
child_process_traps test.sh --announce-stop

# --- 1. prerequisites ------------------------------------------------------------------
log "Checking prerequisites"
semillero_require_dotnet
semillero_require_python3
semillero_require_postgres
semillero_ensure_chromium
semillero_ensure_poppler
semillero_require_node
# The independent Open Badges verifier the tests run. npm ci installs exactly the lock file's jose
# (integrity-checked) and fails when package.json and the lock disagree.
log "npm ci in tools/ob3-verifier"
run_child npm ci --prefix tools/ob3-verifier --no-audit --no-fund \
    || die "npm ci in tools/ob3-verifier failed (output above; is the npm registry reachable?)"
# axe-core, the accessibility engine the browser tests inject into every page they audit.
log "npm ci in tools/axe"
run_child npm ci --prefix tools/axe --no-audit --no-fund \
    || die "npm ci in tools/axe failed (output above; is the npm registry reachable?)"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# --- 2./3. throwaway PostgreSQL + environment ------------------------------------------
log "Starting throwaway PostgreSQL 15"
export PG_THROWAWAY_LOG_COPY="$RESULTS/postgres.log"
pg_start_t0=$SECONDS
pg_throwaway_start || die "could not start the throwaway PostgreSQL cluster (see above)"
echo "PostgreSQL ready in $((SECONDS - pg_start_t0))s on 127.0.0.1:$PGPORT" >&2
export SEMILLERO_TEST_POSTGRES
export SEMILLERO_TEST_CHROMIUM="$SEMILLERO_CHROMIUM_PATH"
# No inotify watchers in the test hosts (config reload, web root for asp-append-version): each
# would take one of the user's 128 inotify instances, and the web tests run many hosts at once;
# server processes the tests start inherit this too.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=true
export SEMILLERO_TEST_OB3_VERIFIER="$ROOT/tools/ob3-verifier/verify.mjs"
export SEMILLERO_TEST_AXE="$ROOT/tools/axe/node_modules/axe-core/axe.min.js"

# --- 4. build + test -------------------------------------------------------------------
# Formatting is the .editorconfig's (whitespace, indentation, final newlines); generated files
# (migrations, the map's paths) are left as their generators write them. Fix with the same command
# without --verify-no-changes.
log "dotnet format whitespace --verify-no-changes"
run_child dotnet format whitespace --folder --verify-no-changes \
    --exclude src/Semillero/Data/Migrations src/Semillero.Web/Dashboards/MexicoMapPaths.cs \
    || die "formatting differs from .editorconfig (run: dotnet format whitespace --folder --exclude src/Semillero/Data/Migrations src/Semillero.Web/Dashboards/MexicoMapPaths.cs)"

log "dotnet build $SOLUTION -c Release"
run_child dotnet build "$SOLUTION" -c Release || die "dotnet build failed"

log "dotnet test $SOLUTION -c Release --no-build $*"
test_rc=0
run_child dotnet test "$SOLUTION" -c Release --no-build \
    --logger "trx;LogFilePrefix=results" --results-directory "$RESULTS" "$@" || test_rc=$?

# --- 5. summary + policy ---------------------------------------------------------------
summary_args=("$RESULTS")
if [[ $has_filter -eq 1 ]]; then
    summary_args+=(--allow-no-postgres)
fi
summary_rc=0
python3 "$ROOT/scripts/trx-summary.py" "${summary_args[@]}" || summary_rc=$?

if [[ $test_rc -ne 0 ]]; then
    die "dotnet test exited with code $test_rc"
fi
if [[ $summary_rc -ne 0 ]]; then
    die "test policy check failed (see summary above)"
fi
echo "test.sh: OK" >&2
