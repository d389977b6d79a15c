#!/bin/sh
# run-tier2.sh - the differential instruction test with every block sent
# through tier 2 on its first repeat (FERRY_TIER2_THRESHOLD=1).
FERRY_TIER2_THRESHOLD=1
DIFF_WORK=${abs_top_builddir:-$(pwd)}/tests/diff/work-tier2
export FERRY_TIER2_THRESHOLD DIFF_WORK
exec "$(dirname "$0")/run.sh" "$@"
