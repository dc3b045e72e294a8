/// The advice printed when OpenBLAS runs its generic kernels.
enum BLASGenericKernelWarning {
  static let text = """
    warning: OpenBLAS did not recognise this CPU and uses its slow generic kernels (core Prescott).
    Set OPENBLAS_CORETYPE before starting tongbi, e.g. `OPENBLAS_CORETYPE=Haswell tongbi ...` \
    (see README, "BLAS kernels").
    """
}
