/*
 * dp_fields.h - decode-time immediate helpers of a64_dp.decode.
 *
 * The !function field helpers (add_sub_imm, branch_offset, sysreg_op0)
 * are declared by the generated a64_decode.h; this header adds the one
 * immediate decoder that needs more than one field: DecodeBitMasks.
 *
 *     uint64_t wmask, tmask;
 *     if (!decode_bit_masks(a->n, a->imms, a->immr, true, 64, &wmask, &tmask))
 *         return false;                      // reserved immediate: SIGILL
 */
#ifndef FERRY_A64_DP_FIELDS_H
#define FERRY_A64_DP_FIELDS_H

#include <stdbool.h>
#include <stdint.h>

/* Arm ARM J1 (shared/functions/bitmasks) DecodeBitMasks(immN, imms, immr,
 * immediate, M): false where the pseudocode says UNDEFINED.  datasize is
 * 32 or 64; the masks are zero-extended to 64 bits. */
bool decode_bit_masks(unsigned immn, unsigned imms, unsigned immr,
                      bool immediate, unsigned datasize,
                      uint64_t *wmask, uint64_t *tmask);

#endif
