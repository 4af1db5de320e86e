// newsindex: index news articles for newsquery. All the work is in news_indexer.
#include <xapian.h>

#include <iostream>

#include "database.hpp"
#include "error.hpp"
#include "indexer.hpp"
#include "shard_merge.hpp"

namespace {

int report(const news::Error& e) {
  std::cerr << "newsindex: error: " << e.what() << '\n';
  if (!e.hint().empty()) {
    std::cerr << "hint: " << e.hint() << '\n';
  }
  return int(e.code());
}

int run(const news::IndexerOptions& options) {
  if (options.show_help || options.show_version) {
    std::cout << (options.show_help ? options.help_text : "newsindex " NEWS_VERSION "\n");
    return 0;
  }
  if (options.check) {
    return news::run_check(options);
  }
  if (!options.merge_into.empty()) {
    const news::MergeSummary summary = news::run_merge(options);
    if (!options.quiet) {
      std::cout << "newsindex: " << summary.line() << std::endl;
    }
    if (!summary.note.empty()) {
      std::cerr << "newsindex: note: " << summary.note << std::endl;
    }
    return 0;
  }
  if (options.entities || (options.inputs.empty() && !options.aliases_file.empty())) {
    news::run_catalogue(options);
    return 0;
  }
  if (options.extract) {
    return news::run_extraction(options) == 0 ? 0 : int(news::ExitCode::kInput);
  }
  const news::RunSummary summary = news::run_indexing(options);
  if (!options.quiet) {
    std::cout << "newsindex: " << summary.line() << std::endl;
  }
  if (summary.interrupted) {
    return int(news::ExitCode::kInterrupted);
  }
  return summary.failed_files == 0 ? 0 : int(news::ExitCode::kInput);
}

}  // namespace

int main(int argc, char* argv[]) {
  std::string db_dir;
  try {
    const news::IndexerOptions options = news::parse_indexer_options(argc, argv);
    db_dir = options.db_dir;
    return run(options);
  } catch (const news::Error& e) {
    return report(e);
  } catch (const Xapian::Error& e) {
    return report(news::schema::database_error(e, db_dir));
  } catch (const std::exception& e) {
    std::cerr << "newsindex: error: " << e.what() << '\n';
    return 1;
  }
}
