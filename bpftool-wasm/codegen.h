/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BPFTOOL_WASM_CODEGEN_H
#define BPFTOOL_WASM_CODEGEN_H

#include <stdio.h>

/*
 * Prints a C template written indented like the code around it: the tabs of
 * its first line (after a leading newline) are the baseline and are removed
 * from every line, so templates read like the generated file. The result is
 * a printf format (positional %1$s arguments allowed).
 */
void codegen(FILE *out, const char *tmpl, ...)
	__attribute__((format(printf, 2, 3)));

#endif
