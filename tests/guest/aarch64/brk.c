/* brk.c - BRK #0 with no handler: the process dies by SIGTRAP (5). */
// test-expect: file
// test-status: 133
#include <stdio.h>
int main(void)
{
	printf("before brk\n");
	fflush(stdout);
	asm volatile("brk #0x3e8");
	printf("after brk (must not be reached)\n");
	return 0;
}
