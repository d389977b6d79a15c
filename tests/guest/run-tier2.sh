#!/bin/sh
# run-tier2.sh - the guest programs again, with every block sent through
# tier 2 on its first repeat (FERRY_TIER2_THRESHOLD=1), so regions, pinned
# registers and side exits run on all of them.  Regression: a region that
# ran out of side exits reused chain slots 0 and 1 and chained to the
# wrong successor (qsort_malloc crashed).
FERRY_TIER2_THRESHOLD=1
GUEST_BIN=${abs_top_builddir:-$(pwd)}/tests/guest/bin-tier2
export FERRY_TIER2_THRESHOLD GUEST_BIN
exec "$(dirname "$0")/run.sh" "$@"
