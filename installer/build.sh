#!/usr/bin/env bash
# Builds the Stammkunde installer for the system it runs on, with the running JDK's jdeps, jlink
# and jpackage (JDK 17 or later; nothing is downloaded: JavaFX comes from the platform jars that
# Maven put into target/lib).
#
#   installer/build.sh [--no-build] [--app-image-only] [--no-cds] [--verbose]
#
#   Linux:   target/installer/stammkunde/                  app image (bin/stammkunde)
#            target/installer/stammkunde_<v>-1_<arch>.deb
#   Windows: target/installer/Stammkunde-<v>.msi           (Git Bash; needs WiX 3 on PATH)
#   macOS:   target/installer/Stammkunde-<v>.dmg
#
# Steps: (a) mvn package (not with --no-build); (b) version, description, vendor, licence and
# copyright from pom.xml; (c) jlink a trimmed runtime: the JDK modules jdeps finds in the app and
# its jars, a few that libraries load by name, and the JavaFX platform jars as modules (their
# native libraries copied next to the JDK's own); the app and its other jars stay on the class
# path (Flyway has no module name); (d) jpackage an app image; (e) Linux: record the AppCDS class
# list with a training run under Xvfb (the .deb makes the archive from it when installed, see
# installer/README.md); (f) jpackage the installer from that app image.
#
# Options:
#   --no-build        use the existing target/stammkunde.jar and target/lib
#   --app-image-only  stop after the app image
#   --no-cds          no AppCDS class list (the app starts without class data sharing)
#   --verbose         pass --verbose to jpackage
# Linux needs dpkg-deb, fakeroot and binutils for the .deb, and xvfb-run, xauth, libgtk-3-0 and
# xdotool or xwininfo (x11-utils) for the training run (without them it is skipped with a notice).
set -euo pipefail
SECONDS=0

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

BUILD=1
PACKAGE=1
CDS=1
VERBOSE=()
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        --app-image-only) PACKAGE=0 ;;
        --no-cds) CDS=0 ;;
        --verbose) VERBOSE=(--verbose) ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

log() { printf '\n== %s  (at %d s)\n' "$*" "$SECONDS"; }
die() { echo "build.sh: $*" >&2; exit 1; }

case "$(uname -s)" in
    Linux) OS=linux; SEP=":" ;;
    Darwin) OS=mac; SEP=":" ;;
    MINGW*|MSYS*|CYGWIN*) OS=windows; SEP=";" ;;
    *) die "unsupported system $(uname -s)" ;;
esac

# ---------------------------------------------------------------- the JDK
# JAVA_HOME if set, else the JDK that `java` on PATH belongs to.
if [ -z "${JAVA_HOME:-}" ] && [ "$OS" = mac ] && [ -x /usr/libexec/java_home ]; then
    JAVA_HOME="$(/usr/libexec/java_home)"
fi
if [ -n "${JAVA_HOME:-}" ]; then
    JDK_BIN="$JAVA_HOME/bin"
else
    JDK_BIN="$(dirname "$(readlink -f "$(command -v java)")")"
fi
for tool in java jar jdeps jlink jpackage; do
    [ -x "$JDK_BIN/$tool" ] || [ -x "$JDK_BIN/$tool.exe" ] || die "$tool not found in $JDK_BIN (need a full JDK 17+)"
done
JAVA="$JDK_BIN/java"; JAR="$JDK_BIN/jar"; JDEPS="$JDK_BIN/jdeps"; JLINK="$JDK_BIN/jlink"; JPACKAGE="$JDK_BIN/jpackage"
JDK_FEATURE="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
echo "JDK $JDK_FEATURE: $("$JAVA" -version 2>&1 | head -n 1), jpackage $("$JPACKAGE" --version)"
COMPRESS="--compress=2"; [ "${JDK_FEATURE:-17}" -ge 21 ] && COMPRESS="--compress=zip-6"   # "2" is deprecated from 21

# ---------------------------------------------------------------- (a) build
if [ "$BUILD" -eq 1 ]; then
    log "mvn package"
    mvn -q -B -DskipTests package
fi
[ -f target/stammkunde.jar ] && [ -d target/lib ] || die "target/stammkunde.jar or target/lib missing (run without --no-build)"

# ---------------------------------------------------------------- (b) metadata from pom.xml
log "metadata from pom.xml"
# (plain variables POM_<key>, not an associative array: macOS ships bash 3.2)
POM_version=""; POM_name=""; POM_description=""; POM_vendor=""; POM_license=""; POM_licenseUrl=""
POM_inception=""; POM_url=""; POM_email=""; POM_fxversion=""; POM_jvmOptions=""
# installer/PomInfo.java runs as a single source file: the JDK is all it needs.
while IFS='=' read -r key value; do printf -v "POM_$key" '%s' "$value"; done \
    < <("$JAVA" "$ROOT/installer/PomInfo.java" "$ROOT/pom.xml" | tr -d '\r')

VERSION="${POM_version}"
[ -n "$VERSION" ] || die "no <version> in pom.xml"
APP_VERSION="${VERSION%%-*}"            # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
TITLE="${POM_name:-Stammkunde}"
DESCRIPTION="${POM_description:-$TITLE}"
VENDOR="${POM_vendor:-$TITLE}"
# The .deb's one-line summary (at most 80 characters: package managers list it) is what comes
# before the description's colon; the description itself follows it in the package's long text.
SUMMARY="${DESCRIPTION%%:*}"
YEAR="$(date +%Y)"
INCEPTION="${POM_inception:-$YEAR}"
YEARS="$INCEPTION"; [ "$INCEPTION" != "$YEAR" ] && YEARS="$INCEPTION-$YEAR"
COPYRIGHT="Copyright $YEARS $VENDOR"
FXVER="${POM_fxversion}"
if [ "$OS" = mac ] && [ "${APP_VERSION%%.*}" = "0" ]; then
    echo "note: macOS bundles need a first version number of 1 or more; using 1.0.0 for $VERSION" >&2
    APP_VERSION="1.0.0"
fi
printf '  %-12s %s\n' version "$VERSION (installer $APP_VERSION)" name "$TITLE" description "$DESCRIPTION" \
    vendor "$VENDOR" e-mail "${POM_email:-(none)}" license "${POM_license}" copyright "$COPYRIGHT" javafx "$FXVER"

OUT="target/installer"
WORK="$OUT/work"
rm -rf "$OUT"
mkdir -p "$WORK/input/lib" "$WORK/fxnative"

# The licence shown by the installers and put into /usr/share/doc-like places: LICENSE if the
# repository has one, else the name and address from pom.xml.
LICENSE_FILE="$WORK/LICENSE.txt"
if [ -f LICENSE ]; then cp LICENSE "$LICENSE_FILE"; else
    printf '%s\n%s\n' "${POM_license:-see pom.xml}" "${POM_licenseUrl}" > "$LICENSE_FILE"
fi

# ---------------------------------------------------------------- (c) runtime
# JavaFX: the platform jars (javafx-<module>-<version>-<platform>.jar) are modules with the
# native libraries inside; the jars without a classifier are empty placeholders.
FX_JARS=()
for f in target/lib/javafx-*-"$FXVER"-*.jar; do [ -f "$f" ] && FX_JARS+=("$f"); done
[ ${#FX_JARS[@]} -gt 0 ] || die "no JavaFX platform jars (javafx-*-$FXVER-<platform>.jar) in target/lib"
FX_MODULES=""
FX_PATH=""
for f in "${FX_JARS[@]}"; do
    m="$(basename "$f")"; m="${m%%-"$FXVER"-*}"; m="${m//-/.}"
    FX_MODULES="${FX_MODULES:+$FX_MODULES,}$m"
    FX_PATH="${FX_PATH:+$FX_PATH$SEP}$f"
done

# The application and every other jar go on the class path, as the jar manifest's Class-Path says.
cp target/stammkunde.jar "$WORK/input/"
JARS=(target/stammkunde.jar)
for f in target/lib/*.jar; do
    case "$(basename "$f")" in javafx-*) continue ;; esac
    cp "$f" "$WORK/input/lib/"
    JARS+=("$f")
done

log "jdeps"
# Every jar is a root, not only what the app's own classes reach: JDBC drivers, Flyway's
# database support and the like are found by ServiceLoader at run time.
DEPS="$("$JDEPS" --ignore-missing-deps --print-module-deps --multi-release 17 \
    --module-path "$FX_PATH" "${JARS[@]}")" || die "jdeps failed"
echo "  jdeps: $DEPS"
# Loaded by name or reflectively, which jdeps cannot see: JDBC, JNDI and JMX (H2, HikariCP,
# PostgreSQL), sun.misc.Unsafe (jdk.unsupported), EC for TLS to PostgreSQL, the locale data for
# German number and date formats, socket options (jdk.net), Kerberos (PostgreSQL), AWT's image
# and font bits that some libraries touch (java.desktop).
EXTRA="java.sql,java.naming,java.management,jdk.unsupported,java.logging,java.desktop,jdk.crypto.ec,jdk.localedata,jdk.net,java.security.jgss"
AVAILABLE="$("$JAVA" --list-modules | sed 's/@.*//')"
MODULES=""
for m in $(echo "$DEPS,$EXTRA,$FX_MODULES" | tr ',' '\n' | sort -u); do
    [ -z "$m" ] && continue
    case ",$FX_MODULES," in *",$m,"*) ;; *) echo "$AVAILABLE" | grep -qx "$m" || { echo "  (skipping $m: not in this JDK)"; continue; } ;; esac
    MODULES="${MODULES:+$MODULES,}$m"
done
echo "  modules: $MODULES"

log "jlink"
RUNTIME="$WORK/runtime"
"$JLINK" --module-path "$FX_PATH" --add-modules "$MODULES" \
    --include-locales=de,en \
    --strip-debug --no-header-files --no-man-pages "$COMPRESS" \
    --exclude-resources='/javafx.*/*.so,/javafx.*/*.dylib,/javafx.*/*.dll' \
    --output "$RUNTIME"

# JavaFX loads its native libraries from next to the JDK's (java.home/lib, on Windows
# java.home/bin) before it would unpack them from the jar into ~/.openjfx/cache.
NATIVE_DIR="$RUNTIME/lib"; [ "$OS" = windows ] && NATIVE_DIR="$RUNTIME/bin"
for f in "${FX_JARS[@]}"; do
    (cd "$WORK/fxnative" && "$JAR" xf "$ROOT/$f")
done
find "$WORK/fxnative" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
    -exec cp {} "$NATIVE_DIR/" \;
rm -rf "$WORK/fxnative"
if [ "$OS" = linux ] && command -v strip >/dev/null 2>&1; then
    # Debian's JDK keeps the symbol tables in its libraries (libjvm.so: 4 MB); running needs none.
    find "$RUNTIME" -name '*.so' -exec strip --strip-unneeded {} \;
fi
"$RUNTIME/bin/java" --list-modules >/dev/null
echo "  runtime: $(du -sh "$RUNTIME" | cut -f1)"

# ---------------------------------------------------------------- (d) app image
ICON_linux="icons/png/stammkunde-256.png"; ICON_windows="icons/stammkunde.ico"; ICON_mac="icons/stammkunde.icns"
ICON_VAR="ICON_$OS"; ICON="${!ICON_VAR}"

# Linux keeps the lower-case name (bin/stammkunde, /opt/stammkunde, package stammkunde); the menu
# entry says "Stammkunde". Windows and macOS show the name as it is.
NAME=stammkunde; [ "$OS" = linux ] || NAME="$TITLE"
COMMON=(--name "$NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" --copyright "$COPYRIGHT" --dest "$OUT")
[ -n "$POM_url" ] && COMMON+=(--about-url "$POM_url")

# The JVM options from pom.xml (app.jvmOptions): serial GC, a small, shrinking heap, native memory
# given back. An option the bundled runtime does not know would stop the launcher: such an option
# (-XX:TrimNativeHeapInterval is not in every update of JDK 17) is left out with a warning.
# (Checked by name against the JVM's list of flags: some options are only valid together, such as
# MaxHeapFreeRatio=15 with a MinHeapFreeRatio below it.)
KNOWN_FLAGS=$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '{ print $2 }')
JOPTS=()
for option in $POM_jvmOptions; do
    if [ "${option#-XX:}" != "$option" ]; then
        flag="${option#-XX:}"; flag="${flag#[+-]}"; flag="${flag%%=*}"
        if ! grep -qx "$flag" <<< "$KNOWN_FLAGS"; then
            echo "warning: this JDK does not know the JVM option $option; the app image goes without it" >&2
            continue
        fi
    fi
    JOPTS+=(--java-options "$option")
done
EXTRA_LAUNCHER=()
# A Windows GUI launcher has no console, so the command line gets a second one that has.
[ "$OS" = windows ] && EXTRA_LAUNCHER=(--add-launcher "stammkunde-cli=installer/windows/stammkunde-cli.properties")

log "jpackage app image"
"$JPACKAGE" --type app-image "${COMMON[@]}" --description "$DESCRIPTION" ${VERBOSE[@]+"${VERBOSE[@]}"} \
    --input "$WORK/input" --main-jar stammkunde.jar --main-class de.stammkunde.Launcher \
    --runtime-image "$RUNTIME" --icon "$ICON" "${JOPTS[@]}" ${EXTRA_LAUNCHER[@]+"${EXTRA_LAUNCHER[@]}"}

case "$OS" in
    linux) APP_IMAGE="$OUT/stammkunde"; LAUNCHER="$APP_IMAGE/bin/stammkunde"; APP_DIR="$APP_IMAGE/lib/app" ;;
    windows) APP_IMAGE="$OUT/$TITLE"; LAUNCHER="$APP_IMAGE/stammkunde-cli.exe"; APP_DIR="$APP_IMAGE/app" ;;
    mac) APP_IMAGE="$OUT/$TITLE.app"; LAUNCHER="$APP_IMAGE/Contents/MacOS/$TITLE"; APP_DIR="$APP_IMAGE/Contents/app" ;;
esac
echo "  $("$LAUNCHER" --version)"

# ---------------------------------------------------------------- (e) AppCDS class list (Linux)
# The classes the app loads until its window shows, recorded in a training run. The archive made
# from them saves a quarter to a third of the time to the first window (installer/MEASUREMENTS.md), but
# it records the jars' absolute paths, so it is made where the app is installed: by the .deb's
# postinst. The app image only carries the list and names the archive in its .cfg; a missing or
# mismatched archive is ignored silently and the app starts without it.
record_class_list() {
    if ! command -v xvfb-run >/dev/null 2>&1 || ! { command -v xdotool >/dev/null 2>&1 || command -v xwininfo >/dev/null 2>&1; }; then
        echo "  skipped: the training run needs xvfb-run and xdotool or xwininfo (apt-get install xvfb xauth xdotool)"
        return 0
    fi
    local tmp rc=0
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/stammkunde-cds.XXXXXX")"; mkdir -p "$tmp/home"
    # A throw-away data folder and HOME: the first start, with an empty database, is the one trained.
    HOME="$tmp/home" STAMMKUNDE_DATA_DIR="$tmp/data" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$tmp/classlist" \
        xvfb-run -a -s '-screen 0 1280x800x24' \
        "$ROOT/installer/wait-for-window.sh" --timeout 90 --settle 2 -- "$LAUNCHER" || rc=$?
    if [ "$rc" -ne 0 ] || [ ! -s "$tmp/classlist" ]; then
        # Not fatal: the app works without the archive (and smoke-test.sh reports the missing list).
        rm -rf "$tmp"; echo "  WARNING: the training run failed (exit $rc); no CDS class list" >&2; return 0
    fi
    # The app was ended from outside: drop a last line cut off in the middle, if any.
    tail -c 1 "$tmp/classlist" | read -r _ || sed -i '$d' "$tmp/classlist"
    # Dynamic proxies cannot be archived from a list (the dump would only warn about each).
    grep -v '\$Proxy[0-9]' "$tmp/classlist" > "$APP_DIR/stammkunde.classlist"
    rm -rf "$tmp"
    echo 'java-options=-XX:SharedArchiveFile=$APPDIR/stammkunde.jsa' >> "$APP_DIR/stammkunde.cfg"
    # What postinst does, here once as a check: the archive is made and maps (-Xshare:on fails
    # instead of falling back). Then it goes again: it would only work in this folder.
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$APP_DIR/stammkunde.classlist" \
        "$LAUNCHER" > "$WORK/cds-dump.log" 2>&1 && JAVA_TOOL_OPTIONS=-Xshare:on "$LAUNCHER" --version >/dev/null 2>&1 || {
        tail -n 20 "$WORK/cds-dump.log" >&2
        echo "  WARNING: no usable CDS archive from the class list; the package goes without it" >&2
        rm -f "$APP_DIR/stammkunde.jsa" "$APP_DIR/stammkunde.classlist"; sed -i '/SharedArchiveFile/d' "$APP_DIR/stammkunde.cfg"
        return 0
    }
    echo "  $(wc -l < "$APP_DIR/stammkunde.classlist") classes; archive $(du -h "$APP_DIR/stammkunde.jsa" | cut -f1) when installed"
    rm -f "$APP_DIR/stammkunde.jsa"
}
if [ "$OS" = linux ] && [ "$CDS" -eq 1 ]; then
    log "AppCDS class list (training run under Xvfb)"
    record_class_list
fi

# ---------------------------------------------------------------- (f) installer
if [ "$PACKAGE" -eq 1 ]; then
    case "$OS" in
        linux)
            log "jpackage .deb"
            command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
                || die "the .deb needs dpkg-deb and fakeroot (apt-get install fakeroot binutils)"
            # jpackage's resources from installer/linux, with our placeholders filled in (jpackage
            # fills in only its own): the control file gets the whole description as its long text
            # under the summary line (--description), the copyright file the licence as the Debian
            # format wants it (first line its name, the rest indented).
            RES="$WORK/deb-resources"
            mkdir -p "$RES"
            cp installer/linux/postinst installer/linux/prerm "$RES/"
            LONG="$(fold -s -w 78 <<< "$DESCRIPTION" | sed 's/ *$//; s/^/ /')"
            CONTROL="$(< installer/linux/control)"
            printf '%s\n' "${CONTROL//LONG_DESCRIPTION/"$LONG"}" > "$RES/control"
            COPYRIGHT_FILE="$(< installer/linux/copyright)"
            printf '%s\n' "${COPYRIGHT_FILE//UPSTREAM_NAME/"$TITLE"}" > "$RES/copyright"
            DEB_LICENSE="$WORK/LICENSE-deb.txt"
            {
                echo "${POM_license:-see the licence file}"
                if [ -n "$POM_licenseUrl" ]; then echo " $POM_licenseUrl"; fi
                if [ -f LICENSE ]; then sed 's/^[[:space:]]*$/./; s/^/ /' LICENSE; fi
            } > "$DEB_LICENSE"
            # The maintainer: the vendor with the address from the pom's <developers>; without one
            # jpackage writes "<Unknown>".
            MAINTAINER=()
            [ -n "$POM_email" ] && MAINTAINER=(--linux-deb-maintainer "$POM_email")
            # GTK 3, which JavaFX needs: jpackage lists the package of every library the native
            # libraries link to (ldd, then dpkg -S), GTK's too where it is installed; naming it
            # again would list it twice. Only where this machine lacks it is it added by name.
            GTK_DEP=(--linux-package-deps libgtk-3-0)
            GTK_LIB="$(ldd "$APP_IMAGE/lib/runtime/lib/libglassgtk3.so" 2>/dev/null \
                | awk '$1 == "libgtk-3.so.0" && $3 ~ /^\// { print $3 }')"
            if [ -n "$GTK_LIB" ] && dpkg -S "$(readlink -f "$GTK_LIB")" >/dev/null 2>&1; then
                GTK_DEP=()
            fi
            # installer/linux: our menu entry (title "Stammkunde", German texts) and maintainer
            # scripts: menu entry without xdg-desktop-menu (it fails on systems without a desktop
            # and then blocks dpkg), /usr/bin/stammkunde, the CDS archive. They expect jpackage's
            # default install folder /opt/stammkunde. The menu entry goes into the package as a
            # file of the app image, next to the icon the app image has (lib/stammkunde.png), not
            # with --linux-shortcut or --icon: with either, jpackage makes the package depend on
            # xdg-utils, which nothing of ours uses, and `dpkg -i` fails where it is missing.
            DESKTOP="$(< installer/linux/stammkunde.desktop)"
            DESKTOP="${DESKTOP//APPLICATION_LAUNCHER/"/opt/stammkunde/bin/stammkunde"}"
            DESKTOP="${DESKTOP//APPLICATION_ICON/"/opt/stammkunde/lib/stammkunde.png"}"
            DESKTOP="${DESKTOP//APPLICATION_DESCRIPTION/"$SUMMARY"}"
            printf '%s\n' "$DESKTOP" > "$APP_IMAGE/lib/stammkunde.desktop"
            [ -f "$APP_IMAGE/lib/stammkunde.png" ] || die "no icon lib/stammkunde.png in the app image"
            # Section x11: Debian has no section "office" (the menu category is Office).
            "$JPACKAGE" --type deb "${COMMON[@]}" --description "$SUMMARY" ${VERBOSE[@]+"${VERBOSE[@]}"} \
                --app-image "$APP_IMAGE" --license-file "$DEB_LICENSE" --resource-dir "$RES" \
                --linux-package-name stammkunde ${GTK_DEP[@]+"${GTK_DEP[@]}"} \
                ${MAINTAINER[@]+"${MAINTAINER[@]}"} --linux-app-category x11
            rm -f "$APP_IMAGE/lib/stammkunde.desktop"
            DEB="$(ls "$OUT"/stammkunde_*.deb)"
            "$ROOT/installer/check-deb.sh" "$DEB" || die "$DEB failed the checks above"
            ;;
        windows)
            log "jpackage .msi"
            "$JPACKAGE" --type msi "${COMMON[@]}" --description "$DESCRIPTION" ${VERBOSE[@]+"${VERBOSE[@]}"} --app-image "$APP_IMAGE" \
                --icon "$ICON" --license-file "$LICENSE_FILE" \
                --win-per-user-install --win-menu --win-menu-group "$TITLE" --win-shortcut \
                --win-dir-chooser --win-upgrade-uuid 822a3ad5-e3b2-4c5c-a6d3-17b2dfb97816
            ;;
        mac)
            log "jpackage .dmg"
            "$JPACKAGE" --type dmg "${COMMON[@]}" --description "$DESCRIPTION" ${VERBOSE[@]+"${VERBOSE[@]}"} --app-image "$APP_IMAGE" \
                --icon "$ICON" --license-file "$LICENSE_FILE" \
                --mac-package-identifier de.stammkunde --mac-package-name "$TITLE"
            ;;
    esac
fi

rm -rf "$WORK"
log "result"
du -sh "$APP_IMAGE" | awk '{ printf "  %-8s %s  (app image)\n", $1, $2 }'
for f in "$OUT"/*.deb "$OUT"/*.msi "$OUT"/*.dmg; do
    [ -f "$f" ] && du -sh "$f" | awk '{ printf "  %-8s %s\n", $1, $2 }'
done
exit 0
