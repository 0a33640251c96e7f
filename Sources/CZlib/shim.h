#ifndef WARTA_CZLIB_SHIM_H
#define WARTA_CZLIB_SHIM_H
#include <zlib.h>
/* inflateInit2 is a macro; Swift cannot call it directly. */
static inline int czlib_inflate_init_gzip(z_streamp strm) {
    return inflateInit2(strm, 16 + MAX_WBITS);
}
/* Auto-detects a gzip or zlib header (HTTP Content-Encoding gzip/deflate). */
static inline int czlib_inflate_init_auto(z_streamp strm) {
    return inflateInit2(strm, 32 + MAX_WBITS);
}
/* A gzip-wrapped deflate stream (tests write .warc.gz fixtures with it). */
static inline int czlib_deflate_init_gzip(z_streamp strm, int level) {
    return deflateInit2(strm, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
