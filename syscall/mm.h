/*
 * mm.h - the registry of ferry's own mappings, which the guest's memory
 * syscalls must not touch (guest addresses are host addresses, DESIGN.md
 * decision 1).  Whoever maps memory for ferry (code buffer, signal
 * stacks, thread stacks) registers it:
 *
 *     void *buf = mmap(NULL, size, PROT_READ|PROT_WRITE|PROT_EXEC, ...);
 *     mm_reserve_host(buf, size, "code buffer");
 *
 * Guest mmap(MAP_FIXED)/mremap over a reserved range fails with -ENOMEM
 * (MAP_FIXED_NOREPLACE: -EEXIST), munmap with -EINVAL, mprotect with -ENOMEM.
 */
#ifndef FERRY_SYSCALL_MM_H
#define FERRY_SYSCALL_MM_H

#include <stddef.h>
#include <stdint.h>

#define MM_GUEST_LIMIT (1ull << 47)   /* guest mappings stay below this */

void mm_reserve_host(void *addr, size_t len, const char *what);
void mm_release_host(void *addr, size_t len);
/* The name of the first reserved range overlapping [addr, addr+len), or NULL. */
const char *mm_host_overlap(uint64_t addr, uint64_t len);

/* Called when guest memory in [addr, addr+len) is unmapped, remapped or
 * changes protection, so that translated code from it can be dropped
 * (translate/ sets it; NULL until then). */
extern void (*mm_guest_change_hook)(uint64_t addr, uint64_t len);

/* The current guest program break (brk.c). */
uint64_t mm_brk_current(void);

#endif
