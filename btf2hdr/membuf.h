/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * An in-memory FILE for the whole header: nothing reaches stdout or -o until
 * generation has succeeded, so a failure never leaves half a header behind.
 */
#ifndef BTF2HDR_MEMBUF_H
#define BTF2HDR_MEMBUF_H

#include <stdio.h>

struct membuf {
	char *data;
	size_t len, cap;
};

/* A write-only stream appending to mb; NULL with errno on failure. */
FILE *membuf_open(struct membuf *mb);
void membuf_free(struct membuf *mb);

#endif
