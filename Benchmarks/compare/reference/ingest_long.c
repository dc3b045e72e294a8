/*
 * A plain C reference for the long-CSV ingest workload, to calibrate Tongbi's MB/s on a shared machine
 * in the same run: reads a file as `tongbi synth` writes it (地区,上级地区,指标,计量单位,期别,本月 with
 * periods YYYY-MM), maps it, hashes (region, indicator) to a series index, parses the period and the
 * value with strtod, and stores the value in a dense column-major [months x series] array with NaN for
 * missing cells. No UTF-8 validation, no duplicate detection, no row accounting: a lower bound on the
 * work Tongbi does, not an equivalent of it.
 *
 *   gcc -O2 -o ingest_long ingest_long.c && ./ingest_long FILE
 */
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MONTHS 240

typedef struct { const char *key; size_t length; long series; } Slot;

static uint64_t fnv(const char *text, size_t length) {
  uint64_t hash = 1469598103934665603ULL;
  for (size_t i = 0; i < length; i++) { hash ^= (unsigned char)text[i]; hash *= 1099511628211ULL; }
  return hash;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: ingest_long FILE\n"); return 64; }
  int fd = open(argv[1], O_RDONLY);
  if (fd < 0) { perror(argv[1]); return 1; }
  struct stat st;
  fstat(fd, &st);
  const char *data = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  const char *end = data + st.st_size;
  size_t capacity = 1 << 20, used = 0;
  Slot *slots = calloc(capacity, sizeof(Slot));
  double *values = NULL;
  size_t columns = 0, columnCapacity = 0;
  int baseOrdinal = -1;
  const char *line = memchr(data, '\n', st.st_size) + 1;
  long rows = 0;
  while (line < end) {
    const char *fields[7];
    int count = 0;
    fields[count++] = line;
    const char *cursor = line;
    while (cursor < end && *cursor != '\n') {
      if (*cursor == ',' && count < 7) fields[count++] = cursor + 1;
      cursor++;
    }
    const char *next = cursor + 1;
    if (count >= 6) {
      const char *keyStart = fields[0];
      size_t keyLength = (size_t)(fields[4] - fields[0]);
      uint64_t hash = fnv(keyStart, keyLength);
      size_t slot = hash & (capacity - 1);
      while (slots[slot].key && !(slots[slot].length == keyLength && memcmp(slots[slot].key, keyStart, keyLength) == 0))
        slot = (slot + 1) & (capacity - 1);
      if (!slots[slot].key) {
        slots[slot].key = keyStart;
        slots[slot].length = keyLength;
        slots[slot].series = (long)columns++;
        used++;
        if (columns > columnCapacity) {
          columnCapacity = columnCapacity ? columnCapacity * 2 : 1024;
          values = realloc(values, columnCapacity * MONTHS * sizeof(double));
          for (size_t i = (columnCapacity / 2) * MONTHS; i < columnCapacity * MONTHS; i++) values[i] = NAN;
          if (columnCapacity == 1024) for (size_t i = 0; i < columnCapacity * MONTHS; i++) values[i] = NAN;
        }
      }
      const char *p = fields[4];
      int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
      int month = (p[5] - '0') * 10 + (p[6] - '0');
      int ordinal = year * 12 + month - 1;
      if (baseOrdinal < 0) baseOrdinal = ordinal;
      int row = ordinal - baseOrdinal;
      char *stop;
      double value = strtod(fields[5], &stop);
      if (row >= 0 && row < MONTHS) values[slots[slot].series * MONTHS + row] = stop == fields[5] ? NAN : value;
    }
    rows++;
    line = next;
  }
  printf("{\"rows\": %ld, \"series\": %zu}\n", rows, columns);
  return 0;
}
