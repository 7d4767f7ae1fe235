#!/usr/bin/env bash
# Run a benchmark against a throwaway PostgreSQL 15 cluster (same setup as ./test.sh).
#   scripts/bench.sh import [--rows N] [--runs N]
#   scripts/bench.sh ingest [--statements N] [--single N] [--runs N] [--db postgres|sqlite|both]
#   scripts/bench.sh matching [--profiles N] [--queries N] [--runs N] [--sql-queries N] [--web-memory true|false] [--top N]
#   scripts/bench.sh dashboards [--learners N] [--statements N[,N...]] [--requests N] [--raw-requests N] [--runs N]
#   scripts/bench.sh pages [--requests N] [--runs N]
#   scripts/bench.sh diagnostic [--companies N] [--runs N] [--requests N] [--db postgres|sqlite|both]
# Exports SEMILLERO_BENCH_POSTGRES (and SEMILLERO_TEST_POSTGRES, PGHOST/PGPORT/...) for the run, and
# SEMILLERO_BENCH_REVISION (the commit, "-dirty" with uncommitted changes) for the report.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PROJECT="bench/Semillero.Bench"

# shellcheck source=scripts/prereqs.sh
source "$ROOT/scripts/prereqs.sh"
# shellcheck source=scripts/pg-throwaway.sh
source "$ROOT/scripts/pg-throwaway.sh"
# shellcheck source=scripts/child-process.sh
source "$ROOT/scripts/child-process.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The private copy of the benchmark's build output (below) goes with the cluster.
remove_run_dir() {
    if [[ -n "${RUN_DIR:-}" ]]; then rm -rf "$RUN_DIR"; fi
}
child_process_traps bench.sh --then remove_run_dir

semillero_require_dotnet
semillero_require_postgres
if [[ ! -d "$PROJECT" ]]; then
    echo "bench.sh: ERROR: $PROJECT does not exist" >&2
    exit 1
fi

# Away from ./test.sh's default range (55432…), so concurrent test runs and benchmarks rarely race.
export PG_THROWAWAY_PORT_START="${PG_THROWAWAY_PORT_START:-55600}"
pg_throwaway_start || { echo "bench.sh: ERROR: could not start PostgreSQL" >&2; exit 1; }
export SEMILLERO_BENCH_POSTGRES="$SEMILLERO_TEST_POSTGRES"
SEMILLERO_BENCH_REVISION="${SEMILLERO_BENCH_REVISION:-$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)}"
export SEMILLERO_BENCH_REVISION

# Built once, then run from a private copy of the output: a long benchmark must not have its
# assemblies replaced under it by a `dotnet build` of the solution while it runs.
dotnet build -c Release "$PROJECT" -nologo -v quiet >&2 || { echo "bench.sh: ERROR: the benchmark does not build" >&2; exit 1; }
RUN_DIR="$(mktemp -d /tmp/semillero-bench-run.XXXXXX)"
cp -r "$PROJECT/bin/Release/net10.0/." "$RUN_DIR/"

# Own process group + background wait, so INT/TERM stop the benchmark and the cluster promptly.
run_child dotnet "$RUN_DIR/Semillero.Bench.dll" "$@"
