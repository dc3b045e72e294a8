#if FUZZING
  import CLibFuzzer
  #if canImport(Glibc)
    import Glibc
  #elseif canImport(Darwin)
    import Darwin
  #endif

  /// The environment variable naming the target; `main` sets it from the first argument, so that
  /// processes libFuzzer starts (merges, forks) fuzz the same target.
  let fuzzTargetVariable = "TONGBI_FUZZ_TARGET"

  /// The target of this process, read once from `fuzzTargetVariable` (checked by `main`).
  let fuzzedTarget: FuzzTarget =
    getenv(fuzzTargetVariable).flatMap { FuzzTarget(rawValue: String(cString: $0)) }
    ?? .ingest

  /// libFuzzer's entry point: runs one input through the target of this process.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = fuzzedTarget.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
  }

  /// The fuzzing binary: `tongbi-fuzz TARGET [libFuzzer flags and corpus directories]`, or the target
  /// in `TONGBI_FUZZ_TARGET`; everything after the target goes to libFuzzer's driver.
  @main
  enum FuzzingDriver {
    /// Picks the target, then hands the remaining arguments to `LLVMFuzzerRunDriver`.
    static func main() {
      var arguments = Array(UnsafeBufferPointer(start: CommandLine.unsafeArgv, count: Int(CommandLine.argc)))
      if arguments.count > 1, let name = arguments[1].map({ String(cString: $0) }),
        FuzzTarget(rawValue: name) != nil
      {
        setenv(fuzzTargetVariable, name, 1)
        arguments.remove(at: 1)
      }
      guard let name = getenv(fuzzTargetVariable).map({ String(cString: $0) }),
        FuzzTarget(rawValue: name) != nil
      else {
        let usage =
          "usage: tongbi-fuzz TARGET [libFuzzer flags] [corpus directories]; targets: \(FuzzTarget.names)\n"
        _ = usage.withCString { write(2, $0, strlen($0)) }
        exit(2)
      }
      // libFuzzer keeps argv for the whole run: the copy is never freed.
      let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: arguments.count + 1)
      argv.initialize(from: arguments + [nil], count: arguments.count + 1)
      var argc = CInt(arguments.count)
      var argvPointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
      exit(LLVMFuzzerRunDriver(&argc, &argvPointer, fuzzTestOneInput))
    }
  }
#endif
