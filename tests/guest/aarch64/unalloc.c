/*
 * unalloc.c - an unallocated encoding (op0 = 0b0001, bits 28:25, is
 * unallocated in the A64 top-level encoding table): SIGILL (4).
 */
// test-expect: file
// test-status: 132
#include <stdio.h>
int main(void)
{
	printf("before unallocated\n");
	fflush(stdout);
	asm volatile(".inst 0x02000000");
	printf("after unallocated (must not be reached)\n");
	return 0;
}
