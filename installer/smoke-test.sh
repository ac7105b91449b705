#!/usr/bin/env bash
# Smoke test of the packaged Linux app. Builds the app image (installer/build.sh --app-image-only),
# then proves it works: `bin/stammkunde --version` prints "Stammkunde <pom version>", `--help`
# works, the window opens under Xvfb with a throw-away data folder and HOME, nothing is written
# into the app image, JavaFX unpacks nothing into HOME, the app logs no error, and the AppCDS class
# list is there.
#
#   installer/smoke-test.sh [--no-build] [--reuse] [--no-cds] [--measure N]
#
#   --no-build   do not run Maven: use target/stammkunde.jar and target/lib as they are
#                (CI calls it so after `mvn -B verify`)
#   --reuse      use target/installer/stammkunde as it is, if it is there
#   --no-cds     build the image without the AppCDS class list (and do not expect one)
#   --measure N  afterwards start the window N times without and N times with the CDS archive
#                (made in place as the .deb's postinst does, and removed again); print the medians
# Exit 0 when all is well. With CI=true it first installs what it lacks with apt-get (as root, or
# with sudo): libgtk-3-0 xvfb xauth xdotool binutils. Takes about a minute with --no-build.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

REUSE=0
MEASURE=0
CDS=1
BUILD_ARGS=(--app-image-only)
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) BUILD_ARGS+=(--no-build); shift ;;
        --reuse) REUSE=1; shift ;;
        --no-cds) BUILD_ARGS+=(--no-cds); CDS=0; shift ;;
        --measure) MEASURE="${2:?--measure needs a number}"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "smoke-test.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
SECONDS=0

# ---------------------------------------------------------------- tools
PACKAGES=(libgtk-3-0 xvfb xauth xdotool binutils)
if [ "${CI:-}" = "true" ]; then
    MISSING=()
    for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || MISSING+=("$p"); done
    if [ ${#MISSING[@]} -gt 0 ]; then
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        echo "== apt-get install ${MISSING[*]}"
        export DEBIAN_FRONTEND=noninteractive
        $SUDO apt-get update -qq
        $SUDO apt-get install -y -qq --no-install-recommends "${MISSING[@]}" >/dev/null
    fi
fi
for cmd in xvfb-run xauth; do
    command -v "$cmd" >/dev/null || fail "$cmd missing: apt-get install ${PACKAGES[*]} (or run with CI=true)"
done
command -v xdotool >/dev/null || command -v xwininfo >/dev/null || fail "xdotool missing: apt-get install xdotool"

# ---------------------------------------------------------------- app image
APP="target/installer/stammkunde"
LAUNCHER="$APP/bin/stammkunde"
if [ "$REUSE" -eq 0 ] || [ ! -x "$LAUNCHER" ]; then
    installer/build.sh "${BUILD_ARGS[@]}"
fi
[ -x "$LAUNCHER" ] || fail "no launcher at $LAUNCHER"
JAVA="java"; [ -n "${JAVA_HOME:-}" ] && JAVA="$JAVA_HOME/bin/java"
VERSION="$("$JAVA" installer/PomInfo.java pom.xml | sed -n 's/^version=//p')"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/stammkunde-smoke.XXXXXX")"
trap 'rm -rf "$WORK"; rm -f "$ROOT/$APP/lib/app/stammkunde.jsa"' EXIT
# The app must not depend on anything in the real HOME, nor on a data folder chosen elsewhere.
export HOME="$WORK/home"
mkdir -p "$HOME"
unset XDG_DATA_HOME STAMMKUNDE_DATA_DIR JAVA_TOOL_OPTIONS

echo "== $LAUNCHER --version"
out="$("$LAUNCHER" --version 2>&1)" || fail "--version exited non-zero: $out"
echo "$out"
[ "$out" = "Stammkunde $VERSION" ] || fail "--version printed '$out', expected 'Stammkunde $VERSION'"

echo "== $LAUNCHER --help"
"$LAUNCHER" --help > "$WORK/help.txt" 2>&1 || fail "--help exited non-zero: $(cat "$WORK/help.txt")"
grep -q -- '--data-dir' "$WORK/help.txt" || fail "--help does not mention --data-dir: $(cat "$WORK/help.txt")"
echo "ok"

echo "== JVM options from pom.xml"
# build.sh leaves out an option the runtime does not know; on the JDK that builds here, none may go.
for option in $("$JAVA" installer/PomInfo.java pom.xml | sed -n 's/^jvmOptions=//p'); do
    grep -qxF "java-options=$option" "$APP/lib/app/stammkunde.cfg" || fail "stammkunde.cfg lacks the JVM option $option"
done
echo "ok"

if [ "$CDS" -eq 1 ]; then
    echo "== AppCDS class list"
    [ -s "$APP/lib/app/stammkunde.classlist" ] || fail "no lib/app/stammkunde.classlist (the training run in build.sh failed; see its output)"
    grep -q 'SharedArchiveFile=\$APPDIR/stammkunde.jsa' "$APP/lib/app/stammkunde.cfg" || fail "stammkunde.cfg names no CDS archive"
    echo "ok ($(wc -l < "$APP/lib/app/stammkunde.classlist") classes)"
fi

echo "== window under Xvfb"
(cd "$APP" && find . -type f | sort) > "$WORK/files.before"
DATA="$WORK/data"
# Java takes its home folder from the account, not from HOME: told here, or the check of HOME/.openjfx
# below looked where JavaFX never writes and could not fail.
JAVA_TOOL_OPTIONS="-Duser.home=$HOME" xvfb-run -a -s '-screen 0 1280x800x24' \
    installer/wait-for-window.sh --timeout 60 --settle 1 --log "$WORK/app.log" -- "$LAUNCHER" --data-dir "$DATA" \
    || fail "no window (output above)"
(cd "$APP" && find . -type f | sort) > "$WORK/files.after"
diff "$WORK/files.before" "$WORK/files.after" >/dev/null \
    || fail "the app wrote into its install folder: $(diff "$WORK/files.before" "$WORK/files.after" | grep '^>' | head)"
[ ! -e "$HOME/.openjfx" ] || fail "JavaFX unpacked native libraries into HOME (not found in the runtime): $(ls -R "$HOME/.openjfx" | head)"
# Errors fail the test: a SEVERE log record, an uncaught exception, the launcher's or the JVM's
# own errors. Warnings (JavaFX CSS lookups, for one) are only counted.
if grep -qE '^SEVERE:|^Exception in |^Error: |^Error occurred|A fatal error has been detected' "$WORK/app.log"; then
    echo "---- app output ----"; cat "$WORK/app.log"
    fail "the app logged an error while starting"
fi
warnings="$(grep -c '^WARNING:' "$WORK/app.log" || true)"
if [ "$warnings" -gt 0 ]; then echo "note: the app logged $warnings warning(s) while starting, the first:"; grep -m1 '^WARNING:' "$WORK/app.log" | cut -c1-200; fi
# The app logs this line from the main branch on; the skeleton has no log yet.
shown="$(cat "$DATA"/logs/*.log 2>/dev/null | sed -n 's/.*\(First window shown after [0-9]* ms JVM uptime\).*/\1/p' | head -n 1 || true)"
if [ -n "$shown" ]; then echo "app log: $shown"; fi
echo "ok"

# ---------------------------------------------------------------- timing
if [ "$MEASURE" -gt 0 ]; then
    once() {   # -> milliseconds from start to the mapped window, fresh data folder each time
        rm -rf "$DATA"
        xvfb-run -a -s '-screen 0 1280x800x24' \
            installer/wait-for-window.sh --timeout 60 -- "$LAUNCHER" --data-dir "$DATA" \
            | sed -n 's/window after \([0-9]*\) ms/\1/p'
    }
    median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
    echo "== time to first window, $MEASURE runs each (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
    without=""; for _ in $(seq 1 "$MEASURE"); do without="$without $(once)"; done
    echo "  app image, no CDS archive:  median $(echo "$without" | median) ms  ($without )"
    if [ -s "$APP/lib/app/stammkunde.classlist" ]; then
        # As the .deb's postinst does; the trap removes the archive again.
        JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$APP/lib/app/stammkunde.classlist" \
            "$LAUNCHER" >/dev/null 2>&1 || fail "-Xshare:dump failed"
        with=""; for _ in $(seq 1 "$MEASURE"); do with="$with $(once)"; done
        echo "  with the CDS archive:       median $(echo "$with" | median) ms  ($with )"
        echo "  CDS archive: $(du -h "$APP/lib/app/stammkunde.jsa" | cut -f1)"
    fi
fi

echo "SMOKE TEST PASSED (${SECONDS} s)"
