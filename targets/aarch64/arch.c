/*
 * arch.c - the AArch64 guest as the rest of ferry sees it: one
 * struct guest_arch (include/guest.h) tying together the CPU state, the
 * frontend, the ELF and HWCAP facts and the syscall ABI.
 */
#include <elf.h>
#include <string.h>
#include <seccomp.h>
#include "cpu.h"
#include "guest.h"
#include "hwcap.h"
#include "sigframe.h"
#include "syscall_abi.h"

void a64_init_globals(struct ir_block *ir);
unsigned a64_gen_block(struct ir_block *ir, gaddr_t pc, unsigned max_insns);
unsigned a64_gen_region(struct ir_block *ir, gaddr_t pc);
void a64_disas(gaddr_t pc, uint32_t insn, char *buf, size_t len);

static void a64_cpu_init(void *cpu)
{
    struct a64_cpu *c = cpu;
    /* Map the sigreturn trampoline before the guest runs, so that it can
     * never land in a hole the guest made in its own address space. */
    a64_sigtramp();
    memset(c, 0, sizeof(*c));
    a64_set_nzcv(c, 0);
    c->excl_addr = ~0ull;
}

static void a64_cpu_set_entry(void *cpu, gaddr_t pc, gaddr_t sp)
{
    struct a64_cpu *c = cpu;
    c->common.pc = pc;
    c->x[A64_SP] = sp;
}

static void a64_cpu_set_tls(void *cpu, uint64_t tls)
{
    ((struct a64_cpu *)cpu)->tpidr_el0 = tls;
}

static void a64_cpu_set_sp(void *cpu, uint64_t sp)
{
    ((struct a64_cpu *)cpu)->x[A64_SP] = sp;
}

const struct guest_arch guest_aarch64 = {
    .name = "aarch64",
    .e_machine = EM_AARCH64,
    .seccomp_arch = SCMP_ARCH_AARCH64,
    .platform = "aarch64",
    .cpu_size = sizeof(struct a64_cpu),
    .cpu_align = 64,
    .hwcap = a64_hwcap,
    .hwcap2 = a64_hwcap2,
    .min_page_size = 4096,
    .cpu_init = a64_cpu_init,
    .cpu_set_entry = a64_cpu_set_entry,
    .init_globals = a64_init_globals,
    .gen_block = a64_gen_block,
    .gen_region = a64_gen_region,
    .disas = a64_disas,
    .syscall_nr = a64_syscall_nr,
    .syscall_arg = a64_syscall_arg,
    .syscall_ret = a64_syscall_ret,
    .cpu_set_tls = a64_cpu_set_tls,
    .cpu_set_sp = a64_cpu_set_sp,
    /* signal delivery hooks (sigframe.c) */
    .cpu_get_sp = a64_cpu_get_sp,
    .setup_sigframe = a64_setup_sigframe,
    .sigreturn = a64_sigreturn,
    /* CPU models (cpu_models.def, hwcap.c) */
    .cpu_models = a64_cpu_model_names,
    .set_cpu_model = a64_set_cpu_model,
};

static const struct guest_arch *const guests[] = { &guest_aarch64 };

const struct guest_arch *guest_arch_for_elf(uint16_t e_machine)
{
    for (size_t i = 0; i < sizeof(guests) / sizeof(guests[0]); i++)
        if (guests[i]->e_machine == e_machine)
            return guests[i];
    return NULL;
}

const struct guest_arch *guest_arch_by_name(const char *name)
{
    for (size_t i = 0; i < sizeof(guests) / sizeof(guests[0]); i++)
        if (!strcmp(guests[i]->name, name))
            return guests[i];
    return NULL;
}
