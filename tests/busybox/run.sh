#!/bin/sh
# tests/busybox/run.sh - Debian's arm64 busybox under ferry against the
# same busybox version built for x86-64 (TAP).
#
# Each case runs `busybox ARGS...` twice in the same freshly built
# directory (same path, files, mtimes and environment): once natively
# with /bin/busybox and once as `$FERRY $ARM_BUSYBOX ARGS...`.  stdout,
# stderr and the exit status must be identical byte for byte.  Some cases
# make busybox run applets by exec'ing /proc/self/exe (`exec ls`, pipes,
# $(...)), and some run it through a symlink named after an applet, which
# needs argv[0] preserved.
#
# busybox-static:arm64 is fetched with scripts/fetch-debs.sh into the
# build tree (skips when the Debian archive is unreachable).
set -u

here=$(cd "$(dirname "$0")" && pwd)
srcroot=${abs_top_srcdir:-$(cd "$here/../.." && pwd)}
bld=${abs_top_builddir:-$(pwd)}
FERRY=${FERRY:-$bld/ferry}
QEMU_AARCH64=${QEMU_AARCH64:-}
NATIVE_BUSYBOX=${NATIVE_BUSYBOX:-/bin/busybox}
dest=$bld/tests/busybox/work

[ -x "$NATIVE_BUSYBOX" ] || { echo "1..0 # SKIP no x86-64 $NATIVE_BUSYBOX (install busybox-static)"; exit 0; }
mkdir -p "$dest" || exit 99
"$srcroot/scripts/fetch-debs.sh" "$dest/debs" busybox-static >"$dest/fetch.log" 2>&1
rc=$?
if [ $rc = 77 ]; then
	echo "1..0 # SKIP cannot fetch busybox-static:arm64: $(tail -n 1 "$dest/fetch.log")"; exit 0
elif [ $rc != 0 ]; then
	echo "Bail out! scripts/fetch-debs.sh failed: $(tail -n 1 "$dest/fetch.log")"; exit 99
fi
ARM_BUSYBOX=$dest/debs/sysroot/bin/busybox
[ -x "$ARM_BUSYBOX" ] || { echo "Bail out! no $ARM_BUSYBOX after fetching"; exit 99; }

# Same version?  Ask the arm64 one through qemu when we have it, so that
# a broken ferry does not turn into a skip.
ver_runner=${QEMU_AARCH64:-$FERRY}
nv=$("$NATIVE_BUSYBOX" 2>&1 | head -n 1)
av=$($ver_runner "$ARM_BUSYBOX" 2>&1 | head -n 1)
if [ "$nv" != "$av" ]; then
	echo "1..0 # SKIP busybox versions differ: native '$nv', arm64 '$av'"; exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ferry-bb.XXXXXX") || exit 99
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
dir=$tmp/d

# The fixture: the same files with the same mtimes for both runs.
setup() {
	chmod -R u+w "$dir" 2>/dev/null; rm -rf "$dir"
	mkdir -p "$dir/sub/deeper" "$dir/empty"
	printf 'apple\nbanana\ncherry\nbanana\nAvocado\ndate\nelderberry\nfig\n' >"$dir/a.txt"
	printf '10\n9\n100\n-3\n42\n7.5\n0\n42\n' >"$dir/nums.txt"
	printf 'x 3 c\ny 1 a\nz 2 b\nw 10 d\n' >"$dir/table.txt"
	printf 'root:x:0:0\nbin:x:2:2\ndaemon:x:1:1\nuser:x:1000:1000\n' >"$dir/users.txt"
	i=0; while [ $i -lt 300 ]; do echo "line $i of a bigger file, with some repetition repetition"; i=$((i + 1)); done >"$dir/sub/big.txt"
	printf 'deep\n' >"$dir/sub/deeper/d.txt"
	printf '#!/bin/sh\necho script\n' >"$dir/sub/run.sh"
	chmod 755 "$dir/sub/run.sh"; chmod 640 "$dir/table.txt"
	find "$dir" -exec touch -h -d '2001-02-03 04:05:06 UTC' {} +
}

# run_one OUT RUNNER... : run in $dir with a fixed environment.  PATH
# leads nowhere, so busybox must find every applet itself (by exec'ing
# /proc/self/exe when it forks one) instead of falling back to the host's
# /bin/ls or /bin/gzip.
TIMEOUT=$(command -v timeout)
set -- $FERRY	# absolute path for the first word: PATH is gone in there
case $1 in */*) ;; *) r=$(command -v "$1") && shift && FERRY="$r $*" ;; esac
set --
run_one() {
	o=$1; shift
	(cd "$dir" && exec env -i PATH=/nonexistent-ferry-test HOME="$dir" TZ=UTC LC_ALL=C TERM=dumb \
		/bin/sh -c 'o=$1; t=$2; shift 2; "$t" -k 5 60 "$@" >"$o.out" 2>"$o.err" </dev/null; echo $? >"$o.st"' \
		sh "$o" "$TIMEOUT" "$@") 2>/dev/null
}

n=0; fails=0
# check NAME NATIVE-CMD... -- ARM-CMD... : compare the two runs.
compare() {
	name=$1
	n=$((n + 1))
	if cmp -s "$tmp/n.out" "$tmp/f.out" && cmp -s "$tmp/n.err" "$tmp/f.err" && cmp -s "$tmp/n.st" "$tmp/f.st"; then
		echo "ok $n - $name"
	else
		fails=$((fails + 1))
		echo "not ok $n - $name"
		echo "# exit status: native $(cat "$tmp/n.st"), ferry $(cat "$tmp/f.st")"
		diff -u "$tmp/n.out" "$tmp/f.out" | sed -e 's/^/# /' -e 60q
		diff -u "$tmp/n.err" "$tmp/f.err" | sed -e 's/^/# /' -e 30q
	fi
}

# bb NAME ARGS... : busybox ARGS under both.
bb() {
	name=$1; shift
	setup; run_one "$tmp/n" "$NATIVE_BUSYBOX" "$@"
	setup; run_one "$tmp/f" $FERRY "$ARM_BUSYBOX" "$@"
	compare "$name"
}

# via_link NAME APPLET ARGS... : run through a symlink named APPLET.
via_link() {
	name=$1; applet=$2; shift 2
	setup; ln -s "$NATIVE_BUSYBOX" "$dir/$applet"; run_one "$tmp/n" "./$applet" "$@"
	setup; ln -s "$ARM_BUSYBOX" "$dir/$applet"; run_one "$tmp/f" $FERRY "./$applet" "$@"
	compare "$name"
}

bb "sh: loop and arithmetic" sh -c 'i=0; s=0; while [ $i -lt 200 ]; do s=$((s + i * i % 7)); i=$((i + 1)); done; echo "$s $((1 << 40)) $((-7 / 2)) $((-7 % 2)) $((0x7fffffffffffffff + 1))"'
bb "sh: functions, case, return codes" sh -c 'f() { echo "f:$1:$#"; return 3; }; f "a b" c; echo "rc=$?"; for x in a b c d; do case $x in a) echo A;; [bc]) echo BC;; *) echo other;; esac; done; false || echo "false failed"; ! true; echo $?'
bb "sh: here-document and pipes" sh -c 'cat <<EOF | tr a-z A-Z | rev
here doc $((6 * 7)) $(echo nested)
second line
EOF'
bb "sh: pipelines and command substitution" sh -c 'x=$(seq 1 1000 | awk "{ s += \$1 } END { print s }"); echo "sum=$x"; echo one two three | wc -w; seq 1 10 | sort -nr | head -n 3 | tr "\n" " "; echo; echo "$(echo a $(echo b $(echo c)))"'
bb "sh: exec replaces the shell (exec /proc/self/exe)" sh -c 'exec ls -1'
bb "sh: subshells, redirections, variables" sh -c '(cd sub && ls) > out.txt; cat out.txt; echo err >&2; unset X; echo "${X:-default} ${#HOME} ${PWD##*/}"; set -- p q r; shift; echo "$@"; exit 5'
bb "sh: signals and traps" sh -c 'trap "echo trapped USR1" USR1; kill -USR1 $$; echo after; sleep 0.05; trap "echo bye" EXIT; (exit 7); echo "sub=$?"'
bb "sh: background job and wait" sh -c 'sleep 0.1 & p=$!; echo started; wait $p; echo "waited $?"; (sleep 0.05; exit 9) & wait $!; echo "bg=$?"'
bb "sh: runs a script file" sh -c './sub/run.sh; sh sub/run.sh; . ./sub/run.sh'
bb "echo" echo -e 'tab\there\\nnewline' "two  spaces"
bb "echo -n" echo -n no newline
bb "cat" cat a.txt nums.txt
bb "cat missing file" cat a.txt nope.txt
bb "ls -l" ls -l
bb "ls -la sub" ls -la sub
bb "ls -lR" ls -lR
bb "ls -1 sorted by size and time" sh -c 'ls -1S sub; ls -1t; ls -1r'
bb "wc" wc a.txt nums.txt sub/big.txt
bb "wc -l -c" wc -l -c a.txt
bb "sort" sort a.txt
bb "sort -n" sort -n nums.txt
bb "sort -r -u" sort -r -u a.txt
bb "sort -k -n" sort -k2 -n table.txt
bb "sort -t -k" sort -t: -k3,3n users.txt
bb "uniq -c" sh -c 'sort a.txt | uniq -c'
bb "md5sum" md5sum a.txt nums.txt sub/big.txt
bb "sha256sum" sha256sum a.txt sub/big.txt
bb "sha1sum and sha512sum" sh -c 'sha1sum a.txt; sha512sum nums.txt'
bb "awk: printf formats and math" awk 'BEGIN { printf "%f %e %g %.3f %5.1f|%-8s|%d %i %x %o %c\n", 1/3, 12345.678, 0.0001234, sqrt(2), -2.25, "ab", 42.9, -7, 255, 8, 65; print sin(1), cos(1), exp(1), log(10), atan2(1, 2), int(-3.7), 2^10, 7 % 3, -7 % 3; x = 0; for (i = 1; i <= 1000; i++) x += 1 / i; printf "%.12f %.15g\n", x, x * 1e10; print 1e300 * 1e10, -1e300 * 1e10, 0.1 + 0.2, 1/7 }'
bb "awk: fields and arrays" awk -F: '{ s += $3; n++; name[$3] = $1 } END { print n, s, s / n; for (k = 0; k <= 2; k++) print k, name[k]; print length("hello"), substr("abcdef", 2, 3), index("abc", "c"), toupper("x"), split("a,b,c", arr, ",") }' users.txt
bb "awk: string functions" awk '{ gsub(/a/, "@"); n = sub(/e/, "E"); printf "%-12s %d %s\n", $0, n, sprintf("%05.1f", NR * 1.5) }' a.txt
bb "sed s///g" sed 's/a/A/g' a.txt
bb "sed addresses" sed -n '2,4p;$p' a.txt
bb "sed delete and nth" sed -e '/^b/d' -e 's/e/E/2' a.txt
bb "sed -n regex ranges" sed -n '/cherry/,/date/{=;p}' a.txt
bb "grep -E" grep -E 'an|er' a.txt
bb "grep -c" grep -c a a.txt nums.txt
bb "grep -v -i" grep -v -i a a.txt
bb "grep -n -o" grep -n -o 'e[a-z]' a.txt
bb "grep no match" grep zzz a.txt
bb "find -name sorted" sh -c 'find . -name "*.txt" | sort'
bb "find -type" sh -c 'find . -type d | sort; find . -type f | sort'
bb "find -size" sh -c 'find . -size +1k -type f | sort; find . -size -2 -type f | sort'
bb "tar create and list" sh -c 'tar cf x.tar a.txt sub && tar tvf x.tar'
bb "tar extract round trip" sh -c 'tar cf x.tar sub a.txt && gzip x.tar && mkdir out && cd out && gunzip -c ../x.tar.gz | tar xf - && cmp ../a.txt a.txt && cmp ../sub/big.txt sub/big.txt && ls -R && ls -l a.txt sub/run.sh'
bb "gzip round trip" sh -c 'gzip -c sub/big.txt > b.gz && gunzip -c b.gz | cmp - sub/big.txt && echo same && wc -c < b.gz'
bb "gzip output bytes" sh -c 'gzip -9 -c sub/big.txt | md5sum; gzip -1 -c a.txt | od -An -tx1'
bb "gzip -d of a file" sh -c 'cp a.txt c.txt && gzip c.txt && ls && gzip -d c.txt.gz && cat c.txt'
bb "expr" sh -c 'expr 3 + 4 \* 5; expr length hello; expr abc : "a\(.\)"; expr 7 / 0; echo rc=$?'
bb "seq" sh -c 'seq 0 3 20; seq -w 1 10; seq 5 -1 1; seq -s, 1 5'
bb "date -d @0 -u" date -u -d @0 '+%Y-%m-%d %H:%M:%S %A %B %j %U %s %Z'
bb "date formats" sh -c 'date -u -d @1234567890; date -u -d @86399 +%T; date -d @951782400 "+%a %d %b %y %e"'
bb "printf" printf '%d %x %X %o %f %s %5.2f|%-5s|%e %g %c %%\n' 42 255 255 8 3.14159 str 2.71828 ab 12345.6789 0.00001 xyz
bb "printf with reused format" printf '%s=%d\n' a 1 b 2 c
bb "cut, tr, head, tail" sh -c 'cut -d: -f1,3 users.txt; tr a-z A-Z < a.txt | head -n 2; tail -n 2 a.txt; tail -c 10 nums.txt'
bb "od and hexdump" sh -c 'od -c a.txt | head -n 3; hexdump -C nums.txt'
bb "xargs" sh -c 'ls *.txt | xargs -n 1 wc -l'
bb "env in sh" sh -c 'env | sort'
bb "basename, dirname, readlink" sh -c 'basename /a/b/c.txt .txt; dirname /a/b/c.txt; ln -s a.txt lnk; readlink lnk; stat -c "%N %F" lnk'
bb "stat" stat -c '%n %s %a %F %Y' a.txt sub sub/run.sh
bb "missing applet" no-such-applet
via_link "argv[0]: symlink named ls" ls -1
via_link "argv[0]: symlink named sh" sh -c 'echo "$0"; ls | wc -l; echo $(ls sub)'
via_link "argv[0]: symlink named md5sum" md5sum a.txt

echo "1..$n"
[ "$fails" -eq 0 ]
