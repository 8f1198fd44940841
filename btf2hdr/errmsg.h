/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_ERRMSG_H
#define BTF2HDR_ERRMSG_H

#include <stdarg.h>
#include <stdio.h>

/* Writes a one-line message into err and returns code: `return errmsg(...)`. */
static inline int errmsg(char *err, size_t err_sz, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static inline int errmsg(char *err, size_t err_sz, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, err_sz, fmt, ap);
	va_end(ap);
	return code;
}

#endif
