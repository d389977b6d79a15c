#!/bin/sh
# tests/dynamic/run.sh - dynamically linked AArch64 programs under ferry (TAP).
#
# The programs of tests/dynamic/*.c are built with $AARCH64_CC (no
# -static) and run with -L $DYN_SYSROOT, the cross toolchain's arm64 libc
# (/usr/aarch64-linux-gnu from libc6-dev-arm64-cross by default):
#   hello        PIE and -no-pie: libc from the sysroot, argv, exit status
#   mathdl       libm linked, and libm again through dlopen + dlsym
#   auxv         AT_BASE, AT_ENTRY, AT_EXECFN, /proc/self/auxv and exe
#   execer       execv of another dynamic program by absolute path, and
#                of one (and a #! script) found only in a sysroot
#   showexe      what the exec'd program sees of its own name
#   paths        open, stat, lstat, statx, access, readlink of paths that
#                exist only in the sysroot; /proc and relative paths not
#                redirected (qemu 7 redirects fewer calls: no comparison)
# and checked against fixed expectations and, when $QEMU_AARCH64 is set,
# against qemu-aarch64 -L with the same sysroot.  Also: the one-line
# message and exit 127 of a missing interpreter, -strace showing ld.so
# open libc.so.6, and QEMU_LD_PREFIX / FERRY_LD_PREFIX doing what -L does.
#
#   FERRY=./ferry AARCH64_CC=aarch64-linux-gnu-gcc tests/dynamic/run.sh
set -u

here=$(cd "$(dirname "$0")" && pwd)
src=${abs_top_srcdir:+$abs_top_srcdir/tests/dynamic}
src=${src:-$here}
FERRY=${FERRY:-${abs_top_builddir:-.}/ferry}
QEMU_AARCH64=${QEMU_AARCH64:-}
AARCH64_CC=${AARCH64_CC:-}
root=${DYN_SYSROOT:-/usr/aarch64-linux-gnu}
interp=/lib/ld-linux-aarch64.so.1

if [ -z "$AARCH64_CC" ]; then
	echo "1..0 # SKIP no aarch64 cross compiler (configure found no aarch64-linux-gnu-gcc)"
	exit 0
fi
if [ ! -r "$root$interp" ]; then
	echo "1..0 # SKIP no arm64 sysroot at $root (install libc6-dev-arm64-cross or set DYN_SYSROOT)"
	exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-dynamic.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM

n=0
fails=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
notok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $*"; }
skip() { n=$((n + 1)); echo "ok $n # SKIP $*"; }
diag() { sed -e 's/^/# /' -e 60q; }

build() {	# build NAME SOURCE FLAGS...
	b_name=$1; b_src=$2; shift 2
	if ! $AARCH64_CC -O2 -o "$work/$b_name" "$src/$b_src.c" "$@" 2>"$work/$b_name.cc"; then
		echo "Bail out! cannot build $b_name"; diag <"$work/$b_name.cc"; exit 1
	fi
}
build hello hello -fPIE -pie
build hello-nopie hello -no-pie
build mathdl mathdl -lm -ldl
build auxv auxv -ldl
build execer execer -no-pie
build showexe showexe
build paths paths

# run OUT CMD... : run with no sysroot variables inherited; leaves
# OUT.out, OUT.err, OUT.status
run() {
	r_out=$work/$1; shift
	(cd "$work" && env -u QEMU_LD_PREFIX -u FERRY_LD_PREFIX timeout -k 5 120 "$@" \
		>"$r_out.out" 2>"$r_out.err" </dev/null; echo $? >"$r_out.status")
}

# expect NAME STATUS EXPECTED-STDOUT : compare the last run's results
expect() {
	e_name=$1; e_status=$2
	printf '%s\n' "$3" >"$work/want"
	got=$(cat "$work/$e_name.status")
	if [ "$got" != "$e_status" ]; then
		notok "$e_name: exit status $got, want $e_status"; diag <"$work/$e_name.err"
	elif ! cmp -s "$work/want" "$work/$e_name.out"; then
		notok "$e_name: output differs"; diff "$work/want" "$work/$e_name.out" | diag
	else
		ok "$e_name"
	fi
}

# same_as_qemu NAME ARGS... : ferry's stdout and status equal qemu's
same_as_qemu() {
	s_name=$1; shift
	if [ -z "$QEMU_AARCH64" ]; then skip "$s_name vs qemu: no qemu-aarch64"; return; fi
	run "$s_name.qemu" "$QEMU_AARCH64" -L "$root" "$@"
	if cmp -s "$work/$s_name.out" "$work/$s_name.qemu.out" &&
	   cmp -s "$work/$s_name.status" "$work/$s_name.qemu.status"; then
		ok "$s_name: same output and status as qemu"
	else
		notok "$s_name: differs from qemu (status $(cat "$work/$s_name.status") vs $(cat "$work/$s_name.qemu.status"))"
		diff "$work/$s_name.qemu.out" "$work/$s_name.out" | diag
	fi
}

hello_out='hello, dynamic world: 2 argument(s)
arg 1: one
arg 2: two words'

# -- Programs -----------------------------------------------------------------

run hello "$FERRY" -L "$root" ./hello one "two words"
expect hello 7 "$hello_out"
same_as_qemu hello ./hello one "two words"

run hello-nopie "$FERRY" -L "$root" ./hello-nopie one "two words"
expect hello-nopie 7 "$hello_out"
same_as_qemu hello-nopie ./hello-nopie one "two words"

run mathdl "$FERRY" -L "$root" ./mathdl
if [ "$(cat "$work/mathdl.status")" = 0 ] && grep -q '^dlsym: cbrt ' "$work/mathdl.out" &&
   grep -qx 'same cos: yes' "$work/mathdl.out"; then
	ok "mathdl: libm linked and through dlopen"
else
	notok "mathdl: status $(cat "$work/mathdl.status")"; diag <"$work/mathdl.out"; diag <"$work/mathdl.err"
fi
same_as_qemu mathdl ./mathdl

run auxv "$FERRY" -L "$root" ./auxv
expect auxv 0 'AT_BASE non-zero: yes
AT_BASE is ld.so'"'"'s load address: yes
/proc/self/auxv has the same AT_BASE: yes
AT_ENTRY is the program'"'"'s _start: yes
AT_EXECFN is argv[0]: yes
/proc/self/exe is the program: yes
AT_PHDR below _start: yes'
same_as_qemu auxv ./auxv

# -- execve -------------------------------------------------------------------

run execer "$FERRY" -L "$root" ./execer "$work/hello" one "two words"
expect execer 7 "execer: running $work/hello
$hello_out"

# A sysroot holding the libraries and programs the host does not have.
mkdir -p "$work/root/opt/ferry-test" || exit 99
ln -s "$root/lib" "$work/root/lib"
cp "$work/showexe" "$work/root/opt/ferry-test/showexe"
printf '#!/opt/ferry-test/showexe -x\n' >"$work/root/opt/ferry-test/script"
chmod +x "$work/root/opt/ferry-test/script"

run exec-sysroot "$FERRY" -L "$work/root" ./execer /opt/ferry-test/showexe a
expect exec-sysroot 0 'execer: running /opt/ferry-test/showexe
argv[0] = /opt/ferry-test/showexe
argv[1] = a
AT_EXECFN = /opt/ferry-test/showexe
/proc/self/exe = /opt/ferry-test/showexe
access(/proc/self/exe, X_OK) = 0'

run exec-script "$FERRY" -L "$work/root" ./execer /opt/ferry-test/script a
expect exec-script 0 'execer: running /opt/ferry-test/script
argv[0] = /opt/ferry-test/showexe
argv[1] = -x
argv[2] = /opt/ferry-test/script
argv[3] = a
AT_EXECFN = /opt/ferry-test/showexe
/proc/self/exe = /opt/ferry-test/showexe
access(/proc/self/exe, X_OK) = 0'

# -- File calls see the sysroot -------------------------------------------------

mkdir -p "$work/root/proc"
printf 'sysroot data\n' >"$work/root/opt/ferry-test/data"
ln -s data "$work/root/opt/ferry-test/link"
run paths "$FERRY" -L "$work/root" ./paths /opt/ferry-test
expect paths 0 'open+read: sysroot data
stat: ok
stat size: 13
lstat of the link: ok
the link is a link: yes
readlink: data
statx: ok
statx size through the link: 13
access R_OK: ok
faccessat missing: error
open /proc/self/status: ok
relative data: error'

# -- The sysroot: where it comes from, and when it is missing ------------------

for var in QEMU_LD_PREFIX FERRY_LD_PREFIX; do
	run "env-$var" env "$var=$root" "$FERRY" ./hello one "two words"
	expect "env-$var" 7 "$hello_out"
done

# missing_interp NAME WANT-MESSAGE FERRY-OPTIONS...
missing_interp() {
	m_name=$1; m_want=$2; shift 2
	run "$m_name" "$FERRY" "$@" ./hello
	got=$(cat "$work/$m_name.status")
	lines=$(wc -l <"$work/$m_name.err")
	if [ "$got" = 127 ] && [ "$lines" = 1 ] && grep -qxF "$m_want" "$work/$m_name.err"; then
		ok "$m_name: exit 127 and one line"
	else
		notok "$m_name: status $got, $lines line(s), want: $m_want"; diag <"$work/$m_name.err"
	fi
}
if [ -e "$interp" ]; then
	skip "no sysroot: the host has its own $interp"
else
	missing_interp missing-no-sysroot \
		"ferry: ./hello: interpreter $interp not found (no sysroot given: use -L or QEMU_LD_PREFIX)"
fi
mkdir "$work/empty"
missing_interp missing-empty-sysroot \
	"ferry: ./hello: interpreter $interp not found in sysroot $work/empty (give the guest's root file system with -L or QEMU_LD_PREFIX)" \
	-L "$work/empty"

# -- -strace ------------------------------------------------------------------

run strace "$FERRY" -strace -L "$root" ./hello
if grep -Eq '^[0-9]+ openat\(AT_FDCWD, "[^"]*/libc\.so\.6", O_RDONLY\|O_CLOEXEC\) = [0-9]+$' \
	"$work/strace.err"; then
	ok "-strace shows ld.so opening libc.so.6 by its guest path"
else
	notok "-strace shows no successful openat of libc.so.6"; grep -E 'openat|exit' "$work/strace.err" | diag
fi
if grep -qF "$root" "$work/strace.err"; then
	notok "-strace shows host paths of the sysroot"; grep -F "$root" "$work/strace.err" | diag
else
	ok "-strace shows the guest's paths, not the sysroot's"
fi

echo "1..$n"
[ "$fails" -eq 0 ]
