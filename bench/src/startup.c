/*
 * startup.c - benchmark workload: process start-up latency.
 *
 * Does almost nothing, so its run time is ferry's (or qemu's) own start-up:
 * mapping the ELF file, building the stack, translating glibc's static
 * start-up code (IRELATIVE relocations, TLS setup, stdio) and exiting.
 * bench/run.sh runs it many times in a row (200 by default), the way a
 * chroot package build runs many short processes (sh, sed, cc wrappers).
 *
 * Usage: startup [scale]   (scale 10 by default; small loop of work)
 * Prints "checksum startup <hex>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	long scale = argc > 1 ? strtol(argv[1], NULL, 0) : 10;
	uint64_t sum = 0;
	char line[64];

	if (scale < 1)
		scale = 1;
	/* A little of what a short tool does: format a line, look at it. */
	for (long i = 0; i < scale; i++) {
		snprintf(line, sizeof(line), "line %ld of %ld", i, scale);
		sum = sum * 131 + strlen(line) + (unsigned char)line[5];
	}
	printf("checksum startup %016llx\n", (unsigned long long)sum);
	return 0;
}
