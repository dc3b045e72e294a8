#!/usr/bin/env python3
"""Generates NumpyReference.swift: inputs and numpy results for the LinearAlgebra tests.

Run: python3 make_reference.py  (from anywhere). It writes NumpyReference.swift beside this script and
formats it with `swift format` (the package's .swift-format), so regenerating leaves no diff.
The generated file's header records the numpy and Python versions that computed it.
"""

import pathlib
import platform
import subprocess

import numpy as np

rng = np.random.default_rng(20240601)

ALPHA = 1.5
BETA = -0.5


def literal(x):
    return repr(float(x))


def matrix(name, doc, m):
    m = np.asarray(m, dtype=float)
    lines = [f"  /// {doc} ({m.shape[0]} × {m.shape[1]})", f"  static let {name} = Matrix(["]
    for row in m:
        lines.append("    [" + ", ".join(literal(x) for x in row) + "],")
    lines.append("  ])")
    return "\n".join(lines)


def vector(name, doc, v):
    v = np.asarray(v, dtype=float).ravel()
    return "\n".join(
        [
            f"  /// {doc} ({v.size} elements)",
            f"  static let {name}: [Double] = [" + ", ".join(literal(x) for x in v) + "]",
        ]
    )


def scalar(name, doc, x, kind="Double"):
    value = literal(x) if kind == "Double" else str(int(x))
    return f"  /// {doc}\n  static let {name}: {kind} = {value}"


entries = [
    scalar("alpha", "α used by the gemm, gemv and syrk references.", ALPHA),
    scalar("beta", "β used by the gemm, gemv and syrk references.", BETA),
]

# gemm: C = α·A·B + β·C0, with A and B also given transposed so each op combination is checked.
a = rng.standard_normal((4, 3))
b = rng.standard_normal((3, 5))
c0 = rng.standard_normal((4, 5))
entries += [
    matrix("gemmA", "gemm: A", a),
    matrix("gemmAT", "gemm: Aᵀ, for op(A) = transpose", a.T),
    matrix("gemmB", "gemm: B", b),
    matrix("gemmBT", "gemm: Bᵀ, for op(B) = transpose", b.T),
    matrix("gemmC0", "gemm: C before the update", c0),
    matrix("gemmExpected", "gemm: α·A·B + β·C0", ALPHA * a @ b + BETA * c0),
]

# gemv: y = α·A·x + β·y0 and y = α·Aᵀ·x + β·y0.
a = rng.standard_normal((5, 3))
x = rng.standard_normal(3)
y0 = rng.standard_normal(5)
xt = rng.standard_normal(5)
yt0 = rng.standard_normal(3)
entries += [
    matrix("gemvA", "gemv: A", a),
    vector("gemvX", "gemv: x for A·x", x),
    vector("gemvY0", "gemv: y before A·x", y0),
    vector("gemvExpected", "gemv: α·A·x + β·y0", ALPHA * a @ x + BETA * y0),
    vector("gemvXT", "gemv: x for Aᵀ·x", xt),
    vector("gemvYT0", "gemv: y before Aᵀ·x", yt0),
    vector("gemvExpectedT", "gemv: α·Aᵀ·x + β·y0", ALPHA * a.T @ xt + BETA * yt0),
]

# syrk: C = α·XᵀX + β·C0 with C0 symmetric.
x = rng.standard_normal((7, 4))
s = rng.standard_normal((4, 4))
c0 = s + s.T
entries += [
    matrix("syrkA", "syrk: A", x),
    matrix("syrkC0", "syrk: symmetric C before the update", c0),
    matrix("syrkExpected", "syrk: α·AᵀA + β·C0", ALPHA * x.T @ x + BETA * c0),
]

# dgels: overdetermined full-rank system with three right-hand sides.
a = rng.standard_normal((8, 3))
b = rng.standard_normal((8, 3))
solution, _, rank, sv = np.linalg.lstsq(a, b, rcond=None)
entries += [
    matrix("lstsqA", "dgels: full-rank design A", a),
    matrix("lstsqB", "dgels: right-hand sides B", b),
    matrix("lstsqExpected", "dgels: numpy.linalg.lstsq(A, B)", solution),
]

# dgelsd: rank-deficient design, column 3 = column 0 + 2·column 1, so rank 3 of 4.
a = rng.standard_normal((8, 4))
a[:, 3] = a[:, 0] + 2 * a[:, 1]
b = rng.standard_normal((8, 2))
rcond = 1e-10
solution, _, rank, sv = np.linalg.lstsq(a, b, rcond=rcond)
pinv_solution = np.linalg.pinv(a, rcond=rcond) @ b
assert np.allclose(solution, pinv_solution, rtol=1e-12, atol=1e-12)
entries += [
    matrix("rankDeficientA", "dgelsd: design of rank 3 (column 3 = column 0 + 2·column 1)", a),
    matrix("rankDeficientB", "dgelsd: right-hand sides B", b),
    scalar("rankDeficientRcond", "dgelsd: rcond", rcond),
    scalar("rankDeficientRank", "dgelsd: numpy.linalg.lstsq rank", rank, kind="Int"),
    vector("rankDeficientSingularValues", "dgelsd: numpy singular values of A", sv),
    matrix("rankDeficientExpected", "dgelsd: numpy.linalg.pinv(A) @ B, the minimum-norm solution", pinv_solution),
]

# Cholesky: symmetric positive definite M·Mᵀ + 4·I.
m = rng.standard_normal((4, 4))
spd = m @ m.T + 4 * np.eye(4)
b = rng.standard_normal((4, 2))
entries += [
    matrix("choleskyA", "Cholesky: symmetric positive-definite A", spd),
    matrix("choleskyL", "Cholesky: numpy.linalg.cholesky(A), lower with positive diagonal", np.linalg.cholesky(spd)),
    matrix("choleskyB", "Cholesky: right-hand sides B", b),
    matrix("choleskyExpected", "Cholesky: numpy.linalg.solve(A, B)", np.linalg.solve(spd, b)),
]

# QR: tall 6 × 4.
a = rng.standard_normal((6, 4))
r = np.linalg.qr(a, mode="reduced")[1]
entries += [
    matrix("qrA", "QR: A", a),
    vector("qrAbsoluteRDiagonal", "QR: |diag(R)| from numpy.linalg.qr", np.abs(np.diag(r))),
]

# SVD: a tall and a wide matrix.
tall = rng.standard_normal((5, 3))
wide = rng.standard_normal((3, 5))
entries += [
    matrix("svdTall", "SVD: tall A", tall),
    vector("svdTallSingularValues", "SVD: numpy.linalg.svd(tall A) singular values", np.linalg.svd(tall, compute_uv=False)),
    matrix("svdWide", "SVD: wide A", wide),
    vector("svdWideSingularValues", "SVD: numpy.linalg.svd(wide A) singular values", np.linalg.svd(wide, compute_uv=False)),
]

header = [
    f"// Generated by make_reference.py with numpy {np.__version__} (Python {platform.python_version()}).",
    "// Do not edit: change the script and regenerate.",
    "",
    "import LinearAlgebra",
    "",
    "/// Inputs and results computed independently with numpy for the LinearAlgebra tests.",
    "enum NumpyReference {",
]
output = pathlib.Path(__file__).resolve().parent / "NumpyReference.swift"
output.write_text("\n".join(header) + "\n" + "\n\n".join(entries) + "\n}\n")
subprocess.run(["swift", "format", "-i", str(output)], check=True)
