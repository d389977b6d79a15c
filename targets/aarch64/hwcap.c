/*
 * hwcap.c - the CPU model the guest sees (cpu_models.def) and its
 * AT_HWCAP / AT_HWCAP2 words: the model's features that ferry implements
 * (the "implemented" column of hwcap.h), nothing more.
 *
 * The model is chosen once, before the first translation
 * (a64_set_cpu_model from core/main.c through guest_arch.set_cpu_model),
 * and never changes in a process, so translated blocks and a64_has()
 * answers stay valid for its whole life.  execve'd programs get the same
 * -cpu through the re-exec argv.
 */
#include <string.h>
#include "hwcap.h"

#define A64_CAP_BIT(name, bit, implemented) | ((uint64_t)(implemented) << (bit))

static const uint64_t implemented = 0 A64_HWCAP_BITS(A64_CAP_BIT);
static const uint64_t implemented2 = 0 A64_HWCAP2_BITS(A64_CAP_BIT);

#define A64_HW(name) (1ull << A64_F_##name)
static const struct a64_cpu_model models[] = {
#define A64_CPU_MODEL(name, midr, hw, hw2, summary) \
    { name, summary, midr, (hw) & implemented, (hw2) & implemented2 },
#include "cpu_models.def"
#undef A64_CPU_MODEL
    { NULL, NULL, 0, 0, 0 },
};

/* The same names for core/options.c (-cpu help, validation). */
const struct guest_cpu_model a64_cpu_model_names[] = {
#define A64_CPU_MODEL(name, midr, hw, hw2, summary) { name, summary },
#include "cpu_models.def"
#undef A64_CPU_MODEL
    { NULL, NULL },
};

static const struct a64_cpu_model *current = &models[0];    /* "max" */

bool a64_set_cpu_model(const char *name)
{
    for (const struct a64_cpu_model *m = models; m->name; m++) {
        if (strcmp(m->name, name) == 0) {
            current = m;
            return true;
        }
    }
    return false;
}

const struct a64_cpu_model *a64_cpu_model(void)
{
    return current;
}

const struct a64_cpu_model *a64_cpu_model_at(unsigned i)
{
    return i < sizeof(models) / sizeof(models[0]) - 1 ? &models[i] : NULL;
}

uint64_t a64_hwcap(void)
{
    return current->hwcap;
}

uint64_t a64_hwcap2(void)
{
    return current->hwcap2;
}

bool a64_feature_on(enum a64_feature f)
{
    return (unsigned)f < 64 ? current->hwcap >> f & 1
                            : current->hwcap2 >> ((unsigned)f - 64) & 1;
}
