// C view of the file calls Swift's Glibc module leaves out.
#ifndef TONGBI_CFILESPACE_SHIM_H
#define TONGBI_CFILESPACE_SHIM_H

#include <stdint.h>

#if defined(__linux__)
// glibc declares fallocate(2) and sync_file_range(2) only under _GNU_SOURCE, which the Glibc module is
// not built with. fallocate64 takes 64-bit offsets on every target (on 64-bit ones it is fallocate
// itself); both declarations match glibc's own.
int fallocate64(int fd, int mode, int64_t offset, int64_t len);
int sync_file_range(int fd, int64_t offset, int64_t nbytes, unsigned int flags);

// FALLOC_FL_KEEP_SIZE of <linux/falloc.h>: allocate blocks past the end without changing the size.
static const int tongbi_falloc_keep_size = 0x01;
// SYNC_FILE_RANGE_WRITE of <fcntl.h>: start writeback of the range's dirty pages, do not wait.
static const unsigned int tongbi_sync_file_range_write = 0x02;
#endif

#endif
