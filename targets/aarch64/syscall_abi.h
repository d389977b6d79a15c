/*
 * syscall_abi.h - the Linux ABI facts of an AArch64 guest.
 *
 * Transcribed from the kernel's uapi headers as arm64 uses them
 * (include/uapi/asm-generic/stat.h, arch/arm64/include/uapi/asm/fcntl.h,
 * include/uapi/linux/eventpoll.h, arch/arm64/include/uapi/asm/mman.h) and
 * asserted below; tests/unit/test_syscall.c checks them again against the
 * cross compiler's headers when aarch64-linux-gnu-gcc is installed.
 *
 * Syscall convention (arch/arm64/kernel/syscall.c): number in x8,
 * arguments in x0..x5, result in x0.
 */
#ifndef FERRY_A64_SYSCALL_ABI_H
#define FERRY_A64_SYSCALL_ABI_H

#include <stddef.h>
#include <stdint.h>
#include "abi.h"

/* asm-generic/stat.h: the struct stat of fstat/newfstatat on arm64. */
struct a64_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint32_t st_mode;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint64_t st_rdev;
    uint64_t pad1;
    int64_t st_size;
    int32_t st_blksize;
    int32_t pad2;
    int64_t st_blocks;
    int64_t st_atime_sec;
    uint64_t st_atime_nsec;
    int64_t st_mtime_sec;
    uint64_t st_mtime_nsec;
    int64_t st_ctime_sec;
    uint64_t st_ctime_nsec;
    uint32_t unused4;
    uint32_t unused5;
};

_Static_assert(sizeof(struct a64_stat) == 128, "arm64 struct stat is 128 bytes");
_Static_assert(offsetof(struct a64_stat, st_mode) == 16, "st_mode");
_Static_assert(offsetof(struct a64_stat, st_rdev) == 32, "st_rdev");
_Static_assert(offsetof(struct a64_stat, st_size) == 48, "st_size");
_Static_assert(offsetof(struct a64_stat, st_blksize) == 56, "st_blksize");
_Static_assert(offsetof(struct a64_stat, st_blocks) == 64, "st_blocks");
_Static_assert(offsetof(struct a64_stat, st_atime_sec) == 72, "st_atime");
_Static_assert(offsetof(struct a64_stat, st_mtime_sec) == 88, "st_mtime");
_Static_assert(offsetof(struct a64_stat, st_ctime_sec) == 104, "st_ctime");

/* linux/eventpoll.h: packed only on x86-64, so 16 bytes on arm64. */
struct a64_epoll_event {
    uint32_t events;
    uint32_t pad;
    uint64_t data;
};
_Static_assert(sizeof(struct a64_epoll_event) == 16, "arm64 epoll_event");

/* The kernel's struct sigaction on arm64 (SA_RESTORER exists there:
 * arch/arm64/include/uapi/asm/signal.h), include/linux/signal_types.h. */
struct a64_sigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;          /* _NSIG 64: one 64-bit word */
};
_Static_assert(sizeof(struct a64_sigaction) == 32, "arm64 kernel sigaction");

/* arch/arm64/include/uapi/asm/fcntl.h: the four O_* bits that differ
 * from asm-generic (which x86-64 uses). */
#define A64_O_DIRECTORY 0040000
#define A64_O_NOFOLLOW  0100000
#define A64_O_DIRECT    0200000
#define A64_O_LARGEFILE 0400000

/* arch/arm64/include/uapi/asm/mman.h */
#define A64_PROT_BTI 0x10
#define A64_PROT_MTE 0x20

extern const struct syscall_abi a64_syscall_abi;

/* Syscall register accessors for struct guest_aarch64 (cpu: struct a64_cpu). */
long a64_syscall_nr(void *cpu);
uint64_t a64_syscall_arg(void *cpu, int i);
void a64_syscall_ret(void *cpu, uint64_t v);

/* /proc/cpuinfo as an arm64 kernel prints it (targets/aarch64/cpuinfo.c). */
size_t a64_cpuinfo(char *buf, size_t len);

#endif
