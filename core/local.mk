# core/local.mk - options, logging and the shared headers of include/.
# (core/main.c is the ferry program itself, see ferry_SOURCES in Makefile.am.)

libferry_a_SOURCES += \
	core/log.c \
	core/options.c \
	core/random.c \
	core/thread.c

noinst_HEADERS += \
	core/log.h \
	core/options.h \
	include/ferry.h \
	include/cpu_common.h \
	include/guest.h \
	include/thread.h

EXTRA_DIST += \
	include/log_categories.def

check_PROGRAMS += tests/unit/test_options
TESTS += tests/unit/test_options
tests_unit_test_options_SOURCES = tests/unit/test_options.c
tests_unit_test_options_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_options_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
