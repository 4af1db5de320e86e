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

struct Command {
  news::ner::ClusterOptions options;
  std::vector<std::string> inputs;
  std::string output;
  std::string help;  // non-empty: print it and stop
};

// Parses the command line; throws po::error when it is invalid.
Command parse_command(int argc, char** argv) {
  Command cmd;
  po::options_description d(
      "Usage: newsindex-ner-clusters --output FILE TEXT-FILE-OR-DIR...\n"
      "Learns word clusters (word<TAB>id id id) from .txt and .sgm files. Options");
  d.add_options()("help,h", "show this help")("output,o", po::value(&cmd.output)->required(),
                                              "cluster file to write")(
      "min-count", po::value(&cmd.options.min_count)->default_value(cmd.options.min_count),
      "minimum word frequency")(
      "max-words", po::value(&cmd.options.max_words)->default_value(cmd.options.max_words),
      "vocabulary size (most frequent words)")(
      "iterations", po::value(&cmd.options.iterations)->default_value(cmd.options.iterations),
      "k-means iterations")("input", po::value(&cmd.inputs)->multitoken(), "input files");
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(d).positional(pos).run(), vm);
  if (vm.count("help") > 0) {
    std::ostringstream help;
    help << d;
    cmd.help = help.str();
    return cmd;
  }
  po::notify(vm);
  return cmd;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    Command cmd = parse_command(argc, argv);
    if (!cmd.help.empty()) {
      std::cout << cmd.help;
      return 0;
    }
    news::ner::WordClusterer clusterer(cmd.options);
    for (const fs::path& f : input_files(cmd.inputs)) {
      add_file(clusterer, f);
    }
    auto clusters = clusterer.build();
    news::ner::write_cluster_file(clusters, cmd.output);
    std::cerr << "wrote " << clusters.size() << " words to " << cmd.output << "\n";
    return 0;
  } catch (const po::error& e) {
    std::cerr << "error: " << e.what() << " (see --help)\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 4;
  }
}
