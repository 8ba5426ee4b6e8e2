#ifndef FOLIO_SYSTEM_SHIM_H
#define FOLIO_SYSTEM_SHIM_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <stdio.h>
#include <errno.h>

/// Exchanges two paths in one step (Linux renameat2 with RENAME_EXCHANGE). Returns 0 or -1 with errno.
static inline int folio_exchange_paths(const char *a, const char *b) {
#ifdef RENAME_EXCHANGE
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}
#endif
