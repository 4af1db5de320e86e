// newsindex: index news articles for newsquery. All the work is in news_indexer.
#include <xapian.h>

#include <iostream>

#include "error.hpp"
#include "indexer.hpp"

int main(int argc, char* argv[]) {
  using news::ExitCode;
  try {
    const news::IndexerOptions options = news::parse_indexer_options(argc, argv);
    if (options.show_help || options.show_version) {
      std::cout << (options.show_help ? options.help_text : "newsindex " NEWS_VERSION "\n");
      return 0;
    }
    if (options.entities || (options.inputs.empty() && !options.aliases_file.empty())) {
      news::run_catalogue(options);
      return 0;
    }
    if (options.extract) {
      return news::run_extraction(options) == 0 ? 0 : int(ExitCode::kInput);
    }
    const news::RunSummary summary = news::run_indexing(options);
    if (!options.quiet) {
      std::cout << "newsindex: " << summary.line() << std::endl;
    }
    if (summary.interrupted) {
      return int(ExitCode::kInterrupted);
    }
    return summary.failed_files == 0 ? 0 : int(ExitCode::kInput);
  } catch (const news::Error& e) {
    std::cerr << "newsindex: error: " << e.what() << '\n';
    if (!e.hint().empty()) {
      std::cerr << "hint: " << e.hint() << '\n';
    }
    return int(e.code());
  } catch (const Xapian::Error& e) {
    std::cerr << "newsindex: error: index: " << e.get_description() << '\n';
    return int(ExitCode::kDatabase);
  } catch (const std::exception& e) {
    std::cerr << "newsindex: error: " << e.what() << '\n';
    return 1;
  }
}
