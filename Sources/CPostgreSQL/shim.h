// C view of libpq (Debian libpq-dev), PostgreSQL's client library: the store of vintages on a shared
// PostgreSQL server.
#ifndef TONGBI_CPOSTGRESQL_SHIM_H
#define TONGBI_CPOSTGRESQL_SHIM_H

#include <postgresql/libpq-fe.h>

// PG_DIAG_SQLSTATE is a character-literal macro Swift does not import: the field code of an error's
// SQLSTATE.
static inline int tongbi_pq_diag_sqlstate(void) { return PG_DIAG_SQLSTATE; }

// libpq prints the server's notices (NOTICE, WARNING) to standard error unless told otherwise: a
// processor that drops them (Tongbi's messages are its own).
static inline void tongbi_pq_ignore_notice(void *arg, const char *message) {
  (void)arg;
  (void)message;
}
static inline void tongbi_pq_silence_notices(PGconn *connection) {
  PQsetNoticeProcessor(connection, tongbi_pq_ignore_notice, NULL);
}

#endif
