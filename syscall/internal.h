/*
 * internal.h - shared by the files of syscall/: the call record every
 * handler receives, the table entry, and the handler prototypes derived
 * from syscalls.def.
 *
 * A handler reads its arguments from c->a[], works with guest addresses
 * as host pointers (guest base 0, DESIGN.md decision 1), and returns a
 * guest value or -errno.  syscall_dispatch() is the one place that puts
 * the result into the guest's registers.
 *
 *     long sys_dup(struct sc_call *c) { return sc_pass(c); }
 */
#ifndef FERRY_SYSCALL_INTERNAL_H
#define FERRY_SYSCALL_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "abi.h"
#include "ferry.h"
#include "host.h"
#include "syscall.h"
#include "thread.h"

struct sc_call;
typedef long (*sc_handler)(struct sc_call *c);

/* One line of syscalls.def. */
struct sc_desc {
    const char *name;
    sc_handler fn;
    const char *fmt;        /* strace argument format, see syscalls.def */
};

/* One guest syscall number, resolved on first use (table.c). */
struct sc_entry {
    const char *name;       /* NULL: the guest has no such number */
    const struct sc_desc *desc; /* NULL: known name, no handler */
    int host_nr;            /* -1: the host has no syscall of that name */
};

struct sc_call {
    struct ferry_thread *t;
    const struct syscall_abi *abi;
    long nr;                /* guest number */
    int host_nr;            /* host number of the same name, or -1 */
    const struct sc_entry *e;
    uint64_t a[6];
    bool strace_done;       /* the handler already printed its strace line */
};

/* A handler return value meaning "leave the guest's result register
 * alone" (e.g. rt_sigreturn restores all registers). */
#define SC_RET_NONE (-4096L - 1)

/* Handlers named in syscalls.def. */
#define SYSCALL(name, handler, fmt) long handler(struct sc_call *c);
#define PASS(name, fmt)
#include "syscalls.def"
#undef SYSCALL
#undef PASS

/* table.c */
const struct sc_entry *syscall_table_lookup(uint32_t seccomp_arch, long nr);
const struct sc_desc *syscall_desc_by_name(const char *name);
size_t syscall_desc_count(void);
const struct sc_desc *syscall_desc_at(size_t i);

/* dispatch.c: the pass-through handler, and running one call. */
long sc_pass(struct sc_call *c);
long syscall_run(struct sc_call *c);
/* "at pc 0x..." of the current syscall instruction, for messages. */
uint64_t sc_pc(const struct sc_call *c);

/* strace.c */
size_t strace_format(char *buf, size_t len, const struct sc_call *c, long ret,
                     bool with_ret);
void strace_print(const struct sc_call *c, long ret);
void strace_print_noreturn(const struct sc_call *c);
/* errno.c: "ENOENT" (NULL if unknown) */
const char *errno_name(int e);

/* guest_mem.c: 0 or -EFAULT (also for a NULL address). */
#define SC_PATH_MAX 4096
long sc_get(void *dst, uint64_t gaddr, size_t n);
long sc_put(uint64_t gaddr, const void *src, size_t n);
/* The guest's path copied into buf[SC_PATH_MAX]; NULL when it cannot be
 * read (NULL, unmapped, too long): the caller then lets the host answer. */
const char *sc_path(uint64_t gaddr, char *buf);

/* mem.c */
void mm_init_brk(gaddr_t brk);

/* proc.c: emulated /proc files.  proc_open returns an fd, -errno, or
 * PROC_NOT_EMULATED; proc_exe_path maps /proc/self/exe (and /proc/<pid>/exe)
 * to the guest program's path, else NULL. */
#define PROC_NOT_EMULATED (-4096L - 2)
long proc_open(struct sc_call *c, int dirfd, const char *path, uint32_t host_flags);
const char *proc_exe_path(int dirfd, const char *path);

#endif
