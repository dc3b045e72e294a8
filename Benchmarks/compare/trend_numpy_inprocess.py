"""numpy's batched least squares on the trend-regression shape: 120 × 13 design, S right-hand sides
(lstsq, and the QR-based solve of the normal equations' best batched form: one QR of X, then R⁻¹Qᵀ·Y).
In process, on synthetic data, the pair of `Benchmarks/.build/release/ForecastBenchmark` (the library's batched
TrendRegression.fit); the end-to-end peer of `tongbi forecast --method trend` is peers/trend_numpy.py.
Run: OPENBLAS_NUM_THREADS=1 python3 trend_numpy_inprocess.py 160000"""
import sys, time
import numpy as np

S = int(sys.argv[1]) if len(sys.argv) > 1 else 160000
n = 120
t = np.arange(n)
X = np.column_stack([np.ones(n), t + 1.0] + [(t % 12 == k).astype(float) for k in range(1, 12)])
rng = np.random.default_rng(1)
Y = 100 + 0.5 * t[:, None] + 10 * np.sin(2 * np.pi * t / 12)[:, None] + 4 * rng.standard_normal((n, S))
start = time.perf_counter()
beta, *_ = np.linalg.lstsq(X, Y, rcond=None)
lstsq = time.perf_counter() - start
start = time.perf_counter()
q, r = np.linalg.qr(X)
beta2 = np.linalg.solve(r, q.T @ Y)
resid = Y - X @ beta2
s2 = (resid * resid).sum(axis=0) / (n - X.shape[1])
qr = time.perf_counter() - start
print(f"numpy {np.__version__}: lstsq {S} series in {lstsq:.3f} s; QR + solve + residual variance {qr:.3f} s")
