# syscall/local.mk - the Linux ABI layer (guest syscalls -> host syscalls),
# and the AArch64 ABI facts it converts with (targets/aarch64/syscall_abi.c,
# cpuinfo.c: owned by the syscall layer, built here).

libferry_a_SOURCES += \
	syscall/abi.c \
	syscall/brk.c \
	syscall/clone.c \
	syscall/dispatch.c \
	syscall/epoll.c \
	syscall/errno.c \
	syscall/exec.c \
	syscall/file.c \
	syscall/futex.c \
	syscall/guest_mem.c \
	syscall/hostfd.c \
	syscall/ioctl.c \
	syscall/mem.c \
	syscall/proc.c \
	syscall/process.c \
	syscall/safe_syscall.c \
	syscall/sig.c \
	syscall/strace.c \
	syscall/table.c \
	syscall/thread_life.c \
	syscall/thread_stack.c \
	targets/aarch64/cpuinfo.c \
	targets/aarch64/syscall_abi.c

noinst_HEADERS += \
	syscall/abi.h \
	syscall/clone.h \
	syscall/futex.h \
	syscall/host.h \
	syscall/hostfd.h \
	syscall/internal.h \
	syscall/mm.h \
	syscall/safe_syscall.h \
	syscall/syscall.h \
	targets/aarch64/syscall_abi.h

EXTRA_DIST += \
	syscall/errno.def \
	syscall/ioctls.def \
	syscall/syscalls.def

check_PROGRAMS += tests/unit/test_syscall tests/unit/test_strace
TESTS += tests/unit/test_syscall tests/unit/test_strace
tests_unit_test_syscall_SOURCES = tests/unit/test_syscall.c
tests_unit_test_syscall_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_syscall_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_unit_test_strace_SOURCES = tests/unit/test_strace.c
tests_unit_test_strace_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_strace_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
