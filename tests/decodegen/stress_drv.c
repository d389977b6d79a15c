/*
 * stress_drv.c - compare a generated decoder with an in-order scan.
 *
 * For each encoding (random ones, and one to three per pattern built from
 * its fixed bits), runs stress_decode() and a reference that tries every
 * pattern of stress_pats[] in order, extracting fields itself.  A trans_
 * refuses some calls (a hash of pattern and encoding) to exercise the
 * fall-through inside overlap groups.  The logs of calls must be equal.
 */
#include <stdio.h>
#include <string.h>
#include "stress.h"
#include "stress_dec.h"

#define LOG_MAX 4096

struct log {
    int n;
    int v[LOG_MAX];
};

static struct log *cur;
static uint32_t cur_insn;

static bool refuses(int id, uint32_t insn)
{
    uint32_t h = (insn ^ (uint32_t)id * 0x9e3779b9u) * 0x85ebca6bu;

    return (h >> 29) < 3;       /* about 3 in 8 calls refused */
}

bool stress_record(int id, const int *v, int n)
{
    if (cur->n + n + 1 < LOG_MAX) {
        cur->v[cur->n++] = id;
        for (int i = 0; i < n; i++)
            cur->v[cur->n++] = v[i];
    }
    return !refuses(id, cur_insn);
}

static int field_value(const struct stress_field *f, uint32_t insn)
{
    uint64_t raw = (insn >> f->pos) & ((1ull << f->len) - 1);

    if (f->sign && (raw >> (f->len - 1)) & 1)
        return (int)(int64_t)(raw - (1ull << f->len));
    return (int)raw;
}

static bool reference(uint32_t insn)
{
    for (int i = 0; i < stress_npats; i++) {
        const struct stress_pat *p = &stress_pats[i];
        int v[32];

        if ((insn & p->mask) != p->bits)
            continue;
        for (int k = 0; k < p->nf; k++)
            v[k] = field_value(&p->f[k], insn);
        if (stress_record(i, v, p->nf))
            return true;
    }
    return false;
}

static uint64_t rng = 88172645463325252ull;

static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

static struct log got, want;

static int check(uint32_t insn)
{
    DisasContext ctx = { .scale = 1 };
    bool r1, r2;

    cur_insn = insn;
    got.n = want.n = 0;
    cur = &got;
    r1 = stress_decode(&ctx, insn);
    cur = &want;
    r2 = reference(insn);
    if (r1 == r2 && got.n == want.n &&
        !memcmp(got.v, want.v, sizeof(int) * (size_t)got.n))
        return 0;
    printf("# 0x%08x: decoder %d (%d log entries, first P%d), reference %d "
           "(%d, first P%d)\n", insn, r1, got.n, got.n ? got.v[0] : -1, r2,
           want.n, want.n ? want.v[0] : -1);
    return 1;
}

int main(void)
{
    int bad = 0, n = 0, matched = 0;

    for (int i = 0; i < stress_npats; i++) {
        for (int k = 0; k < 3; k++, n++) {
            const struct stress_pat *p = &stress_pats[i];
            uint32_t insn = p->bits | (rnd() & ~p->mask);

            bad += check(insn);
            matched += want.n > 0;
        }
    }
    for (int i = 0; i < 200000; i++, n++) {
        bad += check(rnd());
        matched += want.n > 0;
    }
    printf("# %d encodings (%d matched some pattern), %d wrong\n", n,
           matched, bad);
    return bad != 0 || matched < stress_npats;
}
