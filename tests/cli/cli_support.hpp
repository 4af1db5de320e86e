// Running the built programs from end-to-end tests, in a temporary directory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace news::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `args` (argv[0] first, no shell) with TZ=UTC and captures both streams.
CommandResult run(const std::vector<std::string>& args);

// newsindex / newsquery with arguments.
CommandResult newsindex(const std::vector<std::string>& args);
CommandResult newsquery(const std::vector<std::string>& args);

// The repository's sample corpus.
std::filesystem::path sample_corpus();

// A fresh directory, removed with its contents when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  std::string operator/(const std::string& name) const { return (m_path / name).string(); }

 private:
  std::filesystem::path m_path;
};

// Copies a folder tree (to edit files without touching the repository).
void copy_tree(const std::filesystem::path& from, const std::filesystem::path& to);

// Number of lines in text.
std::size_t line_count(const std::string& text);

}  // namespace news::test
