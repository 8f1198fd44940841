/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <zlib.h> for wasm32 guests: zlib's names, types and constants, so that
 * code which includes it compiles and links, but NO DECOMPRESSION OR
 * COMPRESSION. The SDK does not carry a deflate implementation.
 *
 * Why this is enough: tracing tools inflate in two places. bcc's
 * btf_helpers.c inflates an embedded archive of BTF files, needed only on
 * kernels without /sys/kernel/btf/vmlinux; in a guest the BPF object is
 * opened and loaded by the runtime's libbpf, which does CO-RE against the
 * kernel's own BTF, so that path has no use. Others read /proc/config.gz,
 * which a guest cannot open on the upstream runtimes (no preopened
 * directories) anyway.
 *
 * What the calls do: every call that would start (de)compression fails
 * with zlib's own error code and prints one line to stderr saying why:
 * inflateInit*()/deflateInit*() return Z_STREAM_ERROR with strm->msg set,
 * inflate()/deflate() on such a stream return Z_STREAM_ERROR as zlib does
 * for a stream that was never initialised, uncompress()/compress() return
 * Z_STREAM_ERROR as when their own init fails, gzopen()/gzdopen() return
 * NULL with errno ENOTSUP, and the other gz* calls answer as zlib does for
 * a NULL file (-1, NULL, 0 or Z_STREAM_ERROR). Checksums (crc32, adler32),
 * compressBound, zError and zlibVersion work: they need no compressor.
 *
 * The SDK is header-only: the calls are static inline, so nothing links to
 * a libz (drop -lz).
 */
#ifndef ZLIB_H
#define ZLIB_H

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ZLIB_VERSION "1.2.13"
#define ZLIB_VERNUM 0x12d0
#define ZLIB_VER_MAJOR 1
#define ZLIB_VER_MINOR 2
#define ZLIB_VER_REVISION 13
#define ZLIB_VER_SUBREVISION 0

/* as in zlib: next_in and msg are const only when ZLIB_CONST is defined */
#ifndef z_const
#ifdef ZLIB_CONST
#define z_const const
#else
#define z_const
#endif
#endif
#define ZEXTERN extern
#define ZEXPORT
/* the SDK is header-only: the calls below are static inline */
#define ZLIB_WASM_DECL static inline
#define OF(args) args
#define FAR

#define MAX_MEM_LEVEL 9
#define MAX_WBITS 15

typedef unsigned char Byte;
typedef unsigned int uInt;
typedef unsigned long uLong;
typedef Byte Bytef;
typedef char charf;
typedef int intf;
typedef uInt uIntf;
typedef uLong uLongf;
typedef void const *voidpc;
typedef void *voidpf;
typedef void *voidp;
typedef off_t z_off_t;
typedef off_t z_off64_t;
typedef unsigned long z_crc_t;
typedef size_t z_size_t;

typedef voidpf (*alloc_func)(voidpf opaque, uInt items, uInt size);
typedef void (*free_func)(voidpf opaque, voidpf address);

struct internal_state;

typedef struct z_stream_s {
	z_const Bytef *next_in;
	uInt avail_in;
	uLong total_in;

	Bytef *next_out;
	uInt avail_out;
	uLong total_out;

	z_const char *msg;
	struct internal_state FAR *state;

	alloc_func zalloc;
	free_func zfree;
	voidpf opaque;

	int data_type;
	uLong adler;
	uLong reserved;
} z_stream;

typedef z_stream FAR *z_streamp;

typedef struct gz_header_s {
	int text;
	uLong time;
	int xflags;
	int os;
	Bytef *extra;
	uInt extra_len;
	uInt extra_max;
	Bytef *name;
	uInt name_max;
	Bytef *comment;
	uInt comm_max;
	int hcrc;
	int done;
} gz_header;

typedef gz_header FAR *gz_headerp;

#define Z_NO_FLUSH 0
#define Z_PARTIAL_FLUSH 1
#define Z_SYNC_FLUSH 2
#define Z_FULL_FLUSH 3
#define Z_FINISH 4
#define Z_BLOCK 5
#define Z_TREES 6

#define Z_OK 0
#define Z_STREAM_END 1
#define Z_NEED_DICT 2
#define Z_ERRNO (-1)
#define Z_STREAM_ERROR (-2)
#define Z_DATA_ERROR (-3)
#define Z_MEM_ERROR (-4)
#define Z_BUF_ERROR (-5)
#define Z_VERSION_ERROR (-6)

#define Z_NO_COMPRESSION 0
#define Z_BEST_SPEED 1
#define Z_BEST_COMPRESSION 9
#define Z_DEFAULT_COMPRESSION (-1)

#define Z_FILTERED 1
#define Z_HUFFMAN_ONLY 2
#define Z_RLE 3
#define Z_FIXED 4
#define Z_DEFAULT_STRATEGY 0

#define Z_BINARY 0
#define Z_TEXT 1
#define Z_ASCII Z_TEXT
#define Z_UNKNOWN 2

#define Z_DEFLATED 8

#define Z_NULL 0

/* An open gzip file; always NULL in guests. */
typedef struct gzFile_s *gzFile;

/** "1.2.13": the zlib API version these declarations follow. */
ZLIB_WASM_DECL const char *zlibVersion(void);

/** Fail with Z_STREAM_ERROR (strm->msg says why) and one line on stderr. */
ZLIB_WASM_DECL int inflateInit_(z_streamp strm, const char *version, int stream_size);
ZLIB_WASM_DECL int inflateInit2_(z_streamp strm, int windowBits, const char *version,
			  int stream_size);
ZLIB_WASM_DECL int deflateInit_(z_streamp strm, int level, const char *version,
			 int stream_size);
ZLIB_WASM_DECL int deflateInit2_(z_streamp strm, int level, int method, int windowBits,
			  int memLevel, int strategy, const char *version,
			  int stream_size);
#define inflateInit(strm) inflateInit_((strm), ZLIB_VERSION, (int)sizeof(z_stream))
#define inflateInit2(strm, windowBits) \
	inflateInit2_((strm), (windowBits), ZLIB_VERSION, (int)sizeof(z_stream))
#define deflateInit(strm, level) \
	deflateInit_((strm), (level), ZLIB_VERSION, (int)sizeof(z_stream))
#define deflateInit2(strm, level, method, windowBits, memLevel, strategy) \
	deflateInit2_((strm), (level), (method), (windowBits), (memLevel), \
		      (strategy), ZLIB_VERSION, (int)sizeof(z_stream))

/** Z_STREAM_ERROR: no stream can have been initialised. */
ZLIB_WASM_DECL int inflate(z_streamp strm, int flush);
ZLIB_WASM_DECL int inflateEnd(z_streamp strm);
ZLIB_WASM_DECL int inflateReset(z_streamp strm);
ZLIB_WASM_DECL int deflate(z_streamp strm, int flush);
ZLIB_WASM_DECL int deflateEnd(z_streamp strm);

/** Z_STREAM_ERROR (what they return when their inflateInit/deflateInit
 *  fails) and one line on stderr. */
ZLIB_WASM_DECL int uncompress(Bytef *dest, uLongf *destLen, const Bytef *source,
		       uLong sourceLen);
ZLIB_WASM_DECL int compress(Bytef *dest, uLongf *destLen, const Bytef *source,
		     uLong sourceLen);
/** The bound zlib documents (works). */
ZLIB_WASM_DECL uLong compressBound(uLong sourceLen);

/** NULL with errno ENOTSUP and one line on stderr. */
ZLIB_WASM_DECL gzFile gzopen(const char *path, const char *mode);
ZLIB_WASM_DECL gzFile gzdopen(int fd, const char *mode);

/** On the only gzFile a guest can have (NULL): -1, NULL or Z_STREAM_ERROR. */
ZLIB_WASM_DECL int gzread(gzFile file, voidp buf, unsigned len);
ZLIB_WASM_DECL char *gzgets(gzFile file, char *buf, int len);
ZLIB_WASM_DECL int gzgetc(gzFile file);
ZLIB_WASM_DECL int gzwrite(gzFile file, voidpc buf, unsigned len);
ZLIB_WASM_DECL int gzeof(gzFile file);
ZLIB_WASM_DECL z_off_t gzseek(gzFile file, z_off_t offset, int whence);
ZLIB_WASM_DECL int gzrewind(gzFile file);
ZLIB_WASM_DECL int gzclose(gzFile file);
ZLIB_WASM_DECL const char *gzerror(gzFile file, int *errnum);

/** Checksums: computed (the standard CRC-32 and Adler-32). */
ZLIB_WASM_DECL uLong crc32(uLong crc, const Bytef *buf, uInt len);
ZLIB_WASM_DECL uLong adler32(uLong adler, const Bytef *buf, uInt len);

/** The message for a Z_* code. */
ZLIB_WASM_DECL const char *zError(int err);

#ifdef __cplusplus
}
#endif

#include "libbpf-wasm/zlib_impl.h"

#endif /* ZLIB_H */
