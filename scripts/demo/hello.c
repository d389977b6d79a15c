/*
 * hello.c - the demo guest program of scripts/run-demo.sh.
 *
 * Built static for AArch64 (aarch64-linux-gnu-gcc -static) and run with
 * ferry.  It prints what the guest sees of itself: its architecture, its
 * arguments, some integer and floating-point arithmetic, and a line
 * written with a raw system call.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

/* An integer that needs 64-bit multiplication to get right. */
static unsigned long long factorial(unsigned n)
{
    return n <= 1 ? 1 : n * factorial(n - 1);
}

/* pi by the Leibniz series: many dependent FP adds and divides. */
static double leibniz_pi(int terms)
{
    double sum = 0.0;
    for (int k = 0; k < terms; k++)
        sum += (k % 2 ? -4.0 : 4.0) / (2.0 * k + 1.0);
    return sum;
}

int main(int argc, char **argv)
{
    struct utsname u;
    const char msg[] = "written with write(2)\n";

    printf("Hello from an AArch64 Linux program!\n");
    if (uname(&u) == 0)
        printf("uname -m says: %s\n", u.machine);
    printf("argc = %d:", argc);
    for (int i = 0; i < argc; i++)
        printf(" [%s]", argv[i]);
    printf("\n20! = %llu\n", factorial(20));
    printf("pi ~= %.6f (1e6 terms), sqrt(2) = %.9f\n", leibniz_pi(1000000),
           sqrt(2.0));
    fflush(stdout);
    if (write(1, msg, strlen(msg)) < 0)
        return 1;
    return 0;
}
