// The one error type of the project and the exit codes both programs document.
#pragma once

#include <stdexcept>
#include <string>

namespace news {

// Exit statuses shared by newsindex and newsquery (documented in --help).
enum class ExitCode : int {
  kOk = 0,
  kNoMatch = 1,        // newsquery: the query matched nothing
  kUsage = 2,          // bad command line or query
  kDatabase = 3,       // cannot create, open or lock the index, or wrong schema version
  kInput = 4,          // newsindex finished, but some inputs could not be read or parsed
  kInterrupted = 130,  // stopped by SIGINT/SIGTERM after saving what was done
};

// An error a user can act on: a one-line message, an optional hint, and the exit code
// `main` returns for it.
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message, std::string hint = {})
      : std::runtime_error(message), m_code(code), m_hint(std::move(hint)) {}

  ExitCode code() const { return m_code; }
  const std::string& hint() const { return m_hint; }

 private:
  ExitCode m_code;
  std::string m_hint;
};

}  // namespace news
