/*
 * stats.h - counters for -d stats (one table).  Updated without locks:
 * with several guest threads the numbers are approximate.
 */
#ifndef FERRY_STATS_H
#define FERRY_STATS_H

#define EXEC_STATS(X) X(translated) X(regions) X(flushes) X(chained)  \
    X(lookups) X(syscalls) X(exceptions) X(interrupts) X(loop_entries)

struct exec_stats {
#define STAT_FIELD(n) unsigned long n;
    EXEC_STATS(STAT_FIELD)
#undef STAT_FIELD
    double translate_seconds;
};
extern struct exec_stats stats;

#endif
