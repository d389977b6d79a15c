#!/bin/sh
# tests/guest/run.sh - run the AArch64 guest programs under ferry (TAP).
#
# Every tests/guest/aarch64/*.c and *.S is a test program.  Comment lines
# at its top describe it:
#   // test-expect: file|native  file: stdout must equal NAME.expected;
#                                native: the same source built for the
#                                build machine gives the expected stdout
#                                and exit status (portable C only)
#   // test-status: N            expected exit status for `file` (default
#                                0; 128+sig for death by signal)
#   // test-cflags: ...          extra compiler flags (both builds)
#   // test-ldflags: ...         link flags (default -lm)
#   // test-args: ...            arguments, shell-quoted
# GUEST_NO_QEMU=1 skips the comparisons with qemu (run-tier2.sh).
#   // test-skip: REASON         do not run yet, and say why (counts as
#                                two skipped results)
#   // test-qemu: differs        skip the comparison with qemu (qemu is
#                                known to be wrong or unable there)
# Each program is built with $AARCH64_CC -static -O2 into
# $abs_top_builddir/tests/guest/bin, run under $FERRY in a fresh empty
# directory with a fixed environment, and checked (one TAP line); when
# $QEMU_AARCH64 is set it is also run under qemu and ferry's stdout and
# exit status must equal qemu's (a second TAP line).
#
#   FERRY=qemu-aarch64-static tests/guest/run.sh [name...]   (develop)
set -u

here=$(cd "$(dirname "$0")" && pwd)
src=${abs_top_srcdir:+$abs_top_srcdir/tests/guest/aarch64}
src=${src:-$here/aarch64}
bld=${GUEST_BIN:-${abs_top_builddir:-$(pwd)}/tests/guest/bin}
FERRY=${FERRY:-${abs_top_builddir:-.}/ferry}
QEMU_AARCH64=${QEMU_AARCH64:-}
AARCH64_CC=${AARCH64_CC:-}
HOSTCC=${CC_FOR_BUILD:-${CC:-cc}}

if [ -z "$AARCH64_CC" ]; then
	echo "1..0 # SKIP no aarch64 cross compiler (configure found no aarch64-linux-gnu-gcc)"
	exit 0
fi
mkdir -p "$bld" || exit 99
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-guest.XXXXXX") || exit 99
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT INT TERM

n=0
fails=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
notok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $*"; }
diag() { sed -e 's/^/# /' -e 200q; }

meta() {	# meta FILE KEY -> value of "// test-KEY: value"
	sed -n "s|^// test-$2: *||p" "$1" | head -n 1
}

# newer TARGET DEP... : true if TARGET is missing or older than a DEP
stale() {
	t=$1; shift
	[ -e "$t" ] || return 0
	for d in "$@"; do [ "$d" -nt "$t" ] && return 0; done
	return 1
}

# run_in_dir OUTPREFIX CMD... : run in a fresh directory with a fixed
# environment; leaves OUTPREFIX.out, .err, .status.
run_in_dir() {
	out=$1; shift
	d="$work/dir.$n.$(basename "$out")"
	rm -rf "$d"; mkdir -p "$d"
	# The inner shell reports a death by signal as 128+sig in .status and
	# prints its "Illegal instruction" notice to /dev/null, not the log.
	(cd "$d" && exec env -i PATH=/usr/bin:/bin HOME="$d" TZ=UTC LC_ALL=C \
		FERRYTEST_A=1 FERRYTEST_SPACES='a  b' FERRYTEST_Z=last \
		sh -c 'o=$1; shift; timeout -k 5 120 "$@" >"$o.out" 2>"$o.err" </dev/null; echo $? >"$o.status"' \
		sh "$out" "$@") 2>/dev/null
	chmod -R u+w "$d" 2>/dev/null; rm -rf "$d"
}

# run_guest RUNNER OUTPREFIX PROGRAM ARGS...  (RUNNER may hold options)
run_guest() {
	rg_runner=$1; rg_out=$2; shift 2
	# shellcheck disable=SC2086
	run_in_dir "$rg_out" $rg_runner "$@"
}

names=
if [ $# -gt 0 ]; then
	names="$*"
else
	# .S programs first: they have no dependencies, and spawn_self runs
	# hello, which must be built by then
	for f in "$src"/*.S "$src"/*.c; do
		[ -e "$f" ] || continue
		b=$(basename "$f"); names="$names ${b%.*}"
	done
fi

for name in $names; do
	f="$src/$name.c"; [ -e "$f" ] || f="$src/$name.S"
	expect=$(meta "$f" expect); status=$(meta "$f" status)
	cflags=$(meta "$f" cflags); ldflags=$(meta "$f" ldflags)
	args=$(meta "$f" args); qemu=$(meta "$f" qemu)
	skip=$(meta "$f" skip)
	if [ -n "$skip" ]; then
		n=$((n + 1)); echo "ok $n - $name # SKIP $skip"
		n=$((n + 1)); echo "ok $n - $name: same as qemu # SKIP $skip"
		continue
	fi
	[ -n "$ldflags" ] || ldflags=-lm
	bin="$bld/$name"; o="$work/$name"
	eval "set -- $args"

	# shellcheck disable=SC2086
	if stale "$bin" "$f" "$src/guest_test.h" &&
	   ! $AARCH64_CC -static -O2 -I"$src" $cflags -o "$bin" "$f" $ldflags >"$o.cc" 2>&1; then
		notok "$name: build with $AARCH64_CC"; diag <"$o.cc"; continue
	fi
	if [ "$expect" = native ]; then
		# shellcheck disable=SC2086
		if stale "$bin.native" "$f" && ! $HOSTCC -O2 $cflags -o "$bin.native" "$f" $ldflags >"$o.cc" 2>&1; then
			notok "$name: native build with $HOSTCC"; diag <"$o.cc"; continue
		fi
		run_in_dir "$o.want" "$bin.native" "$@"
		want="$o.want.out"; wstatus=$(cat "$o.want.status")
	else
		want="$src/$name.expected"; wstatus=${status:-0}
	fi

	run_guest "$FERRY" "$o.ferry" "$bin" "$@"
	fstatus=$(cat "$o.ferry.status")
	if cmp -s "$want" "$o.ferry.out" && [ "$fstatus" = "$wstatus" ]; then
		ok "$name"
	else
		notok "$name: stdout or exit status differs from the expected ($expect)"
		echo "# exit status: got $fstatus, want $wstatus"
		diff -u "$want" "$o.ferry.out" | diag
		[ -s "$o.ferry.err" ] && { echo "# stderr:"; diag <"$o.ferry.err"; }
	fi

	[ -n "$QEMU_AARCH64" ] && [ -z "${GUEST_NO_QEMU:-}" ] || continue
	if [ "$qemu" = differs ]; then
		ok "$name: same as qemu # SKIP qemu known to differ here"
		continue
	fi
	run_guest "$QEMU_AARCH64" "$o.qemu" "$bin" "$@"
	qstatus=$(cat "$o.qemu.status")
	if cmp -s "$o.qemu.out" "$o.ferry.out" && [ "$fstatus" = "$qstatus" ]; then
		ok "$name: same as qemu"
	else
		notok "$name: differs from qemu"
		echo "# exit status: ferry $fstatus, qemu $qstatus"
		diff -u "$o.qemu.out" "$o.ferry.out" | diag
	fi
done
echo "1..$n"
[ "$fails" -eq 0 ]
