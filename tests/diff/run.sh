#!/bin/sh
# tests/diff/run.sh - differential instruction test, ferry vs qemu (TAP).
#
# For each seed, tests/diff/gen writes an AArch64 program of random
# instruction sequences (see gen.c); it is assembled with $AARCH64_CC
# -static -nostdlib, run under $QEMU_AARCH64 (the reference) and $FERRY,
# and the result records are compared.  A mismatch prints the sequence,
# its inputs and the differing registers / scratch memory.
#
#   make check                    fixed seeds (>= 100,000 executions)
#   make check-diff-long          DIFF_LONG=N random seeds (DIFF_SEEDS)
#   FERRY=... tests/diff/run.sh [seed...]
set -u

diff_gen=gen
diff_work=work
diff_nseq=1000
diff_loops=4
diff_min_executions=100000
diff_seeds="1 2 3 4 5 6"
diff_ccflags=-march=armv8.1-a+crc
. "$(dirname "$0")/diff_lib.sh"
diff_run "$@"
