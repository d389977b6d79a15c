/*
 * log.h - additions to the logging API of include/ferry.h used by core/.
 *
 *   log_open("/tmp/ferry-%d.log", false);   // "%d" -> pid, truncate
 */
#ifndef FERRY_LOG_H
#define FERRY_LOG_H

#include <stdbool.h>
#include <stddef.h>

/* Send log output to path ("%d" is replaced by the pid, as in qemu's -D);
 * append instead of truncating when append is true (ferry re-executed by
 * a guest execve keeps writing to its parent's log). */
bool log_open(const char *path, bool append);

/* The -d item names of mask joined by ',' into buf ("" for 0). */
void log_mask_to_string(unsigned mask, char *buf, size_t size);

#endif
