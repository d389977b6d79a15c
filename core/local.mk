# core/local.mk - options, logging and the shared headers of include/.
# (core/main.c is the ferry program itself, see ferry_SOURCES in Makefile.am.)

libferry_a_SOURCES += \
	core/log.c

noinst_HEADERS += \
	include/ferry.h \
	include/cpu_common.h \
	include/guest.h \
	include/thread.h

EXTRA_DIST += \
	include/log_categories.def
