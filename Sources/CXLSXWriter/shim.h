// C view of libxlsxwriter (Debian libxlsxwriter-dev), the writer of .xlsx workbooks with native charts.
#ifndef TONGBI_CXLSXWRITER_SHIM_H
#define TONGBI_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
