/*
 * decodegen_check.c - resolve and validate a parsed spec.
 *
 * After check_spec() without errors, every pattern has:
 *   mask/bits   the fixed bits (its own and its format's),
 *   undef       the '-' bits,
 *   all/nall    one assignment per member of its argument set `args`,
 *               fields resolved to struct field objects,
 * and no two patterns overlap unless an overlap group { } allows it.
 *
 * Rules (as in decodetree): a pattern's own fixed bits may fill a format's
 * '.' bits but must not contradict the format's fixed bits nor touch a
 * field's bits; every bit of a pattern must be fixed, ignored ('-') or read
 * by a field; a member is assigned once, by the format or by the pattern.
 */
#include <stdio.h>
#include <string.h>
#include "decodegen.h"

/* -- Name lookup (linear: specs hold a few thousand names at most) -- */

struct field *find_field(struct spec *sp, const char *name)
{
    for (int i = 0; i < sp->nfields; i++)
        if (!strcmp(sp->fields[i]->name, name))
            return sp->fields[i];
    return NULL;
}

struct argset *find_argset(struct spec *sp, const char *name)
{
    for (int i = 0; i < sp->nargsets; i++)
        if (!strcmp(sp->argsets[i]->name, name))
            return sp->argsets[i];
    return NULL;
}

struct pattern *find_format(struct spec *sp, const char *name)
{
    for (int i = 0; i < sp->nformats; i++)
        if (!strcmp(sp->formats[i]->name, name))
            return sp->formats[i];
    return NULL;
}

static bool argset_has(const struct argset *a, const char *member)
{
    for (int i = 0; i < a->nmembers; i++)
        if (!strcmp(a->members[i], member))
            return true;
    return false;
}

static const struct assign *find_assign(const struct assign *as, int n,
                                        const char *member)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(as[i].member, member))
            return &as[i];
    return NULL;
}

static const char *kind_prefix(const struct pattern *pt)
{
    return pt->is_format ? "format @" : "pattern ";
}

/* -- Merging a pattern with its format -- */

static bool merge_format_bits(struct pattern *pt, struct pattern *fmt)
{
    uint32_t clash;

    pt->mask = pt->fixedmask;
    pt->bits = pt->fixedbits;
    pt->undef = pt->undefmask;
    if (!fmt)
        return true;
    clash = pt->fixedmask & fmt->mask & (pt->fixedbits ^ fmt->bits);
    if (clash) {
        error_at(pt->loc, "pattern %s: fixed bits 0x%08x contradict format "
                 "@%s (%s:%d)", pt->name, clash, fmt->name, fmt->loc.file,
                 fmt->loc.line);
        return false;
    }
    pt->mask |= fmt->mask;
    pt->bits |= fmt->bits;
    pt->undef |= fmt->undef;
    return true;
}

/* Copies the format's assignments, then the pattern's, refusing repeats. */
static bool merge_assigns(struct pattern *pt, struct pattern *fmt)
{
    int nfmt = fmt ? fmt->nall : 0;

    pt->all = xcalloc((size_t)(nfmt + pt->nassigns), sizeof(struct assign));
    for (int i = 0; i < nfmt; i++)
        pt->all[pt->nall++] = fmt->all[i];
    for (int i = 0; i < pt->nassigns; i++) {
        struct assign *as = &pt->assigns[i];
        const struct assign *old = find_assign(pt->all, pt->nall, as->member);

        if (old && old < pt->all + nfmt) {
            error_at(as->loc, "%s%s: field %s assigned twice (also by "
                     "format @%s, %s:%d)", kind_prefix(pt), pt->name,
                     as->member, fmt->name, fmt->loc.file, fmt->loc.line);
            return false;
        }
        if (old) {
            error_at(as->loc, "%s%s: field %s assigned twice",
                     kind_prefix(pt), pt->name, as->member);
            return false;
        }
        pt->all[pt->nall++] = *as;
    }
    return true;
}

static bool resolve_fields(struct spec *sp, struct pattern *pt)
{
    for (int i = 0; i < pt->nall; i++) {
        struct assign *as = &pt->all[i];

        if (as->kind != ASSIGN_FIELD || as->field)
            continue;
        as->field = find_field(sp, as->field_name);
        if (!as->field) {
            error_at(as->loc, "%s%s: unknown field %%%s", kind_prefix(pt),
                     pt->name, as->field_name);
            return false;
        }
    }
    return true;
}

/* Fixed, ignored and field bits must not overlap; in a pattern they must
 * cover all 32 bits. */
static bool check_bit_roles(struct pattern *pt)
{
    uint32_t fieldmask = 0;

    if (pt->mask & pt->undef) {
        error_at(pt->loc, "%s%s: bits 0x%08x are both fixed and ignored "
                 "('-')", kind_prefix(pt), pt->name, pt->mask & pt->undef);
        return false;
    }
    for (int i = 0; i < pt->nall; i++) {
        const struct field *f = pt->all[i].field;

        if (pt->all[i].kind != ASSIGN_FIELD)
            continue;
        if (f->mask & pt->mask) {
            error_at(pt->loc, "%s%s: fixed bits 0x%08x conflict with field "
                     "%s", kind_prefix(pt), pt->name, f->mask & pt->mask,
                     pt->all[i].member);
            return false;
        }
        if (f->mask & pt->undef) {
            error_at(pt->loc, "%s%s: ignored bits ('-') 0x%08x conflict "
                     "with field %s", kind_prefix(pt), pt->name,
                     f->mask & pt->undef, pt->all[i].member);
            return false;
        }
        fieldmask |= f->mask;
    }
    uint32_t unspecified = ~(pt->mask | pt->undef | fieldmask);
    if (!pt->is_format && unspecified) {
        error_at(pt->loc, "pattern %s: bits 0x%08x are '.' but no field "
                 "reads them (use '-' to ignore bits)", pt->name,
                 unspecified);
        return false;
    }
    return true;
}

/* -- Argument sets -- */

static struct argset *new_implicit_argset(struct spec *sp,
                                          const struct pattern *pt)
{
    struct argset *a = xcalloc(1, sizeof(*a));

    a->name = pt->name;
    a->loc = pt->loc;
    a->implicit = true;
    a->members = xcalloc((size_t)pt->nall, sizeof(char *));
    for (int i = 0; i < pt->nall; i++)
        a->members[a->nmembers++] = pt->all[i].member;
    vec_reserve(&sp->argsets, &sp->cap_argsets, sp->nargsets, sizeof(a));
    sp->argsets[sp->nargsets++] = a;
    return a;
}

/* The C type arg_NAME of an implicit set must not clash with another. */
static bool check_type_name(struct spec *sp, const struct pattern *pt)
{
    struct argset *old = find_argset(sp, pt->name);

    if (old) {
        error_at(pt->loc, "%s%s: its implicit argument set arg_%s clashes "
                 "with &%s (%s:%d); name the set with &", kind_prefix(pt),
                 pt->name, pt->name, old->name, old->loc.file, old->loc.line);
        return false;
    }
    return true;
}

static bool check_members(const struct pattern *pt, bool complete)
{
    const struct argset *a = pt->args;

    for (int i = 0; i < pt->nall; i++) {
        if (!argset_has(a, pt->all[i].member)) {
            error_at(pt->all[i].loc, "%s%s: field %s is not a member of "
                     "argument set arg_%s", kind_prefix(pt), pt->name,
                     pt->all[i].member, a->name);
            return false;
        }
    }
    for (int i = 0; complete && i < a->nmembers; i++) {
        if (!find_assign(pt->all, pt->nall, a->members[i])) {
            error_at(pt->loc, "pattern %s: member %s of argument set arg_%s "
                     "is not assigned", pt->name, a->members[i], a->name);
            return false;
        }
    }
    return true;
}

static bool same_members(const struct argset *a, const struct pattern *pt)
{
    if (a->nmembers != pt->nall)
        return false;
    for (int i = 0; i < pt->nall; i++)
        if (!argset_has(a, pt->all[i].member))
            return false;
    return true;
}

static bool resolve_format_args(struct spec *sp, struct pattern *fmt)
{
    if (fmt->argset_name) {
        fmt->args = find_argset(sp, fmt->argset_name);
        if (!fmt->args) {
            error_at(fmt->loc, "format @%s: unknown argument set &%s",
                     fmt->name, fmt->argset_name);
            return false;
        }
        return check_members(fmt, false);
    }
    if (!check_type_name(sp, fmt))
        return false;
    fmt->args = new_implicit_argset(sp, fmt);
    return true;
}

/* The first pattern of this name, or NULL. */
static struct pattern *earlier_pattern(struct spec *sp, struct pattern *pt)
{
    for (int i = 0; i < sp->npatterns && sp->patterns[i] != pt; i++)
        if (!strcmp(sp->patterns[i]->name, pt->name))
            return sp->patterns[i];
    return NULL;
}

static bool resolve_pattern_args(struct spec *sp, struct pattern *pt)
{
    struct pattern *prev = earlier_pattern(sp, pt);
    struct argset *fa = pt->format ? pt->format->args : NULL;

    pt->first_of_name = !prev;
    if (pt->argset_name) {
        pt->args = find_argset(sp, pt->argset_name);
        if (!pt->args) {
            error_at(pt->loc, "pattern %s: unknown argument set &%s",
                     pt->name, pt->argset_name);
            return false;
        }
        if (fa && fa != pt->args) {
            error_at(pt->loc, "pattern %s: argument set &%s differs from "
                     "format @%s's arg_%s", pt->name, pt->args->name,
                     pt->format->name, fa->name);
            return false;
        }
    } else if (fa) {
        pt->args = fa;
    } else if (prev && prev->args && prev->args->implicit &&
               !strcmp(prev->args->name, pt->name)) {
        if (!same_members(prev->args, pt)) {
            error_at(pt->loc, "pattern %s: fields differ from the pattern "
                     "of the same name at %s:%d", pt->name,
                     prev->loc.file, prev->loc.line);
            return false;
        }
        pt->args = prev->args;
    } else {
        if (!check_type_name(sp, pt))
            return false;
        pt->args = new_implicit_argset(sp, pt);
    }
    if (prev && prev->args && prev->args != pt->args) {
        error_at(pt->loc, "pattern %s: uses arg_%s but the pattern of the "
                 "same name at %s:%d uses arg_%s", pt->name, pt->args->name,
                 prev->loc.file, prev->loc.line, prev->args->name);
        return false;
    }
    return check_members(pt, true);
}

/* typedef arg_SET arg_NAME must not redefine another set's type. */
static void check_alias(struct spec *sp, struct pattern *pt)
{
    struct argset *other = find_argset(sp, pt->name);

    if (pt->first_of_name && other && other != pt->args)
        error_at(pt->loc, "pattern %s: the alias arg_%s for arg_%s clashes "
                 "with argument set &%s (%s:%d)", pt->name, pt->name,
                 pt->args->name, other->name, other->loc.file,
                 other->loc.line);
}

/* -- Whole-spec steps -- */

static void resolve_one(struct spec *sp, struct pattern *pt)
{
    if (pt->format_name) {
        pt->format = find_format(sp, pt->format_name);
        if (!pt->format) {
            error_at(pt->loc, "pattern %s: unknown format @%s", pt->name,
                     pt->format_name);
            return;
        }
        if (!pt->format->args)
            return;     /* the format had errors already reported */
    }
    if (!merge_format_bits(pt, pt->format) || !merge_assigns(pt, pt->format)
        || !resolve_fields(sp, pt) || !check_bit_roles(pt))
        return;
    if (pt->is_format)
        resolve_format_args(sp, pt);
    else
        resolve_pattern_args(sp, pt);
}

static void mark_used(struct pattern *pt)
{
    for (int i = 0; i < pt->nall; i++)
        if (pt->all[i].kind == ASSIGN_FIELD)
            pt->all[i].field->used = true;
}

static void check_overlaps(struct spec *sp);

void check_spec(struct spec *sp)
{
    for (int i = 0; i < sp->nformats; i++)
        resolve_one(sp, sp->formats[i]);
    for (int i = 0; i < sp->npatterns; i++)
        resolve_one(sp, sp->patterns[i]);
    if (error_count)
        return;
    for (int i = 0; i < sp->npatterns; i++) {
        check_alias(sp, sp->patterns[i]);
        mark_used(sp->patterns[i]);
    }
    if (error_count)
        return;
    check_overlaps(sp);
}

/* -- Overlap checks -- */

static bool patterns_overlap(const struct pattern *a, const struct pattern *b)
{
    return ((a->bits ^ b->bits) & a->mask & b->mask) == 0;
}

/* Every pattern of subtree x against every pattern of subtree y. */
static void report_overlaps(const struct node *x, const struct node *y,
                            const char *where)
{
    if (x->kind != NODE_PATTERN) {
        for (int i = 0; i < x->nkids; i++)
            report_overlaps(x->kids[i], y, where);
        return;
    }
    if (y->kind != NODE_PATTERN) {
        for (int i = 0; i < y->nkids; i++)
            report_overlaps(x, y->kids[i], where);
        return;
    }
    const struct pattern *a = x->pat, *b = y->pat;
    if (!patterns_overlap(a, b))
        return;
    error_at(b->loc, "patterns %s (%s:%d) and %s (%s:%d) overlap %s, e.g. "
             "on 0x%08x", a->name, a->loc.file, a->loc.line, b->name,
             b->loc.file, b->loc.line, where, a->bits | b->bits);
}

static void check_node(const struct node *n)
{
    if (n->kind == NODE_PATTERN)
        return;
    if (n->kind == NODE_DISJOINT) {
        const char *where = n->loc.file ? "inside a [ ] group"
                                        : "outside a { } group";
        for (int i = 0; i < n->nkids; i++)
            for (int j = i + 1; j < n->nkids; j++)
                report_overlaps(n->kids[i], n->kids[j], where);
    }
    for (int i = 0; i < n->nkids; i++)
        check_node(n->kids[i]);
}

static void check_overlaps(struct spec *sp)
{
    check_node(sp->root);
}
