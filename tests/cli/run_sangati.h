// tests/cli/run_sangati.h: runs the real `sangati` binary (SANGATI_EXE,
// defined by tests/cli/CMakeLists.txt) as a user would, for the
// end-to-end tests.
#ifndef SANGATI_TESTS_CLI_RUN_SANGATI_H_
#define SANGATI_TESTS_CLI_RUN_SANGATI_H_

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace sangati::testing {

struct RunResult {
  int exit_code = -1;  // -1 when the binary could not be run or was killed
  std::string out;     // stdout (and stderr when asked for)
};

// Runs SANGATI_EXE with `args` (already shell-quoted); stderr goes to
// /dev/null unless `keep_stderr`, then it is mixed into `out`.
inline RunResult RunSangati(const std::string& args, bool keep_stderr = false) {
  std::string cmd =
      std::string(SANGATI_EXE) + " " + args + (keep_stderr ? " 2>&1" : " 2>/dev/null");
  RunResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace sangati::testing

#endif  // SANGATI_TESTS_CLI_RUN_SANGATI_H_
