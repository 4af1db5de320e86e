// Article texts for the one-core benchmarks: up to 400 articles of the BBC news corpus
// beside the repository (../shared/corpora/bbc-news) when present, else 200 copies of a
// built-in wire story, so that the benchmarks also run in a clone without ../shared.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace news::bench {

inline std::vector<std::string> load_articles() {
  namespace fs = std::filesystem;
  std::vector<std::string> articles;
  const fs::path root = fs::path(__FILE__).parent_path() / "../../shared/corpora/bbc-news";
  if (fs::is_directory(root)) {
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      if (e.path().extension() == ".txt" && articles.size() < 400) {
        std::ifstream in(e.path());
        std::ostringstream s;
        s << in.rdbuf();
        articles.push_back(s.str());
      }
    }
  }
  if (articles.empty()) {
    const std::string sample =
        "Talks in Geneva stall\n"
        "Foreign Minister Anna Lindqvist said on Tuesday that talks between Sweden and "
        "Norway in Geneva had stalled, and that the European Commission would review "
        "the fishing quota. Lindqvist told Reuters the Nordic Council would meet again in "
        "Oslo next month, while shares of Statoil rose 2.5 percent on the Oslo bourse.\n";
    articles.assign(200, sample);
  }
  return articles;
}

}  // namespace news::bench
