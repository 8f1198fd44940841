// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Prints a module (WebAssembly text) that imports every function of the
 * ABI table with the table's type. The build translates it with wasm2c and
 * compiles the host's definitions against the declarations wasm2c writes
 * for it, so the table and the C functions cannot disagree (Makefile,
 * abi-check); the tests run it to see that the driver accepts the lot.
 */
#include <stdio.h>
#include <string.h>

#include "abi_table.h"

/* "(i32,i64)" -> " i32 i64" */
static void vec(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		putchar(s[i] == ',' ? ' ' : s[i]);
}

int main(void)
{
	puts("(module");
	for (const struct abi_func *f = abi_funcs; f->module; f++) {
		const char *arrow = strstr(f->type, "->"), *res = arrow + 2;

		printf(" (import \"%s\" \"%s\" (func", f->module, f->name);
		if (arrow - f->type > 2) {
			printf(" (param ");
			vec(f->type + 1, (size_t)(arrow - f->type) - 2);
			putchar(')');
		}
		if (strcmp(res, "()")) {
			printf(" (result ");
			vec(res + (*res == '('), strlen(res) - (*res == '(' ? 2 : 0));
			putchar(')');
		}
		puts("))");
	}
	puts(" (memory (export \"memory\") 1)");
	puts(" (table (export \"__indirect_function_table\") 1 funcref)");
	puts(" (func (export \"_start\")))");
	return 0;
}
