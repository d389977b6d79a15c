/*
 * sigframe.h - the arm64 Linux signal frame, transcribed from the
 * kernel's uapi headers (arch/arm64/include/uapi/asm/sigcontext.h,
 * ucontext.h) and arch/arm64/kernel/signal.c (struct rt_sigframe,
 * struct frame_record).  Sizes and offsets are asserted below and checked
 * against the cross compiler's headers in tests/unit/test_sigframe.c.
 *
 *   rt_sigframe:  siginfo (128) | ucontext (4560)        = 4688 bytes
 *   ucontext:     uc_flags, uc_link, uc_stack, uc_sigmask (8 of 128),
 *                 uc_mcontext at 176 (16-aligned)
 *   sigcontext:   fault_address, regs[31], sp, pc, pstate,
 *                 __reserved[4096] at 288: records {magic, size, ...}
 *                 fpsimd_context, esr_context (faults), then {0, 0}
 *   above the frame, 16-aligned: frame_record {fp, lr} (x29 points to it)
 */
#ifndef FERRY_A64_SIGFRAME_H
#define FERRY_A64_SIGFRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "guest_signal.h"

#define A64_FPSIMD_MAGIC 0x46508001u
#define A64_ESR_MAGIC    0x45535201u
#define A64_EXTRA_MAGIC  0x45585401u
#define A64_SIGRETURN_NR 139        /* __NR_rt_sigreturn, asm-generic */

struct a64_ctx_head {               /* struct _aarch64_ctx */
    uint32_t magic;
    uint32_t size;
};

struct a64_fpsimd_context {
    struct a64_ctx_head head;
    uint32_t fpsr;
    uint32_t fpcr;
    unsigned __int128 vregs[32];
};

struct a64_esr_context {
    struct a64_ctx_head head;
    uint64_t esr;
};

struct a64_sigcontext {
    uint64_t fault_address;
    uint64_t regs[31];
    uint64_t sp;
    uint64_t pc;
    uint64_t pstate;
    uint8_t reserved[4096] __attribute__((aligned(16)));
};

struct a64_ucontext {
    uint64_t uc_flags;
    uint64_t uc_link;
    struct guest_stack uc_stack;
    uint64_t uc_sigmask;
    uint8_t unused[1024 / 8 - 8];   /* glibc's sigset_t is 1024 bits */
    struct a64_sigcontext uc_mcontext;
};

struct a64_rt_sigframe {
    struct guest_siginfo info;
    struct a64_ucontext uc;
};

struct a64_frame_record {
    uint64_t fp;
    uint64_t lr;
};

_Static_assert(sizeof(struct a64_fpsimd_context) == 528, "fpsimd_context");
_Static_assert(offsetof(struct a64_fpsimd_context, vregs) == 16, "fpsimd vregs");
_Static_assert(sizeof(struct a64_esr_context) == 16, "esr_context");
_Static_assert(offsetof(struct a64_sigcontext, sp) == 256, "sigcontext.sp");
_Static_assert(offsetof(struct a64_sigcontext, reserved) == 288, "sigcontext.__reserved");
_Static_assert(sizeof(struct a64_sigcontext) == 4384, "sigcontext");
_Static_assert(offsetof(struct a64_ucontext, uc_stack) == 16, "uc_stack");
_Static_assert(offsetof(struct a64_ucontext, uc_sigmask) == 40, "uc_sigmask");
_Static_assert(offsetof(struct a64_ucontext, uc_mcontext) == 176, "uc_mcontext");
_Static_assert(sizeof(struct a64_ucontext) == 4560, "ucontext");
_Static_assert(sizeof(struct a64_rt_sigframe) == 4688, "rt_sigframe");

/* The struct guest_arch hooks (include/guest.h). */
uint64_t a64_cpu_get_sp(void *cpu);
bool a64_setup_sigframe(void *cpu, const struct guest_sigframe *f);
bool a64_sigreturn(void *cpu, struct guest_sigreturn *r);
/* The address of ferry's rt_sigreturn trampoline (mapped at start-up by
 * a64_cpu_init, before the guest can leave holes for it to land in),
 * the return address of handlers without SA_RESTORER; 0 if unmappable. */
uint64_t a64_sigtramp(void);

#endif
