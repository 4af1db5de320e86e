#include "options.hpp"

#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <sstream>
#include <thread>

#include "database.hpp"
#include "error.hpp"
#include "readers/reader_registry.hpp"

namespace news {
namespace {

namespace po = boost::program_options;

std::string usage_text(const po::options_description& visible) {
  std::ostringstream out;
  out << "Usage: newsindex [OPTIONS] INPUT...\n"
         "Index news articles (files and folders, recursively) for newsquery.\n\n"
      << visible << "\nSupported files: " << supported_extensions()
      << ";\nalso inside archives and compressed files (zip, tar, tar.gz, tgz, tar.bz2, tar.xz,\n"
         "tar.zst, 7z, gz, bz2, xz, zst). Other files are counted and ignored.\n"
         "Re-running indexes only what changed and removes articles whose files are gone.\n\n"
         "Exit status: 0 done; 2 usage error; 3 database error (cannot create, open or lock,\n"
         "or wrong schema version); 4 finished, but some inputs could not be read (each named\n"
         "on stderr); 130 interrupted (what was done is saved; run again to finish).\n";
  return out.str();
}

po::options_description visible_options(IndexerOptions& o) {
  po::options_description visible("Options");
  // clang-format off
  visible.add_options()
      ("db", po::value(&o.db_dir), "index directory (default: $NEWSINDEX_DB or ./newsindex.db)")
      ("extract", po::bool_switch(&o.extract),
       "print what would be indexed, one JSON object per article; no database is touched")
      ("no-delete", po::bool_switch(&o.no_delete), "keep articles whose files are gone")
      ("compact", po::bool_switch(&o.compact),
       "rewrite the index compactly when done (smaller and faster to search)")
      ("map", po::value<std::vector<std::string>>()->composing(),
       "FIELD=KEY: take article FIELD (title, body, date, byline, source, url, id, language)"
       " from record KEY in JSON and CSV files (repeatable)")
      ("jobs,j", po::value(&o.jobs), "parsing threads (default: number of cores)")
      ("batch-size", po::value(&o.batch_size), "changes per commit (default: 1000)")
      ("quiet,q", po::bool_switch(&o.quiet), "no progress display and no summary line")
      ("help,h", po::bool_switch(&o.show_help), "show this help")
      ("version", po::bool_switch(&o.show_version), "show the version");
  // clang-format on
  return visible;
}

// "title=headline_text" pairs; the field must be one an article has.
std::map<std::string, std::string> parse_field_map(const std::vector<std::string>& pairs) {
  static constexpr std::string_view kFields[] = {"title",  "body", "date", "byline",
                                                 "source", "url",  "id",   "language"};
  std::map<std::string, std::string> map;
  for (const std::string& pair : pairs) {
    const std::size_t eq = pair.find('=');
    const std::string field = pair.substr(0, eq);
    if (eq == std::string::npos || eq + 1 == pair.size() ||
        std::find(std::begin(kFields), std::end(kFields), field) == std::end(kFields)) {
      throw Error(ExitCode::kUsage, "--map " + pair + ": expected FIELD=KEY",
                  "FIELD is one of title, body, date, byline, source, url, id, language");
    }
    map[field] = pair.substr(eq + 1);
  }
  return map;
}

}  // namespace

IndexerOptions parse_indexer_options(int argc, const char* const argv[]) {
  IndexerOptions o;
  o.jobs = std::max(1u, std::thread::hardware_concurrency());
  po::options_description visible = visible_options(o);
  po::options_description all;
  all.add(visible).add_options()("input", po::value(&o.inputs));
  po::positional_options_description positional;
  positional.add("input", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("map") != 0) {
      o.field_map = parse_field_map(vm["map"].as<std::vector<std::string>>());
    }
  } catch (const po::error& e) {
    throw Error(ExitCode::kUsage, e.what(), "newsindex --help");
  }
  o.help_text = usage_text(visible);
  if (o.show_help || o.show_version) {
    return o;
  }
  if (o.inputs.empty()) {
    throw Error(ExitCode::kUsage, "no input given: name the files or folders to index",
                "newsindex [--db DIR] FOLDER...");
  }
  // A negative number wraps around in an unsigned option ("-j -1"): the upper bounds
  // catch it.
  if (o.jobs == 0 || o.jobs > 1024 || o.batch_size == 0 || o.batch_size > 100000000) {
    throw Error(ExitCode::kUsage, "--jobs takes 1 to 1024, --batch-size 1 to 100000000");
  }
  if (o.db_dir.empty()) {
    o.db_dir = schema::default_database_dir();
  }
  o.progress = !o.quiet && isatty(STDERR_FILENO) != 0;
  return o;
}

}  // namespace news
