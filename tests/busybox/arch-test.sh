#!/bin/sh
# tests/busybox/arch-test.sh - Debian's arch-test probe for arm64 under
# ferry must print "ok" (TAP).  The probe is a tiny static binary that
# checks the ISA and ABI basics; it comes from the arch-test package:
# /usr/lib/arch-test/arm64 when installed, else fetched into the build
# tree with scripts/fetch-debs.sh.
set -u
here=$(cd "$(dirname "$0")" && pwd)
srcroot=${abs_top_srcdir:-$(cd "$here/../.." && pwd)}
bld=${abs_top_builddir:-$(pwd)}
FERRY=${FERRY:-$bld/ferry}
probe=/usr/lib/arch-test/arm64
if [ ! -f "$probe" ]; then
	dest=$bld/tests/busybox/work
	mkdir -p "$dest" || exit 99
	"$srcroot/scripts/fetch-debs.sh" "$dest/debs" arch-test:all >"$dest/fetch-arch-test.log" 2>&1
	probe=$dest/debs/sysroot/usr/lib/arch-test/arm64
	if [ ! -f "$probe" ]; then
		echo "1..0 # SKIP no /usr/lib/arch-test/arm64 (package arch-test) and cannot fetch it: $(tail -n 1 "$dest/fetch-arch-test.log")"
		exit 0
	fi
fi
echo "1..1"
out=$(timeout -k 5 60 $FERRY "$probe" 2>&1); st=$?
if [ "$out" = ok ] && [ $st = 0 ]; then
	echo "ok 1 - $probe prints ok"
else
	echo "not ok 1 - $probe under ferry: exit status $st"
	printf '%s\n' "$out" | sed -e 's/^/# /' -e 20q
	exit 1
fi
