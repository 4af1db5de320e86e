#include "options.hpp"

#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <sstream>
#include <thread>

#include "config_file.hpp"
#include "database.hpp"
#include "entity_terms.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "sources/input_kind.hpp"

namespace news {
namespace {

namespace po = boost::program_options;

constexpr std::size_t kMinArticleBytes = 1024;

// The FIELDs of --map, from the field table: "title, body, date, ...".
std::string mappable_fields() {
  std::string out;
  for (const schema::Field& f : schema::kFields) {
    if ((f.flags & schema::kMappable) != 0) {
      out += (out.empty() ? "" : ", ") + std::string(f.key);
    }
  }
  return out;
}

std::string usage_text(const po::options_description& visible) {
  std::ostringstream out;
  out << "Usage: newsindex [OPTIONS] INPUT...\n"
         "       newsindex --merge OUT SHARD...\n"
         "Index news articles (files and folders, recursively) for newsquery.\n\n";
  // Two spaces at least between the longest option and its text, as help2man expects.
  visible.print(out, visible.get_option_column_width() + 1);
  out << "\nSupported files: " << supported_extensions()
      << ";\nalso inside archives and compressed files (zip, tar, tar.gz, tgz, tar.bz2, tar.xz,\n"
         "tar.zst, 7z, gz, bz2, xz, zst). Other files are counted and ignored.\n"
         "One archive on N machines: each runs newsindex --shard K/N on the same folders (same\n"
         "collection names) into its own index; newsquery searches them together (--db A --db B,\n"
         "or tcp://HOST:PORT from xapian-tcpsrv), or newsindex --merge OUT A B makes one index.\n"
         "Re-running indexes only what changed and removes articles whose files are gone\n"
         "(never under a folder that could not be listed).\n\n"
         "Each folder indexed is a collection: article ids are COLLECTION/relative/path, the\n"
         "collection named after the folder (made unique) unless --collection says otherwise.\n"
         "A moved folder keeps its collection: newsindex --move-root OLD NEW (or index NEW:\n"
         "it is recognised by its files' sizes and times); nothing is read again.\n\n"
         "Exit status: 0 done; 2 usage error (or no input found: nothing is created);\n"
         "3 database error (cannot create, open, write or lock, wrong schema version, or\n"
         "damaged: see --check); 4 finished, but some inputs could not be read (each named on\n"
         "stderr; a file that failed before and did not change is not read again and does not\n"
         "make the status 4 again); 130 interrupted (what was done is saved; run again).\n";
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
      ("collection", po::value(&o.collection),
       "NAME: the collection of the folder given (default: the folder's name, made unique)")
      ("move-root", po::value<std::vector<std::string>>()->multitoken(),
       "OLD NEW: the folder indexed as OLD is now NEW; keeps its ids, reads nothing again")
      ("check", po::bool_switch(&o.check),
       "check the index for damage (Xapian's checker) and index nothing")
      ("compact", po::bool_switch(&o.compact),
       "rewrite the index compactly when done (smaller and faster to search)")
      ("map", po::value<std::vector<std::string>>()->composing(),
       ("FIELD=KEY: take article FIELD (" + mappable_fields() +
        ") from record KEY in JSON and CSV files (repeatable)").c_str())
      ("entities", po::bool_switch(&o.entities),
       "list the index's canonical persons, organisations and places with their variants and"
       " article counts, most frequent first; indexes nothing")
      ("type", po::value(&o.entity_type), "with --entities: person, org or place only")
      ("format", po::value(&o.entity_format), "with --entities: text (default), csv or json")
      ("aliases", po::value(&o.aliases_file),
       "FILE: merge and split rules for linking names (`Ronald Reagan = Reagan`,"
       " `Baker Hughes != Baker`); replaces the rules kept in the index and re-links"
       " its articles without reading them again")
      ("shard", po::value<std::string>(),
       "K/N: index only shard K of N of the inputs (by a hash of each file's id), so that N"
       " machines index one archive; the index keeps its share for later runs")
      ("merge", po::value(&o.merge_into),
       "OUT SHARD...: merge shard indexes into one new index OUT (compacted); indexes nothing")
      ("jobs,j", po::value(&o.jobs), "parsing threads (default: number of cores)")
      ("writers", po::value(&o.writers),
       "K: writer threads for a new index, one shard each (default: number of cores, at most"
       " 8); an existing index keeps the shards it was created with")
      ("batch-size", po::value(&o.batch_size),
       "N: commit every N changes (default: batches that grow with the index, from 1000"
       " changes to a quarter of the articles it holds, at most 800,000 terms of articles"
       " and 8000 changes per writer)")
      ("max-article-bytes", po::value(&o.max_article_bytes),
       "index only the first N bytes of a longer article, with a warning naming it"
       " (default: 10485760, 10 MB)")
      ("quiet,q", po::bool_switch(&o.quiet), "no progress display and no summary line")
      ("help,h", po::bool_switch(&o.show_help), "show this help")
      ("version", po::bool_switch(&o.show_version), "show the version");
  // clang-format on
  return visible;
}

// "title=headline_text" pairs; the field must be one the table lets records map.
std::map<std::string, std::string> parse_field_map(const std::vector<std::string>& pairs) {
  std::map<std::string, std::string> map;
  for (const std::string& pair : pairs) {
    const std::size_t eq = pair.find('=');
    const std::string field = pair.substr(0, eq);
    const schema::Field* f = schema::find_field_by_key(field);
    if (eq == std::string::npos || eq + 1 == pair.size() || f == nullptr ||
        (f->flags & schema::kMappable) == 0) {
      throw Error(ExitCode::kUsage, "--map " + pair + ": expected FIELD=KEY",
                  "FIELD is one of " + mappable_fields());
    }
    map[field] = pair.substr(eq + 1);
  }
  return map;
}

// "--move-root OLD NEW [INPUT...]": NEW is indexed (with any other inputs).
void take_move_root(const std::vector<std::string>& values, IndexerOptions& o) {
  if (values.size() < 2) {
    throw Error(ExitCode::kUsage, "--move-root needs two folders: OLD NEW",
                "newsindex --move-root /old/place/news /new/place/news");
  }
  o.move_root = {values[0], values[1]};
  o.inputs.insert(o.inputs.begin(), values.begin() + 1, values.end());
}

void check_catalogue_options(const IndexerOptions& o) {
  static constexpr std::string_view kFormats[] = {"text", "csv", "json"};
  const auto& types = schema::kEntityFields;
  if (!o.entity_type.empty() &&
      std::find(types.begin(), types.end(), o.entity_type) == types.end()) {
    throw Error(ExitCode::kUsage, "--type " + o.entity_type + ": expected person, org or place");
  }
  if (std::find(std::begin(kFormats), std::end(kFormats), o.entity_format) == std::end(kFormats)) {
    throw Error(ExitCode::kUsage, "--format " + o.entity_format + ": expected text, csv or json");
  }
  if (o.entities && (o.extract || !o.inputs.empty())) {
    throw Error(ExitCode::kUsage, "--entities lists the index: give no inputs and no --extract",
                "newsindex --entities [--type person] [--format json]");
  }
}

// --merge OUT SHARD...: the inputs are the shards; nothing else is done in that run.
void check_merge_options(const IndexerOptions& o) {
  if (o.merge_into.empty()) {
    return;
  }
  if (o.inputs.empty()) {
    throw Error(ExitCode::kUsage, "--merge " + o.merge_into + ": name the shard indexes to merge",
                "newsindex --merge OUT SHARD1 SHARD2...");
  }
  if (o.extract || o.entities || !o.shard.whole() || !o.aliases_file.empty() ||
      !o.move_root.first.empty() || !o.collection.empty()) {
    throw Error(ExitCode::kUsage,
                "--merge only merges: no --extract, --entities, --shard, --aliases, --move-root"
                " or --collection with it",
                "newsindex --merge OUT SHARD1 SHARD2...");
  }
}

}  // namespace

IndexerOptions parse_indexer_options(int argc, const char* const argv[]) {
  IndexerOptions o;
  o.jobs = std::max(1u, std::thread::hardware_concurrency());
  o.writers = std::clamp(std::thread::hardware_concurrency(), 1u, kDefaultMaxWriters);
  po::options_description visible = visible_options(o);
  po::options_description all;
  all.add(visible).add_options()("input", po::value(&o.inputs));
  po::positional_options_description positional;
  positional.add("input", -1);
  bool batch_given = false;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    config::store_defaults(visible, "newsindex", vm);
    po::notify(vm);
    batch_given = vm.count("batch-size") != 0;
    if (vm.count("map") != 0) {
      o.field_map = parse_field_map(vm["map"].as<std::vector<std::string>>());
    }
    if (vm.count("shard") != 0) {
      o.shard = parse_shard_spec(vm["shard"].as<std::string>());
    }
    if (vm.count("move-root") != 0) {
      take_move_root(vm["move-root"].as<std::vector<std::string>>(), o);
    }
  } catch (const po::error& e) {
    throw Error(ExitCode::kUsage, e.what(), "newsindex --help");
  }
  o.help_text = usage_text(visible);
  if (o.db_dir.empty()) {
    o.db_dir = schema::default_database_dir();
  }
  if (o.show_help || o.show_version || o.check) {
    return o;
  }
  check_catalogue_options(o);
  check_merge_options(o);
  if (o.inputs.empty() && !o.entities && o.aliases_file.empty()) {
    throw Error(ExitCode::kUsage, "no input given: name the files or folders to index",
                "newsindex [--db DIR] FOLDER...");
  }
  // A negative number wraps around in an unsigned option ("-j -1"): the upper bounds
  // catch it.
  if (o.jobs == 0 || o.jobs > 1024 || (batch_given && o.batch_size == 0) ||
      o.batch_size > 100000000) {
    throw Error(ExitCode::kUsage, "--jobs takes 1 to 1024, --batch-size 1 to 100000000");
  }
  if (o.writers == 0 || o.writers > kMaxWriters) {
    throw Error(ExitCode::kUsage, "--writers takes 1 to " + std::to_string(kMaxWriters));
  }
  if (o.max_article_bytes < kMinArticleBytes) {
    throw Error(ExitCode::kUsage, "--max-article-bytes must be at least 1024");
  }
  o.progress = !o.quiet && isatty(STDERR_FILENO) != 0;
  return o;
}

}  // namespace news
