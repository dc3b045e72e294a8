// C view of libFuzzer's driver, which a fuzzing build (-sanitize=fuzzer) links in.
#ifndef TONGBI_CLIBFUZZER_SHIM_H
#define TONGBI_CLIBFUZZER_SHIM_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's own main() in a function: parses the flags in argv and fuzzes `callback` (declared as in
// compiler-rt's FuzzerInterface.h). Only a -sanitize=fuzzer link defines it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
