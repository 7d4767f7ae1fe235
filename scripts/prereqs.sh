#!/usr/bin/env bash
# Prerequisite checks shared by ./test.sh and scripts/bench.sh.
#
# Source it and call the semillero_require_* functions, or run it directly to check
# (and, as root, install) everything ./test.sh needs:  scripts/prereqs.sh
#
# Functions return non-zero with a clear message on stderr; they never skip silently.

SEMILLERO_CHROMIUM_PATH="${SEMILLERO_CHROMIUM_PATH:-/usr/bin/chromium}"

_semillero_err() { echo "prereqs: ERROR: $*" >&2; }
_semillero_log() { echo "prereqs: $*" >&2; }

semillero_require_dotnet() {
    if ! command -v dotnet >/dev/null 2>&1; then
        _semillero_err "'dotnet' is not on PATH. Install the .NET 10 SDK (see global.json for the exact version): https://dot.net/download"
        return 1
    fi
    _semillero_log "dotnet $(dotnet --version 2>/dev/null || echo '?') at $(command -v dotnet)"
}

semillero_require_python3() {
    if ! command -v python3 >/dev/null 2>&1; then
        _semillero_err "'python3' is not on PATH (needed to summarize the TRX test results). On Debian: apt-get install -y python3"
        return 1
    fi
}

semillero_require_postgres() {
    # shellcheck source=scripts/pg-throwaway.sh
    source "$(dirname "${BASH_SOURCE[0]}")/pg-throwaway.sh"
    pg_throwaway_find_bin || return 1
    _semillero_log "PostgreSQL: $("$PG_THROWAWAY_BIN/postgres" --version) ($PG_THROWAWAY_BIN)"
}

# Node.js and npm: the independent Open Badges verifier (tools/ob3-verifier) the tests run, and
# axe-core (tools/axe) for the browser tests' accessibility audit. Installed from Debian's nodejs/npm packages when missing and running as root.
SEMILLERO_NODE_MIN_MAJOR=18

semillero_require_node() {
    local install_cmd="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm"
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        if [[ "$(id -u)" -ne 0 ]]; then
            _semillero_err "'node' and 'npm' are needed (the tests run tools/ob3-verifier, an independent Open Badges verifier) but are not on PATH. Install Node.js ${SEMILLERO_NODE_MIN_MAJOR}+ as root:"
            echo "    sudo bash -c '$install_cmd'" >&2
            return 1
        fi
        if ! command -v apt-get >/dev/null 2>&1; then
            _semillero_err "'node'/'npm' are not on PATH and apt-get is not available to install them. Install Node.js ${SEMILLERO_NODE_MIN_MAJOR}+ with npm."
            return 1
        fi
        _semillero_log "node/npm not found; installing Debian's 'nodejs' and 'npm' packages..."
        local t0=$SECONDS aptlog
        aptlog="$(mktemp "${TMPDIR:-/tmp}/semillero-apt.XXXXXX")"
        if ! apt-get update -qq >"$aptlog" 2>&1; then
            tail -n 30 "$aptlog" >&2
            rm -f "$aptlog"
            _semillero_err "'apt-get update' failed (output above); cannot install Node.js. Run manually: $install_cmd"
            return 1
        fi
        if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >"$aptlog" 2>&1; then
            tail -n 30 "$aptlog" >&2
            rm -f "$aptlog"
            _semillero_err "'apt-get install nodejs npm' failed (output above). Run manually: $install_cmd"
            return 1
        fi
        rm -f "$aptlog"
        if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
            _semillero_err "the nodejs and npm packages were installed but 'node'/'npm' are still not on PATH."
            return 1
        fi
        _semillero_log "Node.js installed in $((SECONDS - t0))s"
    fi
    local major
    major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
    if [[ ! "$major" =~ ^[0-9]+$ ]] || (( major < SEMILLERO_NODE_MIN_MAJOR )); then
        _semillero_err "Node.js $(node --version 2>/dev/null || echo '?') is too old; the Open Badges verifier (jose 6) needs Node.js ${SEMILLERO_NODE_MIN_MAJOR}+."
        return 1
    fi
    _semillero_log "node $(node --version) and npm $(npm --version 2>/dev/null || echo '?') at $(command -v node)"
}

# Chromium (Debian package) at /usr/bin/chromium. Installed automatically when running as root.
semillero_ensure_chromium() {
    local path="$SEMILLERO_CHROMIUM_PATH"
    local install_cmd="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"
    if [[ ! -x "$path" ]]; then
        if [[ "$(id -u)" -ne 0 ]]; then
            _semillero_err "Chromium not found at $path (needed by the browser tests). Install it as root:"
            echo "    sudo bash -c '$install_cmd'" >&2
            return 1
        fi
        if ! command -v apt-get >/dev/null 2>&1; then
            _semillero_err "Chromium not found at $path and apt-get is not available to install it."
            return 1
        fi
        _semillero_log "Chromium not found at $path; installing the Debian 'chromium' package (takes a few minutes)..."
        local t0=$SECONDS aptlog
        aptlog="$(mktemp "${TMPDIR:-/tmp}/semillero-apt.XXXXXX")"
        if ! apt-get update -qq >"$aptlog" 2>&1; then
            tail -n 30 "$aptlog" >&2
            rm -f "$aptlog"
            _semillero_err "'apt-get update' failed (output above); cannot install Chromium. Run manually: $install_cmd"
            return 1
        fi
        if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >"$aptlog" 2>&1; then
            tail -n 30 "$aptlog" >&2
            rm -f "$aptlog"
            _semillero_err "'apt-get install chromium' failed (output above). Run manually: $install_cmd"
            return 1
        fi
        rm -f "$aptlog"
        if [[ ! -x "$path" ]]; then
            _semillero_err "the chromium package was installed but $path does not exist."
            return 1
        fi
        _semillero_log "Chromium installed in $((SECONDS - t0))s"
    fi
    local ver
    # (Debian's /usr/bin/chromium wrapper may print a harmless "[: ...: unexpected operator" from
    # /etc/chromium.d/dev-shm on stderr; only stdout is used.)
    if ! ver="$("$path" --version 2>/dev/null)"; then
        _semillero_err "$path exists but '$path --version' fails: $("$path" --version 2>&1 | tail -n 5)"
        return 1
    fi
    _semillero_log "$ver ($path)"
}

# poppler-utils (Debian package): pdftotext and pdftoppm, which the PDF tests use to read back the
# text of a generated PDF and to rasterize its first page. Installed automatically when running as root.
semillero_ensure_poppler() {
    local install_cmd="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils"
    if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
        if [[ "$(id -u)" -ne 0 ]]; then
            _semillero_err "'pdftotext'/'pdftoppm' not found (needed by the PDF tests). Install poppler-utils as root:"
            echo "    sudo bash -c '$install_cmd'" >&2
            return 1
        fi
        if ! command -v apt-get >/dev/null 2>&1; then
            _semillero_err "'pdftotext'/'pdftoppm' not found and apt-get is not available to install poppler-utils."
            return 1
        fi
        _semillero_log "pdftotext/pdftoppm not found; installing the Debian 'poppler-utils' package..."
        local t0=$SECONDS aptlog
        aptlog="$(mktemp "${TMPDIR:-/tmp}/semillero-apt.XXXXXX")"
        if ! apt-get update -qq >"$aptlog" 2>&1; then
            tail -n 30 "$aptlog" >&2
            rm -f "$aptlog"
            _semillero_err "'apt-get update' failed (output above); cannot install poppler-utils. Run manually: $install_cmd"
            return 1
        fi
        if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >"$aptlog" 2>&1; then
            tail -n 30 "$aptlog" >&2
            rm -f "$aptlog"
            _semillero_err "'apt-get install poppler-utils' failed (output above). Run manually: $install_cmd"
            return 1
        fi
        rm -f "$aptlog"
        if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
            _semillero_err "the poppler-utils package was installed but 'pdftotext'/'pdftoppm' are still not on PATH."
            return 1
        fi
        _semillero_log "poppler-utils installed in $((SECONDS - t0))s"
    fi
    local tool ver
    # Both print their version on stderr and exit non-zero, so it is the words that tell they run.
    for tool in pdftotext pdftoppm; do
        ver="$("$tool" -v 2>&1 | head -n 1 || true)"
        if [[ "$ver" != *version* ]]; then
            _semillero_err "'$tool -v' does not run: $("$tool" -v 2>&1 | tail -n 5 || true)"
            return 1
        fi
    done
    _semillero_log "poppler-utils ${ver##* } ($(command -v pdftotext), $(command -v pdftoppm))"
}

# Run directly: check everything ./test.sh needs.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    rc=0
    semillero_require_dotnet || rc=1
    semillero_require_python3 || rc=1
    semillero_require_postgres || rc=1
    semillero_ensure_chromium || rc=1
    semillero_ensure_poppler || rc=1
    semillero_require_node || rc=1
    if [[ $rc -ne 0 ]]; then
        echo "prereqs: some prerequisites are missing (see above)." >&2
    else
        echo "prereqs: all prerequisites OK." >&2
    fi
    exit $rc
fi
