/* udf.c - UDF #0 (permanently undefined): the process dies by SIGILL (4). */
// test-expect: file
// test-status: 132
#include <stdio.h>
int main(void)
{
	printf("before udf\n");
	fflush(stdout);
	asm volatile("udf #0x1234");
	printf("after udf (must not be reached)\n");
	return 0;
}
