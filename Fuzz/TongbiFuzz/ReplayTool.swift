#if !FUZZING
  import ByteLevel
  #if canImport(Glibc)
    import Glibc
  #elseif canImport(Darwin)
    import Darwin
  #endif

  /// `tongbi-fuzz TARGET FILE...` in a normal build: runs each file through the fuzz target, as the
  /// fuzzer would, and prints what it was read as; a broken invariant aborts as under the fuzzer. For
  /// replaying crash inputs (`.build/fuzz/artifacts/`) without the sanitizer, in a debugger or a test.
  @main
  enum ReplayTool {
    /// Parses the arguments and replays each file.
    static func main() {
      let arguments = CommandLine.arguments.dropFirst()
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
        fail(
          "usage: tongbi-fuzz TARGET FILE... (targets: \(FuzzTarget.names)); "
            + "build with -DFUZZING and -sanitize=fuzzer to fuzz (Fuzz/run)", status: 2)
      }
      for path in arguments.dropFirst() {
        let input: InputBytes
        do {
          input = try InputBytes(path: path)
        } catch {
          fail("\(path): \(error)", status: 1)
        }
        let outcome = withExtendedLifetime(input) { target.run(UnsafeRawBufferPointer(input.buffer)) }
        print("\(path): \(outcome)")
      }
    }

    /// Prints `message` to standard error and exits with `status`.
    static func fail(_ message: String, status: Int32) -> Never {
      let line = message + "\n"
      _ = line.withCString { write(2, $0, strlen($0)) }
      exit(status)
    }
  }
#endif
