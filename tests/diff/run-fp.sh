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

diff_gen=genfp
diff_work=work-fp
diff_nseq=2500
diff_loops=2
diff_min_executions=40000
diff_seeds="1 2 3 4"
diff_ccflags=
. "$(dirname "$0")/diff_lib.sh"
diff_run "$@"
