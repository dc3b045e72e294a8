// C view of FreeXL (Debian libfreexl-dev), the reader of Excel 97–2003 (.xls, BIFF) workbooks.
#ifndef TONGBI_CFREEXL_SHIM_H
#define TONGBI_CFREEXL_SHIM_H

#include <freexl.h>

#endif
