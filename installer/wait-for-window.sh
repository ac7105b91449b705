#!/usr/bin/env bash
# Starts a command, waits until it shows a visible window whose title contains "Stammkunde", prints
# the time that took, then ends the command. Needs an X display (run it under xvfb-run) and xdotool
# or xwininfo (x11-utils). Used by build.sh (CDS training run) and smoke-test.sh.
#
#   installer/wait-for-window.sh [--timeout SECONDS] [--settle SECONDS] [--log FILE] -- COMMAND [ARG...]
#
#   --timeout  give up after this long (default 60)
#   --settle   keep the program running this long after the window shows (default 0)
#   --log      where the program's output goes (default: a temporary file, shown on failure)
# Prints "window after <ms> ms" and exits 0; exits 1 on a time-out and 2 if the program ended first.
set -euo pipefail

TIMEOUT=60
SETTLE=0
LOG=""
while [ $# -gt 0 ]; do
    case "$1" in
        --timeout) TIMEOUT="$2"; shift 2 ;;
        --settle) SETTLE="$2"; shift 2 ;;
        --log) LOG="$2"; shift 2 ;;
        --) shift; break ;;
        *) break ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--timeout S] [--settle S] [--log FILE] -- COMMAND [ARG...]" >&2; exit 64; }
[ -n "${DISPLAY:-}" ] || { echo "wait-for-window.sh: no DISPLAY (run under xvfb-run)" >&2; exit 64; }
if [ -z "$LOG" ]; then LOG="$(mktemp "${TMPDIR:-/tmp}/stammkunde-window.XXXXXX")"; CLEAN_LOG=1; else CLEAN_LOG=0; fi

window_shown() {
    if command -v xdotool >/dev/null 2>&1; then
        xdotool search --onlyvisible --name 'Stammkunde' >/dev/null 2>&1
    else
        # xwininfo lists unmapped windows too: take the titled ones and ask each for its map state.
        local id
        for id in $(xwininfo -root -tree 2>/dev/null | sed -n 's/^ *\(0x[0-9a-f]*\) "[^"]*Stammkunde[^"]*".*/\1/p'); do
            xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && return 0
        done
        return 1
    fi
}

start=$(date +%s%N)
"$@" >"$LOG" 2>&1 &
pid=$!
stop() {
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

deadline=$(( start + TIMEOUT * 1000000000 ))
rc=1
while [ "$(date +%s%N)" -lt "$deadline" ]; do
    if window_shown; then
        echo "window after $(( ($(date +%s%N) - start) / 1000000 )) ms"
        rc=0
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" && code=0 || code=$?
        echo "wait-for-window.sh: the program ended (exit $code) before showing a window" >&2
        rc=2
        break
    fi
    sleep 0.02
done
[ "$rc" -eq 1 ] && echo "wait-for-window.sh: no window within ${TIMEOUT} s" >&2
[ "$rc" -eq 0 ] && [ "$SETTLE" != 0 ] && sleep "$SETTLE"
stop
if [ "$rc" -ne 0 ]; then
    echo "---- program output (last 40 lines) ----" >&2
    tail -n 40 "$LOG" >&2 || true
fi
[ "$CLEAN_LOG" -eq 1 ] && rm -f "$LOG"
exit "$rc"
