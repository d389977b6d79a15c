#!/bin/sh
# fetch-debs.sh - fetch Debian arm64 packages and unpack them into a sysroot.
#
#   scripts/fetch-debs.sh DEST pkg...
#
# For each package, `apt-get download pkg:arm64` into DEST/cache (skipped
# when a matching .deb is already there), then `dpkg -x` it into
# DEST/sysroot (skipped when DEST/sysroot/.unpacked/<deb> exists), so a
# second run does nothing and needs no network.  A package name that
# already carries an architecture (busybox-static:arm64, arch-test:all) is
# used as it is.  The arm64 architecture is added to dpkg if it is missing,
# and `apt-get update` runs only when a package cannot be downloaded.
#
# Exit status: 0 when every package is unpacked; 77 (the automake "skip"
# status) with a message on stderr when the archive cannot be reached or
# the machine cannot be set up for it (not root, no apt); 1 on misuse.
set -u

die_skip() {
	echo "fetch-debs: $*" >&2
	exit 77
}

if [ $# -lt 2 ]; then
	echo "usage: $0 DEST pkg..." >&2
	exit 1
fi
dest=$1
shift
command -v apt-get >/dev/null 2>&1 || die_skip "apt-get not found: not a Debian system"
command -v dpkg >/dev/null 2>&1 || die_skip "dpkg not found: not a Debian system"

mkdir -p "$dest/cache" "$dest/sysroot/.unpacked" || exit 1
cache=$(cd "$dest/cache" && pwd)
sysroot=$(cd "$dest/sysroot" && pwd)

is_root() { [ "$(id -u)" = 0 ]; }

# Make dpkg/apt know about arm64 (Debian multiarch).
ensure_arm64() {
	[ "$(dpkg --print-architecture)" = arm64 ] && return 0
	dpkg --print-foreign-architectures | grep -qx arm64 && return 0
	is_root || die_skip "the arm64 architecture is not enabled and we are not root (run: dpkg --add-architecture arm64 && apt-get update)"
	dpkg --add-architecture arm64 || die_skip "dpkg --add-architecture arm64 failed"
}

updated=no
apt_update() {
	[ "$updated" = yes ] && return 1
	updated=yes
	is_root || return 1
	echo "fetch-debs: apt-get update" >&2
	apt-get update -qq >/dev/null 2>&1
}

# The cached .deb of a package (name without architecture), if any.
cached_deb() {
	ls "$cache/$1"_*.deb 2>/dev/null | head -n 1
}

fetch_one() {
	spec=$1
	case $spec in
	*:*) name=${spec%%:*} ;;
	*) name=$spec; spec=$spec:arm64 ;;
	esac
	deb=$(cached_deb "$name")
	if [ -z "$deb" ]; then
		ensure_arm64
		if ! (cd "$cache" && apt-get download -qq "$spec" >/dev/null 2>&1); then
			apt_update || true
			(cd "$cache" && apt-get download -qq "$spec" >/dev/null 2>&1) ||
				die_skip "cannot download $spec (is the Debian archive reachable?)"
		fi
		deb=$(cached_deb "$name")
		[ -n "$deb" ] || die_skip "apt-get download $spec produced no .deb"
	fi
	stamp="$sysroot/.unpacked/$(basename "$deb")"
	[ -e "$stamp" ] && return 0
	dpkg -x "$deb" "$sysroot" || { echo "fetch-debs: dpkg -x $deb failed" >&2; exit 1; }
	: > "$stamp"
}

for p in "$@"; do
	fetch_one "$p"
done
exit 0
