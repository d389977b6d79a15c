/*
 * thread_atomics_lse.c - thread_atomics_v80.c built for ARMv8.1: the
 * same counters through LSE (LDADDAL, LDADD, CASAL, SWPA, LDUMAX, CASPAL)
 * from 8 threads, with the same exact totals.
 */
// test-expect: file
// test-cflags: -march=armv8.1-a -mno-outline-atomics -pthread
// test-ldflags: -pthread
#include "thread_atomics_v80.c"
