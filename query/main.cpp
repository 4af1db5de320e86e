// newsquery: search the index newsindex built. All the work is in news_query.
#include <xapian.h>

#include <iostream>

#include "error.hpp"
#include "query_command.hpp"

int main(int argc, char* argv[]) {
  using news::ExitCode;
  try {
    const news::QueryOptions options = news::parse_query_options(argc, argv);
    if (options.show_help || options.show_version) {
      std::cout << (options.show_help ? options.help_text : "newsquery " NEWS_VERSION "\n");
      return 0;
    }
    return news::run_query(options);
  } catch (const news::Error& e) {
    std::cerr << "newsquery: error: " << e.what() << '\n';
    if (!e.hint().empty()) {
      std::cerr << "hint: " << e.hint() << '\n';
    }
    return int(e.code());
  } catch (const Xapian::Error& e) {
    std::cerr << "newsquery: error: index: " << e.get_description() << '\n';
    return int(ExitCode::kDatabase);
  } catch (const std::exception& e) {
    std::cerr << "newsquery: error: " << e.what() << '\n';
    return int(ExitCode::kUsage);
  }
}
