// The newsquery command line, parsed into a plain struct.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace news {

enum class SortOrder { kRelevance, kNewest, kOldest };
enum class OutputFormat { kText, kJson, kJsonLines, kCsv };

struct QueryOptions {
  std::string db_dir;
  std::string query;                 // the QUERY words joined with spaces
  std::vector<std::string> persons;  // --person, repeatable: all must match
  std::string since, until;          // --since/--until: partial dates, inclusive
  std::string language;              // --lang: only articles in this language, stemmed for it
  SortOrder sort = SortOrder::kRelevance;
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool all = false;    // --all: every match, not just --limit
  bool count = false;  // --count: print the number of matches only
  OutputFormat format = OutputFormat::kText;
  std::string output;  // --output FILE, else stdout
  bool force = false;  // --force: overwrite --output
  bool show_help = false;
  bool show_version = false;
  std::string help_text;
};

// Parses argv. Throws Error(kUsage) with a one-line reason on a bad command line.
QueryOptions parse_query_options(int argc, const char* const argv[]);

}  // namespace news
