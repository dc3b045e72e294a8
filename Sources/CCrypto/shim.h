// C view of OpenSSL's libcrypto (Debian libssl-dev): SHA-256 of imported files, with the CPU's SHA
// instructions where it has them.
#ifndef TONGBI_CCRYPTO_SHIM_H
#define TONGBI_CCRYPTO_SHIM_H

#include <openssl/evp.h>

#endif
