// zlib, for the benchmark runner's encoder study only (compress2 at several levels).
#ifndef KRESBA_CZLIB_SHIM_H
#define KRESBA_CZLIB_SHIM_H

#include <zlib.h>

#endif
