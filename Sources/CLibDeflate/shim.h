// libdeflate (Debian libdeflate-dev): whole-buffer DEFLATE/zlib compression and CRC-32, used by
// KresbaCairo's PNG encoder.
#ifndef KRESBA_CLIBDEFLATE_SHIM_H
#define KRESBA_CLIBDEFLATE_SHIM_H

#include <libdeflate.h>

#endif
