/* uname.c - uname(2) reports the guest machine "aarch64" and "Linux". */
// test-expect: file
#include <stdio.h>
#include <sys/utsname.h>
int main(void)
{
	struct utsname u;
	if (uname(&u))
		return 1;
	printf("sysname=%s machine=%s\n", u.sysname, u.machine);
	return 0;
}
