/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Histogram printing and small time helpers shared by the porting tools. */
#ifndef PORTING_TRACE_HELPERS_H
#define PORTING_TRACE_HELPERS_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Prints slots as a power-of-two histogram in bcc's layout: a header
 * "     usecs               : count    distribution" and one row per slot up
 * to the last non-empty one, "low -> high : count |stars|".
 */
void print_log2_hist(const unsigned int *vals, int vals_size, const char *val_type);

/* One row per bucket of width step from base, same layout. */
void print_linear_hist(const unsigned int *vals, int vals_size, unsigned int base,
		       unsigned int step, const char *val_type);

/* "HH:MM:SS" of the current local time into buf (at least 9 bytes). */
void strftime_now(char *buf, int size);

/* Parses a decimal number in [min, max]; false (errno set) if it is not one. */
bool parse_long(const char *s, long min, long max, long *out);

#ifdef __cplusplus
}
#endif

#endif
