// C view of SQLite 3 (Debian libsqlite3-dev), the embedded database of the store of vintages.
#ifndef TONGBI_CSQLITE_SHIM_H
#define TONGBI_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: a bound text or blob is copied by SQLite.
static inline void (*tongbi_sqlite_transient(void))(void *) { return SQLITE_TRANSIENT; }

// sqlite3_config is variadic, which Swift cannot call: turns off SQLite's memory statistics (a mutex
// taken for every allocation). Must run before the first connection opens.
static inline int tongbi_sqlite_disable_memory_statistics(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
