#include "options.hpp"

#include <boost/program_options.hpp>
#include <sstream>

#include "config_file.hpp"
#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "language.hpp"
#include "text_writer.hpp"

namespace news {
namespace {

namespace po = boost::program_options;

// The raw words of options that need checking before they go into the request.
struct RawOptions {
  std::string sort = "relevance", format = "text", limit = "10", offset = "0", port = "8080";
  std::vector<std::string> facets;  // each a comma-separated list
  std::string facet_limit = "10", timeline, count_by = "article";
  bool no_collapse = false;
  std::vector<std::string> words;
};

std::string field_help() {
  std::ostringstream out;
  out << "\nQuery syntax (docs/query-language.md): up to 4 words (stop words aside) must all\n"
         "match; longer requests, and ones that fewer than 2 articles match in full, are\n"
         "ranked by best match (with a note). Case and accents do not matter; an all-caps\n"
         "request is words. \"a phrase\", AND, OR, NOT, +word, -word (anywhere, also first:\n"
         "never an option), a NEAR b, wild*, C++, AT&T, U.S. (not \"us\"), and fields:\n";
  for (const schema::Field& f : schema::kFields) {
    if (f.name.empty()) {
      continue;
    }
    out << "  " << f.name << ":";
    out << std::string(12 - std::min<std::size_t>(11, f.name.size()), ' ') << f.description
        << "  e.g. " << f.example << "\n";
  }
  return out.str();
}

std::string usage_text(const po::options_description& visible) {
  std::ostringstream out;
  out << "Usage: newsquery [OPTIONS] QUERY...\n"
         "   or: newsquery --serve [--port N] [--listen ADDR] [--db DIR]...\n"
         "Search the news index that newsindex built; best matches first. --serve answers\n"
         "the same requests from a web page.\n\n"
      << visible << field_help()
      << "\nShort options stand alone (-n 5); after a lone -- everything is query text.\n"
      << "\nExit status: 0 matches found; 1 no match; 2 usage or query error; 3 database\n"
         "error (no index, unreadable, another schema version, or damaged: see\n"
         "newsindex --check); 4 with --batch: some lines could not run (each is named\n"
         "as FILE:LINE). A failed query leaves no --output or --manifest file.\n";
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

// A whole number from `low` to `high`; anything else is a usage error naming the option.
std::size_t parse_number(const std::string& option, const std::string& text, std::size_t low,
                         std::size_t high) {
  const bool digits = !text.empty() && text.size() <= 9 &&
                      text.find_first_not_of("0123456789") == std::string::npos;
  const std::size_t value = digits ? std::stoul(text) : 0;
  if (!digits || value < low || value > high) {
    throw Error(ExitCode::kUsage, option + " takes a whole number from " + std::to_string(low) +
                                      " to " + std::to_string(high) + ", not \"" + text + "\"");
  }
  return value;
}

// The options --help shows; checked values land in `raw`.
po::options_description visible_options(QueryOptions& o, RawOptions& raw) {
  SearchRequest& r = o.request;
  po::options_description visible("Options");
  // clang-format off
  visible.add_options()
      ("db", po::value(&o.db_dirs), "index directory, stub database file or tcp://HOST:PORT;\n"
                                    "repeat to search several as one (default: $NEWSINDEX_DB\n"
                                    "or ./newsindex.db)")
      ("person", po::value(&r.persons), "only articles naming this person (repeatable)")
      ("since", po::value(&r.since), "only articles dated on or after DATE (YYYY[-MM[-DD]])")
      ("until", po::value(&r.until), "only articles dated on or before DATE")
      ("lang", po::value(&r.language), "only articles in language CODE (en, fr...), stemmed for it")
      ("sort", po::value(&raw.sort), "relevance (default), newest or oldest")
      ("limit,n", po::value(&raw.limit), "show at most N results, 1-100000 (default: 10)")
      ("offset", po::value(&raw.offset), "skip the first N results")
      ("all", po::bool_switch(&r.all), "show every match")
      ("count", po::bool_switch(&o.count), "print only the number of matches")
      ("auto-correct", po::bool_switch(&r.auto_correct),
       "when the request finds little and a spelling\nsuggestion exists, search for it instead")
      ("explain", po::bool_switch(&r.explain), "show how the request was read (words, stems,\n"
                                               "folded forms, fields, relaxations, the query)")
      ("facets", po::value(&raw.facets), "count the top values of these fields over all\n"
                                         "matches: person,org,place,source,lang,year")
      ("facet-limit", po::value(&raw.facet_limit), "values per facet, 1-10000 (default: 10)")
      ("timeline", po::value(&raw.timeline), "count matches per day, week, month or year")
      ("plot", po::value(&o.plot), "write the timeline as an SVG chart to FILE\n"
                                   "(month unless --timeline says)")
      ("count-by", po::value(&raw.count_by), "what facets and timelines count: article\n"
                                             "(default) or story (copies once)")
      ("no-collapse", po::bool_switch(&raw.no_collapse), "list copies of a story as results of\n"
                                                         "their own (--all always does)")
      ("format,f", po::value(&raw.format), "text (default), json, jsonl or csv")
      ("output,o", po::value(&o.output), "write results to FILE instead of stdout")
      ("manifest", po::value(&o.manifest), "also write the search's manifest to FILE (JSON:\n"
                                           "request, how it was read, index UUIDs and\n"
                                           "revisions, time, total, how to run it again)")
      ("export-dir", po::value(&o.export_dir), "also write each result into folder DIR: its\n"
                                               "text (NAME.txt), metadata (NAME.json) and\n"
                                               "manifest.json; NAME is the id, escaped")
      ("batch", po::value(&o.batch), "run each request of FILE (one per line, or a .csv\n"
                                     "with a query column; other columns carried) with\n"
                                     "the options given; one row each: total, first\n"
                                     "and last date, top ids (-n of them)")
      ("force", po::bool_switch(&o.force), "let --output, --manifest, --plot and\n"
                                           "--export-dir overwrite existing files")
      ("serve", po::bool_switch(&o.serve), "serve a search page for a web browser over the\n"
                                           "index (docs/web.md); prints the address to open")
      ("port", po::value(&raw.port), "the port of the page (--serve), 0-65535 (default:\n"
                                     "8080; 0 picks a free one)")
      ("listen", po::value(&o.listen), "the address the page (--serve) listens on\n"
                                       "(default: 127.0.0.1, this computer only)")
      ("help,h", po::bool_switch(&o.show_help), "show this help")
      ("version", po::bool_switch(&o.show_version), "show the version");
  // clang-format on
  return visible;
}

// Splits argv into option arguments for Boost ("--name=value" or "--name") and query
// words: a word starting with '-' that is not exactly a known option is query syntax.
std::vector<std::string> option_arguments(int argc, const char* const argv[],
                                          const po::options_description& known,
                                          std::vector<std::string>& words) {
  std::vector<std::string> options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") {
      words.insert(words.end(), argv + i + 1, argv + argc);
      break;
    }
    const bool is_long = arg.starts_with("--") && arg.size() > 2;
    const bool is_short = arg.size() == 2 && arg[0] == '-' && arg[1] != '-';
    const std::string name = is_long ? arg.substr(2, arg.find('=') - 2) : arg.substr(1);
    const po::option_description* d =
        is_long || is_short ? known.find_nothrow(is_short ? arg : name, false) : nullptr;
    if (is_long && d == nullptr) {
      throw Error(ExitCode::kUsage, "unknown option " + arg.substr(0, arg.find('=')),
                  "newsquery --help; a query starting with -- goes after a lone --");
    }
    if (d == nullptr) {
      words.push_back(arg);
      continue;
    }
    std::string option = "--" + d->long_name();
    if (d->semantic()->max_tokens() > 0 && arg.find('=') == std::string::npos) {
      if (i + 1 >= argc) {
        throw Error(ExitCode::kUsage, option + " needs a value", "newsquery --help");
      }
      option += "=" + std::string(argv[++i]);
    } else if (is_long && arg.find('=') != std::string::npos) {
      option += arg.substr(arg.find('='));
    }
    options.push_back(option);
  }
  return options;
}

// Options that make no sense together.
void check_combinations(const QueryOptions& o) {
  if (!o.export_dir.empty() && o.count) {
    throw Error(ExitCode::kUsage, "--count prints a number: --export-dir needs results");
  }
  if (o.batch.empty()) {
    return;
  }
  if (!o.request.query.empty()) {
    throw Error(ExitCode::kUsage, "--batch reads its requests from " + o.batch,
                "give no QUERY with --batch");
  }
  if (o.count || o.request.all || !o.manifest.empty() || !o.export_dir.empty() || !o.plot.empty()) {
    throw Error(ExitCode::kUsage,
                "--batch writes one row per request: not with --count, --all, --manifest, "
                "--export-dir or --plot",
                "-n N sets how many top ids each row lists");
  }
}

// --serve takes its requests from the page: query words and output options are mistakes.
void check_serve_options(const QueryOptions& o) {
  if (!o.request.query.empty() || o.count || !o.output.empty() || !o.plot.empty() ||
      !o.manifest.empty() || !o.export_dir.empty() || !o.batch.empty()) {
    throw Error(ExitCode::kUsage,
                "--serve takes no query, --count, --output, --plot, --manifest, --export-dir "
                "or --batch",
                "type the request into the page; exports are on the page too");
  }
  if (o.listen.empty()) {
    throw Error(ExitCode::kUsage, "--listen needs an address", "e.g. --listen 127.0.0.1");
  }
}

void parse_facets(const std::string& text, std::vector<FacetField>& facets) {
  std::string rest = text;
  while (true) {
    const std::size_t comma = rest.find(',');
    const std::string name = rest.substr(0, comma);
    const auto field = facet_field_from_name(name);
    if (!field) {
      throw Error(ExitCode::kUsage, "unknown facet \"" + name + "\"",
                  "--facets takes a list of person, org, place, source, lang, year");
    }
    facets.push_back(*field);
    if (comma == std::string::npos) {
      return;
    }
    rest = rest.substr(comma + 1);
  }
}

// --facets, --facet-limit, --timeline (and --plot), --count-by, --no-collapse.
void finish_counts(QueryOptions& o, const RawOptions& raw) {
  SearchRequest& r = o.request;
  for (const std::string& list : raw.facets) {
    parse_facets(list, r.facets);
  }
  r.facet_limit = parse_number("--facet-limit", raw.facet_limit, 1, kMaxFacetLimit);
  const std::string period = raw.timeline.empty() && !o.plot.empty() ? "month" : raw.timeline;
  if (!period.empty()) {
    const auto p = timeline_period_from_name(period);
    if (!p) {
      throw Error(ExitCode::kUsage, "unknown --timeline \"" + period + "\"",
                  "use day, week, month or year");
    }
    r.timeline = *p;
  }
  const auto by = count_by_from_name(raw.count_by);
  if (!by) {
    throw Error(ExitCode::kUsage, "unknown --count-by \"" + raw.count_by + "\"",
                "use article or story");
  }
  r.count_by = *by;
  // A page shows one result per story; --all is the whole match set, exported: every
  // article (each with its cluster), as the web page's exports give it.
  r.collapse = !raw.no_collapse && !r.all;
}

// Fills the request's query, numbers, sort and format, and the database, from `raw`.
void finish_options(QueryOptions& o, const RawOptions& raw) {
  SearchRequest& r = o.request;
  for (const std::string& w : raw.words) {
    r.query += (r.query.empty() ? "" : " ") + w;
  }
  r.sort = parse_sort(raw.sort);
  o.format = parse_format(raw.format);
  if (o.format == OutputFormat::kText) {
    r.copies_listed = kTextCopiesShown;  // the others are counted, not read
  }
  r.limit = parse_number("--limit", raw.limit, 1, kMaxLimit);
  r.offset = parse_number("--offset", raw.offset, 0, 999999999);
  r.exact_total = o.count || !o.manifest.empty() || !o.export_dir.empty();
  finish_counts(o, raw);
  if (o.db_dirs.empty()) {
    o.db_dirs.push_back(schema::default_database_dir());
  }
  if (!r.language.empty() && (r.language = schema::normalise_language_code(r.language)).empty()) {
    throw Error(ExitCode::kUsage, "--lang takes a language code", "e.g. --lang en, --lang fr");
  }
  o.port = unsigned(parse_number("--port", raw.port, 0, 65535));
  if (o.serve) {
    check_serve_options(o);
    return;
  }
  check_combinations(o);
  if (o.batch.empty()) {
    validate_request(r);
  } else {
    SearchRequest each = r;  // the filters every line of the batch runs with
    each.query = "batch";
    validate_request(each);
  }
}

}  // namespace

QueryOptions parse_query_options(int argc, const char* const argv[]) {
  QueryOptions o;
  RawOptions raw;
  po::options_description visible = visible_options(o, raw);
  try {
    const std::vector<std::string> args = option_arguments(argc, argv, visible, raw.words);
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(visible).run(), vm);
    config::store_defaults(visible, "newsquery", vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw Error(ExitCode::kUsage, e.what(), "newsquery --help");
  }
  o.help_text = usage_text(visible);
  if (!o.show_help && !o.show_version) {
    finish_options(o, raw);
  }
  return o;
}

}  // namespace news
