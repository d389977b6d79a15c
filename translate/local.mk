# translate/local.mk - the guest- and host-independent translation core:
# IR, optimiser, liveness, TB cache and the exec loop.

libferry_a_SOURCES += \
	translate/ir.c \
	translate/ir_eval.c \
	translate/ir_dump.c \
	translate/opt.c \
	translate/liveness.c \
	translate/pin.c \
	translate/tb_cache.c \
	translate/exec.c \
	translate/tb_gen.c \
	translate/smc.c \
	translate/fault.c

noinst_HEADERS += \
	translate/ir.h \
	translate/codebuf.h \
	translate/tb.h \
	translate/exec.h \
	translate/tb_gen.h \
	translate/smc.h \
	translate/stats.h \
	translate/fault.h

EXTRA_DIST += translate/ir_ops.def
