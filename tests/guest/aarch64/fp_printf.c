/*
 * fp_printf.c - printf of floats and doubles in many formats, and strtod /
 * strtof round trips ("%.17g" then strtod gives the same bits).  Portable
 * C: the expected output is that of the same source built natively.
 */
// test-expect: native
// test-cflags: -ffp-contract=off
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double vals[] = {
	0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 3.14159265358979323846,
	1e-300, 1e300, 123456789.125, 1.0 / 3.0, 2.0 / 3.0, 1e15 + 0.3, 6.02214076e23,
	DBL_MIN, DBL_MAX, DBL_EPSILON, 4.9406564584124654e-324, 1e-5, 0.000123456, 99999.5,
	-1234.5678, 0.9999999999999999, 9007199254740993.0,
};

int main(void)
{
	const char *fmts[] = { "%f", "%.0f", "%.3f", "%e", "%.10e", "%g", "%.17g", "%a", "%10.4f", "%-12.3e|", "%+g", "%#.0f", "%G", "%.1g" };
	for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
			if (vals[i] > 1e100 && strchr(fmts[f], 'f'))
				continue;
			printf(fmts[f], vals[i]);
			putchar(' ');
		}
		putchar('\n');
	}
	double specials[] = { INFINITY, -INFINITY, NAN };
	for (int i = 0; i < 3; i++)
		printf("%f %e %g %5.1f\n", specials[i], specials[i], specials[i], specials[i]);
	float fv[] = { 0.1f, 1.0f / 3.0f, 16777217.0f, FLT_MAX, FLT_MIN, 1e-45f, -7.25f };
	for (int i = 0; i < 7; i++)
		printf("%.9g %f %a %e\n", fv[i], fv[i], fv[i], fv[i]);

	/* Round trips of pseudo-random bit patterns. */
	uint64_t s = 88172645463325252ull;
	int bad = 0, n = 0;
	char buf[64];
	for (int i = 0; i < 20000; i++) {
		s ^= s << 13; s ^= s >> 7; s ^= s << 17;
		double d;
		memcpy(&d, &s, 8);
		if (isnan(d))
			continue;
		snprintf(buf, sizeof buf, "%.17g", d);
		double back = strtod(buf, NULL);
		bad += memcmp(&back, &d, 8) != 0;
		float f = (float)d;
		snprintf(buf, sizeof buf, "%.9g", f);
		bad += strtof(buf, NULL) != f;
		n++;
	}
	printf("round trips: %d values, %d bad\n", n, bad);
	const char *strs[] = { "0x1.8p3", "1e-400", "-1e400", "  42.5xyz", "inf", "-nan", "1.7976931348623159e308", "2.2250738585072011e-308", ".5e1" };
	for (int i = 0; i < 9; i++) {
		char *end;
		double d = strtod(strs[i], &end);
		printf("strtod(\"%s\") = %.17g, consumed %d\n", strs[i], d, (int)(end - strs[i]));
	}
	return bad != 0;
}
