/*
 * syscall.h - the Linux ABI layer: guest system calls to host ones.
 *
 * The exec loop calls syscall_dispatch() when a block exits with
 * EXIT_SYSCALL; it reads the number and arguments through the guest's
 * ABI accessors (struct guest_arch), runs the handler, and writes the
 * result (a value or -errno) back.  Handlers return `long`: >= 0 or
 * -errno, converted in exactly one place.
 */
#ifndef FERRY_SYSCALL_H
#define FERRY_SYSCALL_H

#include <stdbool.h>
#include <stdint.h>
#include "thread.h"

/* Options the syscall layer needs from the command line. */
struct syscall_options {
    bool strace;
    const char *exe_path;      /* absolute path of the guest program (/proc/self/exe) */
    const char *ferry_path;    /* absolute path of ferry itself, for execve */
    char *const *ferry_argv;   /* options to pass again on execve (NULL-terminated) */
    const char *sysroot;       /* -L, or NULL */
};
extern struct syscall_options syscall_opts;

/* Start-up: the program break after loading, and where the stack is. */
void syscall_init(gaddr_t brk, gaddr_t stack_base, gaddr_t stack_top);
void syscall_dispatch(struct ferry_thread *t);

/* -- Additions by the syscall layer (not in the original header) -- */

/* The guest's argv, for /proc/self/cmdline (call after loading). */
void syscall_set_cmdline(int argc, char *const argv[]);
/* Called by exit/exit_group just before the process ends (e.g. -d stats);
 * NULL by default.  Logs are flushed after it. */
extern void (*syscall_exit_hook)(int status);
/* -r: the release uname(2) reports, or NULL for the host's. */
extern const char *syscall_uname_release;

#endif
