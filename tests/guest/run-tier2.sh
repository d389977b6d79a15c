#!/bin/sh
# run-tier2.sh - the guest programs again, with every block sent through
# tier 2 on its first repeat (FERRY_TIER2_THRESHOLD=1), so regions, pinned
# registers and side exits run on all of them.  Regression: a region that
# ran out of side exits reused chain slots 0 and 1 and chained to the
# wrong successor (qsort_malloc crashed).
FERRY_TIER2_THRESHOLD=1
GUEST_BIN=${abs_top_builddir:-$(pwd)}/tests/guest/bin-tier2
# qemu's side does not depend on ferry's tiers: run.sh compares with it
GUEST_NO_QEMU=1
export FERRY_TIER2_THRESHOLD GUEST_BIN GUEST_NO_QEMU
exec "$(dirname "$0")/run.sh" "$@"
