/*
 * guest.h - what the guest-independent layers need to know of a guest.
 *
 * One struct guest_arch per guest (targets/<guest>/arch.c defines it);
 * the loader picks it from the ELF's e_machine with guest_arch_for_elf().
 * The exec loop, syscall and signal layers reach the guest only through
 * this table.
 */
#ifndef FERRY_GUEST_H
#define FERRY_GUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "ferry.h"

struct ir_block;
struct ferry_thread;
struct guest_sigframe;      /* signal/guest_signal.h */
struct guest_sigreturn;

/* -- CPU models (added by the -cpu work): one -cpu name and its one-line
 * description for `-cpu help`. -- */
struct guest_cpu_model {
    const char *name;
    const char *summary;
};

struct guest_arch {
    const char *name;           /* "aarch64": uname machine, -cpu, links */
    uint16_t e_machine;         /* EM_AARCH64 */
    uint32_t seccomp_arch;      /* SCMP_ARCH_AARCH64 */
    const char *platform;       /* AT_PLATFORM string */
    size_t cpu_size;            /* sizeof the CPU state */
    size_t cpu_align;
    uint64_t (*hwcap)(void);    /* AT_HWCAP */
    uint64_t (*hwcap2)(void);   /* AT_HWCAP2 */
    unsigned min_page_size;     /* guest page size (4096) */

    /* CPU state */
    void (*cpu_init)(void *cpu);
    void (*cpu_set_entry)(void *cpu, gaddr_t pc, gaddr_t sp);

    /* Translation: make the globals once per ir_block, then build the IR
     * of one block at pc.  Returns the guest bytes covered (>= 4). */
    void (*init_globals)(struct ir_block *ir);
    unsigned (*gen_block)(struct ir_block *ir, gaddr_t pc, unsigned max_insns);
    /* Tier 2: the IR of a hot region whose head is pc (it may loop back
     * to its head and leave through several exits).  Returns the guest
     * instructions it covers. */
    unsigned (*gen_region)(struct ir_block *ir, gaddr_t pc);
    /* Disassemble one instruction for -d in_asm into buf (capstone). */
    void (*disas)(gaddr_t pc, uint32_t insn, char *buf, size_t len);

    /* System call ABI */
    long (*syscall_nr)(void *cpu);
    uint64_t (*syscall_arg)(void *cpu, int i);
    void (*syscall_ret)(void *cpu, uint64_t value);
    /* Clone: set the child's return value / stack / TLS */
    void (*cpu_set_tls)(void *cpu, uint64_t tls);
    void (*cpu_set_sp)(void *cpu, uint64_t sp);

    /* -- Signal delivery hooks (added by the signal-delivery work):
     * signal/deliver.c calls them, targets/<guest>/sigframe.c fills them. -- */
    uint64_t (*cpu_get_sp)(void *cpu);
    /* Write the guest's signal frame below f->sp_top and point the CPU
     * at the handler; false if the frame cannot be written (SIGSEGV). */
    bool (*setup_sigframe)(void *cpu, const struct guest_sigframe *f);
    /* rt_sigreturn: restore the CPU from the frame at its SP and give
     * back the mask and uc_stack; false for a bad frame (SIGSEGV). */
    bool (*sigreturn)(void *cpu, struct guest_sigreturn *r);

    /* -- CPU models (added by the -cpu work): core/options.c checks -cpu
     * against cpu_models (ends with a NULL name), core/main.c selects one
     * with set_cpu_model before the first translation and the initial
     * stack (false: unknown name).  HWCAPs, ID registers, /proc/cpuinfo
     * and the instructions that translate follow the selected model. -- */
    const struct guest_cpu_model *cpu_models;
    bool (*set_cpu_model)(const char *name);
};

extern const struct guest_arch guest_aarch64;
/* NULL if ferry has no guest for this machine. */
const struct guest_arch *guest_arch_for_elf(uint16_t e_machine);
const struct guest_arch *guest_arch_by_name(const char *name);

#endif
