/*
 * exec.h - the exec loop: find or translate the block at the guest PC,
 * run it, and act on why it returned (syscall, exception, chain request).
 *
 *     exec_init();                 // once: code buffer, prologue
 *     exec_loop(thread);           // never returns (exit_group ends it)
 */
#ifndef FERRY_EXEC_H
#define FERRY_EXEC_H

#include "thread.h"

#define CODE_BUFFER_SIZE (256u << 20)

void exec_init(void);
/* -one-insn-per-tb: blocks of one instruction, no regions. */
void exec_set_one_insn_per_tb(void);
void exec_loop(struct ferry_thread *t) __attribute__((noreturn));
/* Drop every translation (e.g. the guest unmapped code). */
void exec_flush_code(void);
/* -d stats */
void exec_print_stats(void);

#endif
