#!/bin/sh
# fetch-sysroot.sh - a Debian arm64 sysroot holding some packages and
# everything they need to run.
#
#   scripts/fetch-sysroot.sh DEST pkg...
#
# Resolves the packages' dependency closure (Depends and Pre-Depends, not
# Recommends) for the arm64 architecture with `apt-cache depends
# --recurse`, then hands the list to scripts/fetch-debs.sh, which downloads
# each .deb into DEST/cache and unpacks it with `dpkg -x` into
# DEST/sysroot.  Architecture-independent packages of the closure
# (perl-modules, readline-common, media-types, ...) are fetched as :all;
# packages the recursion reaches in the host's architecture only (through
# an :all package's dependencies) are left out, their arm64 twins are in.
#
# Absolute symbolic links inside the sysroot are made relative, so that
# they resolve inside it (/usr/bin/x -> /etc/alternatives/x would escape
# to the host), and the arm64 dynamic linker must resolve.
#
# Idempotent: a stamp per package set (DEST/.stamp-<hash of the sorted
# names>) makes a second run return at once without apt or the network.
# Exit status: 0 done; 77 (automake "skip") with a message when the
# archive cannot be reached or the machine cannot be set up for it (no
# apt, not root, no arm64 lists); 1 on misuse or a broken result.
set -u

die_skip() {
	echo "fetch-sysroot: $*" >&2
	exit 77
}
die() {
	echo "fetch-sysroot: $*" >&2
	exit 1
}

if [ $# -lt 2 ]; then
	echo "usage: $0 DEST pkg..." >&2
	exit 1
fi
here=$(cd "$(dirname "$0")" && pwd)
dest=$1
shift
mkdir -p "$dest" || exit 1
dest=$(cd "$dest" && pwd)
sysroot=$dest/sysroot

set_id=$(printf '%s\n' "$@" | sort -u | cksum | tr ' ' '-')
stamp=$dest/.stamp-$set_id
if [ -e "$stamp" ] && [ -d "$sysroot" ]; then
	exit 0
fi

command -v apt-cache >/dev/null 2>&1 || die_skip "apt-cache not found: not a Debian system"
command -v dpkg >/dev/null 2>&1 || die_skip "dpkg not found: not a Debian system"

# The arm64 package lists must be known to apt before it can resolve.
have_lists() { apt-cache show "$1:arm64" >/dev/null 2>&1; }
if ! have_lists "$1"; then
	[ "$(id -u)" = 0 ] || die_skip "apt knows no arm64 packages and we are not root (run: dpkg --add-architecture arm64 && apt-get update)"
	if ! dpkg --print-foreign-architectures | grep -qx arm64 &&
		[ "$(dpkg --print-architecture)" != arm64 ]; then
		dpkg --add-architecture arm64 || die_skip "dpkg --add-architecture arm64 failed"
	fi
	echo "fetch-sysroot: apt-get update" >&2
	apt-get update -qq >/dev/null 2>&1 || die_skip "apt-get update failed (is the Debian archive reachable?)"
	have_lists "$1" || die_skip "no arm64 package $1 after apt-get update"
fi

# The closure.  Each package appears once as an unindented header line:
# "name:arm64" for an arm64 package, "name" for a host-architecture or an
# :all package, "<name:arm64>" for a virtual one (skipped: a real
# provider is listed too).
args=
for p in "$@"; do args="$args $p:arm64"; done
# shellcheck disable=SC2086
closure=$(apt-cache depends --recurse --no-recommends --no-suggests \
	--no-conflicts --no-breaks --no-replaces --no-enhances $args) ||
	die_skip "apt-cache depends failed for:$args"
headers=$(printf '%s\n' "$closure" | grep -v '^[ <]' | sort -u)
arm=$(printf '%s\n' "$headers" | sed -n 's/:arm64$//p')
plain=$(printf '%s\n' "$headers" | grep -v ':')
all=
if [ -n "$plain" ]; then
	# shellcheck disable=SC2086
	all=$(apt-cache show --no-all-versions $plain 2>/dev/null | awk '
		/^Package:/ { p = $2 }
		/^Architecture: all$/ { print p ":all" }' | sort -u)
fi
[ -n "$arm" ] || die "empty closure for:$args"
echo "fetch-sysroot: $(printf '%s\n' $arm $all | wc -l) packages" >&2

# shellcheck disable=SC2086
"$here/fetch-debs.sh" "$dest" $arm $all
rc=$?
[ $rc = 0 ] || exit $rc

# Absolute links -> relative ones (a link in usr/bin pointing at /x
# becomes ../../x).
find "$sysroot" -type l | while IFS= read -r link; do
	target=$(readlink "$link")
	case $target in
	/*) ;;
	*) continue ;;
	esac
	rel=${link#"$sysroot"/}
	dir=$(dirname "$rel")
	up=
	[ "$dir" = . ] || up=$(printf '%s\n' "$dir" | sed 's|[^/][^/]*|..|g')/
	new=$up${target#/}
	ln -sfn "$new" "$link" || die "cannot rewrite the link $link"
done

ldso=$sysroot/lib/ld-linux-aarch64.so.1
[ -e "$ldso" ] || die "$ldso does not resolve after unpacking"

: >"$stamp"
exit 0
