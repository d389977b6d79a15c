/*
 * cpu_probe.c - what a guest sees of the CPU model (-cpu), for run.sh:
 *   cpu_probe hwcap      AT_HWCAP and AT_HWCAP2 in hex
 *   cpu_probe midr       MIDR_EL1 and ID_AA64ISAR0_EL1 read with MRS
 *   cpu_probe ldadd      one LSE LDADD (SIGILL without FEAT_LSE)
 *   cpu_probe fp16       one FADD Hd (SIGILL without FEAT_FP16)
 *   cpu_probe cpuinfo    "match" if the Features line of /proc/cpuinfo
 *                        names exactly the AT_HWCAP bits (kernel names,
 *                        arch/arm64/kernel/cpuinfo.c), else the line
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

/* HWCAP bit -> /proc/cpuinfo name (Linux hwcap_str[]) */
static const char *const names[32] = {
	"fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32",
	"atomics", "fphp", "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma",
	"lrcpc", "dcpop", "sha3", "sm3", "sm4", "asimddp", "sha512", "sve",
	"asimdfhm", "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb", "paca", "pacg",
};

static int cpuinfo(void)
{
	char line[1024], *feat = NULL;
	unsigned long hw = getauxval(AT_HWCAP);
	FILE *f = fopen("/proc/cpuinfo", "r");

	while (f && fgets(line, sizeof line, f))
		if (!strncmp(line, "Features", 8) && (feat = strchr(line, ':')))
			break;
	if (!feat) {
		printf("no Features line\n");
		return 1;
	}
	for (int b = 0; b < 32; b++) {
		char word[32];
		snprintf(word, sizeof word, " %s ", names[b]);
		char padded[1100];
		snprintf(padded, sizeof padded, "%s ", feat + 1);
		padded[strcspn(padded, "\n")] = ' ';
		if (!!strstr(padded, word) != !!(hw & (1ul << b))) {
			printf("%s: %s", names[b], line);
			return 1;
		}
	}
	printf("match\n");
	return 0;
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	uint64_t v = 1, r, isar0;

	if (!strcmp(what, "hwcap")) {
		printf("%lx %lx\n", getauxval(AT_HWCAP), getauxval(AT_HWCAP2));
	} else if (!strcmp(what, "midr")) {
		__asm__ volatile("mrs %0, midr_el1\n\tmrs %1, id_aa64isar0_el1"
				 : "=r"(r), "=r"(isar0));
		printf("%llx %llx\n", (unsigned long long)r, (unsigned long long)isar0);
	} else if (!strcmp(what, "ldadd")) {
		__asm__ volatile(".arch armv8.1-a\n\tldadd %1, %0, [%2]"
				 : "=r"(r) : "r"(v), "r"(&v) : "memory");
		printf("%llu\n", (unsigned long long)v);
	} else if (!strcmp(what, "fp16")) {
		__asm__ volatile(".arch armv8.2-a+fp16\n\tfadd h0, h0, h0" ::: "v0");
		printf("fp16\n");
	} else if (!strcmp(what, "cpuinfo")) {
		return cpuinfo();
	}
	return 0;
}
