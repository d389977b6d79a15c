# signal/local.mk - the guest's signal state and ferry's host fault handlers.

libferry_a_SOURCES += \
	signal/action.c \
	signal/fault.c

noinst_HEADERS += \
	signal/guest_signal.h

EXTRA_DIST += \
	signal/signals.def
