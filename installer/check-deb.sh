#!/usr/bin/env bash
# Checks what a shop owner's package manager shows of the Stammkunde .deb, and its menu entry:
#
#   installer/check-deb.sh target/installer/stammkunde_<v>-1_amd64.deb
#
# build.sh runs it on every .deb it makes and stops when it fails. It checks
#  - the maintainer is a name with an e-mail address (not jpackage's "<Unknown>");
#  - Depends lists no package twice, has GTK 3 (JavaFX needs it), and not xdg-utils (nothing of
#    ours runs it, and `dpkg -i` fails where it is missing);
#  - the description has a summary line of at most 80 characters and a long text;
#  - the section is one the Debian archive has;
#  - the copyright file is in the Debian format (every line a field or indented);
#  - the package has the menu entry and its icon, and the entry names the app, the Office
#    category, an English and a German comment, and a launcher and icon the package has.
# It prints each problem and exits 1 if there is one. Needs dpkg-deb only.
set -euo pipefail

DEB="${1:?usage: installer/check-deb.sh FILE.deb}"
[ -f "$DEB" ] || { echo "check-deb.sh: no such file $DEB" >&2; exit 2; }

PROBLEMS=0
problem() { echo "  .deb: $*" >&2; PROBLEMS=$((PROBLEMS + 1)); }
file_in_deb() { dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - "./${1#/}" 2>/dev/null; }

# ---- control
MAINTAINER="$(dpkg-deb -f "$DEB" Maintainer)"
grep -Eq '^[^<>]*[^<> ][^<>]* <[^<>@ ]+@[^<>@ ]+\.[^<>@ ]+>$' <<< "$MAINTAINER" \
    || problem "Maintainer is \"$MAINTAINER\", not a name with an e-mail address (<developers> in pom.xml)"

DEPENDS="$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/^ *//; s/ *$//' | grep -v '^$' || true)"
DUPLICATES="$(sed 's/ .*//' <<< "$DEPENDS" | sort | uniq -d | tr '\n' ' ')"
[ -z "$DUPLICATES" ] || problem "Depends lists these twice: $DUPLICATES"
grep -Eq '^libgtk-3-0(t64)?( |$)' <<< "$DEPENDS" || problem "Depends lacks GTK 3 (libgtk-3-0)"
if grep -Eq '^xdg-utils( |$)' <<< "$DEPENDS"; then
    problem "Depends has xdg-utils (jpackage's own menu entry crept back in)"
fi

DESCRIPTION="$(dpkg-deb -f "$DEB" Description)"
SUMMARY="$(head -n 1 <<< "$DESCRIPTION")"
[ "${#SUMMARY}" -le 80 ] || problem "the summary line of Description has ${#SUMMARY} characters (at most 80)"
[ "$(wc -l <<< "$DESCRIPTION")" -ge 2 ] || problem "Description has no long text after its summary line"

# The sections of the Debian archive (Debian policy 2.4).
SECTION="$(dpkg-deb -f "$DEB" Section)"
case " admin cli-mono comm database debug devel doc editors education electronics embedded fonts games gnome gnu-r gnustep graphics hamradio haskell httpd interpreters introspection java javascript kde kernel libdevel libs lisp localization mail math metapackages misc net news ocaml oldlibs otherosfs perl php python ruby rust science shells sound tasks tex text utils vcs video web x11 xfce zope " in
    *" $SECTION "*) ;;
    *) problem "Section \"$SECTION\" is not a section of the Debian archive" ;;
esac

# ---- copyright (deb822: a field, an indented continuation line, or an empty line between paragraphs)
COPYRIGHT="$(file_in_deb /opt/stammkunde/share/doc/copyright || true)"
if [ -z "$COPYRIGHT" ]; then
    problem "no copyright file /opt/stammkunde/share/doc/copyright"
else
    BAD="$(grep -Env '^$|^[A-Za-z][A-Za-z-]*:( |$)|^[ \t]' <<< "$COPYRIGHT" | head -n 3 || true)"
    [ -z "$BAD" ] || problem "copyright file is not in the Debian format here: $BAD"
    grep -q '^License: ' <<< "$COPYRIGHT" || problem "copyright file names no licence"
fi

# ---- menu entry and icon
CONTENTS="$(dpkg-deb -c "$DEB" | awk '{ print $NF }')"
has() { grep -qx "\.${1}" <<< "$CONTENTS"; }
has /opt/stammkunde/lib/stammkunde.png || problem "no icon /opt/stammkunde/lib/stammkunde.png"
DESKTOP="$(file_in_deb /opt/stammkunde/lib/stammkunde.desktop || true)"
if [ -z "$DESKTOP" ]; then
    problem "no menu entry /opt/stammkunde/lib/stammkunde.desktop"
else
    entry() { sed -n "s/^$1=//p" <<< "$DESKTOP" | head -n 1; }
    [ "$(entry Name)" = Stammkunde ] || problem "menu entry: Name is \"$(entry Name)\", not Stammkunde"
    grep -Eq '(^|;)Office;' <<< "$(entry Categories)" || problem "menu entry: not in the category Office"
    [ -n "$(entry Comment)" ] || problem "menu entry: no Comment"
    [ -n "$(entry 'Comment\[de\]')" ] || problem "menu entry: no German Comment[de]"
    EXEC="$(entry Exec)"; EXEC="${EXEC%% *}"
    has "$EXEC" || problem "menu entry: Exec $EXEC is not in the package"
    has "$(entry Icon)" || problem "menu entry: Icon $(entry Icon) is not in the package"
    if grep -q 'APPLICATION_' <<< "$DESKTOP"; then problem "menu entry: a placeholder was not filled in"; fi
fi

if [ "$PROBLEMS" -gt 0 ]; then
    echo "check-deb.sh: $PROBLEMS problem(s) in $DEB" >&2
    exit 1
fi
echo "  $DEB: maintainer, dependencies, description, section, copyright and menu entry OK"
