# shellcheck shell=bash
# Child process groups and cleanup shared by ./test.sh and scripts/bench.sh.
#
# Both scripts start long-running children (dotnet build/test, MSBuild nodes, test hosts,
# browsers, the benchmark) next to a throwaway PostgreSQL cluster. An interrupted run must stop
# all of those at once, not leave a cluster or a test host behind.
#
# Source this file after scripts/pg-throwaway.sh, then:
#   child_process_traps NAME [--announce-stop] [--then FUNCTION]
#       installs the EXIT/INT/TERM traps. NAME prefixes the messages ("NAME: interrupted").
#       --announce-stop  also says "NAME: stopping child process group PID" when one is stopped.
#       --then FUNCTION  runs FUNCTION after PostgreSQL is stopped (e.g. to delete a temp dir).
#   run_child CMD [ARG...]
#       runs CMD in its own process group, in the background, and waits for it; returns its
#       exit code.
#
# Why the background wait: bash defers traps while a foreground child runs, so Ctrl-C would only
# be handled after the child ends. Waiting on a background child lets the INT/TERM traps fire
# immediately, and its own process group lets the cleanup stop everything it started.

CHILD_PID=""
CHILD_PROCESS_NAME="${0##*/}"
CHILD_PROCESS_ANNOUNCE_STOP=0
CHILD_PROCESS_THEN=""

child_process_traps() {
    CHILD_PROCESS_NAME="$1"
    shift
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --announce-stop) CHILD_PROCESS_ANNOUNCE_STOP=1 ;;
            --then) CHILD_PROCESS_THEN="$2"; shift ;;
            *) echo "child-process: ERROR: unknown option $1" >&2; return 1 ;;
        esac
        shift
    done
    trap child_process_cleanup EXIT
    trap 'echo "$CHILD_PROCESS_NAME: interrupted" >&2; exit 130' INT
    trap 'echo "$CHILD_PROCESS_NAME: terminated" >&2; exit 143' TERM
}

# Runs on every exit path: TERM the child's group, give it 10 s, then KILL; stop PostgreSQL.
child_process_cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n "$CHILD_PID" ]] && kill -0 "$CHILD_PID" 2>/dev/null; then
        if [[ $CHILD_PROCESS_ANNOUNCE_STOP -eq 1 ]]; then
            echo "$CHILD_PROCESS_NAME: stopping child process group $CHILD_PID" >&2
        fi
        kill -TERM -- "-$CHILD_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 20); do
            kill -0 "$CHILD_PID" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL -- "-$CHILD_PID" 2>/dev/null || true
    fi
    pg_throwaway_stop
    if [[ -n "$CHILD_PROCESS_THEN" ]]; then "$CHILD_PROCESS_THEN"; fi
    exit "$rc"
}

run_child() {
    set -m
    "$@" </dev/null &
    CHILD_PID=$!
    set +m
    local rc=0
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    return "$rc"
}
