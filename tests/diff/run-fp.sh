#!/bin/sh
# tests/diff/run-fp.sh - differential FP and SIMD instruction test, ferry vs qemu (TAP).
#
# For each seed, tests/diff/genfp writes an AArch64 program of random FP
# and Advanced SIMD sequences (see genfp.c; V registers with NaNs,
# infinities, denormals and -0, every FPCR rounding mode, FZ and DN); it
# is assembled with $AARCH64_CC
# -static -nostdlib, run under $QEMU_AARCH64 (the reference) and $FERRY,
# and the result records are compared.  A mismatch prints the sequence,
# its inputs and the differing V, X, FPCR, FPSR and NZCV values.
#
#   make check                    fixed seeds (>= 40,000 executions)
#   make check-diff-fp-long       DIFF_LONG=N random seeds (DIFF_SEEDS)
#   FERRY=... tests/diff/run-fp.sh [seed...]
set -u

here=$(cd "$(dirname "$0")" && pwd)
bld=${abs_top_builddir:-$(pwd)}
work=${DIFF_WORK:-$bld/tests/diff/work-fp}
FERRY=${FERRY:-$bld/ferry}
QEMU_AARCH64=${QEMU_AARCH64:-}
AARCH64_CC=${AARCH64_CC:-}
NSEQ=${DIFF_NSEQ:-2500}
LOOPS=${DIFF_LOOPS:-2}
MIN_EXECUTIONS=40000

if [ -z "$AARCH64_CC" ]; then
	echo "1..0 # SKIP no aarch64 cross compiler (aarch64-linux-gnu-gcc)"; exit 0
fi
if [ -z "$QEMU_AARCH64" ]; then
	echo "1..0 # SKIP no qemu-aarch64 to compare with (install qemu-user-static)"; exit 0
fi
mkdir -p "$work" || exit 99

gen=$bld/tests/diff/genfp
if [ ! -x "$gen" ]; then	# run by hand outside make: build it here
	gen=$work/genfp
	${CC_FOR_BUILD:-${CC:-cc}} -O2 -o "$gen" "$here/genfp.c" || { echo "Bail out! cannot build genfp.c"; exit 99; }
fi

if [ $# -gt 0 ]; then
	seeds="$*"
elif [ -n "${DIFF_LONG:-}" ]; then
	base=$(date +%s)
	seeds=$(seq "$base" $((base + DIFF_LONG - 1)))
	echo "# random seeds $base .. $((base + DIFF_LONG - 1))"
else
	seeds="1 2 3 4"
fi

n=0; fails=0; total=0
for seed in $seeds; do
	n=$((n + 1))
	p=$work/s$seed
	if ! "$gen" "$seed" "$NSEQ" "$LOOPS" >"$p.S" 2>"$p.count"; then
		echo "not ok $n - seed $seed: generator failed"; fails=$((fails + 1)); continue
	fi
	if ! $AARCH64_CC -static -nostdlib -o "$p" "$p.S" >"$p.cc" 2>&1; then
		echo "not ok $n - seed $seed: the generated program does not assemble"
		sed -e 's/^/# /' -e 20q "$p.cc"; fails=$((fails + 1)); continue
	fi
	exe=$(sed -n 's/^executions //p' "$p.count")
	total=$((total + exe))
	timeout -k 5 300 $QEMU_AARCH64 "$p" >"$p.qemu" 2>"$p.qemu.err"; qs=$?
	timeout -k 5 300 $FERRY "$p" >"$p.ferry" 2>"$p.ferry.err"; fs=$?
	if [ "$qs" != 0 ]; then
		echo "not ok $n - seed $seed: qemu exited $qs (a generator bug)"
		sed -e 's/^/# /' -e 10q "$p.qemu.err"; fails=$((fails + 1)); continue
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
