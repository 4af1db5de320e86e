#include "options.hpp"

#include <boost/program_options.hpp>
#include <sstream>

#include "config_file.hpp"
#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "language.hpp"

namespace news {
namespace {

namespace po = boost::program_options;

std::string field_help() {
  std::ostringstream out;
  out << "\nQuery syntax: words (all must match), \"a phrase\", AND, OR, NOT, +word, -word,\n"
         "a NEAR b, wild*, and fields:\n";
  for (const schema::Field& f : schema::kFields) {
    out << "  " << f.name << ":";
    out << std::string(12 - std::min<std::size_t>(11, f.name.size()), ' ') << f.description
        << "  e.g. " << f.example << "\n";
  }
  return out.str();
}

std::string usage_text(const po::options_description& visible) {
  std::ostringstream out;
  out << "Usage: newsquery [OPTIONS] QUERY...\n"
         "Search the news index that newsindex built; best matches first.\n\n"
      << visible << field_help()
      << "\nExit status: 0 matches found; 1 no match; 2 usage or query error; 3 database\n"
         "error (no index, unreadable, another schema version, or damaged: see\n"
         "newsindex --check). A failed query leaves no --output file.\n";
  return out.str();
}

SortOrder parse_sort(const std::string& text) {
  if (text == "relevance")
    return SortOrder::kRelevance;
  if (text == "newest")
    return SortOrder::kNewest;
  if (text == "oldest")
    return SortOrder::kOldest;
  throw Error(ExitCode::kUsage, "unknown --sort \"" + text + "\"",
              "use relevance, newest or oldest");
}

OutputFormat parse_format(const std::string& text) {
  if (text == "text")
    return OutputFormat::kText;
  if (text == "json")
    return OutputFormat::kJson;
  if (text == "jsonl")
    return OutputFormat::kJsonLines;
  if (text == "csv")
    return OutputFormat::kCsv;
  throw Error(ExitCode::kUsage, "unknown --format \"" + text + "\"",
              "use text, json, jsonl or csv");
}

// The options --help shows; `sort` and `format` receive the raw words.
po::options_description visible_options(QueryOptions& o, std::string& sort, std::string& format) {
  po::options_description visible("Options");
  // clang-format off
  visible.add_options()
      ("db", po::value(&o.db_dir), "index directory (default: $NEWSINDEX_DB or ./newsindex.db)")
      ("person", po::value(&o.persons), "only articles naming this person (repeatable)")
      ("since", po::value(&o.since), "only articles dated on or after DATE (YYYY[-MM[-DD]])")
      ("until", po::value(&o.until), "only articles dated on or before DATE")
      ("lang", po::value(&o.language), "only articles in language CODE (en, fr...), stemmed for it")
      ("sort", po::value(&sort), "relevance (default), newest or oldest")
      ("limit,n", po::value(&o.limit), "show at most N results (default: 10)")
      ("offset", po::value(&o.offset), "skip the first N results")
      ("all", po::bool_switch(&o.all), "show every match")
      ("count", po::bool_switch(&o.count), "print only the number of matches")
      ("format,f", po::value(&format), "text (default), json, jsonl or csv")
      ("output,o", po::value(&o.output), "write results to FILE instead of stdout")
      ("force", po::bool_switch(&o.force), "let --output overwrite an existing file")
      ("help,h", po::bool_switch(&o.show_help), "show this help")
      ("version", po::bool_switch(&o.show_version), "show the version");
  // clang-format on
  return visible;
}

// Fills the query, sort, format and database of options already parsed.
void finish_options(QueryOptions& o, const std::vector<std::string>& words, const std::string& sort,
                    const std::string& format) {
  for (const std::string& w : words) {
    o.query += (o.query.empty() ? "" : " ") + w;
  }
  o.sort = parse_sort(sort);
  o.format = parse_format(format);
  if (o.query.empty() && o.persons.empty() && o.since.empty() && o.until.empty()) {
    throw Error(ExitCode::kUsage, "no query given", "newsquery [OPTIONS] QUERY...  (see --help)");
  }
  if (o.db_dir.empty()) {
    o.db_dir = schema::default_database_dir();
  }
  if (!o.language.empty() && (o.language = schema::normalise_language_code(o.language)).empty()) {
    throw Error(ExitCode::kUsage, "--lang takes a language code", "e.g. --lang en, --lang fr");
  }
}

}  // namespace

QueryOptions parse_query_options(int argc, const char* const argv[]) {
  QueryOptions o;
  std::string sort = "relevance", format = "text";
  std::vector<std::string> words;
  po::options_description visible = visible_options(o, sort, format);
  po::options_description all;
  all.add(visible).add_options()("query", po::value(&words));
  po::positional_options_description positional;
  positional.add("query", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    config::store_defaults(visible, "newsquery", vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw Error(ExitCode::kUsage, e.what(), "newsquery --help");
  }
  o.help_text = usage_text(visible);
  if (!o.show_help && !o.show_version) {
    finish_options(o, words, sort, format);
  }
  return o;
}

}  // namespace news
