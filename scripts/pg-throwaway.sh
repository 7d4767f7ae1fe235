# shellcheck shell=bash
# Throwaway PostgreSQL 15 cluster for tests and benchmarks.
#
# Source this file, then:
#   pg_throwaway_start   # initdb + start; exports SEMILLERO_TEST_POSTGRES, PGPORT, ...
#   pg_throwaway_stop    # stop the server and delete the temp dir (idempotent)
#
# The caller MUST arrange for pg_throwaway_stop to run on exit, e.g.
#   trap pg_throwaway_stop EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
#
# Exports after a successful pg_throwaway_start:
#   SEMILLERO_TEST_POSTGRES  Npgsql connection string (superuser "postgres", db "postgres")
#   PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGPASSWORD PGDATABASE=postgres  (for psql & co.)
#   PG_THROWAWAY_DIR         temp dir (data dir, unix socket, server log)
#   PG_THROWAWAY_BIN         directory of the PostgreSQL 15 binaries
#
# Optional inputs:
#   PG_THROWAWAY_PORT_START  first TCP port to try (default 55432)
#   PG_THROWAWAY_LOG_COPY    if set, pg_throwaway_stop copies the server log to this path
#
# When running as root, initdb/pg_ctl run as the "postgres" OS user (runuser).
# The functions never call `exit`; they return non-zero with a message on stderr.

PG_THROWAWAY_MAJOR=15

_pg_throwaway_err() { echo "pg-throwaway: ERROR: $*" >&2; }
_pg_throwaway_log() { echo "pg-throwaway: $*" >&2; }

# Locate PostgreSQL 15 binaries: /usr/lib/postgresql/15/bin first, then PATH.
pg_throwaway_find_bin() {
    local dir="/usr/lib/postgresql/${PG_THROWAWAY_MAJOR}/bin" cand ver tool
    if [[ ! -x "$dir/initdb" ]]; then
        dir=""
        if cand="$(command -v initdb 2>/dev/null)"; then
            cand="$(readlink -f "$cand")"
            dir="$(dirname "$cand")"
        fi
    fi
    if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
        _pg_throwaway_err "PostgreSQL ${PG_THROWAWAY_MAJOR} binaries not found (looked in /usr/lib/postgresql/${PG_THROWAWAY_MAJOR}/bin and PATH)." \
            "On Debian/Ubuntu: apt-get install postgresql-${PG_THROWAWAY_MAJOR}"
        return 1
    fi
    for tool in initdb pg_ctl postgres pg_isready psql; do
        if [[ ! -x "$dir/$tool" ]]; then
            _pg_throwaway_err "$dir/$tool is missing (incomplete PostgreSQL ${PG_THROWAWAY_MAJOR} install)."
            return 1
        fi
    done
    ver="$("$dir/postgres" --version 2>/dev/null || true)"
    if [[ ! "$ver" =~ [[:space:]]${PG_THROWAWAY_MAJOR}\.[0-9]+ ]]; then
        _pg_throwaway_err "$dir/postgres is not PostgreSQL ${PG_THROWAWAY_MAJOR} (got: '${ver}')."
        return 1
    fi
    PG_THROWAWAY_BIN="$dir"
    export PG_THROWAWAY_BIN
}

# Run a command as the cluster owner (postgres when we are root), from inside the temp dir
# so that an unreadable cwd (e.g. /root) does not upset initdb/pg_ctl.
_pg_throwaway_as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        (cd "$PG_THROWAWAY_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$PG_THROWAWAY_DIR" && "$@")
    fi
}

# Is TCP port $1 free on 127.0.0.1? (python3 bind test, else a bash /dev/tcp connect probe)
_pg_throwaway_port_free() {
    local port="$1"
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$port" <<'PY' 2>/dev/null
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
PY
    else
        ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

pg_throwaway_start() {
    if [[ -n "${PG_THROWAWAY_DIR:-}" && -d "${PG_THROWAWAY_DIR}" ]]; then
        _pg_throwaway_err "a throwaway cluster is already running in $PG_THROWAWAY_DIR"
        return 1
    fi
    pg_throwaway_find_bin || return 1

    local is_root=0
    if [[ "$(id -u)" -eq 0 ]]; then
        is_root=1
        if ! id -u postgres >/dev/null 2>&1; then
            _pg_throwaway_err "running as root but there is no 'postgres' OS user to own the cluster (PostgreSQL refuses to run as root)."
            return 1
        fi
        if ! command -v runuser >/dev/null 2>&1; then
            _pg_throwaway_err "running as root but 'runuser' (util-linux) is not available."
            return 1
        fi
    fi

    local base="${TMPDIR:-/tmp}"
    PG_THROWAWAY_DIR="$(mktemp -d "${base%/}/semillero-pg.XXXXXX")" || {
        _pg_throwaway_err "mktemp -d in $base failed"
        return 1
    }
    export PG_THROWAWAY_DIR
    if [[ $is_root -eq 1 ]]; then
        chown postgres: "$PG_THROWAWAY_DIR" || { pg_throwaway_stop; return 1; }
        if ! runuser -u postgres -- test -w "$PG_THROWAWAY_DIR"; then
            _pg_throwaway_err "the postgres user cannot write to $PG_THROWAWAY_DIR (is $base traversable by others? try TMPDIR=/tmp)"
            pg_throwaway_stop
            return 1
        fi
    fi

    # Random password (hex: safe inside a connection string without quoting).
    local password
    password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    if [[ ${#password} -ne 32 ]]; then
        _pg_throwaway_err "could not generate a password"
        pg_throwaway_stop
        return 1
    fi
    local pwfile="$PG_THROWAWAY_DIR/pwfile"
    (umask 077 && printf '%s\n' "$password" >"$pwfile")
    [[ $is_root -eq 1 ]] && chown postgres: "$pwfile"

    local data="$PG_THROWAWAY_DIR/data" log="$PG_THROWAWAY_DIR/postgres.log"
    local -a initdb_args=(-D "$data" -U postgres --pwfile="$pwfile"
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --no-sync)
    # --no-sync only skips initdb's own final flush of the fresh (throwaway) data dir;
    # the running server keeps fsync=on.
    if ! _pg_throwaway_as_owner "$PG_THROWAWAY_BIN/initdb" "${initdb_args[@]}" --locale=C.UTF-8 \
        >"$PG_THROWAWAY_DIR/initdb.log" 2>&1; then
        rm -rf "$data"
        if ! _pg_throwaway_as_owner "$PG_THROWAWAY_BIN/initdb" "${initdb_args[@]}" --no-locale \
            >"$PG_THROWAWAY_DIR/initdb.log" 2>&1; then
            _pg_throwaway_err "initdb failed:"
            cat "$PG_THROWAWAY_DIR/initdb.log" >&2
            pg_throwaway_stop
            return 1
        fi
    fi
    rm -f "$pwfile"

    cat >>"$data/postgresql.conf" <<EOF

# --- semillero throwaway test cluster ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_THROWAWAY_DIR'
max_connections = 200
fsync = on
synchronous_commit = on
full_page_writes = on
password_encryption = 'scram-sha-256'
logging_collector = off
log_min_messages = warning
EOF
    # Extra settings for a diagnostic run (e.g. log_min_duration_statement = 0), one per line.
    if [[ -n "${PG_THROWAWAY_EXTRA_CONF:-}" ]]; then
        printf '%s\n' "$PG_THROWAWAY_EXTRA_CONF" >>"$data/postgresql.conf"
    fi

    # Pick a free port and start; retry on a bind race with a concurrent run.
    local port="${PG_THROWAWAY_PORT_START:-55432}" attempt started=0
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        local tries=0
        while ! _pg_throwaway_port_free "$port"; do
            port=$((port + 1)); tries=$((tries + 1))
            if [[ $tries -gt 500 ]]; then
                _pg_throwaway_err "no free TCP port found on 127.0.0.1 starting from ${PG_THROWAWAY_PORT_START:-55432}"
                pg_throwaway_stop
                return 1
            fi
        done
        : >"$log"
        [[ $is_root -eq 1 ]] && chown postgres: "$log"
        if _pg_throwaway_as_owner "$PG_THROWAWAY_BIN/pg_ctl" -D "$data" -l "$log" -w -t 90 \
            -o "-p $port" start >"$PG_THROWAWAY_DIR/pg_ctl.log" 2>&1; then
            started=1
            break
        fi
        if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$log"; then
            _pg_throwaway_log "port $port was taken meanwhile (attempt $attempt), trying the next one"
            port=$((port + 1))
            continue
        fi
        break
    done
    if [[ $started -ne 1 ]]; then
        _pg_throwaway_err "PostgreSQL failed to start. pg_ctl output and server log:"
        cat "$PG_THROWAWAY_DIR/pg_ctl.log" "$log" >&2 || true
        pg_throwaway_stop
        return 1
    fi

    # Readiness: TCP + password auth, exactly like the tests will connect.
    local ok=0 i
    for i in $(seq 1 60); do
        if "$PG_THROWAWAY_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres &&
            PGPASSWORD="$password" "$PG_THROWAWAY_BIN/psql" -X -q -w -h 127.0.0.1 -p "$port" \
                -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
            ok=1
            break
        fi
        sleep 0.5
    done
    if [[ $ok -ne 1 ]]; then
        _pg_throwaway_err "PostgreSQL started but 'select 1' over TCP on 127.0.0.1:$port did not succeed within 30s. Server log:"
        cat "$log" >&2 || true
        pg_throwaway_stop
        return 1
    fi

    export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGPASSWORD="$password" PGDATABASE=postgres
    export SEMILLERO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres;Include Error Detail=true"
    _pg_throwaway_log "PostgreSQL $("$PG_THROWAWAY_BIN/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port (dir $PG_THROWAWAY_DIR)"
}

# Is $1 a live (non-zombie) postgres process? pg_ctl stop -w returns once postmaster.pid is
# gone; the exited postmaster may linger briefly as a zombie until its reaper collects it.
_pg_throwaway_alive() {
    local pid="$1" state
    [[ "$pid" =~ ^[0-9]+$ && -r "/proc/$pid/stat" ]] || return 1
    state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null || true)"
    [[ -n "$state" && "$state" != "Z" && "$state" != "X" ]] || return 1
    grep -qa postgres "/proc/$pid/cmdline" 2>/dev/null
}

# Stop the server (fast, then immediate, then SIGKILL) and delete the temp dir. Idempotent;
# safe to call from an EXIT trap even if pg_throwaway_start failed halfway.
pg_throwaway_stop() {
    local dir="${PG_THROWAWAY_DIR:-}"
    if [[ -z "$dir" || ! -d "$dir" ]]; then
        unset PG_THROWAWAY_DIR
        return 0
    fi
    local data="$dir/data"
    if [[ -n "${PG_THROWAWAY_LOG_COPY:-}" && -s "$dir/postgres.log" ]]; then
        mkdir -p "$(dirname "$PG_THROWAWAY_LOG_COPY")" 2>/dev/null &&
            cp "$dir/postgres.log" "$PG_THROWAWAY_LOG_COPY" 2>/dev/null || true
    fi
    if [[ -f "$data/postmaster.pid" ]]; then
        local pid
        pid="$(head -n1 "$data/postmaster.pid" 2>/dev/null || true)"
        if ! _pg_throwaway_as_owner "${PG_THROWAWAY_BIN:-/usr/lib/postgresql/15/bin}/pg_ctl" -D "$data" \
            -m fast -w -t 30 stop >/dev/null 2>&1; then
            _pg_throwaway_as_owner "${PG_THROWAWAY_BIN:-/usr/lib/postgresql/15/bin}/pg_ctl" -D "$data" \
                -m immediate -w -t 15 stop >/dev/null 2>&1 || true
        fi
        if _pg_throwaway_alive "$pid"; then
            _pg_throwaway_log "postmaster $pid did not stop; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
        fi
    fi
    rm -rf "$dir" || _pg_throwaway_err "could not delete $dir"
    unset PG_THROWAWAY_DIR SEMILLERO_TEST_POSTGRES PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
    return 0
}
