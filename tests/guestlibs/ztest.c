// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * <zlib.h> in a guest: what bcc's btf_helpers.c (inflateInit2 for gzip, then
 * inflate) and /proc/config.gz readers (gzopen, gzread, gzclose) call. Prints
 * each call's result on stdout; run.sh checks the codes and that every
 * refusal wrote one line to stderr. The checksums must be the real ones.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <zlib.h>

int main(void)
{
	static unsigned char gz[] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
	unsigned char out[64];
	z_stream strm;
	gzFile f;
	char buf[64];
	int ret, err;

	memset(&strm, 0, sizeof(strm));
	strm.zalloc = Z_NULL;
	strm.zfree = Z_NULL;
	strm.opaque = Z_NULL;
	ret = inflateInit2(&strm, 16 + MAX_WBITS);
	printf("inflateInit2 %d %s\n", ret, ret == Z_STREAM_ERROR && strm.msg ? "msg" : "nomsg");
	strm.next_in = gz;
	strm.avail_in = sizeof(gz);
	strm.next_out = out;
	strm.avail_out = sizeof(out);
	printf("inflate %d\n", inflate(&strm, Z_NO_FLUSH));
	printf("inflateEnd %d\n", inflateEnd(&strm));
	printf("inflateInit %d\n", inflateInit(&strm));

	errno = 0;
	f = gzopen("/proc/config.gz", "r");
	err = errno;
	printf("gzopen %s errno %s\n", f ? "file" : "NULL", err == ENOTSUP ? "ENOTSUP" : "other");
	printf("gzread %d\n", gzread(f, buf, sizeof(buf)));
	printf("gzgets %s\n", gzgets(f, buf, sizeof(buf)) ? "line" : "NULL");
	printf("gzclose %d\n", gzclose(f));

	printf("crc32 %08lx\n", crc32(crc32(0L, Z_NULL, 0), (const Bytef *)"123456789", 9));
	printf("adler32 %08lx\n", adler32(adler32(0L, Z_NULL, 0), (const Bytef *)"Wikipedia", 9));
	printf("version %s\n", strncmp(zlibVersion(), "1.", 2) == 0 ? "1.x" : zlibVersion());
	return 0;
}
