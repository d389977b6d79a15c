/*
 * hostfd.h - file descriptors ferry keeps open for itself (the -D log,
 * perf map files, ...) and the guest must not close or replace: the guest
 * shares ferry's descriptor table, and a program that closes "all other
 * fds" (daemons, shells, close_range) would otherwise take ferry's log
 * away, or worse, have ferry write into a file the guest opened next on
 * the same number.
 *
 *     int fd = fileno(log_file);
 *     hostfd_reserve(fd);     // guest close(fd): -EBADF; close_range skips it
 */
#ifndef FERRY_SYSCALL_HOSTFD_H
#define FERRY_SYSCALL_HOSTFD_H

#include <stdbool.h>

void hostfd_reserve(int fd);
void hostfd_release(int fd);
bool hostfd_is_reserved(int fd);

#endif
