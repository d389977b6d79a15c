# bench/local.mk - `make bench`: time the workloads in bench/src/ under
# native x86-64, qemu-aarch64-static and the ferry just built, and print
# the ratios (bench/README.md). Not part of `make check`: benchmarks are
# not tests, and nothing here fails on a time. It does fail (exit 1) when
# a runner crashes or prints a wrong checksum.
#
#   make bench                        full run (several minutes)
#   make bench BENCH_FLAGS=--quick    small scales, one run each
#   make bench BENCH_FLAGS='--only fib,interp --runs 5'

BENCH_FLAGS =

EXTRA_DIST += \
	bench/README.md \
	bench/run.sh \
	bench/src/crc.c \
	bench/src/fib.c \
	bench/src/interp.c \
	bench/src/nbody.c \
	bench/src/qsort.c \
	bench/src/sieve.c \
	bench/src/startup.c \
	bench/src/strings.c

bench: ferry$(EXEEXT)
	FERRY=$(abs_builddir)/ferry$(EXEEXT) bash $(srcdir)/bench/run.sh \
		--build $(abs_builddir)/bench-build $(BENCH_FLAGS)

clean-local: clean-local-bench
clean-local-bench:
	-rm -rf bench-build

.PHONY: bench clean-local-bench
