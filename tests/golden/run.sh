#!/bin/sh
# tests/golden/run.sh - IR and host-code golden files (TAP).
#
# For each case of golden_ir (tests/golden/golden_ir.c: hand-built IR
# blocks), its output - IR as built, IR after ir_optimize + ir_liveness,
# x86-64 host code - must equal tests/golden/<case>.txt.  A difference is
# printed as a unified diff.  When the change is intended, regenerate:
#
#   REGEN=1 tests/golden/run.sh          (then review `git diff tests/golden`)
#
# Without capstone the host code cannot be shown as text: only the IR
# parts are compared.  GOLDEN_IR overrides the program's path.
set -u

here=$(cd "$(dirname "$0")" && pwd)
src=${abs_top_srcdir:+$abs_top_srcdir/tests/golden}
src=${src:-$here}
prog=${GOLDEN_IR:-${abs_top_builddir:-.}/tests/golden/golden_ir}

if [ ! -x "$prog" ]; then
	echo "1..0 # SKIP $prog not built"
	exit 0
fi
cases=$("$prog" --list) || { echo "Bail out! $prog --list failed"; exit 99; }
strip_host=cat
"$prog" --capstone || strip_host="sed /^==.host.code/,\$d"

n=0
for c in $cases; do n=$((n + 1)); done
echo "1..$n"
i=0
tmp=$(mktemp "${TMPDIR:-/tmp}/ferry-golden.XXXXXX") || exit 99
trap 'rm -f "$tmp" "$tmp.want"' EXIT
for c in $cases; do
	i=$((i + 1))
	if ! "$prog" "$c" >"$tmp"; then
		echo "not ok $i - $c # golden_ir failed"
		continue
	fi
	if [ -n "${REGEN:-}" ]; then
		cp "$tmp" "$src/$c.txt" && echo "ok $i - $c # regenerated"
		continue
	fi
	if [ ! -f "$src/$c.txt" ]; then
		echo "not ok $i - $c # no $src/$c.txt (REGEN=1 writes it)"
		continue
	fi
	$strip_host <"$src/$c.txt" >"$tmp.want"
	$strip_host <"$tmp" >"$tmp.got" && mv "$tmp.got" "$tmp"
	if diff -u "$tmp.want" "$tmp" >"$tmp.diff"; then
		echo "ok $i - $c"
	else
		echo "not ok $i - $c"
		sed 's/^/# /' "$tmp.diff"
	fi
	rm -f "$tmp.diff"
done
