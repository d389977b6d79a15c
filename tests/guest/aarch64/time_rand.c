/*
 * time_rand.c - time and randomness: clock_gettime (REALTIME, MONOTONIC,
 * PROCESS_CPUTIME) sane and monotonic, gettimeofday/time agree with
 * CLOCK_REALTIME, nanosleep sleeps at least as asked, clock_getres,
 * gmtime/strftime/mktime of fixed instants (TZ=UTC given by the runner),
 * getrandom (two draws differ, not all zero), /dev/urandom readable.
 * Prints only machine-independent facts; expected output is native.
 */
// test-expect: native
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/time.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

static double ts(struct timespec t) { return t.tv_sec + t.tv_nsec * 1e-9; }

int main(void)
{
	struct timespec a, b, res;
	clock_gettime(CLOCK_REALTIME, &a);
	printf("realtime after 2020: %d\n", a.tv_sec > 1577836800);
	struct timeval tv;
	gettimeofday(&tv, NULL);
	time_t now = time(NULL);
	/* time() may read a coarse clock one tick behind: a second boundary
	 * between the calls must not fail the check */
	printf("gettimeofday/time agree: %d %d\n", tv.tv_sec - a.tv_sec <= 2 && tv.tv_sec >= a.tv_sec, now - a.tv_sec <= 2 && now >= a.tv_sec - 1);
	clock_gettime(CLOCK_MONOTONIC, &a);
	int mono = 1;
	for (int i = 0; i < 10000; i++) {
		clock_gettime(CLOCK_MONOTONIC, &b);
		mono &= ts(b) >= ts(a);
		a = b;
	}
	printf("monotonic: %d\n", mono);
	clock_getres(CLOCK_MONOTONIC, &res);
	printf("resolution <= 1ms: %d\n", res.tv_sec == 0 && res.tv_nsec <= 1000000);
	struct timespec req = { 0, 20 * 1000 * 1000 };
	clock_gettime(CLOCK_MONOTONIC, &a);
	nanosleep(&req, NULL);
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("nanosleep 20ms slept >= 20ms: %d, < 5s: %d\n", ts(b) - ts(a) >= 0.020, ts(b) - ts(a) < 5);
	volatile double x = 0;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
	for (int i = 0; i < 3000000; i++) x += i;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
	printf("cputime advances: %d\n", ts(b) > ts(a));

	time_t fixed[] = { 0, 951782400, 1234567890, 2147483647, 4102444800 };
	for (int i = 0; i < 5; i++) {
		struct tm tm;
		gmtime_r(&fixed[i], &tm);
		char buf[128];
		strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %j %U %Z", &tm);
		printf("%lld -> %s mktime %lld\n", (long long)fixed[i], buf, (long long)mktime(&tm));
	}

	uint8_t r1[32], r2[32];
	ssize_t g1 = getrandom(r1, sizeof r1, 0);
	printf("getrandom %zd %zd\n", g1, getrandom(r2, sizeof r2, GRND_NONBLOCK));
	int nz = 0;
	for (int i = 0; i < 32; i++) nz |= r1[i];
	printf("random nonzero %d differ %d\n", nz != 0, memcmp(r1, r2, 32) != 0);
	int fd = open("/dev/urandom", O_RDONLY);
	printf("urandom read %zd\n", read(fd, r1, 16));
	return 0;
}
