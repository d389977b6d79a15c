/*
 * backend.h - the x86-64 backend's interface to the translation core.
 *
 *     backend_init(buf, size);            // once: prologue/epilogue
 *     uintptr_t r = backend_enter(cpu, tb->code);   // run host code
 *     size_t n = backend_gen_code(ir, &cb, tb);     // IR -> host code
 *
 * Generated code runs with the guest CPU state pointer in R14 (env) and a
 * fixed frame of spill slots on the host stack; blocks jump to each other
 * without touching the stack.  A block returns to backend_enter's caller
 * through the shared epilogue with an exit value in RAX (enum exit_reason
 * or a chain request: tb pointer | slot).
 */
#ifndef FERRY_BACKEND_H
#define FERRY_BACKEND_H

#include <stddef.h>
#include <stdint.h>
#include "codebuf.h"
#include "ir.h"

struct tb;

/* Emit the shared prologue/epilogue at the start of the code buffer;
 * returns how many bytes it used. */
size_t backend_init(struct codebuf *cb);
/* Enter translated code at `code` with env = cpu; returns the exit value. */
uintptr_t backend_enter(void *cpu, const void *code);
/* Translate a block's IR to host code at cb->ptr and fill the host-side
 * fields of tb (code, chaining sites, pc map).  Returns false if the code
 * buffer overflowed (cb->overflow): flush and retry. */
bool backend_gen_code(struct ir_block *ir, struct codebuf *cb, struct tb *tb);
/* Point chain slot `slot` of tb at host code `target` (NULL: unchain). */
void backend_chain(struct tb *tb, unsigned slot, const void *target);
/* Make the start of old's code jump to `target` (old was replaced). */
void backend_redirect(struct tb *old, const void *target);
/* How many globals a block may pin in host registers (ir_pin_globals). */
#define BACKEND_MAX_PINS 5

/* Offsets in the CPU state the backend needs (set by the exec loop from
 * the guest: struct cpu_common is at offset 0 of every guest state). */
#endif
