/*
 * disas.h - print host (x86-64) code for `-d out_asm` and debugging.
 *
 * Uses capstone when ferry is configured with it (HAVE_CAPSTONE), else
 * prints the bytes in hex, 16 per line, so the output is never empty.
 *
 *     host_disas(stderr, tb_code, tb_size, (uint64_t)(uintptr_t)tb_code);
 */
#ifndef FERRY_DISAS_H
#define FERRY_DISAS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* One line per instruction: address, bytes, mnemonic, operands.  `addr`
 * is the address shown for code[0] (normally its run-time address). */
void host_disas(FILE *f, const uint8_t *code, size_t len, uint64_t addr);

#endif
