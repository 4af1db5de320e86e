// newsindex-ner-clusters: learns word clusters from unlabelled news text for
// newsindex-train-ner --clusters.
#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "word_clusters.hpp"

namespace {

namespace fs = std::filesystem;
namespace po = boost::program_options;

std::vector<fs::path> input_files(const std::vector<std::string>& args) {
  std::vector<fs::path> files;
  for (const std::string& a : args) {
    if (!fs::is_directory(a)) {
      files.emplace_back(a);
      continue;
    }
    for (const auto& e : fs::recursive_directory_iterator(a)) {
      std::string ext = e.path().extension().string();
      if (e.is_regular_file() && (ext == ".txt" || ext == ".sgm")) {
        files.push_back(e.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void add_file(news::ner::WordClusterer& clusterer, const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot open " + path.string());
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  clusterer.add_text(path.extension() == ".sgm" ? news::ner::strip_markup(text) : text);
}

}  // namespace

int main(int argc, char** argv) {
  news::ner::ClusterOptions options;
  std::vector<std::string> inputs;
  std::string output;
  po::options_description d(
      "Usage: newsindex-ner-clusters --output FILE TEXT-FILE-OR-DIR...\n"
      "Learns word clusters (word<TAB>id id id) from .txt and .sgm files. Options");
  d.add_options()("help,h", "show this help")("output,o", po::value(&output)->required(),
                                              "cluster file to write")(
      "min-count", po::value(&options.min_count)->default_value(options.min_count),
      "minimum word frequency")("max-words",
                                po::value(&options.max_words)->default_value(options.max_words),
                                "vocabulary size (most frequent words)")(
      "iterations", po::value(&options.iterations)->default_value(options.iterations),
      "k-means iterations")("input", po::value(&inputs)->multitoken(), "input files");
  po::positional_options_description pos;
  pos.add("input", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(d).positional(pos).run(), vm);
    if (vm.count("help") > 0) {
      std::cout << d;
      return 0;
    }
    po::notify(vm);
    news::ner::WordClusterer clusterer(options);
    for (const fs::path& f : input_files(inputs)) {
      add_file(clusterer, f);
    }
    auto clusters = clusterer.build();
    news::ner::write_cluster_file(clusters, output);
    std::cerr << "wrote " << clusters.size() << " words to " << output << "\n";
    return 0;
  } catch (const po::error& e) {
    std::cerr << "error: " << e.what() << "\n" << d;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 4;
  }
}
