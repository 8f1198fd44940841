// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The second translation unit of elfapi: libelf's state is one per program. */
#include <stddef.h>

#include <gelf.h>

int tu2_open_truncated(void);

int tu2_open_truncated(void)
{
	static char head[24] = { 0x7f, 'E', 'L', 'F', ELFCLASS64, ELFDATA2LSB, EV_CURRENT };
	Elf *e = elf_memory(head, sizeof(head));	/* no version error: it is set */

	elf_end(e);
	return e != NULL;
}
