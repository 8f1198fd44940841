/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * For test guests that check what a call prints through libbpf_set_print():
 * capture() collects the lines, reset() clears them and errno before a call,
 * report() prints "ok WHAT" or "FAIL WHAT: why" and counts failures.
 */
#ifndef TESTS_HEADERS_PRINT_CAPTURE_H
#define TESTS_HEADERS_PRINT_CAPTURE_H

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <bpf/libbpf.h>

static char lines[4096];
static int line_cnt;
static int failures;

static int capture(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	size_t len = strlen(lines);

	(void)level;
	vsnprintf(lines + len, sizeof(lines) - len, fmt, ap);
	line_cnt++;
	return 0;
}

static void reset(void)
{
	lines[0] = '\0';
	line_cnt = 0;
	errno = 0;
}

static void report(const char *what, const char *why)
{
	if (why) {
		printf("FAIL %s: %s (errno %d, %d lines: %s)\n", what, why, errno, line_cnt, lines);
		failures++;
	} else {
		printf("ok %s\n", what);
	}
}

#endif
