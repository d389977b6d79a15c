/* mathdl.c - libm linked at build time, and libm again through
 * dlopen("libm.so.6") + dlsym: ld.so searches the sysroot at run time. */
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    volatile double x = argc + 1.25;    /* not folded by the compiler */
    void *h = dlopen("libm.so.6", RTLD_NOW);
    double (*dl_cbrt)(double), (*dl_cos)(double);

    printf("linked: sqrt %.9f cos %.9f exp %.9f\n", sqrt(x), cos(x), exp(x));
    if (!h) {
        printf("dlopen failed: %s\n", dlerror());
        return 1;
    }
    dl_cbrt = (double (*)(double))dlsym(h, "cbrt");
    dl_cos = (double (*)(double))dlsym(h, "cos");
    if (!dl_cbrt || !dl_cos) {
        printf("dlsym failed: %s\n", dlerror());
        return 1;
    }
    printf("dlsym: cbrt %.9f cos %.9f\n", dl_cbrt(x * 10), dl_cos(x));
    printf("same cos: %s\n", dl_cos(x) == cos(x) ? "yes" : "no");
    dlclose(h);
    (void)argv;
    return 0;
}
