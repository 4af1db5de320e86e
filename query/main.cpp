// newsquery: search the index newsindex built. All the work is in news_query.
#include <xapian.h>

#include <iostream>

#include "database.hpp"
#include "error.hpp"
#include "query_command.hpp"
#include "server.hpp"

namespace {

int report(const news::Error& e) {
  std::cerr << "newsquery: error: " << e.what() << '\n';
  if (!e.hint().empty()) {
    std::cerr << "hint: " << e.hint() << '\n';
  }
  return int(e.code());
}

}  // namespace

int main(int argc, char* argv[]) {
  std::string db_dir;
  try {
    const news::QueryOptions options = news::parse_query_options(argc, argv);
    // Xapian errors met while searching name the (first) index searched.
    db_dir = options.db_dirs.empty() ? std::string() : options.db_dirs.front();
    if (options.show_help || options.show_version) {
      std::cout << (options.show_help ? options.help_text : "newsquery " NEWS_VERSION "\n");
      return 0;
    }
    return options.serve ? news::web::serve(options) : news::run_query(options);
  } catch (const news::Error& e) {
    return report(e);
  } catch (const Xapian::Error& e) {
    return report(news::schema::database_error(e, db_dir));
  } catch (const std::exception& e) {
    std::cerr << "newsquery: error: " << e.what() << '\n';
    return int(news::ExitCode::kUsage);
  }
}
