/*
 * abi.h - what the syscall layer needs to know of one guest's Linux ABI.
 *
 * Each guest fills one struct syscall_abi in targets/<guest>/syscall_abi.c
 * (the facts: structure layouts, flag values that differ from the host,
 * the uname machine).  syscall/ converts through it and never names a
 * guest; syscall_abi_for() picks the table from the guest's seccomp arch.
 *
 *     const struct syscall_abi *abi = syscall_abi_for(t->arch);
 *     uint32_t hflags = abi_open_flags_to_host(abi, guest_flags);
 */
#ifndef FERRY_SYSCALL_ABI_H
#define FERRY_SYSCALL_ABI_H

#include <stddef.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/stat.h>
#include "guest.h"

/* One bit whose value differs between guest and host. */
struct flag_pair {
    uint32_t guest, host;
};

struct syscall_abi {
    uint32_t seccomp_arch;          /* SCMP_ARCH_* of the guest */
    const char *machine;            /* uname(2) machine */
    unsigned svc_insn_size;         /* bytes of the syscall instruction */
    uint64_t min_sigstksz;          /* MINSIGSTKSZ, for sigaltstack */
    /* open(2)/fcntl(2) O_* bits that differ from the host's */
    const struct flag_pair *open_flags;
    size_t n_open_flags;
    uint32_t prot_guest_only;       /* PROT_* bits the host lacks (dropped) */
    uint32_t map_flags_valid;       /* MAP_* bits the guest kernel knows */
    /* struct stat as the guest's fstat/newfstatat write it */
    size_t stat_size;
    void (*stat_to_guest)(void *guest, const struct stat *host);
    /* struct epoll_event */
    size_t epoll_event_size;
    void (*epoll_to_guest)(void *guest, const struct epoll_event *host);
    void (*epoll_to_host)(struct epoll_event *host, const void *guest);
    /* /proc/cpuinfo text; returns the length (may exceed len: truncated) */
    size_t (*cpuinfo)(char *buf, size_t len);
};

/* The table for a guest (by its seccomp arch); fatal() if ferry has none. */
const struct syscall_abi *syscall_abi_for(const struct guest_arch *arch);
const struct syscall_abi *syscall_abi_by_seccomp(uint32_t seccomp_arch);

/* O_* conversion, both directions, through abi->open_flags. */
uint32_t abi_open_flags_to_host(const struct syscall_abi *abi, uint32_t guest);
uint32_t abi_open_flags_to_guest(const struct syscall_abi *abi, uint32_t host);

#endif
