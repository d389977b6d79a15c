/* fp_oracle_a64.c - AArch64 program that prints Arm floating-point corner
 * case results; run under qemu-aarch64-static (or hardware) to re-record the
 * expectations of test_helper_fp_a64.c.  Not part of the ferry build. */
#include <stdio.h>
#include <stdint.h>
static uint64_t fpsr_get(void){uint64_t v; __asm__ volatile("mrs %0, fpsr":"=r"(v)); return v;}
static void fpsr_set(uint64_t v){__asm__ volatile("msr fpsr, %0"::"r"(v));}
static void fpcr_set(uint64_t v){__asm__ volatile("msr fpcr, %0"::"r"(v));}
#define OP2(name, insn, fpcr, a, b) do { uint64_t r; fpcr_set(fpcr); fpsr_set(0); \
  __asm__ volatile("fmov d1, %1\n fmov d2, %2\n " insn " d0, d1, d2\n fmov %0, d0" : "=r"(r) : "r"((uint64_t)(a)), "r"((uint64_t)(b)) : "d0","d1","d2"); \
  printf("%-28s r=%016llx fpsr=%02llx\n", name, (unsigned long long)r, (unsigned long long)fpsr_get()); } while (0)
#define OP2S(name, insn, fpcr, a, b) do { uint64_t r; fpcr_set(fpcr); fpsr_set(0); \
  __asm__ volatile("fmov s1, %w1\n fmov s2, %w2\n " insn " s0, s1, s2\n fmov %w0, s0" : "=r"(r) : "r"((uint64_t)(a)), "r"((uint64_t)(b)) : "d0","d1","d2"); \
  printf("%-28s r=%016llx fpsr=%02llx\n", name, (unsigned long long)r, (unsigned long long)fpsr_get()); } while (0)
#define CVT(name, insn, reg, a) do { uint64_t r; fpcr_set(0); fpsr_set(0); \
  __asm__ volatile("fmov d1, %1\n " insn " " reg "0, d1\n mov %0, x0" : "=r"(r) : "r"((uint64_t)(a)) : "d1","x0"); \
  printf("%-28s r=%016llx fpsr=%02llx\n", name, (unsigned long long)r, (unsigned long long)fpsr_get()); } while (0)
#define CMP(name, insn, a, b) do { uint64_t r; fpcr_set(0); fpsr_set(0); \
  __asm__ volatile("fmov d1, %1\n fmov d2, %2\n " insn " d1, d2\n mrs %0, nzcv" : "=r"(r) : "r"((uint64_t)(a)), "r"((uint64_t)(b)) : "d1","d2","cc"); \
  printf("%-28s r=%016llx fpsr=%02llx\n", name, (unsigned long long)r, (unsigned long long)fpsr_get()); } while (0)
int main(void){
  const uint64_t QN1=0x7ff8000000000001ull, SN2=0x7ff0000000000002ull, NQ5=0xfff8000000000005ull, QNA=0x7ff800000000000aull;
  const uint64_t INF=0x7ff0000000000000ull, NINF=0xfff0000000000000ull, ONE=0x3ff0000000000000ull, TINY=0x3c30000000000000ull; /* 2^-60 */
  OP2("fadd qnan,snan", "fadd", 0, QN1, SN2);
  OP2("fadd -qnan,qnan", "fadd", 0, NQ5, QNA);
  OP2("fadd inf,-inf", "fadd", 0, INF, NINF);
  OP2("fadd qnan DN", "fadd", 1u<<25, QN1, ONE);
  OP2("fadd 1+2^-60 RN", "fadd", 0, ONE, TINY);
  OP2("fadd 1+2^-60 RP", "fadd", 1u<<22, ONE, TINY);
  OP2("fsub -1-2^-60 RM", "fsub", 2u<<22, 0xbff0000000000000ull, TINY);
  OP2("fmul 0*inf", "fmul", 0, 0, INF);
  OP2("fdiv 1/0", "fdiv", 0, ONE, 0);
  OP2("fmax -0,+0", "fmax", 0, 0x8000000000000000ull, 0);
  OP2("fmin +0,-0", "fmin", 0, 0, 0x8000000000000000ull);
  OP2("fmaxnm qnan,1", "fmaxnm", 0, QN1, ONE);
  OP2("fmin 1,qnan", "fmin", 0, ONE, QNA);
  OP2("fminnm snan,1", "fminnm", 0, SN2, ONE);
  OP2("fnmul qnan,1", "fnmul", 0, QN1, ONE);
  OP2S("fadd.s snan,qnan", "fadd", 0, 0x7f800001, 0x7fc00002);
  OP2S("fmul.s max*2 (overflow)", "fmul", 0, 0x7f7fffff, 0x40000000);
  OP2S("fmul.s tiny*tiny FZ", "fmul", 1u<<24, 0x00400000, 0x3f800000);
  CVT("fcvtzs w 3e9", "fcvtzs", "w", 0x41e65a0bc0000000ull);
  CVT("fcvtzs w nan", "fcvtzs", "w", QN1);
  CVT("fcvtzs w -1.5", "fcvtzs", "w", 0xbff8000000000000ull);
  CVT("fcvtzu w -1.0", "fcvtzu", "w", 0xbff0000000000000ull);
  CVT("fcvtzu w -0.5", "fcvtzu", "w", 0xbfe0000000000000ull);
  CVT("fcvtzs x -1e19", "fcvtzs", "x", 0xc3e158e460913d00ull);
  CVT("fcvtzu x 1.8e19", "fcvtzu", "x", 0x43ef3a1a8d8e5d40ull);
  CVT("fcvtns x 2.5", "fcvtns", "x", 0x4004000000000000ull);
  CVT("fcvtns x 3.5", "fcvtns", "x", 0x400c000000000000ull);
  CVT("fcvtas x 2.5", "fcvtas", "x", 0x4004000000000000ull);
  CVT("fcvtas x -2.5", "fcvtas", "x", 0xc004000000000000ull);
  CVT("fcvtms x -2.5", "fcvtms", "x", 0xc004000000000000ull);
  CVT("fcvtps x -2.5", "fcvtps", "x", 0xc004000000000000ull);
  CVT("fcvtzs x inf", "fcvtzs", "x", INF);
  CMP("fcmp 1,qnan", "fcmp", ONE, QN1);
  CMP("fcmpe 1,qnan", "fcmpe", ONE, QN1);
  CMP("fcmp 1,2", "fcmp", ONE, 0x4000000000000000ull);
  CMP("fcmp 2,1", "fcmp", 0x4000000000000000ull, ONE);
  CMP("fcmp -0,+0", "fcmp", 0x8000000000000000ull, 0);
  { uint64_t r; fpcr_set(0); fpsr_set(0);
    __asm__ volatile("fmov d1, %1\n fcvt s0, d1\n fmov %w0, s0" : "=r"(r) : "r"(0x7ff4000000000000ull) : "d0","d1");
    printf("%-28s r=%016llx fpsr=%02llx\n", "fcvt s,d snan", (unsigned long long)r, (unsigned long long)fpsr_get()); }
  { uint64_t r; fpcr_set(0); fpsr_set(0);
    __asm__ volatile("fmov d1, %1\n fmov d2, %2\n fmov d3, %3\n fmadd d0, d1, d2, d3\n fmov %0, d0" : "=r"(r) : "r"(INF), "r"(0ull), "r"(QN1) : "d0","d1","d2","d3");
    printf("%-28s r=%016llx fpsr=%02llx\n", "fmadd inf*0+qnan", (unsigned long long)r, (unsigned long long)fpsr_get()); }
  { uint64_t r; fpcr_set(0); fpsr_set(0);
    __asm__ volatile("fmov d1, %1\n fmov d2, %2\n fmov d3, %3\n fmsub d0, d1, d2, d3\n fmov %0, d0" : "=r"(r) : "r"(QN1), "r"(ONE), "r"(ONE) : "d0","d1","d2","d3");
    printf("%-28s r=%016llx fpsr=%02llx\n", "fmsub qnan*1 (neg op1)", (unsigned long long)r, (unsigned long long)fpsr_get()); }
  { uint64_t r; fpcr_set(0); fpsr_set(0);
    __asm__ volatile("fmov d1, %1\n frintx d0, d1\n fmov %0, d0" : "=r"(r) : "r"(0x4004000000000000ull) : "d0","d1");
    printf("%-28s r=%016llx fpsr=%02llx\n", "frintx 2.5", (unsigned long long)r, (unsigned long long)fpsr_get()); }
  { uint64_t r; fpcr_set(0); fpsr_set(0);
    __asm__ volatile("fmov d1, %1\n frinta d0, d1\n fmov %0, d0" : "=r"(r) : "r"(0xc004000000000000ull) : "d0","d1");
    printf("%-28s r=%016llx fpsr=%02llx\n", "frinta -2.5", (unsigned long long)r, (unsigned long long)fpsr_get()); }
  { uint64_t r; fpcr_set(0); fpsr_set(0);
    __asm__ volatile("fmov d1, %1\n fsqrt d0, d1\n fmov %0, d0" : "=r"(r) : "r"(0xbff0000000000000ull) : "d0","d1");
    printf("%-28s r=%016llx fpsr=%02llx\n", "fsqrt -1", (unsigned long long)r, (unsigned long long)fpsr_get()); }
  { uint64_t r; fpcr_set(1u << 22); fpsr_set(0);
    __asm__ volatile("fmov d1, %1\n frintx d0, d1\n fmov %0, d0" : "=r"(r) : "r"(0xbfe0000000000000ull) : "d0","d1");
    printf("%-28s r=%016llx fpsr=%02llx\n", "frintx -0.5 RP", (unsigned long long)r, (unsigned long long)fpsr_get()); }
  { uint64_t r; fpcr_set(2u << 22); fpsr_set(0);
    __asm__ volatile("fmov d1, %1\n frinti d0, d1\n fmov %0, d0" : "=r"(r) : "r"(0x3fe0000000000000ull) : "d0","d1");
    printf("%-28s r=%016llx fpsr=%02llx\n", "frinti 0.5 RM", (unsigned long long)r, (unsigned long long)fpsr_get()); }
  return 0;
}
