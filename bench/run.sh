#!/bin/bash
# bench/run.sh - time ferry's benchmark workloads under native x86-64,
# qemu-aarch64-static and ferry, and print the ratios.
#
# Benchmarks are not tests: no time ever fails anything. A wrong result
# does: every run prints a checksum, and a runner whose checksum differs
# from the reference (native, else the first runner that ran) is marked
# WRONG in the table and the script exits 1. A crash or timeout is FAIL.
#
# Usage: bench/run.sh [--quick] [--only NAME[,NAME...]] [--runs N]
#                     [--scale N] [--perf] [--build DIR] [--help]
#   --quick     scale 1 (about 0.1 s native per workload), 1 run, startup x20
#   --only      run only the named workloads (see bench/src/*.c)
#   --runs N    best of N runs (default 3; --quick sets 1)
#   --scale N   workload scale (default 10: about 0.5-1.5 s native each)
#   --perf      also count host instructions with `perf stat` (if supported)
#   --build DIR where binaries go (default ./bench-build)
# Environment:
#   FERRY   ferry to run (default ./ferry if present; any command that runs
#           an AArch64 program works, e.g. FERRY=qemu-aarch64-static)
#   QEMU    qemu to compare against (default qemu-aarch64-static)
#   CC      native compiler (default gcc); CC_A64 (aarch64-linux-gnu-gcc)
#   BENCH_TIMEOUT  seconds before one run counts as FAIL (default 600)
#   STARTUP_RUNS   how often the startup workload runs per timing (200)
# Timing uses hyperfine when installed (its minimum), else the best of N
# wall-clock runs measured by bash's $EPOCHREALTIME.
# Example: make bench   or   FERRY=/tmp/b/ferry bench/run.sh --quick --only fib

set -u

srcdir=$(cd "$(dirname "$0")" && pwd)
build=$PWD/bench-build
runs=3
scale=10
startup_runs=${STARTUP_RUNS:-200}
only=
perf=0
quick=0
timeout_s=${BENCH_TIMEOUT:-600}
cc=${CC:-gcc}
cc_a64=${CC_A64:-aarch64-linux-gnu-gcc}
cflags="-std=gnu11 -O2 -ffp-contract=off -Wall -Wextra"
runs_set=0

usage() { sed -n '2,/^# Example/s/^# \{0,1\}//p' "$0"; exit "$1"; }
die() { echo "bench: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
	case $1 in
	--quick) quick=1 ;;
	--only) [ $# -ge 2 ] || die "--only needs a name"; only=$2; shift ;;
	--only=*) only=${1#--only=} ;;
	--runs) [ $# -ge 2 ] || die "--runs needs N"; runs=$2; runs_set=1; shift ;;
	--scale) [ $# -ge 2 ] || die "--scale needs N"; scale=$2; shift ;;
	--perf) perf=1 ;;
	--build) [ $# -ge 2 ] || die "--build needs DIR"; build=$2; shift ;;
	-h|--help) usage 0 ;;
	*) echo "bench: unknown option $1" >&2; usage 2 ;;
	esac
	shift
done
if [ "$quick" = 1 ]; then
	scale=1
	[ "$runs_set" = 1 ] || runs=1
	[ -n "${STARTUP_RUNS:-}" ] || startup_runs=20
fi
case $runs$scale$startup_runs in *[!0-9]*) die "--runs/--scale need numbers" ;; esac
[ "$runs" -ge 1 ] || die "--runs must be at least 1"

# -- Workloads ------------------------------------------------------------

all_workloads=$(cd "$srcdir/src" && ls *.c | sed 's/\.c$//')
if [ -n "$only" ]; then
	workloads=
	for w in ${only//,/ }; do
		[ -f "$srcdir/src/$w.c" ] || die "no workload '$w' (have: $(echo $all_workloads))"
		workloads="$workloads $w"
	done
else
	workloads=$all_workloads
fi

# -- Runners: native, qemu, ferry -----------------------------------------

# resolve CMD: print an executable path for CMD, or nothing.
resolve() {
	case $1 in
	*/*) [ -x "$1" ] && echo "$1" ;;
	*) command -v "$1" 2>/dev/null ;;
	esac
}

notes=
note() { notes="$notes$*"$'\n'; echo "bench: $*" >&2; }

qemu=$(resolve "${QEMU:-qemu-aarch64-static}")
[ -n "$qemu" ] || note "qemu: ${QEMU:-qemu-aarch64-static} not found, column skipped"
if [ -n "${FERRY:-}" ]; then
	ferry=$(resolve "$FERRY")
	[ -n "$ferry" ] || note "ferry: $FERRY not found or not executable, column skipped"
else
	ferry=$(resolve ./ferry)
	[ -n "$ferry" ] || note "ferry: no ./ferry here and FERRY unset, column skipped"
fi
have_native=1
command -v "$cc" >/dev/null || { have_native=0; note "native: $cc not found, column skipped"; }
command -v "$cc_a64" >/dev/null ||
	{ qemu=; ferry=; note "$cc_a64 not found: no AArch64 builds, qemu and ferry skipped"; }

# -- Build ----------------------------------------------------------------

mkdir -p "$build" || die "cannot create $build"

# build OUT COMPILER SRC: compile when OUT is missing or older than SRC
# (or this script). Static first; a native host without libc.a falls
# back to a dynamic binary (noted: start-up then includes ld.so).
build_one() {
	local out=$1 compiler=$2 src=$3
	[ -x "$out" ] && [ "$out" -nt "$src" ] && [ "$out" -nt "$0" ] && return 0
	if $compiler $cflags -static -o "$out" "$src" -lm 2>"$out.log"; then
		return 0
	fi
	if [ "$compiler" = "$cc" ] && $compiler $cflags -o "$out" "$src" -lm 2>"$out.log"; then
		note "$(basename "$out"): built dynamically (no static libc for $cc)"
		return 0
	fi
	note "build of $out failed:"; cat "$out.log" >&2
	return 1
}

for w in $workloads; do
	if [ "$have_native" = 1 ]; then
		build_one "$build/$w.x86_64" "$cc" "$srcdir/src/$w.c" || rm -f "$build/$w.x86_64"
	fi
	if [ -n "$qemu$ferry" ]; then
		build_one "$build/$w.aarch64" "$cc_a64" "$srcdir/src/$w.c" || rm -f "$build/$w.aarch64"
	fi
done

# -- Timing ---------------------------------------------------------------

# cmd_for RUNNER WORKLOAD: the command line (words) of one run.
cmd_for() {
	case $1 in
	native) echo "$build/$2.x86_64" ;;
	qemu) echo "$qemu $build/$2.aarch64" ;;
	ferry) echo "$ferry $build/$2.aarch64" ;;
	esac
}

arg_for() {
	if [ "$1" = startup ]; then echo 10; else echo "$scale"; fi
}

# run_once WORKLOAD CMD... : one timed unit of work, output to stdout.
# The startup workload is many short processes; only the first one's
# output is kept (they all print the same line).
run_once() {
	local w=$1; shift
	if [ "$w" = startup ]; then
		# One timeout around the whole loop: a timeout process per run
		# would add its own start-up to the time being measured.
		timeout "$timeout_s" "$@" "$(arg_for "$w")" || return
		timeout "$timeout_s" bash -c 'n=$1; shift
			for ((i = 1; i < n; i++)); do "$@" >/dev/null || exit 1; done' \
			_ "$startup_runs" "$@" "$(arg_for "$w")"
	else
		timeout "$timeout_s" "$@" "$(arg_for "$w")"
	fi
}

now() { echo "${EPOCHREALTIME:-$(date +%s.%N)}"; }

# perf needs hardware counters, which many VMs and containers lack.
if [ "$perf" = 1 ]; then
	if ! command -v perf >/dev/null; then
		perf=0; note "perf: not installed, --perf ignored"
	elif ! perf stat -x, -e instructions -- true 2>&1 | grep -q '^[0-9]'; then
		perf=0; note "perf: no instruction counter here (perf stat says not supported), --perf ignored"
	fi
fi

have_hyperfine=0
command -v hyperfine >/dev/null && have_hyperfine=1

# time_best WORKLOAD CMD...: print the best time in seconds of $runs runs.
# A failed run's messages are left in $build/timing.log.
time_best() {
	local w=$1; shift
	if [ "$have_hyperfine" = 1 ]; then
		local csv=$build/hyperfine.csv cmd
		if [ "$w" = startup ]; then
			cmd="for i in \$(seq $startup_runs); do $* 10 >/dev/null || exit 1; done"
		else
			cmd="$* $(arg_for "$w")"
		fi
		hyperfine --runs "$runs" --style none --export-csv "$csv" "$cmd" \
			>"$build/timing.log" 2>&1 || return 1
		awk -F, 'NR == 2 { printf "%.3f\n", $7 }' "$csv"
		return
	fi
	local best='' t0 t1 i
	for ((i = 0; i < runs; i++)); do
		t0=$(now)
		run_once "$w" "$@" >/dev/null 2>"$build/timing.log" || return 1
		t1=$(now)
		best=$(awk -v a="$t0" -v b="$t1" -v best="$best" \
			'BEGIN { t = b - a; if (best == "" || t < best) best = t; printf "%.3f\n", best }')
	done
	echo "$best"
}

# perf_insns WORKLOAD CMD...: host instructions (millions) of one run.
perf_insns() {
	local w=$1; shift
	local out
	out=$(perf stat -x, -e instructions -o /dev/stdout -- "$@" "$(arg_for "$w")" 2>/dev/null |
		awk -F, '/instructions/ { print $1 }')
	case $out in
	''|*[!0-9]*) echo "n/a" ;;
	*) awk -v n="$out" 'BEGIN { printf "%.0f\n", n / 1e6 }' ;;
	esac
}

# -- Run ------------------------------------------------------------------

runners=
[ "$have_native" = 1 ] && runners="$runners native"
[ -n "$qemu" ] && runners="$runners qemu"
[ -n "$ferry" ] && runners="$runners ferry"
[ -n "$runners" ] || die "nothing to run"

echo "ferry benchmarks: $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -m), $(nproc) cpus," \
	"$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "scale $scale, startup x$startup_runs, best of $runs," \
	"$([ $have_hyperfine = 1 ] && echo hyperfine || echo 'wall clock')"
[ -n "$qemu" ] && echo "qemu:  $qemu ($("$qemu" --version 2>/dev/null | head -1))"
[ -n "$ferry" ] && echo "ferry: $ferry ($("$ferry" -version 2>/dev/null | head -1))"
rev=$(git -C "$srcdir" describe --always --dirty 2>/dev/null) && echo "source: $rev"
echo

declare -A result insns
bad=0
for w in $workloads; do
	ref=
	for r in $runners; do
		bin=$build/$w.x86_64
		[ "$r" = native ] || bin=$build/$w.aarch64
		if [ ! -x "$bin" ]; then
			result[$w,$r]="nobuild"; continue
		fi
		read -r -a cmd <<<"$(cmd_for "$r" "$w")"
		printf 'bench: %-8s %-6s ...' "$w" "$r" >&2
		# Verification run (also a warm-up): the checksum line.
		out=$(run_once "$w" "${cmd[@]}" 2>"$build/$w.$r.err")
		rc=$?
		sum=$(printf '%s\n' "$out" | awk '$1 == "checksum" { print $3; exit }')
		if [ $rc -ne 0 ] || [ -z "$sum" ]; then
			result[$w,$r]="FAIL"; bad=1
			why="exit $rc"
			[ $rc -gt 128 ] && why="killed by SIG$(kill -l $((rc - 128)) 2>/dev/null)"
			[ $rc -eq 124 ] && why="timed out after $timeout_s s"
			echo " FAIL ($why; stderr in $build/$w.$r.err)" >&2
			continue
		fi
		[ -n "$ref" ] || ref=$sum
		if [ "$sum" != "$ref" ]; then
			result[$w,$r]="WRONG"; bad=1
			echo " WRONG checksum $sum, expected $ref" >&2
			continue
		fi
		if ! t=$(time_best "$w" "${cmd[@]}"); then
			result[$w,$r]="FAIL"; bad=1
			cp "$build/timing.log" "$build/$w.$r.err"
			echo " FAIL in a timed run (it passed the check run; log in $build/$w.$r.err)" >&2
			continue
		fi
		result[$w,$r]=$t
		[ "$perf" = 1 ] && insns[$w,$r]=$(perf_insns "$w" "${cmd[@]}")
		echo " $t s" >&2
	done
done

# -- Table ----------------------------------------------------------------

isnum() { case $1 in ''|*[!0-9.]*) return 1 ;; esac; }

# ratio A B: A / B to two decimals, or "-" when either is not a time.
ratio() {
	if isnum "$1" && isnum "$2"; then
		awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx\n", a / b; else print "-" }'
	else
		echo "-"
	fi
}

cell() { echo "${result[$1,$2]:--}"; }

fmt='%-10s %9s %9s %9s %14s %16s\n'
printf "$fmt" workload "native s" "qemu s" "ferry s" "ferry/qemu" "ferry/native"
printf "$fmt" "" "" "" "" "speed-up" "slowdown"
log_up=0 n_up=0 log_down=0 n_down=0
for w in $workloads; do
	n=$(cell "$w" native) q=$(cell "$w" qemu) f=$(cell "$w" ferry)
	up=$(ratio "$q" "$f") down=$(ratio "$f" "$n")
	printf "$fmt" "$w" "$n" "$q" "$f" "$up" "$down"
	if [ "$up" != - ]; then
		log_up=$(awk -v s="$log_up" -v x="${up%x}" 'BEGIN { print s + log(x) }'); n_up=$((n_up + 1))
	fi
	if [ "$down" != - ]; then
		log_down=$(awk -v s="$log_down" -v x="${down%x}" 'BEGIN { print s + log(x) }'); n_down=$((n_down + 1))
	fi
done
geo() { [ "$2" -gt 0 ] && awk -v s="$1" -v n="$2" 'BEGIN { printf "%.2fx\n", exp(s / n) }' || echo -; }
printf "$fmt" "geomean" "" "" "" "$(geo "$log_up" "$n_up")" "$(geo "$log_down" "$n_down")"

if [ "$perf" = 1 ]; then
	echo
	echo "host instructions, millions (one run; startup: one process):"
	printf '%-10s %12s %12s %12s\n' workload native qemu ferry
	for w in $workloads; do
		printf '%-10s %12s %12s %12s\n' "$w" "${insns[$w,native]:--}" \
			"${insns[$w,qemu]:--}" "${insns[$w,ferry]:--}"
	done
fi

[ -z "$notes" ] || { echo; printf 'note: %s\n' "${notes%$'\n'}" | sed '2,$s/^/note: /'; }
if [ "$bad" = 1 ]; then
	echo
	echo "WRONG or FAIL above: a runner crashed or computed a different checksum" \
		"(its stderr is in $build/WORKLOAD.RUNNER.err)."
	exit 1
fi
exit 0
