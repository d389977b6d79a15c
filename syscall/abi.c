/*
 * abi.c - pick a guest's struct syscall_abi, and the O_* conversion
 * that every open-flag user (openat, fcntl F_GETFL/F_SETFL, pipe2,
 * strace) goes through.
 */
#include "abi.h"
#include "syscall_abi.h"

static const struct syscall_abi *const abis[] = {
    &a64_syscall_abi,
};

const struct syscall_abi *syscall_abi_by_seccomp(uint32_t seccomp_arch)
{
    for (size_t i = 0; i < ARRAY_SIZE(abis); i++)
        if (abis[i]->seccomp_arch == seccomp_arch)
            return abis[i];
    return NULL;
}

const struct syscall_abi *syscall_abi_for(const struct guest_arch *arch)
{
    const struct syscall_abi *abi = syscall_abi_by_seccomp(arch->seccomp_arch);

    if (!abi)
        fatal("no syscall ABI for guest %s", arch->name);
    return abi;
}

/* Each listed bit moves; all other bits have the same value on both. */
uint32_t abi_open_flags_to_host(const struct syscall_abi *abi, uint32_t guest)
{
    uint32_t out = guest;

    for (size_t i = 0; i < abi->n_open_flags; i++)
        out &= ~abi->open_flags[i].guest;
    for (size_t i = 0; i < abi->n_open_flags; i++)
        if (guest & abi->open_flags[i].guest)
            out |= abi->open_flags[i].host;
    return out;
}

uint32_t abi_open_flags_to_guest(const struct syscall_abi *abi, uint32_t host)
{
    uint32_t out = host;

    for (size_t i = 0; i < abi->n_open_flags; i++)
        out &= ~abi->open_flags[i].host;
    for (size_t i = 0; i < abi->n_open_flags; i++)
        if (host & abi->open_flags[i].host)
            out |= abi->open_flags[i].guest;
    return out;
}
