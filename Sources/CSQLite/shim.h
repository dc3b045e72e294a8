// C view of SQLite 3 (Debian libsqlite3-dev), the embedded database of the store of vintages.
#ifndef TONGBI_CSQLITE_SHIM_H
#define TONGBI_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: a bound text or blob is copied by SQLite.
static inline void (*tongbi_sqlite_transient(void))(void *) { return SQLITE_TRANSIENT; }

#endif
