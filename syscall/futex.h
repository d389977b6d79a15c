/*
 * futex.h - what sig.c's restart policy needs to know of the last futex
 * call (futex.c).
 */
#ifndef FERRY_SYSCALL_FUTEX_H
#define FERRY_SYSCALL_FUTEX_H

#include <stdbool.h>

/* True once after a futex call that Linux ends with EINTR even under a
 * SA_RESTART handler (a wait with a timeout: -ERESTART_RESTARTBLOCK). */
bool futex_take_no_restart(void);

#endif
