// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"

/*
 * Returns a dedented copy of tmpl. A template is a programming error when a
 * line has fewer tabs than the baseline and text after them: abort loudly,
 * since no user input can cause it.
 */
static char *dedent(const char *tmpl)
{
	size_t base = 0, len = strlen(tmpl);
	char *out = malloc(len + 1), *dst = out;
	const char *src = tmpl;

	if (!out) {
		perror("bpftool-wasm");
		exit(1);
	}
	if (*src == '\n')
		src++;
	while (src[base] == '\t')
		base++;
	while (*src) {
		size_t tabs = 0;

		while (tabs < base && src[tabs] == '\t')
			tabs++;
		if (tabs < base && src[tabs] != '\n' && src[tabs] != '\0') {
			fprintf(stderr, "bpftool-wasm: internal error: bad template indent near '%.20s'\n",
				src);
			abort();
		}
		src += tabs;
		while (*src && *src != '\n')
			*dst++ = *src++;
		/* trailing whitespace never reaches the output */
		while (dst > out && (dst[-1] == ' ' || dst[-1] == '\t'))
			dst--;
		if (*src == '\n')
			*dst++ = *src++;
	}
	*dst = '\0';
	return out;
}

void codegen(FILE *out, const char *tmpl, ...)
{
	char *fmt = dedent(tmpl);
	va_list ap;

	va_start(ap, tmpl);
	vfprintf(out, fmt, ap);
	va_end(ap);
	free(fmt);
}
