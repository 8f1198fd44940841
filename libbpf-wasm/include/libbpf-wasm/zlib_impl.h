/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The implementation behind <zlib.h>: refusals with zlib's error codes, and
 * the two checksums. See <zlib.h> for why guests get no (de)compressor.
 */
#ifndef __LIBBPF_WASM_ZLIB_IMPL_H
#define __LIBBPF_WASM_ZLIB_IMPL_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>

#include <zlib.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ZLIB_WASM_API static inline __attribute__((unused))

#define ZLIB_WASM_WHY "decompression is not provided in wasm guests " \
	"(the runtime's libbpf uses the kernel's own BTF)"

/* strm->msg is a plain char * unless ZLIB_CONST: not a string literal */
ZLIB_WASM_API char *zlib_wasm__msg(void)
{
	static char msg[] = "not provided in wasm guests";

	return msg;
}

ZLIB_WASM_API void zlib_wasm__refuse(const char *call)
{
	fprintf(stderr, "zlib: %s: %s\n", call, ZLIB_WASM_WHY);
}

ZLIB_WASM_API int zlib_wasm__refuse_stream(z_streamp strm, const char *call)
{
	zlib_wasm__refuse(call);
	if (strm) {
		strm->msg = zlib_wasm__msg();
		strm->state = Z_NULL;
	}
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API const char *zlibVersion(void)
{
	return ZLIB_VERSION;
}

ZLIB_WASM_API int inflateInit_(z_streamp strm, const char *version, int stream_size)
{
	(void)version;
	(void)stream_size;
	return zlib_wasm__refuse_stream(strm, "inflateInit");
}

ZLIB_WASM_API int inflateInit2_(z_streamp strm, int windowBits, const char *version,
				int stream_size)
{
	(void)windowBits;
	(void)version;
	(void)stream_size;
	return zlib_wasm__refuse_stream(strm, "inflateInit2");
}

ZLIB_WASM_API int deflateInit_(z_streamp strm, int level, const char *version,
			       int stream_size)
{
	(void)level;
	(void)version;
	(void)stream_size;
	fprintf(stderr, "zlib: deflateInit: compression is not provided in wasm guests\n");
	if (strm)
		strm->msg = zlib_wasm__msg();
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API int deflateInit2_(z_streamp strm, int level, int method, int windowBits,
				int memLevel, int strategy, const char *version,
				int stream_size)
{
	(void)level;
	(void)method;
	(void)windowBits;
	(void)memLevel;
	(void)strategy;
	(void)version;
	(void)stream_size;
	return deflateInit_(strm, level, version, stream_size);
}

/* As zlib answers for a stream whose initialisation failed. */
ZLIB_WASM_API int inflate(z_streamp strm, int flush)
{
	(void)strm;
	(void)flush;
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API int inflateEnd(z_streamp strm)
{
	(void)strm;
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API int inflateReset(z_streamp strm)
{
	(void)strm;
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API int deflate(z_streamp strm, int flush)
{
	(void)strm;
	(void)flush;
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API int deflateEnd(z_streamp strm)
{
	(void)strm;
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API int uncompress(Bytef *dest, uLongf *destLen, const Bytef *source,
			     uLong sourceLen)
{
	(void)dest;
	(void)destLen;
	(void)source;
	(void)sourceLen;
	zlib_wasm__refuse("uncompress");
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API int compress(Bytef *dest, uLongf *destLen, const Bytef *source,
			   uLong sourceLen)
{
	(void)dest;
	(void)destLen;
	(void)source;
	(void)sourceLen;
	fprintf(stderr, "zlib: compress: compression is not provided in wasm guests\n");
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API uLong compressBound(uLong sourceLen)
{
	return sourceLen + (sourceLen >> 12) + (sourceLen >> 14) + (sourceLen >> 25) + 13;
}

ZLIB_WASM_API gzFile zlib_wasm__refuse_gz(const char *call)
{
	zlib_wasm__refuse(call);
	errno = ENOTSUP;
	return NULL;
}

ZLIB_WASM_API gzFile gzopen(const char *path, const char *mode)
{
	(void)path;
	(void)mode;
	return zlib_wasm__refuse_gz("gzopen");
}

ZLIB_WASM_API gzFile gzdopen(int fd, const char *mode)
{
	(void)fd;
	(void)mode;
	return zlib_wasm__refuse_gz("gzdopen");
}

/* No gzFile other than NULL exists: what zlib returns for NULL. */
ZLIB_WASM_API int gzread(gzFile file, voidp buf, unsigned len)
{
	(void)file;
	(void)buf;
	(void)len;
	return -1;
}

ZLIB_WASM_API char *gzgets(gzFile file, char *buf, int len)
{
	(void)file;
	(void)buf;
	(void)len;
	return NULL;
}

ZLIB_WASM_API int gzgetc(gzFile file)
{
	(void)file;
	return -1;
}

ZLIB_WASM_API int gzwrite(gzFile file, voidpc buf, unsigned len)
{
	(void)file;
	(void)buf;
	(void)len;
	return 0;
}

ZLIB_WASM_API int gzeof(gzFile file)
{
	(void)file;
	return 0;
}

ZLIB_WASM_API z_off_t gzseek(gzFile file, z_off_t offset, int whence)
{
	(void)file;
	(void)offset;
	(void)whence;
	return -1;
}

ZLIB_WASM_API int gzrewind(gzFile file)
{
	(void)file;
	return -1;
}

ZLIB_WASM_API int gzclose(gzFile file)
{
	(void)file;
	return Z_STREAM_ERROR;
}

ZLIB_WASM_API const char *gzerror(gzFile file, int *errnum)
{
	(void)file;
	if (errnum)
		*errnum = Z_STREAM_ERROR;
	return NULL;
}

ZLIB_WASM_API uLong crc32(uLong crc, const Bytef *buf, uInt len)
{
	uint32_t c;

	if (!buf)
		return 0;
	c = ~(uint32_t)crc;
	while (len--) {
		c ^= *buf++;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
	}
	return ~c & 0xffffffffu;
}

ZLIB_WASM_API uLong adler32(uLong adler, const Bytef *buf, uInt len)
{
	uint32_t a, b;

	if (!buf)
		return 1;
	a = adler & 0xffff;
	b = (adler >> 16) & 0xffff;
	while (len--) {
		a = (a + *buf++) % 65521u;
		b = (b + a) % 65521u;
	}
	return ((uLong)b << 16) | a;
}

ZLIB_WASM_API const char *zError(int err)
{
	switch (err) {
	case Z_OK: return "";
	case Z_STREAM_END: return "stream end";
	case Z_NEED_DICT: return "need dictionary";
	case Z_ERRNO: return "file error";
	case Z_STREAM_ERROR: return "stream error";
	case Z_DATA_ERROR: return "data error";
	case Z_MEM_ERROR: return "insufficient memory";
	case Z_BUF_ERROR: return "buffer error";
	case Z_VERSION_ERROR: return "incompatible version";
	default: return "";
	}
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_ZLIB_IMPL_H */
