#!/bin/sh
# tests/programs/run.sh - real Debian bookworm arm64 programs under ferry,
# compared with the same packages' x86-64 builds (TAP).
#
# scripts/fetch-sysroot.sh builds an arm64 sysroot in the build tree
# (tests/programs/work/sysroot, .debs cached in tests/programs/work/cache)
# holding coreutils, lua5.4, luajit, python3.11, perl, sqlite3, xz-utils, gzip,
# bzip2, zstd and openssl with everything they depend on.  The x86-64
# builds of the same packages are installed on the host
# (scripts/install-deps.sh).
#
# Each case is a small shell snippet run twice in the same freshly made
# directory (same path, files, mtimes and environment: LC_ALL=C, TZ=UTC,
# HOME in the temporary directory): once natively and once with every
# program under test run as `$FERRY -L SYSROOT -0 /usr/bin/x SYSROOT/usr/bin/x`.
# In the snippet `p NAME ARGS...` runs the program under test (found in
# the sysroot's /usr/bin or /bin, and that same path natively, so argv[0]
# and the messages that quote it are the same).  stdout, stderr and the
# exit status must be identical byte for byte.  A case is skipped, with
# the reason, when the native and arm64 package versions differ or the
# native program is not installed.
#
# Known failures: tests/programs/pending.txt lists cases (name, reason)
# that ferry does not pass yet.  Such a case still runs; when it fails it
# is reported as "ok N - name # SKIP not yet: reason" (with its diff as
# comments), when it passes a comment asks for the line to be removed.
#
# Environment: FERRY (default $abs_top_builddir/ferry; any runner taking
# qemu's -L and -0, e.g. qemu-aarch64-static), PROGRAMS_TIMEOUT (seconds
# per run, default 60; pending cases PROGRAMS_PENDING_TIMEOUT, 20),
# PROGRAMS_ONLY (a grep -E pattern of case names to run), PROGRAMS_SAVE (a
# directory to keep every run's NAME.{n,f}.{out,err,st} in: n native, f arm64).
set -u

here=$(cd "$(dirname "$0")" && pwd)
srcroot=${abs_top_srcdir:-$(cd "$here/../.." && pwd)}
bld=${abs_top_builddir:-$(pwd)}
FERRY=${FERRY:-$bld/ferry}
TIMEOUT_S=${PROGRAMS_TIMEOUT:-60}
PENDING_TIMEOUT_S=${PROGRAMS_PENDING_TIMEOUT:-20}
ONLY=${PROGRAMS_ONLY:-}
scripts=$here/scripts
pending_file=$here/pending.txt
dest=$bld/tests/programs/work
SYSROOT=$dest/sysroot

PKGS="coreutils lua5.4 luajit python3.11 perl sqlite3 xz-utils gzip bzip2 zstd openssl"

# The runner: an absolute path for its first word (PATH is reduced below).
set -- $FERRY
[ $# -gt 0 ] || { echo "1..0 # SKIP FERRY is empty"; exit 0; }
case $1 in
*/*) r=$1 ;;
*) r=$(command -v "$1") || r= ;;
esac
if [ -z "$r" ] || [ ! -x "$r" ]; then
	echo "1..0 # SKIP no runner: $1 (build ferry, or set FERRY=qemu-aarch64-static)"; exit 0
fi
shift
FERRY="$r $*"
set --
command -v timeout >/dev/null 2>&1 || { echo "1..0 # SKIP no timeout(1)"; exit 0; }

mkdir -p "$dest" || exit 99
# shellcheck disable=SC2086
"$srcroot/scripts/fetch-sysroot.sh" "$dest" $PKGS >"$dest/fetch.log" 2>&1
rc=$?
if [ $rc = 77 ]; then
	echo "1..0 # SKIP cannot build the arm64 sysroot: $(tail -n 1 "$dest/fetch.log")"; exit 0
elif [ $rc != 0 ]; then
	echo "Bail out! scripts/fetch-sysroot.sh failed: $(tail -n 1 "$dest/fetch.log")"; exit 99
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ferry-progs.XXXXXX") || exit 99
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
fixture=$tmp/fixture
w=$tmp/w
home=$tmp/home

# --- the input files (made once, copied for every run) ---------------
mkdir -p "$fixture" || exit 99
(
	cd "$fixture" || exit 1
	awk -v n=4000 -f "$scripts/gen_data.awk" >data.txt
	head -n 300 data.txt >small.txt
	awk '{ gsub(/,/, ""); printf "%s,%d,%s,%s\n", $2, NR * 7919 % 1000, $1, ($3 == "" ? "-" : $3) }' small.txt >table.csv
	printf '%s\n' 10 9 100 -3 42 7.5 0 42 1e3 -1.5e-2 0x10 3.14159 +8 -0 1e308 inf -inf nan 2.5e1 007 >nums.txt
	printf '%s\n' 1K 2M 512 1.5G 100 3k 0.5M 7T 1023 2G 12K 1P >sizes.txt
	printf '%s\n' 1.10 1.2 1.9.1 2.0 1.2.10 1.2.9 10.0 1.0~rc1 1.0 0.99 1.2a 1.2b >versions.txt
	printf '%s\n' MAR jan Dec feb Sep aug APR xxx JUN may Oct nov jul >months.txt
	i=0; while [ $i -lt 256 ]; do printf "\\$(printf %03o $i)"; i=$((i + 1)); done >bytes.bin
	cat bytes.bin bytes.bin data.txt >mixed.bin
	printf 'the cat sat on the mat\nthe dog ate the cat\n' >words.txt
	cp "$scripts/lua_std.lua" "$scripts/luajit_std.lua" "$scripts/py_std.py" "$scripts/py_threads.py" \
		"$scripts/py_signal.py" "$scripts/py_subprocess.py" "$scripts/py_multiproc.py" \
		"$scripts/perl_std.pl" "$scripts/sqlite_std.sql" .
	find . -exec touch -h -d '2001-02-03 04:05:06 UTC' {} +
) || { echo "Bail out! cannot make the input files"; exit 99; }

# --- running and comparing ---------------------------------------------
# The snippet's prelude: p NAME ARGS... runs the program under test.
prelude='p() {
	_n=$1; shift
	for _d in /usr/bin /bin /usr/sbin /sbin; do
		[ -e "$SYSROOT$_d/$_n" ] && break
	done
	if [ "$MODE" = native ]; then
		"$_d/$_n" "$@"
	else
		$FERRY -L "$SYSROOT" -0 "$_d/$_n" "$SYSROOT$_d/$_n" "$@"
	fi
}
'

# run_one MODE OUT TIMEOUT SNIPPET: the snippet in a fresh copy of the fixture.
run_one() {
	chmod -R u+w "$w" "$home" 2>/dev/null; rm -rf "$w" "$home"
	cp -a "$fixture" "$w" && mkdir -p "$home" || exit 99
	(cd "$w" && env -i PATH=/usr/bin:/bin HOME="$home" TZ=UTC LC_ALL=C LANG=C TERM=dumb \
		PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
		MODE="$1" SYSROOT="$SYSROOT" FERRY="$FERRY" \
		timeout -k 5 "$3" /bin/sh -c "$prelude$4" >"$2.out" 2>"$2.err" </dev/null
	echo $? >"$2.st")
}

# The version of package $1 in the sysroot and on the host.
arm_version() {
	deb=$(ls "$dest/cache/$1"_*.deb 2>/dev/null | head -n 1)
	[ -n "$deb" ] && dpkg-deb -f "$deb" Version
}
native_version() {
	dpkg-query -W -f '${Version}\n' "$1:amd64" 2>/dev/null | head -n 1 | grep . ||
		dpkg-query -W -f '${Version}\n' "$1" 2>/dev/null | head -n 1
}

# The reason case $1 is listed in pending.txt for, if it is.
pending_reason() {
	[ -f "$pending_file" ] || return 1
	awk -v n="$1" '!/^[ \t]*(#|$)/ && $1 == n {
		sub(/^[ \t]*[^ \t]+[ \t]*/, ""); print; found = 1; exit }
		END { exit !found }' "$pending_file"
}

n=0; fails=0; passes=0; skips=0
tap() { n=$((n + 1)); echo "$1 $n - $2"; }

# The differences of the last two runs, as TAP comments.
show_diff() {
	echo "# exit status: native $(cat "$tmp/n.st"), arm64 $(cat "$tmp/f.st")"
	diff -u "$tmp/n.out" "$tmp/f.out" | head -n 40 | sed 's/^/# /'
	[ "$1" = yes ] && diff -u "$tmp/n.err" "$tmp/f.err" | head -n 30 | sed 's/^/# /'
	return 0
}

# case_ NAME "PACKAGES" [nostderr] SNIPPET
case_() {
	name=$1; pkgs=$2; shift 2
	errs=yes
	[ "$1" = nostderr ] && { errs=no; shift; }
	snippet=$1
	if [ -n "$ONLY" ] && ! printf '%s\n' "$name" | grep -Eq "$ONLY"; then
		return 0
	fi
	for pk in $pkgs; do
		av=$(arm_version "$pk"); nv=$(native_version "$pk")
		if [ -z "$nv" ]; then
			tap ok "$name # SKIP native $pk is not installed (scripts/install-deps.sh installs it)"
			skips=$((skips + 1)); return 0
		fi
		if [ "$av" != "$nv" ]; then
			tap ok "$name # SKIP versions of $pk differ: native $nv, arm64 $av (update the host package, or rm -rf tests/programs/work to refetch)"
			skips=$((skips + 1)); return 0
		fi
	done
	reason=$(pending_reason "$name") && t=$PENDING_TIMEOUT_S || { reason=; t=$TIMEOUT_S; }
	run_one native "$tmp/n" "$TIMEOUT_S" "$snippet"
	run_one arm64 "$tmp/f" "$t" "$snippet"
	if [ -n "${PROGRAMS_SAVE:-}" ]; then
		mkdir -p "$PROGRAMS_SAVE" &&
			for f in n.out n.err n.st f.out f.err f.st; do cp "$tmp/$f" "$PROGRAMS_SAVE/$name.$f"; done
	fi
	same=yes
	cmp -s "$tmp/n.out" "$tmp/f.out" && cmp -s "$tmp/n.st" "$tmp/f.st" || same=no
	[ $errs = yes ] && ! cmp -s "$tmp/n.err" "$tmp/f.err" && same=no
	if [ $same = yes ]; then
		tap ok "$name"
		passes=$((passes + 1))
		[ -n "$reason" ] && echo "# $name passes under $FERRY although tests/programs/pending.txt lists it ($reason): remove the line"
	elif [ -n "$reason" ]; then
		tap ok "$name # SKIP not yet: $reason"
		skips=$((skips + 1))
		show_diff $errs
	else
		tap "not ok" "$name"
		fails=$((fails + 1))
		show_diff $errs
	fi
	return 0
}

. "$here/cases.sh"

echo "1..$n"
echo "# $passes passed, $fails failed, $skips skipped (runner: $FERRY)"
[ "$fails" -eq 0 ]
