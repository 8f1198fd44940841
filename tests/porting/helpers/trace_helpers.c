// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "trace_helpers.h"

#define STARS_MAX 40

static void print_stars(unsigned int val, unsigned int val_max, int width)
{
	int i, n = val_max ? (int)((unsigned long long)val * width / val_max) : 0;

	for (i = 0; i < n; i++)
		putchar('*');
	for (; i < width; i++)
		putchar(' ');
}

static unsigned int max_of(const unsigned int *vals, int n, int *last)
{
	unsigned int max = 0;
	int i;

	*last = -1;
	for (i = 0; i < n; i++) {
		if (vals[i] > max)
			max = vals[i];
		if (vals[i])
			*last = i;
	}
	return max;
}

void print_log2_hist(const unsigned int *vals, int vals_size, const char *val_type)
{
	int i, last, stars = STARS_MAX, idx_width = 10;
	unsigned int max = max_of(vals, vals_size, &last);

	/* wider columns once the highest bucket needs them, as bcc does */
	if (last > 32) {
		idx_width = 20;
		stars = STARS_MAX / 2;
	}
	if (idx_width == 10)
		printf("%*s%-*s : count    distribution\n", 5, "", 19, val_type);
	else
		printf("%*s%-*s : count     distribution\n", 15, "", 29, val_type);
	for (i = 0; i <= last; i++) {
		unsigned long long low = i ? 1ULL << i : 0, high = (1ULL << (i + 1)) - 1;

		if (i == 0)
			high = 1;
		printf("%*llu -> %-*llu : %-8u |", idx_width, i ? low : 0ULL, idx_width, high,
		       vals[i]);
		print_stars(vals[i], max, stars);
		printf("|\n");
	}
}

void print_linear_hist(const unsigned int *vals, int vals_size, unsigned int base,
		       unsigned int step, const char *val_type)
{
	int i, last;
	unsigned int max = max_of(vals, vals_size, &last);

	printf("     %-13s : count     distribution\n", val_type);
	for (i = 0; i <= last; i++) {
		printf("        %-10u : %-8u |", base + i * step, vals[i]);
		print_stars(vals[i], max, STARS_MAX);
		printf("|\n");
	}
}

void strftime_now(char *buf, int size)
{
	time_t t = time(NULL);
	struct tm tm;

	if (!localtime_r(&t, &tm) || !strftime(buf, (size_t)size, "%H:%M:%S", &tm))
		snprintf(buf, (size_t)size, "??:??:??");
}

bool parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end) {
		errno = errno ? errno : EINVAL;
		return false;
	}
	if (v < min || v > max) {
		errno = ERANGE;
		return false;
	}
	*out = v;
	return true;
}
