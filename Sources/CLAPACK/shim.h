// C view of OpenBLAS (CBLAS) and LAPACKE for Swift.
#ifndef TONGBI_CLAPACK_SHIM_H
#define TONGBI_CLAPACK_SHIM_H

#include <cblas.h>
#include <lapacke.h>

// `lapack_int` is a macro in lapacke_config.h, which Swift cannot import; a typedef makes it visible.
typedef lapack_int tongbi_lapack_int;

// OpenBLAS extensions. Declared here so the shim does not depend on which cblas.h the
// alternatives system selected; the declarations match OpenBLAS's own.
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
char *openblas_get_corename(void);
char *openblas_get_config(void);

#endif
