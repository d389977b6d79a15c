/*
 * cpu_common.h - the guest-independent head of every guest CPU state.
 *
 * Each guest's CPU struct (targets/<guest>/cpu.h) starts with a
 * struct cpu_common so that the exec loop, the syscall layer and the
 * signal layer can find the PC, the flags and the exit bookkeeping
 * without knowing the guest.
 *
 * Flags: an AArch64-style guest keeps its condition flags in the host's
 * EFLAGS between a producer and a consumer (DESIGN.md, decision 3).  When
 * they must live in memory they are stored as an x86 EFLAGS image in
 * `hflags` (pushfq/popfq), in the "subtract convention": x86 CF holds the
 * inverse of the Arm C flag, SF=N, ZF=Z, OF=V.  targets/<guest> converts
 * to the architectural form (MRS NZCV, signal frames).
 */
#ifndef FERRY_CPU_COMMON_H
#define FERRY_CPU_COMMON_H

#include <stdint.h>

/* Exceptions a translated block can raise (cpu_common.excp). */
enum cpu_exception {
    EXCP_NONE,
    EXCP_UDEF,      /* unallocated / unimplemented instruction: SIGILL */
    EXCP_BRK,       /* BRK #imm: SIGTRAP, TRAP_BRKPT */
    EXCP_SEGV,      /* guest memory fault: SIGSEGV, excp_addr = fault addr */
    EXCP_BUS,       /* alignment fault: SIGBUS */
    EXCP_FPE,
};

/* excp_code bits of a data fault (0 = an instruction fetch fault). */
#define FAULT_READ  0x100u
#define FAULT_WRITE 0x200u
#define FAULT_SI_CODE(c) ((int)((c) & 0xffu))

/* What a block returns to the exec loop when it does not chain. */
enum exit_reason {
    EXIT_LOOKUP = 0,   /* cpu_common.pc holds the next PC: look it up */
    EXIT_SYSCALL = 1,  /* pc = the instruction after the SVC */
    EXIT_EXCEPTION = 2,/* pc = faulting instruction, excp/excp_addr set */
    EXIT_INTERRUPT = 3,/* exit_request was set (signal pending) */
    EXIT_REASON_MAX = 4096 /* larger values are (tb pointer | chain slot) */
};

struct cpu_common {
    uint64_t pc;          /* guest PC whenever control is outside a block */
    uint64_t hflags;      /* guest flags as an x86 EFLAGS image, see above */
    uint32_t excp;        /* enum cpu_exception, with EXIT_EXCEPTION */
    uint32_t excp_code;   /* e.g. BRK immediate; for EXCP_SEGV/BUS from a
                             guest load or store: si_code | FAULT_READ/WRITE */
    uint64_t excp_addr;   /* fault address for EXCP_SEGV/EXCP_BUS */
    volatile int32_t exit_request; /* nonzero: leave at next block entry */
    int32_t pad0;
    void *thread;         /* owning struct ferry_thread */
    /* Inline indirect-branch cache, see translate/jump_cache.h */
    void *jump_cache;
};

/* x86 EFLAGS bits used by the hflags image. */
#define HFLAG_CF 0x0001u
#define HFLAG_ZF 0x0040u
#define HFLAG_SF 0x0080u
#define HFLAG_OF 0x0800u
#define HFLAG_FIXED 0x0002u /* bit 1 always reads as 1 */

#endif
