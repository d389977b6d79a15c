# signal/local.mk - the guest's signal state, ferry's host signal
# handlers, delivery to guest handlers; and the AArch64 signal frame
# (targets/aarch64/sigframe.c, built from here: it is the signal work's).

libferry_a_SOURCES += \
	signal/action.c \
	signal/deliver.c \
	signal/fault.c \
	signal/host_sig.c \
	signal/pending.c \
	signal/sigmap.c \
	targets/aarch64/sigframe.c

noinst_HEADERS += \
	signal/guest_signal.h \
	targets/aarch64/sigframe.h

EXTRA_DIST += \
	signal/signals.def

if HAVE_CHECK
# The arm64 frame: layout against the cross compiler's headers, handler
# entry registers, records, rt_sigreturn round trip and bad frames.
check_PROGRAMS += tests/unit/test_sigframe
TESTS += tests/unit/test_sigframe
tests_unit_test_sigframe_SOURCES = tests/unit/test_sigframe.c
tests_unit_test_sigframe_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_sigframe_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
endif
