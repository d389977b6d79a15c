# tests/diff/diff_lib.sh - the shared part of the differential test
# runners (run.sh, run-fp.sh): find the tools, pick the seeds, and for each
# seed generate, assemble, run under qemu and ferry and compare (TAP).
# Sourced, not run; a runner sets what differs and calls diff_run:
#
#   diff_gen=gen                 generator program (tests/diff/$diff_gen.c)
#   diff_work=work               work folder under tests/diff in the build
#   diff_nseq=1000 diff_loops=4  defaults of DIFF_NSEQ and DIFF_LOOPS
#   diff_min_executions=100000   the fixed seeds must execute this many
#   diff_seeds="1 2 3 4 5 6"     the fixed seeds
#   diff_ccflags=-march=...      extra flags for $AARCH64_CC (may be empty)
#   . "$(dirname "$0")/diff_lib.sh"
#   diff_run "$@"
#
# Environment: FERRY, QEMU_AARCH64, AARCH64_CC, DIFF_WORK, DIFF_NSEQ,
# DIFF_LOOPS, DIFF_LONG (N random seeds instead of the fixed ones).

diff_run()
{
	here=$(cd "$(dirname "$0")" && pwd)
	bld=${abs_top_builddir:-$(pwd)}
	work=${DIFF_WORK:-$bld/tests/diff/$diff_work}
	FERRY=${FERRY:-$bld/ferry}
	QEMU_AARCH64=${QEMU_AARCH64:-}
	AARCH64_CC=${AARCH64_CC:-}
	NSEQ=${DIFF_NSEQ:-$diff_nseq}
	LOOPS=${DIFF_LOOPS:-$diff_loops}
	MIN_EXECUTIONS=$diff_min_executions

	if [ -z "$AARCH64_CC" ]; then
		echo "1..0 # SKIP no aarch64 cross compiler (aarch64-linux-gnu-gcc)"; exit 0
	fi
	if [ -z "$QEMU_AARCH64" ]; then
		echo "1..0 # SKIP no qemu-aarch64 to compare with (install qemu-user-static)"; exit 0
	fi
	mkdir -p "$work" || exit 99

	gen=$bld/tests/diff/$diff_gen
	if [ ! -x "$gen" ]; then	# run by hand outside make: build it here
		gen=$work/$diff_gen
		${CC_FOR_BUILD:-${CC:-cc}} -O2 -o "$gen" "$here/$diff_gen.c" "$here/gen_common.c" ||
			{ echo "Bail out! cannot build $diff_gen.c"; exit 99; }
	fi

	if [ $# -gt 0 ]; then
		seeds="$*"
	elif [ -n "${DIFF_LONG:-}" ]; then
		base=$(date +%s)
		seeds=$(seq "$base" $((base + DIFF_LONG - 1)))
		echo "# random seeds $base .. $((base + DIFF_LONG - 1))"
	else
		seeds=$diff_seeds
	fi

	n=0; fails=0; total=0
	for seed in $seeds; do
		n=$((n + 1))
		diff_seed "$seed"
	done
	if [ $# -eq 0 ] && [ -z "${DIFF_LONG:-}" ]; then
		n=$((n + 1))
		if [ "$total" -ge "$MIN_EXECUTIONS" ]; then
			echo "ok $n - $total instruction executions (at least $MIN_EXECUTIONS)"
		else
			echo "not ok $n - only $total instruction executions, want at least $MIN_EXECUTIONS"; fails=$((fails + 1))
		fi
	fi
	echo "1..$n"
	[ "$fails" -eq 0 ]
}

# One seed: test point $n; counts into $fails and $total.
diff_seed()
{
	seed=$1
	p=$work/s$seed
	if ! "$gen" "$seed" "$NSEQ" "$LOOPS" >"$p.S" 2>"$p.count"; then
		echo "not ok $n - seed $seed: generator failed"; fails=$((fails + 1)); return
	fi
	# shellcheck disable=SC2086  # $diff_ccflags: zero or more words
	if ! $AARCH64_CC -static -nostdlib $diff_ccflags -o "$p" "$p.S" >"$p.cc" 2>&1; then
		echo "not ok $n - seed $seed: the generated program does not assemble"
		sed -e 's/^/# /' -e 20q "$p.cc"; fails=$((fails + 1)); return
	fi
	exe=$(sed -n 's/^executions //p' "$p.count")
	total=$((total + exe))
	timeout -k 5 300 $QEMU_AARCH64 "$p" >"$p.qemu" 2>"$p.qemu.err"; qs=$?
	timeout -k 5 300 $FERRY "$p" >"$p.ferry" 2>"$p.ferry.err"; fs=$?
	if [ "$qs" != 0 ]; then
		echo "not ok $n - seed $seed: qemu exited $qs (a generator bug)"
		sed -e 's/^/# /' -e 10q "$p.qemu.err"; fails=$((fails + 1)); return
	fi
	if [ "$fs" = 0 ] && cmp -s "$p.qemu" "$p.ferry"; then
		echo "ok $n - seed $seed: $exe executions identical"
		rm -f "$p" "$p.S" "$p.qemu" "$p.ferry" "$p.qemu.err" "$p.ferry.err" "$p.cc" "$p.count"
	else
		echo "not ok $n - seed $seed: ferry differs from qemu (ferry exit status $fs; program kept in $p.S)"
		"$gen" -c "$p.S" "$p.qemu" "$p.ferry" | sed -e 's/^/# /' -e 150q
		[ -s "$p.ferry.err" ] && { echo "# ferry stderr:"; sed -e 's/^/# /' -e 20q "$p.ferry.err"; }
		fails=$((fails + 1))
	fi
}
