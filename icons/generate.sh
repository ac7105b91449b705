#!/usr/bin/env bash
# Renders the Stammkunde application icon in every format the app and the installers need.
#
#   icons/generate.sh            (from anywhere; safe to run again, it overwrites its outputs)
#
# Sources (hand-written SVG, edit these):
#   icons/stammkunde.svg      the icon, 256x256 units; used for 32 px and up
#   icons/stammkunde-16.svg   the same design hand-hinted on a 16x16 pixel grid; used for 16 px
# Outputs (committed, so that a build needs none of the tools below):
#   icons/png/stammkunde-{16,32,48,64,128,256,512}.png
#   icons/stammkunde.ico      Windows, 16/32/48/64/128/256 in one file (jpackage --icon on Windows)
#   icons/stammkunde.icns     macOS (jpackage --icon on macOS)
#   src/main/resources/de/stammkunde/ui/icons/app-{16,32,48,64,128,256}.png  (window icons)
#
# Needs these Debian packages (installed with apt-get when missing and run as root):
#   librsvg2-bin  (rsvg-convert)   imagemagick  (convert, for the .ico)   icnsutils  (png2icns)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
RES="$ROOT/src/main/resources/de/stammkunde/ui/icons"

# /usr/local/bin may hold a stand-in "convert" on some machines: always use ImageMagick's own.
CONVERT=/usr/bin/convert

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
[ -x "$CONVERT" ] || need+=(imagemagick)
command -v png2icns >/dev/null || need+=(icnsutils)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
        echo "generate.sh: please install: ${need[*]} (apt-get install ${need[*]})" >&2
        exit 1
    fi
fi

mkdir -p "$HERE/png" "$RES"

for size in 16 32 48 64 128 256 512; do
    src="$HERE/stammkunde.svg"
    [ "$size" -eq 16 ] && src="$HERE/stammkunde-16.svg"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --format png --output "$HERE/png/stammkunde-$size.png" "$src"
done

# Windows .ico: every size up to 256 (ImageMagick keeps each PNG as one entry).
"$CONVERT" $(for s in 16 32 48 64 128 256; do echo "$HERE/png/stammkunde-$s.png"; done) \
    "$HERE/stammkunde.ico"

# macOS .icns: png2icns takes 16, 32, 48, 128, 256 and 512.
png2icns "$HERE/stammkunde.icns" \
    $(for s in 16 32 48 128 256 512; do echo "$HERE/png/stammkunde-$s.png"; done) >/dev/null

# Window icons for the application (loaded from the class path as /de/stammkunde/ui/icons/app-N.png).
for size in 16 32 48 64 128 256; do
    cp "$HERE/png/stammkunde-$size.png" "$RES/app-$size.png"
done

echo "icons written:"
ls -l "$HERE"/png/*.png "$HERE/stammkunde.ico" "$HERE/stammkunde.icns" "$RES"/app-*.png \
    | awk '{ printf "  %8d  %s\n", $5, $NF }'
