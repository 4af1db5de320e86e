// The fuzz targets: each feeds arbitrary bytes to one parser the way the programs do, and
// must neither crash nor trip a sanitizer. The same entries replay the saved regression
// inputs (tests/fuzz/regressions/<target>/) in the ordinary test suite.
#pragma once

#include <string_view>
#include <vector>

namespace news::fuzz {

using Entry = void (*)(std::string_view data);

struct Target {
  std::string_view name;  // "text", "html", ... as in fuzz_<name> and regressions/<name>
  Entry run;
};

// Every target: text (and front matter), html, json, csv, warc, container (archives and
// compressed files), dates, query.
const std::vector<Target>& targets();

// The target called `name`, or nullptr.
Entry find_target(std::string_view name);

}  // namespace news::fuzz
