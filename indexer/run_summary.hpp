// The counts a newsindex run reports in its last line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

namespace news {

struct RunSummary {
  std::size_t added = 0;                       // articles new to the index
  std::size_t updated = 0;                     // articles re-indexed because their file changed
  std::size_t unchanged = 0;                   // articles whose file did not change
  std::size_t deleted = 0;                     // articles whose file is gone
  std::map<std::string, std::size_t> skipped;  // reason -> files
  std::size_t failed_files = 0;                // files that could not be read (exit 4)
  std::size_t known_failures = 0;  // files that failed before, unchanged: not read again
  std::size_t document_count = 0;  // articles in the index afterwards
  std::size_t relinked = 0;        // articles the catalogue re-linked at the end
  double seconds = 0;
  std::uintmax_t compacted_from = 0, compacted_to = 0;  // index bytes, when --compact ran
  bool interrupted = false;

  void skip(const std::string& reason) { ++skipped[reason]; }

  // "27 new, 0 updated, 3 unchanged, 0 deleted, 5 skipped (4 unsupported .pdf, 1 empty
  //  file); 0.41 s, 65.9 articles/s; index holds 30 articles"
  std::string line() const;
};

// The short reason under which a failure is counted: its text before any detail in
// parentheses or after a colon ("front matter is not valid YAML (line 3): ..." ->
// "front matter is not valid YAML").
std::string reason_kind(const std::string& reason);

}  // namespace news
