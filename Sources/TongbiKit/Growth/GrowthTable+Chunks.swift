@_spi(ByteLevel) import ByteLevel

/// Renders series of a growth table on one worker: handed each series' computed growth in turn, it
/// keeps what it renders until its chunk is consumed.
package protocol SeriesRendering: AnyObject {
  /// Forgets the previous chunk's output.
  func startChunk()
  /// Renders series `ordinal` of the table from its computed `growth`.
  func render(series ordinal: Int, growth: SeriesGrowth)
}

extension GrowthTable {
  /// Series computed and rendered per chunk.
  static let seriesPerChunk = 32
  /// Rendered chunks that may wait to be consumed, per worker: enough that a slow chunk holds up no
  /// worker, while the waiting output stays small (about 0.6 MB of CSV per chunk of the benchmark
  /// table).
  package static let waitingChunksPerWorker = 16

  /// Computes the growth of every series in chunks of `seriesPerChunk` series, renders each chunk
  /// with a renderer of its own, and hands the finished chunks to `consume` on the calling thread in
  /// series order, with the series ordinals each holds: the output is the same for any thread count.
  ///
  /// With more than one thread, `threads` workers compute and render chunks (each with its own
  /// `SeriesGrowth` buffers and renderer from `makeRenderer`) while the calling thread consumes them
  /// (`OrderedPipeline`). Series the panel lacks are skipped. `progress`, when given, is called on the
  /// calling thread every `waitingChunksPerWorker` chunks and after the last with the number of series
  /// consumed and the total.
  package func renderInChunks<Renderer: SeriesRendering, Failure: Error>(
    threads: Int, progress: ((Int, Int) -> Void)? = nil, makeRenderer: () -> Renderer,
    consume: (Renderer, Range<Int>) throws(Failure) -> Void
  ) throws(Failure) {
    let seriesCount = series.count
    let chunkCount = (seriesCount + Self.seriesPerChunk - 1) / Self.seriesPerChunk
    let seriesIn = { (chunk: Int) in
      (chunk * Self.seriesPerChunk)..<min(seriesCount, (chunk + 1) * Self.seriesPerChunk)
    }
    func makeWorker() -> ChunkWorker<Renderer> {
      ChunkWorker(renderer: makeRenderer(), firstPeriod: panel.firstPeriod)
    }
    func finish(_ renderer: Renderer, _ chunk: Int) throws(Failure) {
      try consume(renderer, seriesIn(chunk))
      if (chunk + 1) % Self.waitingChunksPerWorker == 0 || chunk + 1 == chunkCount {
        progress?(seriesIn(chunk).upperBound, seriesCount)
      }
    }
    if threads <= 1 {
      let worker = makeWorker()
      for chunk in 0..<chunkCount {
        worker.render(seriesIn(chunk), of: self)
        try finish(worker.renderer, chunk)
      }
    } else {
      let workers = (0..<threads * Self.waitingChunksPerWorker).map { _ in makeWorker() }
      try OrderedPipeline.run(
        count: chunkCount, workers: threads, slots: workers,
        produce: { worker, chunk in worker.render(seriesIn(chunk), of: self) },
        consume: { worker, chunk throws(Failure) in try finish(worker.renderer, chunk) })
    }
  }
}

/// One pipeline slot: a renderer and the growth buffers it is fed from. Only one thread uses a slot
/// at a time (`OrderedPipeline` hands a slot to a worker, then to the consumer).
private final class ChunkWorker<Renderer: SeriesRendering>: @unchecked Sendable {
  let renderer: Renderer
  private var growth: SeriesGrowth

  init(renderer: Renderer, firstPeriod: Period) {
    self.renderer = renderer
    growth = SeriesGrowth(firstPeriod: firstPeriod)
  }

  /// Computes and renders the series with ordinals in `series`.
  func render(_ series: Range<Int>, of table: GrowthTable) {
    renderer.startChunk()
    for ordinal in series where table.compute(series: ordinal, into: &growth) {
      renderer.render(series: ordinal, growth: growth)
    }
  }
}
