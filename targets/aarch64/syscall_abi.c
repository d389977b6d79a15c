/*
 * syscall_abi.c - the AArch64 guest's Linux ABI table and syscall
 * register accessors (see syscall_abi.h for the sources).
 *
 * Only what differs from the x86-64 host needs a converter here: struct
 * stat (x86-64 has its own 144-byte layout), the packed x86-64
 * struct epoll_event, four O_* bits and the arm64-only PROT_BTI/PROT_MTE.
 * Everything else (statfs, flock, termios, sigaction, msghdr, rlimit,
 * signal numbers, SA_* and errno values) is asm-generic on both.
 */
#include <seccomp.h>
#include <string.h>
#include "cpu.h"
#include "syscall_abi.h"

long a64_syscall_nr(void *cpu)
{
    return (long)((struct a64_cpu *)cpu)->x[8];
}

uint64_t a64_syscall_arg(void *cpu, int i)
{
    return ((struct a64_cpu *)cpu)->x[i];
}

void a64_syscall_ret(void *cpu, uint64_t v)
{
    ((struct a64_cpu *)cpu)->x[0] = v;
}

static void a64_stat_to_guest(void *guest, const struct stat *h)
{
    struct a64_stat g;

    memset(&g, 0, sizeof g);
    g.st_dev = h->st_dev;
    g.st_ino = h->st_ino;
    g.st_mode = h->st_mode;
    g.st_nlink = (uint32_t)h->st_nlink;
    g.st_uid = h->st_uid;
    g.st_gid = h->st_gid;
    g.st_rdev = h->st_rdev;
    g.st_size = h->st_size;
    g.st_blksize = (int32_t)h->st_blksize;
    g.st_blocks = h->st_blocks;
    g.st_atime_sec = h->st_atim.tv_sec;
    g.st_atime_nsec = (uint64_t)h->st_atim.tv_nsec;
    g.st_mtime_sec = h->st_mtim.tv_sec;
    g.st_mtime_nsec = (uint64_t)h->st_mtim.tv_nsec;
    g.st_ctime_sec = h->st_ctim.tv_sec;
    g.st_ctime_nsec = (uint64_t)h->st_ctim.tv_nsec;
    memcpy(guest, &g, sizeof g);
}

static void a64_epoll_to_guest(void *guest, const struct epoll_event *h)
{
    struct a64_epoll_event g = { .events = h->events, .pad = 0, .data = h->data.u64 };
    memcpy(guest, &g, sizeof g);
}

static void a64_epoll_to_host(struct epoll_event *h, const void *guest)
{
    struct a64_epoll_event g;
    memcpy(&g, guest, sizeof g);
    h->events = g.events;
    h->data.u64 = g.data;
}

/* arm64 value -> x86-64 (asm-generic/fcntl.h) value */
static const struct flag_pair a64_open_flags[] = {
    { A64_O_DIRECTORY, 0200000 },
    { A64_O_NOFOLLOW,  0400000 },
    { A64_O_DIRECT,    0040000 },
    { A64_O_LARGEFILE, 0100000 },
};

/* asm-generic/mman.h + mman-common.h as arm64 uses them: the x86-only
 * MAP_32BIT (0x40) is not among them. */
#define A64_MAP_VALID (0x3u /* SHARED, PRIVATE, SHARED_VALIDATE */ | 0x10u /* FIXED */ \
    | 0x20u /* ANONYMOUS */ | 0x100u /* GROWSDOWN */ | 0x800u /* DENYWRITE */     \
    | 0x1000u /* EXECUTABLE */ | 0x2000u /* LOCKED */ | 0x4000u /* NORESERVE */   \
    | 0x8000u /* POPULATE */ | 0x10000u /* NONBLOCK */ | 0x20000u /* STACK */     \
    | 0x40000u /* HUGETLB */ | 0x80000u /* SYNC */ | 0x100000u /* FIXED_NOREPLACE */ \
    | 0xfc000000u /* MAP_HUGE_* size bits, MAP_UNINITIALIZED */)

const struct syscall_abi a64_syscall_abi = {
    .seccomp_arch = SCMP_ARCH_AARCH64,
    .machine = "aarch64",
    .svc_insn_size = 4,
    .min_sigstksz = 5120,   /* arch/arm64/include/uapi/asm/signal.h */
    .open_flags = a64_open_flags,
    .n_open_flags = sizeof a64_open_flags / sizeof a64_open_flags[0],
    .prot_guest_only = A64_PROT_BTI | A64_PROT_MTE,
    .map_flags_valid = A64_MAP_VALID,
    .stat_size = sizeof(struct a64_stat),
    .stat_to_guest = a64_stat_to_guest,
    .epoll_event_size = sizeof(struct a64_epoll_event),
    .epoll_to_guest = a64_epoll_to_guest,
    .epoll_to_host = a64_epoll_to_host,
    .cpuinfo = a64_cpuinfo,
};
